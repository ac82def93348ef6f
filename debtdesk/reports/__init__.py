"""Reports for the public: the movement's figures as numbers, a PDF and a spreadsheet.

Everything here is computed from the anonymous records of
``debtdesk.privacy.anonymous`` so that no report can name a person.
"""
