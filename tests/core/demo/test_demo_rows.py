"""The bulk writer stores exactly what a Core ``insert(table)`` would (types' bind processing)."""

from __future__ import annotations

import uuid
from datetime import date, datetime, time
from decimal import Decimal
from random import Random
from typing import Any

import pytest
from sqlalchemy import Table, insert, select, text

from debtdesk.db import Database
from debtdesk.demo.rows import Writers, new_uuid
from debtdesk.model import Advisor, Debtor, Event, Loan, Property

NOW = datetime(2026, 11, 30, 5, 30)


def test_new_uuid_is_uuid4_from_the_stream() -> None:
    a, b = Random(42), Random(42)
    for _ in range(200):
        assert new_uuid(a) == str(uuid.UUID(int=b.getrandbits(128), version=4))


def _stamp(row_id: int, **values: Any) -> dict[str, Any]:
    return {
        "id": row_id,
        "uuid": f"00000000-0000-4000-8000-{row_id:012d}",
        "created_at": NOW,
        "updated_at": NOW,
        "version": 1,
        **values,
    }


def _rows(offset: int) -> list[tuple[Table, list[dict[str, Any]]]]:
    """One row per tricky type: Fixed money and rates, dates, times, JSON, booleans."""
    debtor = _stamp(
        offset + 1,
        full_name="Құрманғазы Әлібек",
        name_key="курмангазы алибек",
        search_text="курмангазы алибек | 7514-23-00-2/273",
        iin=None,
        phone="+77011234567",
        address=None,
        city="Алматы",
        language="kk",
        problem_kind="mortgage",
        household_size=4,
        minors=2,
        vulnerable_status="none",
        consent_date=date(2026, 1, 15),
        advisor_id=None,
        status="open",
        tags=["demo", "единственное жильё"],
        notes=None,
    )
    loan = _stamp(
        offset + 1,
        debtor_id=offset + 1,
        creditor_id=None,
        contract_no="ИЗ-0710/88064",
        contract_date=date(2007, 10, 25),
        currency="USD",
        principal=Decimal("60500.00"),
        rate=Decimal("14.25"),
        term_months=240,
        schedule_kind="annuity",
        collateral=None,
    )
    home = _stamp(
        offset + 1,
        debtor_id=offset + 1,
        address="г. Алматы, ул. Абая, д. 12, кв. 34",
        kind="apartment",
        area=Decimal("54.3"),
        sole_home=True,
        unfinished=False,
        residents=4,
        minors=2,
    )
    hearing = _stamp(
        offset + 1,
        debtor_id=offset + 1,
        proceeding_id=None,
        kind="hearing",
        date=date(2026, 12, 3),
        time=time(9, 30),
        place="зал №5",
        attendees="Айгүл С.",
        notes=None,
    )
    return [
        (Debtor.__table__, [debtor]),
        (Loan.__table__, [loan]),
        (Property.__table__, [home]),
        (Event.__table__, [hearing]),
    ]


def test_writer_rows_equal_core_insert_rows(db: Database) -> None:
    writers = Writers(db.engine.dialect)
    with db.engine.begin() as conn:
        for table, rows in _rows(0):
            conn.execute(insert(table), [dict(r) for r in rows])
        for table, rows in _rows(100):
            writers.insert(conn, table, [dict(r) for r in rows])
    with db.engine.connect() as conn:
        for table, _written in _rows(0):
            names = [c.name for c in table.c if c.name not in ("id", "uuid", "debtor_id")]
            raw = conn.execute(text(f"SELECT {', '.join(names)} FROM {table.name} ORDER BY id"))
            core, ours = raw.all()
            assert dict(zip(names, core, strict=True)) == dict(zip(names, ours, strict=True))
        # Money and areas are stored as scaled integers, as the Fixed type does.
        assert conn.execute(text("SELECT principal, rate FROM loan WHERE id = 101")).one() == (
            6050000,
            142500,
        )
        assert conn.execute(text("SELECT area FROM property WHERE id = 101")).scalar() == 5430


def test_writer_refuses_rows_missing_a_column(sqlite_db: Database) -> None:
    writers = Writers(sqlite_db.engine.dialect)
    row = _stamp(1, name="Айгүл С. (демо)", local_group=None, phone=None)  # no "active"
    with sqlite_db.engine.begin() as conn, pytest.raises(AssertionError, match="active"):
        writers.insert(conn, Advisor.__table__, [row])
    with sqlite_db.engine.connect() as conn:
        assert conn.execute(select(Advisor.id)).all() == []
