"""Invented but realistic cases for demonstrations, screenshots and load tests.

``generate(db, cases, seed=1, on=None, progress=None)`` adds cases of
fictitious families (Kazakh and Russian names, valid IINs, 2005–2008 USD and
tenge mortgages, claims grown after the devaluations, proceedings at every
stage, hearings and eviction dates in the coming weeks) to an open database.
Everything is labelled as demo: the advisors, the group, the banks, the tag
``demo`` and a note on every case, and the exchange rates' source.
"""

from debtdesk.demo.generate import generate

__all__ = ["generate"]
