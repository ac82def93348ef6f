"""The import wizard: a sheet of cases in five steps, the same as ``debtdesk import-sheet``.

1. the file (``.xlsx`` or ``.csv``; what was detected: encoding, separator, rows);
2. which column is which field, prefilled from the mapping remembered for these
   headers or guessed from them, with the first rows read as the import reads them;
3. the dry run: how many rows import, each problem with its row, column and
   reason, possible duplicates of cases on file and what to do with them;
4. the import on a worker thread with a progress bar and Cancel;
5. what was imported, and "Undo this import".

The dry run is the import rolled back (``debtdesk.sheets.importing``), so its
counts are what the import will do. The import is all or nothing: Cancel (or
an invalid row, unless "skip invalid rows" is ticked) leaves the database as
it was. Both run on a worker (``ui.workers``) because a sheet of thousands of
rows takes seconds; the wizard's buttons wait meanwhile.
"""

from __future__ import annotations

from datetime import date, time
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from debtdesk.errors import DebtdeskError
from ui.formatting import format_count, format_day, format_money, format_time
from ui.models.case_table_model import format_phone
from ui.operations import sheets as ops
from ui.sheets.labels import (
    action_label,
    delimiter_label,
    encoding_label,
    field_label,
    reason_label,
)
from ui.widgets.forms import ERROR_STYLE
from ui.widgets.progress import ProgressPanel
from ui.workers import Progress, Worker

if TYPE_CHECKING:
    from debtdesk.db.database import Database

PREVIEW_ROWS = 5
DUPLICATE_CHOICES = ("skip", "merge", "add")
_PROBLEM_COLOR = QColor("#d0342c")


def _table(headers: list[str], name: str) -> QTableWidget:
    """A read-only table sized to its contents, the last column taking the rest."""
    table = QTableWidget(0, len(headers))
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    rows = table.verticalHeader()
    rows.setVisible(False)
    rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    rows.setDefaultSectionSize(table.fontMetrics().height() + 8)
    header = table.horizontalHeader()
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    header.setStretchLastSection(True)
    return table


def _fill(table: QTableWidget, rows: list[list[str]]) -> None:
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            item = QTableWidgetItem(text)
            item.setToolTip(text)
            table.setItem(r, c, item)
    for c in range(table.columnCount() - 1):
        table.resizeColumnToContents(c)


def _shown(value: Any, field: str = "") -> str:
    """A value read from a cell as the app shows it elsewhere (dates and sums localised)."""
    if value is None:
        return ""
    if field == "phone":
        return format_phone(str(value))
    if isinstance(value, date):
        return format_day(value)
    if isinstance(value, time):
        return format_time(value)
    if isinstance(value, Decimal):
        return format_money(value)
    return str(value)


# --- 1. the file -----------------------------------------------------------------------------


class FilePage(QWizardPage):
    """Choose the sheet; it is read at once and what was detected is said."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("Choose the sheet"))
        self.setSubTitle(
            self.tr(
                "An Excel workbook (.xlsx, its first sheet) or a CSV file in UTF-8 or "
                "Windows-1251. The header row is found by its column names."
            )
        )
        self.path_edit = QLineEdit()
        self.path_edit.setObjectName("sheetPath")
        self.path_edit.setPlaceholderText(self.tr("Path to an .xlsx or .csv file"))
        self.path_edit.editingFinished.connect(lambda: self.load(self.path_edit.text()))
        browse = QPushButton(self.tr("&Choose…"))
        browse.setObjectName("chooseSheet")
        browse.clicked.connect(self.browse)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)
        self.info = QLabel()
        self.info.setObjectName("sheetInfo")
        self.info.setWordWrap(True)
        self.info.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error = QLabel()
        self.error.setObjectName("sheetError")
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.info)
        layout.addWidget(self.error)
        layout.addStretch(1)

    def browse(self) -> None:
        chosen, _f = QFileDialog.getOpenFileName(
            self,
            self.tr("Import a sheet"),
            self.path_edit.text() or str(Path.home()),
            self.tr("Sheets (*.xlsx *.csv);;All files (*)"),
        )
        if chosen:
            self.path_edit.setText(chosen)
            self.load(chosen)

    def load(self, path: str) -> bool:
        """Read ``path``; True when it could be read (the page is then complete)."""
        path = path.strip()
        wizard = self._wizard
        if not path or (wizard.sheet is not None and wizard.sheet.source == path):
            return wizard.sheet is not None
        if self.path_edit.text() != path:
            self.path_edit.setText(path)
        wizard.sheet = None
        self.error.hide()
        self.info.clear()
        try:
            sheet = ops.open_sheet(path)
        except DebtdeskError as exc:
            self.error.setText(exc.message)
            self.error.show()
            self.completeChanged.emit()
            return False
        wizard.sheet = sheet
        lines = [
            self.tr("{rows} rows below the header, {columns} columns.").format(
                rows=format_count(len(sheet.rows)), columns=len(sheet.columns)
            )
        ]
        if sheet.encoding:
            lines.append(
                self.tr("CSV text in {encoding}, separated by {delimiter}.").format(
                    encoding=encoding_label(sheet.encoding),
                    delimiter=delimiter_label(sheet.delimiter),
                )
            )
        else:
            lines.append(self.tr("Excel workbook: its first sheet is read."))
        if sheet.rows:
            lines.append(
                self.tr("The header is row {header}; the data starts at row {first}.").format(
                    header=sheet.rows[0].number - 1, first=sheet.rows[0].number
                )
            )
        self.info.setText("\n".join(lines))
        self.completeChanged.emit()
        return True

    def isComplete(self) -> bool:
        return self._wizard.sheet is not None

    def validatePage(self) -> bool:
        return self.load(self.path_edit.text())


# --- 2. the columns --------------------------------------------------------------------------


class MappingPage(QWizardPage):
    """Each field and the column it comes from; the first rows as the import reads them."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("Which column is which"))
        self.setSubTitle(
            self.tr(
                "Check each field's column; a field left at “not in the sheet” stays empty. "
                "The name is required. Your choice is remembered for sheets with these headers."
            )
        )
        self.source_label = QLabel()
        self.source_label.setObjectName("mappingSource")
        self.source_label.setWordWrap(True)
        self.fields = QTableWidget(len(ops.FIELDS), 2)
        self.fields.setObjectName("mappingTable")
        self.fields.setHorizontalHeaderLabels([self.tr("Field"), self.tr("Column of the sheet")])
        self.fields.verticalHeader().setVisible(False)
        self.fields.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.fields.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.fields.horizontalHeader().setStretchLastSection(True)
        self.fields.horizontalHeader().setDefaultAlignment(
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        )
        self.combos: dict[str, QComboBox] = {}
        for row, field in enumerate(ops.FIELDS):
            text = field_label(field)
            if field in ops.REQUIRED_FIELDS:
                text += " *"
            self.fields.setItem(row, 0, QTableWidgetItem(text))
            combo = QComboBox()
            combo.setObjectName(f"column_{field}")
            combo.setAccessibleName(field_label(field))
            combo.currentIndexChanged.connect(lambda _i, f=field: self._chosen(f))
            self.fields.setCellWidget(row, 1, combo)
            self.combos[field] = combo
        self.fields.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the combos take the focus
        self.fields.resizeColumnToContents(0)
        rows = self.fields.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(next(iter(self.combos.values())).sizeHint().height() + 2)
        # Every field in sight without scrolling: the table is as tall as its rows.
        self.fields.setMinimumHeight(
            rows.defaultSectionSize() * len(ops.FIELDS)
            + self.fields.horizontalHeader().sizeHint().height()
            + 2 * self.fields.frameWidth()
        )
        self.error = QLabel()
        self.error.setObjectName("mappingError")
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.preview = _table([], "mappingPreview")
        self.preview.setMinimumHeight(100)
        layout = QVBoxLayout(self)
        layout.addWidget(self.source_label)
        layout.addWidget(self.fields)
        layout.addWidget(self.error)
        layout.addWidget(QLabel(self.tr("The first rows as they will be read:")))
        layout.addWidget(self.preview, 1)
        self._filling = False

    def initializePage(self) -> None:
        sheet = self._wizard.sheet
        if sheet is None:
            return
        try:
            choice = ops.starting_mapping(self._wizard.db, sheet)
        except DebtdeskError:  # the remembered mapping unreadable: the volunteer chooses
            choice = ops.MappingChoice({}, remembered=False)
        self.source_label.setText(
            self.tr("Remembered from the last import of a sheet with these headers.")
            if choice.remembered
            else self.tr("Guessed from the header names.")
        )
        self._filling = True
        for field, combo in self.combos.items():
            combo.clear()
            combo.addItem(self.tr("— not in the sheet —"), None)
            for column in sheet.columns:
                combo.addItem(column.label, column.index)
            index = choice.columns.get(field)
            combo.setCurrentIndex(max(combo.findData(index), 0) if index is not None else 0)
        self._filling = False
        self._refresh()

    def mapping(self) -> dict[str, int | None]:
        """``{field: column index or None}`` as chosen now."""
        return {field: combo.currentData() for field, combo in self.combos.items()}

    def choose(self, field: str, header: str | None) -> None:
        """Choose the column shown as ``header`` for ``field`` (None: not in the sheet)."""
        combo = self.combos[field]
        combo.setCurrentIndex(0 if header is None else combo.findText(header))

    def _chosen(self, field: str) -> None:
        if self._filling:
            return
        index = self.combos[field].currentData()
        if index is not None:  # a column feeds one field: take it from any other
            self._filling = True
            for other, combo in self.combos.items():
                if other != field and combo.currentData() == index:
                    combo.setCurrentIndex(0)
            self._filling = False
        self._refresh()

    def _refresh(self) -> None:
        sheet = self._wizard.sheet
        mapping = self.mapping()
        missing = [f for f in ops.REQUIRED_FIELDS if mapping.get(f) is None]
        self.error.setText(self.tr("Choose the column of the debtor's name."))
        self.error.setVisible(bool(missing))
        chosen = [f for f in ops.FIELDS if mapping.get(f) is not None]
        self.preview.clear()
        self.preview.setColumnCount(len(chosen) + 1)
        self.preview.setHorizontalHeaderLabels([self.tr("Row")] + [field_label(f) for f in chosen])
        rows = ops.preview_rows(sheet, mapping, PREVIEW_ROWS) if sheet is not None else []
        self.preview.setRowCount(len(rows))
        for r, (number, read) in enumerate(rows):
            self.preview.setItem(r, 0, QTableWidgetItem(str(number)))
            for c, field in enumerate(chosen, start=1):
                cell = read[field]
                item = QTableWidgetItem(_shown(cell.value, field))
                if cell.problem:
                    item.setForeground(_PROBLEM_COLOR)
                    item.setToolTip(cell.problem)
                self.preview.setItem(r, c, item)
        for c in range(self.preview.columnCount()):
            self.preview.resizeColumnToContents(c)
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        mapping = self.mapping()
        return all(mapping.get(f) is not None for f in ops.REQUIRED_FIELDS)

    def validatePage(self) -> bool:
        self._wizard.mapping = self.mapping()
        return True


# --- 3. the dry run --------------------------------------------------------------------------


class DryRunPage(QWizardPage):
    """What the import would do, found by doing it and rolling it back."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.report: ops.ImportReport | None = None
        self.setTitle(self.tr("Check before importing"))
        self.setSubTitle(self.tr("A dry run: every row is checked and nothing is saved yet."))
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Import"))
        self.progress = ProgressPanel()
        self.progress.hide()
        self.summary = QLabel()
        self.summary.setObjectName("dryRunSummary")
        self.summary.setWordWrap(True)
        self.error = QLabel()
        self.error.setObjectName("dryRunError")
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        self.problems = _table(
            [self.tr("Row"), self.tr("Column"), self.tr("Problem")], "problemTable"
        )
        self.duplicates = _table(
            [
                self.tr("Row"),
                self.tr("Name in the sheet"),
                self.tr("Row is"),
                self.tr("Cases on file"),
            ],
            "duplicateTable",
        )
        self.duplicate_choice = QComboBox()
        self.duplicate_choice.setObjectName("duplicateChoice")
        self.duplicate_choice.addItem(self.tr("Skip them (import nothing for these rows)"), "skip")
        self.duplicate_choice.addItem(self.tr("Merge each into the first case on file"), "merge")
        self.duplicate_choice.addItem(self.tr("Add them as new cases"), "add")
        self.duplicate_choice.currentIndexChanged.connect(self._rerun)
        self.skip_invalid = QCheckBox(
            self.tr("Skip invalid rows and import the rest (else the first one stops the import)")
        )
        self.skip_invalid.setObjectName("skipInvalid")
        self.problems_label = QLabel(self.tr("Problems:"))
        self.duplicates_label = QLabel(self.tr("Possible duplicates of cases on file:"))
        choice_row = QFormLayout()
        choice_row.addRow(self.tr("Possible duplicates:"), self.duplicate_choice)
        layout = QVBoxLayout(self)
        layout.addWidget(self.progress)
        layout.addWidget(self.summary)
        layout.addWidget(self.error)
        layout.addWidget(self.problems_label)
        layout.addWidget(self.problems, 1)
        layout.addWidget(self.skip_invalid)
        layout.addWidget(self.duplicates_label)
        layout.addWidget(self.duplicates, 1)
        layout.addLayout(choice_row)

    def on_duplicate(self) -> str:
        return str(self.duplicate_choice.currentData())

    def initializePage(self) -> None:
        self.run()

    def _rerun(self) -> None:
        if self._wizard.currentPage() is self:
            self.run()

    def run(self) -> None:
        """Start the dry run with the mapping and the duplicate choice made."""
        wizard = self._wizard
        if wizard.sheet is None or (wizard.worker is not None and wizard.worker.is_running()):
            return
        self.report = None
        self.error.hide()
        self.summary.clear()
        self.problems.setRowCount(0)
        self.duplicates.setRowCount(0)
        self.duplicate_choice.setEnabled(False)
        db, sheet, mapping = wizard.db, wizard.sheet, dict(wizard.mapping)
        choice = self.on_duplicate()
        text = self.tr("Checking {n} rows…").format(n=format_count(len(sheet.rows)))

        def check(progress: Progress) -> ops.ImportReport:
            return ops.import_rows(
                db,
                sheet,
                mapping,
                dry_run=True,
                on_duplicate=choice,
                progress=progress.report_or_stop,
            )

        worker = Worker(check)
        worker.succeeded.connect(self._checked)
        worker.failed.connect(self._failed)
        worker.finished.connect(self._finished)
        self.completeChanged.emit()
        wizard.start_worker(worker, self.progress, text)

    def _finished(self) -> None:
        self.progress.hide()
        self.duplicate_choice.setEnabled(True)
        self.completeChanged.emit()

    def _failed(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()

    def _checked(self, report: ops.ImportReport) -> None:
        self.report = report
        merged = sum(i.merged for i in report.imported)
        self.summary.setText(
            self.tr(
                "{rows} rows: {n} would be imported ({m} merged into cases on file), "
                "{bad} have problems, {dup} possible duplicates are skipped."
            ).format(
                rows=format_count(report.rows),
                n=format_count(len(report.imported)),
                m=format_count(merged),
                bad=format_count(len(report.invalid_rows)),
                dup=format_count(len(report.skipped_duplicates)),
            )
        )
        _fill(self.problems, [[str(p.row), p.column, p.message] for p in report.problems])
        _fill(
            self.duplicates,
            [
                [
                    str(d.row),
                    d.full_name,
                    action_label(d.action),
                    "; ".join(
                        f"#{m.id} {m.full_name} ({', '.join(reason_label(r) for r in m.reasons)})"
                        for m in d.matches
                    ),
                ]
                for d in report.duplicates
            ],
        )
        for widget in (self.problems_label, self.problems, self.skip_invalid):
            widget.setVisible(bool(report.problems))
        for widget in (self.duplicates_label, self.duplicates):
            widget.setVisible(bool(report.duplicates))

    def isComplete(self) -> bool:
        return self.report is not None and not (
            self._wizard.worker is not None and self._wizard.worker.is_running()
        )


# --- 4. the import ---------------------------------------------------------------------------


class RunPage(QWizardPage):
    """The import itself, all or nothing, with progress and Cancel."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("Importing"))
        self.setSubTitle(self.tr("All rows go in together: Cancel leaves the cases as they were."))
        self.progress = ProgressPanel()
        self.progress.hide()
        self.outcome = QLabel()
        self.outcome.setObjectName("runOutcome")
        self.outcome.setWordWrap(True)
        self.outcome.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.addWidget(self.progress)
        layout.addWidget(self.outcome)
        layout.addStretch(1)
        self.cancelled = False

    def initializePage(self) -> None:
        wizard = self._wizard
        wizard.report = None
        self.cancelled = False
        self.outcome.setStyleSheet("")
        self.outcome.clear()
        sheet = wizard.sheet
        assert sheet is not None
        db, mapping = wizard.db, dict(wizard.mapping)
        skip_invalid = wizard.dry_run_page.skip_invalid.isChecked()
        choice = wizard.dry_run_page.on_duplicate()
        text = self.tr("Importing {n} rows…").format(n=format_count(len(sheet.rows)))

        def run(progress: Progress) -> ops.ImportReport:
            return ops.import_rows(
                db,
                sheet,
                mapping,
                dry_run=False,
                skip_invalid=skip_invalid,
                on_duplicate=choice,
                progress=progress.report_or_stop,
            )

        worker = Worker(run)
        worker.succeeded.connect(self._imported)
        worker.failed.connect(self._failed)
        worker.cancelled.connect(self._cancelled)
        worker.finished.connect(self._finished)
        wizard.start_worker(worker, self.progress, text)
        self._buttons(False)

    def _buttons(self, enabled: bool) -> None:
        for which in (QWizard.WizardButton.BackButton, QWizard.WizardButton.CancelButton):
            button = self._wizard.button(which)
            if button is not None:
                button.setEnabled(enabled)

    def _imported(self, report: ops.ImportReport) -> None:
        self._wizard.report = report
        self._wizard.casesChanged.emit()

    def _failed(self, message: str) -> None:
        self.outcome.setStyleSheet(ERROR_STYLE)
        self.outcome.setText(
            message + "\n" + self.tr("Go back to tick “skip invalid rows”, or correct the sheet.")
        )

    def _cancelled(self) -> None:
        self.cancelled = True
        self.outcome.setText(self.tr("Cancelled: nothing was imported."))

    def _finished(self) -> None:
        self.progress.hide()
        self._buttons(True)
        self.completeChanged.emit()
        if self._wizard.report is not None and self._wizard.currentPage() is self:
            self._wizard.next()

    def isComplete(self) -> bool:
        return self._wizard.report is not None


# --- 5. done ---------------------------------------------------------------------------------


class DonePage(QWizardPage):
    """What went in, what was left out, and the way back."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.undone: ops.UndoSummary | None = None
        self.setTitle(self.tr("Imported"))
        self.setSubTitle(
            self.tr("“Undo this import” removes exactly what it added, as one action.")
        )
        self.summary = QLabel()
        self.summary.setObjectName("doneSummary")
        self.summary.setWordWrap(True)
        self.skipped = _table(
            [self.tr("Row"), self.tr("Column"), self.tr("Left out because")], "skippedTable"
        )
        self.undo_button = QPushButton(self.tr("&Undo this import"))
        self.undo_button.setObjectName("undoImport")
        self.undo_button.clicked.connect(self.undo)
        self.undo_label = QLabel()
        self.undo_label.setObjectName("undoOutcome")
        self.undo_label.setWordWrap(True)
        undo_row = QHBoxLayout()
        undo_row.addWidget(self.undo_button)
        undo_row.addWidget(self.undo_label, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.skipped, 1)
        layout.addLayout(undo_row)
        self.setFinalPage(True)

    def initializePage(self) -> None:
        wizard = self._wizard
        wizard.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        wizard.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        report = wizard.report
        if report is None:
            return
        merged = sum(i.merged for i in report.imported)
        lines = [
            self.tr("{n} cases imported from {file} ({m} merged into cases on file).").format(
                n=format_count(len(report.imported) - merged),
                file=Path(report.source).name,
                m=format_count(merged),
            )
        ]
        if report.problems:
            lines.append(
                self.tr("{n} invalid rows were left out:").format(
                    n=format_count(len(report.invalid_rows))
                )
            )
        if report.skipped_duplicates:
            lines.append(
                self.tr("{n} possible duplicates were skipped.").format(
                    n=format_count(len(report.skipped_duplicates))
                )
            )
        self.summary.setText("\n".join(lines))
        _fill(self.skipped, [[str(p.row), p.column, p.message] for p in report.problems])
        self.skipped.setVisible(bool(report.problems))
        self.undo_button.setEnabled(report.batch is not None)
        self.undo_label.clear()
        self.undo_label.setStyleSheet("")

    def undo(self) -> None:
        """Undo the whole import as one action (refused if a case was changed since)."""
        report = self._wizard.report
        if report is None or report.batch is None or self.undone is not None:
            return
        try:
            summary = ops.undo_sheet_import(self._wizard.db, report.batch)
        except DebtdeskError as exc:
            self.undo_label.setStyleSheet(ERROR_STYLE)
            self.undo_label.setText(exc.message)
            return
        self.undone = summary
        self.undo_button.setEnabled(False)
        self.undo_label.setText(
            self.tr(
                "Undone: {c} cases deleted, {r} merged cases restored, {x} added records deleted."
            ).format(c=summary.cases_deleted, r=summary.cases_restored, x=summary.records_deleted)
        )
        self._wizard.casesChanged.emit()


# --- the wizard ------------------------------------------------------------------------------


class ImportWizard(QWizard):
    """File → columns → dry run → import → done (see the module's docstring)."""

    # Cases were imported or an import undone: registers re-read.
    casesChanged = Signal()
    # A dry run or the import is about to start on this worker (tests follow it).
    workerStarting = Signal(object)

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importWizard")
        self.setWindowTitle(self.tr("Import cases from a sheet"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.HaveHelpButton, False)
        self.setMinimumSize(780, 680)
        self.db = db
        self.sheet: ops.Sheet | None = None
        self.mapping: dict[str, int | None] = {}
        self.report: ops.ImportReport | None = None
        self.worker: Worker | None = None
        self.file_page = FilePage(self)
        self.mapping_page = MappingPage(self)
        self.dry_run_page = DryRunPage(self)
        self.run_page = RunPage(self)
        self.done_page = DonePage(self)
        for page in (
            self.file_page,
            self.mapping_page,
            self.dry_run_page,
            self.run_page,
            self.done_page,
        ):
            self.addPage(page)

    def start_worker(self, worker: Worker, panel: ProgressPanel, text: str) -> None:
        """Run a page's dry run or import, shown by ``panel`` (closing the wizard cancels it)."""
        # The worker has no parent: it keeps itself alive until it has finished,
        # even if the wizard is closed and deleted meanwhile.
        self.worker = worker
        panel.attach(worker, text)
        panel.show()
        self.workerStarting.emit(worker)
        worker.start()

    def running(self) -> bool:
        return self.worker is not None and self.worker.is_running()

    def reject(self) -> None:
        if self.running():
            assert self.worker is not None
            self.worker.cancel()  # closing while it runs means Cancel; it rolls back
            return
        super().reject()
