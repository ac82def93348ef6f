"""Fixtures for the storage tests: a program that knows one more migration than the database."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from debtdesk.db import migrate

PROBE_REVISION = "ffff00000001"
PROBE_TABLE = "zz_probe"

_PROBE_SCRIPT = '''"""test-only probe revision

Revision ID: {revision}
Revises: {down}
"""

import sqlalchemy as sa
from alembic import op

revision = "{revision}"
down_revision = "{down}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table("{table}", sa.Column("id", sa.Integer(), primary_key=True))


def downgrade() -> None:
    op.drop_table("{table}")
'''


@pytest.fixture
def newer_migrations(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    """Make debtdesk ship one more migration than it does, and return the new head.

    The real migrations are copied, a last revision that only creates the table
    ``zz_probe`` is added, and ``debtdesk.db.migrate`` is pointed at the copy.
    A database at the real head is then "older" than the program, whatever
    number of revisions the project has.
    """
    down = migrate.head_revision()
    copy = tmp_path / "migrations"
    shutil.copytree(migrate.MIGRATIONS, copy, ignore=shutil.ignore_patterns("__pycache__"))
    script = _PROBE_SCRIPT.format(revision=PROBE_REVISION, down=down, table=PROBE_TABLE)
    (copy / "versions" / f"2099_12_31_{PROBE_REVISION}_test_only_probe.py").write_text(script)
    monkeypatch.setattr(migrate, "MIGRATIONS", copy)
    assert migrate.head_revision() == PROBE_REVISION
    return PROBE_REVISION
