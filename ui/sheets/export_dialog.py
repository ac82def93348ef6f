"""Export the register as the Cases page shows it: cases, deadlines or letters to a sheet.

"What the register shows now" is the page's filter boxes and search text,
handed to the core as a ``RegisterFilter`` (the same arguments as the
register's own query), so the file holds exactly the cases on screen, and for
deadlines and letters exactly theirs. Formats: ``.xlsx`` (dates as dates,
amounts as numbers), CSV in UTF-8 (with a BOM, which Excel recognises) or in
Windows-1251 for old Excel on a Russian Windows (Kazakh letters become the
nearest Russian ones, and the dialog says how many cells changed).

The export runs on a worker thread: a big register takes a few seconds.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from debtdesk.clock import today
from debtdesk.i18n import current_language
from ui.formatting import format_count
from ui.operations import sheets as ops
from ui.operations.register import CaseFilters
from ui.widgets.forms import ERROR_STYLE
from ui.workers import Progress, Worker

if TYPE_CHECKING:
    from debtdesk.db.database import Database
    from ui.pages.cases_page import CasesPage

# (key, encoding, suffix)
FORMATS: tuple[tuple[str, str, str], ...] = (
    ("xlsx", "utf-8", ".xlsx"),
    ("csv-utf8", "utf-8", ".csv"),
    ("csv-cp1251", "cp1251", ".csv"),
)


def register_filter(filters: CaseFilters, text: str = "") -> ops.RegisterFilter:
    """The Cases page's filter boxes and search text as the core's ``RegisterFilter``."""
    return ops.RegisterFilter(
        text=text.strip() or None,
        city=filters.city,
        status=filters.status,
        advisor_id=filters.advisor_id,
        urgency=filters.urgency,
    )


class ExportDialog(QDialog):
    """What, which format, where; the register's filter as the page has it."""

    # The file was written (an ``ExportResult``).
    exported = Signal(object)

    def __init__(
        self,
        db: Database,
        where: ops.RegisterFilter | None = None,
        described: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self.setWindowTitle(self.tr("Export to a sheet"))
        self.setMinimumWidth(560)
        self.db = db
        self.where = where or ops.RegisterFilter()
        self.result: ops.ExportResult | None = None
        self.worker: Worker | None = None

        self.what = QComboBox()
        self.what.setObjectName("exportWhat")
        self.what.addItem(self.tr("Cases (the register)"), "cases")
        self.what.addItem(self.tr("Deadlines of these cases"), "deadlines")
        self.what.addItem(self.tr("Letters of these cases (the letter register)"), "letters")
        self.format = QComboBox()
        self.format.setObjectName("exportFormat")
        self.format.addItem(self.tr("Excel workbook (.xlsx)"), "xlsx")
        self.format.addItem(self.tr("CSV, UTF-8 (.csv)"), "csv-utf8")
        self.format.addItem(self.tr("CSV, Windows-1251 for old Excel (.csv)"), "csv-cp1251")
        self.separator = QComboBox()
        self.separator.setObjectName("exportSeparator")
        self.separator.addItem(self.tr("comma (,)"), ",")
        self.separator.addItem(self.tr("semicolon (;), as Russian Excel expects"), ";")
        self.only_shown = QCheckBox()
        self.only_shown.setObjectName("onlyShown")
        if self.where.empty:
            self.only_shown.setText(self.tr("The register shows every case: all are exported"))
            self.only_shown.setChecked(False)
            self.only_shown.setEnabled(False)
        else:
            self.only_shown.setText(
                self.tr("Only what the register shows now: {filter}").format(
                    filter=described or self.tr("filtered")
                )
            )
            self.only_shown.setChecked(True)
        self.path_edit = QLineEdit()
        self.path_edit.setObjectName("exportPath")
        self.path_edit.setMinimumWidth(320)
        browse = QPushButton(self.tr("&Choose…"))
        browse.setObjectName("chooseExportPath")
        browse.clicked.connect(self.browse)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(browse)

        form = QFormLayout()
        form.addRow(self.tr("Export:"), self.what)
        form.addRow("", self.only_shown)
        form.addRow(self.tr("Format:"), self.format)
        form.addRow(self.tr("Separator:"), self.separator)
        form.addRow(self.tr("File:"), path_row)

        self.status = QLabel()
        self.status.setObjectName("exportStatus")
        self.status.setWordWrap(True)
        self.buttons = QDialogButtonBox()
        self.export_button = self.buttons.addButton(
            self.tr("&Export"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.export_button.setObjectName("exportButton")
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.export_button.clicked.connect(self.export)
        self.close_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

        self._default_stem = ""
        self.what.currentIndexChanged.connect(self._suggest_path)
        self.format.currentIndexChanged.connect(self._format_chosen)
        self._format_chosen()

    @classmethod
    def for_cases_page(cls, page: CasesPage) -> ExportDialog:
        """The dialog for what ``page`` shows now (its filter boxes and search text)."""
        text = page.model.text
        described = [
            combo.currentText()
            for combo in (
                page.city_filter,
                page.status_filter,
                page.advisor_filter,
                page.urgency_filter,
            )
            if combo.currentData() is not None
        ]
        if text.strip():
            quoted = QCoreApplication.translate("ExportDialog", "search “{text}”")
            described.append(quoted.format(text=text.strip()))
        return cls(page.db, register_filter(page.filters, text), ", ".join(described), page)

    # -- choices ----------------------------------------------------------------------------

    def chosen_format(self) -> tuple[str, str, str]:
        key = self.format.currentData()
        return next(f for f in FORMATS if f[0] == key)

    def _format_chosen(self) -> None:
        key, encoding, _suffix = self.chosen_format()
        self.separator.setEnabled(key != "xlsx")
        # Old Excel in a Russian locale, the reason to want Windows-1251, splits on ";".
        self.separator.setCurrentIndex(1 if encoding == "cp1251" else 0)
        self._suggest_path()

    def _suggest_path(self) -> None:
        """Keep the file name in step with the choices, unless the person typed another."""
        what = str(self.what.currentData())
        suffix = self.chosen_format()[2]
        stem = f"{what}-{today():%Y-%m-%d}"
        current = self.path_edit.text().strip()
        if not current:
            self.path_edit.setText(str(Path.home() / f"{stem}{suffix}"))
        else:
            path = Path(current)
            if path.stem == self._default_stem:
                path = path.with_name(stem + suffix)
            elif path.suffix.lower() in (".xlsx", ".csv"):
                path = path.with_suffix(suffix)
            self.path_edit.setText(str(path))
        self._default_stem = stem

    def browse(self) -> None:
        suffix = self.chosen_format()[2]
        pattern = self.tr("Excel (*.xlsx)") if suffix == ".xlsx" else self.tr("CSV (*.csv)")
        chosen, _f = QFileDialog.getSaveFileName(
            self, self.tr("Export to"), self.path_edit.text(), pattern
        )
        if chosen:
            self.path_edit.setText(chosen)

    def _error(self, message: str) -> None:
        self.status.setStyleSheet(ERROR_STYLE)
        self.status.setText(message)

    # -- exporting --------------------------------------------------------------------------

    def export(self) -> None:
        """Write the file on a worker thread; ``exported`` is emitted when it is there."""
        if self.worker is not None and self.worker.is_running():
            return
        path = Path(self.path_edit.text().strip()).expanduser()
        _key, encoding, suffix = self.chosen_format()
        if not path.name:
            self._error(self.tr("Choose where to save the file."))
            return
        if path.suffix.lower() != suffix:
            path = path.with_suffix(suffix)
            self.path_edit.setText(str(path))
        db, what = self.db, str(self.what.currentData())
        where = self.where if self.only_shown.isChecked() else ops.RegisterFilter()
        delimiter = str(self.separator.currentData()) if suffix == ".csv" else ","
        lang = current_language()

        def run(_progress: Progress) -> ops.ExportResult:
            return ops.export_register(
                db, what, path, where=where, encoding=encoding, delimiter=delimiter, lang=lang
            )

        # No parent: the worker keeps itself alive until it has finished, even if the
        # dialog is closed and deleted meanwhile.
        worker = Worker(run)
        self.worker = worker
        self.result = None
        self.status.setStyleSheet("")
        self.status.setText(self.tr("Exporting…"))
        self.export_button.setEnabled(False)
        worker.succeeded.connect(self._done)
        worker.failed.connect(self._error)
        worker.finished.connect(self._finished)
        worker.start()

    def _finished(self) -> None:
        self.export_button.setEnabled(True)

    def _done(self, result: ops.ExportResult) -> None:
        self.result = result
        text = self.tr("Exported {n} rows to {file}.").format(
            n=format_count(result.rows), file=result.path
        )
        if result.replaced_cells:
            text += "\n" + self.tr(
                "{n} cells had Kazakh letters Windows-1251 cannot hold: they were written "
                "with the nearest Russian letter (choose UTF-8 to keep them)."
            ).format(n=format_count(result.replaced_cells))
        self.status.setText(text)
        self.exported.emit(result)

    def reject(self) -> None:
        if self.worker is not None and self.worker.is_running():
            return  # the file is being written: it takes seconds, not minutes
        super().reject()


__all__ = ["FORMATS", "ExportDialog", "register_filter"]
