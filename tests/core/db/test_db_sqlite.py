"""SQLite storage: durable pragmas, and a backup with the backup API before any upgrade."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import inspect, select

from debtdesk.db import Database, migrate, open_database
from debtdesk.db.backup import backup_sqlite
from debtdesk.db.engine import make_engine
from debtdesk.model import Advisor


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{path}"


def revision_of(path: Path) -> str:
    with sqlite3.connect(path) as conn:
        return conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]


def test_pragmas_hold_on_every_connection(sqlite_db: Database) -> None:
    # Two connections at once: the pool must set the pragmas on each, not once.
    with sqlite_db.engine.connect() as one, sqlite_db.engine.connect() as two:
        for conn in (one, two):
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL


def test_new_file_gets_the_schema_without_a_backup(tmp_path: Path) -> None:
    path = tmp_path / "sub" / "new.sqlite3"
    db = open_database(sqlite_url(path))
    try:
        assert db.migration_backup is None
        assert db.read_only_reason is None
        assert "advisor" in inspect(db.engine).get_table_names()
    finally:
        db.dispose()
    assert revision_of(path) == migrate.head_revision()
    assert not (path.parent / "backups").exists()


def test_up_to_date_file_opens_without_a_backup(sqlite_url: str) -> None:
    db = open_database(sqlite_url)
    try:
        assert db.migration_backup is None
    finally:
        db.dispose()
    assert db.path is not None
    assert not (db.path.parent / "backups").exists()


def test_older_file_is_backed_up_with_its_wal_before_the_upgrade(
    tmp_path: Path, newer_migrations: str
) -> None:
    path = tmp_path / "older.sqlite3"
    old_head = migrate.script_directory().get_revision(newer_migrations).down_revision
    engine = make_engine(sqlite_url(path))
    migrate.upgrade(engine, old_head)
    with engine.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO advisor (name, active, uuid, created_at, updated_at, version)"
            " VALUES ('checkpointed', 1, 'u-1', '2026-11-30', '2026-11-30', 1)"
        )
    engine.dispose()
    # A row that only the WAL holds: another program keeps the file open and
    # never checkpoints. A plain copy of the main file would lose it.
    keeper = sqlite3.connect(path)
    try:
        keeper.execute("PRAGMA wal_autocheckpoint=0")
        keeper.execute(
            "INSERT INTO advisor (name, active, uuid, created_at, updated_at, version)"
            " VALUES ('only-in-wal', 1, 'u-2', '2026-11-30', '2026-11-30', 1)"
        )
        keeper.commit()

        db = open_database(sqlite_url(path))
        try:
            backup = db.migration_backup
            assert backup is not None
            assert backup.parent == path.parent / "backups"
            assert db.read_only_reason is None
            with db.session() as s:
                names = set(s.scalars(select(Advisor.name)))
            assert names == {"checkpointed", "only-in-wal"}
        finally:
            db.dispose()
    finally:
        keeper.close()

    assert revision_of(path) == newer_migrations
    assert revision_of(backup) == old_head
    with sqlite3.connect(backup) as conn:
        rows = {r[0] for r in conn.execute("SELECT name FROM advisor")}
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert rows == {"checkpointed", "only-in-wal"}
    assert "zz_probe" not in tables


def test_backup_api_copies_what_is_still_in_the_wal(tmp_path: Path) -> None:
    source = tmp_path / "wal.sqlite3"
    writer = sqlite3.connect(source)
    try:
        writer.execute("PRAGMA journal_mode=WAL")
        writer.execute("PRAGMA wal_autocheckpoint=0")
        writer.execute("CREATE TABLE t (n INTEGER)")
        writer.executemany("INSERT INTO t VALUES (?)", [(n,) for n in range(100)])
        writer.commit()
        assert Path(f"{source}-wal").stat().st_size > 0

        plain = tmp_path / "plain-copy.sqlite3"
        shutil.copyfile(source, plain)
        backup = backup_sqlite(source, tmp_path / "backups" / "backup.sqlite3")
    finally:
        writer.close()

    # Why the backup API: the main file alone does not have the rows yet.
    with sqlite3.connect(plain) as conn:
        try:
            plain_rows = conn.execute("SELECT count(*) FROM t").fetchone()[0]
        except sqlite3.OperationalError:  # no such table: it was all in the WAL
            plain_rows = None
    assert plain_rows != 100
    with sqlite3.connect(backup) as conn:
        assert conn.execute("SELECT count(*) FROM t").fetchone()[0] == 100
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert not backup.with_name(backup.name + ".part").exists()


def test_backup_never_overwrites(tmp_path: Path) -> None:
    source = tmp_path / "a.sqlite3"
    sqlite3.connect(source).close()
    dest = tmp_path / "b.sqlite3"
    dest.write_bytes(b"keep me")
    with pytest.raises(FileExistsError):
        backup_sqlite(source, dest)
    assert dest.read_bytes() == b"keep me"
