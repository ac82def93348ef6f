"""The letter register as a Qt table model: pages of compact rows fetched by SQL on demand.

Like the case register, the view asks for more rows only as the advisor
scrolls (``canFetchMore`` / ``fetchMore``): a group's years of letters cost
one page per screenful. Rows are newest first (the order is fixed: the
register is read by date), and the count of matches comes with the first
page, capped so a filter never makes the database count everything.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QFont, QGuiApplication

from debtdesk.clock import today
from ui.case_file.table import RowRole
from ui.formatting import format_day
from ui.models.paged import AnyIndex, PagedTableModel
from ui.operations import documents as ops

if TYPE_CHECKING:
    from debtdesk.db.database import Database

PAGE_SIZE = 100
COUNT_CAP = 10000


def _tr(text: str) -> str:
    return QCoreApplication.translate("LetterTableModel", text)


def headers() -> list[str]:
    return [
        _tr("No."),
        _tr("Date"),
        _tr("Debtor"),
        _tr("Letter"),
        _tr("Sent"),
        _tr("Received"),
        _tr("Reply due"),
        _tr("Reply"),
    ]


class LetterTableModel(PagedTableModel["ops.DocumentRow"]):
    """Rows of the letter register for the current filters, a page at a time."""

    def __init__(self, db: Database, page_size: int = PAGE_SIZE, parent: Any = None) -> None:
        super().__init__(parent)
        self._db = db
        self._page_size = page_size
        self._filters = ops.ALL_LETTERS
        self._titles: dict[str, str] = {}
        self._headers = headers()
        self.match_count = 0
        self.count_capped = False

    @property
    def filters(self) -> ops.LetterFilters:
        return self._filters

    def set_titles(self, titles: dict[str, str]) -> None:
        """Template titles by key, in the interface language."""
        self._titles = dict(titles)

    def set_filters(self, filters: ops.LetterFilters) -> None:
        """Show the first page for ``filters``; errors propagate after the model emptied."""
        self.beginResetModel()
        self._filters = filters
        self._rows = []
        self._exhausted = True
        self.match_count = 0
        self.count_capped = False
        try:
            self._rows, self._exhausted = self._page(0)
            if self._exhausted:
                self.match_count = len(self._rows)
            else:
                counted = ops.count_letters(self._db, filters, cap=COUNT_CAP)
                self.count_capped = counted > COUNT_CAP
                self.match_count = min(counted, COUNT_CAP)
        finally:
            self.endResetModel()

    def refresh(self) -> None:
        self.set_filters(self._filters)

    def row(self, number: int) -> ops.DocumentRow:
        return self._rows[number]

    def _page(self, offset: int) -> tuple[list[ops.DocumentRow], bool]:
        rows = ops.search_letters(self._db, self._filters, self._page_size + 1, offset)
        return self._one_page(rows, self._page_size)

    # --- Qt model interface ------------------------------------------------------------

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section] if 0 <= section < len(self._headers) else None
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == RowRole:
            return row
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == 3:
                to = _tr("To: {who}").format(who=row.recipient) if row.recipient else ""
                return "\n".join(x for x in (to, row.template) if x)
            if column == 6 and row.follow_up:
                return _tr("A reminder to ask about the reply, not a legal time limit")
            if column == 6 and row.provisional:
                return _tr("Counted from the day it was sent until the day it was received")
            return None
        if role == Qt.ItemDataRole.FontRole and column in (6, 7) and self._overdue(row):
            font = QFont(QGuiApplication.font())
            font.setBold(True)
            return font
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def _overdue(self, row: ops.DocumentRow) -> bool:
        return row.reply_on is None and row.reply_due is not None and row.reply_due < today()

    def _display(self, row: ops.DocumentRow, column: int) -> str:
        if column == 0:
            return row.outgoing_no
        if column == 1:
            return format_day(row.created_on)
        if column == 2:
            return row.full_name
        if column == 3:
            return self._titles.get(row.template, row.template)
        if column == 4:
            return format_day(row.sent_on)
        if column == 5:
            return format_day(row.received_on)
        if column == 6:
            return _due_text(row.reply_due, row.follow_up, row.provisional)
        if row.reply_on is not None:
            return format_day(row.reply_on)
        return _tr("awaiting") if row.reply_due is not None else ""


def _due_text(due: date | None, follow_up: bool, provisional: bool) -> str:
    if due is None:
        return ""
    if follow_up:
        return format_day(due) + " " + _tr("(reminder)")
    if provisional:  # the tooltip says why
        return "~" + format_day(due)
    return format_day(due)
