"""The Letters tab: the case's outgoing letters and incoming papers, shown in the app.

One list, newest first: the letters the program printed (number, addressee,
sent / received / reply dates) and the scans and photos of papers that came in
(a decision, a bank's reply, a notice). The selected one is shown in the PDF
preview beside the list, so an advisor reads a bank's reply without leaving
the case; "Open in viewer" still hands it to the system's viewer (through a
private temporary folder removed at exit) for printing from there, and
"Save as…" writes it where the advisor chooses.

"New letter…" opens the letter wizard for this case; "Attach a paper…" stores
a scan for the case or one of its events. Recording the day the addressee
received a letter (the stamped copy) recomputes the reply deadline from that
day; "Reply received…" can attach the reply at once.
"""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QLabel, QMessageBox, QSplitter, QVBoxLayout, QWidget

from debtdesk.clock import today
from debtdesk.errors import DebtdeskError, ValidationError
from debtdesk.i18n import current_language
from ui.case_file.form_dialog import FormDialog
from ui.case_file.labels import label, languages
from ui.case_file.record_tab import RecordTab, button_row, heading
from ui.case_file.table import Column, RowsModel, make_view, select_where, selected_row
from ui.formatting import format_day
from ui.letters.dialogs import attach_dialog, reply_dialog, sent_dialog
from ui.letters.wizard import LetterWizard
from ui.operations import documents as ops
from ui.operations import letters as letter_ops
from ui.widgets.forms import ERROR_STYLE
from ui.widgets.pdf_preview import PdfPreview

if TYPE_CHECKING:
    from debtdesk.db.database import Database

_temp_folder: Path | None = None


def temp_folder() -> Path:
    """A folder only this user can read, for papers opened in the viewer; removed at exit."""
    global _temp_folder
    if _temp_folder is None or not _temp_folder.is_dir():
        _temp_folder = Path(tempfile.mkdtemp(prefix="debtdesk-letters-"))
        atexit.register(shutil.rmtree, _temp_folder, True)
    return _temp_folder


def file_size(size: int | None) -> str:
    """A paper's size as an advisor reads it (12 KB, 1.4 MB)."""
    if size is None:
        return ""
    if size < 1024 * 1024:
        return f"{max(1, round(size / 1024))} KB"
    return f"{size / 1024 / 1024:.1f} MB"


class LettersTab(RecordTab):
    """A case's letters and papers: preview, open, save, record dates, write, attach."""

    NAME = "letters"

    def __init__(self, db: Database, case_id: int, parent: QWidget | None = None) -> None:
        super().__init__(db, case_id, parent)
        tr = self.tr
        on = today()
        self.wizard: LetterWizard | None = None

        def overdue(p: ops.Paper) -> bool:
            due = p.letter.reply_due if p.letter is not None else None
            return p.letter is not None and p.letter.awaiting_reply and due is not None and due < on

        def of_letter(text: Any) -> Any:
            """A column's text for letters; incoming papers leave it empty."""
            return lambda p: text(p.letter) if p.letter is not None else ""

        self.model: RowsModel[ops.Paper] = RowsModel(
            [
                Column(
                    tr("No."),
                    lambda p: p.letter.outgoing_no if p.letter else tr("incoming"),
                    dimmed=lambda p: p.letter is None,
                ),
                Column(tr("Date"), lambda p: format_day(p.on)),
                Column(tr("Paper"), lambda p: p.title, tooltip=lambda p: self._paper_tip(p)),
                Column(tr("Language"), of_letter(lambda r: label(languages(), r.language))),
                Column(tr("To"), of_letter(lambda r: r.recipient or "")),
                Column(tr("Sent"), of_letter(lambda r: format_day(r.sent_on))),
                Column(tr("Received"), of_letter(lambda r: format_day(r.received_on))),
                Column(
                    tr("Reply due"),
                    of_letter(self._reply_due),
                    bold=overdue,
                    tooltip=lambda p: self._reply_tip(p.letter) if p.letter else None,
                ),
                Column(
                    tr("Reply"),
                    of_letter(self._reply),
                    bold=overdue,
                ),
            ],
            self,
        )
        self.view = make_view(self.model, "lettersTable", stretch=2)
        self.view.doubleClicked.connect(lambda _i: self.open_in_viewer())
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._selected())
        self.preview = PdfPreview()

        self.new_button = self.button(tr("&New letter…"), "newLetter", self.new_letter)
        self.new_button.setToolTip(tr("Write a letter for this case with the letter wizard"))
        self.attach_button = self.button(tr("Attach a paper…"), "attachPaper", self.attach)
        self.attach_button.setToolTip(tr("A scan or photo (PDF, JPEG, PNG) of a paper received"))
        self.open_button = self.button(tr("&Open in viewer"), "openLetter", self.open_in_viewer)
        self.open_button.setToolTip(tr("Open it in the system's PDF or picture viewer"))
        self.save_button = self.button(tr("Save as…"), "saveLetter", self.save_as)
        self.sent_button = self.button(tr("Sent on…"), "markSent", lambda: self.record("sent_on"))
        self.received_button = self.button(
            tr("Received by addressee on…"), "markReceived", lambda: self.record("received_on")
        )
        self.received_button.setToolTip(
            tr("The date on the stamped copy: the reply deadline is counted from it")
        )
        self.reply_button = self.button(
            tr("Reply received…"), "markReply", lambda: self.record("reply_on")
        )
        self.reply_button.setToolTip(tr("The day the reply came; attach the reply at once"))
        self.confirmation = QLabel()
        self.confirmation.setObjectName("confirmation")
        self.confirmation.hide()
        self.error_label = QLabel()
        self.error_label.setObjectName("papersError")
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self.empty_hint = QLabel(tr("No letters or papers for this case yet."))
        self.empty_hint.setObjectName("emptyHint")
        self.empty_hint.setEnabled(False)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(button_row(self.sent_button, self.received_button, self.reply_button))
        left_layout.addWidget(self.view, 1)
        left_layout.addWidget(self.empty_hint)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.preview)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)

        layout = QVBoxLayout(self)
        layout.addLayout(
            button_row(
                heading(tr("Letters and papers")),
                self.new_button,
                self.attach_button,
                self.open_button,
                self.save_button,
                stretch_at=2,
            )
        )
        layout.addWidget(self.confirmation)
        layout.addWidget(self.error_label)
        layout.addWidget(self.splitter, 1)
        self.reload()

    # --- CaseTab ---------------------------------------------------------------------

    def title(self) -> str:
        return self.tr("Letters")

    def reload(self) -> None:
        keep = self.current()
        rows = ops.papers_of(self.db, self.case_id, current_language())
        self.model.set_rows(rows)
        self.empty_hint.setVisible(not rows)
        kept = keep is not None and self.select(keep.kind, keep.id)
        if not kept and rows:
            self.view.selectRow(0)
        self._selected()

    def current(self) -> ops.Paper | None:
        return selected_row(self.view)

    def current_letter(self) -> ops.LetterRow | None:
        """The selected paper's letter (None for an incoming paper)."""
        paper = self.current()
        return paper.letter if paper is not None else None

    def select(self, kind: str, paper_id: int) -> bool:
        return select_where(self.view, lambda p: (p.kind, p.id) == (kind, paper_id))

    def _selected(self) -> None:
        paper = self.current()
        letter = self.current_letter()
        for button in (self.open_button, self.save_button):
            button.setEnabled(paper is not None)
        self.sent_button.setEnabled(letter is not None)
        self.received_button.setEnabled(letter is not None and letter.received_on is None)
        self.reply_button.setEnabled(letter is not None and letter.reply_on is None)
        self.show_selected()

    def _paper_tip(self, paper: ops.Paper) -> str:
        if paper.letter is not None:
            return paper.letter.template
        return self.tr("Incoming paper, {size}").format(size=file_size(paper.size))

    def _reply_due(self, row: ops.LetterRow) -> str:
        if row.reply_due is None:
            return ""
        text = format_day(row.reply_due)
        if row.follow_up:
            return text + " " + self.tr("(reminder)")
        if row.provisional:
            return text + " " + self.tr("(provisional)")
        return text

    def _reply_tip(self, row: ops.LetterRow) -> str | None:
        if row.follow_up:
            return self.tr("A reminder to ask about the reply, not a legal time limit")
        if row.provisional:
            return self.tr(
                "Counted from the day it was sent until the day it was received is recorded"
            )
        return None

    def _reply(self, row: ops.LetterRow) -> str:
        if row.reply_on is not None:
            return format_day(row.reply_on)
        return self.tr("awaiting") if row.awaiting_reply else ""

    # --- the file -----------------------------------------------------------------------

    def _file(self) -> ops.PaperFile | None:
        paper = self.current()
        if paper is None:
            return None
        try:
            return ops.paper_file(self.db, paper)
        except DebtdeskError as exc:
            self._error(str(exc))
            return None

    def show_selected(self) -> bool:
        """Show the selected letter or paper in the preview (a PDF, or a photo)."""
        if self.current() is None:
            self.preview.clear()
            return False
        file = self._file()
        if file is None:
            self.preview.clear()
            return False
        self.error_label.hide()
        return self.preview.set_file(file.mime_type, file.data)

    def open_in_viewer(self) -> Path | None:
        """Write the selected paper to a private temporary file and open it in the viewer."""
        file = self._file()
        if file is None:
            return None
        path = temp_folder() / file.file_name
        path.write_bytes(file.data)
        os.chmod(path, 0o600)
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            QMessageBox.warning(
                self,
                self.tr("Cannot open the paper"),
                self.tr("No program to show this file was found. Use “Save as…” instead."),
            )
        return path

    def save_as(self) -> None:
        file = self._file()
        if file is None:
            return
        target, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save as"), str(Path.home() / file.file_name)
        )
        if target:
            self.save_to(Path(target), file)

    def save_to(self, target: Path, file: ops.PaperFile | None = None) -> bool:
        """Write the selected paper to ``target`` (whole, or not at all)."""
        file = file or self._file()
        if file is None:
            return False
        part = target.with_name(target.name + ".part")
        try:
            part.write_bytes(file.data)
            part.replace(target)
        except OSError as exc:
            part.unlink(missing_ok=True)
            QMessageBox.warning(self, self.tr("Cannot save the file"), str(exc))
            return False
        self._say(self.tr("Saved {path}").format(path=target))
        return True

    # --- writing and attaching ----------------------------------------------------------

    def new_letter(self) -> LetterWizard | None:
        """The letter wizard for this case; the tab reloads when it registers a letter."""
        if self.wizard is not None:
            self.wizard.raise_()
            self.wizard.activateWindow()
            return self.wizard
        try:
            wizard = LetterWizard(self.db, self.case_id, self)
        except DebtdeskError as exc:
            QMessageBox.warning(self, self.tr("Cannot write a letter"), str(exc))
            return None
        wizard.registeredLetter.connect(self._registered)
        wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        wizard.destroyed.connect(lambda *_: setattr(self, "wizard", None))
        self.wizard = wizard
        wizard.show()
        return wizard

    def _registered(self, document_id: int) -> None:
        self.reload()
        self.select("letter", document_id)
        self.changed.emit()

    def attach_dialog(self) -> FormDialog:
        """The form storing a scan or photo for this case or one of its events (not shown)."""
        return attach_dialog(self, self.db, self.case_id)

    def attach(self) -> bool:
        dialog = self.attach_dialog()
        if not self.run_dialog(dialog):
            return False
        self.select("attachment", dialog.result_value)
        return True

    # --- dates ------------------------------------------------------------------------

    def date_dialog(self, field: str) -> FormDialog | None:
        """The form for ``sent_on``, ``received_on`` or ``reply_on`` (not yet shown)."""
        row = self.current_letter()
        if row is None:
            return None
        if field == "sent_on":
            return sent_dialog(self, self.db, row)  # type: ignore[arg-type]
        if field == "reply_on":
            return reply_dialog(self, self.db, row)  # type: ignore[arg-type]

        def submit(values: dict[str, Any], _version: int | None) -> date | None:
            day = values["received_on"]
            if day is None:
                raise ValidationError("received_on", self.tr("type the date"))
            return letter_ops.mark_received(self.db, row.id, day)

        title = self.tr("Received by the addressee")
        dialog = FormDialog(self, f"{title}: {row.outgoing_no}", submit, name="received_onDialog")
        dialog.setMinimumWidth(360)
        dialog.add_date("received_on", self.tr("Received on (stamped copy):"), today())
        return dialog

    def record(self, field: str) -> None:
        dialog = self.date_dialog(field)
        row = self.current_letter()
        if dialog is None or row is None:
            return
        if self.run_dialog(dialog):
            self.select("letter", row.id)
            due = dialog.result_value
            if field != "reply_on" and isinstance(due, date):
                self._say(
                    self.tr("{no}: reply due {day}").format(no=row.outgoing_no, day=format_day(due))
                )
            else:
                self._say(self.tr("{no}: recorded").format(no=row.outgoing_no))

    def _say(self, text: str) -> None:
        self.confirmation.setText(text)
        self.confirmation.show()

    def _error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()
