"""Ask for the passphrase of an encrypted database file (kept in memory only, never saved).

Two uses: opening a file (one field; after a refused try it says so above the
field) and choosing a new passphrase (two fields that must match, and the
core's minimum length, so a typo cannot lock the data away for good).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from debtdesk.db.crypto import MIN_NEW_PASSPHRASE

# A red that stays legible on light and dark window backgrounds.
PROBLEM_STYLE = "color: #d32f2f; font-weight: 600;"


class PassphraseDialog(QDialog):
    """The file, a passphrase field (two when ``new``), a problem line and OK/Cancel."""

    def __init__(
        self,
        database: str,
        problem: str = "",
        parent: QWidget | None = None,
        *,
        new: bool = False,
    ) -> None:
        super().__init__(parent)
        self.new = new
        self.setObjectName("passphraseDialog")
        self.setWindowTitle(
            self.tr("Choose a passphrase") if new else self.tr("Encrypted database")
        )
        intro = QLabel(
            self.tr(
                "The database will be encrypted with this passphrase. Without it nobody, "
                "you included, can open the database or its backups."
            )
            if new
            else self.tr("This database is encrypted. Type its passphrase to open it.")
        )
        intro.setWordWrap(True)
        self.problem = QLabel()
        self.problem.setObjectName("passphraseProblem")
        self.problem.setWordWrap(True)
        # palette(bright-text) is white on the light Fusion palette: unreadable.
        self.problem.setStyleSheet(PROBLEM_STYLE)
        self.passphrase = self._field("passphraseEdit", self.tr("Passphrase"))
        self.repeat = self._field("passphraseRepeat", self.tr("Passphrase again"))
        where = QLabel(database)
        where.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Database:"), where)
        form.addRow(self.tr("Passphrase:"), self.passphrase)
        if new:
            form.addRow(self.tr("Again:"), self.repeat)
        else:
            self.repeat.hide()
        note = QLabel(
            self.tr("debtdesk keeps it in memory while the database is open and never saves it.")
        )
        note.setWordWrap(True)
        note.setStyleSheet("color: palette(placeholder-text);")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.problem)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(440)
        self.passphrase.textChanged.connect(self._update)
        self.repeat.textChanged.connect(self._update)
        self._shown_problem = problem
        self._update()

    def _field(self, name: str, accessible: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setObjectName(name)
        edit.setEchoMode(QLineEdit.EchoMode.Password)
        edit.setAccessibleName(accessible)
        return edit

    def issue(self) -> str:
        """Why OK is not possible yet ('' when it is)."""
        text = self.passphrase.text()
        if not text:
            return ""  # nothing typed yet is not worth a red line
        if not self.new:
            return ""
        if len(text) < MIN_NEW_PASSPHRASE:
            return self.tr("At least %n characters.", "", MIN_NEW_PASSPHRASE)
        if self.repeat.text() and self.repeat.text() != text:
            return self.tr("The two passphrases differ.")
        return ""

    def _update(self) -> None:
        issue = self.issue()
        typed = bool(self.passphrase.text())
        complete = not self.new or self.repeat.text() == self.passphrase.text()
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(typed and complete and not issue)
        shown = issue or (self._shown_problem if not typed else "")
        self.problem.setText(shown)
        self.problem.setVisible(bool(shown))

    def accept(self) -> None:
        if self.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled():
            super().accept()

    def value(self) -> str:
        return self.passphrase.text()


def ask_passphrase(
    database: str, problem: str = "", parent: QWidget | None = None, *, new: bool = False
) -> str | None:
    """The passphrase typed, or None when the person cancelled."""
    dialog = PassphraseDialog(database, problem, parent, new=new)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.value()
    finally:
        dialog.passphrase.clear()
        dialog.repeat.clear()
        dialog.deleteLater()


def wrong_passphrase_text() -> str:
    return QCoreApplication.translate(
        "PassphraseDialog", "That passphrase does not open this database. Try again."
    )
