"""ui.operations: one session per action, plain results, people-readable errors."""

from __future__ import annotations

import dataclasses
import logging

import pytest
from sqlalchemy import text

from debtdesk.db import Database, open_database
from debtdesk.db.deferred import DeferredDatabase
from debtdesk.db.migrate import head_revision
from debtdesk.errors import StorageError
from debtdesk.first_screen import FirstScreen
from tests.ui.conftest import ADVISOR
from ui import operations
from ui.operations import CaseFilters
from ui.operations import today as today_ops


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


def opening(url: str) -> tuple[FirstScreen, DeferredDatabase]:
    """The file at ``url`` as the window has it while its database is still opening."""
    first = FirstScreen.open(url, head_revision())
    assert first is not None
    return first, DeferredDatabase(
        url, ADVISOR, first, lambda advisor: open_database(url, advisor=advisor)
    )


def test_a_first_screen_that_cannot_be_read_gives_way_to_the_usual_open(
    ui_db: Database, sqlite_url: str, caplog: pytest.LogCaptureFixture
) -> None:
    """While the database is opening, the register and Today read the first screen;
    if that read fails (the file locked or damaged at that moment) they take the
    usual path instead, opening the database, and show the same rows."""
    expected_rows = operations.search_cases(ui_db, "", 20)
    expected_count = operations.count_cases(ui_db)
    expected_choices = operations.register_choices(ui_db)
    expected_today = today_ops.load_sections(ui_db, limit=10)
    first, deferred = opening(sqlite_url)
    try:
        assert operations.count_cases(deferred) == expected_count
        assert not deferred.opened  # answered by the first screen
        first.close()  # its connection is gone: every read of it now raises sqlite3.Error
        with caplog.at_level(logging.WARNING, logger="debtdesk.db.deferred"):
            rows = operations.search_cases(deferred, "", 20)
        assert "first screen could not be read" in caplog.text
        assert deferred.opened and deferred.first_screen() is None
        assert rows == expected_rows
        assert operations.count_cases(deferred) == expected_count
        assert operations.register_choices(deferred) == expected_choices
        today = today_ops.load_sections(deferred, limit=10)
        assert [s.name for s in today.sections] == [s.name for s in expected_today.sections]
        assert [s.items for s in today.sections] == [s.items for s in expected_today.sections]
    finally:
        deferred.dispose()


def test_today_falls_back_too_when_its_first_read_fails(ui_db: Database, sqlite_url: str) -> None:
    expected = today_ops.load_sections(ui_db, limit=10)
    first, deferred = opening(sqlite_url)
    try:
        first.close()
        today = today_ops.load_sections(deferred, limit=10)
        assert deferred.opened
        assert [s.items for s in today.sections] == [s.items for s in expected.sections]
    finally:
        deferred.dispose()
