"""A question asked while the last window is closing still gets its answer.

Found by a random test order: a dialog parented to a window already closed
and waiting for deletion died with it inside ``exec()`` and read as cancelled.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QWidget
from pytestqt.qtbot import QtBot

from ui.app import ask_passphrase_dialog, ask_password_dialog
from ui.widgets.dialog_parent import dialog_parent
from ui.widgets.passphrase_dialog import PassphraseDialog
from ui.widgets.password_dialog import PasswordDialog


def test_a_visible_active_window_is_the_parent(qtbot: QtBot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    assert dialog_parent() is window


def _answer_password(text: str) -> None:
    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, PasswordDialog):
            QTimer.singleShot(10, answer)
            return
        dialog.password.setText(text)
        buttons = dialog.findChild(QDialogButtonBox)
        assert buttons is not None
        buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    QTimer.singleShot(10, answer)


def test_a_password_asked_after_a_passphrase_is_answered(qtbot: QtBot) -> None:
    """The passphrase dialog, answered and hidden, stays Qt's active window."""

    def accept_passphrase() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, PassphraseDialog):
            QTimer.singleShot(10, accept_passphrase)
            return
        dialog.passphrase.setText("a long passphrase")
        dialog.accept()

    QTimer.singleShot(10, accept_passphrase)
    assert ask_passphrase_dialog("vault.sqlite3", "") == "a long passphrase"
    _answer_password("typed")
    assert ask_password_dialog("server", "") == "typed"
