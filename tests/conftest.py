"""Fixtures for the whole suite: the contract core and UI tests rely on.

Environment, set when this file is imported (before any test module imports
debtdesk or Qt):

- ``XDG_DATA_HOME``, ``XDG_CONFIG_HOME``, ``XDG_STATE_HOME``, ``XDG_RUNTIME_DIR``
  (and ``APPDATA``/``LOCALAPPDATA``, and ``HOME`` on macOS) point into one
  temporary folder per run, so no test touches the real user data folder or
  settings. A session check fails the run if ``debtdesk``'s data folder is not
  inside it.
- ``QT_QPA_PLATFORM=offscreen``: UI tests need no display.
- ``DEBTDESK_DATABASE_URL``, ``DEBTDESK_ADVISOR``, ``DEBTDESK_TODAY`` and ``DEBTDESK_LANG`` are
  removed, so the developer's own settings cannot leak into a test.
- Hypothesis runs without its per-example deadline (profile ``debtdesk``):
  examples that touch a database vary too much in time on a busy CI machine.

Database fixtures (every database is empty and at the newest schema unless
its name says otherwise):

``db_url``
    URL of a clean, migrated database. Parametrized ``["sqlite", "pg"]``: a test
    that takes ``db_url`` or ``db`` runs once per backend, with ids ending in
    ``[sqlite]`` and ``[pg]``; the ``[pg]`` runs carry the ``pg`` marker
    (``pytest -m "not pg"`` leaves them out, ``-m pg`` runs only them). There is
    nothing else to add to a core test to have it run on both backends.

    - sqlite: ``tmp_path/test.sqlite3``, a copy of a file migrated once per
      session (copying is much cheaper than migrating).
    - pg: a database created for this session on the server named by
      ``DEBTDESK_TEST_PG_URL`` (``scripts/with-throwaway-pg.sh`` and
      ``make test`` start one), migrated once, and dropped at the end. Before
      each test every table except ``alembic_version`` is emptied and every used
      sequence restarted, so ids start at 1 again (about 5 ms a test). Without
      ``DEBTDESK_TEST_PG_URL`` the ``[pg]`` runs are skipped, saying why; with
      ``DEBTDESK_REQUIRE_PG=1`` they fail instead. The URL's role needs the
      CREATEDB privilege.

    The pg database is shared by the session: a test that changes its schema or
    its ``alembic_version`` must put it back (the fixture re-creates the
    database if it finds the revision changed) or, better, use ``empty_db_url``.

``db``
    ``open_database(db_url, advisor="Test Advisor")``, disposed after the test.
    Runs on both backends, like ``db_url``.

``sqlite_url`` / ``sqlite_db``
    The same as ``db_url`` / ``db`` on SQLite only, for what is specific to SQLite.

``pg_url``
    The session's clean PostgreSQL database only (skipped or failed as above).

``empty_db_url``
    Parametrized ``["sqlite", "pg"]``: a database with no schema at all, for
    tests of creating and upgrading schemas. sqlite: a path in ``tmp_path`` that
    does not exist yet; pg: a new empty database, dropped after the test.

``empty_pg_url``
    The PostgreSQL half of ``empty_db_url`` alone.

Other fixtures:

``today``
    Fixes ``debtdesk.clock.today()`` to 2026-11-30 (the date returned) and
    returns it to the real date after the test.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from uuid import uuid4

import pytest


def _isolate_environment() -> Path:
    root = Path(tempfile.mkdtemp(prefix="debtdesk-tests-"))
    for var, sub in (
        ("XDG_DATA_HOME", "data"),
        ("XDG_CONFIG_HOME", "config"),
        ("XDG_STATE_HOME", "state"),
        ("XDG_RUNTIME_DIR", "runtime"),
        ("APPDATA", "appdata/roaming"),
        ("LOCALAPPDATA", "appdata/local"),
    ):
        path = root / sub
        path.mkdir(parents=True, mode=0o700)
        os.environ[var] = str(path)
    if sys.platform == "darwin":  # platformdirs and Qt only follow HOME there
        (root / "home").mkdir()
        os.environ["HOME"] = str(root / "home")
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    for var in ("DEBTDESK_DATABASE_URL", "DEBTDESK_ADVISOR", "DEBTDESK_TODAY", "DEBTDESK_LANG"):
        os.environ.pop(var, None)
    return root


SESSION_HOME = _isolate_environment()

# Imported only now, after the environment is in place.
from hypothesis import settings  # noqa: E402
from sqlalchemy import Engine, create_engine, make_url  # noqa: E402

from debtdesk import clock  # noqa: E402
from debtdesk.db import Database, migrate, open_database  # noqa: E402
from debtdesk.db.engine import data_dir, make_engine  # noqa: E402
from debtdesk.model import Base  # noqa: E402

settings.register_profile("debtdesk", deadline=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "debtdesk"))

PG_URL_VAR = "DEBTDESK_TEST_PG_URL"
TEST_ADVISOR = "Test Advisor"
TODAY = date(2026, 11, 30)
BACKENDS = ["sqlite", "pg"]


def pytest_unconfigure(config: pytest.Config) -> None:
    shutil.rmtree(SESSION_HOME, ignore_errors=True)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark every test that runs on PostgreSQL with ``pg``."""
    for item in items:
        callspec = getattr(item, "callspec", None)
        params = callspec.params if callspec else {}
        on_pg = params.get("db_url") == "pg" or params.get("empty_db_url") == "pg"
        if on_pg or {"pg_url", "empty_pg_url"} & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.pg)


@pytest.fixture(scope="session", autouse=True)
def _user_folders_are_isolated() -> None:
    # Guards the promise above on every platform: fail loudly, never write home.
    assert data_dir().is_relative_to(SESSION_HOME), (
        f"debtdesk's data folder {data_dir()} is outside the test folder {SESSION_HOME}"
    )


@pytest.fixture
def today() -> Iterator[date]:
    clock.set_today(TODAY)
    try:
        yield TODAY
    finally:
        clock.set_today(None)


# --- SQLite ------------------------------------------------------------------


def sqlite_url_for(path: Path) -> str:
    return f"sqlite:///{path}"


@pytest.fixture(scope="session")
def _sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("sqlite-template") / "template.sqlite3"
    engine = make_engine(sqlite_url_for(path))
    try:
        migrate.upgrade(engine)
    finally:
        engine.dispose()  # the last connection to close checkpoints the WAL away
    assert not path.with_name(path.name + "-wal").exists()
    return path


@pytest.fixture
def sqlite_url(_sqlite_template: Path, tmp_path: Path) -> str:
    path = tmp_path / "test.sqlite3"
    shutil.copyfile(_sqlite_template, path)
    return sqlite_url_for(path)


@pytest.fixture
def sqlite_db(sqlite_url: str) -> Iterator[Database]:
    db = open_database(sqlite_url, advisor=TEST_ADVISOR)
    try:
        yield db
    finally:
        db.dispose()


# --- PostgreSQL ----------------------------------------------------------------


def _pg_server_url() -> str:
    """The configured test server, or skip (fail under DEBTDESK_REQUIRE_PG=1)."""
    url = os.environ.get(PG_URL_VAR)
    if url:
        return url
    why = f"no PostgreSQL server for tests: {PG_URL_VAR} is not set (make test starts one)"
    if os.environ.get("DEBTDESK_REQUIRE_PG") == "1":
        pytest.fail(f"{why}, and DEBTDESK_REQUIRE_PG=1 forbids skipping", pytrace=False)
    pytest.skip(why)


class PgServer:
    """Creates and drops databases on the test server through one admin connection."""

    def __init__(self, url: str) -> None:
        self.url = make_url(url).set(drivername="postgresql+psycopg")
        self.admin = create_engine(self.url, isolation_level="AUTOCOMMIT")

    def create(self, purpose: str) -> str:
        name = f"debtdesk_{purpose}_{os.getpid()}_{uuid4().hex[:8]}"
        with self.admin.connect() as conn:
            conn.exec_driver_sql(f'CREATE DATABASE "{name}"')
        return self.url.set(database=name).render_as_string(hide_password=False)

    def drop(self, url: str) -> None:
        name = make_url(url).database
        with self.admin.connect() as conn:
            conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def dispose(self) -> None:
        self.admin.dispose()


@pytest.fixture(scope="session")
def _pg_server() -> Iterator[PgServer]:
    server = PgServer(_pg_server_url())
    try:
        yield server
    finally:
        server.dispose()


def _cleaning_sql() -> str:
    # Deleting rows from every table (children first) and restarting the
    # sequences is ~20 times faster than TRUNCATE, which recreates the files of
    # every table and index (~100 ms for 21 tables). Every sequence is restarted:
    # pg_sequences.last_value is NULL both for an unused sequence and for one
    # moved by setval(..., false) (the demo generator does that), so it cannot
    # tell which were used.
    names = ", ".join(f"'{table.name}'" for table in reversed(Base.metadata.sorted_tables))
    sql = f"""
        DO $$
        DECLARE t text; s record;
        BEGIN
            FOREACH t IN ARRAY ARRAY[{names}]::text[] LOOP
                EXECUTE format('DELETE FROM %I', t);
            END LOOP;
            FOR s IN SELECT schemaname, sequencename FROM pg_sequences
                     WHERE schemaname = current_schema() LOOP
                EXECUTE format('ALTER SEQUENCE %I.%I RESTART', s.schemaname, s.sequencename);
            END LOOP;
        END $$
    """
    return sql.replace("%", "%%")  # the driver reads % as a placeholder


def _truncate_sql() -> str:
    names = ", ".join(f'"{table.name}"' for table in Base.metadata.sorted_tables)
    return f"TRUNCATE TABLE {names} RESTART IDENTITY CASCADE"


@dataclass
class PgSessionDatabase:
    """The migrated PostgreSQL database the ``[pg]`` tests share, cleaned before each."""

    server: PgServer
    url: str = ""
    engine: Engine | None = None
    head: str = ""  # read once: loading Alembic's scripts costs ~50 ms a time

    def build(self) -> None:
        self.head = migrate.head_revision()
        self.url = self.server.create("test")
        self.engine = make_engine(self.url)
        migrate.upgrade(self.engine)
        with self.engine.connect() as conn:
            # A test that leaves a transaction open must fail, not hang the run.
            conn.exec_driver_sql(
                f"ALTER DATABASE \"{make_url(self.url).database}\" SET lock_timeout = '10s'"
            )

    def destroy(self) -> None:
        if self.engine is not None:
            self.engine.dispose()
            self.server.drop(self.url)
            self.engine = None

    def clean(self) -> None:
        assert self.engine is not None
        with self.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            try:
                revision = conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
            except Exception:
                revision = None
            if revision != self.head:
                conn.close()
                self.destroy()  # a test left the schema changed: start again
                self.build()
                return
            try:
                conn.exec_driver_sql(_cleaning_sql())
            except Exception:  # e.g. a foreign key cycle DELETE cannot order
                conn.exec_driver_sql(_truncate_sql())


@pytest.fixture(scope="session")
def _pg_session_database(_pg_server: PgServer) -> Iterator[PgSessionDatabase]:
    database = PgSessionDatabase(_pg_server)
    database.build()
    try:
        yield database
    finally:
        database.destroy()


@pytest.fixture
def pg_url(_pg_session_database: PgSessionDatabase) -> str:
    _pg_session_database.clean()
    return _pg_session_database.url


@pytest.fixture
def empty_pg_url(_pg_server: PgServer) -> Iterator[str]:
    url = _pg_server.create("empty")
    try:
        yield url
    finally:
        _pg_server.drop(url)


# --- Both backends -------------------------------------------------------------


@pytest.fixture(params=BACKENDS)
def db_url(request: pytest.FixtureRequest) -> str:
    if request.param == "sqlite":
        return request.getfixturevalue("sqlite_url")
    return request.getfixturevalue("pg_url")


@pytest.fixture
def db(db_url: str) -> Iterator[Database]:
    database = open_database(db_url, advisor=TEST_ADVISOR)
    try:
        yield database
    finally:
        database.dispose()


@pytest.fixture(params=BACKENDS)
def empty_db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return sqlite_url_for(tmp_path / "empty.sqlite3")
    return request.getfixturevalue("empty_pg_url")
