"""A database written by a newer debtdesk: readable, never written."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import func, insert, select, text

from debtdesk.db import Database, migrate, open_database
from debtdesk.db.engine import make_engine
from debtdesk.errors import SchemaError
from debtdesk.model import Advisor

UNKNOWN_REVISION = "f00dfacef00d"


def set_revision(url: str, revision: str) -> None:
    engine = make_engine(url)
    try:
        with engine.begin() as conn:
            conn.execute(text("UPDATE alembic_version SET version_num = :r"), {"r": revision})
    finally:
        engine.dispose()


@pytest.fixture
def newer_db(db_url: str) -> Iterator[Database]:
    with open_database(db_url).session() as s:  # one row to read back
        s.add(Advisor(name="Aigerim"))
    set_revision(db_url, UNKNOWN_REVISION)
    db = open_database(db_url, advisor="Test Advisor")
    try:
        yield db
    finally:
        db.dispose()
        set_revision(db_url, migrate.head_revision())  # the pg database is shared


def count_advisors(db: Database) -> int:
    with db.session() as s:
        return s.scalar(select(func.count()).select_from(Advisor)) or 0


def test_newer_schema_opens_read_only_and_says_why(newer_db: Database) -> None:
    assert newer_db.read_only_reason is not None
    assert UNKNOWN_REVISION in newer_db.read_only_reason
    assert "newer" in newer_db.read_only_reason


def test_reads_work_on_a_newer_schema(newer_db: Database) -> None:
    with newer_db.session() as s:
        assert list(s.scalars(select(Advisor.name))) == ["Aigerim"]


def test_orm_writes_are_refused_on_a_newer_schema(newer_db: Database) -> None:
    with pytest.raises(SchemaError, match="newer"), newer_db.session() as s:
        s.add(Advisor(name="Bolat"))
    with pytest.raises(SchemaError), newer_db.session() as s:
        s.scalars(select(Advisor)).one().phone = "+7 701 000 00 00"
    with pytest.raises(SchemaError), newer_db.session() as s:
        s.delete(s.scalars(select(Advisor)).one())
    with newer_db.session() as s:
        advisor = s.scalars(select(Advisor)).one()
        assert (advisor.name, advisor.phone) == ("Aigerim", None)


def test_newer_schema_is_not_upgraded_or_downgraded(newer_db: Database) -> None:
    with newer_db.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar() == (
            UNKNOWN_REVISION
        )


def test_core_writes_are_refused_on_a_newer_schema(newer_db: Database) -> None:
    with pytest.raises(SchemaError), newer_db.session() as s:
        s.execute(
            insert(Advisor).values(
                name="Core",
                uuid="u-core",
                active=True,
                version=1,
                created_at=func.now(),
                updated_at=func.now(),
            )
        )
    assert count_advisors(newer_db) == 1
