"""Schema migrations with Alembic, run from code (no alembic.ini to find).

SQLite files are upgraded on open after a backup; PostgreSQL only by an
explicit ``debtdesk db upgrade``, since one server serves many laptops.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine

MIGRATIONS = Path(__file__).resolve().parent / "migrations"


# Objects built by hand-written migrations that the ORM model does not describe
# (0002's trigram search index: an FTS5 table and its shadow tables on SQLite, a
# GIN index on PostgreSQL). Autogenerate and the models-vs-migrations test skip
# them, or they would propose dropping the search index.
UNMODELLED_PREFIXES = ("debtor_search", "ix_debtor_search_trgm")


def is_modelled(
    obj: object, name: str | None, type_: str, reflected: bool, _compare_to: object
) -> bool:
    """Alembic ``include_object`` hook: False for the hand-built search index objects."""
    return not (reflected and name is not None and name.startswith(UNMODELLED_PREFIXES))


def alembic_config(connection: Connection | None = None) -> Config:
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
    cfg = Config()
    cfg.set_main_option("script_location", str(location))
    return ScriptDirectory.from_config(cfg)


def head_revision() -> str:
    head = script_directory().get_current_head()
    assert head is not None
    return head


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
        current = MigrationContext.configure(conn).get_current_revision()
    script = script_directory()
    known = current is None
    if current is not None:
        try:
            known = script.get_revision(current) is not None
        except Exception:  # alembic raises several kinds for unknown ids
            known = False
    return SchemaState(current=current, head=head_revision(), known=known)


def upgrade(engine: Engine, revision: str = "head") -> None:
    with engine.begin() as conn:
        command.upgrade(alembic_config(conn), revision)
