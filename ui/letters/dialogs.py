"""The small forms around letters: sent on, reply received (with the reply), attach a paper,
and choosing a case by name.

Each is a ``FormDialog`` whose OK runs one operation; what the core refuses
(a date before the letter was printed, a file that is not a PDF, JPEG or PNG,
or too large) is shown beside its field and the dialog stays open.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from debtdesk.clock import today
from debtdesk.errors import DebtdeskError, ValidationError
from ui import operations
from ui.case_file.form_dialog import FormDialog
from ui.case_file.labels import event_kind
from ui.formatting import format_day
from ui.operations import documents as ops

if TYPE_CHECKING:
    from debtdesk.db.database import Database


def _tr(text: str) -> str:
    return QCoreApplication.translate("letters", text)


# The attachment service's field names, all about the one file input.
FILE_FIELDS = ("content", "size", "mime_type", "file_name")
PAPER_FILTER = "PDF, JPEG, PNG (*.pdf *.jpg *.jpeg *.png *.PDF *.JPG *.JPEG *.PNG)"


class FilePicker(QWidget):
    """A file path typed or chosen with "Browse…"; ``content()`` reads it."""

    def __init__(self, field: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = field
        self.line = QLineEdit()
        self.line.setObjectName(f"{field}Path")
        self.line.setPlaceholderText(self.tr("PDF, JPEG or PNG (a scan or a photo)"))
        browse = QPushButton(self.tr("Browse…"))
        browse.setObjectName(f"{field}Browse")
        browse.clicked.connect(self.browse)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.line, 1)
        layout.addWidget(browse)
        self.setFocusProxy(self.line)

    def browse(self) -> None:
        chosen, _f = QFileDialog.getOpenFileName(
            self, self.tr("Choose the scan or photo"), str(Path.home()), PAPER_FILTER
        )
        if chosen:
            self.line.setText(chosen)

    def content(self) -> tuple[str, bytes] | None:
        """(file name, bytes), or None when no file is given."""
        text = self.line.text().strip()
        if not text:
            return None
        path = Path(text).expanduser()
        try:
            return path.name, path.read_bytes()
        except OSError as exc:
            raise ValidationError(
                self.field, self.tr("Cannot read the file: {why}").format(why=exc.strerror or exc)
            ) from None


def _as_file_error(exc: ValidationError, field: str) -> ValidationError:
    """An attachment refusal shown beside the one file input of the form."""
    if exc.field in FILE_FIELDS:
        return ValidationError(field, exc.message)
    return exc


def sent_dialog(parent: QWidget | None, db: Database, row: ops.DocumentRow) -> FormDialog:
    """The day the letter was handed in or posted (starts its reply deadline)."""

    def submit(values: dict[str, Any], _version: int | None) -> date | None:
        day = values["sent_on"]
        if day is None:
            raise ValidationError("sent_on", dialog.tr("Type the date"))
        return ops.mark_sent(db, row.id, day)

    title = _tr("Letter sent: {no}").format(no=row.outgoing_no)
    dialog = FormDialog(parent, title, submit, name="sentDialog")
    dialog.add_date("sent_on", dialog.tr("Sent on:"), today())
    return dialog


def reply_dialog(parent: QWidget | None, db: Database, row: ops.DocumentRow) -> FormDialog:
    """The day the reply came and, at once, the reply itself (optional)."""
    picker = FilePicker("reply_file")

    def submit(values: dict[str, Any], _version: int | None) -> None:
        day = values["reply_on"]
        if day is None:
            raise ValidationError("reply_on", dialog.tr("Type the date"))
        reply = picker.content()
        try:
            ops.reply_received(db, row.id, day, reply)
        except ValidationError as exc:
            raise _as_file_error(exc, "reply_file") from None

    title = _tr("Reply received: {no}").format(no=row.outgoing_no)
    dialog = FormDialog(parent, title, submit, name="replyDialog")
    dialog.add_date("reply_on", dialog.tr("Reply received on:"), today())
    dialog.add("reply_file", dialog.tr("The reply (optional):"), picker, lambda: None)
    dialog.picker = picker  # type: ignore[attr-defined]
    return dialog


def attach_dialog(parent: QWidget | None, db: Database, case_id: int) -> FormDialog:
    """Attach a scan or photo to the case or to one of its events."""
    picker = FilePicker("paper_file")
    events = ops.case_events(db, case_id)
    choices: list[tuple[Any, str]] = [(None, _tr("The case itself"))]
    choices += [(eid, f"{format_day(day)} · {event_kind(kind)}") for eid, day, kind in events]

    def submit(values: dict[str, Any], _version: int | None) -> int:
        paper = picker.content()
        if paper is None:
            raise ValidationError("paper_file", dialog.tr("Choose the file"))
        try:
            return ops.add_paper(db, case_id, paper[0], paper[1], event_id=values["event_id"])
        except ValidationError as exc:
            raise _as_file_error(exc, "paper_file") from None

    dialog = FormDialog(parent, _tr("Attach a paper"), submit, name="attachDialog")
    dialog.add("paper_file", dialog.tr("File:"), picker, lambda: None)
    dialog.add_choice("event_id", dialog.tr("Belongs to:"), choices, None)
    dialog.picker = picker  # type: ignore[attr-defined]
    return dialog


class CaseChooser(QDialog):
    """Pick a case by typing part of the debtor's name (for "New letter…")."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("caseChooser")
        self.setWindowTitle(self.tr("Letter for which case?"))
        self.setMinimumSize(420, 360)
        self.db = db
        self.search = QLineEdit()
        self.search.setObjectName("caseSearch")
        self.search.setPlaceholderText(self.tr("Debtor's name, IIN or phone"))
        self.list = QListWidget()
        self.list.setObjectName("caseList")
        self.list.itemDoubleClicked.connect(lambda _i: self.accept())
        self.message = QLabel()
        self.message.setObjectName("chooserMessage")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(200)
        self._timer.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        self.refresh()

    def refresh(self) -> None:
        self.list.clear()
        try:
            rows = operations.search_cases(self.db, self.search.text(), 30)
        except DebtdeskError as exc:
            self.message.setText(str(exc))
            return
        for row in rows:
            text = row.full_name + (f" · {row.city}" if row.city else "")
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            self.list.addItem(item)
        if rows:
            self.list.setCurrentRow(0)
        self.message.setText("" if rows else self.tr("No case matches"))

    def case_id(self) -> int | None:
        item = self.list.currentItem()
        return int(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None
