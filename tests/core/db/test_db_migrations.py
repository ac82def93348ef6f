"""The Alembic migrations: one straight line of dated revisions that builds exactly the model."""

from __future__ import annotations

import re
import subprocess
import sys
from datetime import date
from itertools import pairwise
from pathlib import Path

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect

from debtdesk.db import migrate
from debtdesk.db.engine import make_engine
from debtdesk.model import Base

VERSIONS = migrate.MIGRATIONS / "versions"
FILE_NAME = re.compile(r"^(\d{4})_(\d{2})_(\d{2})_([0-9A-Za-z]+)_\w+\.py$")


def differences(url: str) -> list[object]:
    engine = make_engine(url)
    try:
        with engine.connect() as conn:
            context = MigrationContext.configure(
                conn,
                opts={
                    "compare_type": True,
                    "compare_server_default": True,
                    "include_object": migrate.is_modelled,
                },
            )
            return compare_metadata(context, Base.metadata)
    finally:
        engine.dispose()


def test_models_and_migrations_agree(db_url: str) -> None:
    # A difference here means a model changed without a migration (or the reverse):
    # run `alembic revision --autogenerate` through debtdesk.db.migrate's config.
    assert differences(db_url) == []


def test_revision_chain_is_one_straight_line() -> None:
    script = migrate.script_directory()
    assert len(script.get_heads()) == 1, f"several heads: {script.get_heads()}"
    assert len(script.get_bases()) == 1, f"several bases: {script.get_bases()}"
    revisions = list(script.walk_revisions())  # from the head down to the base
    for rev in revisions:
        downs = rev._normalized_down_revisions
        assert len(downs) <= 1, f"{rev.revision} merges {downs}"
        assert not rev.branch_labels, f"{rev.revision} has branch labels"
    chain = [rev.revision for rev in revisions]
    for newer, older in pairwise(revisions):
        assert newer.down_revision == older.revision, f"the chain breaks at {chain}"
    files = [p for p in VERSIONS.glob("*.py") if p.name != "__init__.py"]
    assert len(files) == len(revisions), "a revision file is not on the chain"


def test_revision_files_are_date_prefixed_in_chain_order() -> None:
    script = migrate.script_directory()
    dates = []
    for rev in reversed(list(script.walk_revisions())):  # base first
        name = rev.path.rsplit("/", 1)[-1]
        match = FILE_NAME.match(name)
        assert match, f"{name} is not named YYYY_MM_DD_<revision>_<slug>.py"
        year, month, day, revision = match.groups()
        assert revision == rev.revision, f"{name} holds revision {rev.revision}"
        dates.append(date(int(year), int(month), int(day)))
    assert dates == sorted(dates), "revision files are not dated in chain order"


def test_downgrade_to_base_and_upgrade_again(empty_db_url: str) -> None:
    engine = make_engine(empty_db_url)
    try:
        migrate.upgrade(engine)
        with engine.begin() as conn:
            command.downgrade(migrate.alembic_config(conn), "base")
        assert set(inspect(engine).get_table_names()) <= {"alembic_version"}
        migrate.upgrade(engine)
    finally:
        engine.dispose()
    assert differences(empty_db_url) == []


def test_revisions_read_from_file_names_are_alembics() -> None:
    """Opening a database reads revisions from file names, without Alembic: same answers."""
    script = migrate.script_directory()
    oldest_first = [rev.revision for rev in script.walk_revisions()][::-1]
    assert list(migrate.shipped_revisions()) == oldest_first
    assert migrate.head_revision() == script.get_current_head()


def test_opening_an_up_to_date_database_does_not_import_alembic(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'up.sqlite3'}"
    make = f"from debtdesk.db import open_database; open_database({url!r}).dispose()"
    subprocess.run([sys.executable, "-c", make], check=True, timeout=120)
    probe = (
        "import sys; from debtdesk.db import open_database; "
        f"open_database({url!r}, quick_check=False).dispose(); "
        "print(sorted(m for m in sys.modules if m.split('.')[0] == 'alembic'))"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, timeout=120, check=True
    )
    assert done.stdout.strip() == "[]"
