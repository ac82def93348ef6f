"""The Letters tab: the register of this case's letters, their PDFs and their dates.

A letter's PDF lives in the database; "Open" writes it to a private temporary
folder (removed when the program exits) and hands it to the system's viewer,
"Save as…" writes it where the advisor chooses. Recording the day the
addressee received a letter (the stamped copy) recomputes the reply deadline
from that day. Writing letters is the letter wizard's job (a later version).
"""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QLabel, QMessageBox, QVBoxLayout, QWidget

from debtdesk.clock import today
from debtdesk.errors import DebtdeskError, ValidationError
from debtdesk.i18n import current_language
from ui.case_file.form_dialog import FormDialog
from ui.case_file.inputs import format_day
from ui.case_file.labels import label, languages
from ui.case_file.record_tab import RecordTab, button_row, heading
from ui.case_file.table import Column, RowsModel, make_view, select_where, selected_row
from ui.operations import letters as ops

if TYPE_CHECKING:
    from debtdesk.db.database import Database

_temp_folder: Path | None = None


def temp_folder() -> Path:
    """A folder only this user can read, for opened letters; removed at exit."""
    global _temp_folder
    if _temp_folder is None or not _temp_folder.is_dir():
        _temp_folder = Path(tempfile.mkdtemp(prefix="debtdesk-letters-"))
        atexit.register(shutil.rmtree, _temp_folder, True)
    return _temp_folder


class LettersTab(RecordTab):
    """The document register of one case: open or save a letter, record its dates."""

    NAME = "letters"

    def __init__(self, db: Database, case_id: int, parent: QWidget | None = None) -> None:
        super().__init__(db, case_id, parent)
        tr = self.tr
        on = today()

        def overdue(r: ops.LetterRow) -> bool:
            return r.awaiting_reply and r.reply_due is not None and r.reply_due < on

        self.model: RowsModel[ops.LetterRow] = RowsModel(
            [
                Column(tr("No."), lambda r: r.outgoing_no),
                Column(tr("Date"), lambda r: format_day(r.created_on)),
                Column(tr("Letter"), lambda r: r.title, tooltip=lambda r: r.template),
                Column(tr("Language"), lambda r: label(languages(), r.language)),
                Column(tr("To"), lambda r: r.recipient or ""),
                Column(tr("Sent"), lambda r: format_day(r.sent_on)),
                Column(tr("Received"), lambda r: format_day(r.received_on)),
                Column(
                    tr("Reply due"),
                    lambda r: self._reply_due(r),
                    bold=overdue,
                    tooltip=lambda r: self._reply_tip(r),
                ),
                Column(
                    tr("Reply"),
                    lambda r: format_day(r.reply_on) if r.reply_on else self._awaiting(r),
                    bold=overdue,
                ),
            ],
            self,
        )
        self.view = make_view(self.model, "lettersTable", stretch=2)
        self.view.doubleClicked.connect(lambda _i: self.open_letter())
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._enable())

        self.open_button = self.button(tr("&Open"), "openLetter", self.open_letter)
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
        self.confirmation = QLabel()
        self.confirmation.setObjectName("confirmation")
        self.confirmation.hide()
        self.empty_hint = QLabel(tr("No letters registered for this case yet."))
        self.empty_hint.setObjectName("emptyHint")
        self.empty_hint.setEnabled(False)

        layout = QVBoxLayout(self)
        layout.addLayout(
            button_row(
                heading(tr("Letters")),
                self.open_button,
                self.save_button,
                self.sent_button,
                self.received_button,
                self.reply_button,
                stretch_at=0,
            )
        )
        layout.addWidget(self.confirmation)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty_hint)
        self.reload()

    # --- CaseTab ---------------------------------------------------------------------

    def title(self) -> str:
        return self.tr("Letters")

    def reload(self) -> None:
        keep = self.current()
        rows = ops.letters_of(self.db, self.case_id, current_language())
        self.model.set_rows(rows)
        self.empty_hint.setVisible(not rows)
        kept = keep is not None and select_where(self.view, lambda r: r.id == keep.id)
        if not kept and rows:
            self.view.selectRow(0)
        self._enable()

    def current(self) -> ops.LetterRow | None:
        return selected_row(self.view)

    def _enable(self) -> None:
        row = self.current()
        for button in (self.open_button, self.save_button, self.sent_button):
            button.setEnabled(row is not None)
        self.received_button.setEnabled(row is not None and row.received_on is None)
        self.reply_button.setEnabled(row is not None and row.reply_on is None)

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

    def _awaiting(self, row: ops.LetterRow) -> str:
        return self.tr("awaiting") if row.awaiting_reply else ""

    # --- the file -----------------------------------------------------------------------

    def _file(self) -> ops.LetterFile | None:
        row = self.current()
        if row is None:
            return None
        try:
            return ops.letter_pdf(self.db, row.id)
        except DebtdeskError as exc:
            QMessageBox.warning(self, self.tr("Cannot open the letter"), str(exc))
            return None

    def open_letter(self) -> Path | None:
        """Write the letter's PDF to a private temporary file and open it in the viewer."""
        letter = self._file()
        if letter is None:
            return None
        path = temp_folder() / letter.file_name
        path.write_bytes(letter.data)
        os.chmod(path, 0o600)
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            QMessageBox.warning(
                self,
                self.tr("Cannot open the letter"),
                self.tr("No program to show PDF files was found. Use “Save as…” instead."),
            )
        return path

    def save_as(self) -> None:
        letter = self._file()
        if letter is None:
            return
        target, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the letter as"),
            str(Path.home() / letter.file_name),
            self.tr("PDF files (*.pdf)"),
        )
        if target:
            self.save_to(Path(target), letter)

    def save_to(self, target: Path, letter: ops.LetterFile | None = None) -> bool:
        """Write the selected letter's PDF to ``target`` (whole, or not at all)."""
        letter = letter or self._file()
        if letter is None:
            return False
        part = target.with_name(target.name + ".part")
        try:
            part.write_bytes(letter.data)
            part.replace(target)
        except OSError as exc:
            part.unlink(missing_ok=True)
            QMessageBox.warning(self, self.tr("Cannot save the letter"), str(exc))
            return False
        self._say(self.tr("Saved {path}").format(path=target))
        return True

    # --- dates ------------------------------------------------------------------------

    def date_dialog(self, field: str) -> FormDialog | None:
        """The one-date form for ``sent_on``, ``received_on`` or ``reply_on`` (not yet shown)."""
        row = self.current()
        if row is None:
            return None
        captions = {
            "sent_on": (self.tr("Letter sent"), self.tr("Sent on:")),
            "received_on": (
                self.tr("Received by the addressee"),
                self.tr("Received on (stamped copy):"),
            ),
            "reply_on": (self.tr("Reply received"), self.tr("Reply received on:")),
        }
        title, caption = captions[field]
        actions = {
            "sent_on": ops.mark_sent,
            "received_on": ops.mark_received,
            "reply_on": ops.mark_reply_received,
        }

        def submit(values: dict[str, Any], _version: int | None) -> date | None:
            day = values[field]
            if day is None:
                raise ValidationError(field, self.tr("type the date"))
            return actions[field](self.db, row.id, day)

        dialog = FormDialog(self, f"{title}: {row.outgoing_no}", submit, name=f"{field}Dialog")
        dialog.setMinimumWidth(360)
        dialog.add_date(field, caption, today())
        return dialog

    def record(self, field: str) -> None:
        dialog = self.date_dialog(field)
        if dialog is None:
            return
        row = self.current()
        if self.run_dialog(dialog) and row is not None:
            select_where(self.view, lambda r: r.id == row.id)
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
