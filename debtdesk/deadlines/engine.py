"""Deadlines in the database: computed from events, kept current, never typed in.

Creating, changing or deleting an event creates, recomputes or cancels the
deadlines it triggers in the same transaction (a listener on the events
service). Changing the working-day calendar recomputes the deadlines whose
period spans the changed day and marks those whose date moved.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from debtdesk.deadlines.calendar import WorkingCalendar
from debtdesk.deadlines.compute import compute_deadline
from debtdesk.deadlines.rules import DEFAULT_JURISDICTION, Jurisdiction, load_jurisdiction
from debtdesk.model import CalendarDay, Deadline, Event
from debtdesk.services import audit
from debtdesk.vocab import AuditAction, DeadlineStatus

_CALENDARS = "debtdesk.calendars"
CHANGES = "debtdesk.deadline_changes"


@dataclass(frozen=True)
class DeadlineChange:
    """One deadline the last action created, moved or cancelled (for "what moved?")."""

    deadline_id: int
    debtor_id: int
    rule: str
    action: str  # created | moved | cancelled | reopened
    old_due: date | None
    new_due: date | None


def jurisdiction_of(session: Session) -> Jurisdiction:
    """The jurisdiction of this database (a shared setting; Kazakhstan by default)."""
    from debtdesk.services.settings import get_setting

    code = session.info.get("jurisdiction")
    if code is None:
        code = get_setting(session, "jurisdiction") or DEFAULT_JURISDICTION
        session.info["jurisdiction"] = code
    return load_jurisdiction(code)


def calendar_for(session: Session, jurisdiction: Jurisdiction | None = None) -> WorkingCalendar:
    """The working-day calendar with this database's calendar days, cached per session."""
    jurisdiction = jurisdiction or jurisdiction_of(session)
    cache: dict[str, WorkingCalendar] = session.info.setdefault(_CALENDARS, {})
    calendar = cache.get(jurisdiction.code)
    if calendar is None:
        days = session.scalars(
            select(CalendarDay).where(CalendarDay.jurisdiction == jurisdiction.code)
        ).all()
        calendar = WorkingCalendar.from_days(jurisdiction, days)
        cache[jurisdiction.code] = calendar
    return calendar


def forget_calendar(session: Session) -> None:
    """Drop the cached calendar after calendar days change."""
    session.info.pop(_CALENDARS, None)


def _remember(session: Session, change: DeadlineChange) -> None:
    session.info.setdefault(CHANGES, []).append(change)


def take_changes(session: Session) -> list[DeadlineChange]:
    """The deadline changes made in this session so far (and forget them)."""
    return session.info.pop(CHANGES, [])


def recompute_event(session: Session, event: Event, action: str = "update") -> list[DeadlineChange]:
    """Bring the computed deadlines of ``event`` in line with its kind and date."""
    existing = {
        d.rule: d
        for d in session.scalars(
            select(Deadline).where(Deadline.event_id == event.id, Deadline.manual.is_(False))
        )
    }
    changes: list[DeadlineChange] = []
    if action == "delete":
        for deadline in existing.values():
            changes += _cancel(session, deadline)
            deadline.event_id = None  # the event row goes; the cancelled deadline stays on record
        return changes
    jurisdiction = jurisdiction_of(session)
    calendar = calendar_for(session, jurisdiction)
    wanted = {rule.key: rule for rule in jurisdiction.rules_for_trigger(event.kind)}
    for key, rule in wanted.items():
        result = compute_deadline(rule, event.date, calendar)
        deadline = existing.get(key)
        if deadline is None:
            deadline = Deadline(
                debtor_id=event.debtor_id,
                proceeding_id=event.proceeding_id,
                event_id=event.id,
                jurisdiction=jurisdiction.code,
                rule=key,
                due_date=result.due,
                explanation=result.to_json(),
                status=DeadlineStatus.OPEN,
                manual=False,
            )
            session.add(deadline)
            session.flush()
            audit.record(session, deadline, AuditAction.CREATE, ["due_date", "rule"])
            changes.append(
                DeadlineChange(deadline.id, deadline.debtor_id, key, "created", None, result.due)
            )
            continue
        changes += _apply(session, deadline, result.due, result.to_json(), event.proceeding_id)
    for key, deadline in existing.items():
        if key not in wanted:
            changes += _cancel(session, deadline)
    return changes


def _apply(
    session: Session,
    deadline: Deadline,
    due: date,
    explanation: dict[str, Any],
    proceeding_id: int | None,
) -> list[DeadlineChange]:
    changed: list[str] = []
    action = "moved"
    if deadline.status == DeadlineStatus.CANCELLED:
        deadline.status = DeadlineStatus.OPEN
        changed.append("status")
        action = "reopened"
    old_due = deadline.due_date
    if old_due != due:
        deadline.previous_due_date = old_due
        deadline.due_date = due
        changed.append("due_date")
    if deadline.explanation != explanation:
        deadline.explanation = explanation
        changed.append("explanation")
    if deadline.proceeding_id != proceeding_id:
        deadline.proceeding_id = proceeding_id
        changed.append("proceeding_id")
    if not changed:
        return []
    session.flush()
    audit.record(session, deadline, AuditAction.UPDATE, changed)
    if "due_date" not in changed and action == "moved":
        return []
    return [
        DeadlineChange(deadline.id, deadline.debtor_id, deadline.rule or "", action, old_due, due)
    ]


def _cancel(session: Session, deadline: Deadline) -> list[DeadlineChange]:
    if deadline.status == DeadlineStatus.CANCELLED:
        return []
    deadline.status = DeadlineStatus.CANCELLED
    session.flush()
    audit.record(session, deadline, AuditAction.UPDATE, ["status"])
    return [
        DeadlineChange(
            deadline.id,
            deadline.debtor_id,
            deadline.rule or "",
            "cancelled",
            deadline.due_date,
            None,
        )
    ]


def on_event_changed(session: Session, event: Event, action: str) -> None:
    """Called by the events service inside the same transaction as the change."""
    for change in recompute_event(session, event, action):
        _remember(session, change)


def recompute_spanning(session: Session, day: date) -> list[DeadlineChange]:
    """Recompute the open computed deadlines whose period contains ``day``."""
    rows = session.execute(
        select(Deadline, Event)
        .join(Event, Event.id == Deadline.event_id)
        .where(
            Deadline.manual.is_(False),
            Deadline.status == DeadlineStatus.OPEN,
            Event.date < day,
            Deadline.due_date >= day,
        )
    ).all()
    jurisdiction = jurisdiction_of(session)
    calendar = calendar_for(session, jurisdiction)
    changes: list[DeadlineChange] = []
    for deadline, event in rows:
        rule = jurisdiction.rule(deadline.rule or "")
        result = compute_deadline(rule, event.date, calendar)
        changes += _apply(session, deadline, result.due, result.to_json(), deadline.proceeding_id)
    for change in changes:
        _remember(session, change)
    return changes


def recompute_all(session: Session, *, chunk: int = 5000) -> dict[str, int]:
    """Recompute every computed deadline from its event, in bulk (demo data, rule changes).

    Writes only what differs; see ``debtdesk.deadlines.recompute`` for how.
    Returns counts: events, created, moved, updated (moved included), cancelled.
    """
    from debtdesk.deadlines.recompute import recompute_all as recompute_in_bulk

    return recompute_in_bulk(session, chunk=chunk)


def deadlines_of(
    session: Session, debtor_id: int, *, include_closed: bool = True
) -> Iterable[Deadline]:
    query = select(Deadline).where(Deadline.debtor_id == debtor_id).order_by(Deadline.due_date)
    if not include_closed:
        query = query.where(Deadline.status == DeadlineStatus.OPEN)
    return session.scalars(query)
