"""The case register: compact rows for lists, and search across name, IIN, phone, case no.

Search compares folded strings written by Python (``debtdesk.text.fold``), so
Cyrillic and Kazakh match case-insensitively and identically on SQLite and
PostgreSQL; exact and prefix hits come first.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from sqlalchemy import Select, and_, case, func, literal, or_, select
from sqlalchemy.orm import Session

from debtdesk.clock import today
from debtdesk.model import Advisor, Deadline, Debtor, Event
from debtdesk.model.vocab import DeadlineStatus, EventKind
from debtdesk.text import digits, fold

_PHONE_LIKE = re.compile(r"^[\d\s()+\-.]+$")


@dataclass(frozen=True)
class CaseRow:
    id: int
    uuid: str
    full_name: str
    city: str | None
    iin: str | None
    phone: str | None
    status: str
    advisor: str | None
    next_hearing: date | None
    next_deadline: date | None


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def search_terms(text: str) -> tuple[str, str]:
    """The folded query and, for phone-like queries, its digits."""
    key = fold(text)
    number = digits(text) if _PHONE_LIKE.match(text.strip() or "x") else ""
    if len(number) >= 11 and number[0] == "8":  # 8 701 … is how phones are written locally
        number = "7" + number[1:]
    return key, number


def case_query(
    *,
    text: str | None = None,
    city: str | None = None,
    status: str | None = None,
    advisor_id: int | None = None,
    on: date | None = None,
) -> Select:
    """The register query: filtered and ranked, but not yet limited."""
    on = on or today()
    next_hearing = (
        select(func.min(Event.date))
        .where(Event.debtor_id == Debtor.id, Event.kind == EventKind.HEARING, Event.date >= on)
        .correlate(Debtor)
        .scalar_subquery()
    )
    next_deadline = (
        select(func.min(Deadline.due_date))
        .where(Deadline.debtor_id == Debtor.id, Deadline.status == DeadlineStatus.OPEN)
        .correlate(Debtor)
        .scalar_subquery()
    )
    query = select(
        Debtor.id,
        Debtor.uuid,
        Debtor.full_name,
        Debtor.city,
        Debtor.iin,
        Debtor.phone,
        Debtor.status,
        Advisor.name.label("advisor"),
        next_hearing.label("next_hearing"),
        next_deadline.label("next_deadline"),
    ).outerjoin(Advisor, Advisor.id == Debtor.advisor_id)
    if city:
        query = query.where(Debtor.city == city)
    if status:
        query = query.where(Debtor.status == status)
    if advisor_id is not None:
        query = query.where(Debtor.advisor_id == advisor_id)
    key, number = search_terms(text or "")
    if key or number:
        patterns = []
        if key:
            patterns.append(Debtor.search_text.like(f"%{_escape_like(key)}%", escape="\\"))
        if number and number != key:
            patterns.append(Debtor.search_text.like(f"%{_escape_like(number)}%", escape="\\"))
        query = query.where(or_(*patterns))
        probe = number or key
        prefix = f"{_escape_like(key)}%"
        rank = case(
            (or_(Debtor.name_key == key, Debtor.iin == probe), literal(0)),
            (
                or_(
                    Debtor.name_key.like(prefix, escape="\\"),
                    Debtor.name_key.like(f"% {_escape_like(key)}%", escape="\\"),
                    and_(literal(bool(number)), Debtor.iin.like(f"{number}%")),
                ),
                literal(1),
            ),
            else_=literal(2),
        )
        query = query.order_by(rank, Debtor.name_key, Debtor.id)
    else:
        query = query.order_by(Debtor.name_key, Debtor.id)
    return query


def search_cases(
    session: Session,
    text: str | None = None,
    *,
    limit: int | None = None,
    offset: int = 0,
    city: str | None = None,
    status: str | None = None,
    advisor_id: int | None = None,
) -> list[CaseRow]:
    """Cases matching ``text`` (name, IIN, phone or case number), best matches first."""
    query = case_query(text=text, city=city, status=status, advisor_id=advisor_id)
    if limit is not None:
        query = query.limit(limit)
    if offset:
        query = query.offset(offset)
    return [CaseRow(*row) for row in session.execute(query)]


def count_cases(session: Session) -> int:
    return session.scalar(select(func.count(Debtor.id))) or 0


def cities(session: Session) -> list[str]:
    return [c for c in session.scalars(select(Debtor.city).distinct().order_by(Debtor.city)) if c]
