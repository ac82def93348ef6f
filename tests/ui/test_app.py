"""Starting the window: options, opening the database, and failing with a message."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from ui import app

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


def test_window_start_up_loads_no_printing_or_holiday_code(tmp_path: Path) -> None:
    """The first screen needs neither reportlab nor holidays: they must stay unloaded."""
    script = f"""
import sys
from ui import app
from ui.main_window import MainWindow
qt = app.make_application([])
db = app.open_database_or_report(app.Options(database={str(tmp_path / "s.sqlite3")!r}))
window = MainWindow(db)
window.show()
qt.processEvents()
heavy = sorted({{m.split(".")[0] for m in sys.modules}} & {{"reportlab", "holidays", "jinja2"}})
print(",".join(heavy) or "none")
"""
    done = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=Path(__file__).resolve().parents[2],
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().splitlines()[-1] == "none"
