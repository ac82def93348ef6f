"""Recomputing every deadline in bulk: the same answers as one event at a time, written once."""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from uuid import UUID

import pytest
from sqlalchemy import event, select, update

from debtdesk.deadlines import engine
from debtdesk.deadlines.compute import compute_deadline
from debtdesk.demo import generate
from debtdesk.model import Deadline, Event
from debtdesk.services import debtors, proceedings

ON = date(2026, 11, 30)


@pytest.fixture
def case_with_events(db, today):
    """One case with four trigger events added through the service (the ORM path)."""
    with db.session() as s:
        debtor = debtors.create_debtor(s, {"full_name": "Құрманғазы Әлібек", "city": "Алматы"})
        proceeding = proceedings.create_proceeding(s, debtor.id, {"kind": "claim"})
        ids = {}
        for name, kind, day in (
            ("decision", "decision_final_form", "2026-01-31"),
            ("other", "decision_final_form", "2026-03-02"),
            ("third", "decision_final_form", "2026-04-01"),
            ("order", "court_order_received", "2026-11-20"),
        ):
            ev = proceedings.add_event(
                s, debtor.id, {"kind": kind, "date": day, "proceeding_id": proceeding.id}
            )
            ids[name] = ev.id
        return debtor.id, ids


@contextmanager
def _writes(db) -> Iterator[list[str]]:
    """The INSERT, UPDATE and DELETE statements the database receives meanwhile."""
    seen: list[str] = []

    def listen(conn, cursor, statement, parameters, context, executemany) -> None:
        if statement.lstrip().split(None, 1)[0].upper() in ("INSERT", "UPDATE", "DELETE"):
            seen.append(statement)

    event.listen(db.engine, "before_cursor_execute", listen)
    try:
        yield seen
    finally:
        event.remove(db.engine, "before_cursor_execute", listen)


def _stored(db) -> dict[tuple[int, str], tuple]:
    with db.session() as s:
        return {
            (d.event_id, d.rule): (
                d.due_date,
                d.explanation,
                d.status,
                d.proceeding_id,
                d.debtor_id,
                d.previous_due_date,
                d.version,
                d.uuid,
            )
            for d in s.scalars(select(Deadline).where(Deadline.manual.is_(False)))
        }


def test_bulk_results_equal_the_engine_one_event_at_a_time_on_demo_data(db, today):
    generate(db, 25, seed=3, on=ON)
    with db.session() as s:
        first = engine.recompute_all(s)
    stored = _stored(db)
    with db.session() as s:
        jurisdiction = engine.jurisdiction_of(s)
        calendar = engine.calendar_for(s, jurisdiction)
        events = s.execute(select(Event.id, Event.kind, Event.date, Event.proceeding_id)).all()
    expected = {}
    for ev in events:
        for rule in jurisdiction.rules_for_trigger(ev.kind):
            result = compute_deadline(rule, ev.date, calendar)
            expected[(ev.id, rule.key)] = (result.due, result.to_json(), ev.proceeding_id)
    assert len(expected) > 50 and first["created"] == len(expected) == len(stored)
    assert {k: (v[0], v[1], v[3]) for k, v in stored.items()} == expected
    uuids = [v[7] for v in stored.values()]
    assert len(set(uuids)) == len(uuids)


def test_recompute_where_nothing_changed_writes_nothing(db, today):
    generate(db, 10, seed=5, on=ON)
    with db.session() as s:
        engine.recompute_all(s)
    before = _stored(db)
    with _writes(db) as writes, db.session() as s:
        stats = engine.recompute_all(s)
    assert writes == []
    assert (stats["created"], stats["moved"], stats["updated"], stats["cancelled"]) == (0, 0, 0, 0)
    assert stats["events"] > 0
    assert _stored(db) == before


def test_rows_written_by_advisors_actions_are_not_rewritten(db, case_with_events):
    # The ORM spells the same JSON with other spacing; that is not a change.
    with _writes(db) as writes, db.session() as s:
        stats = engine.recompute_all(s)
    assert writes == [] and stats["updated"] == 0


def test_only_changed_rows_are_written_and_moves_keep_the_old_date(db, case_with_events):
    _debtor_id, ids = case_with_events
    before = _stored(db)
    with db.session() as s:
        # Behind the engine's back, as an import or a rules change would leave things.
        s.execute(update(Event).where(Event.id == ids["decision"]).values(date=date(2026, 2, 10)))
        s.execute(update(Event).where(Event.id == ids["order"]).values(kind="hearing"))
        s.execute(
            update(Deadline)
            .where(Deadline.event_id == ids["other"])
            .values(explanation={"version": 1, "steps": []})
        )
    with _writes(db) as writes, db.session() as s:
        stats = engine.recompute_all(s)
    assert (stats["created"], stats["moved"], stats["updated"], stats["cancelled"]) == (0, 1, 2, 1)
    assert len(writes) == 2  # one executemany of updates, one UPDATE … IN for the cancelled
    after = _stored(db)
    appeal = after[(ids["decision"], "appeal")]
    # 31 January + 1 month = Saturday 28 February → Monday 2 March; now 10 February → 10 March.
    assert (appeal[0], appeal[5]) == (date(2026, 3, 10), date(2026, 3, 2))
    assert appeal[6] == before[(ids["decision"], "appeal")][6] + 1
    assert after[(ids["order"], "court_order_objection")][2] == "cancelled"
    assert after[(ids["other"], "appeal")][1] == before[(ids["other"], "appeal")][1]
    untouched = (ids["third"], "appeal")
    assert after[untouched] == before[untouched]

    # The event triggers again: the cancelled deadline is reopened, not duplicated.
    with db.session() as s:
        s.execute(update(Event).where(Event.id == ids["order"]).values(kind="court_order_received"))
        # And one deadline lost (as a bad import would): made again beside the others.
        s.execute(Deadline.__table__.delete().where(Deadline.event_id == ids["other"]))
    with db.session() as s:
        again = engine.recompute_all(s)
    assert (again["created"], again["updated"], again["cancelled"]) == (1, 1, 0)
    assert _stored(db)[(ids["other"], "appeal")][:2] == before[(ids["other"], "appeal")][:2]
    assert _stored(db)[(ids["order"], "court_order_objection")][2] == "open"
    with db.session() as s:
        assert engine.recompute_all(s)["updated"] == 0


def test_new_deadlines_get_distinct_time_ordered_uuids(db, case_with_events):
    with db.session() as s:
        s.execute(Deadline.__table__.delete())
    with db.session() as s:
        engine.recompute_all(s)
    with db.session() as s:
        first = s.scalars(select(Deadline.uuid).order_by(Deadline.event_id)).all()
        s.execute(Deadline.__table__.delete())
    with db.session() as s:
        engine.recompute_all(s)
    with db.session() as s:
        second = s.scalars(select(Deadline.uuid).order_by(Deadline.event_id)).all()
    for value in first + second:
        parsed = UUID(value)
        assert (parsed.version, parsed.variant) == (7, "specified in RFC 4122")
        assert str(parsed) == value
    assert first == sorted(first) and second == sorted(second)
    assert len(set(first + second)) == len(first) * 2 == 8


def test_bulk_explanations_are_stored_as_json_both_backends_read(db, case_with_events):
    with db.session() as s:
        s.execute(Deadline.__table__.delete())
    with db.session() as s:
        engine.recompute_all(s)
    with db.session() as s:
        explanation = s.scalar(select(Deadline.explanation).limit(1))
    assert explanation["version"] == 1 and explanation["steps"][0]["step"] == "rule"
    json.dumps(explanation)
