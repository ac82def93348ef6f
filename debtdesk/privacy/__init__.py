"""Privacy: statistics without people, erasing a person, and logs that hold no one.

- ``anonymous``: the export a coordinator may hand to a journalist or a
  researcher: counts, amounts, kinds and months, with every case under a
  pseudonym that only this database can compute (``pseudonyms``).
- ``forget``: "forget this person" — the case and everything that hangs off it
  deleted, batch prints rewritten without it, one audit line without a name.
- ``logs``: SQL parameters (names, IINs, phones) kept out of any log.
"""

from __future__ import annotations

from debtdesk.lazy import attributes_from

# Each name is imported from its module on first use: ``forget`` pulls in the
# document pipeline (reportlab), which the app's start-up (``logs``) and the
# figures report (``anonymous``) do not need.
_HOME = {
    "anonymous_cases": "anonymous",
    "to_csv": "anonymous",
    "to_json": "anonymous",
    "ForgetReport": "forget",
    "forget_person": "forget",
    "scrub": "forget",
    "keep_people_out_of_logs": "logs",
    "Pseudonyms": "pseudonyms",
}


__getattr__ = attributes_from(__name__, _HOME)


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
