"""The main window: status bar, remembered geometry, window-wide keys, opening a case."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QRect, QSettings, Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from debtdesk.db import Database, open_database
from ui.main_window import MainWindow
from ui.widgets.case_summary_dialog import CaseSummaryDialog

TypeText = Callable[[QWidget, str], None]


def make_window(qtbot: QtBot, db: Database) -> MainWindow:
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_title_and_status_bar(qtbot: QtBot, ui_db: Database, ui_settings: Path) -> None:
    window = make_window(qtbot, ui_db)
    assert window.windowTitle() == "debtdesk"
    assert ui_db.display in window.database_label.text()
    assert "Test Advisor" in window.advisor_label.text()
    assert window.stack.currentWidget() is window.cases_page


def test_remembers_size_and_position(qtbot: QtBot, ui_db: Database, ui_settings: Path) -> None:
    first = make_window(qtbot, ui_db)
    # Within the offscreen platform's 800×600 screen: restoreGeometry keeps windows on screen.
    first.setGeometry(QRect(40, 50, 700, 480))
    qtbot.wait(10)
    first.close()
    assert list(ui_settings.rglob("*.ini")), "the geometry was saved to the temporary folder"
    assert QSettings().value("main_window/geometry") is not None

    second = make_window(qtbot, ui_db)
    assert (second.size().width(), second.size().height()) == (700, 480)
    assert second.geometry().topLeft() == first.geometry().topLeft()


def test_ctrl_f_focuses_search_and_escape_clears_it(
    qtbot: QtBot, ui_db: Database, ui_settings: Path, type_text: TypeText
) -> None:
    window = make_window(qtbot, ui_db)
    page = window.cases_page
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
    page.table.setFocus()
    qtbot.waitUntil(page.table.hasFocus, timeout=1000)
    qtbot.keyClick(page.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert page.search.hasFocus()
    with qtbot.waitSignal(page.searchFinished, timeout=3000):
        type_text(page.search, "курман")
    assert page.model.rowCount() == 1
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Escape)  # from the table as well as the box
    assert page.search.text() == ""
    assert page.model.rowCount() == 6
    assert page.search.hasFocus()


def test_activating_a_case_opens_its_summary(
    qtbot: QtBot, ui_db: Database, ui_settings: Path
) -> None:
    window = make_window(qtbot, ui_db)
    page = window.cases_page
    page.table.setFocus()
    page.table.selectRow(0)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    dialog = window.case_dialog
    assert isinstance(dialog, CaseSummaryDialog)
    assert dialog.summary.id == page.model.case_id(0)
    assert dialog.isVisible()
    dialog.close()
    qtbot.waitUntil(lambda: window.case_dialog is None, timeout=2000)


def test_newer_schema_opens_read_only_and_says_so(
    qtbot: QtBot, sqlite_url: str, ui_settings: Path
) -> None:
    setup = open_database(sqlite_url)
    with setup.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = 'ffffffffffff'"))
    setup.dispose()
    db = open_database(sqlite_url, advisor="Test Advisor")
    try:
        window = make_window(qtbot, db)
        assert window.read_only_label.text() == "Read-only"
        assert "newer debtdesk" in window.read_only_label.toolTip()
    finally:
        db.dispose()
