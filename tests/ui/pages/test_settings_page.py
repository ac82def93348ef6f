"""The Settings page: database location, advisor identity, interface and letter languages."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select, text

from debtdesk.db import Database, open_database
from debtdesk.model import AuditEntry
from debtdesk.services.audit import current_advisor
from debtdesk.services.debtors import create_debtor
from ui import preferences
from ui.operations import settings as ops
from ui.pages.settings_page import SettingsPage


def make_page(qtbot: QtBot, db: Database) -> SettingsPage:
    page = SettingsPage(db)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    return page


def choose(combo_owner: SettingsPage, combo_name: str, data: str) -> None:
    """Pick the entry carrying ``data`` as a person does: the combo's activated signal."""
    combo = getattr(combo_owner, combo_name)
    index = combo.findData(data)
    assert index >= 0, data
    combo.setCurrentIndex(index)
    combo.activated.emit(index)


def test_shows_the_database_in_use(qtbot: QtBot, ui_db: Database, ui_settings: Path) -> None:
    page = make_page(qtbot, ui_db)
    assert page.database_label.text() == ui_db.display
    assert page.title() == "Settings"


def test_a_bad_server_address_is_explained_beside_the_field(
    qtbot: QtBot, ui_db: Database, ui_settings: Path
) -> None:
    page = make_page(qtbot, ui_db)
    requested: list[str] = []
    page.databaseRequested.connect(requested.append)
    page.url_edit.setText("mysql://root@server/db")
    qtbot.mouseClick(page.connect_button, Qt.MouseButton.LeftButton)
    shown = page.errors.current()
    assert shown.keys() == {"url"}
    assert "postgresql://" in shown["url"]
    page.url_edit.setText("postgresql://advisor@/debtdesk")
    qtbot.keyClick(page.url_edit, Qt.Key.Key_Return)
    assert "server" in page.errors.current()["url"]
    assert requested == []

    page.url_edit.setText(" postgres://advisor@db.example/debtdesk ")
    qtbot.mouseClick(page.connect_button, Qt.MouseButton.LeftButton)
    assert page.errors.current() == {}
    assert requested == ["postgresql+psycopg://advisor@db.example/debtdesk"]


def test_choosing_a_file_asks_for_that_database(
    qtbot: QtBot, ui_db: Database, ui_settings: Path, tmp_path: Path
) -> None:
    page = make_page(qtbot, ui_db)
    requested: list[str] = []
    page.databaseRequested.connect(requested.append)
    qtbot.mouseClick(page.open_file_button, Qt.MouseButton.LeftButton)
    dialog = page.file_dialog
    assert dialog is not None and dialog.isVisible()
    target = tmp_path / "group" / "meeting.sqlite3"
    target.parent.mkdir()
    dialog.selectFile(str(target))
    dialog.accept()
    assert requested == [f"sqlite:///{target.resolve()}"]


def test_adding_an_advisor_makes_them_the_one_recorded(
    qtbot: QtBot, db: Database, ui_settings: Path
) -> None:
    """On both backends: the new advisor is in the database and signs the next change."""
    page = make_page(qtbot, db)
    changed: list[str] = []
    page.advisorChanged.connect(changed.append)

    qtbot.mouseClick(page.add_advisor_button, Qt.MouseButton.LeftButton)
    assert page.errors.current().keys() == {"name"}, "an empty name is refused beside the field"

    page.new_advisor_edit.setText("Гүлнар Сапарова")
    qtbot.keyClick(page.new_advisor_edit, Qt.Key.Key_Return)
    assert page.errors.current() == {}
    assert changed == ["Гүлнар Сапарова"]
    assert page.advisor_combo.currentText() == "Гүлнар Сапарова"
    assert db.advisor == "Гүлнар Сапарова"
    assert preferences.advisor() == "Гүлнар Сапарова"
    assert QSettings().value("advisor/name") == "Гүлнар Сапарова"

    with db.session() as s:
        debtor = create_debtor(s, {"full_name": "Ержанов Ержан"})
    with db.session() as s:
        entry = s.scalar(
            select(AuditEntry).where(
                AuditEntry.entity == "debtor", AuditEntry.entity_id == debtor.id
            )
        )
        assert entry is not None and entry.advisor_name == "Гүлнар Сапарова"

    page.new_advisor_edit.setText("Гүлнар Сапарова")
    qtbot.mouseClick(page.add_advisor_button, Qt.MouseButton.LeftButton)
    assert page.errors.current() == {"name": "an advisor with this name already exists"}


def test_choosing_an_advisor_from_the_list(
    qtbot: QtBot, ui_db: Database, ui_settings: Path
) -> None:
    ops.add_advisor(ui_db, "Марат К.")
    page = make_page(qtbot, ui_db)
    names = [page.advisor_combo.itemText(i) for i in range(page.advisor_combo.count())]
    assert names == ["(nobody chosen)", "Test Advisor", "Марат К."]
    assert page.advisor_combo.currentText() == "Test Advisor"
    choose(page, "advisor_combo", "Марат К.")
    assert ui_db.advisor == "Марат К."
    assert preferences.advisor() == "Марат К."
    with ui_db.session() as s:
        advisor = current_advisor(s)
        assert advisor is not None and advisor.name == "Марат К."
    choose(page, "advisor_combo", "")
    assert ui_db.advisor is None
    assert preferences.advisor() is None


def test_letter_language_is_shared_by_everyone_on_the_database(
    qtbot: QtBot, db: Database, ui_settings: Path
) -> None:
    page = make_page(qtbot, db)
    assert page.letter_combo.currentData() == "debtor"
    choose(page, "letter_combo", "kk")
    assert page.errors.current() == {}
    other_laptop = open_database(db.url, advisor="Марат К.")
    try:
        assert ops.letter_language(other_laptop) == "kk"
        ops.set_letter_language(other_laptop, "ru")
    finally:
        other_laptop.dispose()
    page.hide()
    page.show()  # shown again: the page reads what the other advisor chose
    assert page.letter_combo.currentData() == "ru"


def test_interface_language_is_remembered_for_the_next_start(
    qtbot: QtBot, ui_db: Database, ui_settings: Path
) -> None:
    page = make_page(qtbot, ui_db)
    assert page.interface_combo.currentData() == "system"
    choose(page, "interface_combo", "kk")
    assert preferences.interface_language() == "kk"
    assert QSettings().value("interface/language") == "kk"
    again = make_page(qtbot, ui_db)
    assert again.interface_combo.currentText() == "Қазақша"
    choose(again, "interface_combo", "system")
    assert QSettings().value("interface/language") is None


def test_a_read_only_database_cannot_change_shared_settings(
    qtbot: QtBot, sqlite_url: str, ui_settings: Path
) -> None:
    setup = open_database(sqlite_url)
    with setup.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = 'ffffffffffff'"))
    setup.dispose()
    db = open_database(sqlite_url, advisor="Test Advisor")
    try:
        page = make_page(qtbot, db)
        assert not page.letter_combo.isEnabled()
        assert not page.add_advisor_button.isEnabled()
        assert "newer debtdesk" in page.letter_combo.toolTip()
        assert page.findChild(type(page.database_label), "readOnlyNote") is not None
    finally:
        db.dispose()
    QApplication.processEvents()
