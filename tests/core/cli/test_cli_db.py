"""``debtdesk db check`` and ``db upgrade``, on SQLite and on PostgreSQL."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from debtdesk.cli import main
from debtdesk.db import migrate, open_database
from debtdesk.db.engine import make_engine
from debtdesk.errors import SchemaError

PROBE = "ffff0000c11e"

_PROBE_SCRIPT = f'''"""test-only probe

Revision ID: {PROBE}
Revises: {{down}}
"""

import sqlalchemy as sa
from alembic import op

revision = "{PROBE}"
down_revision = "{{down}}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table("zz_cli_probe", sa.Column("id", sa.Integer(), primary_key=True))


def downgrade() -> None:
    op.drop_table("zz_cli_probe")
'''


@pytest.fixture
def newer_program(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    """Make this debtdesk know one migration more than any database has."""
    down = migrate.head_revision()
    copy = tmp_path / "migrations"
    shutil.copytree(migrate.MIGRATIONS, copy, ignore=shutil.ignore_patterns("__pycache__"))
    script = copy / "versions" / f"2099_12_31_{PROBE}_probe.py"
    script.write_text(_PROBE_SCRIPT.format(down=down), encoding="utf-8")
    monkeypatch.setattr(migrate, "MIGRATIONS", copy)
    return down


def test_check_reports_revision_and_counts(run, people) -> None:
    result = run("db", "check")
    assert result.code == 0, result.err
    assert f"revision: {migrate.head_revision()}" in result.out
    report = run("db", "check", "--format", "json").json()
    assert report["status"] == "ok" and report["tables"]["debtor"] == 3
    assert report["tables"]["proceeding"] == 2 and report["backend"] in ("sqlite", "postgresql")


def test_upgrade_creates_the_schema_of_an_empty_database(run, empty_db_url: str) -> None:
    if empty_db_url.startswith("postgresql"):
        before = run("db", "check", database=empty_db_url)
        assert before.code == 1 and "no schema" in before.err
    else:
        before = run("db", "check", database=empty_db_url)
        assert before.code == 1 and "no database at" in before.err
    done = run("db", "upgrade", database=empty_db_url)
    assert done.code == 0, done.err
    assert f"upgraded (empty) → {migrate.head_revision()}" in done.out
    assert run("db", "check", database=empty_db_url).code == 0
    again = run("db", "upgrade", database=empty_db_url)
    assert again.code == 0 and "already at" in again.out


def test_a_schema_behind_the_program_is_reported_then_upgraded(
    run, empty_db_url: str, newer_program: str
) -> None:
    engine = make_engine(empty_db_url)
    try:
        migrate.upgrade(engine, newer_program)  # the schema of the previous release
    finally:
        engine.dispose()
    behind = run("db", "check", database=empty_db_url)
    assert behind.code == 1
    assert behind.err == (
        f"debtdesk: error: the schema is out of date ({newer_program} < {PROBE}): "
        "run 'debtdesk db upgrade'\n"
    )
    if empty_db_url.startswith("postgresql"):  # a server is never upgraded on open
        with pytest.raises(SchemaError):
            open_database(empty_db_url)
    done = run("db", "upgrade", database=empty_db_url)
    assert done.code == 0, done.err
    assert f"upgraded {newer_program} → {PROBE}" in done.out
    if empty_db_url.startswith("sqlite"):
        assert "backup before upgrading" in done.out
    assert run("db", "check", database=empty_db_url).code == 0


def test_a_newer_schema_is_never_touched(run, db_url: str) -> None:
    head = migrate.head_revision()
    engine = make_engine(db_url)
    try:
        with engine.begin() as conn:  # as if a later debtdesk had upgraded the database
            conn.exec_driver_sql("UPDATE alembic_version SET version_num = 'fffffffff999'")
        result = run("db", "upgrade")
        assert result.code == 1 and "newer than this debtdesk knows" in result.err
        check = run("db", "check")
        assert check.code == 1 and "update debtdesk" in check.err
    finally:
        with engine.begin() as conn:
            conn.exec_driver_sql(f"UPDATE alembic_version SET version_num = '{head}'")
        engine.dispose()


@pytest.mark.parametrize(
    ("url", "words"),
    [
        ("mysql://somewhere/db", "database: unsupported database mysql"),
        ("postgresql://nobody@127.0.0.1:1/none", "cannot open the database"),
    ],
)
def test_a_bad_url_is_one_line(capsys: pytest.CaptureFixture[str], url: str, words: str) -> None:
    assert main(["--database", url, "db", "check"]) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"debtdesk: error: {words}") and err.count("\n") == 1
