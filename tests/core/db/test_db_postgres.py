"""A shared PostgreSQL database is only ever migrated by `debtdesk db upgrade`."""

from __future__ import annotations

import pytest
from sqlalchemy import inspect, text

from debtdesk.db import migrate, open_database
from debtdesk.db.engine import make_engine
from debtdesk.errors import SchemaError


def tables(url: str) -> set[str]:
    engine = make_engine(url)
    try:
        return set(inspect(engine).get_table_names())
    finally:
        engine.dispose()


def upgrade(url: str, revision: str = "head") -> None:
    engine = make_engine(url)
    try:
        migrate.upgrade(engine, revision)
    finally:
        engine.dispose()


def test_empty_database_is_refused_and_left_empty(empty_pg_url: str) -> None:
    with pytest.raises(SchemaError, match="debtdesk db upgrade"):
        open_database(empty_pg_url)
    assert tables(empty_pg_url) == set()


def test_tables_without_a_revision_are_out_of_date(empty_pg_url: str) -> None:
    upgrade(empty_pg_url)
    engine = make_engine(empty_pg_url)
    try:
        with engine.begin() as conn:
            conn.execute(text("DELETE FROM alembic_version"))
    finally:
        engine.dispose()
    with pytest.raises(SchemaError, match="debtdesk db upgrade"):
        open_database(empty_pg_url)


def test_older_revision_is_refused_until_upgraded(empty_pg_url: str, newer_migrations: str) -> None:
    old_head = migrate.script_directory().get_revision(newer_migrations).down_revision
    upgrade(empty_pg_url, old_head)
    with pytest.raises(SchemaError, match="debtdesk db upgrade") as refused:
        open_database(empty_pg_url)
    assert str(old_head) in str(refused.value)
    assert "zz_probe" not in tables(empty_pg_url)  # nothing was migrated on open

    upgrade(empty_pg_url)  # what `debtdesk db upgrade` does
    db = open_database(empty_pg_url)
    try:
        assert db.read_only_reason is None
        assert "zz_probe" in tables(empty_pg_url)
    finally:
        db.dispose()


def test_upgraded_database_opens_read_write(empty_pg_url: str) -> None:
    upgrade(empty_pg_url)
    db = open_database(empty_pg_url, advisor="Test Advisor")
    try:
        assert db.read_only_reason is None
        assert db.migration_backup is None
        assert not db.is_sqlite
    finally:
        db.dispose()
