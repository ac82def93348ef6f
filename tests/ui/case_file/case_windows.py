"""Helpers for the case file window's tests: open windows safely, answer modal boxes.

A window left with unsaved edits asks before closing: ``open_case_file``
closes its windows itself after the test, dropping leftover edits first, so no
question waits for an answer that never comes (pytest-qt's ``addWidget`` would
close them with the question up).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton
from shiboken6 import isValid

from debtdesk.db import Database
from ui.case_file.window import CaseFileWindow

OpenCaseFile = Callable[[Database, int], CaseFileWindow]


@pytest.fixture(name="open_case_file")
def open_case_file_fixture(qtbot) -> Iterator[OpenCaseFile]:
    """Open (and show) a case file window; leftover edits are dropped after the test."""
    windows: list[CaseFileWindow] = []

    def open_(db: Database, case_id: int) -> CaseFileWindow:
        window = CaseFileWindow(db, case_id)
        window.show()
        windows.append(window)
        return window

    yield open_
    for window in windows:
        if isValid(window):
            window.cancel_changes()
            window.close()


def when_modal(act: Callable[[QMessageBox], None]) -> None:
    """Run ``act`` on the message box about to open (retrying until it is up)."""

    def attempt() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, attempt)
            return
        act(box)

    QTimer.singleShot(0, attempt)


def click_named(name: str) -> Callable[[QMessageBox], None]:
    """An ``act`` for ``when_modal`` clicking the box's button called ``name``."""

    def act(box: QMessageBox) -> None:
        button = box.findChild(QPushButton, name)
        assert button is not None, f"{name} not in {box.objectName()}"
        button.click()

    return act


def click_standard(which: QMessageBox.StandardButton) -> Callable[[QMessageBox], None]:
    def act(box: QMessageBox) -> None:
        box.button(which).click()

    return act
