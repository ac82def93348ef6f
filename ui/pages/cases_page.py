"""The case register: type a few letters of a name, IIN, phone or case number, open the case.

Typing filters as you type, at each key: a search costs a few milliseconds of
SQL, so there is no waiting for the typist to pause. The search runs from a
zero-delay timer, so keys that arrive together (a paste, a burst queued while
the laptop was busy) still cost one search. Filter boxes narrow by city,
status, advisor and urgency; clicking a column header sorts by it (again:
backwards; a third time: best match first).

Urgency needs the holiday calendar ("within 3 working days"), which takes a
second to load on an old laptop: the first screen counts weekends only, and the
calendar is loaded in a thread and applied when it comes (``urgencyReady``).
"""

from __future__ import annotations

import html
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QFontMetrics, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from debtdesk.errors import DebtdeskError
from ui.formatting import format_count
from ui.models.case_cell_delegate import CaseCellDelegate
from ui.models.case_table_model import (
    COUNT_CAP,
    SORT_KEY_OF,
    CaseIdRole,
    CaseTableModel,
    Column,
    status_label,
    urgency_label,
)
from ui.operations import register
from ui.operations.base import ready
from ui.operations.register import (
    BEST_FIRST,
    HOME_AT_RISK,
    NO_FILTERS,
    URGENCY_LEVELS,
    CaseFilters,
    CaseOrder,
    UrgencyBounds,
)
from ui.pages.base import Page
from ui.workers import after_first_paint

if TYPE_CHECKING:
    from debtdesk.db.database import Database

# Zero: no debounce (see the module's docstring), only keys already queued coalesce.
SEARCH_DELAY_MS = 0
STATUSES = ("open", "watch", "closed")
_HEADER_KEY = "cases_page/header"
# Initial column widths: wide enough for a typical long value (measured in the
# table's font, so they follow the font size and screen density) and the header.
_WIDTH_SAMPLES = {
    Column.NAME: "Абдирахманова Кулаш Бекболатқызы",
    Column.CITY: "Усть-Каменогорск",
    Column.IIN: "000000000000",
    Column.PHONE: "+7 000 000 00 00",
    Column.NEXT_HEARING: "0000-00-00",
    Column.NEXT_DEADLINE: "0000-00-00",
    Column.URGENCY: "within 14 days · ⚠ eviction in 30 d",
    Column.STATUS: "closed",
}
_CELL_PADDING = 24
_DATES = {Column.NEXT_HEARING, Column.NEXT_DEADLINE}


class _SearchBox(QLineEdit):
    """The search field; Down moves into the results so the hands stay on the keys."""

    downPressed = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Down:
            self.downPressed.emit()
            return
        super().keyPressEvent(event)


class CasesPage(Page):
    """Search box, filters, match count and the register table; Enter opens the case."""

    NAME = "cases"

    caseActivated = Signal(int)
    # Emitted when a search's first page is in the table (before its count): what a
    # keystroke waits for. The number is of the rows shown.
    resultsShown = Signal(int)
    # Emitted after every completed search with the number of matches (tests wait on it).
    searchFinished = Signal(int)
    # The urgency bounds from the working calendar arrived (from the loading thread).
    urgencyReady = Signal(object)
    # Cases were added or removed here (a sheet imported or its import undone).
    casesChanged = Signal(int)

    def __init__(
        self,
        db: Database,
        parent: QWidget | None = None,
        bounds: UrgencyBounds | None = None,
    ) -> None:
        """``bounds``: today's urgency bounds if the caller has them; otherwise the
        page loads them from the working calendar in a thread after the first page."""
        super().__init__(db, parent)
        self._filters: CaseFilters = NO_FILTERS
        self.match_count = 0

        self.search = _SearchBox()
        self.search.setObjectName("caseSearch")
        self.search.setPlaceholderText(self.tr("Search by name, IIN, phone or case number"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search cases"))

        self.count_label = QLabel()
        self.count_label.setObjectName("caseCount")
        self.count_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

        self.city_filter = self._combo("cityFilter", self.tr("City"), self.tr("All cities"))
        self.status_filter = self._combo("statusFilter", self.tr("Status"), self.tr("Any status"))
        for status in STATUSES:
            self.status_filter.addItem(status_label(status), status)
        self.advisor_filter = self._combo(
            "advisorFilter", self.tr("Advisor"), self.tr("All advisors")
        )
        self.urgency_filter = self._combo(
            "urgencyFilter", self.tr("Urgency"), self.tr("Any urgency")
        )
        self.urgency_filter.addItem(
            self.tr("Home at risk (eviction or auction within 30 days)"), HOME_AT_RISK
        )
        for level in URGENCY_LEVELS:
            self.urgency_filter.addItem(urgency_label(level).capitalize(), level)
        self._load_choices()

        self.model = CaseTableModel(db, parent=self, bounds=bounds)
        self.model.fetchFailed.connect(self._show_error)
        self.table = QTableView()
        self.table.setObjectName("caseTable")
        self.table.setModel(self.model)
        self._setup_table()

        self.hint = QLabel()
        self.hint.setObjectName("caseEmptyHint")
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint.setWordWrap(True)
        self.hint.setTextFormat(Qt.TextFormat.RichText)
        self.hint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hint.setMargin(24)

        self.results = QStackedWidget()
        self.results.addWidget(self.table)
        self.results.addWidget(self.hint)

        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addSpacing(12)
        top.addWidget(self.count_label)
        filters = QHBoxLayout()
        for combo in (
            self.city_filter,
            self.status_filter,
            self.advisor_filter,
            self.urgency_filter,
        ):
            filters.addWidget(combo)
        filters.addStretch(1)
        self.import_button = QPushButton(self.tr("&Import…"))
        self.import_button.setObjectName("importSheet")
        self.import_button.setToolTip(self.tr("Import cases from an .xlsx or .csv sheet"))
        self.import_button.clicked.connect(self.open_import)
        self.export_button = QPushButton(self.tr("E&xport…"))
        self.export_button.setObjectName("exportSheet")
        self.export_button.setToolTip(self.tr("Export what the register shows to .xlsx or .csv"))
        self.export_button.clicked.connect(self.open_export)
        filters.addWidget(self.import_button)
        filters.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 0)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(self.results, 1)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.run_search)
        # The count of a full first page runs on the next turn of the event loop,
        # after the rows are painted; a key typed meanwhile supersedes it.
        self._count_timer = QTimer(self)
        self._count_timer.setSingleShot(True)
        self._count_timer.setInterval(0)
        self._count_timer.timeout.connect(self._finish_count)
        self.search.textChanged.connect(self._schedule_search)
        self.search.returnPressed.connect(self._enter_results)
        self.search.downPressed.connect(self._enter_results)
        self.table.activated.connect(self._activate)
        for combo in (
            self.city_filter,
            self.status_filter,
            self.advisor_filter,
            self.urgency_filter,
        ):
            combo.currentIndexChanged.connect(self._filters_changed)
        self.table.horizontalHeader().sectionClicked.connect(self._sort_clicked)
        self.urgencyReady.connect(self.model.set_bounds)

        clear = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        clear.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        clear.activated.connect(self.clear_search)

        self.setFocusProxy(self.search)
        self.run_search()
        if bounds is None:
            # After the first paint: the calendar is for the urgency column, not the start.
            after_first_paint(self, self._load_urgency_bounds)

    def title(self) -> str:
        return self.tr("Cases")

    # -- actions ------------------------------------------------------------------

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def clear_search(self) -> None:
        """Esc: empty the search box and list every case again, at once."""
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self.run_search()
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def set_filters(self, filters: CaseFilters) -> None:
        """Narrow the register (the filter boxes show the same choice)."""
        combos = (
            (self.city_filter, filters.city),
            (self.status_filter, filters.status),
            (self.advisor_filter, filters.advisor_id),
            (self.urgency_filter, filters.urgency),
        )
        for combo, value in combos:
            combo.blockSignals(True)
            found = combo.findData(value) if value is not None else 0
            if found < 0:  # a city or advisor added since the boxes were filled
                combo.addItem(str(value), value)
                found = combo.count() - 1
            combo.setCurrentIndex(found)
            combo.blockSignals(False)
        self._filters = filters
        self.run_search()

    @property
    def filters(self) -> CaseFilters:
        return self._filters

    def set_order(self, order: CaseOrder) -> None:
        """Sort by a column (``SORT_KEYS``) or, with ``BEST_FIRST``, best match first."""
        header = self.table.horizontalHeader()
        if order.key is None:
            header.setSortIndicatorShown(False)
        else:
            column = next(c for c, key in SORT_KEY_OF.items() if key == order.key)
            header.setSortIndicatorShown(True)
            header.setSortIndicator(
                column,
                Qt.SortOrder.DescendingOrder if order.descending else Qt.SortOrder.AscendingOrder,
            )
        self._run(lambda: self.model.set_order(order, count=False))

    def data_changed(self) -> None:
        self.reload_choices()
        self.run_search()

    def open_import(self) -> QDialog:
        """The import wizard (``ui.sheets``); the register re-reads after an import or undo."""
        ready(self.db)
        from ui.sheets.import_wizard import ImportWizard

        wizard = ImportWizard(self.db, self)
        wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        wizard.casesChanged.connect(self._cases_imported)
        wizard.open()
        return wizard

    def open_export(self) -> QDialog:
        """Export what the register shows now (its filters and search) to a sheet."""
        ready(self.db)
        from ui.sheets.export_dialog import ExportDialog

        dialog = ExportDialog.for_cases_page(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _cases_imported(self) -> None:
        self.data_changed()
        self.casesChanged.emit(0)

    def run_search(self) -> None:
        """Run the search in the box now (the zero-delay timer calls this)."""
        self._timer.stop()
        text = self.search.text()
        self._run(lambda: self.model.set_query(text, self._filters, count=False))

    def reload_choices(self) -> None:
        """Fill the city and advisor boxes again (after cases or advisors changed)."""
        self._load_choices()

    # -- state --------------------------------------------------------------------

    def restore_state(self, settings: QSettings) -> None:
        state = settings.value(_HEADER_KEY)
        if state is not None:
            self.table.horizontalHeader().restoreState(state)

    def save_state(self, settings: QSettings) -> None:
        settings.setValue(_HEADER_KEY, self.table.horizontalHeader().saveState())

    # -- internals ----------------------------------------------------------------

    def _setup_table(self) -> None:
        t = self.table
        t.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        t.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        t.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        t.setAlternatingRowColors(True)
        t.setShowGrid(False)
        t.setWordWrap(False)
        t.setTabKeyNavigation(False)
        t.setSortingEnabled(False)  # SQL sorts: the header's clicks go to _sort_clicked
        t.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        # Cells drawn from text laid out once, not by the style at every paint.
        t.setItemDelegate(CaseCellDelegate(self.model, t))
        # Fixed row heights: the view never measures rows, so scrolling stays cheap.
        rows = t.verticalHeader()
        rows.setVisible(False)
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(t.fontMetrics().height() + 8)
        header = t.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setStretchLastSection(True)
        header.setSectionsMovable(True)
        cells = t.fontMetrics()
        bold = QFont(t.font())
        bold.setBold(True)  # urgent dates are bold
        headers = header.fontMetrics()
        for column, sample in _WIDTH_SAMPLES.items():
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal))
            widest = max(
                cells.horizontalAdvance(sample),
                QFontMetrics(bold).horizontalAdvance(sample) if column in _DATES else 0,
                headers.horizontalAdvance(title),
            )
            t.setColumnWidth(column, widest + _CELL_PADDING)

    def _run(self, search: Callable[[], None]) -> None:
        """Run ``search`` on the model and show its outcome: rows, a count, or why not.

        The rows come first (``resultsShown``); a full first page's count is a
        second query, run on the next turn of the event loop (``_finish_count``),
        so the key's list is painted without waiting for it.
        """
        self._count_timer.stop()  # a pending count belongs to the search replaced
        try:
            search()
        except DebtdeskError as exc:
            self.match_count = 0
            self._show_error(str(exc))
            self.resultsShown.emit(0)
            self.searchFinished.emit(0)
            return
        self.match_count = self.model.match_count  # the rows shown, until counted
        rows = self.model.rowCount()
        if rows > 0:
            self.results.setCurrentWidget(self.table)
            self.table.setCurrentIndex(self.model.index(0, 0))
            self.table.scrollToTop()
        if self.model.count_pending:
            self.resultsShown.emit(rows)
            self._count_timer.start()
            return
        self._show_count(self.model.text)
        self.resultsShown.emit(rows)
        self.searchFinished.emit(self.match_count)

    def _finish_count(self) -> None:
        """Count the current search's matches (its rows are shown) and say how many."""
        try:
            self.model.count_rest()
        except DebtdeskError as exc:
            self.match_count = 0
            self._show_error(str(exc))
            self.searchFinished.emit(0)
            return
        self.match_count = self.model.match_count
        self._show_count(self.model.text)
        self.searchFinished.emit(self.match_count)

    def _show_count(self, text: str) -> None:
        n = self.match_count
        if n == 0:
            narrowed = text.strip() or self._filters != NO_FILTERS
            label = self.tr("no cases match") if narrowed else self.tr("no cases")
        elif self.model.count_capped:
            label = self.tr("more than {n} cases").format(n=format_count(COUNT_CAP))
        elif n == 1:
            label = self.tr("1 case")
        else:
            label = self.tr("%n cases", "", n)
        self.count_label.setText(label)
        if n > 0:
            self.results.setCurrentWidget(self.table)
        elif text.strip():
            self._show_hint(
                self.tr("No cases match “{text}”.").format(text=html.escape(text.strip())),
                self.tr(
                    "The search looks in names, IINs, phone numbers and court case numbers."
                    " Press Esc to see every case."
                ),
            )
        elif self._filters != NO_FILTERS:
            self._show_hint(
                self.tr("No cases match these filters."),
                self.tr("Choose “All” in a filter box to widen the list."),
            )
        else:
            self._show_hint(
                self.tr("No cases yet."),
                self.tr("Create demo data with: {command}").format(
                    command="<br><code>debtdesk demo --cases 200</code>"
                ),
            )

    def _combo(self, name: str, label: str, everything: str) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        combo.setAccessibleName(label)
        combo.setToolTip(label)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        combo.addItem(everything, None)
        return combo

    def _load_choices(self) -> None:
        try:
            choices = register.register_choices(self.db)
        except DebtdeskError:
            return  # the search shows the failure; the boxes keep what they had
        for combo, items in (
            (self.city_filter, [(city, city) for city in choices.cities]),
            (self.advisor_filter, [(name, advisor_id) for advisor_id, name in choices.advisors]),
        ):
            chosen = combo.currentData()
            combo.blockSignals(True)
            while combo.count() > 1:
                combo.removeItem(1)
            for text, value in items:
                combo.addItem(text, value)
            found = combo.findData(chosen) if chosen is not None else 0
            combo.setCurrentIndex(max(found, 0))
            combo.blockSignals(False)

    def _filters_changed(self) -> None:
        self._filters = CaseFilters(
            city=self.city_filter.currentData(),
            status=self.status_filter.currentData(),
            advisor_id=self.advisor_filter.currentData(),
            urgency=self.urgency_filter.currentData(),
        )
        self.run_search()

    def _sort_clicked(self, column: int) -> None:
        """A header click: sort by the column, then backwards, then best match first."""
        key = SORT_KEY_OF[Column(column)]
        current = self.model.order
        if current.key != key:
            order = CaseOrder(key)
        elif not current.descending:
            order = CaseOrder(key, descending=True)
        else:
            order = BEST_FIRST
        self.set_order(order)

    def _load_urgency_bounds(self) -> None:
        """Work out the urgency bounds with the holiday calendar, in a thread."""
        db, ready = self.db, self.urgencyReady

        def load() -> None:
            try:
                bounds = register.urgency_bounds(db)
                ready.emit(bounds)  # queued to the GUI thread
            except (DebtdeskError, RuntimeError):
                # A failing calendar leaves the weekend-only bounds; a page closed
                # meanwhile has no signal left to emit (RuntimeError).
                pass

        threading.Thread(target=load, name="urgency-bounds", daemon=True).start()

    def _show_hint(self, headline: str, detail: str) -> None:
        """The empty-state text (rich text: callers escape what people typed)."""
        self.hint.setText(f"<p style='font-size:large'><b>{headline}</b></p><p>{detail}</p>")
        self.results.setCurrentWidget(self.hint)

    def _show_error(self, message: str) -> None:
        self.count_label.setText(self.tr("search failed"))
        self._show_hint(self.tr("The search failed."), html.escape(message))

    def _schedule_search(self) -> None:
        # Each key restarts the wait, so a word typed fast costs one query; the count
        # of the search it replaces is not worth running.
        self._count_timer.stop()
        self._timer.start()

    def _enter_results(self) -> None:
        """Enter or Down in the search box: search now if one is pending, then go to the rows."""
        if self._timer.isActive():
            self.run_search()
        if self.model.rowCount() == 0:
            return
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        if not self.table.currentIndex().isValid():
            self.table.selectionModel().setCurrentIndex(
                self.model.index(0, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )

    def _activate(self, index: QModelIndex) -> None:
        case_id = index.data(CaseIdRole)
        if case_id is not None:
            self.caseActivated.emit(int(case_id))
