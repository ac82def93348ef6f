"""The Letters page: the register of every letter, its PDF beside it, and its dates.

Filters by the debtor's name, the kind of letter, the date range and "awaiting
a reply" narrow a register of thousands, read a page at a time
(``ui.letters.register_model``). The selected letter's stored PDF is shown in
the preview on the right, exactly as it was printed (a batch letter: its own
pages only). "Sent on…" starts its reply deadline; "Reply received…" closes
it and can attach the reply at once. "New letter…" opens the wizard for a
case chosen by name, "Batch…" the batch dialog.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from debtdesk.errors import DebtdeskError, ValidationError
from debtdesk.i18n import current_language
from ui.case_file.inputs import DateField
from ui.case_file.table import make_view
from ui.letters.batch_dialog import BatchDialog
from ui.letters.dialogs import CaseChooser, reply_dialog, sent_dialog
from ui.letters.printing import write_file
from ui.letters.register_model import LetterTableModel
from ui.letters.wizard import LetterWizard
from ui.operations import documents as ops
from ui.operations.letters import letter_pdf
from ui.pages.base import Page
from ui.widgets.forms import ERROR_STYLE
from ui.widgets.pdf_preview import PdfPreview

if TYPE_CHECKING:
    from debtdesk.db.database import Database

FILTER_DELAY_MS = 150
_HEADER_KEY = "letters_page/header"
_SPLITTER_KEY = "letters_page/splitter"


class LettersPage(Page):
    """Every registered letter: filter, preview, record sent and reply, write new ones."""

    NAME = "letters"

    # The advisor asked to open the case of the selected letter (its id).
    caseActivated = Signal(int)

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(db, parent)
        self.model = LetterTableModel(db, parent=self)
        self.model.fetchFailed.connect(self._show_error)
        self._loaded = False
        self._shown_id: int | None = None
        # Kept while open (non-modal); tests reach them here.
        self.wizard: LetterWizard | None = None
        self.batch: BatchDialog | None = None

        self.name_filter = QLineEdit()
        self.name_filter.setObjectName("letterNameFilter")
        self.name_filter.setPlaceholderText(self.tr("Debtor's name"))
        self.name_filter.setClearButtonEnabled(True)
        self.template_filter = QComboBox()
        self.template_filter.setObjectName("letterTemplateFilter")
        self.since = DateField("since")
        self.until = DateField("until")
        self.awaiting = QCheckBox(self.tr("Awaiting a reply"))
        self.awaiting.setObjectName("awaitingReply")
        self.count_label = QLabel()
        self.count_label.setObjectName("letterCount")
        self.error_label = QLabel()
        self.error_label.setObjectName("pageError")
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.setWordWrap(True)
        self.error_label.hide()

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(FILTER_DELAY_MS)
        self._timer.timeout.connect(self.apply_filters)
        self.name_filter.textChanged.connect(lambda _t: self._timer.start())
        self.template_filter.currentIndexChanged.connect(lambda _i: self.apply_filters())
        self.since.edited.connect(self._timer.start)
        self.until.edited.connect(self._timer.start)
        self.awaiting.toggled.connect(lambda _c: self.apply_filters())

        self.new_button = self._button(self.tr("&New letter…"), "newLetter", self.new_letter)
        self.batch_button = self._button(self.tr("&Batch…"), "batchLetters", self.open_batch)
        self.sent_button = self._button(self.tr("Sent on…"), "markSent", self.mark_sent)
        self.reply_button = self._button(self.tr("Reply received…"), "markReply", self.mark_reply)
        self.save_button = self._button(self.tr("Save as…"), "saveLetter", self.save_as)
        self.case_button = self._button(self.tr("Open case"), "openCase", self.open_case)
        self.templates_button = self._button(
            self.tr("&Templates…"), "editTemplates", self.edit_templates
        )
        self.templates_button.setToolTip(
            self.tr("Copy a built-in letter to your own templates, edit it, preview it")
        )

        self.view: QTableView = make_view(self.model, "lettersRegister")
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = self.view.horizontalHeader()
        header.setStretchLastSection(False)
        # Names, titles and addressees are long: fixed, elided widths keep the dates
        # and the reply columns on screen beside the preview.
        for column, sample in ((2, "Абдирахманова Кулаш"), (3, "Notice of a court h")):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, self.view.fontMetrics().horizontalAdvance(sample) + 16)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())
        self.view.doubleClicked.connect(lambda _i: self.open_case())
        self.preview = PdfPreview()
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.view)
        self.splitter.addWidget(self.preview)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([820, 380])

        filters = QHBoxLayout()
        filters.addWidget(self.name_filter, 2)
        filters.addWidget(self.template_filter, 2)
        filters.addWidget(QLabel(self.tr("From")))
        filters.addWidget(self.since)
        filters.addWidget(QLabel(self.tr("to")))
        filters.addWidget(self.until)
        filters.addWidget(self.awaiting)
        actions = QHBoxLayout()
        for button in (self.new_button, self.batch_button):
            actions.addWidget(button)
        actions.addSpacing(16)
        for button in (self.sent_button, self.reply_button, self.save_button, self.case_button):
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self.templates_button)
        actions.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addLayout(actions)
        layout.addWidget(self.error_label)
        layout.addWidget(self.splitter, 1)
        self._enable()

    def _button(self, text: str, name: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.clicked.connect(lambda _checked=False: slot())  # not the flag as an argument
        return button

    # --- Page ----------------------------------------------------------------------------

    def title(self) -> str:
        return self.tr("Letters")

    def focus_search(self) -> None:
        self.name_filter.setFocus()
        self.name_filter.selectAll()

    def edit_templates(self) -> None:
        from ui.templates.editor import open_template_editor

        open_template_editor(self.db, self)

    def data_changed(self) -> None:
        if self.isVisible():
            self.refresh()

    def page_shown(self) -> None:
        self._fill_templates()
        if self._loaded:
            self.refresh()
        else:
            self._loaded = True
            self.apply_filters()

    def restore_state(self, settings: QSettings) -> None:
        header = settings.value(_HEADER_KEY)
        if header is not None:
            self.view.horizontalHeader().restoreState(header)
        split = settings.value(_SPLITTER_KEY)
        if split is not None:
            self.splitter.restoreState(split)

    def save_state(self, settings: QSettings) -> None:
        settings.setValue(_HEADER_KEY, self.view.horizontalHeader().saveState())
        settings.setValue(_SPLITTER_KEY, self.splitter.saveState())

    # --- the list --------------------------------------------------------------------------

    def _fill_templates(self) -> None:
        try:
            used = ops.used_templates(self.db, current_language())
        except DebtdeskError as exc:
            self._show_error(str(exc))
            return
        self.model.set_titles(dict(used))
        keep = self.template_filter.currentData()
        self.template_filter.blockSignals(True)
        self.template_filter.clear()
        self.template_filter.addItem(self.tr("Every kind of letter"), None)
        for key, title in sorted(used, key=lambda kt: kt[1].casefold()):
            self.template_filter.addItem(title, key)
        self.template_filter.setCurrentIndex(max(0, self.template_filter.findData(keep)))
        self.template_filter.blockSignals(False)

    def current_filters(self) -> ops.LetterFilters:
        """The filters as typed; a badly typed date is shown and left out."""
        since = until = None
        try:
            since = self.since.value()
            until = self.until.value()
        except ValidationError:
            self._show_error(self.tr("Type dates as dd.mm.yyyy"))
        return ops.LetterFilters(
            name=self.name_filter.text().strip(),
            template=self.template_filter.currentData(),
            since=since,
            until=until,
            awaiting_reply=self.awaiting.isChecked(),
        )

    def apply_filters(self) -> None:
        self.error_label.hide()
        self._set(self.current_filters())

    def refresh(self) -> None:
        """Read the register again, keeping the selected letter selected if still listed."""
        self._set(self.model.filters)

    def _set(self, filters: ops.LetterFilters) -> None:
        keep = self.current()
        try:
            self.model.set_filters(filters)
        except DebtdeskError as exc:
            self._show_error(str(exc))
        count = self.model.match_count
        more = "+" if self.model.count_capped else ""
        self.count_label.setText(self.tr("{n}{more} letters").format(n=count, more=more))
        if keep is not None:
            for number in range(self.model.rowCount()):
                if self.model.row(number).id == keep.id:
                    self.view.selectRow(number)
                    break
        self._selection_changed()

    def current(self) -> ops.DocumentRow | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.row(rows[0].row()) if rows else None

    def _selection_changed(self) -> None:
        self._enable()
        row = self.current()
        if row is None:
            self._shown_id = None
            self.preview.clear()
        elif row.id != self._shown_id:
            self.open_selected()

    def _enable(self) -> None:
        row = self.current()
        for button in (self.sent_button, self.save_button, self.case_button):
            button.setEnabled(row is not None)
        self.reply_button.setEnabled(row is not None and row.reply_on is None)

    def _show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()

    # --- one letter ---------------------------------------------------------------------

    def open_selected(self) -> bool:
        """Show the selected letter's stored PDF in the preview."""
        row = self.current()
        if row is None:
            return False
        try:
            letter = letter_pdf(self.db, row.id)
        except DebtdeskError as exc:
            self.preview.clear()
            self._show_error(str(exc))
            return False
        self._shown_id = row.id
        return self.preview.set_pdf(letter.data)

    def save_as(self) -> None:
        row = self.current()
        if row is None:
            return
        try:
            letter = letter_pdf(self.db, row.id)
        except DebtdeskError as exc:
            self._show_error(str(exc))
            return
        target, _f = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the letter as"),
            str(Path.home() / letter.file_name),
            self.tr("PDF files (*.pdf)"),
        )
        if not target:
            return
        try:
            write_file(target, letter.data)
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Cannot save the letter"), str(exc))

    def mark_sent(self) -> bool:
        row = self.current()
        if row is None:
            return False
        return self._run(sent_dialog(self, self.db, row))

    def mark_reply(self) -> bool:
        row = self.current()
        if row is None:
            return False
        return self._run(reply_dialog(self, self.db, row))

    def _run(self, dialog: QWidget) -> bool:
        accepted = bool(dialog.exec())  # type: ignore[attr-defined]
        if accepted:
            self.refresh()
        return accepted

    def open_case(self) -> None:
        row = self.current()
        if row is not None:
            self.caseActivated.emit(row.debtor_id)

    # --- new letters --------------------------------------------------------------------

    def new_letter(self, case_id: int | None = None) -> LetterWizard | None:
        """The wizard for ``case_id``, or for a case chosen by name first."""
        if case_id is None:
            chooser = CaseChooser(self.db, self)
            if not chooser.exec():
                return None
            case_id = chooser.case_id()
            if case_id is None:
                return None
        try:
            wizard = LetterWizard(self.db, case_id, self)
        except DebtdeskError as exc:
            self._show_error(str(exc))
            return None
        wizard.registeredLetter.connect(lambda _id: self.refresh())
        wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        wizard.destroyed.connect(lambda *_: setattr(self, "wizard", None))
        self.wizard = wizard
        wizard.show()
        return wizard

    def open_batch(self, case_ids: list[int] | None = None) -> BatchDialog:
        dialog = BatchDialog(self.db, case_ids or [], self)
        dialog.batchRegistered.connect(lambda _n: self.refresh())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.destroyed.connect(lambda *_: setattr(self, "batch", None))
        self.batch = dialog
        dialog.show()
        return dialog
