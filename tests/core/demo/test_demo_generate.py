"""``generate`` on both backends: reproducible, atomic, and safe for later inserts."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from debtdesk.db import Database, open_database
from debtdesk.demo import generate
from debtdesk.errors import SchemaError, ValidationError
from debtdesk.model import Advisor, Base, Court, Creditor, Debtor, ExchangeRate
from debtdesk.services.debtors import create_debtor
from debtdesk.services.proceedings import add_event, create_proceeding

ON = date(2026, 11, 30)


def dump(db: Database) -> dict[str, list[tuple[Any, ...]]]:
    """Every table's rows in id order (the demo audit line's real time left out)."""
    out: dict[str, list[tuple[Any, ...]]] = {}
    with db.engine.connect() as conn:
        for table in Base.metadata.sorted_tables:
            columns = [c for c in table.c if (table.name, c.name) != ("audit_entry", "at")]
            rows = conn.execute(select(*columns).order_by(table.c.id))
            out[table.name] = [tuple(row) for row in rows]
    return out


@pytest.fixture
def fresh_sqlite(tmp_path: Path) -> Iterator[Database]:
    db = open_database(f"sqlite:///{tmp_path}/other.sqlite3", advisor="Test Advisor")
    try:
        yield db
    finally:
        db.dispose()


def test_same_seed_and_day_give_identical_rows_ids_included(
    db: Database, fresh_sqlite: Database
) -> None:
    # db is SQLite or PostgreSQL; the copy is always SQLite: the data is the same.
    assert generate(db, 60, seed=3, on=ON) == 60
    assert generate(fresh_sqlite, 60, seed=3, on=ON) == 60
    first, second = dump(db), dump(fresh_sqlite)
    assert first.keys() == second.keys()
    for table in first:
        assert first[table] == second[table], table
    assert len(first["debtor"]) == 60
    with db.session() as s:
        assert s.scalar(select(func.min(Debtor.id))) == 1


def test_another_seed_or_day_gives_other_people(db: Database, fresh_sqlite: Database) -> None:
    generate(db, 30, seed=1, on=ON)
    generate(fresh_sqlite, 30, seed=2, on=ON)
    with db.session() as s, fresh_sqlite.session() as t:
        ours = s.scalars(select(Debtor.iin).order_by(Debtor.id)).all()
        theirs = t.scalars(select(Debtor.iin).order_by(Debtor.id)).all()
        assert ours != theirs
        # The shared institutions are the same whatever the seed.
        assert (
            s.scalars(select(Court.uuid).order_by(Court.id)).all()
            == t.scalars(select(Court.uuid).order_by(Court.id)).all()
        )


def test_a_second_run_adds_new_people_and_reuses_institutions(db: Database) -> None:
    generate(db, 40, seed=1, on=ON)

    def counts() -> tuple[int, ...]:
        with db.session() as s:
            return tuple(
                s.scalar(select(func.count()).select_from(m))
                for m in (Advisor, Creditor, Court, ExchangeRate, Debtor)
            )

    before = counts()
    generate(db, 40, seed=1, on=ON)  # same seed: still new people (no UUID clash)
    after = counts()
    assert after[:4] == before[:4]
    assert after[4] == 80
    with db.session() as s:
        assert s.scalar(select(func.count(func.distinct(Debtor.iin)))) == 80


def test_the_orm_inserts_after_demo_rows_without_collisions(db: Database) -> None:
    generate(db, 25, seed=5, on=ON)
    with db.session() as s:
        highest = s.scalar(select(func.max(Debtor.id)))
        debtor = create_debtor(s, {"full_name": "Новый Человек Тестович"})
        assert debtor.id == highest + 1
        proceeding = create_proceeding(s, debtor.id, {"kind": "claim", "case_no": "2-1/2026"})
        add_event(s, debtor.id, {"proceeding_id": proceeding.id, "kind": "hearing", "date": ON})


def test_progress_is_reported_per_chunk_and_can_cancel(db: Database) -> None:
    calls: list[tuple[int, int]] = []
    generate(db, 12, seed=1, on=ON, progress=lambda done, total: calls.append((done, total)))
    assert calls == [(0, 12), (12, 12)]
    before = dump(db)

    def cancel(done: int, total: int) -> None:
        if done:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        generate(db, 5, seed=9, on=ON, progress=cancel)
    after = dump(db)
    assert after == before  # one transaction: nothing of the cancelled run is left


@pytest.mark.parametrize(
    ("cases", "on", "field"),
    [(-1, ON, "cases"), (True, ON, "cases"), (10**7, ON, "cases"), (5, date(2016, 5, 1), "on")],
)
def test_bad_arguments_are_refused(sqlite_db: Database, cases: Any, on: date, field: str) -> None:
    with pytest.raises(ValidationError) as refused:
        generate(sqlite_db, cases, on=on)
    assert refused.value.field == field


def test_zero_cases_write_nothing(sqlite_db: Database) -> None:
    assert generate(sqlite_db, 0, on=ON) == 0
    assert all(rows == [] for rows in dump(sqlite_db).values())


def test_a_read_only_database_is_refused(sqlite_db: Database) -> None:
    sqlite_db.read_only_reason = "newer schema"
    with pytest.raises(SchemaError, match="newer schema"):
        generate(sqlite_db, 3, on=ON)


def test_today_is_the_default_day(sqlite_db: Database, today: date) -> None:
    generate(sqlite_db, 5, seed=1)
    with sqlite_db.session() as s:
        assert s.scalar(select(func.max(ExchangeRate.date))) == date(2026, 11, 1)
