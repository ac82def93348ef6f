"""The quick read-only case view opened from the register."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from debtdesk.db import Database
from ui import operations
from ui.widgets.case_summary_dialog import CaseSummaryDialog


def test_shows_the_case_fields_readably(qtbot: QtBot, ui_db: Database) -> None:
    (row,) = operations.search_cases(ui_db, "иванова", 5)
    dialog = CaseSummaryDialog(operations.case_summary(ui_db, row.id))
    qtbot.addWidget(dialog)
    assert "Иванова Мария Петровна" in dialog.windowTitle()
    assert dialog.value("phone") == "+7 702 222 33 44"
    assert dialog.value("iin") == row.iin
    assert dialog.value("household") == "4 people, 2 minors"
    assert dialog.value("case_numbers") == "7594-26-00-2/1234"
    assert dialog.value("next_hearing") == "2026-12-09"
    assert dialog.value("next_deadline") == "—"
    assert dialog.value("language") == "Russian"
    assert dialog.value("status") == "open"
