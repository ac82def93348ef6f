"""The app keeps the file safe: passphrase at start, damage found and restored, backup on close.

Everything is real: encrypted files made with SQLCipher, damage written into
the middle of a copy of a filled database (as a failing disk leaves it),
backups made with SQLite's backup API, and the window driven offscreen. The
dialogs are answered either by injected askers or, where the dialog itself
is the point, by finding it with ``QApplication.activeModalWidget``.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable
from contextlib import closing
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from debtdesk.db import crypto, open_database
from debtdesk.db.backup import AUTO, MANUAL, backup_dir, list_backups, make_backup
from debtdesk.db.integrity import verify_backup
from debtdesk.errors import DamagedDatabase
from debtdesk.services.debtors import create_debtor
from tests.core.db.vault_helpers import PASSPHRASE, bundle_of, damage, files_in, fill, url_of
from ui import app, preferences
from ui.widgets.damaged_dialog import DamagedDialog
from ui.widgets.passphrase_dialog import wrong_passphrase_text


class Notes:
    """What the Application reported (errors) and told (notes), in order."""

    def __init__(self) -> None:
        self.errors: list[str] = []
        self.infos: list[str] = []

    def report(self, _title: str, message: str) -> None:
        self.errors.append(message)

    def inform(self, _title: str, message: str) -> None:
        self.infos.append(message)


def stop(controller: app.Application) -> None:
    if controller.window is not None:
        controller.window.close()
    controller.shutdown()


def filled(tmp_path: Path, passphrase: str | None = None, name: str = "debtdesk") -> Path:
    path = tmp_path / f"{name}.sqlite3"
    fill(path, passphrase, cases=20)
    return path


def add_debtor(path: Path, name: str, passphrase: str | None = None) -> None:
    db = open_database(url_of(path), advisor="Test Advisor", passphrase=passphrase)
    try:
        with db.session() as s:
            create_debtor(s, {"full_name": name, "city": "Алматы"})
    finally:
        db.dispose()


def damage_table(path: Path, table: str) -> None:
    """Damage the leaf pages of one table only (``dbstat`` says which pages hold it)."""
    with closing(sqlite3.connect(path)) as conn:
        pages = [
            row[0]
            for row in conn.execute(
                "SELECT pageno FROM dbstat WHERE name = ? AND pagetype = 'leaf'", (table,)
            )
        ]
    assert pages, f"{table} has no leaf pages to damage"
    for page in pages:  # dbstat counts from 1, damage() from 0
        damage(path, range(page - 1, page))


def main_files(folder: Path) -> dict[str, bytes]:
    """The database files and backups, without SQLite's empty -wal/-shm side files.

    Opening without the quick check connects read-write, and SQLite removes
    the empty side files on close; the files that hold data must not change.
    """
    return {k: v for k, v in files_in(folder).items() if not k.endswith(("-wal", "-shm"))}


# -- the passphrase at start ----------------------------------------------------------


def test_an_encrypted_file_asks_its_passphrase_again_when_wrong_and_never_stores_it(
    qtbot: QtBot, ui_settings: Path, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    plain = filled(tmp_path, name="plain")
    (tmp_path / "vault").mkdir()
    secret = filled(tmp_path / "vault", PASSPHRASE)
    assert crypto.is_encrypted(secret)
    questions: list[tuple[str, str]] = []
    answers = iter(["not the one", PASSPHRASE])

    def ask(database: str, problem: str) -> str | None:
        questions.append((database, problem))
        return next(answers)

    notes = Notes()
    controller = app.Application(
        app.Options(database=url_of(plain)), report=notes.report, ask_passphrase=ask
    )
    assert controller.start()
    try:
        assert questions == [], "a plain file needs no passphrase"
        # Settings → another file: the encrypted one (remembered, so it lands in QSettings).
        assert controller.switch_database(url_of(secret))
        assert questions == [(str(secret), ""), (str(secret), wrong_passphrase_text())]
        db = controller.db
        assert db is not None and db.path == secret and db.passphrase == PASSPHRASE
        assert controller.window is not None and controller.window.isVisible()
        assert preferences.database_url() == url_of(secret)
    finally:
        stop(controller)
    assert notes.errors == []
    QSettings().sync()
    ini = "".join(p.read_text(encoding="utf-8") for p in ui_settings.rglob("*.ini"))
    assert str(secret) in ini and PASSPHRASE not in ini
    logged = "\n".join(f"{r.getMessage()} {r.args!r} {r.exc_text or ''}" for r in caplog.records)
    assert caplog.records, "the switch and the backups log something to look through"
    assert PASSPHRASE not in logged and "not the one" not in logged
    assert PASSPHRASE not in repr(db)


def test_cancelling_the_passphrase_reports_it_and_falls_back_as_for_any_failure(
    qtbot: QtBot, ui_settings: Path, tmp_path: Path
) -> None:
    from debtdesk.db.engine import default_database_path

    secret = filled(tmp_path, PASSPHRASE)
    preferences.remember_database(url_of(secret))
    notes = Notes()
    controller = app.Application(
        app.Options(), report=notes.report, ask_passphrase=lambda _d, _p: None
    )
    assert controller.start()
    try:
        (message,) = notes.errors
        assert "encrypted" in message and "no passphrase" in message
        assert str(default_database_path()) in message, "it says where it goes instead"
        assert controller.db is not None and controller.db.path == default_database_path()
    finally:
        stop(controller)


def test_the_passphrase_prompt_at_start_is_the_real_dialog(
    qtbot: QtBot, ui_settings: Path, tmp_path: Path, type_text: Callable[[QWidget, str], None]
) -> None:
    from ui.widgets.passphrase_dialog import PassphraseDialog

    secret = filled(tmp_path, PASSPHRASE)
    seen: list[str] = []

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, PassphraseDialog):
            QTimer.singleShot(20, answer)
            return
        seen.append(dialog.problem.text())
        type_text(dialog.passphrase, PASSPHRASE)
        dialog.accept()

    QTimer.singleShot(20, answer)
    controller = app.Application(app.Options(database=url_of(secret)), report=pytest.fail)
    assert controller.start()
    try:
        assert seen == [""]
        assert controller.db is not None and controller.db.passphrase == PASSPHRASE
    finally:
        stop(controller)


# -- damage ---------------------------------------------------------------------------


def test_damage_found_after_start_offers_the_newest_backup_and_restore_brings_it_back(
    qtbot: QtBot, ui_settings: Path, tmp_path: Path
) -> None:
    path = filled(tmp_path)
    good = make_backup(path, MANUAL, now=datetime(2026, 11, 29, 18, 5))
    at_backup = bundle_of(path)
    add_debtor(path, "Added after the backup")
    # Damage where the first screen does not read: the window comes up, the check finds it.
    damage_table(path, "exchange_rate")
    damaged_bytes = path.read_bytes()
    seen: dict[str, str] = {}

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, DamagedDialog):
            QTimer.singleShot(20, answer)
            return
        seen["text"] = dialog.findChild(QWidget, "damageText").text()  # type: ignore[union-attr]
        seen["offer"] = dialog.offer.text()
        seen["quit"] = dialog.quit_button.text()
        assert dialog.restore_button is not None
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)

    notes = Notes()
    controller = app.Application(
        app.Options(database=url_of(path)), report=notes.report, inform=notes.inform
    )
    QTimer.singleShot(20, answer)
    assert controller.start(), "the window comes up before the whole file is read"
    first_window = controller.window
    assert first_window is not None
    try:
        qtbot.waitUntil(lambda: bool(notes.infos), timeout=60_000)
        assert str(path) in seen["text"] and "has not written anything" in seen["text"]
        assert "29" in seen["offer"] and "18:05" in seen["offer"] and good.name in seen["offer"]
        assert seen["quit"] == "Quit"
        assert controller.window is not None and controller.window is not first_window
        assert controller.window.isVisible() and controller.db is not None
        assert notes.errors == []
        (aside,) = list_backups(path, ["replaced"])
        assert str(aside.path) in notes.infos[0], "it says where the damaged file went"
        assert aside.path.read_bytes() == damaged_bytes, "the damaged file is kept as it was"
    finally:
        stop(controller)
    assert bundle_of(path) == at_backup


def test_damage_the_first_screen_trips_over_offers_the_backup_too(
    qtbot: QtBot, ui_settings: Path, tmp_path: Path
) -> None:
    """Pages in the middle: whichever finds it first (a page loading, the check), same offer."""
    path = filled(tmp_path)
    good = make_backup(path, MANUAL, now=datetime(2026, 11, 29, 18, 5))
    at_backup = bundle_of(path)
    damage(path)
    asked: list[tuple[object, bool]] = []

    def ask(found: DamagedDatabase, _window: QWidget | None, quit_else: bool) -> bool:
        asked.append((found.backup, quit_else))
        return True

    notes = Notes()
    controller = app.Application(
        app.Options(database=url_of(path)),
        report=notes.report,
        ask_damaged=ask,
        inform=notes.inform,
    )
    assert controller.start()
    try:
        qtbot.waitUntil(lambda: bool(notes.infos), timeout=60_000)
        assert asked == [(good, True)] and notes.errors == []
        assert controller.window is not None and controller.window.isVisible()
    finally:
        stop(controller)
    assert bundle_of(path) == at_backup


def test_damage_found_while_opening_another_file_offers_its_backup(
    qtbot: QtBot, ui_settings: Path, tmp_path: Path
) -> None:
    plain = filled(tmp_path, name="plain")
    (tmp_path / "other").mkdir()
    other = filled(tmp_path / "other")
    good = make_backup(other, MANUAL, now=datetime(2026, 11, 28, 9, 0))
    at_backup = bundle_of(other)
    damage(other, range(0, 1))  # the schema page: opening itself fails
    asked: list[tuple[object, bool, bool]] = []

    def ask(damage_: DamagedDatabase, window: QWidget | None, quit_else: bool) -> bool:
        asked.append((damage_.backup, window is not None, quit_else))
        return True

    notes = Notes()
    controller = app.Application(
        app.Options(database=url_of(plain)),
        report=notes.report,
        ask_damaged=ask,
        inform=notes.inform,
    )
    assert controller.start()
    try:
        assert controller.switch_database(url_of(other))
        assert asked == [(good, True, False)], "the window stays: keeping it is the other way"
        assert controller.db is not None and controller.db.path == other
        assert notes.errors == []
    finally:
        stop(controller)
    assert bundle_of(other) == at_backup


def test_quit_in_the_damage_dialog_at_start_opens_nothing_and_writes_nothing(
    qtbot: QtBot, ui_settings: Path, tmp_path: Path
) -> None:
    data = tmp_path / "data"
    data.mkdir()
    path = filled(data)
    make_backup(path, MANUAL, now=datetime(2026, 11, 28, 9, 0))
    damage(path, range(0, 1))
    before = main_files(data)
    preferences.remember_database(url_of(path))
    asked: list[bool] = []

    def ask(_damage: DamagedDatabase, window: QWidget | None, quit_else: bool) -> bool:
        asked.append(quit_else and window is None)
        return False

    controller = app.Application(app.Options(), report=pytest.fail, ask_damaged=ask)
    assert not controller.start(), "Quit means quit, not another database"
    assert asked == [True]
    assert controller.db is None and controller.window is None
    assert main_files(data) == before, "the damaged file and its backup, byte for byte"


# -- backups on close -----------------------------------------------------------------


@pytest.mark.parametrize("passphrase", [None, PASSPHRASE], ids=["plain", "encrypted"])
def test_closing_makes_a_backup_that_verifies(
    qtbot: QtBot, ui_settings: Path, tmp_path: Path, passphrase: str | None
) -> None:
    path = filled(tmp_path, passphrase)
    controller = app.Application(
        app.Options(database=url_of(path)),
        report=pytest.fail,
        ask_passphrase=lambda _d, _p: passphrase,
    )
    assert controller.start()
    assert list_backups(path) == []
    stop(controller)
    (made,) = list_backups(path, [AUTO])
    assert made.path.parent == backup_dir(path) and made.path == controller.last_backup
    assert crypto.is_encrypted(made.path) == (passphrase is not None)
    verify_backup(made.path, passphrase)  # opens, full integrity check, known schema
    assert bundle_of(made.path, passphrase) == bundle_of(path, passphrase)


def test_switching_backs_up_the_database_left_behind(
    qtbot: QtBot, ui_settings: Path, tmp_path: Path
) -> None:
    first = filled(tmp_path, name="first")
    controller = app.Application(app.Options(database=url_of(first)), report=pytest.fail)
    assert controller.start()
    try:
        assert controller.switch_database(url_of(tmp_path / "second.sqlite3"))
        (made,) = list_backups(first, [AUTO])
        verify_backup(made.path, None)
    finally:
        stop(controller)


def test_a_failed_backup_on_close_is_reported_and_closing_goes_on(
    qtbot: QtBot, ui_settings: Path, tmp_path: Path
) -> None:
    path = filled(tmp_path)
    notes = Notes()
    controller = app.Application(app.Options(database=url_of(path)), report=notes.report)
    assert controller.start()
    backup_dir(path).write_text("a file where the backup folder should be")
    stop(controller)
    (message,) = notes.errors
    assert "backups" in message
    assert controller.db is None, "the database is closed all the same"
