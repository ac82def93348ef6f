"""Court operations: a case's proceedings and their dated events.

Saving an event lets the deadline engine create, move or cancel the deadlines
it triggers in the same transaction (``services.proceedings`` does it); the
result says how many, so the form can confirm "2 deadlines computed" at no
extra cost, and names each deadline a changed date moved (old and new day), so
the advisor sees at once that the appeal is now due a week later.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, time
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from debtdesk.deadlines.engine import DeadlineChange, jurisdiction_of, take_changes
from debtdesk.i18n import current_language
from debtdesk.model import Court, Deadline, Event, Loan, Proceeding
from debtdesk.services import institutions
from debtdesk.services import proceedings as service
from ui.operations.base import action as _action
from ui.operations.base import known_names, save_naming

if TYPE_CHECKING:
    from debtdesk.db.database import Database

__all__ = [
    "CourtView",
    "EventRow",
    "EventSaved",
    "LoanChoice",
    "MovedDeadline",
    "ProceedingRow",
    "add_event",
    "court_names",
    "court_of",
    "delete_event",
    "delete_proceeding",
    "save_proceeding",
    "update_event",
]

# The form's own field for the court's name; the service knows only court_id.
COURT_NAME = "court"


@dataclass(frozen=True)
class ProceedingRow:
    id: int
    version: int
    kind: str
    stage: str
    status: str
    outcome: str | None
    court: str | None
    case_no: str | None
    judge: str | None
    bailiff: str | None
    loan_id: int | None
    parent_id: int | None
    notes: str | None


@dataclass(frozen=True)
class EventRow:
    id: int
    version: int
    proceeding_id: int | None
    case_no: str | None
    kind: str
    date: date
    time: time | None
    place: str | None
    attendees: str | None
    notes: str | None
    open_deadlines: int  # computed from this event and still open


@dataclass(frozen=True)
class LoanChoice:
    id: int
    label: str


@dataclass(frozen=True)
class CourtView:
    proceedings: tuple[ProceedingRow, ...]
    events: tuple[EventRow, ...]  # oldest first
    loans: tuple[LoanChoice, ...]


@dataclass(frozen=True)
class MovedDeadline:
    """A deadline that a changed event date moved: which one, from which day to which."""

    deadline_id: int
    title: str  # the rule's title in the interface language
    old_due: date
    new_due: date


@dataclass(frozen=True)
class EventSaved:
    """What saving an event did: its id and the deadlines the engine touched."""

    event_id: int | None
    created: int = 0
    moved: int = 0
    cancelled: int = 0
    due_dates: tuple[date, ...] = ()
    moves: tuple[MovedDeadline, ...] = ()  # the moved ones, soonest new date first

    @classmethod
    def of(
        cls, event_id: int | None, changes: list[DeadlineChange], session: Session | None = None
    ) -> EventSaved:
        """Count ``changes``; with ``session``, also name the moved deadlines."""
        count = {"created": 0, "moved": 0, "cancelled": 0}
        for change in changes:
            key = "created" if change.action in ("created", "reopened") else change.action
            count[key] = count.get(key, 0) + 1
        dues = tuple(sorted(c.new_due for c in changes if c.new_due is not None))
        moves = _moves(session, changes) if session is not None else ()
        return cls(event_id, count["created"], count["moved"], count["cancelled"], dues, moves)


def _moves(session: Session, changes: list[DeadlineChange]) -> tuple[MovedDeadline, ...]:
    """The moved deadlines of ``changes``, titled in the interface language."""
    if not any(c.action == "moved" for c in changes):
        return ()
    rules = jurisdiction_of(session).rules
    lang = current_language()
    moves = []
    for c in changes:
        if c.action == "moved" and c.old_due is not None and c.new_due is not None:
            rule = rules.get(c.rule)
            title = rule.title_in(lang) if rule else c.rule
            moves.append(MovedDeadline(c.deadline_id, title, c.old_due, c.new_due))
    return tuple(sorted(moves, key=lambda m: (m.new_due, m.deadline_id)))


def court_of(db: Database, case_id: int) -> CourtView:
    """Everything the Court tab shows for case ``case_id``, read in one session."""
    with _action(db) as s:
        proceedings = list(
            s.scalars(
                select(Proceeding)
                .where(Proceeding.debtor_id == case_id)
                .options(selectinload(Proceeding.court))
                .order_by(Proceeding.id)
            )
        )
        numbers = {p.id: p.case_no for p in proceedings}
        open_counts = dict(
            s.execute(
                select(Deadline.event_id, func.count())
                .where(Deadline.debtor_id == case_id, Deadline.status == "open")
                .group_by(Deadline.event_id)
            ).all()
        )
        events = s.scalars(
            select(Event).where(Event.debtor_id == case_id).order_by(Event.date, Event.time)
        )
        loans = s.execute(
            select(Loan.id, Loan.contract_no, Loan.contract_date)
            .where(Loan.debtor_id == case_id)
            .order_by(Loan.id)
        ).all()
        return CourtView(
            proceedings=tuple(_proceeding_row(p) for p in proceedings),
            events=tuple(
                EventRow(
                    id=e.id,
                    version=e.version,
                    proceeding_id=e.proceeding_id,
                    case_no=numbers.get(e.proceeding_id) if e.proceeding_id else None,
                    kind=e.kind,
                    date=e.date,
                    time=e.time,
                    place=e.place,
                    attendees=e.attendees,
                    notes=e.notes,
                    open_deadlines=open_counts.get(e.id, 0),
                )
                for e in events
            ),
            loans=tuple(
                LoanChoice(
                    row.id,
                    " ".join(
                        x for x in (row.contract_no, str(row.contract_date or "")) if x
                    ).strip()
                    or f"#{row.id}",
                )
                for row in loans
            ),
        )


def _proceeding_row(p: Proceeding) -> ProceedingRow:
    return ProceedingRow(
        id=p.id,
        version=p.version,
        kind=p.kind,
        stage=p.stage,
        status=p.status,
        outcome=p.outcome,
        court=p.court.name if p.court else None,
        case_no=p.case_no,
        judge=p.judge,
        bailiff=p.bailiff,
        loan_id=p.loan_id,
        parent_id=p.parent_id,
        notes=p.notes,
    )


def court_names(db: Database) -> list[str]:
    """Known courts' names, for the proceeding form's completer."""
    return known_names(db, Court.name, Court.name_key)


def save_proceeding(
    db: Database,
    case_id: int,
    proceeding_id: int | None,
    values: Mapping[str, Any],
    expected_version: int | None = None,
) -> int:
    """Create (``proceeding_id`` None) or change a proceeding; returns its id."""
    return save_naming(
        db,
        proceeding_id,
        values,
        name_field=COURT_NAME,
        id_field="court_id",
        find_or_create=institutions.find_or_create_court,
        create=lambda s, v: service.create_proceeding(s, case_id, v),
        update=lambda s, i, v: service.update_proceeding(
            s, i, v, expected_version=expected_version
        ),
    )


def delete_proceeding(
    db: Database, proceeding_id: int, expected_version: int | None = None
) -> EventSaved:
    """Delete a proceeding and its events (their deadlines are cancelled, kept on record)."""
    with _action(db) as s:
        service.delete_proceeding(s, proceeding_id, expected_version=expected_version)
        return EventSaved.of(None, take_changes(s))


def add_event(db: Database, case_id: int, values: Mapping[str, Any]) -> EventSaved:
    """Record an event; the deadlines it triggers are computed in the same transaction."""
    with _action(db) as s:
        take_changes(s)
        event = service.add_event(s, case_id, values)
        return EventSaved.of(event.id, take_changes(s))


def update_event(
    db: Database, event_id: int, values: Mapping[str, Any], expected_version: int | None = None
) -> EventSaved:
    """Change an event read at ``expected_version`` (ConflictError if changed since)."""
    with _action(db) as s:
        take_changes(s)
        service.update_event(s, event_id, values, expected_version=expected_version)
        return EventSaved.of(event_id, take_changes(s), s)


def delete_event(db: Database, event_id: int, expected_version: int | None = None) -> EventSaved:
    """Delete an event; the deadlines it triggered are cancelled, not lost."""
    with _action(db) as s:
        take_changes(s)
        service.delete_event(s, event_id, expected_version=expected_version)
        return EventSaved.of(None, take_changes(s))
