"""The letter register a page at a time: newest first, filtered, one row per letter.

``register.list_documents`` reads the whole register (the command line prints
it all); the desktop's Letters page shows thousands of letters and asks only
for the rows on screen, so the filters, the order and the page are done here
by SQL. The open reply deadline is the letter's first one by id, joined
through a scalar subquery so a letter never appears twice and the page
boundaries hold.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, func, select
from sqlalchemy.orm import Session

from debtdesk.documents.register import DocumentRow
from debtdesk.model import Deadline, Debtor, Document
from debtdesk.text import fold
from debtdesk.vocab import DeadlineStatus


@dataclass(frozen=True)
class LetterFilters:
    """Narrowing of the register; the default shows every letter."""

    name: str = ""  # part of the debtor's name, any case and spelling of ё/е
    template: str | None = None
    since: date | None = None  # created on or after
    until: date | None = None  # created on or before
    awaiting_reply: bool = False
    case_id: int | None = None


ALL_LETTERS = LetterFilters()


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _first_open_reply() -> Any:
    return (
        select(func.min(Deadline.id))
        .where(Deadline.document_id == Document.id, Deadline.status == DeadlineStatus.OPEN)
        .correlate(Document)
        .scalar_subquery()
    )


def _where(filters: LetterFilters) -> list[ColumnElement[bool]]:
    where: list[ColumnElement[bool]] = []
    key = fold(filters.name)
    if key:
        where.append(Debtor.name_key.like(f"%{_escape_like(key)}%", escape="\\"))
    if filters.template:
        where.append(Document.template == filters.template)
    if filters.since is not None:
        where.append(Document.created_on >= filters.since)
    if filters.until is not None:
        where.append(Document.created_on <= filters.until)
    if filters.case_id is not None:
        where.append(Document.debtor_id == int(filters.case_id))
    if filters.awaiting_reply:
        where.append(and_(Document.reply_on.is_(None), Deadline.id.is_not(None)))
    return where


def _query(columns: list[Any], filters: LetterFilters) -> Select[Any]:
    return (
        select(*columns)
        .select_from(Document)
        .join(Debtor, Debtor.id == Document.debtor_id)
        .outerjoin(Deadline, Deadline.id == _first_open_reply())
        .where(*_where(filters))
    )


def search_letters(
    session: Session, filters: LetterFilters = ALL_LETTERS, limit: int = 50, offset: int = 0
) -> list[DocumentRow]:
    """One page of the register, newest first (by date, then number)."""
    query = _query(
        list(DocumentRow.columns()),
        filters,
    ).order_by(
        Document.created_on.desc(), Document.year.desc(), Document.seq.desc(), Document.id.desc()
    )
    rows = session.execute(query.limit(max(0, int(limit))).offset(max(0, int(offset))))
    return [DocumentRow.from_row(r) for r in rows]


def count_letters(session: Session, filters: LetterFilters = ALL_LETTERS, cap: int = 0) -> int:
    """How many letters match; with ``cap`` > 0 counting stops past ``cap`` (returns cap + 1)."""
    inner = _query([Document.id], filters)
    if cap > 0:
        inner = inner.limit(cap + 1)
    return int(session.scalar(select(func.count()).select_from(inner.subquery())) or 0)


def used_templates(session: Session) -> list[str]:
    """The template keys found in the register (the Letters page's type filter)."""
    return list(session.scalars(select(Document.template).distinct().order_by(Document.template)))
