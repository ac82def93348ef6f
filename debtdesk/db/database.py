"""An open database: engine, one session per user action, schema checks on open.

``Database.session()`` is the unit of work of every user action: it commits
when the block ends normally and rolls everything back on any error, so a
failed action leaves the data as it was. Services never commit.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, event, inspect
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import ORMExecuteState, Session, sessionmaker

from debtdesk.db import crypto, integrity, migrate
from debtdesk.db.backup import backup_dir, backup_sqlite, timestamped_name
from debtdesk.db.engine import display_url, is_sqlite, make_engine, resolve_url, sqlite_path
from debtdesk.errors import (
    DamagedDatabase,
    PassphraseRequired,
    SchemaError,
    StorageError,
    ValidationError,
)
from debtdesk.i18n import _

log = logging.getLogger(__name__)


@dataclass
class Database:
    """A connected database and who is working on it (recorded in the audit trail)."""

    url: str
    engine: Engine
    advisor: str | None = None
    read_only_reason: str | None = None
    migration_backup: Path | None = None
    # Kept (in memory only) to make encrypted backups; never shown or stored.
    passphrase: str | None = field(default=None, repr=False, compare=False)
    _factory: sessionmaker[Session] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self._factory = sessionmaker(self.engine, expire_on_commit=False)

    @property
    def is_sqlite(self) -> bool:
        return is_sqlite(self.url)

    @property
    def path(self) -> Path | None:
        return sqlite_path(self.url)

    @property
    def display(self) -> str:
        """Where the data is, for people: a file path, or the URL without its password."""
        path = self.path
        return str(path) if path is not None else display_url(self.url)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """One unit of work: commit on success, roll back on any error."""
        s = self._factory()
        s.info["advisor"] = self.advisor
        if self.read_only_reason:
            reason = self.read_only_reason

            @event.listens_for(s, "before_flush")
            def _refuse(session: Session, *_args: object) -> None:
                if session.new or session.dirty or session.deleted:
                    raise SchemaError(reason)

            @event.listens_for(s, "do_orm_execute")
            def _refuse_statements(state: ORMExecuteState) -> None:
                if state.is_insert or state.is_update or state.is_delete:
                    raise SchemaError(reason)

        try:
            yield s
            s.commit()
        except BaseException:
            s.rollback()
            raise
        finally:
            s.close()

    def dispose(self) -> None:
        if self.is_sqlite and not self.read_only_reason:
            # Keeps the query planner's statistics fresh (cheap; SQLite's advice on close).
            with contextlib.suppress(DBAPIError), self.engine.connect() as conn:
                conn.exec_driver_sql("PRAGMA optimize")
        self.engine.dispose()


def open_database(
    url: str | None = None,
    *,
    advisor: str | None = None,
    migrate_sqlite: bool = True,
    passphrase: str | None = None,
    quick_check: bool = True,
) -> Database:
    """Open (and for SQLite, create or upgrade) the database at ``url``.

    SQLite: an empty file gets the schema; an older one is backed up with the
    online backup API, then upgraded. PostgreSQL: never upgraded here — an
    older schema is an error telling the keeper to run ``debtdesk db upgrade``.
    Either way a schema newer than this program opens read-only.

    An encrypted SQLite file needs ``passphrase`` (else ``PassphraseRequired``,
    so the caller can ask and try again; a wrong one raises ``WrongPassphrase``
    and changes nothing); a new file opened with one is created encrypted.
    Every existing SQLite file gets ``PRAGMA quick_check`` first, read-only: a
    damaged one raises ``DamagedDatabase`` naming the newest good backup, and
    is not written to. ``quick_check=False`` leaves that check out (it reads
    the whole file: ~0.7 s CPU on 20,000 cases) for a caller that runs
    ``check_database`` itself, e.g. in a worker after the window is up.
    """
    url = resolve_url(url)
    path = sqlite_path(url)
    if path is not None and path.is_file() and path.stat().st_size > 0:
        _check_file(path, passphrase, quick_check=quick_check)
    elif passphrase is not None and path is None and is_sqlite(url):
        raise ValidationError("passphrase", _("an in-memory database cannot be encrypted"))
    elif passphrase is not None:
        crypto.check_passphrase(passphrase, new=True)  # a new file gets a strong enough one
    engine = make_engine(url, passphrase=passphrase)
    db = Database(url=url, engine=engine, advisor=advisor, passphrase=passphrase)
    try:
        state = migrate.schema_state(engine)
    except DBAPIError as exc:
        engine.dispose()
        if path is not None and integrity.is_damage(exc):
            detail = str(exc.orig).splitlines()[0]
            raise DamagedDatabase(
                path, detail, integrity.newest_good_backup(path, passphrase)
            ) from exc
        raise StorageError(
            _("cannot open the database {url}: {why}").format(
                url=display_url(url), why=str(exc.orig).splitlines()[0]
            )
        ) from exc
    if state.newer:
        _enforce_read_only(engine)
        db.read_only_reason = _(
            "the database was written by a newer debtdesk (schema {rev}); "
            "this version only reads it — update debtdesk to make changes"
        ).format(rev=state.current)
        return db
    if state.up_to_date:
        return db
    if db.is_sqlite:
        if not migrate_sqlite:
            raise SchemaError(_("the database schema is out of date: run 'debtdesk db upgrade'"))
        path = db.path
        if state.current is not None and path is not None and _has_tables(engine):
            db.migration_backup = backup_sqlite(
                path,
                backup_dir(path) / timestamped_name(path, f"pre-{state.head[:8]}"),
                passphrase,
            )
            log.info("backed up before migration to %s", db.migration_backup)
        migrate.upgrade(engine)
        return db
    if state.current is None and not _has_tables(engine):
        raise SchemaError(
            _("the PostgreSQL database is empty: run 'debtdesk db upgrade' to create the schema")
        )
    message = _("the PostgreSQL schema is out of date ({cur} < {head}): run 'debtdesk db upgrade'")
    raise SchemaError(message.format(cur=state.current, head=state.head))


def check_database(db: Database) -> None:
    """``PRAGMA quick_check`` on an open SQLite database; ``DamagedDatabase`` if it fails.

    Read-only and safe from any thread: it opens its own connection.
    """
    path = db.path
    if path is None or not path.is_file():
        return
    problems = integrity.file_problems(path, db.passphrase)
    if problems:
        log.warning("quick_check failed on %s: %s", path, problems[:3])
        raise DamagedDatabase(path, problems[0], integrity.newest_good_backup(path, db.passphrase))


def _check_file(path: Path, passphrase: str | None, *, quick_check: bool) -> None:
    """Refuse a file that needs another passphrase or fails its quick check; writes nothing."""
    encrypted = crypto.is_encrypted(path)
    if encrypted and passphrase is None:
        raise PassphraseRequired(path)
    if passphrase is not None and not encrypted:
        raise ValidationError(
            "passphrase",
            _(
                "the database {path} is not encrypted: open it without a passphrase, "
                "or encrypt it with 'debtdesk db encrypt'"
            ).format(path=path),
        )
    if quick_check:
        problems = integrity.file_problems(path, passphrase)
    else:  # the whole check follows later; the header and schema now (proves the key too)
        problems = integrity.probe_problems(path, passphrase)
    if problems:
        log.warning("the check failed on %s: %s", path, problems[:3])
        backup = integrity.newest_good_backup(path, passphrase)
        raise DamagedDatabase(path, problems[0], backup)


def _enforce_read_only(engine: Engine) -> None:
    """Make every new connection refuse writes, whatever API a caller writes through."""

    @event.listens_for(engine, "connect")
    def _read_only(dbapi_conn: Any, _record: Any) -> None:
        cur = dbapi_conn.cursor()
        if engine.dialect.name == "sqlite":
            cur.execute("PRAGMA query_only = ON")
        else:
            cur.execute("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY")
        cur.close()

    engine.dispose()  # connections opened before this point did not get the setting


def _has_tables(engine: Engine) -> bool:
    return bool(inspect(engine).get_table_names())
