"""Privacy: statistics without people, erasing a person, and logs that hold no one.

- ``anonymous``: the export a coordinator may hand to a journalist or a
  researcher: counts, amounts, kinds and months, with every case under a
  pseudonym that only this database can compute (``pseudonyms``).
- ``forget``: "forget this person" — the case and everything that hangs off it
  deleted, batch prints rewritten without it, one audit line without a name.
- ``logs``: SQL parameters (names, IINs, phones) kept out of any log.
"""

from __future__ import annotations

from debtdesk.privacy.anonymous import anonymous_cases, to_csv, to_json
from debtdesk.privacy.forget import ForgetReport, forget_person, scrub
from debtdesk.privacy.logs import keep_people_out_of_logs
from debtdesk.privacy.pseudonyms import Pseudonyms

__all__ = [
    "ForgetReport",
    "Pseudonyms",
    "anonymous_cases",
    "forget_person",
    "keep_people_out_of_logs",
    "scrub",
    "to_csv",
    "to_json",
]
