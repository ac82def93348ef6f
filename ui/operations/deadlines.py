"""Deadline operations: a case's deadlines with urgency, marking done, adding by hand.

Rows carry the stored explanation (language-neutral steps), so showing it in
another language when the advisor picks one needs no database at all:
``explain`` renders it on the spot.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from sqlalchemy import select
from sqlalchemy.orm import selectinload

from debtdesk.clock import today
from debtdesk.deadlines.engine import calendar_for, jurisdiction_of
from debtdesk.deadlines.explain import render_explanation, render_steps
from debtdesk.deadlines.labels import event_kind_label
from debtdesk.deadlines.urgency import urgency
from debtdesk.errors import ValidationError
from debtdesk.model import Deadline
from debtdesk.services import deadlines as service
from debtdesk.vocab import DeadlineStatus
from ui.operations.base import action as _action

if TYPE_CHECKING:
    from debtdesk.db.database import Database

__all__ = [
    "DeadlineRow",
    "Explanation",
    "add_manual_deadline",
    "deadlines_of",
    "delete_manual_deadline",
    "explain",
    "mark_done",
    "reopen",
]


@dataclass(frozen=True)
class DeadlineRow:
    id: int
    version: int
    title: str  # the rule's title in the interface language, or the title typed in
    rule: str | None
    due_date: date
    previous_due_date: date | None
    status: str  # open | done | missed | cancelled
    urgency: str | None  # for open deadlines: overdue | today | soon | fortnight | later
    manual: bool
    needs_lawyer: bool  # the rule's source or its non-working-day move is not verified
    trigger: str | None  # the event it counts from, named in the interface language
    trigger_date: date | None
    done_at: datetime | None
    done_by: str | None
    notes: str | None
    letter_id: int | None  # a reply deadline of a letter
    explanation: Mapping[str, Any] | None = field(default=None, compare=False, hash=False)


@dataclass(frozen=True)
class Explanation:
    text: str  # sentences to read aloud
    steps: tuple[str, ...]  # one line per step of the computation


def deadlines_of(db: Database, case_id: int, lang: str) -> list[DeadlineRow]:
    """Deadlines of the case, open ones first by due date, then the closed ones, newest first."""
    with _action(db) as s:
        jurisdiction = jurisdiction_of(s)
        calendar = calendar_for(s, jurisdiction)
        on = today()
        rows: list[DeadlineRow] = []
        query = (
            select(Deadline)
            .where(Deadline.debtor_id == case_id)
            .options(selectinload(Deadline.event), selectinload(Deadline.done_by))
        )
        for d in s.scalars(query):
            title = d.title or ""
            if not d.manual and d.rule:
                rule = jurisdiction.rules.get(d.rule)
                title = rule.title_in(lang) if rule else d.rule
            event = d.event
            steps = (d.explanation or {}).get("steps") or []
            rows.append(
                DeadlineRow(
                    id=d.id,
                    version=d.version,
                    title=title,
                    rule=d.rule,
                    due_date=d.due_date,
                    previous_due_date=d.previous_due_date,
                    status=d.status,
                    urgency=urgency(d.due_date, on, calendar).value
                    if d.status == DeadlineStatus.OPEN
                    else None,
                    manual=d.manual,
                    needs_lawyer=any(st.get("step") == "check_with_lawyer" for st in steps),
                    trigger=event_kind_label(event.kind, lang) if event else None,
                    trigger_date=event.date if event else None,
                    done_at=d.done_at,
                    done_by=d.done_by.name if d.done_by else None,
                    notes=d.notes,
                    letter_id=d.document_id,
                    explanation=d.explanation,
                )
            )
    opened = sorted((r for r in rows if r.status == DeadlineStatus.OPEN), key=_by_due)
    closed = sorted((r for r in rows if r.status != DeadlineStatus.OPEN), key=_by_due)
    return opened + closed[::-1]


def _by_due(row: DeadlineRow) -> tuple[date, int]:
    return (row.due_date, row.id)


def explain(row: DeadlineRow, lang: str) -> Explanation | None:
    """The row's explanation in ``lang`` (None for a deadline typed in by hand)."""
    if not row.explanation:
        return None
    return Explanation(
        render_explanation(row.explanation, lang), tuple(render_steps(row.explanation, lang))
    )


def mark_done(db: Database, deadline_id: int, expected_version: int | None = None) -> None:
    """Done (the appeal was filed): the service keeps who and when."""
    with _action(db) as s:
        service.mark_done(s, deadline_id, expected_version=expected_version)


def mark_missed(db: Database, deadline_id: int, expected_version: int | None = None) -> None:
    with _action(db) as s:
        service.mark_missed(s, deadline_id, expected_version=expected_version)


def reopen(db: Database, deadline_id: int, expected_version: int | None = None) -> None:
    """Undo done or missed."""
    with _action(db) as s:
        service.reopen(s, deadline_id, expected_version=expected_version)


def add_manual_deadline(db: Database, case_id: int, values: Mapping[str, Any]) -> int:
    """A deadline no rule computes (a judge-set date for the statement of defence, say)."""
    with _action(db) as s:
        return service.add_manual_deadline(s, case_id, values).id


def delete_manual_deadline(db: Database, deadline_id: int) -> None:
    with _action(db) as s:
        deadline = s.get(Deadline, deadline_id)
        if deadline is not None and deadline.document_id is not None:
            # A letter's follow-up reminder is "manual" too, but it follows its letter.
            raise ValidationError("id", _letter_reminder())
        service.delete_manual_deadline(s, deadline_id)


def _letter_reminder() -> str:
    return QCoreApplication.translate(
        "operations",
        "this reminder follows its letter: record the reply in the Letters tab instead",
    )
