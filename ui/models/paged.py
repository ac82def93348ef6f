"""A table model whose rows are read a page at a time, as the view scrolls to them.

The case register and the letter register hold years of a group's work: the
view asks for more rows only when the advisor scrolls near the end
(``canFetchMore`` / ``fetchMore``), so a screenful costs one page of SQL.
"""

from __future__ import annotations

from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Signal

from debtdesk.errors import DebtdeskError

AnyIndex = QModelIndex | QPersistentModelIndex
R = TypeVar("R")


class PagedTableModel(QAbstractTableModel, Generic[R]):
    """Rows read by ``_page(offset)`` a page at a time; ``_exhausted`` once the last came.

    A subclass reads its first page itself (in its reset) and gives the rest
    through ``_page``.
    """

    # A later page could not be read (the view asked while scrolling): the message.
    fetchFailed = Signal(str)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[R] = []
        self._exhausted = True

    def _page(self, offset: int) -> tuple[list[R], bool]:
        """Rows from ``offset`` and whether they are the last ones."""
        raise NotImplementedError

    @staticmethod
    def _one_page(rows: list[R], size: int) -> tuple[list[R], bool]:
        """A page of ``rows`` read as ``size + 1``, and whether it is the last: the
        row beyond the page tells the end has come without a further, empty query."""
        return rows[:size], len(rows) <= size

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

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
