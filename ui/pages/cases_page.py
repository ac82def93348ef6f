"""The case register: type a few letters of a name, IIN, phone or case number, open the case.

Typing filters as you type; a short single-shot timer (debounce) lets a fast
typist finish the word so the database runs one query, not one per key.
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QFontMetrics, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from debtdesk.errors import DebtdeskError
from ui import operations
from ui.models.case_table_model import CaseIdRole, CaseTableModel, Column
from ui.operations import NO_FILTERS, CaseFilters
from ui.pages.base import Page

if TYPE_CHECKING:
    from debtdesk.db.database import Database

SEARCH_DELAY_MS = 120
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
    """Search box, match count and the register table; Enter opens the selected case."""

    NAME = "cases"

    caseActivated = Signal(int)
    # Emitted after every completed search with the number of matches (tests wait on it).
    searchFinished = Signal(int)

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
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

        self.model = CaseTableModel(db, parent=self)
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
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 0)
        layout.addLayout(top)
        layout.addWidget(self.results, 1)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.run_search)
        self.search.textChanged.connect(self._schedule_search)
        self.search.returnPressed.connect(self._enter_results)
        self.search.downPressed.connect(self._enter_results)
        self.table.activated.connect(self._activate)

        clear = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        clear.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        clear.activated.connect(self.clear_search)

        self.setFocusProxy(self.search)
        self.run_search()

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
        self._filters = filters
        self.run_search()

    def run_search(self) -> None:
        """Run the search in the box now (the debounce timer calls this)."""
        self._timer.stop()
        text = self.search.text()
        try:
            self.model.set_query(text, self._filters)
            self.match_count = operations.count_matches(self.db, text, self._filters)
        except DebtdeskError as exc:
            self.match_count = 0
            self._show_error(str(exc))
            self.searchFinished.emit(0)
            return
        self._show_count(text)
        if self.model.rowCount() > 0:
            self.table.setCurrentIndex(self.model.index(0, 0))
            self.table.scrollToTop()
        self.searchFinished.emit(self.match_count)

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
        t.setSortingEnabled(False)  # SQL orders by relevance, then name
        t.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        # Fixed row heights: the view never measures rows, so scrolling stays cheap.
        rows = t.verticalHeader()
        rows.setVisible(False)
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(t.fontMetrics().height() + 8)
        header = t.horizontalHeader()
        header.setHighlightSections(False)
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

    def _show_count(self, text: str) -> None:
        n = self.match_count
        if n == 0:
            label = self.tr("no cases match") if text.strip() else self.tr("no cases")
        elif n == 1:
            label = self.tr("1 case")
        else:
            label = self.tr("%n cases", "", n)
        self.count_label.setText(label)
        if n > 0:
            self.results.setCurrentWidget(self.table)
        elif text.strip() or self._filters != NO_FILTERS:
            self._show_hint(
                self.tr("No cases match “{text}”.").format(text=html.escape(text.strip())),
                self.tr(
                    "The search looks in names, IINs, phone numbers and court case numbers."
                    " Press Esc to see every case."
                ),
            )
        else:
            self._show_hint(
                self.tr("No cases yet."),
                self.tr("Create demo data with: {command}").format(
                    command="<br><code>debtdesk demo --cases 200</code>"
                ),
            )

    def _show_hint(self, headline: str, detail: str) -> None:
        """The empty-state text (rich text: callers escape what people typed)."""
        self.hint.setText(f"<p style='font-size:large'><b>{headline}</b></p><p>{detail}</p>")
        self.results.setCurrentWidget(self.hint)

    def _show_error(self, message: str) -> None:
        self.count_label.setText(self.tr("search failed"))
        self._show_hint(self.tr("The search failed."), html.escape(message))

    def _schedule_search(self) -> None:
        # Each key restarts the wait, so a word typed fast costs one query.
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
