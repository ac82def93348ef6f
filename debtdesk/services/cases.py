"""The case register: compact rows for lists, and search across name, IIN, phone, case no.

Search compares folded strings written by Python (``debtdesk.text.fold``), so
Cyrillic and Kazakh match case-insensitively and identically on SQLite and
PostgreSQL; exact and prefix hits come first.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, Select, String, and_, case, func, literal, or_, select
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import Session
from sqlalchemy.sql.functions import FunctionElement

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


class code_point_order(FunctionElement[str]):
    """A string column compared by code point, as Python and SQLite's BINARY compare.

    PostgreSQL sorts by the database's collation (ru_RU, en_US, ICU…), which puts
    Cyrillic before Latin or ignores spaces and hyphens; "C" makes both databases
    list the same rows in the same order.
    """

    type = String()
    inherit_cache = True


@compiles(code_point_order)
def _code_point_order_default(element: code_point_order, compiler: Any, **kw: Any) -> str:
    return compiler.process(element.clauses, **kw)


@compiles(code_point_order, "postgresql")
def _code_point_order_pg(element: code_point_order, compiler: Any, **kw: Any) -> str:
    return f'{compiler.process(element.clauses, **kw)} COLLATE "C"'


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def search_terms(text: str) -> tuple[str, str]:
    """The folded query and, for phone-like queries, its digits."""
    key = fold(text)
    number = digits(text) if _PHONE_LIKE.match(text.strip() or "x") else ""
    return key, number


def _as_plus7(number: str) -> str:
    """Digits typed as "8 701 123…" as the +7 number they mean ("7701123…"), else "".

    Kept beside the digits as typed: an IIN of someone born in the 1980s starts
    with 8 too, and must still match (and rank) as itself.
    """
    return "7" + number[1:] if number.startswith("8") and 4 <= len(number) <= 11 else ""


def _register_where(
    query: Select,
    *,
    text: str | None,
    city: str | None,
    status: str | None,
    advisor_id: int | None,
) -> tuple[Select, ColumnElement[int] | None]:
    """``query`` narrowed to the register's filters and text, with the rank of a hit.

    The rank is None when there is no text (every case matches, in name order).
    """
    if city:
        query = query.where(Debtor.city == city)
    if status:
        query = query.where(Debtor.status == status)
    if advisor_id is not None:
        query = query.where(Debtor.advisor_id == advisor_id)
    key, number = search_terms(text or "")
    if not (key or number):
        return query, None
    patterns = []
    if key:
        patterns.append(Debtor.search_text.like(f"%{_escape_like(key)}%", escape="\\"))
    if number and number != key:
        patterns.append(Debtor.search_text.like(f"%{_escape_like(number)}%", escape="\\"))
    if plus7 := _as_plus7(number):
        patterns.append(Debtor.search_text.like(f"%{plus7}%"))
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
    return query, rank


def _register_columns(debtor_id: ColumnElement[int], on: date) -> list[ColumnElement[Any]]:
    """The columns of a ``CaseRow``: the debtor's own, its advisor, next hearing and deadline.

    The advisor is a subquery rather than a join, so a count of ``case_query``'s
    matches (``with_only_columns(Debtor.id)``) reads no more than the search does.
    """
    advisor = (
        select(Advisor.name)
        .where(Advisor.id == Debtor.advisor_id)
        .correlate_except(Advisor)
        .scalar_subquery()
    )
    next_hearing = (
        select(func.min(Event.date))
        .where(Event.debtor_id == debtor_id, Event.kind == EventKind.HEARING, Event.date >= on)
        .correlate_except(Event)
        .scalar_subquery()
    )
    next_deadline = (
        select(func.min(Deadline.due_date))
        .where(Deadline.debtor_id == debtor_id, Deadline.status == DeadlineStatus.OPEN)
        .correlate_except(Deadline)
        .scalar_subquery()
    )
    return [
        Debtor.id,
        Debtor.uuid,
        Debtor.full_name,
        Debtor.city,
        Debtor.iin,
        Debtor.phone,
        Debtor.status,
        advisor.label("advisor"),
        next_hearing.label("next_hearing"),
        next_deadline.label("next_deadline"),
    ]


def case_query(
    *,
    text: str | None = None,
    city: str | None = None,
    status: str | None = None,
    advisor_id: int | None = None,
    on: date | None = None,
) -> Select:
    """The register query: filtered and ranked, but not yet limited.

    For counting (``with_only_columns``) and for one case (``where``). A page of
    the register is ``page_query``: limiting this query would work out the next
    hearing and deadline of every match before choosing the page.
    """
    columns = _register_columns(Debtor.id, on or today())
    query, rank = _register_where(
        select(*columns), text=text, city=city, status=status, advisor_id=advisor_id
    )
    if rank is not None:
        query = query.order_by(rank)
    return query.order_by(code_point_order(Debtor.name_key), Debtor.id)


def page_query(
    *,
    text: str | None = None,
    city: str | None = None,
    status: str | None = None,
    advisor_id: int | None = None,
    on: date | None = None,
    limit: int | None = None,
    offset: int = 0,
) -> Select:
    """The rows of ``case_query`` from ``offset`` on, at most ``limit`` of them.

    The page is chosen first, from the debtor's id, folded name, search text and
    IIN only (which ``ix_debtor_search`` holds, so SQLite scans that narrow index
    rather than the table); the advisor, next hearing and next deadline are then
    looked up for the page's rows alone.
    """
    page = select(Debtor.id.label("id"), Debtor.name_key.label("name_key"))
    page, rank = _register_where(page, text=text, city=city, status=status, advisor_id=advisor_id)
    if rank is not None:
        page = page.add_columns(rank.label("rank")).order_by(rank)
    page = page.order_by(code_point_order(Debtor.name_key), Debtor.id)
    if limit is not None:
        page = page.limit(limit)
    if offset:
        page = page.offset(offset)
    chosen = page.subquery("page")
    order = [code_point_order(chosen.c.name_key), chosen.c.id]
    if rank is not None:
        order.insert(0, chosen.c.rank)
    return (
        select(*_register_columns(chosen.c.id, on or today()))
        .select_from(chosen)
        .join(Debtor, Debtor.id == chosen.c.id)
        .order_by(*order)
    )


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
    query = page_query(
        text=text, city=city, status=status, advisor_id=advisor_id, limit=limit, offset=offset
    )
    return [CaseRow(*row) for row in session.execute(query)]


def count_cases(session: Session) -> int:
    return session.scalar(select(func.count(Debtor.id))) or 0


def cities(session: Session) -> list[str]:
    return [c for c in session.scalars(select(Debtor.city).distinct().order_by(Debtor.city)) if c]
