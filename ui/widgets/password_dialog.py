"""Ask for a database server's password, for this connection only (never stored)."""

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

from ui.widgets.forms import ERROR_STYLE


class PasswordDialog(QDialog):
    """Server, user, a password field and OK/Cancel; says so when a try was refused."""

    def __init__(self, server: str, problem: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("passwordDialog")
        self.setWindowTitle(self.tr("Database password"))
        intro = QLabel(self.tr("The database server asks for a password."))
        intro.setWordWrap(True)
        self.problem = QLabel(problem)
        self.problem.setObjectName("passwordProblem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(ERROR_STYLE)
        self.problem.setVisible(bool(problem))
        self.password = QLineEdit()
        self.password.setObjectName("passwordEdit")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("Password"))
        server_label = QLabel(server)
        server_label.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Database:"), server_label)
        form.addRow(self.tr("Password:"), self.password)
        note = QLabel(
            self.tr(
                "debtdesk does not save it. To connect without this question, put it "
                "in your PostgreSQL password file (.pgpass)."
            )
        )
        note.setWordWrap(True)
        note.setStyleSheet("color: palette(placeholder-text);")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.problem)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)


def ask_password(server: str, problem: str = "", parent: QWidget | None = None) -> str | None:
    """The password typed, or None when the person cancelled."""
    dialog = PasswordDialog(server, problem, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.password.text()


def refused_text() -> str:
    return QCoreApplication.translate("PasswordDialog", "The server did not accept the password.")
