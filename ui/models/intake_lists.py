"""The two lists beside the intake form: possible duplicates, and people saved this meeting."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from ui.formatting import format_day
from ui.models.case_table_model import CaseIdRole, format_phone
from ui.operations.intake import PossibleDuplicate, SavedCase

_Index = QModelIndex | QPersistentModelIndex


def _tr(text: str) -> str:
    return QCoreApplication.translate("IntakeLists", text)


def reason_label(reason: str) -> str:
    # Listed literally so lupdate finds the source strings.
    return {
        "iin": _tr("same IIN"),
        "phone": _tr("same phone"),
        "name": _tr("similar name"),
    }.get(reason, reason)


class _CaseListModel(QAbstractListModel):
    """A read-only list of cases, each row carrying its case id under ``CaseIdRole``."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display(row)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(row)
        if role == CaseIdRole:
            return row.id
        return None

    def display(self, row: Any) -> str:
        raise NotImplementedError

    def tooltip(self, row: Any) -> str | None:
        return None

    def case_id(self, row: int) -> int:
        return int(self._rows[row].id)

    def name(self, row: int) -> str:
        return str(self._rows[row].full_name)


class DuplicateListModel(_CaseListModel):
    """Existing cases that may be the person being typed in, strongest evidence first."""

    def set_rows(self, rows: Sequence[PossibleDuplicate]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def ids(self) -> frozenset[int]:
        return frozenset(r.id for r in self._rows)

    def display(self, row: PossibleDuplicate) -> str:
        why = ", ".join(reason_label(r) for r in row.reasons)
        details = " · ".join(d for d in (row.city, format_phone(row.phone)) if d)
        lines = [
            row.full_name,
            why,
            details,
            _tr("IIN {iin}").format(iin=row.iin) if row.iin else "",
        ]
        return "\n".join(line for line in lines if line)

    def tooltip(self, row: PossibleDuplicate) -> str:
        return _tr("Click to open this case instead")


class SavedCaseListModel(_CaseListModel):
    """People saved in this meeting, newest first: the queue the advisor works through."""

    def add(self, saved: SavedCase) -> None:
        self.beginInsertRows(QModelIndex(), 0, 0)
        self._rows.insert(0, saved)
        self.endInsertRows()

    def display(self, row: SavedCase) -> str:
        if row.next_deadline is None:
            return row.full_name
        title, due = row.next_deadline
        return _tr("{name}\n{deadline} by {date}").format(
            name=row.full_name, deadline=title, date=format_day(due)
        )
