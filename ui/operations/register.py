"""Register operations: the case list, its filters, counts and the quick case summary.

While the window's database is still opening (``debtdesk.db.deferred``), what
the first screen shows - the first pages of the register with no search or
filter, its count and the filter boxes' choices - is read by
``debtdesk.first_screen`` without SQLAlchemy; everything else waits for the
database. ``debtdesk.services.cases`` is imported only then.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, TypeVar

from debtdesk.clock import today
from debtdesk.db.deferred import DeferredDatabase
from debtdesk.services.register_rows import (
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
    from debtdesk.first_screen import FirstScreen

T = TypeVar("T")

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
    "prepare_search",
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
    if not text and filters == NO_FILTERS and order == BEST_FIRST:
        on = bounds.today if bounds else today()
        found = _first_read(db, lambda first: first.register_page(on, limit, offset))
        if found is not None:
            return found[0]
    from debtdesk.services import cases

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
    if not text and filters == NO_FILTERS:
        counted = _first_read(db, lambda first: first.count_cases())
        if counted is not None:
            return counted[0] if cap is None else min(counted[0], cap + 1)
    from debtdesk.services import cases

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
    counted = _first_read(db, lambda first: first.count_cases())
    if counted is not None:
        return counted[0]
    from debtdesk.services import cases

    with _action(db) as s:
        return cases.count_cases(s)


def register_choices(db: Database) -> RegisterChoices:
    """The cities and advisors the register's filters offer."""
    found = _first_read(
        db,
        lambda first: RegisterChoices(
            cities=tuple(first.cities()), advisors=tuple(first.advisors())
        ),
    )
    if found is not None:
        return found[0]
    from debtdesk.services import cases

    with _action(db) as s:
        return RegisterChoices(cities=tuple(cases.cities(s)), advisors=tuple(cases.advisors(s)))


def urgency_bounds(db: Database, on: date | None = None) -> UrgencyBounds:
    """Today's urgency bounds with the working calendar (slow the first time: it loads
    the holiday calendar; the register calls it off the GUI thread)."""
    if isinstance(db, DeferredDatabase):
        db.open()  # waits (not competing for the processor) for the thread opening it
    from debtdesk.services import cases

    with _action(db) as s:
        return cases.urgency_bounds(s, on)


def prepare_search() -> None:
    """Load what the register's first search needs (off the GUI thread, after the open).

    The search's module, the ORM's mappers (configured at the first query: a
    quarter of a second on an old laptop): done beforehand, a person's first
    key does not wait for them.
    """
    from sqlalchemy.orm import configure_mappers

    from debtdesk.services import cases  # noqa: F401

    configure_mappers()


def _first_read(db: Database, read: Callable[[FirstScreen], T]) -> tuple[T] | None:
    """``(read(first_screen),)`` while ``db`` is still opening and its first screen
    can answer; None otherwise (the caller then takes the usual path)."""
    return db.read_first(read) if isinstance(db, DeferredDatabase) else None
