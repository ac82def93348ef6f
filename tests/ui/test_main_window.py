"""The main window: rail, status bar, remembered geometry, window-wide keys, opening a case."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, QSettings, Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from debtdesk.db import Database, open_database
from debtdesk.model import Debtor
from ui import main_window
from ui.case_file.window import CaseFileWindow
from ui.main_window import PAGES, MainWindow
from ui.pages.base import Page
from ui.widgets.icons import has_icon
from ui.widgets.intake_dialog import IntakeDialog

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
    assert window.stack.currentWidget() is window.pages["today"]


def test_remembers_size_and_position(qtbot: QtBot, ui_db: Database, ui_settings: Path) -> None:
    first = make_window(qtbot, ui_db)
    # Within the offscreen platform's 800×600 screen: restoreGeometry keeps windows on screen.
    first.setGeometry(QRect(10, 50, 780, 500))
    qtbot.wait(10)
    first.close()
    assert list(ui_settings.rglob("*.ini")), "the geometry was saved to the temporary folder"
    assert QSettings().value("main_window/geometry") is not None

    second = make_window(qtbot, ui_db)
    assert (second.size().width(), second.size().height()) == (780, 500)
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


def test_enter_opens_the_case_file_once_and_a_save_refreshes_the_register(
    qtbot: QtBot, ui_db: Database, ui_settings: Path
) -> None:
    window = make_window(qtbot, ui_db)
    page = window.cases_page
    page.table.setFocus()
    page.table.selectRow(0)
    case_id = page.model.case_id(0)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    case_file = window.case_window(case_id)
    assert isinstance(case_file, CaseFileWindow)
    assert case_file.case_id == case_id
    assert case_file.isVisible()

    # Enter again: the same window comes forward, no second one.
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert window.case_window(case_id) is case_file
    assert len(QApplication.topLevelWidgets()) == len(set(QApplication.topLevelWidgets()))
    assert sum(isinstance(w, CaseFileWindow) for w in QApplication.topLevelWidgets()) == 1

    # A save in the case file (a new name) reaches the register without a refresh by hand.
    with ui_db.session() as s:
        debtor = s.get(Debtor, case_id)
        assert debtor is not None
        old_name = debtor.full_name
    with qtbot.waitSignal(case_file.caseChanged, timeout=5000):
        person = case_file.tab("person")
        person.full_name.setText("Жаңа Есім Тексеру")
        assert person.save()
    qtbot.waitUntil(
        lambda: any(
            page.model.data(page.model.index(r, 0)) == "Жаңа Есім Тексеру"
            for r in range(page.model.rowCount())
        ),
        timeout=5000,
    )
    assert old_name != "Жаңа Есім Тексеру"
    case_file.close()
    qtbot.waitUntil(lambda: window.case_window(case_id) is None, timeout=2000)


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


def test_rail_lists_the_registered_pages_with_their_icons(
    qtbot: QtBot, ui_db: Database, ui_settings: Path
) -> None:
    window = make_window(qtbot, ui_db)
    names = ["today", "cases", "calendar", "letters", "reports", "settings"]
    assert window.rail.names() == [page.NAME for page in PAGES] == names
    titles = [window.rail.item(row).text() for row in range(window.rail.count())]
    assert titles == ["Today", "Cases", "Calendar", "Letters", "Reports", "Settings"]
    for page in PAGES:
        assert has_icon(page.icon_name()), f"resources/icons/{page.icon_name()}.svg"
    assert window.rail.item(1).toolTip() == "Cases (Ctrl+2)"
    assert window.rail.item(4).toolTip() == "Reports (Ctrl+5)"
    assert window.rail.item(5).toolTip() == "Settings (Ctrl+6)"
    assert window.rail.current_name() == "today", "the app opens on Today"


def test_ctrl_numbers_switch_pages(qtbot: QtBot, ui_db: Database, ui_settings: Path) -> None:
    window = make_window(qtbot, ui_db)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
    focus = window.current_page()
    qtbot.keyClick(focus, Qt.Key.Key_6, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() is window.settings_page
    assert window.rail.current_name() == "settings"
    qtbot.keyClick(window.settings_page, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() is window.cases_page
    assert window.cases_page.search.hasFocus()


def test_rail_is_driven_by_the_keyboard(qtbot: QtBot, ui_db: Database, ui_settings: Path) -> None:
    window = make_window(qtbot, ui_db)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
    window.rail.setFocus()
    qtbot.waitUntil(window.rail.hasFocus, timeout=1000)
    qtbot.keyClick(window.rail, Qt.Key.Key_Down)
    assert window.current_page() is window.cases_page
    assert window.rail.hasFocus(), "moving along the rail keeps the cursor there"
    qtbot.keyClick(window.rail, Qt.Key.Key_Down)
    assert window.current_page() is window.pages["calendar"]
    qtbot.keyClick(window.rail, Qt.Key.Key_Up)
    assert window.current_page() is window.cases_page
    qtbot.keyClick(window.rail, Qt.Key.Key_Return)
    assert window.cases_page.search.hasFocus(), "Enter goes into the page"


class ExtraPage(Page):
    """A page class registered directly (built at once, not from the lazy registry)."""

    NAME = "extra"

    def title(self) -> str:
        return "Extra"


def test_a_page_class_can_be_registered_directly(
    qtbot: QtBot, ui_db: Database, ui_settings: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(main_window, "PAGES", (*main_window.PAGES, ExtraPage))
    window = make_window(qtbot, ui_db)
    assert window.current_page() is window.pages["today"]
    assert isinstance(window.pages["extra"], ExtraPage)
    assert window.rail.names()[-1] == "extra"
    assert window.rail.item(6).toolTip() == "Extra (Ctrl+7)"


def test_ctrl_q_quits_from_any_window(qtbot: QtBot, ui_db: Database, ui_settings: Path) -> None:
    window = make_window(qtbot, ui_db)
    other = QWidget()  # another top-level window of the program, such as a case file
    other.setWindowTitle("case file")
    qtbot.addWidget(other)
    other.show()
    other.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is other, timeout=2000)
    qtbot.keyClick(other, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    assert not window.isVisible()
    assert not other.isVisible()
    assert QSettings().value("main_window/geometry") is not None, "closing saved the geometry"


def test_icons_follow_the_palette(qapp: QApplication) -> None:
    from ui.app import make_palette
    from ui.widgets.icons import palette_icon

    def darkest_stroke(dark: bool) -> int:
        icon = palette_icon("cases", make_palette(dark))
        image = icon.pixmap(24, 24).toImage()
        return min(
            image.pixelColor(x, y).lightness()
            for x in range(24)
            for y in range(24)
            if image.pixelColor(x, y).alpha() > 200
        )

    assert darkest_stroke(dark=False) < 60
    assert darkest_stroke(dark=True) > 180


def test_ctrl_f_from_a_page_without_search_goes_to_the_register(
    qtbot: QtBot, ui_db: Database, ui_settings: Path
) -> None:
    window = make_window(qtbot, ui_db)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
    window.show_page("settings")
    qtbot.keyClick(window.settings_page, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() is window.cases_page
    assert window.cases_page.search.hasFocus()


def test_the_advisor_chosen_in_settings_shows_in_the_status_bar(
    qtbot: QtBot, ui_db: Database, ui_settings: Path
) -> None:
    window = make_window(qtbot, ui_db)
    window.show_page("settings")
    window.settings_page.use_advisor("")
    assert window.advisor_label.text() == "Advisor: nobody chosen (see Settings)"
    window.settings_page.new_advisor_edit.setText("Марат К.")
    qtbot.mouseClick(window.settings_page.add_advisor_button, Qt.MouseButton.LeftButton)
    assert window.advisor_label.text() == "Advisor: Марат К."


def test_rail_titles_are_the_titles_the_built_pages_give(
    qtbot: QtBot, ui_db: Database, ui_settings: Path
) -> None:
    """The rail names pages before building them; the built page must agree."""
    window = make_window(qtbot, ui_db)
    assert set(window.pages) == {"today"}, "only the first screen is built at start"
    for row, entry in enumerate(PAGES):
        page = window.page(entry.NAME)
        assert window.rail.item(row).text() == page.title()
        assert window.stack.indexOf(page) == row, "a built page takes its stand-in's place"


def test_ctrl_n_opens_the_intake_and_a_saved_person_is_in_the_register(
    qtbot: QtBot, ui_db: Database, ui_settings: Path, type_text: TypeText
) -> None:
    window = make_window(qtbot, ui_db)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
    before = window.cases_page.model.rowCount()
    qtbot.keyClick(window.cases_page.search, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = window.intake_dialog
    assert dialog is not None and dialog.isVisible()
    # Ctrl+N again brings the same dialog forward.
    window.open_intake()
    assert window.intake_dialog is dialog

    assert isinstance(dialog, IntakeDialog)
    for editor, text_typed in (
        (dialog.name_edit, "Сейітқазы Әлия Болатқызы"),
        (dialog.phone_edit, "8 701 555 12 34"),
        (dialog.city_combo.lineEdit(), "Шымкент"),
    ):
        editor.setFocus()
        type_text(editor, text_typed)
    with qtbot.waitSignal(dialog.caseCreated, timeout=10000):
        dialog.save_button.click()
    qtbot.waitUntil(lambda: window.cases_page.model.rowCount() == before + 1, timeout=5000)
    qtbot.waitUntil(lambda: window.intake_dialog is None, timeout=5000)
