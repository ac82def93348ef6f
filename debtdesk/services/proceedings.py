"""Court proceedings of a case and the dated events attached to them.

Events are where deadlines come from: every change to an event goes through
here so the deadline engine can recompute in the same transaction.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from sqlalchemy.orm import Session

from debtdesk.errors import ValidationError
from debtdesk.i18n import _
from debtdesk.model import Court, Debtor, Event, Loan, Proceeding
from debtdesk.services import records
from debtdesk.services.debtors import refresh_search_text
from debtdesk.services.fields import Choice, ClockTime, Day, Ref, Text
from debtdesk.vocab import (
    EventKind,
    Outcome,
    ProceedingKind,
    ProceedingStage,
    ProceedingStatus,
)

PROCEEDING_SCHEMA = {
    "loan_id": Ref(),
    "court_id": Ref(),
    "parent_id": Ref(),
    "case_no": Text(max_len=64),
    "judge": Text(max_len=200),
    "bailiff": Text(max_len=300),
    "kind": Choice(ProceedingKind, required=True),
    "stage": Choice(ProceedingStage),
    "status": Choice(ProceedingStatus),
    "outcome": Choice(Outcome),
    "notes": Text(max_len=20000, multiline=True),
}

EVENT_SCHEMA = {
    "proceeding_id": Ref(),
    "kind": Choice(EventKind, required=True),
    "date": Day(earliest=date(1995, 1, 1), required=True),
    "time": ClockTime(),
    "place": Text(max_len=300),
    "attendees": Text(max_len=500),
    "notes": Text(max_len=20000, multiline=True),
}


def _notify(session: Session, event: Event, action: str) -> None:
    """Let the deadline engine create, recompute or cancel what this event triggers."""
    from debtdesk.deadlines.engine import on_event_changed

    on_event_changed(session, event, action)


def _ref(schema: Mapping[str, Any], values: Mapping[str, Any], name: str) -> int | None:
    """The cleaned id in ``values[name]`` (ValidationError for garbage), or None."""
    return schema[name].clean(name, values[name]) if name in values else None


def _check_refs(session: Session, debtor_id: int, values: Mapping[str, Any]) -> None:
    loan_id = _ref(PROCEEDING_SCHEMA, values, "loan_id")
    if loan_id is not None:
        loan = session.get(Loan, loan_id)
        if loan is None or loan.debtor_id != debtor_id:
            raise ValidationError(
                "loan_id", _("no such loan in this case: {id}").format(id=loan_id)
            )
    court_id = _ref(PROCEEDING_SCHEMA, values, "court_id")
    if court_id is not None and session.get(Court, court_id) is None:
        raise ValidationError("court_id", _("no such court: {id}").format(id=court_id))
    parent_id = _ref(PROCEEDING_SCHEMA, values, "parent_id")
    if parent_id is not None:
        parent = session.get(Proceeding, parent_id)
        if parent is None or parent.debtor_id != debtor_id:
            raise ValidationError(
                "parent_id", _("no such proceeding in this case: {id}").format(id=parent_id)
            )


def create_proceeding(session: Session, debtor_id: int, values: Mapping[str, Any]) -> Proceeding:
    debtor = records.get(session, Debtor, debtor_id)
    _check_refs(session, debtor_id, values)
    proceeding = records.create(
        session, Proceeding, PROCEEDING_SCHEMA, values, extra={"debtor_id": debtor_id}
    )
    if proceeding.case_no:
        refresh_search_text(session, debtor)
    return proceeding


def update_proceeding(
    session: Session,
    proceeding_id: int,
    changes: Mapping[str, Any],
    *,
    expected_version: int | None = None,
) -> list[str]:
    proceeding = records.get(session, Proceeding, proceeding_id)
    _check_refs(session, proceeding.debtor_id, changes)
    if _ref(PROCEEDING_SCHEMA, changes, "parent_id") == proceeding.id:
        raise ValidationError("parent_id", _("a proceeding cannot be its own parent"))
    changed = records.update(
        session, proceeding, PROCEEDING_SCHEMA, changes, expected_version=expected_version
    )
    if "case_no" in changed:
        refresh_search_text(session, proceeding.debtor)
    return changed


def delete_proceeding(
    session: Session, proceeding_id: int, *, expected_version: int | None = None
) -> None:
    proceeding = records.get(session, Proceeding, proceeding_id)
    debtor = proceeding.debtor
    for event in list(proceeding.events):
        _notify(session, event, "delete")
        records.delete(session, event)
    records.delete(session, proceeding, expected_version=expected_version)
    refresh_search_text(session, debtor)


def _event_proceeding(session: Session, debtor_id: int, value: Any) -> None:
    proceeding_id = EVENT_SCHEMA["proceeding_id"].clean("proceeding_id", value)
    if proceeding_id is None:
        return
    proceeding = session.get(Proceeding, proceeding_id)
    if proceeding is None or proceeding.debtor_id != debtor_id:
        raise ValidationError(
            "proceeding_id", _("no such proceeding in this case: {id}").format(id=proceeding_id)
        )


def add_event(session: Session, debtor_id: int, values: Mapping[str, Any]) -> Event:
    """Record a dated event of a case (a hearing, a decision, an eviction date…)."""
    records.get(session, Debtor, debtor_id)
    _event_proceeding(session, debtor_id, values.get("proceeding_id"))
    event = records.create(session, Event, EVENT_SCHEMA, values, extra={"debtor_id": debtor_id})
    _notify(session, event, "create")
    return event


def update_event(
    session: Session,
    event_id: int,
    changes: Mapping[str, Any],
    *,
    expected_version: int | None = None,
) -> list[str]:
    event = records.get(session, Event, event_id)
    if "proceeding_id" in changes:
        _event_proceeding(session, event.debtor_id, changes["proceeding_id"])
    changed = records.update(
        session, event, EVENT_SCHEMA, changes, expected_version=expected_version
    )
    if changed:
        _notify(session, event, "update")
    return changed


def delete_event(session: Session, event_id: int, *, expected_version: int | None = None) -> None:
    event = records.get(session, Event, event_id)
    records.check_version(session, event, expected_version)
    _notify(session, event, "delete")
    records.delete(session, event)
