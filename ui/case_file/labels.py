"""Names of the stored vocabulary keys (proceeding kinds, stages, statuses…) on screen.

Stored values are language-neutral keys (``debtdesk.vocab``); these are
their names in the interface language. Every source string is written out
literally so Qt's ``lupdate`` finds it. Event kinds come from the core's table
(``deadlines.labels``), which letters and explanations share.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from debtdesk.deadlines.labels import event_kind_label
from debtdesk.i18n import current_language
from debtdesk.vocab import EventKind


def _tr(text: str) -> str:
    return QCoreApplication.translate("labels", text)


def proceeding_kinds() -> dict[str, str]:
    return {
        "claim": _tr("Claim"),
        "court_order": _tr("Court order"),
        "appeal": _tr("Appeal"),
        "cassation": _tr("Cassation"),
        "enforcement": _tr("Enforcement"),
        "eviction": _tr("Eviction"),
        "bankruptcy": _tr("Bankruptcy"),
    }


def stages() -> dict[str, str]:
    return {
        "filed": _tr("Filed"),
        "hearings": _tr("Hearings"),
        "decided": _tr("Decided"),
        "appeal": _tr("Appeal"),
        "cassation": _tr("Cassation"),
        "in_force": _tr("In force"),
        "enforcement": _tr("Enforcement"),
        "seizure": _tr("Seizure"),
        "valuation": _tr("Valuation"),
        "auction": _tr("Auction"),
        "eviction": _tr("Eviction"),
        "closed": _tr("Closed"),
    }


def proceeding_statuses() -> dict[str, str]:
    return {"active": _tr("Active"), "suspended": _tr("Suspended"), "closed": _tr("Closed")}


def outcomes() -> dict[str | None, str]:
    return {
        None: "",
        "won": _tr("Won"),
        "lost": _tr("Lost"),
        "partly_won": _tr("Partly won"),
        "settled": _tr("Settled"),
        "eviction_stopped": _tr("Eviction stopped"),
        "withdrawn": _tr("Withdrawn"),
    }


def schedule_kinds() -> dict[str, str]:
    return {"annuity": _tr("Annuity"), "equal_principal": _tr("Equal principal")}


def deadline_statuses() -> dict[str, str]:
    return {
        "open": _tr("Open"),
        "done": _tr("Done"),
        "missed": _tr("Missed"),
        "cancelled": _tr("Cancelled"),
    }


def urgencies() -> dict[str, str]:
    return {
        "overdue": _tr("Overdue"),
        "today": _tr("Today"),
        "soon": _tr("Within 3 working days"),
        "fortnight": _tr("Within 2 weeks"),
        "later": _tr("Later"),
    }


def languages() -> dict[str, str]:
    return {"kk": _tr("Kazakh"), "ru": _tr("Russian"), "en": _tr("English")}


def event_kind(kind: str) -> str:
    """An event kind's name in the interface language."""
    return event_kind_label(kind, current_language())


def event_kinds() -> list[tuple[str, str]]:
    return [(kind.value, event_kind(kind.value)) for kind in EventKind]


def label(table: dict[str, str] | dict[str | None, str], key: str | None) -> str:
    """The name of ``key`` in ``table``, or the key itself when the table lacks it."""
    return table.get(key, key or "")  # type: ignore[arg-type]
