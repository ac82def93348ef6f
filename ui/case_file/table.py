"""A small read-only table model over a list of frozen rows, and the view the tabs use.

A case has tens of loans, events or letters, never thousands: each tab reads
all its rows in one action and hands them here. Columns are declared once as
(header, text, optional colour and tooltip) so the tabs stay declarative.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

R = TypeVar("R")
AnyIndex = QModelIndex | QPersistentModelIndex

# The row object itself, for views and tests (Picard's habit of named roles).
RowRole = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True)
class Column(Generic[R]):
    header: str
    text: Callable[[R], str]
    # Background and foreground colours of a cell (None: the palette's).
    colours: Callable[[R], tuple[QColor, QColor] | None] | None = None
    tooltip: Callable[[R], str | None] | None = None
    bold: Callable[[R], bool] | None = None
    dimmed: Callable[[R], bool] | None = None
    right: bool = False


class RowsModel(QAbstractTableModel, Generic[R]):
    """Rows of one kind, shown through ``columns``; ``set_rows`` replaces them all."""

    def __init__(self, columns: Sequence[Column[R]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._rows: list[R] = []

    def set_rows(self, rows: Sequence[R]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[R]:
        return list(self._rows)

    def row(self, index: int) -> R:
        return self._rows[index]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._columns[section].header
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(row)
        if role == RowRole:
            return row
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip is not None:
            return column.tooltip(row)
        if role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole):
            if column.colours is not None and (pair := column.colours(row)) is not None:
                return QBrush(pair[0] if role == Qt.ItemDataRole.BackgroundRole else pair[1])
            if role == Qt.ItemDataRole.ForegroundRole and column.dimmed and column.dimmed(row):
                return QBrush(QColor(128, 128, 128))
            return None
        if role == Qt.ItemDataRole.FontRole and column.bold is not None and column.bold(row):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column.right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


def make_view(model: QAbstractTableModel, name: str, stretch: int = -1) -> QTableView:
    """A row-selecting, read-only table: the look every list in the case file shares."""
    view = QTableView()
    view.setObjectName(name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.setShowGrid(False)
    view.verticalHeader().hide()
    header = view.horizontalHeader()
    header.setHighlightSections(False)
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    if stretch >= 0:
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    else:
        header.setStretchLastSection(True)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)
    return view


def selected_row(view: QTableView) -> Any | None:
    """The row object of the view's current selection, or None."""
    rows = view.selectionModel().selectedRows()
    return rows[0].data(RowRole) if rows else None


def select_where(view: QTableView, match: Callable[[Any], bool]) -> bool:
    """Select the first row ``match`` accepts (after a reload keeps the advisor's place)."""
    model = view.model()
    for number in range(model.rowCount()):
        if match(model.index(number, 0).data(RowRole)):
            view.selectRow(number)
            return True
    return False
