"""Where the database is and how to connect: one SQLite file by default, or a URL.

The engine is never built at import time; ``make_engine`` is called by whoever
opens the database (the CLI, the GUI, a test).
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from platformdirs import user_data_path

from debtdesk.db import crypto
from debtdesk.errors import ValidationError
from debtdesk.i18n import _

if TYPE_CHECKING:
    from sqlalchemy import Engine

# SQLAlchemy is imported inside the functions that need it: ``resolve_url`` and
# the data folder serve the window's first screen, read before SQLAlchemy is
# loaded (``debtdesk.first_screen``).

ENV_URL = "DEBTDESK_DATABASE_URL"
DB_FILE_NAME = "debtdesk.sqlite3"


def data_dir() -> Path:
    """The user's data folder for debtdesk (created on demand)."""
    return user_data_path("debtdesk", appauthor=False)


def default_database_path() -> Path:
    return data_dir() / DB_FILE_NAME


def resolve_url(url: str | None = None) -> str:
    """The URL to use: the given one, else ``DEBTDESK_DATABASE_URL``, else the default file."""
    chosen = url or os.environ.get(ENV_URL)
    if chosen:
        if "://" not in chosen:  # a bare path is a SQLite file
            chosen = "sqlite:///" + str(Path(chosen).expanduser().resolve())
        return chosen
    return "sqlite:///" + str(default_database_path())


def is_sqlite(url: str) -> bool:
    return url.startswith("sqlite")


def sqlite_path(url: str) -> Path | None:
    """The file behind a SQLite URL, or None for in-memory and non-SQLite URLs."""
    if not is_sqlite(url):
        return None
    from sqlalchemy.engine import make_url

    database = make_url(url).database
    if not database or database == ":memory:":
        return None
    return Path(database)


def _sqlite_pragmas(dbapi_conn: sqlite3.Connection, _record: Any) -> None:
    # WAL lets the GUI read while a worker writes; FULL makes a commit survive
    # a power cut; foreign keys are off by default in SQLite.
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=FULL")
    cur.execute("PRAGMA busy_timeout=10000")
    cur.close()


def make_engine(url: str | None = None, *, passphrase: str | None = None, **kwargs: Any) -> Engine:
    """Build the engine for ``url`` (resolved as ``resolve_url`` does).

    With ``passphrase`` the SQLite file is opened (or created) encrypted with
    SQLCipher. The passphrase stays in the connection factory's closure, never
    in the URL, so no message or log line built from the URL can show it.
    """
    from sqlalchemy import create_engine, event
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    url = resolve_url(url)
    try:
        parsed = make_url(url)
    except ArgumentError as exc:
        raise ValidationError("database", _("not a database URL: {url}").format(url=url)) from exc
    if passphrase is not None and not is_sqlite(url):
        raise ValidationError(
            "passphrase",
            _("only a SQLite file is encrypted by debtdesk; a server encrypts its own disks"),
        )
    if is_sqlite(url):
        path = sqlite_path(url)
        if path is not None:
            path.parent.mkdir(parents=True, exist_ok=True)
        if passphrase is not None:
            if path is None:
                raise ValidationError("passphrase", _("an in-memory database cannot be encrypted"))
            kwargs.setdefault("creator", _encrypted_creator(path, passphrase))
            kwargs.setdefault("module", crypto.dbapi())
        engine = create_engine(parsed, **kwargs)
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    if parsed.drivername in ("postgresql", "postgres"):
        parsed = parsed.set(drivername="postgresql+psycopg")
    if not parsed.drivername.startswith("postgresql"):
        raise ValidationError(
            "database",
            _("unsupported database {name}: use a SQLite file or PostgreSQL").format(
                name=parsed.drivername
            ),
        )
    from debtdesk.model.debtor import add_postgresql_options

    add_postgresql_options()  # the model's PostgreSQL-only index options, for its DDL
    return create_engine(parsed, pool_pre_ping=True, **kwargs)


def _encrypted_creator(path: Path, passphrase: str) -> Callable[[], Any]:
    crypto.check_passphrase(passphrase)

    def connect() -> Any:
        # Pooled connections move between threads (GUI workers); SQLAlchemy
        # sets the same for plain SQLite files.
        return crypto.connect(path, passphrase, check_same_thread=False)

    return connect


def display_url(url: str) -> str:
    """The URL without its password, for the status bar and messages."""
    from sqlalchemy.engine import make_url

    return make_url(url).render_as_string(hide_password=True)
