"""Starting the window: options, which database and advisor, switching, failing with a message."""

from __future__ import annotations

import gc
import os
import subprocess
import sys
import threading
import traceback
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from debtdesk.db.deferred import DeferredDatabase
from ui import app, preferences
from ui.main_window import MainWindow
from ui.operations import settings as ops

UNREACHABLE = "postgresql+psycopg://nobody@127.0.0.1:1/x"


def test_global_options_and_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("DEBTDESK_ADVISOR", raising=False)
    assert app.parse_options([]) == app.Options()
    options = app.parse_options(["--database", "/tmp/x.sqlite3", "--advisor", "Айгүл"])
    assert options.database == "/tmp/x.sqlite3"
    assert options.advisor == "Айгүл"
    monkeypatch.setenv("DEBTDESK_ADVISOR", "Марат")
    assert app.parse_options([]).advisor == "Марат"
    assert app.parse_options(["--advisor=Айгүл"]).advisor == "Айгүл"
    assert app.parse_options(["-style", "fusion"]).qt_args == ("-style", "fusion")


def test_database_url_from_environment(
    monkeypatch: pytest.MonkeyPatch, sqlite_url: str, qapp: QApplication
) -> None:
    monkeypatch.setenv("DEBTDESK_DATABASE_URL", sqlite_url)
    db = app.open_database_or_report(app.parse_options([]), report=pytest.fail)
    assert db is not None
    try:
        assert db.url == sqlite_url
    finally:
        db.dispose()


def test_unreachable_server_is_reported_not_raised(qapp: QApplication) -> None:
    reports: list[tuple[str, str]] = []
    options = app.parse_options(["--database", UNREACHABLE])
    db = app.open_database_or_report(options, report=lambda t, m: reports.append((t, m)))
    assert db is None
    ((title, message),) = reports
    assert "cannot open the database" in title
    assert "127.0.0.1" in message and "Traceback" not in message


def test_a_file_that_is_not_a_database_is_reported(tmp_path: Path, qapp: QApplication) -> None:
    junk = tmp_path / "notes.sqlite3"
    junk.write_bytes(b"this is not a database at all, just some text " * 100)
    reports: list[tuple[str, str]] = []
    options = app.parse_options(["--database", str(junk)])
    db = app.open_database_or_report(options, report=lambda t, m: reports.append((t, m)))
    assert db is None
    assert len(reports) == 1 and "Traceback" not in reports[0][1]


def test_run_shows_a_message_box_and_exits_non_zero(qtbot: QtBot) -> None:
    seen: list[str] = []

    def answer_the_box() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen.append(box.text())
            box.accept()
        else:
            QTimer.singleShot(20, answer_the_box)

    QTimer.singleShot(20, answer_the_box)
    assert app.run(["--database", UNREACHABLE]) == 1
    assert seen and "cannot open the database" in seen[0]


def test_error_box_carries_the_message(qapp: QApplication) -> None:
    box = app.error_box("debtdesk cannot open the database", "the server is not running")
    assert box.text() == "the server is not running"
    assert box.icon() == QMessageBox.Icon.Critical


def test_dark_palette_is_dark_and_light_is_light() -> None:
    from PySide6.QtGui import QPalette

    dark = app.make_palette(True).color(QPalette.ColorRole.Base).lightness()
    light = app.make_palette(False).color(QPalette.ColorRole.Base).lightness()
    assert dark < 80 < 200 < light


# What the first screen (Today, its sections read on the spot) does not need, and
# why it must not be loaded before that screen is painted (issue 5: start-up).
NOT_AT_START = {
    "sqlalchemy": (
        "the database layer: the first screen is read with sqlite3 (debtdesk.first_screen),"
        " the database is opened in a thread after the paint (debtdesk.db.deferred)"
    ),
    "debtdesk.model": "the ORM model (with SQLAlchemy)",
    "reportlab": "PDF letters",
    "jinja2": "letter templates",
    "holidays": "the holiday calendar (read in a worker after the first paint)",
    "alembic": "migrations: an up-to-date file is checked with one SELECT",
    "openpyxl": "spreadsheets",
    "rapidfuzz": "similar names at intake",
    "pypdf": "batch letters",
    "icalendar": "calendar export",
    "psycopg": "the PostgreSQL driver, on a SQLite file",
    "sqlalchemy.dialects.postgresql": (
        "the PostgreSQL dialect, on a SQLite file (its index options are added to the"
        " model only for PostgreSQL: debtdesk.model.debtor.add_postgresql_options)"
    ),
    "sqlcipher3": "encryption, on a plain file",
    "PySide6.QtPdf": "the letter preview",
    "PySide6.QtPrintSupport": "printing",
    "debtdesk.documents": "letters (Today's late replies are read after the first paint)",
    "debtdesk.sheets": "spreadsheet import and export",
    "ui.operations.vault": "the file's check and restore (the check starts after the paint)",
    "ui.case_file": "the case file window",
    "ui.pages.calendar_page": "a page not shown yet",
    "ui.pages.letters_page": "a page not shown yet",
    "ui.pages.settings_page": "a page not shown yet (the window passes its requests on)",
}


def test_window_start_up_loads_only_what_the_first_screen_needs(tmp_path: Path) -> None:
    """Up to the first paint, none of ``NOT_AT_START`` is loaded.

    The app is started as ``debtdesk`` starts it (``Application.start``) on a
    file with cases that is already at the newest schema. The Today page reads
    its late sections (letters awaiting replies, which need the letter
    templates) and the holiday calendar in workers after the first paint, so
    the check is made at that paint, as bench/startup.py does.
    """
    from tests.core.db.vault_helpers import fill

    path = tmp_path / "s.sqlite3"
    fill(path, cases=20)  # creates the schema (Alembic) here, not in the started app
    script = f"""
import sys
from PySide6.QtCore import QEvent, QObject, QTimer
from ui import app
qt = app.make_application([])
controller = app.Application(app.Options(database={str(path)!r}, advisor="Test"))
assert controller.start()
seen = []
class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and not seen:
            seen.append(sorted(m for m in sys.modules if m.startswith({tuple(NOT_AT_START)!r})))
            seen.append(controller.window.current_page().NAME)
            QTimer.singleShot(0, qt.quit)
        return False
spy = FirstPaint()
qt.installEventFilter(spy)
QTimer.singleShot(20000, qt.quit)
qt.exec()
print(",".join(seen[0]) if seen else "no paint", "|", seen[-1] if seen else "")
controller.shutdown()
"""
    done = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=Path(__file__).resolve().parents[2],
        env={**os.environ, "XDG_CONFIG_HOME": str(tmp_path / "config")},  # no one's settings
    )
    assert done.returncode == 0, done.stderr
    loaded, _bar, page = done.stdout.strip().splitlines()[-1].partition("|")
    assert loaded.strip() != "no paint" and page.strip() == "today"
    found = {name for name in NOT_AT_START for m in loaded.split(",") if m.startswith(name)}
    assert not found, {name: NOT_AT_START[name] for name in found}


# -- the Application: which database, which advisor, switching ------------------------


def started(options: app.Options, **kwargs: object) -> app.Application:
    controller = app.Application(options, **kwargs)  # type: ignore[arg-type]
    assert controller.start()
    return controller


def stop(controller: app.Application) -> None:
    if controller.window is not None:
        controller.window.close()
    controller.shutdown()


def test_start_opens_the_remembered_database_unless_one_is_given(
    qtbot: QtBot, ui_settings: Path, sqlite_url: str, tmp_path: Path
) -> None:
    preferences.remember_database(sqlite_url)
    controller = started(app.Options(), report=pytest.fail)
    try:
        assert controller.db is not None and controller.db.url == sqlite_url
        assert controller.window is not None and controller.window.isVisible()
        assert controller.window.db is controller.db
    finally:
        stop(controller)

    other = f"sqlite:///{tmp_path / 'other.sqlite3'}"
    controller = started(app.Options(database=other), report=pytest.fail)
    try:
        assert controller.db is not None and controller.db.url == other
        assert preferences.database_url() == sqlite_url, "--database is for this run only"
    finally:
        stop(controller)


def test_the_advisor_remembered_on_this_laptop_unless_one_is_given(
    qtbot: QtBot, ui_settings: Path, sqlite_url: str
) -> None:
    preferences.remember_advisor("Айгүл С.")
    controller = started(app.Options(database=sqlite_url), report=pytest.fail)
    try:
        assert controller.db is not None and controller.db.advisor == "Айгүл С."
        assert controller.window is not None
        assert "Айгүл С." in controller.window.advisor_label.text()
    finally:
        stop(controller)
    controller = started(app.Options(database=sqlite_url, advisor="Марат"), report=pytest.fail)
    try:
        assert controller.db is not None and controller.db.advisor == "Марат"
    finally:
        stop(controller)


def test_a_remembered_database_that_fails_falls_back_to_this_laptops_file(
    qtbot: QtBot, ui_settings: Path
) -> None:
    from debtdesk.db.engine import default_database_path

    preferences.remember_database(UNREACHABLE)
    reports: list[str] = []
    controller = started(app.Options(), report=lambda _t, m: reports.append(m))
    try:
        (message,) = reports
        assert "127.0.0.1" in message and str(default_database_path()) in message
        assert controller.db is not None and controller.db.path == default_database_path()
    finally:
        stop(controller)


def choose_file_in_settings(qtbot: QtBot, window: MainWindow, path: Path) -> None:
    window.show_page("settings")
    page = window.settings_page
    qtbot.mouseClick(page.open_file_button, Qt.MouseButton.LeftButton)
    dialog = page.file_dialog
    assert dialog is not None
    dialog.selectFile(str(path))
    dialog.accept()


def test_choosing_another_file_in_settings_reopens_the_window_on_it(
    qtbot: QtBot, ui_settings: Path, sqlite_url: str, tmp_path: Path, qapp: QApplication
) -> None:
    controller = started(app.Options(database=sqlite_url, advisor="Айгүл"), report=pytest.fail)
    try:
        first_window = controller.window
        assert first_window is not None
        new_file = tmp_path / "meeting" / "new.sqlite3"
        new_file.parent.mkdir()
        choose_file_in_settings(qtbot, first_window, new_file)

        window, db = controller.window, controller.db
        assert window is not None and db is not None
        assert window is not first_window and not first_window.isVisible()
        assert db.path == new_file.resolve() and new_file.exists()
        assert db.advisor == "Айгүл", "the advisor stays who they were"
        assert window.isVisible() and str(new_file.resolve()) in window.database_label.text()
        assert preferences.database_url() == db.url
        assert qapp.quitOnLastWindowClosed(), "restored after the moment without a window"
    finally:
        stop(controller)


def test_a_database_that_cannot_be_opened_keeps_the_window_and_says_why(
    qtbot: QtBot, ui_settings: Path, sqlite_url: str
) -> None:
    controller = started(app.Options(database=sqlite_url), report=pytest.fail)
    try:
        window = controller.window
        assert window is not None
        page = window.settings_page
        window.show_page("settings")
        page.url_edit.setText(UNREACHABLE)
        qtbot.mouseClick(page.connect_button, Qt.MouseButton.LeftButton)
        assert controller.window is window and window.isVisible()
        assert controller.db is not None and controller.db.url == sqlite_url
        message = page.errors.current()["url"]
        assert "127.0.0.1" in message and "Traceback" not in message
        assert preferences.database_url() is None
    finally:
        stop(controller)


def settings_files_text(folder: Path) -> str:
    return "".join(p.read_text(encoding="utf-8") for p in folder.rglob("*.ini"))


def test_a_server_password_is_never_stored(
    qtbot: QtBot, ui_settings: Path, sqlite_url: str, pg_url: str
) -> None:
    """The shared test server trusts everyone: the password is accepted and must vanish."""
    controller = started(app.Options(database=sqlite_url), report=pytest.fail)
    try:
        window = controller.window
        assert window is not None
        window.show_page("settings")
        window.settings_page.url_edit.setText(ops.with_password(pg_url, "s3cret-pw"))
        qtbot.mouseClick(window.settings_page.connect_button, Qt.MouseButton.LeftButton)
        assert controller.db is not None and not controller.db.is_sqlite
        new_window = controller.window
        assert new_window is not None and new_window is not window
        assert "s3cret" not in new_window.database_label.text()
        remembered = preferences.database_url()
        assert remembered == ops.strip_password(pg_url) and "s3cret" not in remembered
        QSettings().sync()
        text = settings_files_text(ui_settings)
        assert "127.0.0.1" in text and "s3cret" not in text
    finally:
        stop(controller)


def test_a_database_opened_the_usual_way_warms_the_letters_up_after_the_paint(
    qtbot: QtBot, ui_settings: Path, pg_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """PostgreSQL (as an encrypted file) opens before the window, not behind a first
    screen: the letters' warm-up then runs in a thread of its own once it has painted."""
    from debtdesk.documents import warm

    warm.warmed.clear()  # this start's warm-up, not an earlier one's
    threads: list[threading.Thread] = []
    unfrozen: list[int] = []  # objects out of the collector's freeze when it had run
    real_warm_up = warm.warm_up

    def noting_thread() -> None:
        threads.append(threading.current_thread())
        real_warm_up()
        unfrozen.append(gc.get_freeze_count())

    monkeypatch.setattr(warm, "warm_up", noting_thread)
    controller = started(app.Options(database=pg_url), report=pytest.fail)
    try:
        assert controller.db is not None and not isinstance(controller.db, DeferredDatabase)
        qtbot.waitUntil(warm.warmed.is_set, timeout=30_000)
        assert [t.name for t in threads] == ["warm-letters"]
        threads[0].join(30)
        # What it loaded joined start-up's frozen objects (the next letters' collections
        # do not walk it).
        assert gc.get_freeze_count() > unfrozen[0]
    finally:
        stop(controller)


def test_interface_language_chosen_in_settings_is_used_at_start(ui_settings: Path) -> None:
    assert app.interface_locale().name() == app.QLocale.system().name()
    preferences.remember_interface_language("kk")
    assert app.interface_locale().language() == app.QLocale.Language.Kazakh
    preferences.remember_interface_language("ru")
    assert app.interface_locale().language() == app.QLocale.Language.Russian


# -- the first screen before the database layer --------------------------------------


def test_a_current_file_shows_its_first_screen_then_opens_behind_it(
    qtbot: QtBot,
    ui_settings: Path,
    tmp_path: Path,
    today: object,
    type_text: object,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """On a plain SQLite file at the newest schema the window comes up before the
    database layer is loaded: the register's first page and Today's sections are read
    by ``debtdesk.first_screen`` and equal what the opened database gives; the
    database then opens in a thread and a search goes through it."""
    import debtdesk.documents.register  # noqa: F401  (loaded: Today would read late letters)
    from debtdesk.db import open_database
    from debtdesk.db.deferred import DeferredDatabase
    from debtdesk.deadlines.engine import recompute_all
    from debtdesk.demo.generate import generate
    from debtdesk.documents import warm
    from debtdesk.services import cases
    from ui.operations import today as today_ops

    warm.warmed.clear()  # this start's warm-up, not an earlier one's
    url = f"sqlite:///{tmp_path / 'desk.sqlite3'}"
    real = open_database(url, advisor="Test")
    try:
        generate(real, 70, seed=5)
        with real.session() as s:
            recompute_all(s)
            expected_rows = cases.search_cases(
                s, "", limit=50, bounds=cases.UrgencyBounds.weekends_only(today_ops.clock_today())
            )
            wanted = expected_rows[7].full_name.split()[0][:4]  # a Cyrillic fragment
        today_ops._calendar_loaded = False  # as in a new process: weekends only at first
        expected_today = today_ops.load_sections(real, limit=10)
    finally:
        real.dispose()

    opened_from: list[str] = []
    real_open = DeferredDatabase.open

    def open_noting_who(self: DeferredDatabase) -> object:
        if not opened_from:
            opened_from.append("".join(traceback.format_stack(limit=12)))
        return real_open(self)

    monkeypatch.setattr(DeferredDatabase, "open", open_noting_who)
    controller = started(app.Options(database=url, advisor="Dana"), report=pytest.fail)
    try:
        deferred = controller.db
        window = controller.window
        assert isinstance(deferred, DeferredDatabase) and window is not None
        assert not deferred.opened, f"opened before the paint from:\n{opened_from[0]}"
        register = window.cases_page.model
        assert [register.case_row(n) for n in range(register.rowCount())] == expected_rows
        boxes = window.page("today").boxes  # type: ignore[attr-defined]
        for section in expected_today.sections:
            assert boxes[section.name].items() == list(section.items), section.name
        assert sum(len(s.items) for s in expected_today.sections) > 0
        assert window.database_label.toolTip() == str(tmp_path / "desk.sqlite3")

        qtbot.waitUntil(lambda: deferred.opened, timeout=30_000)  # in its thread
        page = window.cases_page
        page.search.setFocus()
        with qtbot.waitSignal(page.searchFinished, timeout=10_000):
            type_text(page.search, wanted)  # type: ignore[operator]
        found = [register.case_row(n).full_name for n in range(register.rowCount())]
        assert found and all(wanted.lower() in name.lower() for name in found)
        # Then, in the same thread, the letters' fonts and styles (documents.warm).
        assert warm.warmed.wait(30), "the letters were not warmed up after the open"
        assert deferred.settled
    finally:
        stop(controller)
