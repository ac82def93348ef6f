"""The only door from widgets to the core: one function per user action, one session each.

Widgets never open sessions or see ORM objects. Each function here takes the
open ``Database`` and plain values, runs one unit of work (``db.session()``
commits on success and rolls back on error) and returns plain, immutable
results, so nothing outlives its session. The functions touch no widget, which
keeps them safe to hand to a worker thread (``ui.workers`` calls them off the
GUI thread and delivers the result by signal).

Errors reach widgets only as ``debtdesk.errors.DebtdeskError`` subclasses:
driver errors (a server gone away, a locked file) become ``StorageError`` here so
every page can show one message instead of a traceback.

One module per area (``register``, …); this package re-exports them so widgets
write ``operations.search_cases(db, …)``.
"""

from ui.operations.register import (
    BEST_FIRST,
    HOME_AT_RISK,
    NO_FILTERS,
    SORT_KEYS,
    URGENCY_FILTERS,
    URGENCY_LEVELS,
    CaseFilters,
    CaseOrder,
    CaseRow,
    RegisterChoices,
    UrgencyBounds,
    count_cases,
    count_matches,
    register_choices,
    search_cases,
    urgency_bounds,
)

__all__ = [
    "BEST_FIRST",
    "HOME_AT_RISK",
    "NO_FILTERS",
    "SORT_KEYS",
    "URGENCY_FILTERS",
    "URGENCY_LEVELS",
    "CaseFilters",
    "CaseOrder",
    "CaseRow",
    "RegisterChoices",
    "UrgencyBounds",
    "count_cases",
    "count_matches",
    "register_choices",
    "search_cases",
    "urgency_bounds",
]
