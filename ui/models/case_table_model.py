"""The case register as a Qt table model: pages of compact rows fetched by SQL on demand.

The view asks for more rows only as the user scrolls (``canFetchMore`` /
``fetchMore``), so a database of 100,000 cases costs one page of rows per
screenful, never the whole table. A new search resets the model and its row
cache; ordering (relevance, then name) is done by the SQL query, since sorting a
partial cache would show a wrong order.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from enum import IntEnum
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QGuiApplication

from debtdesk.clock import today
from debtdesk.errors import DebtdeskError
from ui import operations
from ui.operations import NO_FILTERS, CaseFilters, CaseRow

if TYPE_CHECKING:
    from debtdesk.db.database import Database

AnyIndex = QModelIndex | QPersistentModelIndex

# Named roles (Picard's habit): views and tests ask for these, never for columns.
CaseIdRole = Qt.ItemDataRole.UserRole + 1
CaseRowRole = Qt.ItemDataRole.UserRole + 2

PAGE_SIZE = 200
# Hearings and deadlines this close are shown in bold: "what is urgent this week".
SOON_DAYS = 7


class Column(IntEnum):
    NAME = 0
    CITY = 1
    IIN = 2
    PHONE = 3
    NEXT_HEARING = 4
    NEXT_DEADLINE = 5
    STATUS = 6
    ADVISOR = 7


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
        Column.STATUS: _tr("Status"),
        Column.ADVISOR: _tr("Advisor"),
    }[column]


def status_label(status: str) -> str:
    """The case status as people read it (stored values are language-neutral keys)."""
    labels = {"open": _tr("open"), "watch": _tr("watch"), "closed": _tr("closed")}
    return labels.get(status, status)


def format_phone(phone: str | None) -> str:
    """``+77011234567`` as ``+7 701 123 45 67``, the way people read and dictate it."""
    if not phone:
        return ""
    if phone.startswith("+7") and len(phone) == 12 and phone[1:].isdigit():
        d = phone[2:]
        return f"+7 {d[:3]} {d[3:6]} {d[6:8]} {d[8:]}"
    return phone


def _iso(day: date | None) -> str:
    # ISO until locale-aware formatting arrives with the settings page.
    return day.isoformat() if day else ""


# Indexed by column number: data() runs for every visible cell and role on each
# paint, so it avoids building enums or looking names up (see _ROLE_* below).
_DISPLAY: tuple[Callable[[CaseRow], str], ...] = (
    lambda r: r.full_name,  # Column.NAME
    lambda r: r.city or "",  # Column.CITY
    lambda r: r.iin or "",  # Column.IIN
    lambda r: format_phone(r.phone),  # Column.PHONE
    lambda r: _iso(r.next_hearing),  # Column.NEXT_HEARING
    lambda r: _iso(r.next_deadline),  # Column.NEXT_DEADLINE
    lambda r: status_label(r.status),  # Column.STATUS
    lambda r: r.advisor or "",  # Column.ADVISOR
)
assert len(_DISPLAY) == len(Column)

_ROLE_DISPLAY = Qt.ItemDataRole.DisplayRole
_ROLE_TOOLTIP = Qt.ItemDataRole.ToolTipRole
_ROLE_FONT = Qt.ItemDataRole.FontRole
_ROLE_FOREGROUND = Qt.ItemDataRole.ForegroundRole
_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


def _warning_colour() -> QColor:
    """A red that stays legible on the current palette's base (light or dark)."""
    dark = QGuiApplication.palette().base().color().lightness() < 128
    return QColor("#ff8a80") if dark else QColor("#b3261e")


class CaseTableModel(QAbstractTableModel):
    """Rows of the case register for the current search, fetched a page at a time."""

    # A later page could not be read (the view asked while scrolling): the message.
    fetchFailed = Signal(str)

    def __init__(self, db: Database, page_size: int = PAGE_SIZE, parent: Any = None) -> None:
        super().__init__(parent)
        self._db = db
        self._page_size = page_size
        self._text = ""
        self._filters: CaseFilters = NO_FILTERS
        self._rows: list[CaseRow] = []
        self._exhausted = True
        self._today = today()

    # -- the query -------------------------------------------------------------

    @property
    def text(self) -> str:
        return self._text

    @property
    def filters(self) -> CaseFilters:
        return self._filters

    @property
    def page_size(self) -> int:
        return self._page_size

    def set_query(self, text: str, filters: CaseFilters = NO_FILTERS) -> None:
        """Show the first page of cases matching ``text``; later pages come on scrolling.

        Errors from the database propagate (as ``DebtdeskError``) after the
        model has been emptied, so the view never shows rows of an old search.
        """
        self.beginResetModel()
        self._text = text
        self._filters = filters
        self._rows = []
        self._exhausted = True
        self._today = today()
        try:
            self._rows, self._exhausted = self._page(0)
        finally:
            self.endResetModel()

    def refresh(self) -> None:
        """Run the current search again (after the data changed)."""
        self.set_query(self._text, self._filters)

    def case_id(self, row: int) -> int:
        return self._rows[row].id

    def case_row(self, row: int) -> CaseRow:
        return self._rows[row]

    # -- Qt model interface ------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(Column)

    def canFetchMore(self, parent: AnyIndex = QModelIndex()) -> bool:
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: AnyIndex = QModelIndex()) -> None:
        if parent.isValid() or self._exhausted:
            return
        offset = len(self._rows)
        try:
            more, self._exhausted = self._page(offset)
        except DebtdeskError as exc:
            # The view calls this from its own event handling: report, never raise.
            self._exhausted = True
            self.fetchFailed.emit(str(exc))
            return
        if not more:
            return
        self.beginInsertRows(QModelIndex(), offset, offset + len(more) - 1)
        self._rows.extend(more)
        self.endInsertRows()

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if 0 <= section < len(Column):
            return _header(Column(section))
        return None

    def data(self, index: AnyIndex, role: int = _ROLE_DISPLAY) -> Any:
        number = index.row()
        if not 0 <= number < len(self._rows) or not index.isValid():
            return None
        row = self._rows[number]
        column = index.column()
        if role == _ROLE_DISPLAY:
            return _DISPLAY[column](row)
        if role == CaseIdRole:
            return row.id
        if role == CaseRowRole:
            return row
        if role == _ROLE_TOOLTIP:
            return self._tooltip(row, column)
        if role == _ROLE_FONT and self._urgency(row, column):
            font = QFont(QGuiApplication.font())
            font.setBold(True)
            return font
        if role == _ROLE_FOREGROUND and self._urgency(row, column) == "overdue":
            return _warning_colour()
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        return _FLAGS if index.isValid() else Qt.ItemFlag.NoItemFlags

    # -- helpers ----------------------------------------------------------------

    def _page(self, offset: int) -> tuple[list[CaseRow], bool]:
        """Rows from ``offset`` and whether they are the last ones.

        One row more than a page is asked for, so the view knows the end has
        come without a further, empty query.
        """
        rows = operations.search_cases(
            self._db, self._text, self._page_size + 1, offset, self._filters
        )
        return rows[: self._page_size], len(rows) <= self._page_size

    def _urgency(self, row: CaseRow, column: int) -> str | None:
        """``"overdue"``, ``"soon"`` (within a week) or None, for the two date columns."""
        if column == Column.NEXT_DEADLINE:
            day = row.next_deadline
        elif column == Column.NEXT_HEARING:
            day = row.next_hearing
        else:
            return None
        if day is None:
            return None
        days = (day - self._today).days
        if days < 0:
            return "overdue"  # only open deadlines can be in the past
        return "soon" if days <= SOON_DAYS else None

    def _tooltip(self, row: CaseRow, column: int) -> str | None:
        urgency = self._urgency(row, column)
        if urgency == "overdue":
            return _tr("Overdue: this deadline has passed and is still open")
        if urgency == "soon":
            return _tr("Within the next week")
        if column == Column.NAME:
            return row.full_name
        return None
