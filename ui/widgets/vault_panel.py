"""The vault part of Settings → Database: back up, restore, encrypt, change the passphrase.

A backup is made here, in a worker, while the database stays open (SQLite's
online backup API copies a consistent snapshot). Restore, encrypt and rekey
replace the file, so the panel only gathers what they need — which backup,
the passphrases, what to do with old plain backups — and emits ``requested``
with a ``ui.operations.vault.VaultRequest``; ``ui.app.Application`` closes
the window and the database, does it in a worker and reopens.

A PostgreSQL database is not ours to copy or encrypt: the buttons are
disabled and say why. Every question is asked through an attribute
(``ask_passphrase``, ``ask_old_backups``, ``choose_backup``, ``confirm``) so
tests can answer it; by default each is a dialog.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from debtdesk.db.backup import backup_dir
from debtdesk.db.crypto import is_encrypted
from debtdesk.errors import DebtdeskError
from ui.operations import vault as ops
from ui.widgets.damaged_dialog import format_made
from ui.widgets.dialog_parent import dialog_parent
from ui.widgets.passphrase_dialog import wrong_passphrase_text
from ui.widgets.progress import ProgressDialog
from ui.workers import Worker

if TYPE_CHECKING:
    from debtdesk.db.database import Database

# (database shown, problem, new) → the passphrase, or None when cancelled.
PassphraseAsker = Callable[[str, str, bool], "str | None"]


def _ask_passphrase(database: str, problem: str, new: bool) -> str | None:

    from ui.widgets.passphrase_dialog import ask_passphrase

    return ask_passphrase(database, problem, dialog_parent(), new=new)


class RestoreDialog(QDialog):
    """The backups of the database, newest first, or another file chosen by hand."""

    def __init__(self, database: Path, choices: list[ops.BackupChoice], parent: QWidget | None):
        super().__init__(parent)
        self.setObjectName("restoreDialog")
        self.setWindowTitle(self.tr("Restore a backup"))
        self.setMinimumWidth(520)
        self.chosen: Path | None = None
        intro = QLabel(
            self.tr(
                "Choose the backup to put back. The database in use now is not deleted: "
                "it is kept in {folder}."
            ).format(folder=backup_dir(database))
        )
        intro.setWordWrap(True)
        self.list = QListWidget()
        self.list.setObjectName("backupList")
        kinds = {
            "auto": self.tr("made on closing"),
            "manual": self.tr("made by hand"),
            "replaced": self.tr("a database a restore replaced"),
        }
        for choice in choices:
            kind = kinds.get(choice.label) or self.tr("made before an upgrade")
            lock = self.tr("encrypted") if choice.encrypted else self.tr("not encrypted")
            item = QListWidgetItem(f"{format_made(choice.made)} — {kind} · {lock}")
            item.setData(Qt.ItemDataRole.UserRole, str(choice.path))
            item.setToolTip(str(choice.path))
            self.list.addItem(item)
        if choices:
            self.list.setCurrentRow(0)
        else:
            self.list.addItem(
                self.tr("No backups yet in {folder}").format(folder=backup_dir(database))
            )
            self.list.setEnabled(False)
        self.list.itemDoubleClicked.connect(lambda _item: self.accept())
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = self.buttons.addButton(
            self.tr("Restore"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.restore_button.setObjectName("restoreChosen")
        self.restore_button.setEnabled(bool(choices))
        self.file_button = self.buttons.addButton(
            self.tr("Another file…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.file_button.setObjectName("otherBackupFile")
        self.file_button.clicked.connect(self._choose_file)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._folder = backup_dir(database)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list)
        layout.addWidget(self.buttons)

    def _choose_file(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose a backup file"),
            str(self._folder),
            self.tr("debtdesk databases (*.sqlite3 *.sqlite *.db);;All files (*)"),
        )
        if path:
            self.chosen = Path(path)
            super().accept()

    def accept(self) -> None:
        item = self.list.currentItem()
        if self.chosen is None and (item is None or not self.list.isEnabled()):
            return
        if self.chosen is None and item is not None:
            self.chosen = Path(str(item.data(Qt.ItemDataRole.UserRole)))
        super().accept()


class VaultPanel(QWidget):
    """Whether the file is encrypted, and the four actions that keep it safe."""

    # A ui.operations.vault.VaultRequest for ui.app.Application to carry out.
    requested = Signal(object)

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("vaultPanel")
        self.db = db
        self.ask_passphrase: PassphraseAsker = _ask_passphrase
        self.ask_old_backups: Callable[[int], str | None] = self._ask_old_backups
        self.choose_backup: Callable[[], Path | None] = self._choose_backup
        self.confirm: Callable[[str, str], bool] = self._confirm
        self.backup_worker: Worker | None = None
        self.last_backup: Path | None = None

        self.state = QLabel()
        self.state.setObjectName("encryptionState")
        self.state.setWordWrap(True)
        self.backup_button = self._button("backupNow", self.tr("Back up now"), self.back_up_now)
        self.restore_button = self._button(
            "restoreBackup", self.tr("Restore a backup…"), self.restore
        )
        self.encrypt_button = self._button(
            "encryptDatabase", self.tr("Encrypt this database…"), self.encrypt
        )
        self.rekey_button = self._button(
            "changePassphrase", self.tr("Change passphrase…"), self.rekey
        )
        self.result = QLabel()
        self.result.setObjectName("vaultResult")
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.result.hide()

        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        for button in self.buttons:  # encrypt or change passphrase: one of them is hidden
            row.addWidget(button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.state)
        layout.addLayout(row)
        layout.addWidget(self.result)
        self.refresh()

    def _button(self, name: str, text: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.clicked.connect(slot)
        return button

    @property
    def buttons(self) -> list[QPushButton]:
        return [self.backup_button, self.restore_button, self.encrypt_button, self.rekey_button]

    def refresh(self) -> None:
        """Show the state of the file and enable what makes sense for it."""
        path = self.db.path
        if path is None:
            self.state.setText(self.tr("On a server: its keeper backs it up and protects it."))
            why = self.tr("The server's keeper backs it up: see docs/SECURITY.md.")
            for button in self.buttons:
                button.setEnabled(False)
                button.setToolTip(why)
            self.rekey_button.hide()
            return
        encrypted = self.db.passphrase is not None or is_encrypted(path)
        if encrypted:
            self.state.setText(
                self.tr(
                    "Encrypted: without the passphrase nobody can read the file or its backups."
                )
            )
        else:
            self.state.setText(
                self.tr(
                    "Not encrypted: whoever gets this laptop or a copy of the file can read it."
                )
            )
        self.encrypt_button.setVisible(not encrypted)
        self.rekey_button.setVisible(encrypted)
        if self.db.read_only_reason:
            for button in (self.restore_button, self.encrypt_button, self.rekey_button):
                button.setEnabled(False)
                button.setToolTip(self.db.read_only_reason)

    def _say(self, text: str, *, problem: bool = False) -> None:
        self.result.setText(text)
        self.result.setStyleSheet("color: #d32f2f; font-weight: 600;" if problem else "")
        self.result.show()

    # -- back up now ------------------------------------------------------------------

    def back_up_now(self) -> None:
        """A manual backup in a worker; the file it wrote is shown below the buttons."""
        if self.backup_worker is not None and self.backup_worker.is_running():
            return
        db = self.db
        worker = Worker(lambda _progress: ops.backup_now(db))
        dialog = ProgressDialog(
            worker, self.tr("Back up now"), self.tr("Copying the database…"), self.window()
        )
        dialog.panel.cancel_button.hide()  # the copy cannot stop halfway
        worker.succeeded.connect(self._backed_up)
        worker.failed.connect(lambda message: self._say(message, problem=True))
        worker.finished.connect(lambda: self.backup_button.setEnabled(True))
        self.backup_button.setEnabled(False)
        self.backup_worker = worker
        worker.start()
        dialog.follow()

    def _backed_up(self, path: Path) -> None:
        self.last_backup = path
        if is_encrypted(path):
            text = self.tr("Backed up (encrypted) to {path}")
        else:
            text = self.tr(
                "Backed up to {path}. It is not encrypted: keep copies of it somewhere safe."
            )
        self._say(text.format(path=path))

    # -- restore ----------------------------------------------------------------------

    def restore(self) -> None:
        """Choose a backup, confirm, then ask the Application to put it in place."""
        path = self.db.path
        if path is None:
            return
        backup = self.choose_backup()
        if backup is None:
            return
        try:
            made = format_made(ops.backup_date(path, backup))
        except OSError as exc:
            self._say(str(exc), problem=True)
            return
        question = self.tr(
            "Put the backup of {made} in place of the database? Changes made since then "
            "are not in it. The database in use now is kept in {folder}. debtdesk closes "
            "the window and opens it again."
        ).format(made=made, folder=backup_dir(path))
        if not self.confirm(self.tr("Restore a backup"), question):
            return
        passphrase = self.db.passphrase
        if passphrase is None and ops.needs_passphrase(path, backup):
            passphrase = self.ask_passphrase(str(backup), "", False)
            if passphrase is None:
                return
        self.requested.emit(ops.VaultRequest("restore", backup=backup, passphrase=passphrase))

    def _choose_backup(self) -> Path | None:
        try:
            choices = ops.available_backups(self.db)
        except DebtdeskError as exc:
            self._say(str(exc), problem=True)
            return None
        assert self.db.path is not None
        dialog = RestoreDialog(self.db.path, choices, self.window())
        try:
            return dialog.chosen if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()

    def _confirm(self, title: str, question: str) -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, title, question, parent=self.window())
        box.setObjectName("vaultConfirm")
        yes = box.addButton(title, QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is yes

    # -- encrypt and rekey ------------------------------------------------------------

    def encrypt(self) -> None:
        """Ask a new passphrase (twice) and what to do with plain backups; then request."""
        new = self.ask_passphrase(self.db.display, "", True)
        if new is None:
            return
        old_backups = "encrypt"
        plain = ops.plain_backup_count(self.db)
        if plain:
            answer = self.ask_old_backups(plain)
            if answer is None:
                return
            old_backups = answer
        request = ops.VaultRequest(
            "encrypt",
            new_passphrase=new,
            old_backups="remove" if old_backups == "remove" else "encrypt",
        )
        self.requested.emit(request)

    def _ask_old_backups(self, count: int) -> str | None:
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Older backups"),
            self.tr(
                "%n older backups of this database are not encrypted. Whoever gets them "
                "reads them. Encrypt them with the new passphrase, or delete them?",
                "",
                count,
            ),
            parent=self.window(),
        )
        box.setObjectName("oldBackupsQuestion")
        encrypt = box.addButton(self.tr("Encrypt them"), QMessageBox.ButtonRole.AcceptRole)
        remove = box.addButton(self.tr("Delete them"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(encrypt)
        box.exec()
        clicked = box.clickedButton()
        return "encrypt" if clicked is encrypt else "remove" if clicked is remove else None

    def rekey(self) -> None:
        """The current passphrase (someone at an unlocked laptop must not change it), a new one."""
        current = self.ask_passphrase(self.db.display, "", False)
        if current is None:
            return
        if self.db.passphrase is not None and current != self.db.passphrase:
            self._say(wrong_passphrase_text(), problem=True)
            return
        new = self.ask_passphrase(self.db.display, "", True)
        if new is None:
            return
        self.requested.emit(ops.VaultRequest("rekey", passphrase=current, new_passphrase=new))
