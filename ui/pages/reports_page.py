"""The Reports page: the movement's figures for a range and a city, their PDF, saving them.

The advisor picks a range (typed, or a quick choice: this month, last quarter,
this year, last year; the page opens on the year so far), a city or all of
them, and the report's language; "Show" counts the figures and draws the PDF
in a worker thread (``ui.operations.reports.make_report``), then lists the key
figures beside the PDF's preview. "Save PDF…" writes the very bytes previewed;
"Save spreadsheet…" the same figures as ``.xlsx``. A range that ends before it
starts is said beside the field and nothing is counted.

A case saved elsewhere (``data_changed``) counts the shown report again, at
once if the page is on screen, else when it is next shown.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from debtdesk.clock import today
from debtdesk.errors import DebtdeskError, ValidationError
from debtdesk.i18n import LANGUAGES
from ui.case_file.inputs import DateField
from ui.case_file.table import make_view
from ui.formatting import format_count, format_month
from ui.letters.printing import write_file
from ui.operations import reports as ops
from ui.pages.base import Page
from ui.reports.periods import (
    DEFAULT_PERIOD,
    LAST_QUARTER,
    LAST_YEAR,
    THIS_MONTH,
    THIS_YEAR,
    matching_period,
    period_range,
)
from ui.reports.summary import FigureLine, figure_lines, summary_model
from ui.widgets.forms import ERROR_STYLE, FieldErrors
from ui.widgets.pdf_preview import PdfPreview
from ui.workers import Worker, after_first_paint

if TYPE_CHECKING:
    from debtdesk.db.database import Database
    from debtdesk.reports.figures import FigureQuery

_SPLITTER_KEY = "reports_page/splitter"


class ReportsPage(Page):
    """Range, city and language; the key figures and the PDF preview; save as PDF or xlsx."""

    NAME = "reports"

    # A report was counted and is shown (tests wait on it).
    computed = Signal()
    # Counting failed; the message is shown on the page.
    failed = Signal(str)

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(db, parent)
        self.report: ops.FiguresReport | None = None
        self._worker: Worker | None = None
        self._loaded = False
        self._stale = False

        self.period = QComboBox()
        self.period.setObjectName("reportPeriod")
        self.period.setAccessibleName(self.tr("Period"))
        self.period.addItem(self.tr("Custom range"), None)
        for key, text in (
            (THIS_MONTH, self.tr("This month")),
            (LAST_QUARTER, self.tr("Last quarter")),
            (THIS_YEAR, self.tr("This year")),
            (LAST_YEAR, self.tr("Last year")),
        ):
            self.period.addItem(text, key)
        self.start = DateField("start")
        self.end = DateField("end")
        self.start.setAccessibleName(self.tr("From"))
        self.end.setAccessibleName(self.tr("To"))
        self.city = QComboBox()
        self.city.setObjectName("reportCity")
        self.city.setAccessibleName(self.tr("City"))
        self.city.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.city.addItem(self.tr("All cities"), None)
        self.language = QComboBox()
        self.language.setObjectName("reportLanguage")
        self.language.setAccessibleName(self.tr("Language of the report"))
        names = {"kk": self.tr("Kazakh"), "ru": self.tr("Russian"), "en": self.tr("English")}
        for code in LANGUAGES:
            self.language.addItem(names[code], code)
        self.show_button = QPushButton(self.tr("&Show"))
        self.show_button.setObjectName("reportShow")
        self.show_button.setDefault(True)

        self.error_label = QLabel()
        self.error_label.setObjectName("reportError")
        self.errors = FieldErrors(self.error_label, self)
        self.start_error = self._error_label("start")
        self.end_error = self._error_label("end")
        self.city_error = self._error_label("city")
        self.errors.register("start", self.start, self.start_error)
        self.errors.register("end", self.end, self.end_error)
        self.errors.register("city", self.city, self.city_error)

        self.status = QLabel()
        self.status.setObjectName("reportStatus")
        self.heading = QLabel(self.tr("Choose the range and press Show."))
        self.heading.setObjectName("reportHeading")
        self.heading.setWordWrap(True)
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.summary = summary_model(self)
        self.summary_view = make_view(self.summary, "reportSummary", stretch=0)
        self.summary_view.setSelectionMode(self.summary_view.SelectionMode.NoSelection)
        self.summary_view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.notes = QLabel()
        self.notes.setObjectName("reportNotes")
        self.notes.setWordWrap(True)
        self.notes.hide()
        self.save_pdf_button = self._button(self.tr("Save &PDF…"), "reportSavePdf", self.save_pdf)
        self.save_xlsx_button = self._button(
            self.tr("Save sp&readsheet…"), "reportSaveXlsx", self.save_spreadsheet
        )
        self.preview = PdfPreview()

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.heading)
        left_layout.addWidget(self.summary_view, 1)
        left_layout.addWidget(self.notes)
        saves = QHBoxLayout()
        saves.addWidget(self.save_pdf_button)
        saves.addWidget(self.save_xlsx_button)
        saves.addStretch(1)
        left_layout.addLayout(saves)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.preview)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([440, 660])

        # Captions and inputs on one line, each date's message right under it.
        choices = QGridLayout()
        choices.setHorizontalSpacing(6)
        choices.setVerticalSpacing(2)
        row = (
            (self.period, 0),
            (QLabel(self.tr("From")), 0),
            (self.start, 0),
            (QLabel(self.tr("to")), 0),
            (self.end, 0),
            (QLabel(self.tr("City")), 12),
            (self.city, 0),
            (QLabel(self.tr("Language")), 12),
            (self.language, 0),
        )
        for column, (widget, space) in enumerate(row):
            if space:
                widget.setContentsMargins(space, 0, 0, 0)
            choices.addWidget(widget, 0, column)
        choices.setColumnStretch(len(row), 1)
        choices.addWidget(self.status, 0, len(row))
        choices.addWidget(self.show_button, 0, len(row) + 1)
        choices.addWidget(self.start_error, 1, 2)
        choices.addWidget(self.end_error, 1, 4)
        choices.addWidget(self.city_error, 1, 6)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(choices)
        layout.addWidget(self.error_label)
        layout.addWidget(self.splitter, 1)

        self.period.currentIndexChanged.connect(self._period_chosen)
        self.start.edited.connect(self._range_typed)
        self.end.edited.connect(self._range_typed)
        self.language.currentIndexChanged.connect(self._language_chosen)
        self.show_button.clicked.connect(lambda _checked=False: self.show_report())
        for field in (self.start, self.end):
            field.line.returnPressed.connect(self.show_report)
        self.set_period(DEFAULT_PERIOD)
        self._enable()

    def _error_label(self, field: str) -> QLabel:
        label = QLabel()
        label.setObjectName(f"error_{field}")
        label.setStyleSheet(ERROR_STYLE)
        label.setWordWrap(True)
        label.hide()
        return label

    def _button(self, text: str, name: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.clicked.connect(lambda _checked=False: slot())  # not the flag as an argument
        return button

    # --- Page ----------------------------------------------------------------------------

    def title(self) -> str:
        return self.tr("Reports")

    def page_shown(self) -> None:
        if not self._loaded:
            # Once the page is on screen (its first paint): the cities and the first
            # report need the report modules, which load the document pipeline.
            self._loaded = True
            after_first_paint(self, self._first_report)
            return
        self._fill_cities()
        if self._stale:
            self._recount()

    def _first_report(self) -> None:
        self.status.setText(self.tr("Counting…"))
        self.status.repaint()  # said before the imports hold the GUI thread
        self._fill_cities()
        self._choose_language()
        self.show_report()

    def data_changed(self) -> None:
        if self.report is None and self._worker is None:
            return  # nothing counted yet: the first report reads the data as it is
        if self.isVisible():
            self._recount()
        else:
            self._stale = True

    def restore_state(self, settings: QSettings) -> None:
        split = settings.value(_SPLITTER_KEY)
        if split is not None:
            self.splitter.restoreState(split)

    def save_state(self, settings: QSettings) -> None:
        settings.setValue(_SPLITTER_KEY, self.splitter.saveState())

    # --- choices ----------------------------------------------------------------------------

    def _fill_cities(self) -> None:
        try:
            cities = ops.report_choices(self.db)
        except DebtdeskError as exc:
            self._show_error(str(exc))
            return
        keep = self.city.currentData()
        self.city.blockSignals(True)
        self.city.clear()
        self.city.addItem(self.tr("All cities"), None)
        for city in cities:
            self.city.addItem(city, city)
        self.city.setCurrentIndex(max(0, self.city.findData(keep)))
        self.city.blockSignals(False)

    def _choose_language(self) -> None:
        try:
            lang = ops.report_language(self.db)
        except DebtdeskError as exc:
            self._show_error(str(exc))
            return
        self.language.blockSignals(True)
        self.language.setCurrentIndex(max(0, self.language.findData(lang)))
        self.language.blockSignals(False)

    def set_period(self, period: str) -> None:
        """Choose a quick range: its dates go into the fields."""
        self.period.setCurrentIndex(max(0, self.period.findData(period)))

    def set_range(self, start: date | None, end: date | None) -> None:
        """Type a range into the fields (the quick choice follows)."""
        self.start.set_day(start)
        self.end.set_day(end)

    def choose_city(self, city: str | None) -> None:
        self.city.setCurrentIndex(max(0, self.city.findData(city)))

    def choose_language(self, lang: str) -> None:
        self.language.setCurrentIndex(max(0, self.language.findData(lang)))

    def _period_chosen(self, _index: int) -> None:
        period = self.period.currentData()
        if period is None:
            return
        start, end = period_range(period, today())
        for field, day in ((self.start, start), (self.end, end)):
            field.blockSignals(True)
            field.set_day(day)
            field.blockSignals(False)
        self.errors.clear()

    def _range_typed(self) -> None:
        """A date typed by hand: the quick choice says which it is, or "Custom range"."""
        try:
            start, end = self.start.value(), self.end.value()
        except ValidationError:
            start = end = None
        period = matching_period(start, end, today()) if start and end else None
        self.period.blockSignals(True)
        self.period.setCurrentIndex(max(0, self.period.findData(period)))
        self.period.blockSignals(False)

    def _language_chosen(self, _index: int) -> None:
        # The preview and the saved files are in the chosen language: draw it again.
        if self.report is not None:
            self._recount()

    def query(self) -> FigureQuery:
        """The query the fields describe; ``ValidationError`` naming the field when not one."""
        return ops.figure_query(self.start.value(), self.end.value(), self.city.currentData())

    # --- counting ------------------------------------------------------------------------

    def show_report(self) -> bool:
        """Count the figures of the range and city chosen (in a worker); False if refused."""
        self.errors.clear()
        try:
            query = self.query()
        except ValidationError as exc:
            self.status.clear()
            self.errors.show(exc)
            return False
        self._start(query)
        return True

    def _recount(self) -> None:
        """Count the report shown again (data changed, or another language)."""
        self._stale = False
        query = self.report.figures.query if self.report is not None else None
        if query is None:
            self.show_report()
            return
        self.errors.clear()
        self._start(query)

    def _start(self, query: FigureQuery) -> None:
        db, lang = self.db, str(self.language.currentData())
        worker = Worker(lambda _p: ops.make_report(db, query, lang))
        # Bound methods: Qt drops the connections if the page goes first.
        worker.succeeded.connect(self._arrived)
        worker.failed.connect(self._failed)
        self._worker = worker
        self.status.setText(self.tr("Counting…"))
        self._enable()
        worker.start()

    def busy(self) -> bool:
        return self._worker is not None

    @Slot(object)
    def _arrived(self, report: ops.FiguresReport) -> None:
        if self.sender() is not self._worker:
            return  # counted for choices changed since
        self._worker = None
        self.report = report
        self.status.clear()
        self._show_figures(report)
        self.preview.set_pdf(report.pdf)
        self._enable()
        self.computed.emit()

    @Slot(str)
    def _failed(self, message: str) -> None:
        worker = self._worker
        if self.sender() is not worker or worker is None:
            return
        self._worker = None
        self.status.clear()
        if isinstance(worker.error, ValidationError):
            self.errors.show(worker.error)
        else:
            self._show_error(message)
        self._enable()
        self.failed.emit(message)

    def _show_figures(self, report: ops.FiguresReport) -> None:
        figures = report.figures
        query = figures.query
        # The figures count whole months (the anonymous records keep no days).
        first, last = format_month(query.first_day), format_month(query.last_day)
        months = first if first == last else f"{first} – {last}"
        self.heading.setText(
            self.tr("{where}: {months}").format(where=self._city_name(query.city), months=months)
        )
        overall = figures.overall
        self.summary.set_rows(figure_lines(overall))
        self.summary_view.resizeColumnToContents(1)
        notes = []
        if overall.suppressed:
            notes.append(
                self.tr(
                    "Fewer than {n} families: the figures are withheld, so that no family "
                    "can be recognised in them."
                ).format(n=figures.small_cell)
            )
        elif overall.unconverted:
            notes.append(
                self.tr(
                    "{n} loans or claims have no tenge rate for their date and are left out "
                    "of the sums."
                ).format(n=format_count(overall.unconverted))
            )
        self.notes.setText("\n".join(notes))
        self.notes.setVisible(bool(notes))

    def _city_name(self, city: str | None) -> str:
        if city is None:
            return self.tr("All cities")
        return city

    def shown_lines(self) -> list[FigureLine]:
        """The figure lines on screen (for tests and screenshots)."""
        return self.summary.rows()

    def _enable(self) -> None:
        ready = self.report is not None and self._worker is None
        self.save_pdf_button.setEnabled(ready)
        self.save_xlsx_button.setEnabled(ready)
        self.show_button.setEnabled(self._worker is None)

    def _show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()

    # --- saving --------------------------------------------------------------------------

    def file_name(self, suffix: str) -> str:
        """``movement-figures-2026-01-01-2026-11-30.pdf``, in the report's language words."""
        assert self.report is not None
        query = self.report.figures.query
        name = self.tr("movement-figures")
        raw = f"{name}-{query.start.isoformat()}-{query.end.isoformat()}"
        return "".join(c if c.isalnum() or c in "-_" else "-" for c in raw) + suffix

    def _ask_target(self, title: str, suffix: str, file_filter: str) -> Path | None:
        chosen, _filter = QFileDialog.getSaveFileName(
            self, title, str(Path.home() / self.file_name(suffix)), file_filter
        )
        if not chosen:
            return None
        target = Path(chosen)
        return target if target.suffix else target.with_suffix(suffix)

    def save_pdf(self, target: Path | None = None) -> Path | None:
        """Write the PDF previewed to ``target`` (else where the advisor says)."""
        if self.report is None:
            return None
        if target is None:
            target = self._ask_target(
                self.tr("Save the report as PDF"), ".pdf", self.tr("PDF files (*.pdf)")
            )
            if target is None:
                return None
        try:
            write_file(target, self.report.pdf)
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Cannot save the report"), str(exc))
            return None
        return target

    def save_spreadsheet(self, target: Path | None = None) -> Path | None:
        """Write the figures shown as an ``.xlsx`` workbook to ``target`` (else asked)."""
        if self.report is None:
            return None
        if target is None:
            target = self._ask_target(
                self.tr("Save the figures as a spreadsheet"),
                ".xlsx",
                self.tr("Excel workbooks (*.xlsx)"),
            )
            if target is None:
                return None
        try:
            ops.save_report_xlsx(self.report, target)
        except (OSError, DebtdeskError) as exc:
            QMessageBox.warning(self, self.tr("Cannot save the report"), str(exc))
            return None
        return target
