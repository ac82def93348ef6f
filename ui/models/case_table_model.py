"""The case register as a Qt table model: pages of compact rows fetched by SQL on demand.

The view asks for more rows only as the user scrolls (``canFetchMore`` /
``fetchMore``), so a database of 100,000 cases costs one page of rows per
screenful, never the whole table. A new search resets the model and its row
cache. Ordering (best match, or the column clicked) is done by the SQL query
(``sort``), since sorting a partial cache would show a wrong order.

The count of matches comes after the first page: when the page is not full it is
the number of rows, otherwise one capped count query ("1,000+"), so a typed
letter never makes the database count 100,000 matches. The register runs that
query after the rows are painted (``set_query(count=False)``, then
``count_rest``): the list answers the key first.
"""

from __future__ import annotations

from enum import IntEnum
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication

from debtdesk.clock import today
from debtdesk.i18n import current_language
from ui.formatting import format_day
from ui.models.paged import AnyIndex, PagedTableModel
from ui.operations import register
from ui.operations.register import (
    BEST_FIRST,
    NO_FILTERS,
    CaseFilters,
    CaseOrder,
    CaseRow,
    UrgencyBounds,
)

if TYPE_CHECKING:
    from debtdesk.db.database import Database

# Named roles (Picard's habit): views and tests ask for these, never for columns.
CaseIdRole = Qt.ItemDataRole.UserRole + 1
CaseRowRole = Qt.ItemDataRole.UserRole + 2
# The case's urgency level (services.cases.URGENCY_LEVELS) or None.
UrgencyRole = Qt.ItemDataRole.UserRole + 3

# About two screenfuls of a laptop: the first page is what each keystroke waits for.
PAGE_SIZE = 50
# Counting stops above this: "1,000+ cases" is all a register needs to say.
COUNT_CAP = 1000
# Hearings and deadlines this close are shown in bold: "what is urgent this week".
SOON_DAYS = 7


class Column(IntEnum):
    NAME = 0
    CITY = 1
    IIN = 2
    PHONE = 3
    NEXT_HEARING = 4
    NEXT_DEADLINE = 5
    URGENCY = 6
    STATUS = 7
    ADVISOR = 8


# The SQL sort key of each column (services.cases.SORT_KEYS).
SORT_KEY_OF: dict[Column, str] = {
    Column.NAME: "name",
    Column.CITY: "city",
    Column.IIN: "iin",
    Column.PHONE: "phone",
    Column.NEXT_HEARING: "next_hearing",
    Column.NEXT_DEADLINE: "next_deadline",
    Column.URGENCY: "urgency",
    Column.STATUS: "status",
    Column.ADVISOR: "advisor",
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("CaseTableModel", text)


# Source strings are listed literally so lupdate finds them.
def _header(column: Column) -> str:
    return {
        Column.NAME: _tr("Name"),
        Column.CITY: _tr("City"),
        Column.IIN: _tr("IIN"),
        Column.PHONE: _tr("Phone"),
        Column.NEXT_HEARING: _tr("Next hearing"),
        Column.NEXT_DEADLINE: _tr("Next deadline"),
        Column.URGENCY: _tr("Urgency"),
        Column.STATUS: _tr("Status"),
        Column.ADVISOR: _tr("Advisor"),
    }[column]


def status_label(status: str) -> str:
    """The case status as people read it (stored values are language-neutral keys)."""
    labels = {"open": _tr("open"), "watch": _tr("watch"), "closed": _tr("closed")}
    return labels.get(status, status)


def urgency_label(level: str | None) -> str:
    """An urgency level (``services.cases.URGENCY_LEVELS``) as people read it."""
    labels = {
        "overdue": _tr("overdue"),
        "today": _tr("today"),
        "soon": _tr("within 3 working days"),
        "fortnight": _tr("within 14 days"),
        "later": _tr("later"),
    }
    return labels.get(level or "", "")


def threat_label(kind: str | None) -> str:
    """The threat to the home (an event kind) as people read it."""
    return {"eviction": _tr("eviction"), "auction": _tr("auction")}.get(kind or "", kind or "")


def format_phone(phone: str | None) -> str:
    """``+77011234567`` as ``+7 701 123 45 67``, the way people read and dictate it."""
    if not phone:
        return ""
    if phone.startswith("+7") and len(phone) == 12 and phone[1:].isdigit():
        d = phone[2:]
        return f"+7 {d[:3]} {d[3:6]} {d[6:8]} {d[8:]}"
    return phone


_ROLE_DISPLAY = Qt.ItemDataRole.DisplayRole
_HORIZONTAL = Qt.Orientation.Horizontal
_ROLE_TOOLTIP = Qt.ItemDataRole.ToolTipRole
_ROLE_FONT = Qt.ItemDataRole.FontRole
_ROLE_FOREGROUND = Qt.ItemDataRole.ForegroundRole
_ROLES = frozenset(
    {
        _ROLE_DISPLAY,
        _ROLE_TOOLTIP,
        _ROLE_FONT,
        _ROLE_FOREGROUND,
        CaseIdRole,
        CaseRowRole,
        UrgencyRole,
    }
)
# The same roles as plain ints (``QModelRoleData.role()`` gives ints), for multiData;
_DISPLAY = int(_ROLE_DISPLAY.value)
_FONT = int(_ROLE_FONT.value)
_FOREGROUND = int(_ROLE_FOREGROUND.value)
_FONT_OR_FOREGROUND = frozenset({_FONT, _FOREGROUND})
_COLUMN_COUNT = len(Column)
_COLUMN_NUMBERS = range(_COLUMN_COUNT)
# A row's texts and urgency marks, a column each.
_Cells = tuple[tuple[str, ...], tuple[str | None, ...]]
# Cases whose cells are kept from search to search (a few hundred bytes each).
_KEPT_CASES = 5000


_STATUSES = ("open", "watch", "closed")
_LEVELS = ("overdue", "today", "soon", "fortnight", "later", None)


def _warning_colour() -> QColor:
    """A red that stays legible on the current palette's base (light or dark)."""
    dark = QGuiApplication.palette().base().color().lightness() < 128
    return QColor("#ff8a80") if dark else QColor("#b3261e")


class CaseTableModel(PagedTableModel[CaseRow]):
    """Rows of the case register for the current search, fetched a page at a time."""

    def __init__(
        self,
        db: Database,
        page_size: int = PAGE_SIZE,
        parent: Any = None,
        bounds: UrgencyBounds | None = None,
    ) -> None:
        super().__init__(parent)
        self._db = db
        self._page_size = page_size
        self._text = ""
        self._filters: CaseFilters = NO_FILTERS
        self._order: CaseOrder = BEST_FIRST
        self._bounds = bounds or UrgencyBounds.weekends_only(today())
        self.match_count = 0
        self.count_capped = False
        # A full first page is shown before its matches are counted (``count_rest``).
        self.count_pending = False
        self._by_case: dict[CaseRow, _Cells] = {}
        self._forget_cells()

    # -- the query -------------------------------------------------------------

    @property
    def text(self) -> str:
        return self._text

    @property
    def filters(self) -> CaseFilters:
        return self._filters

    @property
    def order(self) -> CaseOrder:
        return self._order

    @property
    def bounds(self) -> UrgencyBounds:
        return self._bounds

    @property
    def page_size(self) -> int:
        return self._page_size

    def set_query(
        self,
        text: str,
        filters: CaseFilters = NO_FILTERS,
        order: CaseOrder | None = None,
        *,
        count: bool = True,
    ) -> None:
        """Show the first page of cases matching ``text``; later pages come on scrolling.

        Also counts the matches (``match_count``; ``count_capped`` when there are
        more than ``COUNT_CAP``). With ``count=False`` a full first page leaves the
        count for ``count_rest`` (``count_pending``), so a keystroke's list can be
        painted before the count query runs; a page that is not full is its own
        count. Errors from the database propagate (as ``DebtdeskError``) after the
        model has been emptied, so the view never shows rows of an old search.
        """
        self.beginResetModel()
        self._text = text
        self._filters = filters
        if order is not None:
            self._order = order
        self._rows = []
        self._forget_cells()
        self._exhausted = True
        self.match_count = 0
        self.count_capped = False
        self.count_pending = False
        if self._bounds.today != today():  # the laptop stayed open past midnight
            self._bounds = UrgencyBounds.weekends_only(today())
            self._by_case = {}  # urgencies are the new day's
        try:
            self._rows, self._exhausted = self._page(0)
            self.match_count = len(self._rows)
            self.count_pending = not self._exhausted
        finally:
            self.endResetModel()
        if count:
            self.count_rest()

    def count_rest(self) -> None:
        """Count the matches of the current search when its first page was full.

        The count is a query of its own (capped at ``COUNT_CAP``), run after the
        rows are shown: ``match_count`` holds the first page's rows until then.
        """
        if not self.count_pending:
            return
        counted = register.count_matches(
            self._db, self._text, self._filters, cap=COUNT_CAP, bounds=self._bounds
        )
        self.count_pending = False
        self.count_capped = counted > COUNT_CAP
        self.match_count = min(counted, COUNT_CAP)

    def set_order(self, order: CaseOrder, *, count: bool = True) -> None:
        """Sort by another column (or best match first) and show the first page again."""
        self.set_query(self._text, self._filters, order, count=count)

    def set_bounds(self, bounds: UrgencyBounds) -> None:
        """Use urgency bounds from the working calendar (they come after the first page)."""
        if bounds == self._bounds:
            return
        self._bounds = bounds
        self._forget_cells(every=True)
        if self._order.key == "urgency" or self._filters.urgency:
            self.refresh()  # which rows and their order depend on the bounds
        elif self._rows:
            top, bottom = (
                self.index(0, Column.URGENCY),
                self.index(len(self._rows) - 1, Column.URGENCY),
            )
            self.dataChanged.emit(top, bottom)

    def refresh(self) -> None:
        """Run the current search again (after the data changed)."""
        self.set_query(self._text, self._filters, self._order)

    def case_id(self, row: int) -> int:
        return self._rows[row].id

    def case_row(self, row: int) -> CaseRow:
        return self._rows[row]

    # -- Qt model interface ------------------------------------------------------

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else _COLUMN_COUNT

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        # The header asks seven roles of each column after every reset (its size
        # hint): the role is looked at first, and the titles are translated once per
        # search (``_forget_cells``), not once per call.
        if role != _DISPLAY or orientation != _HORIZONTAL or not 0 <= section < _COLUMN_COUNT:
            return None
        if self._cells_language != current_language():
            self._forget_cells(every=True)
        return self._headers[section]

    def data(self, index: AnyIndex, role: int = _ROLE_DISPLAY) -> Any:
        # The view asks for seven roles of each visible cell at every paint (about
        # 1,800 calls for a screenful): roles it gets nothing for leave first, and
        # each row's texts and marks are worked out once (``_cells``), not per call.
        if role not in _ROLES:
            return None
        number = index.row()
        if not 0 <= number < len(self._rows):
            return None  # an invalid index's row is -1
        if role == _ROLE_DISPLAY:
            return self._cells(number)[0][index.column()]
        if role == _ROLE_FONT:
            return self._bold if self._cells(number)[1][index.column()] else None
        if role == _ROLE_FOREGROUND:
            return self._warning if self._cells(number)[1][index.column()] == "overdue" else None
        row = self._rows[number]
        if role == CaseIdRole:
            return row.id
        if role == CaseRowRole:
            return row
        if role == UrgencyRole:
            return self._bounds.level(row.pressing_date)
        return self._tooltip(row, index.column())  # _ROLE_TOOLTIP

    def multiData(self, index: AnyIndex, roleDataSpan: Any) -> None:
        """All the roles the view's delegate asks of a cell, in one call.

        Qt 6's ``QStyledItemDelegate`` asks seven roles of each cell at every paint
        through ``multiData``; Qt's default turns that into seven calls of the
        Python ``data()`` (each a C++ to Python crossing, about 1,400 a screenful).
        Answering here crosses once per cell. Every role is set or cleared: the
        delegate reuses its array from cell to cell, so a role left alone would
        keep the previous cell's answer (every cell bold red).
        """
        number = index.row()
        if not 0 <= number < len(self._rows):
            for item in roleDataSpan:
                item.clearData()
            return
        column = index.column()
        texts, marks = self._cells(number)
        mark = marks[column]
        for item in roleDataSpan:
            role = item.role()
            if role == _DISPLAY:
                item.setData(texts[column])
            elif role == _FONT and mark:
                item.setData(self._bold)
            elif role == _FOREGROUND and mark == "overdue":
                item.setData(self._warning)
            elif role in _ROLES and role not in _FONT_OR_FOREGROUND:
                item.setData(self.data(index, role))
            else:
                item.clearData()

    # No ``flags``: QAbstractTableModel's own (C++) answers what the register needs,
    # enabled and selectable (and never has children) for a valid index, nothing for
    # an invalid one, without the two Python calls a cell the view makes at each paint.

    # -- for the register's delegate (ui.models.case_cell_delegate) ----------------

    def cell(self, number: int, column: int) -> tuple[str, str | None]:
        """Row ``number``'s text in ``column`` and its mark (``"overdue"``, ``"soon"``,
        None): what ``data`` answers for display, font and colour, in one call."""
        texts, marks = self._cells(number)
        return texts[column], marks[column]

    def row_cells(self, number: int) -> _Cells:
        """Row ``number``'s texts and marks, a column each (as ``cell``): the delegate
        asks once per row and paint, not once per cell."""
        return self._cells(number)

    @property
    def bold_font(self) -> QFont:
        """The font of urgent cells (``FontRole``)."""
        return self._bold

    @property
    def warning_colour(self) -> QColor:
        """The colour of overdue cells (``ForegroundRole``)."""
        return self._warning

    # -- helpers ----------------------------------------------------------------

    def _page(self, offset: int) -> tuple[list[CaseRow], bool]:
        """Rows from ``offset`` and whether they are the last ones (``_one_page``)."""
        rows = register.search_cases(
            self._db,
            self._text,
            self._page_size + 1,
            offset,
            self._filters,
            self._order,
            self._bounds,
        )
        return self._one_page(rows, self._page_size)

    def _cells(self, number: int) -> _Cells:
        """The texts and urgency marks (``_urgency``) of row ``number``'s cells."""
        if self._cells_language != current_language():  # dates are written in the language
            self._forget_cells(every=True)
        cells = self._cell_cache.get(number)
        if cells is None:
            row = self._rows[number]
            cells = self._by_case.get(row)
            if cells is None:
                if len(self._by_case) >= _KEPT_CASES:
                    self._by_case.clear()
                cells = (
                    tuple(self._display(row, column) for column in _COLUMN_NUMBERS),
                    tuple(self._urgency(row, column) for column in _COLUMN_NUMBERS),
                )
                self._by_case[row] = cells
            self._cell_cache[number] = cells
        return cells

    def _forget_cells(self, *, every: bool = False) -> None:
        """Drop the worked-out cells of the rows (new rows); take the font and palette anew.

        The cells of each case seen are kept apart (``_by_case``) from search to
        search: a typed letter mostly narrows the list, and its rows come back with
        their texts ready. They hold for an equal ``CaseRow`` (the row's every
        field), the same bounds and language: ``every`` drops them too.
        """
        self._cell_cache: dict[int, _Cells] = {}
        if every:
            self._by_case = {}
        self._cells_language = current_language()
        self._bold = QFont(QGuiApplication.font())
        self._bold.setBold(True)
        self._warning = _warning_colour()
        # The labels of a status and of an urgency level, translated once per search
        # rather than once per row (a typed key shows about twenty new rows).
        self._status_labels = {status: status_label(status) for status in _STATUSES}
        self._urgency_labels = {level: urgency_label(level) for level in _LEVELS}
        self._headers = tuple(_header(column) for column in Column)

    def _display(self, row: CaseRow, column: int) -> str:
        # data() runs for every visible cell and role on each paint: plain ifs on ints.
        if column == 0:
            return row.full_name
        if column == 1:
            return row.city or ""
        if column == 2:
            return row.iin or ""
        if column == 3:
            return format_phone(row.phone)
        if column == 4:
            return format_day(row.next_hearing)
        if column == 5:
            return format_day(row.next_deadline)
        if column == 6:
            level = self._bounds.level(row.pressing_date)
            label = self._urgency_labels.get(level)
            if label is None:  # a level this register does not know: as urgency_label says
                label = urgency_label(level)
            if self._bounds.at_risk(row) and row.threat_date is not None:
                days = (row.threat_date - self._bounds.today).days
                return _tr("{level} · ⚠ {threat} in {days} d").format(
                    level=label, threat=threat_label(row.threat_kind), days=days
                )
            return label
        if column == 7:
            label = self._status_labels.get(row.status)
            return status_label(row.status) if label is None else label
        return row.advisor or ""

    def _urgency(self, row: CaseRow, column: int) -> str | None:
        """``"overdue"``, ``"soon"`` (within a week, or a home at risk) or None."""
        if column == Column.URGENCY:
            level = self._bounds.level(row.pressing_date)
            if level in ("overdue", "today"):
                return "overdue"
            return "soon" if level == "soon" or self._bounds.at_risk(row) else None
        if column == Column.NEXT_DEADLINE:
            day = row.next_deadline
        elif column == Column.NEXT_HEARING:
            day = row.next_hearing
        else:
            return None
        if day is None:
            return None
        days = (day - self._bounds.today).days
        if days < 0:
            return "overdue"  # only open deadlines can be in the past
        return "soon" if days <= SOON_DAYS else None

    def _tooltip(self, row: CaseRow, column: int) -> str | None:
        if column == Column.URGENCY and row.threat_date is not None:
            return _tr("Next {threat}: {date}").format(
                threat=threat_label(row.threat_kind), date=format_day(row.threat_date)
            )
        urgency = self._urgency(row, column)
        if urgency == "overdue" and column != Column.URGENCY:
            return _tr("Overdue: this deadline has passed and is still open")
        if urgency == "soon" and column != Column.URGENCY:
            return _tr("Within the next week")
        if column == Column.NAME:
            return row.full_name
        return None
