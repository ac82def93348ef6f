"""Batch letters: one template to many cases, as one merged PDF previewed, then printed or saved.

The selection is either the cases with a hearing within N days (the weekly
"hearing notices for everyone" run) or the cases the caller passes in (those
selected in the case register). The batch runs on a worker thread with a
progress bar and Cancel; the core registers every letter in one transaction
or none (a cancelled batch gives its numbers back), so Cancel never leaves
half a batch in the register. The merged PDF is what the printer gets: the
preview shows exactly that file.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from debtdesk.errors import DebtdeskError
from debtdesk.i18n import current_language
from ui.case_file.labels import languages
from ui.letters.fields_form import LetterFieldsForm
from ui.letters.labels import category_label, recipient_label
from ui.letters.printing import print_pdf_on, save_pdf_to
from ui.operations import documents as ops
from ui.widgets.forms import ERROR_STYLE
from ui.widgets.pdf_preview import PdfPreview
from ui.widgets.progress import ProgressPanel
from ui.workers import Progress, Worker

if TYPE_CHECKING:
    from debtdesk.db.database import Database

DEFAULT_DAYS = 7


class BatchDialog(QDialog):
    """Choose a template and a selection → progress with Cancel → the merged PDF → print/save."""

    # The batch was registered (the number of letters): registers refresh.
    batchRegistered = Signal(int)

    def __init__(
        self,
        db: Database,
        case_ids: Sequence[int] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("batchDialog")
        self.setWindowTitle(self.tr("Batch letters"))
        self.setMinimumSize(720, 560)
        self.db = db
        self.case_ids = list(case_ids or [])
        self.templates = ops.batch_templates(current_language())
        self.outcome: ops.BatchOutcome | None = None
        self.worker: Worker | None = None
        # Chosen in advance (tests): no dialog.
        self.save_target: Path | None = None
        self.printer: QPrinter | None = None
        self.printed_pages = 0

        self.template_box = QComboBox()
        self.template_box.setObjectName("batchTemplate")
        for t in self.templates:
            self.template_box.addItem(
                f"{category_label(t.category)} — {t.title}  ({recipient_label(t.recipient_kind)})",
                t.key,
            )
        self.template_box.currentIndexChanged.connect(self._template_chosen)

        self.hearings_radio = QRadioButton(self.tr("Cases with a hearing within"))
        self.hearings_radio.setObjectName("byHearings")
        self.days = QSpinBox()
        self.days.setObjectName("batchDays")
        self.days.setRange(0, 366)
        self.days.setValue(DEFAULT_DAYS)
        self.days.setSuffix(self.tr(" days"))
        self.selected_radio = QRadioButton(
            self.tr("The {n} cases selected in the register").format(n=len(self.case_ids))
        )
        self.selected_radio.setObjectName("bySelection")
        self.selected_radio.setEnabled(bool(self.case_ids))
        group = QButtonGroup(self)
        group.addButton(self.hearings_radio)
        group.addButton(self.selected_radio)
        (self.selected_radio if self.case_ids else self.hearings_radio).setChecked(True)

        self.language_box = QComboBox()
        self.language_box.setObjectName("batchLanguage")
        self.language_box.addItem(self.tr("Each debtor's own"), None)
        for code, name in languages().items():
            self.language_box.addItem(name, code)
        self.skip_check = QCheckBox(self.tr("Leave out cases lacking data the letter needs"))
        self.skip_check.setObjectName("skipIncomplete")
        self.skip_check.setChecked(True)
        self.fields = LetterFieldsForm(nothing_more="")

        choose = QGroupBox(self.tr("Letter and cases"))
        form = QFormLayout(choose)
        form.addRow(self.tr("Letter:"), self.template_box)
        row = QHBoxLayout()
        row.addWidget(self.hearings_radio)
        row.addWidget(self.days)
        row.addStretch(1)
        form.addRow(self.tr("Cases:"), row)
        form.addRow("", self.selected_radio)
        form.addRow(self.tr("Language:"), self.language_box)
        form.addRow("", self.skip_check)
        form.addRow(self.fields)

        self.start_button = QPushButton(self.tr("&Make the letters"))
        self.start_button.setObjectName("startBatch")
        self.start_button.setDefault(True)
        self.start_button.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.start_button.clicked.connect(self.start)
        self.progress = ProgressPanel()
        self.progress.hide()
        self.result_label = QLabel()
        self.result_label.setObjectName("batchResult")
        self.result_label.setWordWrap(True)
        self.error_label = QLabel()
        self.error_label.setObjectName("batchError")
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self.preview = PdfPreview()
        self.save_button = QPushButton(self.tr("Save as PDF…"))
        self.save_button.setObjectName("saveBatch")
        self.save_button.clicked.connect(lambda: self.save_pdf(ask=True))
        self.print_button = QPushButton(self.tr("Print…"))
        self.print_button.setObjectName("printBatch")
        self.print_button.clicked.connect(lambda: self.print_batch(ask=True))
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setObjectName("closeBatch")
        self.close_button.clicked.connect(self.reject)
        for button in (self.save_button, self.print_button):
            button.setEnabled(False)

        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(choose)
        start_row = QHBoxLayout()
        start_row.addWidget(self.start_button)
        start_row.addWidget(self.progress, 1)
        top_layout.addLayout(start_row)
        top_layout.addWidget(self.error_label)
        top_layout.addWidget(self.result_label)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(top)
        self.splitter.addWidget(self.preview)
        self.splitter.setStretchFactor(1, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.print_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter, 1)
        layout.addLayout(buttons)
        self.preview.hide()
        self._template_chosen()

    def template(self) -> ops.TemplateSummary | None:
        key = self.template_box.currentData()
        return next((t for t in self.templates if t.key == key), None)

    def _template_chosen(self) -> None:
        t = self.template()
        self.fields.set_fields(t.fields if t else (), t.optional_fields if t else ())

    def error_text(self) -> str:
        return self.error_label.text() if self.error_label.isVisibleTo(self) else ""

    def _error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()

    # --- running -------------------------------------------------------------------------

    def start(self) -> None:
        """Make the batch on a worker thread (progress, Cancel)."""
        template = self.template()
        if template is None or (self.worker is not None and self.worker.is_running()):
            return
        self.error_label.hide()
        if not self.fields.check():
            return
        if self.selected_radio.isChecked():
            ids = list(self.case_ids)
        else:
            try:
                ids = ops.hearing_cases(self.db, self.days.value())
            except DebtdeskError as exc:
                self._error(str(exc))
                return
            if not ids:
                self._error(
                    self.tr("No case has a hearing within {n} days.").format(n=self.days.value())
                )
                return
        db = self.db
        key = template.key
        lang = self.language_box.currentData()
        fields = self.fields.values()
        skip = self.skip_check.isChecked()

        making = self.tr("Making {n} letters…").format(n=len(ids))

        def run(progress: Progress) -> ops.BatchOutcome:
            progress.set_text(making)
            return ops.run_batch(
                db,
                key,
                ids,
                lang=lang,
                fields=fields,
                skip_incomplete=skip,
                progress=progress,
                cancel=progress.is_cancelled,
            )

        worker = Worker(run, self)
        self.worker = worker
        self.outcome = None
        self.result_label.clear()
        self.preview.clear()
        self.progress.attach(worker, making)
        self.progress.show()
        self.start_button.setEnabled(False)
        self.close_button.setEnabled(False)
        worker.succeeded.connect(self._done)
        worker.failed.connect(self._error)
        worker.cancelled.connect(
            lambda: self.result_label.setText(self.tr("Cancelled: no letter was registered."))
        )
        worker.finished.connect(self._finished)
        worker.start()

    def _finished(self) -> None:
        self.progress.hide()
        self.start_button.setEnabled(True)
        self.close_button.setEnabled(True)

    def _done(self, outcome: ops.BatchOutcome) -> None:
        self.outcome = outcome
        text = self.tr("{n} letters registered, {first} … {last}, {pages} pages.").format(
            n=outcome.letters, first=outcome.first_no, last=outcome.last_no, pages=outcome.pages
        )
        if outcome.skipped:
            text += " " + self.tr("Left out {n} cases lacking data:").format(n=len(outcome.skipped))
            text += "\n" + "\n".join(f"• {why}" for _id, why in outcome.skipped[:10])
            if len(outcome.skipped) > 10:
                text += "\n…"
        self.result_label.setText(text)
        self.preview.show()
        self.preview.set_pdf(outcome.pdf)
        self.splitter.setSizes([1, 3])
        for button in (self.save_button, self.print_button):
            button.setEnabled(True)
        self.batchRegistered.emit(outcome.letters)

    # --- the merged file -------------------------------------------------------------------

    def save_pdf(self, *, ask: bool) -> Path | None:
        if self.outcome is None:
            return None
        target = save_pdf_to(
            self,
            self.outcome.pdf,
            None if ask else self.save_target,
            title=self.tr("Save the batch as"),
            suggested=f"{self.outcome.first_no}-{self.outcome.last_no}.pdf",
            file_filter=self.tr("PDF (*.pdf)"),
            failed=self.tr("Cannot save the batch"),
        )
        if target is not None:
            self.result_label.setText(
                self.result_label.text() + "\n" + self.tr("Saved {path}").format(path=target)
            )
        return target

    def print_batch(self, *, ask: bool) -> int:
        if self.outcome is None:
            return 0
        pages = print_pdf_on(
            self,
            self.outcome.pdf,
            None if ask else self.printer,
            title=self.tr("Print the batch"),
            failed=self.tr("Cannot print the batch"),
        )
        self.printed_pages += pages
        return pages

    def reject(self) -> None:
        if self.worker is not None and self.worker.is_running():
            self.progress.cancel()  # closing while it runs means Cancel
            return
        super().reject()
