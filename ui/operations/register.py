"""Register operations: the case list, its counts and the quick case summary."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import func, select

from debtdesk.model import Debtor
from debtdesk.services import cases
from debtdesk.services.cases import CaseRow
from ui.operations.base import action as _action

if TYPE_CHECKING:
    from debtdesk.db.database import Database

__all__ = [
    "CaseFilters",
    "CaseRow",
    "CaseSummary",
    "case_summary",
    "count_cases",
    "count_matches",
    "search_cases",
]


@dataclass(frozen=True)
class CaseFilters:
    """Narrowing of the case register besides the search text (no filter by default)."""

    city: str | None = None
    status: str | None = None
    advisor_id: int | None = None


NO_FILTERS = CaseFilters()


@dataclass(frozen=True)
class CaseSummary:
    """The basic fields of one case, as the quick case view shows them."""

    id: int
    full_name: str
    iin: str | None
    phone: str | None
    address: str | None
    city: str | None
    language: str
    problem_kind: str
    household_size: int | None
    minors: int | None
    vulnerable_status: str
    status: str
    advisor: str | None
    consent_date: date | None
    next_hearing: date | None
    next_deadline: date | None
    case_numbers: tuple[str, ...]
    tags: tuple[str, ...]


def search_cases(
    db: Database,
    text: str,
    limit: int,
    offset: int = 0,
    filters: CaseFilters = NO_FILTERS,
) -> list[CaseRow]:
    """One page of the case register matching ``text``, best matches first."""
    with _action(db) as s:
        return cases.search_cases(
            s,
            text,
            limit=limit,
            offset=offset,
            city=filters.city,
            status=filters.status,
            advisor_id=filters.advisor_id,
        )


def count_matches(db: Database, text: str, filters: CaseFilters = NO_FILTERS) -> int:
    """How many cases the register would list for ``text`` and ``filters`` (all pages)."""
    if not text.strip() and filters == NO_FILTERS:
        return count_cases(db)
    query = cases.case_query(
        text=text, city=filters.city, status=filters.status, advisor_id=filters.advisor_id
    )
    # Ranking and the per-row hearing/deadline columns are not needed to count.
    inner = query.order_by(None).with_only_columns(Debtor.id).subquery()
    with _action(db) as s:
        return s.scalar(select(func.count()).select_from(inner)) or 0


def count_cases(db: Database) -> int:
    """How many cases the database holds (zero means a fresh database)."""
    with _action(db) as s:
        return cases.count_cases(s)


def case_summary(db: Database, case_id: int) -> CaseSummary:
    """The basic fields of case ``case_id`` (``NotFoundError`` if it was deleted)."""
    from debtdesk.services.debtors import get_debtor

    with _action(db) as s:
        debtor = get_debtor(s, case_id)
        row = s.execute(cases.case_query().where(Debtor.id == case_id)).one()
        numbers = tuple(p.case_no for p in debtor.proceedings if p.case_no)
        return CaseSummary(
            id=debtor.id,
            full_name=debtor.full_name,
            iin=debtor.iin,
            phone=debtor.phone,
            address=debtor.address,
            city=debtor.city,
            language=debtor.language,
            problem_kind=debtor.problem_kind,
            household_size=debtor.household_size,
            minors=debtor.minors,
            vulnerable_status=debtor.vulnerable_status,
            status=debtor.status,
            advisor=row.advisor,
            consent_date=debtor.consent_date,
            next_hearing=row.next_hearing,
            next_deadline=row.next_deadline,
            case_numbers=numbers,
            tags=tuple(debtor.tags or ()),
        )
