"""The model's PostgreSQL-only index options: left out of a SQLite start, there for PostgreSQL.

``ix_debtor_search`` lists names in code point order on PostgreSQL (``COLLATE
"C"``). The option is added by ``add_postgresql_options`` rather than written
in the ``Index``, so importing the model does not import the PostgreSQL
dialect; these tests hold the other half: whoever makes DDL for PostgreSQL
gets the collation.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from sqlalchemy import Index
from sqlalchemy.dialects import postgresql
from sqlalchemy.schema import CreateIndex

from debtdesk.db.database import open_database
from debtdesk.db.engine import make_engine
from debtdesk.db.migrate import MIGRATIONS
from debtdesk.model import Base


def _search_index() -> Index:
    return next(i for i in Base.metadata.tables["debtor"].indexes if i.name == "ix_debtor_search")


def test_a_postgresql_engine_gives_the_search_index_its_collation() -> None:
    index = _search_index()
    index.dialect_options["postgresql"]["ops"] = {}  # as imported (an earlier engine set it)
    assert "COLLATE" not in str(CreateIndex(index).compile(dialect=postgresql.dialect()))
    make_engine("postgresql+psycopg://nobody@127.0.0.1:1/none").dispose()  # connects lazily
    ddl = str(CreateIndex(index).compile(dialect=postgresql.dialect()))
    assert 'name_key COLLATE "C"' in ddl


def test_the_shipped_migration_creates_the_index_with_the_collation() -> None:
    (initial,) = (MIGRATIONS / "versions").glob("*_0001_*.py")
    text = initial.read_text(encoding="utf-8")
    start = text.index('"ix_debtor_search"')
    assert 'postgresql_ops={"name_key": \'COLLATE "C"\'}' in text[start : start + 300]


def test_importing_the_model_and_opening_sqlite_does_not_load_the_postgresql_dialect(
    tmp_path: Path,
) -> None:
    url = "sqlite:///" + str(tmp_path / "d.sqlite3")
    open_database(url, advisor="Test").dispose()  # the schema made here (Alembic), not there
    script = f"""
import sys
import debtdesk.model
from debtdesk.db.database import open_database
db = open_database({url!r}, advisor="Test")
db.dispose()
print(sorted(m for m in sys.modules if m.startswith("sqlalchemy.dialects.postgresql")))
"""
    done = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=Path(__file__).resolve().parents[3],
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().splitlines()[-1] == "[]"
