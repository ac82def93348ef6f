"""Two advisors on one database save the same record: the second gets a conflict, never
overwrites.

Each advisor has a ``Database`` of their own (own engine, own connections): on
SQLite two connections to one file, on PostgreSQL two server sessions. Covered
here: an event of a case and a deadline marked done, both ways a save can be
stale (the form's ``expected_version``, and a live session holding the row while
the other advisor commits). The debtor and the loan are covered the same way in
``tests/core/services/test_conflicts.py``; two printers taking outgoing numbers
at once in ``tests/core/documents/test_register.py`` (two connections each).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from sqlalchemy import select
from sqlalchemy.orm.exc import StaleDataError

from debtdesk.db import Database, open_database
from debtdesk.errors import ConflictError
from debtdesk.model import Deadline, Event
from debtdesk.services import deadlines, debtors, proceedings

ASEL = "Асель Нурланқызы"
BOLAT = "Болат Ержанұлы"


@pytest.fixture
def advisors(db: Database) -> Iterator[tuple[Database, Database]]:
    """Asel and Bolat, each with their own engine on the test database."""
    a = open_database(db.url, advisor=ASEL)
    b = open_database(db.url, advisor=BOLAT)
    try:
        yield a, b
    finally:
        a.dispose()
        b.dispose()


@pytest.fixture
def case(db: Database, today) -> dict[str, int]:
    """A case with a hearing and a decision in final form (which gives an appeal deadline)."""
    with db.session() as s:
        debtor = debtors.create_debtor(s, {"full_name": "Жанар Төлеуова", "city": "Шымкент"})
        hearing = proceedings.add_event(s, debtor.id, {"kind": "hearing", "date": "2026-12-10"})
        proceedings.add_event(s, debtor.id, {"kind": "decision_final_form", "date": "2026-11-25"})
        s.flush()
        deadline = s.scalar(
            select(Deadline).where(Deadline.debtor_id == debtor.id, Deadline.rule.is_not(None))
        )
        assert deadline is not None, "the decision must trigger a deadline"
        return {"debtor": debtor.id, "event": hearing.id, "deadline": deadline.id}


def _version(db: Database, model: type, record_id: int) -> int:
    with db.session() as s:
        return s.get(model, record_id).version


Save = Callable[..., object]


def _event_save(value: str) -> Save:
    def save(s, case, **kw):
        return proceedings.update_event(s, case["event"], {"place": value}, **kw)

    return save


def _done(s, case, **kw):
    return deadlines.mark_done(s, case["deadline"], **kw)


def _missed(s, case, **kw):
    return deadlines.mark_missed(s, case["deadline"], **kw)


EDITS = {
    "event": (Event, "event", _event_save("зал 5"), _event_save("зал 7")),
    "deadline-done": (Deadline, "deadline", _done, _done),
    "deadline-done-vs-missed": (Deadline, "deadline", _done, _missed),
}


@pytest.mark.parametrize("edit", list(EDITS))
def test_a_stale_form_gets_a_conflict(db, advisors, case, edit):
    model, key, first, second = EDITS[edit]
    asel, bolat = advisors
    read = _version(asel, model, case[key])
    assert _version(bolat, model, case[key]) == read  # both open the form
    with asel.session() as s:
        first(s, case, expected_version=read)
    saved = _snapshot(db, model, case[key])
    with pytest.raises(ConflictError) as info, bolat.session() as s:
        second(s, case, expected_version=read)
    assert info.value.entity == model.__tablename__
    assert info.value.changed_by == ASEL and info.value.fields
    assert _snapshot(db, model, case[key]) == saved  # Asel's save stands, untouched


@pytest.mark.parametrize("edit", list(EDITS))
def test_two_live_sessions_the_second_save_conflicts(db, advisors, case, edit):
    """No version given: Bolat's session holds the row; Asel commits; Bolat's write is caught
    by the version column in the UPDATE itself."""
    model, key, first, second = EDITS[edit]
    asel, bolat = advisors
    with pytest.raises(ConflictError) as info, bolat.session() as b:
        held = b.get(model, case[key])
        with asel.session() as a:
            first(a, case)
        saved = _snapshot(db, model, case[key])
        assert held.version == saved["version"] - 1  # stale, and Bolat does not know it
        second(b, case)
    if isinstance(info.value.__cause__, StaleDataError):  # caught by the UPDATE's version
        assert info.value.changed_by == ASEL
    assert _snapshot(db, model, case[key]) == saved


def _snapshot(db: Database, model: type, record_id: int) -> dict[str, object]:
    with db.engine.connect() as conn:
        row = conn.execute(select(model.__table__).where(model.__table__.c.id == record_id))
        return dict(row.mappings().one())
