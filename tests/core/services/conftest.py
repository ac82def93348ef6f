"""Fixtures of the service tests, on top of the shared ``db_url``/``db``/``today``."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from sqlalchemy import func, select

from debtdesk.db import Database, open_database
from debtdesk.model import Base


@pytest.fixture
def open_db(db: Database) -> Iterator[Callable[[str | None], Database]]:
    """Open the test database again as another advisor: its own engine and connections."""
    opened: list[Database] = []

    def _open(advisor: str | None) -> Database:
        other = open_database(db.url, advisor=advisor)
        opened.append(other)
        return other

    yield _open
    for other in opened:
        other.dispose()


@pytest.fixture
def row_counts() -> Callable[[Database], dict[str, int]]:
    """Rows in every table of the model, read on a connection of its own."""

    def _counts(database: Database) -> dict[str, int]:
        with database.engine.connect() as conn:
            return {
                t.name: conn.scalar(select(func.count()).select_from(t)) or 0
                for t in Base.metadata.sorted_tables
            }

    return _counts
