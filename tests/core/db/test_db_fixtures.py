"""The suite's own promises (tests/conftest.py): isolation, clean databases, both backends."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from debtdesk import clock
from debtdesk.db import Database
from debtdesk.db.engine import default_database_path
from debtdesk.model import Advisor, Base


@pytest.mark.parametrize("round_", [1, 2])
def test_every_test_starts_empty_with_ids_from_one(db: Database, round_: int) -> None:
    # Run twice so one of the two runs after the other wrote to the shared pg database.
    with db.session() as s:
        for table in Base.metadata.sorted_tables:
            count = s.scalar(select(func.count()).select_from(table))
            assert count == 0, f"{table.name} has {count} rows left by another test"
        advisor = Advisor(name=f"Round {round_}")
        s.add(advisor)
        s.flush()
        assert advisor.id == 1


def test_backend_follows_the_parameter(request: pytest.FixtureRequest, db: Database) -> None:
    backend = request.node.callspec.params["db_url"]
    assert db.is_sqlite == (backend == "sqlite")
    assert (request.node.get_closest_marker("pg") is not None) == (backend == "pg")
    assert db.advisor == "Test Advisor"


def test_sqlite_database_is_a_private_file(sqlite_db: Database, tmp_path: Path) -> None:
    assert sqlite_db.path == tmp_path / "test.sqlite3"


def test_user_folders_point_into_the_session_folder() -> None:
    data_home = Path(os.environ["XDG_DATA_HOME"])
    assert default_database_path().is_relative_to(data_home)
    assert data_home.name == "data" and data_home.parent.name.startswith("debtdesk-tests-")
    assert Path(os.environ["XDG_CONFIG_HOME"]).parent == data_home.parent


def test_environment_is_neutral() -> None:
    assert os.environ["QT_QPA_PLATFORM"] == "offscreen"
    for var in ("DEBTDESK_DATABASE_URL", "DEBTDESK_ADVISOR", "DEBTDESK_TODAY"):
        assert var not in os.environ


def test_today_is_fixed(today: date) -> None:
    assert today == date(2026, 11, 30)
    assert clock.today() == today
