"""The passphrase dialog: asks for an encrypted file's key, or for a new one typed twice."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QWidget
from pytestqt.qtbot import QtBot

from debtdesk.db import open_database
from debtdesk.errors import PassphraseRequired, WrongPassphrase
from ui.widgets.passphrase_dialog import PassphraseDialog, ask_passphrase, wrong_passphrase_text

TypeText = Callable[[QWidget, str], None]
SECRET = "Қазақ тілі 2026"  # Kazakh letters and a space: typed as a person would


def ok_button(dialog: PassphraseDialog) -> QWidget:
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)


def test_opening_a_file_returns_what_was_typed(qtbot: QtBot, type_text: TypeText) -> None:
    dialog = PassphraseDialog("/data/debtdesk.sqlite3")
    qtbot.addWidget(dialog)
    dialog.show()
    assert not ok_button(dialog).isEnabled()  # nothing typed yet
    assert dialog.repeat.isHidden()
    type_text(dialog.passphrase, SECRET)
    assert ok_button(dialog).isEnabled()
    qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.value() == SECRET


def test_a_refused_try_is_said_until_the_next_one_is_typed(
    qtbot: QtBot, type_text: TypeText
) -> None:
    dialog = PassphraseDialog("/data/debtdesk.sqlite3", wrong_passphrase_text())
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.problem.isVisible()
    assert dialog.problem.text() == wrong_passphrase_text()
    type_text(dialog.passphrase, "x")
    assert not dialog.problem.isVisible()


def test_a_new_passphrase_must_be_long_and_typed_twice_alike(
    qtbot: QtBot, type_text: TypeText
) -> None:
    dialog = PassphraseDialog("/data/debtdesk.sqlite3", new=True)
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(dialog.passphrase, "short")
    assert not ok_button(dialog).isEnabled()
    assert "8" in dialog.problem.text()
    type_text(dialog.passphrase, " enough")
    type_text(dialog.repeat, "short enougH")
    assert not ok_button(dialog).isEnabled()
    assert dialog.problem.text() == dialog.tr("The two passphrases differ.")
    qtbot.keyClick(dialog.repeat, Qt.Key.Key_Backspace)
    type_text(dialog.repeat, "h")
    assert ok_button(dialog).isEnabled()
    assert not dialog.problem.isVisible()
    qtbot.keyClick(dialog.repeat, Qt.Key.Key_Return)  # Enter means OK
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.value() == "short enough"


def _answer(type_text: TypeText, text: str | None) -> None:
    """Once the modal dialog is up, type ``text`` and press OK (None: Cancel)."""

    def act() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, PassphraseDialog)
        if text is None:
            dialog.reject()
            return
        type_text(dialog.passphrase, text)
        dialog.accept()

    QTimer.singleShot(0, act)


def test_ask_opens_an_encrypted_database_and_cancel_gives_none(
    qtbot: QtBot, type_text: TypeText, tmp_path: Path
) -> None:
    url = f"sqlite:///{tmp_path / 'vault.sqlite3'}"
    open_database(url, passphrase=SECRET).dispose()
    with pytest.raises(PassphraseRequired) as asked:
        open_database(url)
    where = str(asked.value.path)

    _answer(type_text, None)
    assert ask_passphrase(where) is None

    _answer(type_text, "not it at all")
    wrong = ask_passphrase(where)
    assert wrong == "not it at all"
    with pytest.raises(WrongPassphrase):
        open_database(url, passphrase=wrong)

    _answer(type_text, SECRET)
    right = ask_passphrase(where, wrong_passphrase_text())
    assert right is not None
    open_database(url, passphrase=right).dispose()
