"""ui.operations: one session per action, plain results, people-readable errors."""

from __future__ import annotations

import dataclasses

import pytest
from sqlalchemy import text

from debtdesk.db import Database
from debtdesk.errors import StorageError
from ui import operations
from ui.operations import CaseFilters


def test_search_returns_frozen_rows_in_pages(register_db: Database) -> None:
    first = operations.search_cases(register_db, "", 4, 0)
    rest = operations.search_cases(register_db, "", 4, 4)
    assert len(first) == 4 and len(rest) == 2
    assert {r.id for r in first}.isdisjoint({r.id for r in rest})
    with pytest.raises(dataclasses.FrozenInstanceError):
        first[0].full_name = "changed"  # type: ignore[misc]


def test_count_matches_follows_text_and_filters(register_db: Database) -> None:
    assert operations.count_cases(register_db) == 6
    assert operations.count_matches(register_db, "") == 6
    assert operations.count_matches(register_db, "иван") == 2
    assert operations.count_matches(register_db, "", CaseFilters(city="Алматы")) == 2
    assert operations.count_matches(register_db, "иван", CaseFilters(status="watch")) == 1
    assert operations.count_matches(register_db, "нет такого") == 0


def test_driver_failures_become_storage_errors(ui_db: Database) -> None:
    with ui_db.engine.begin() as conn:
        conn.execute(text("ALTER TABLE debtor RENAME TO debtor_gone"))
    with pytest.raises(StorageError) as caught:
        operations.search_cases(ui_db, "курман", 10)
    assert ui_db.display in str(caught.value)


def test_a_driver_failure_on_the_fast_search_path_names_nobody(ui_db: Database) -> None:
    """The register's SQLite statements run on the driver itself: their failures become
    the same StorageError, and the typed name is not in the message."""
    with ui_db.engine.begin() as conn:
        conn.execute(text("ALTER TABLE debtor RENAME TO debtor_gone"))
    with pytest.raises(StorageError) as caught:
        operations.search_cases(ui_db, "курман", 10)  # the ranked page runs on the driver
    assert "курман" not in str(caught.value) and "курман" not in str(caught.value.__cause__)
