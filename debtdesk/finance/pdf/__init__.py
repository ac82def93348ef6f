"""The "Debt history" and the income and expenditure statement as PDF pages.

One module a paper (``debt_history``, ``budget_statement``) and what they share
(``page``: the page frame and footer, the heading lines, money); both papers
are re-exported here, where the command line and the screens import them.
"""

from debtdesk.finance.pdf.budget_statement import budget_pdf
from debtdesk.finance.pdf.debt_history import debt_history_pdf

__all__ = ["budget_pdf", "debt_history_pdf"]
