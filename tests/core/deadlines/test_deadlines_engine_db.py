"""Deadlines follow their events in the database: created, moved, cancelled, kept apart."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from debtdesk.deadlines import engine
from debtdesk.errors import ValidationError
from debtdesk.model import AuditEntry, Deadline
from debtdesk.services import deadlines, debtors, proceedings


@pytest.fixture
def case(db):
    with db.session() as s:
        debtor = debtors.create_debtor(s, {"full_name": "Құрманғазы Әлібек", "city": "Алматы"})
        proceeding = proceedings.create_proceeding(s, debtor.id, {"kind": "claim"})
        return debtor.id, proceeding.id


def _deadlines(db, debtor_id):
    with db.session() as s:
        return [
            (d.rule, d.due_date, d.status, d.previous_due_date)
            for d in s.scalars(
                select(Deadline).where(Deadline.debtor_id == debtor_id).order_by(Deadline.id)
            )
        ]


def test_event_creates_its_deadline_in_the_same_transaction(db, case):
    debtor_id, proceeding_id = case
    with db.session() as s:
        proceedings.add_event(
            s,
            debtor_id,
            {"kind": "decision_final_form", "date": "2025-12-31", "proceeding_id": proceeding_id},
        )
        changes = engine.take_changes(s)
    # DOMAIN.md's example: 31 January 2026 is a Saturday, so the appeal ends Monday 2 February.
    assert [(c.rule, c.action, c.new_due) for c in changes] == [
        ("appeal", "created", date(2026, 2, 2))
    ]
    assert _deadlines(db, debtor_id) == [("appeal", date(2026, 2, 2), "open", None)]


def test_failed_action_leaves_no_deadline(db, case):
    debtor_id, proceeding_id = case
    with pytest.raises(ValidationError), db.session() as s:
        proceedings.add_event(
            s,
            debtor_id,
            {"kind": "decision_final_form", "date": "2026-03-05", "proceeding_id": proceeding_id},
        )
        proceedings.add_event(s, debtor_id, {"kind": "hearing", "date": "not a date"})
    assert _deadlines(db, debtor_id) == []


def test_moving_the_decision_date_recomputes_and_marks_the_move(db, case):
    debtor_id, proceeding_id = case
    with db.session() as s:
        event = proceedings.add_event(
            s,
            debtor_id,
            {"kind": "decision_final_form", "date": "2025-12-31", "proceeding_id": proceeding_id},
        )
        event_id = event.id
    with db.session() as s:
        proceedings.update_event(s, event_id, {"date": "2026-03-05"})
        changes = engine.take_changes(s)
    # 5 March + 1 month = 5 April 2026, a Sunday: moved to Monday 6 April.
    assert [(c.action, c.old_due, c.new_due) for c in changes] == [
        ("moved", date(2026, 2, 2), date(2026, 4, 6))
    ]
    assert _deadlines(db, debtor_id) == [("appeal", date(2026, 4, 6), "open", date(2026, 2, 2))]


def test_changing_the_kind_swaps_the_rules(db, case):
    debtor_id, proceeding_id = case
    with db.session() as s:
        event = proceedings.add_event(
            s,
            debtor_id,
            {"kind": "decision_final_form", "date": "2026-03-05", "proceeding_id": proceeding_id},
        )
        event_id = event.id
    with db.session() as s:
        proceedings.update_event(s, event_id, {"kind": "ruling_final_form"})
    rows = _deadlines(db, debtor_id)
    assert ("appeal", date(2026, 4, 6), "cancelled", None) in rows
    # Private complaint: 10 working days after Thursday 5 March 2026; 8 March (Sunday) is a
    # holiday observed on Monday 9 March, so: 6, 10, 11, 12, 13, 16, 17, 18, 19, 20 March.
    assert ("private_complaint", date(2026, 3, 20), "open", None) in rows


def test_deleting_the_event_cancels_its_deadlines(db, case):
    debtor_id, proceeding_id = case
    with db.session() as s:
        event = proceedings.add_event(
            s,
            debtor_id,
            {"kind": "court_order_received", "date": "2026-11-20", "proceeding_id": proceeding_id},
        )
        event_id = event.id
    with db.session() as s:
        proceedings.delete_event(s, event_id)
    assert [(r[0], r[2]) for r in _deadlines(db, debtor_id)] == [
        ("court_order_objection", "cancelled")
    ]


def test_events_without_rules_make_no_deadlines(db, case):
    debtor_id, _ = case
    with db.session() as s:
        proceedings.add_event(s, debtor_id, {"kind": "hearing", "date": "2026-12-03"})
        proceedings.add_event(s, debtor_id, {"kind": "meeting", "date": "2026-12-04"})
    assert _deadlines(db, debtor_id) == []


def test_court_closure_moves_the_deadlines_it_spans(db, case):
    debtor_id, proceeding_id = case
    with db.session() as s:
        proceedings.add_event(
            s,
            debtor_id,
            {"kind": "court_order_received", "date": "2026-11-20", "proceeding_id": proceeding_id},
        )
    # 10 working days after Friday 20 November 2026: 23–27 Nov, 30 Nov–4 Dec → 4 December.
    assert _deadlines(db, debtor_id)[0][1] == date(2026, 12, 4)
    with db.session() as s:
        _row, changes = deadlines.set_calendar_day(
            s, {"date": "2026-12-02", "kind": "court_closure", "reason": "Court moves building"}
        )
    assert [(c.old_due, c.new_due) for c in changes] == [(date(2026, 12, 4), date(2026, 12, 7))]
    assert _deadlines(db, debtor_id)[0][1:] == (date(2026, 12, 7), "open", date(2026, 12, 4))
    with db.session() as s:
        changes = deadlines.remove_calendar_day(s, date(2026, 12, 2))
    assert [(c.old_due, c.new_due) for c in changes] == [(date(2026, 12, 7), date(2026, 12, 4))]


def test_calendar_day_outside_the_period_moves_nothing(db, case):
    debtor_id, proceeding_id = case
    with db.session() as s:
        proceedings.add_event(
            s,
            debtor_id,
            {"kind": "court_order_received", "date": "2026-11-20", "proceeding_id": proceeding_id},
        )
    with db.session() as s:
        _row, changes = deadlines.set_calendar_day(
            s, {"date": "2026-12-20", "kind": "day_off", "reason": "Decree"}
        )
    assert changes == []


def test_calendar_day_kind_is_validated(db):
    with pytest.raises(ValidationError) as err, db.session() as s:
        deadlines.set_calendar_day(s, {"date": "2026-12-02", "kind": "holiday", "reason": "x"})
    assert err.value.field == "kind"


def test_manual_deadline_is_kept_apart_from_recomputation(db, case):
    debtor_id, proceeding_id = case
    with db.session() as s:
        manual = deadlines.add_manual_deadline(
            s,
            debtor_id,
            {"title": "Statement of defence (set by the judge)", "due_date": "2026-12-10"},
        )
        manual_id = manual.id
        proceedings.add_event(
            s,
            debtor_id,
            {"kind": "court_order_received", "date": "2026-11-20", "proceeding_id": proceeding_id},
        )
    with db.session() as s:
        stats = engine.recompute_all(s)
        deadlines.set_calendar_day(s, {"date": "2026-12-09", "kind": "day_off", "reason": "x"})
    assert stats["created"] == 0
    with db.session() as s:
        manual = s.get(Deadline, manual_id)
        assert (manual.manual, manual.due_date, manual.rule) == (True, date(2026, 12, 10), None)
    with pytest.raises(ValidationError), db.session() as s:
        computed = s.scalar(select(Deadline).where(Deadline.manual.is_(False)))
        deadlines.update_manual_deadline(s, computed.id, {"due_date": "2027-01-01"})


def test_done_keeps_who_and_when_and_reopen_clears_it(db, case):
    debtor_id, proceeding_id = case
    with db.session() as s:
        proceedings.add_event(
            s,
            debtor_id,
            {"kind": "court_order_received", "date": "2026-11-20", "proceeding_id": proceeding_id},
        )
        deadline_id = s.scalar(select(Deadline.id))
    with db.session() as s:
        deadlines.mark_done(s, deadline_id)
    with db.session() as s:
        done = s.get(Deadline, deadline_id)
        assert done.status == "done"
        assert done.done_at is not None
        assert done.done_by.name == "Test Advisor"
        entries = s.scalar(
            select(func.count(AuditEntry.id)).where(
                AuditEntry.entity == "deadline", AuditEntry.entity_id == deadline_id
            )
        )
        assert entries == 2  # created by the engine, marked done
    with db.session() as s:
        deadlines.reopen(s, deadline_id)
    with db.session() as s:
        again = s.get(Deadline, deadline_id)
        assert (again.status, again.done_at, again.done_by_id) == ("open", None, None)


def test_recompute_all_creates_then_finds_nothing_to_do(db, case):
    debtor_id, proceeding_id = case
    with db.session() as s:
        for day in ("2026-01-10", "2026-02-10", "2026-03-10"):
            proceedings.add_event(
                s,
                debtor_id,
                {"kind": "decision_final_form", "date": day, "proceeding_id": proceeding_id},
            )
        s.execute(Deadline.__table__.delete())
    with db.session() as s:
        first = engine.recompute_all(s)
    with db.session() as s:
        second = engine.recompute_all(s)
    assert (first["created"], first["moved"]) == (3, 0)
    assert (second["created"], second["moved"], second["cancelled"]) == (0, 0, 0)
    assert sorted(r[1] for r in _deadlines(db, debtor_id)) == [
        date(2026, 2, 10),
        date(2026, 3, 10),
        date(2026, 4, 10),
    ]
