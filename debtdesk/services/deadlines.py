"""What advisors do with deadlines and the calendar: mark done, reopen, add by hand,
record decreed days off, working Saturdays and court closures.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from debtdesk.clock import utcnow
from debtdesk.deadlines.calendar import Override
from debtdesk.deadlines.engine import (
    DeadlineChange,
    forget_calendar,
    jurisdiction_of,
    recompute_spanning,
)
from debtdesk.errors import ValidationError
from debtdesk.i18n import _
from debtdesk.model import CalendarDay, Deadline, Debtor, Proceeding
from debtdesk.services import audit, records
from debtdesk.services.fields import Choice, Day, Ref, Text
from debtdesk.vocab import AuditAction, CalendarDayKind, DeadlineStatus

MANUAL_SCHEMA = {
    "title": Text(max_len=300, required=True),
    "due_date": Day(earliest=date(2000, 1, 1), required=True),
    "proceeding_id": Ref(),
    "notes": Text(max_len=5000, multiline=True),
}

CALENDAR_SCHEMA = {
    "date": Day(earliest=date(2000, 1, 1), required=True),
    "kind": Choice(CalendarDayKind, required=True),
    "reason": Text(max_len=300, required=True),
}


def _check_proceeding(session: Session, debtor_id: int, value: Any) -> None:
    proceeding_id = MANUAL_SCHEMA["proceeding_id"].clean("proceeding_id", value)
    if proceeding_id is not None:
        proceeding = session.get(Proceeding, proceeding_id)
        if proceeding is None or proceeding.debtor_id != debtor_id:
            raise ValidationError(
                "proceeding_id",
                _("no such proceeding in this case: {id}").format(id=proceeding_id),
            )


def add_manual_deadline(session: Session, debtor_id: int, values: Mapping[str, Any]) -> Deadline:
    """A deadline no rule computes (e.g. a judge-set date for the statement of defence)."""
    records.get(session, Debtor, debtor_id)
    _check_proceeding(session, debtor_id, values.get("proceeding_id"))
    return records.create(
        session,
        Deadline,
        MANUAL_SCHEMA,
        values,
        extra={
            "debtor_id": debtor_id,
            "manual": True,
            "status": DeadlineStatus.OPEN,
            "jurisdiction": jurisdiction_of(session).code,
        },
    )


def update_manual_deadline(
    session: Session,
    deadline_id: int,
    changes: Mapping[str, Any],
    *,
    expected_version: int | None = None,
) -> list[str]:
    deadline = records.get(session, Deadline, deadline_id)
    if not deadline.manual:
        raise ValidationError(
            "due_date", _("a computed deadline follows its event: change the event's date instead")
        )
    if "proceeding_id" in changes:
        _check_proceeding(session, deadline.debtor_id, changes["proceeding_id"])
    return records.update(
        session, deadline, MANUAL_SCHEMA, changes, expected_version=expected_version
    )


def _set_status(
    session: Session, deadline_id: int, status: DeadlineStatus, expected_version: int | None
) -> Deadline:
    deadline = records.get(session, Deadline, deadline_id)
    records.check_version(session, deadline, expected_version)
    if deadline.status == status:
        return deadline
    if deadline.status == DeadlineStatus.CANCELLED:
        raise ValidationError(
            "status", _("this deadline was cancelled because its event was removed")
        )
    changed = ["status"]
    # Looked up before the deadline changes: the lookup may flush, and a flush of a
    # half-changed deadline would be a second version outside ``flush_or_conflict``.
    advisor = audit.current_advisor(session)
    deadline.status = status
    if status == DeadlineStatus.DONE:
        deadline.done_at = utcnow()
        deadline.done_by_id = advisor.id if advisor else None
        changed += ["done_at", "done_by_id"]
    elif deadline.done_at is not None:
        deadline.done_at = None
        deadline.done_by_id = None
        changed += ["done_at", "done_by_id"]
    records.flush_or_conflict(session, deadline)
    audit.record(session, deadline, AuditAction.UPDATE, changed)
    return deadline


def mark_done(
    session: Session, deadline_id: int, *, expected_version: int | None = None
) -> Deadline:
    """Done: the appeal was filed, the objection handed in. Keeps who and when."""
    return _set_status(session, deadline_id, DeadlineStatus.DONE, expected_version)


def mark_missed(
    session: Session, deadline_id: int, *, expected_version: int | None = None
) -> Deadline:
    return _set_status(session, deadline_id, DeadlineStatus.MISSED, expected_version)


def reopen(session: Session, deadline_id: int, *, expected_version: int | None = None) -> Deadline:
    """Undo done or missed."""
    return _set_status(session, deadline_id, DeadlineStatus.OPEN, expected_version)


def delete_manual_deadline(session: Session, deadline_id: int) -> None:
    deadline = records.get(session, Deadline, deadline_id)
    if not deadline.manual:
        raise ValidationError("id", _("only deadlines added by hand can be deleted"))
    records.delete(session, deadline)


def set_calendar_day(
    session: Session, values: Mapping[str, Any]
) -> tuple[CalendarDay, list[DeadlineChange]]:
    """Record a decreed day off, a working Saturday or a court closure; recompute what it moves."""
    code = jurisdiction_of(session).code
    day = CALENDAR_SCHEMA["date"].clean("date", values.get("date"))
    kind = CALENDAR_SCHEMA["kind"].clean("kind", values.get("kind"))
    Override(working=kind == CalendarDayKind.WORKING, kind=kind or "", reason="")
    existing = session.scalar(
        select(CalendarDay).where(CalendarDay.jurisdiction == code, CalendarDay.date == day)
    )
    working = kind == CalendarDayKind.WORKING
    if existing is None:
        row = records.create(
            session,
            CalendarDay,
            CALENDAR_SCHEMA,
            values,
            extra={"jurisdiction": code, "working": working},
        )
    else:
        records.update(session, existing, CALENDAR_SCHEMA, values)
        existing.working = working
        session.flush()
        row = existing
    forget_calendar(session)
    _recompute_replies(session, row.date)
    return row, recompute_spanning(session, row.date)


def remove_calendar_day(session: Session, day: date) -> list[DeadlineChange]:
    code = jurisdiction_of(session).code
    row = session.scalar(
        select(CalendarDay).where(CalendarDay.jurisdiction == code, CalendarDay.date == day)
    )
    if row is None:
        raise ValidationError("date", _("no calendar entry on {d}").format(d=day.isoformat()))
    records.delete(session, row)
    forget_calendar(session)
    _recompute_replies(session, day)
    return recompute_spanning(session, day)


def _recompute_replies(session: Session, day: date) -> None:
    """Reply deadlines follow letters, not events: recompute those the day falls in."""
    from debtdesk.documents.register import recompute_reply_deadlines

    recompute_reply_deadlines(session, day)


def list_calendar_days(session: Session, year: int | None = None) -> list[CalendarDay]:
    code = jurisdiction_of(session).code
    query = select(CalendarDay).where(CalendarDay.jurisdiction == code)
    if year is not None:
        query = query.where(
            CalendarDay.date >= date(year, 1, 1), CalendarDay.date <= date(year, 12, 31)
        )
    return list(session.scalars(query.order_by(CalendarDay.date)))
