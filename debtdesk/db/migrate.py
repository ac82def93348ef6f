"""Schema migrations with Alembic, run from code (no alembic.ini to find).

SQLite files are upgraded on open after a backup; PostgreSQL only by an
explicit ``debtdesk db upgrade``, since one server serves many laptops.

Opening an up-to-date database must not cost the import of Alembic (about
0.3 s on an old laptop, more than the rest of the start-up's database work):
the revision ids and the head come from the file names of the shipped
migrations (``YYYY_MM_DD_<rev>_<slug>.py``, one straight line in date order —
``tests/core/db/test_db_migrations.py`` holds both to that and checks these
answers against Alembic's), and the database's revision is read with one
SELECT. Alembic is imported only to upgrade.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from alembic.config import Config
    from alembic.script import ScriptDirectory
    from sqlalchemy import Connection, Engine

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
_REVISION_FILE = re.compile(r"^\d{4}_\d{2}_\d{2}_([0-9A-Za-z]+)_\w+\.py$")


# Objects built by hand-written migrations that the ORM model does not describe
# (0002's trigram search index: an FTS5 table and its shadow tables on SQLite, a
# GIN index on PostgreSQL; the register's covering date indexes). Autogenerate and
# the models-vs-migrations test skip them, or they would propose dropping them.
UNMODELLED_PREFIXES = (
    "debtor_search",
    "ix_debtor_search_trgm",
    "ix_event_kind_date_debtor",
    "ix_deadline_status_due_debtor",
)


def is_modelled(
    obj: object, name: str | None, type_: str, reflected: bool, _compare_to: object
) -> bool:
    """Alembic ``include_object`` hook: False for the hand-built search index objects."""
    return not (reflected and name is not None and name.startswith(UNMODELLED_PREFIXES))


def alembic_config(connection: Connection | None = None) -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    # Date-prefixed revision files sort in the order they were written.
    cfg.set_main_option("file_template", "%%(year)d_%%(month).2d_%%(day).2d_%%(rev)s_%%(slug)s")
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


def script_directory() -> ScriptDirectory:
    """The shipped migrations, read once per process (reading them costs ~50 ms)."""
    return _script_directory(MIGRATIONS)


@lru_cache(maxsize=4)
def _script_directory(location: Path) -> ScriptDirectory:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    cfg = Config()
    cfg.set_main_option("script_location", str(location))
    return ScriptDirectory.from_config(cfg)


def shipped_revisions() -> tuple[str, ...]:
    """The revision ids of the shipped migrations, oldest first (from their file names)."""
    return _revisions(MIGRATIONS)


@lru_cache(maxsize=4)
def _revisions(location: Path) -> tuple[str, ...]:
    names = sorted(p.name for p in (location / "versions").glob("*.py"))
    return tuple(m.group(1) for name in names if (m := _REVISION_FILE.match(name)))


def head_revision() -> str:
    return shipped_revisions()[-1]


def current_revision(conn: Connection) -> str | None:
    """The revision the database says it is at (None: no schema yet)."""
    from sqlalchemy import inspect, text

    if not inspect(conn).has_table("alembic_version"):
        return None
    return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


@dataclass(frozen=True)
class SchemaState:
    """Where a database stands against the migrations this program ships."""

    current: str | None  # None: no schema yet (empty database)
    head: str
    known: bool  # False: a newer program wrote a revision we do not know

    @property
    def up_to_date(self) -> bool:
        return self.current == self.head

    @property
    def newer(self) -> bool:
        return self.current is not None and not self.known


def schema_state(engine: Engine) -> SchemaState:
    with engine.connect() as conn:
        current = current_revision(conn)
    known = current is None or current in shipped_revisions()
    return SchemaState(current=current, head=head_revision(), known=known)


def upgrade(engine: Engine, revision: str = "head") -> None:
    from alembic import command

    with engine.begin() as conn:
        command.upgrade(alembic_config(conn), revision)
