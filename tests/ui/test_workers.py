"""Workers: a real operation off the GUI thread, progress, cancel, errors as messages."""

from __future__ import annotations

import threading
from datetime import date

from PySide6.QtCore import Qt, QThread
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from debtdesk.db import Database
from debtdesk.demo import generate
from debtdesk.model import Advisor, AuditEntry, Debtor, Event
from ui.widgets.progress import ProgressDialog
from ui.workers import Cancelled, Progress, Worker

ON = date(2026, 11, 30)


def row_counts(db: Database) -> tuple[int, ...]:
    with db.session() as s:
        return tuple(
            s.scalar(select(func.count()).select_from(model)) or 0
            for model in (Debtor, Event, Advisor, AuditEntry)
        )


def test_result_arrives_on_the_gui_thread_with_progress(qtbot: QtBot, db: Database) -> None:
    ran_on: list[QThread] = []
    delivered_on: list[QThread] = []
    reports: list[tuple[int, int]] = []

    def operation(progress: Progress) -> int:
        ran_on.append(QThread.currentThread())
        return generate(db, cases=300, seed=3, on=ON, progress=progress.report_or_stop)

    worker = Worker(operation)
    worker.progressed.connect(lambda done, total, _text: reports.append((done, total)))
    worker.succeeded.connect(lambda _r: delivered_on.append(QThread.currentThread()))
    with qtbot.waitSignal(worker.succeeded, timeout=120_000) as blocker:
        worker.start()
    assert blocker.args == [300]
    gui = QApplication.instance().thread()  # type: ignore[union-attr]
    assert ran_on and ran_on[0] is not gui
    assert delivered_on == [gui]
    qtbot.waitUntil(lambda: bool(reports) and reports[-1] == (300, 300), timeout=5000)
    assert reports[0] == (0, 300)
    assert row_counts(db)[0] == 300


def test_cancel_stops_the_operation_and_leaves_the_data_unchanged(
    qtbot: QtBot, db: Database
) -> None:
    generate(db, cases=5, seed=1, on=ON)
    before = row_counts(db)
    cancel_seen = threading.Event()
    inserted_a_chunk = threading.Event()

    def operation(progress: Progress) -> int:
        def report(done: int, total: int) -> None:
            if done > 0:
                # A first chunk of 1,000 cases is in the transaction: Cancel comes now.
                inserted_a_chunk.set()
            progress.report_or_stop(done, total)
            if done > 0:
                cancel_seen.wait(30)
                progress.check()

        return generate(db, cases=2000, seed=2, on=ON, progress=report)

    worker = Worker(operation)
    outcome: list[str] = []
    worker.succeeded.connect(lambda _r: outcome.append("succeeded"))
    worker.failed.connect(lambda m: outcome.append(f"failed: {m}"))
    worker.cancelled.connect(lambda: outcome.append("cancelled"))

    def cancel_midway(done: int, _total: int, _text: str) -> None:
        if done > 0 and not cancel_seen.is_set():
            worker.cancel()
            cancel_seen.set()

    worker.progressed.connect(cancel_midway)
    with qtbot.waitSignal(worker.finished, timeout=120_000):
        worker.start()
    assert outcome == ["cancelled"]
    assert isinstance(worker.error, Cancelled), repr(worker.error)
    assert inserted_a_chunk.is_set(), "the operation was stopped midway, not before it began"
    assert row_counts(db) == before


def test_a_refused_operation_arrives_as_its_message(qtbot: QtBot, sqlite_db: Database) -> None:
    worker = Worker(lambda p: generate(sqlite_db, cases=-1, progress=p.report_or_stop))
    with qtbot.waitSignal(worker.failed, timeout=10_000) as blocker:
        worker.start()
    (message,) = blocker.args
    assert message == "the number of cases must be 0 to 1000000"


def test_an_unexpected_error_arrives_as_one_line(qtbot: QtBot) -> None:
    def operation(_progress: Progress) -> None:
        {}["missing"]

    worker = Worker(operation)
    with qtbot.waitSignal(worker.failed, timeout=10_000) as blocker:
        worker.start()
    (message,) = blocker.args
    assert message == "Unexpected error: KeyError: 'missing'"
    assert isinstance(worker.error, KeyError)


def test_progress_polling_operations_stop_at_their_next_check(qtbot: QtBot) -> None:
    started = threading.Event()
    steps: list[int] = []

    def operation(progress: Progress) -> None:
        started.set()
        for step in range(10_000):
            progress.check()
            steps.append(step)
            progress(step, 10_000)
            threading.Event().wait(0.001)

    worker = Worker(operation)
    with qtbot.waitSignal(worker.cancelled, timeout=30_000):
        worker.start()
        assert started.wait(10)
        worker.cancel()
    assert 0 < len(steps) < 10_000


def test_progress_dialog_cancel_button_stops_the_worker(qtbot: QtBot, sqlite_db: Database) -> None:
    before = row_counts(sqlite_db)
    cancel_clicked = threading.Event()

    def operation(progress: Progress) -> int:
        progress.set_text("Adding demo cases")

        def report(done: int, total: int) -> None:
            progress.report_or_stop(done, total)
            if done > 0:
                cancel_clicked.wait(30)
                progress.report_or_stop(done, total)

        return generate(sqlite_db, cases=2000, seed=4, on=ON, progress=report)

    worker = Worker(operation)
    dialog = ProgressDialog(worker, "Demo data")
    qtbot.addWidget(dialog)
    dialog.follow(show_after_ms=0)
    assert dialog.isVisible()
    panel = dialog.panel
    with qtbot.waitSignal(worker.cancelled, timeout=120_000):
        worker.start()
        qtbot.waitUntil(lambda: panel.label.text() == "Adding demo cases", timeout=60_000)
        qtbot.waitUntil(lambda: panel.bar.maximum() == 2000, timeout=60_000)
        qtbot.mouseClick(panel.cancel_button, Qt.MouseButton.LeftButton)
        assert panel.cancel_button.text() == "Cancelling…"
        assert not panel.cancel_button.isEnabled()
        cancel_clicked.set()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)
    assert row_counts(sqlite_db) == before


def test_a_quick_operation_never_shows_the_dialog(qtbot: QtBot) -> None:
    worker = Worker(lambda _p: 42)
    dialog = ProgressDialog(worker, "Quick")
    qtbot.addWidget(dialog)
    dialog.follow(show_after_ms=300)
    with qtbot.waitSignal(worker.succeeded, timeout=10_000):
        worker.start()
    qtbot.wait(400)
    assert not dialog.isVisible()
