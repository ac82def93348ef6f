"""The Calendar page: a month or a week of hearings, deadlines, evictions and auctions.

Each shown range is read with one query (``ui.operations.calendar``), not one
per day. A day lists what fits, coloured and marked by urgency (the marks
read in grey too; the legend below says what they mean); a click on a line
opens that case (``openCase``), a click elsewhere in a day lists all of its
items beside the grid, where Enter or a double-click opens one. "Export to
calendar (.ics)…" writes the deadline engine's iCalendar file for the range
and filters shown, so the phone's calendar holds the same items.
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPoint, Qt, Signal, Slot
from PySide6.QtGui import QMouseEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QStyleOptionViewItem,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from debtdesk.clock import today
from debtdesk.errors import DebtdeskError
from debtdesk.i18n import current_language
from ui.calendar.day_grid import MORE, DayDelegate, DayGridModel, ItemsRole
from ui.calendar.labels import MARKS, THREAT_MARK, THREATS, legend
from ui.case_file.deadlines_tab import urgency_colours
from ui.case_file.table import Column, RowRole, RowsModel, make_view
from ui.formatting import format_day, format_day_with_weekday, format_month, format_time
from ui.letters.printing import write_file
from ui.operations import calendar as ops
from ui.operations import register
from ui.operations.today import NO_FILTERS, TodayFilters
from ui.pages.base import Page

if TYPE_CHECKING:
    from debtdesk.db.database import Database

MONTH, WEEK = "month", "week"
MONTH_WEEKS = 6  # every month fits in six Monday-to-Sunday weeks


def monday_of(day: date) -> date:
    return day - timedelta(days=day.weekday())


class CalendarPage(Page):
    """Month and week views of a range, its filters, the selected day's list, .ics export."""

    NAME = "calendar"

    # Open this case (the debtor's id).
    openCase = Signal(int)
    # The shown range was read (tests wait on it).
    loaded = Signal()

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(db, parent)
        self.mode = MONTH
        self.anchor = today()
        self.filters: TodayFilters = NO_FILTERS
        self.items: list[ops.CalendarItem] = []
        self.error: str | None = None
        self.first = self.last = self.anchor

        self.previous_button = self._tool("calendarPrevious", "◀", self.tr("Previous"))
        self.next_button = self._tool("calendarNext", "▶", self.tr("Next"))
        self.today_button = QPushButton(self.tr("Today"))
        self.today_button.setObjectName("calendarToday")
        self.range_label = QLabel()
        self.range_label.setObjectName("calendarRange")
        font = self.range_label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.range_label.setFont(font)
        self.month_button = self._mode_button("calendarMonth", self.tr("Month"))
        self.week_button = self._mode_button("calendarWeek", self.tr("Week"))
        self.month_button.setChecked(True)
        modes = QButtonGroup(self)
        modes.addButton(self.month_button)
        modes.addButton(self.week_button)
        self.advisor_filter = QComboBox()
        self.advisor_filter.setObjectName("calendarAdvisor")
        self.advisor_filter.setAccessibleName(self.tr("Advisor"))
        self.city_filter = QComboBox()
        self.city_filter.setObjectName("calendarCity")
        self.city_filter.setAccessibleName(self.tr("City"))
        self._load_choices()
        self.export_button = QPushButton(self.tr("Export to calendar (.ics)…"))
        self.export_button.setObjectName("calendarExport")
        self.export_button.setToolTip(
            self.tr("Save the items shown as a file for a phone's or computer's calendar")
        )

        self.model = DayGridModel(self)
        self.delegate = DayDelegate(self)
        self.grid = QTableView()
        self.grid.setObjectName("calendarGrid")
        self.grid.setModel(self.model)
        self.grid.setItemDelegate(self.delegate)
        self.grid.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.grid.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.grid.setShowGrid(False)
        self.grid.setMouseTracking(True)
        self.grid.verticalHeader().hide()
        self.grid.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.grid.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.grid.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.grid.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.grid.viewport().installEventFilter(self)

        self.day_label = QLabel()
        self.day_label.setObjectName("calendarDayLabel")
        self.day_label.setWordWrap(True)
        self.day_model: RowsModel[ops.CalendarItem] = RowsModel(self._day_columns(), self)
        # "What" takes the room left (elided): the debtor's name must stay readable.
        self.day_list = make_view(self.day_model, "calendarDayList", stretch=1)
        self.day_list.setTextElideMode(Qt.TextElideMode.ElideRight)
        day_panel = QWidget()
        day_layout = QVBoxLayout(day_panel)
        day_layout.setContentsMargins(0, 0, 0, 0)
        day_layout.addWidget(self.day_label)
        day_layout.addWidget(self.day_list, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.grid)
        splitter.addWidget(day_panel)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([760, 520])

        self.legend = QLabel(legend())
        self.legend.setObjectName("calendarLegend")
        self.legend.setWordWrap(True)
        self.error_label = QLabel()
        self.error_label.setObjectName("calendarError")
        self.error_label.setWordWrap(True)
        self.error_label.hide()

        top = QHBoxLayout()
        top.addWidget(self.previous_button)
        top.addWidget(self.today_button)
        top.addWidget(self.next_button)
        top.addSpacing(8)
        top.addWidget(self.range_label, 1)
        top.addWidget(self.month_button)
        top.addWidget(self.week_button)
        filters = QHBoxLayout()
        filters.addWidget(self.advisor_filter)
        filters.addWidget(self.city_filter)
        filters.addStretch(1)
        filters.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(self.error_label)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.legend)

        self.previous_button.clicked.connect(lambda: self.step(-1))
        self.next_button.clicked.connect(lambda: self.step(1))
        self.today_button.clicked.connect(lambda: self.go_to(today()))
        self.month_button.clicked.connect(lambda: self.set_mode(MONTH))
        self.week_button.clicked.connect(lambda: self.set_mode(WEEK))
        self.advisor_filter.currentIndexChanged.connect(self._filters_changed)
        self.city_filter.currentIndexChanged.connect(self._filters_changed)
        self.export_button.clicked.connect(lambda: self.export_ics())
        self.grid.selectionModel().currentChanged.connect(self._day_chosen)
        self.grid.activated.connect(lambda _i: self.day_list.setFocus())
        self.day_list.activated.connect(self._open_listed)
        # Read when first shown, not when built: the main window builds every page
        # at start, and a month of a large desk is thousands of items.
        self._read = False

    def title(self) -> str:
        return self.tr("Calendar")

    def _tool(self, name: str, text: str, tip: str) -> QToolButton:
        button = QToolButton()
        button.setObjectName(name)
        button.setText(text)
        button.setToolTip(tip)
        button.setAccessibleName(tip)
        return button

    def _mode_button(self, name: str, text: str) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setCheckable(True)
        return button

    def _day_columns(self) -> list[Column[ops.CalendarItem]]:
        def mark(item: ops.CalendarItem) -> str:
            threat = THREAT_MARK if item.kind in THREATS else ""
            return f"{MARKS.get(item.urgency, '')}{threat}"

        return [
            Column(self.tr("Time"), lambda i: format_time(i.time) if i.time else ""),
            Column(
                self.tr("What"),
                lambda i: f"{mark(i)} {i.title}",
                colours=lambda i: urgency_colours(i.urgency),
            ),
            Column(self.tr("Debtor"), lambda i: i.full_name),
            Column(self.tr("Who goes"), lambda i: i.attendees or ""),
            Column(self.tr("City"), lambda i: i.city or ""),
        ]

    # -- range and filters -------------------------------------------------------------------

    def _load_choices(self) -> None:
        try:
            choices = register.register_choices(self.db)
        except DebtdeskError as exc:
            self._show_error(exc.message)
            choices = register.RegisterChoices(cities=(), advisors=())
        for combo, everyone, values in (
            (self.advisor_filter, self.tr("All advisors"), [n for _id, n in choices.advisors]),
            (self.city_filter, self.tr("All cities"), list(choices.cities)),
        ):
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everyone, None)
            for value in values:
                combo.addItem(value, value)
            combo.blockSignals(False)

    def set_filters(self, filters: TodayFilters) -> None:
        """Narrow the calendar (the boxes show the same choice) and read it again."""
        pairs = ((self.advisor_filter, filters.advisor), (self.city_filter, filters.city))
        for combo, value in pairs:
            combo.blockSignals(True)
            found = combo.findData(value) if value is not None else 0
            if found < 0:
                combo.addItem(str(value), value)
                found = combo.count() - 1
            combo.setCurrentIndex(found)
            combo.blockSignals(False)
        self.filters = filters
        self.refresh()

    def _filters_changed(self) -> None:
        self.filters = TodayFilters(
            advisor=self.advisor_filter.currentData(), city=self.city_filter.currentData()
        )
        self.refresh()

    def set_mode(self, mode: str) -> None:
        """Month or week view around the current anchor date."""
        self.mode = mode
        self.month_button.setChecked(mode == MONTH)
        self.week_button.setChecked(mode == WEEK)
        self.refresh()

    def go_to(self, day: date) -> None:
        """Show the month (or week) holding ``day``, and select it."""
        self.anchor = day
        self.refresh()
        self.select_day(day)

    def step(self, direction: int) -> None:
        """The next (1) or previous (-1) month or week."""
        if self.mode == WEEK:
            self.anchor += timedelta(days=7 * direction)
        else:
            month = self.anchor.month - 1 + direction
            year = self.anchor.year + month // 12
            self.anchor = date(year, month % 12 + 1, 1)
        self.refresh()

    def shown_range(self) -> tuple[date, date]:
        """First and last day of the grid shown (a month view shows six whole weeks)."""
        if self.mode == WEEK:
            first = monday_of(self.anchor)
            return first, first + timedelta(days=6)
        first = monday_of(self.anchor.replace(day=1))
        return first, first + timedelta(days=MONTH_WEEKS * 7 - 1)

    # -- reading -----------------------------------------------------------------------------

    def page_shown(self) -> None:
        self.refresh()

    def data_changed(self) -> None:
        if self.isVisible():
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._read:
            self.refresh()

    @Slot()
    def refresh(self) -> None:
        """Read the shown range again (one query) and redraw it."""
        self._read = True
        first, last = self.shown_range()
        self.first, self.last = first, last
        self.range_label.setText(self._range_text())
        try:
            self.items = ops.items_between(
                self.db, first, last, self.filters, lang=current_language()
            )
        except DebtdeskError as exc:
            self._show_error(exc.message)
            self.items = []
        else:
            self._show_error(None)
        weeks = 1 if self.mode == WEEK else MONTH_WEEKS
        month = None if self.mode == WEEK else self.anchor.month
        self.model.set_days(first, weeks, self.items, month=month, today=today())
        chosen = self.anchor if first <= self.anchor <= last else first
        self.select_day(chosen)
        self.loaded.emit()

    def _range_text(self) -> str:
        if self.mode == MONTH:
            return format_month(self.anchor)
        first, last = self.shown_range()
        return f"{format_day(first)} – {format_day(last)}"

    def _show_error(self, message: str | None) -> None:
        self.error = message
        self.error_label.setText(message or "")
        self.error_label.setVisible(bool(message))

    # -- days and items ----------------------------------------------------------------------

    def select_day(self, day: date) -> None:
        index = self.model.index_of(day)
        if index.isValid():
            self.grid.setCurrentIndex(index)
            self._day_chosen(index)

    def _day_chosen(self, index: QModelIndex, _previous: QModelIndex | None = None) -> None:
        if not index.isValid():
            return
        day = self.model.day_at(index.row(), index.column())
        self.anchor = day
        found = self.model.items_on(day)
        text = format_day_with_weekday(day)
        self.day_label.setText(self.tr("{day}: {n}").format(day=text, n=len(found)))
        self.day_model.set_rows(found)

    def item_rect(self, day: date, line: int) -> tuple[QWidget, QPoint] | None:
        """The viewport and the centre of item line ``line`` of ``day`` (None if hidden)."""
        index = self.model.index_of(day)
        if not index.isValid():
            return None
        rect = self.grid.visualRect(index)
        option = self._option(rect)
        if line >= self.delegate.lines_fitting(rect, option):
            return None
        return self.grid.viewport(), self.delegate.line_rect(rect, option, line).center()

    def _option(self, rect: object) -> QStyleOptionViewItem:
        option = QStyleOptionViewItem()
        option.initFrom(self.grid)
        option.font = self.grid.font()
        option.rect = rect  # type: ignore[assignment]
        return option

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.grid.viewport()
            and event.type() == QEvent.Type.MouseButtonRelease
            and isinstance(event, QMouseEvent)
            and event.button() == Qt.MouseButton.LeftButton
        ):
            self._clicked(event.position().toPoint())
        return super().eventFilter(watched, event)

    def _clicked(self, point: QPoint) -> None:
        index = self.grid.indexAt(point)
        if not index.isValid():
            return
        items = index.data(ItemsRole) or ()
        rect = self.grid.visualRect(index)
        line = self.delegate.hit(rect, self._option(rect), len(items), point)
        if line >= 0:
            self.openCase.emit(items[line].debtor_id)
        elif line == MORE:
            self.day_list.setFocus()

    def _open_listed(self, index: QModelIndex) -> None:
        item = index.data(RowRole)
        if item is not None:
            self.openCase.emit(item.debtor_id)

    # -- export ------------------------------------------------------------------------------

    def export_ics(self, target: Path | None = None) -> Path | None:
        """Write the shown range and filters as an .ics file (asks where, unless ``target``)."""
        first, last = self.shown_range()
        if target is None:
            suggested = f"debtdesk-{first.isoformat()}-{last.isoformat()}.ics"
            chosen, _filter = QFileDialog.getSaveFileName(
                self,
                self.tr("Export to calendar"),
                str(Path.home() / suggested),
                self.tr("Calendar files (*.ics)"),
            )
            if not chosen:
                return None
            target = Path(chosen)
        try:
            data = ops.export_ics(self.db, first, last, self.filters, lang=current_language())
            write_file(target, data)
        except DebtdeskError as exc:
            self._show_error(exc.message)
            return None
        except OSError as exc:
            self._show_error(self.tr("Cannot save {path}: {why}").format(path=target, why=exc))
            return None
        self._show_error(None)
        return target
