"""search index: trigram lookup for the register's substring search

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-30 12:00:00

Written by hand, not generated: what it builds is not in the ORM model, so
regenerating ``0001`` from the model leaves it alone (move this file aside while
regenerating, since it names ``0001`` as its parent).

The register finds a case by any fragment of its folded name, IIN, phone or case
number: ``debtor.search_text LIKE '%fragment%'``. Without help that reads every
case at each keystroke. This adds a trigram index of ``search_text``:

- SQLite: an FTS5 table with the ``trigram`` tokenizer over ``debtor``
  (external content: it stores the index only), kept in step by three triggers.
  ``detail='full'`` keeps trigram positions, so a phrase query answers "holds
  this substring" from the index alone (about 0.5 ms for 800 hits in 20,000
  cases; ``detail='none'`` must read every candidate row: 20 ms). About 280
  bytes a case. ``services.cases`` asks it for candidates and still applies the
  ``LIKE``, so its answers never depend on the index.
  Note for later migrations: a batch ``ALTER`` of ``debtor`` on SQLite rebuilds the
  table and drops these triggers; such a migration must run ``_create_sqlite``'s
  trigger statements again.
- PostgreSQL: a ``pg_trgm`` GIN index, which serves the same ``LIKE`` directly.
  Creating the extension needs the right to; without it the register works,
  only slower, and a warning says why.

Also, on both databases, the date indexes the register sorts by next hearing,
next deadline and urgency walk (``services.cases._ids_by_date``), with the
debtor's id in them: reading the earliest rows' debtors then never visits the
wide event and deadline tables (a sort without text took 1-3 s at 100,000 cases
without them, about 20-100 ms with).
"""

import logging
from collections.abc import Sequence

from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

log = logging.getLogger(__name__)

SQLITE_TABLE = "debtor_search"
PG_INDEX = "ix_debtor_search_trgm"
DATE_INDEXES = (
    ("ix_event_kind_date_debtor", "event", "kind, date, debtor_id"),
    ("ix_deadline_status_due_debtor", "deadline", "status, due_date, debtor_id"),
)

_SQLITE_TRIGGERS = (
    """
    CREATE TRIGGER debtor_search_insert AFTER INSERT ON debtor BEGIN
        INSERT INTO debtor_search (rowid, search_text) VALUES (new.id, new.search_text);
    END
    """,
    """
    CREATE TRIGGER debtor_search_delete AFTER DELETE ON debtor BEGIN
        INSERT INTO debtor_search (debtor_search, rowid, search_text)
        VALUES ('delete', old.id, old.search_text);
    END
    """,
    """
    CREATE TRIGGER debtor_search_update AFTER UPDATE OF search_text ON debtor BEGIN
        INSERT INTO debtor_search (debtor_search, rowid, search_text)
        VALUES ('delete', old.id, old.search_text);
        INSERT INTO debtor_search (rowid, search_text) VALUES (new.id, new.search_text);
    END
    """,
)


def _create_sqlite() -> None:
    op.execute(
        "CREATE VIRTUAL TABLE debtor_search USING fts5("
        "search_text, content='debtor', content_rowid='id', "
        "tokenize='trigram', detail='full')"
    )
    # Index the cases already there (a file made before this revision).
    op.execute("INSERT INTO debtor_search (debtor_search) VALUES ('rebuild')")
    for statement in _SQLITE_TRIGGERS:
        op.execute(statement)


def _create_pg() -> None:
    bind = op.get_bind()
    savepoint = bind.begin_nested()
    try:
        bind.exec_driver_sql("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    except Exception as exc:  # no right to create extensions, or pg_trgm not installed
        savepoint.rollback()
        log.warning("no trigram index for the case search (pg_trgm unavailable: %s)", exc)
        return
    savepoint.commit()
    op.execute(f"CREATE INDEX {PG_INDEX} ON debtor USING gin (search_text gin_trgm_ops)")


def upgrade() -> None:
    for name, table, columns in DATE_INDEXES:
        op.execute(f"CREATE INDEX {name} ON {table} ({columns})")
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        _create_sqlite()
    elif dialect == "postgresql":
        _create_pg()


def downgrade() -> None:
    for name, _table, _columns in DATE_INDEXES:
        op.execute(f"DROP INDEX IF EXISTS {name}")
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        for trigger in ("insert", "delete", "update"):
            op.execute(f"DROP TRIGGER IF EXISTS debtor_search_{trigger}")
        op.execute("DROP TABLE IF EXISTS debtor_search")
    elif dialect == "postgresql":
        op.execute(f"DROP INDEX IF EXISTS {PG_INDEX}")
