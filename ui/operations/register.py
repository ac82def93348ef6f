"""Register operations: the case list, its filters, counts and the quick case summary."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from debtdesk.services import cases
from debtdesk.services.cases import (
    HOME_AT_RISK,
    SORT_KEYS,
    URGENCY_FILTERS,
    URGENCY_LEVELS,
    CaseRow,
    UrgencyBounds,
)
from ui.operations.base import action as _action

if TYPE_CHECKING:
    from debtdesk.db.database import Database

__all__ = [
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


@dataclass(frozen=True)
class CaseFilters:
    """Narrowing of the case register besides the search text (no filter by default).

    ``urgency`` is one of ``URGENCY_FILTERS``: a level of the case's most pressing
    date, or ``HOME_AT_RISK`` (an eviction or auction within 30 days).
    """

    city: str | None = None
    status: str | None = None
    advisor_id: int | None = None
    urgency: str | None = None


NO_FILTERS = CaseFilters()


@dataclass(frozen=True)
class CaseOrder:
    """How the register is sorted: a column (``SORT_KEYS``) or, with None, best match
    first (then name)."""

    key: str | None = None
    descending: bool = False


BEST_FIRST = CaseOrder()


@dataclass(frozen=True)
class RegisterChoices:
    """What the register's filter boxes offer: cities and advisors found in the data."""

    cities: tuple[str, ...]
    advisors: tuple[tuple[int, str], ...]


def search_cases(
    db: Database,
    text: str,
    limit: int,
    offset: int = 0,
    filters: CaseFilters = NO_FILTERS,
    order: CaseOrder = BEST_FIRST,
    bounds: UrgencyBounds | None = None,
) -> list[CaseRow]:
    """One page of the case register matching ``text`` and ``filters``, in ``order``.

    ``bounds`` (from ``urgency_bounds``) are needed to filter or sort by urgency;
    without them they are worked out from the working calendar.
    """
    with _action(db) as s:
        return cases.search_cases(
            s,
            text,
            limit=limit,
            offset=offset,
            city=filters.city,
            status=filters.status,
            advisor_id=filters.advisor_id,
            urgency=filters.urgency,
            sort=order.key,
            descending=order.descending,
            bounds=bounds,
        )


def count_matches(
    db: Database,
    text: str,
    filters: CaseFilters = NO_FILTERS,
    cap: int | None = None,
    bounds: UrgencyBounds | None = None,
) -> int:
    """How many cases the register would list for ``text`` and ``filters`` (all pages).

    With ``cap``, a result above ``cap`` means "more than ``cap``" (counting stops).
    """
    with _action(db) as s:
        return cases.count_matches(
            s,
            text,
            city=filters.city,
            status=filters.status,
            advisor_id=filters.advisor_id,
            urgency=filters.urgency,
            bounds=bounds,
            cap=cap,
        )


def count_cases(db: Database) -> int:
    """How many cases the database holds (zero means a fresh database)."""
    with _action(db) as s:
        return cases.count_cases(s)


def register_choices(db: Database) -> RegisterChoices:
    """The cities and advisors the register's filters offer."""
    with _action(db) as s:
        return RegisterChoices(cities=tuple(cases.cities(s)), advisors=tuple(cases.advisors(s)))


def urgency_bounds(db: Database, on: date | None = None) -> UrgencyBounds:
    """Today's urgency bounds with the working calendar (slow the first time: it loads
    the holiday calendar; the register calls it off the GUI thread)."""
    with _action(db) as s:
        return cases.urgency_bounds(s, on)
