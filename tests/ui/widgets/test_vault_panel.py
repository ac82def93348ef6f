"""Settings → Database → Safety: back up now, restore, encrypt, change the passphrase.

The panel gathers what an action needs; the Application closes the window,
changes the file in a worker and reopens. These tests click the real buttons
of a real window on real files; the restore list, the confirmation and the
old-backups question are answered by finding them as the active modal
widget, the passphrases (their dialog has its own tests) by an injected asker.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from debtdesk.db import Database, crypto, open_database
from debtdesk.db.backup import MANUAL, list_backups, make_backup
from debtdesk.db.integrity import verify_backup
from debtdesk.errors import WrongPassphrase
from debtdesk.services.debtors import create_debtor
from tests.core.db.vault_helpers import PASSPHRASE, bundle_of, fill, leaked, secrets_of, url_of
from ui import app
from ui.main_window import MainWindow
from ui.widgets.vault_panel import RestoreDialog, VaultPanel
from ui.workers import Worker

NEW_PASSPHRASE = "жаңа құпия сөз 2027"


def answer_modal(
    kind: type, act: Callable[[QWidget], None], then: Callable[[], None] = lambda: None
) -> None:
    """When a modal ``kind`` is up, ``act`` on it (then arm ``then`` for the next one)."""

    def look() -> None:
        widget = QApplication.activeModalWidget()
        if not isinstance(widget, kind):
            QTimer.singleShot(20, look)
            return
        then()
        act(widget)

    QTimer.singleShot(20, look)


def click_button(text: str) -> Callable[[QWidget], None]:
    def act(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        (button,) = [b for b in box.buttons() if b.text() == text]
        button.click()

    return act


class Notes:
    def __init__(self) -> None:
        self.errors: list[str] = []
        self.infos: list[str] = []

    def report(self, _title: str, message: str) -> None:
        self.errors.append(message)

    def inform(self, _title: str, message: str) -> None:
        self.infos.append(message)


@pytest.fixture
def filled_file(tmp_path: Path) -> Path:
    path = tmp_path / "debtdesk.sqlite3"
    fill(path, cases=12)
    return path


@pytest.fixture
def controller_on(ui_settings: Path, qtbot: QtBot) -> Iterator[Callable[..., app.Application]]:
    made: list[app.Application] = []

    def start(path: Path, notes: Notes, passphrase: str | None = None) -> app.Application:
        controller = app.Application(
            app.Options(database=url_of(path)),
            report=notes.report,
            inform=notes.inform,
            ask_passphrase=lambda _d, _p: passphrase,
        )
        assert controller.start()
        made.append(controller)
        return controller

    yield start
    for controller in made:
        if controller.window is not None:
            controller.window.close()
        controller.shutdown()


def vault_panel_of(controller: app.Application) -> VaultPanel:
    window = controller.window
    assert window is not None
    window.show_page("settings")
    return window.settings_page.vault_panel


# -- the panel alone ------------------------------------------------------------------


def test_back_up_now_writes_a_checked_copy_and_says_where(qtbot: QtBot, ui_db: Database) -> None:
    panel = VaultPanel(ui_db)
    qtbot.addWidget(panel)
    panel.show()
    assert "Not encrypted" in panel.state.text()
    assert panel.encrypt_button.isVisible() and not panel.rekey_button.isVisible()
    qtbot.mouseClick(panel.backup_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.result.isVisible(), timeout=30_000)
    assert ui_db.path is not None
    (made,) = list_backups(ui_db.path, [MANUAL])
    assert panel.last_backup == made.path
    assert str(made.path) in panel.result.text() and "not encrypted" in panel.result.text()
    verify_backup(made.path, None)
    assert bundle_of(made.path) == bundle_of(ui_db.path)


def test_a_postgresql_database_is_the_keepers_to_back_up(qtbot: QtBot, pg_url: str) -> None:
    db = open_database(pg_url)
    try:
        panel = VaultPanel(db)
        qtbot.addWidget(panel)
        for button in (panel.backup_button, panel.restore_button, panel.encrypt_button):
            assert not button.isEnabled()
            assert "docs/SECURITY.md" in button.toolTip()
        assert "server" in panel.state.text()
    finally:
        db.dispose()


def test_a_wrong_current_passphrase_changes_nothing(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "secret.sqlite3"
    fill(path, PASSPHRASE, cases=3)
    db = open_database(url_of(path), passphrase=PASSPHRASE)
    try:
        panel = VaultPanel(db)
        qtbot.addWidget(panel)
        panel.show()
        assert panel.rekey_button.isVisible() and not panel.encrypt_button.isVisible()
        answers = iter(["not it at all", NEW_PASSPHRASE])
        panel.ask_passphrase = lambda _d, _p, _new: next(answers)
        with qtbot.assertNotEmitted(panel.requested):
            qtbot.mouseClick(panel.rekey_button, Qt.MouseButton.LeftButton)
        assert "does not open" in panel.result.text()
    finally:
        db.dispose()


def test_the_settings_database_section(qtbot: QtBot, ui_db: Database, ui_settings: Path) -> None:
    window = MainWindow(ui_db)
    qtbot.addWidget(window)
    window.resize(1100, 760)
    window.show()
    window.show_page("settings")
    panel = window.settings_page.vault_panel
    qtbot.waitUntil(panel.isVisible)  # built on first show, shown with the next events
    assert panel.backup_button.isEnabled() and not panel.encrypt_button.isHidden()
    Worker.cancel_all()  # the pages' own loaders, before the window goes


# -- through the Application: close, change the file, reopen -------------------------


def test_restore_from_settings_brings_back_the_backups_data(
    qtbot: QtBot, filled_file: Path, controller_on: Callable[..., app.Application]
) -> None:
    make_backup(filled_file, MANUAL, now=datetime(2026, 11, 20, 10, 0))
    wanted = make_backup(filled_file, MANUAL, now=datetime(2026, 11, 29, 17, 30))
    at_backup = bundle_of(filled_file)
    notes = Notes()
    controller = controller_on(filled_file, notes)
    assert controller.db is not None
    with controller.db.session() as s:
        create_debtor(s, {"full_name": "Added after the backup", "city": "Алматы"})
    first_window = controller.window
    panel = vault_panel_of(controller)
    picked: list[str] = []

    def pick(dialog: QWidget) -> None:
        assert isinstance(dialog, RestoreDialog)
        assert dialog.list.count() == 2
        picked.append(dialog.list.item(0).text())
        dialog.list.setCurrentRow(0)  # newest first
        dialog.restore_button.click()

    answer_modal(
        RestoreDialog,
        pick,
        then=lambda: answer_modal(QMessageBox, click_button("Restore a backup")),
    )
    qtbot.mouseClick(panel.restore_button, Qt.MouseButton.LeftButton)

    assert notes.errors == []
    assert "17:30" in picked[0] and "by hand" in picked[0]
    assert controller.window is not first_window and controller.window is not None
    assert controller.window.isVisible()
    (aside,) = list_backups(filled_file, ["replaced"])
    (info,) = notes.infos
    assert wanted.name in info and str(aside.path) in info
    assert bundle_of(filled_file) == at_backup


@pytest.mark.parametrize("choice", ["Encrypt them", "Delete them"])
def test_encrypt_from_settings_reopens_with_the_passphrase_and_leaves_no_plain_copy(
    qtbot: QtBot,
    filled_file: Path,
    controller_on: Callable[..., app.Application],
    choice: str,
) -> None:
    old = make_backup(filled_file, MANUAL, now=datetime(2026, 11, 29, 9, 0))
    with_secrets = open_database(url_of(filled_file))
    try:
        secrets = secrets_of(with_secrets)
    finally:
        with_secrets.dispose()
    at_start = bundle_of(filled_file)
    notes = Notes()
    controller = controller_on(filled_file, notes)
    panel = vault_panel_of(controller)
    asked: list[bool] = []

    def ask(_database: str, _problem: str, new: bool) -> str:
        asked.append(new)
        return PASSPHRASE

    panel.ask_passphrase = ask
    answer_modal(QMessageBox, click_button(choice))
    qtbot.mouseClick(panel.encrypt_button, Qt.MouseButton.LeftButton)

    assert notes.errors == []
    assert asked == [True]
    db = controller.db
    assert db is not None and db.passphrase == PASSPHRASE
    assert crypto.is_encrypted(filled_file) and leaked(filled_file, secrets) == []
    if choice == "Encrypt them":
        assert crypto.is_encrypted(old) and leaked(old, secrets) == []
        verify_backup(old, PASSPHRASE)
    else:
        assert not old.exists()
    assert "encrypted" in notes.infos[0]
    new_panel = vault_panel_of(controller)
    assert "Encrypted" in new_panel.state.text() and not new_panel.rekey_button.isHidden()
    assert bundle_of(filled_file, PASSPHRASE) == at_start


def test_change_passphrase_from_settings_moves_the_file_and_its_backups(
    qtbot: QtBot, tmp_path: Path, controller_on: Callable[..., app.Application]
) -> None:
    path = tmp_path / "secret.sqlite3"
    fill(path, PASSPHRASE, cases=5)
    backup = make_backup(path, MANUAL, PASSPHRASE, now=datetime(2026, 11, 29, 9, 0))
    notes = Notes()
    controller = controller_on(path, notes, PASSPHRASE)
    panel = vault_panel_of(controller)
    answers = iter([PASSPHRASE, NEW_PASSPHRASE])
    panel.ask_passphrase = lambda _d, _p, _new: next(answers)
    qtbot.mouseClick(panel.rekey_button, Qt.MouseButton.LeftButton)

    assert notes.errors == []
    assert controller.db is not None and controller.db.passphrase == NEW_PASSPHRASE
    verify_backup(backup, NEW_PASSPHRASE)
    with pytest.raises(WrongPassphrase):
        open_database(url_of(path), passphrase=PASSPHRASE)


def test_a_failed_encryption_reopens_the_database_as_it_was(
    qtbot: QtBot, filled_file: Path, controller_on: Callable[..., app.Application]
) -> None:
    notes = Notes()
    controller = controller_on(filled_file, notes)
    before = filled_file.read_bytes()
    panel = vault_panel_of(controller)
    panel.ask_passphrase = lambda _d, _p, _new: "short"  # the core wants 8 characters
    qtbot.mouseClick(panel.encrypt_button, Qt.MouseButton.LeftButton)
    (error,) = notes.errors
    assert "8" in error
    assert controller.db is not None and controller.db.passphrase is None
    assert controller.window is not None and controller.window.isVisible()
    assert not crypto.is_encrypted(filled_file) and filled_file.read_bytes() == before
