"""ui.operations: one session per action, plain results, people-readable errors."""

from __future__ import annotations

import dataclasses

import pytest
from sqlalchemy import text

from debtdesk.db import Database
from debtdesk.errors import NotFoundError, StorageError
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


def test_case_summary_has_the_basic_fields(register_db: Database) -> None:
    (row,) = operations.search_cases(register_db, "иванова", 5)
    summary = operations.case_summary(register_db, row.id)
    assert summary.full_name == "Иванова Мария Петровна"
    assert summary.phone == "+77022223344"
    assert summary.case_numbers == ("7594-26-00-2/1234",)
    assert summary.next_hearing == row.next_hearing is not None
    assert summary.advisor == "Test Advisor"
    assert summary.household_size == 4 and summary.minors == 2
    assert dataclasses.is_dataclass(summary) and isinstance(summary.tags, tuple)


def test_missing_case_is_a_not_found_error(register_db: Database) -> None:
    with pytest.raises(NotFoundError):
        operations.case_summary(register_db, 999_999)


def test_driver_failures_become_storage_errors(ui_db: Database) -> None:
    with ui_db.engine.begin() as conn:
        conn.execute(text("ALTER TABLE debtor RENAME TO debtor_gone"))
    with pytest.raises(StorageError) as caught:
        operations.search_cases(ui_db, "курман", 10)
    assert ui_db.display in str(caught.value)
