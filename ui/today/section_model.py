"""One Today section as a table: the columns its kind of item needs, urgency in words and colour.

Each section shows what a person acts on for that kind of item: a threatened
home's address and days left, a deadline's rule and case number, a hearing's
court and who from the group goes. Urgency is a tint *and* words ("3 days
late", "today", "in 5 days"), so it still reads in grey print or to someone who
cannot tell the tints apart. A deadline row has a "Done" check box: one click
asks the page (``doneRequested``) to mark it done.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QFont
from PySide6.QtWidgets import QWidget

from debtdesk.deadlines.agenda_items import AgendaItem
from ui.formatting import format_day, format_time
from ui.widgets.urgency_colours import urgency_colours

AnyIndex = QModelIndex | QPersistentModelIndex
ItemRole = Qt.ItemDataRole.UserRole + 1  # the AgendaItem of the row
CaseIdRole = Qt.ItemDataRole.UserRole + 2  # its case (debtor) id
DEADLINE_SECTIONS = ("overdue", "due")
_DISPLAY = Qt.ItemDataRole.DisplayRole
_BACKGROUND = Qt.ItemDataRole.BackgroundRole
_TINT_ROLES = (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole)
_FONT = Qt.ItemDataRole.FontRole
_CHECK = Qt.ItemDataRole.CheckStateRole
_TOOLTIP = Qt.ItemDataRole.ToolTipRole
_ACCESSIBLE = Qt.ItemDataRole.AccessibleTextRole


def _tr(text: str) -> str:
    return QCoreApplication.translate("TodaySection", text)


def days_text(days: int) -> str:
    """Days left (or late) in words: the cue that survives grey print."""
    if days == 0:
        return _tr("today")
    # Literal sources (lupdate reads them); "1 day" spelt out for the English source.
    if days == -1:
        return QCoreApplication.translate("TodaySection", "%n day late", "", 1)
    if days < 0:
        return QCoreApplication.translate("TodaySection", "%n days late", "", -days)
    if days == 1:
        return QCoreApplication.translate("TodaySection", "in %n day", "", 1)
    return QCoreApplication.translate("TodaySection", "in %n days", "", days)


@dataclass(frozen=True)
class _Column:
    key: str
    header: str
    text: Callable[[AgendaItem], str]
    urgent: bool = False  # tinted by urgency, bold when pressing


def _join(*parts: str | None) -> str:
    return ", ".join(p for p in parts if p)


def _when(item: AgendaItem) -> str:
    return _join(format_day(item.date), format_time(item.time) if item.time else None)


def _address(item: AgendaItem) -> str:
    """The address with its city, unless the address already names it."""
    address = item.address or ""
    if item.city and item.city.casefold() not in address.casefold():
        return _join(address, item.city)
    return address


def _attendees(item: AgendaItem) -> str:
    return item.attendees or _tr("nobody yet")


def columns_for(section: str) -> list[_Column]:
    """The columns of ``section`` (an agenda section name), in display order."""
    who = _Column("who", _tr("Debtor"), lambda i: i.full_name)
    city = _Column("city", _tr("City"), lambda i: i.city or "")
    advisor = _Column("advisor", _tr("Advisor"), lambda i: i.advisor or "")
    case_no = _Column("case_no", _tr("Case no."), lambda i: i.case_no or "")
    days = _Column("days", _tr("Days"), lambda i: days_text(i.days_left), urgent=True)
    if section == "threat":
        return [
            _Column("date", _tr("Date"), _when),
            days,
            _Column("what", _tr("What"), lambda i: i.title),
            who,
            _Column("address", _tr("Address"), _address),
            advisor,
        ]
    if section in DEADLINE_SECTIONS:
        return [
            _Column("done", _tr("Done"), lambda i: ""),
            _Column("date", _tr("Due"), lambda i: format_day(i.date)),
            days,
            _Column("what", _tr("Deadline"), lambda i: i.title),
            who,
            case_no,
            city,
            advisor,
        ]
    if section == "hearing":
        return [
            _Column("date", _tr("When"), _when),
            days,
            who,
            _Column("place", _tr("Court"), lambda i: i.place or ""),
            case_no,
            _Column("attendees", _tr("Who goes"), _attendees),
            advisor,
        ]
    return [  # awaiting_reply
        _Column("date", _tr("Reply due"), lambda i: format_day(i.date)),
        days,
        _Column("what", _tr("Letter"), lambda i: i.title),
        who,
        _Column("place", _tr("To"), lambda i: i.place or ""),
        city,
        advisor,
    ]


class AgendaTableModel(QAbstractTableModel):
    """The rows of one agenda section; ``doneRequested(item)`` when its box is ticked."""

    doneRequested = Signal(object)

    def __init__(self, section: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.section = section
        self._columns = columns_for(section)
        self._done_column = self.column_of("done")
        self._items: list[AgendaItem] = []
        # Texts and tints worked out once per row: a paint asks for them many times.
        self._texts: list[list[str]] = []
        self._tints: list[tuple[QBrush, QBrush] | None] = []
        self._bold = QFont()
        self._bold.setBold(True)

    def set_items(self, items: Sequence[AgendaItem]) -> None:
        self.beginResetModel()
        self._items = list(items)
        self._texts = [[c.text(item) for c in self._columns] for item in self._items]
        brushes: dict[str, tuple[QBrush, QBrush] | None] = {}
        for item in self._items:
            if item.urgency not in brushes:
                pair = urgency_colours(item.urgency)
                brushes[item.urgency] = (QBrush(pair[0]), QBrush(pair[1])) if pair else None
        self._tints = [brushes[item.urgency] for item in self._items]
        self.endResetModel()

    def items(self) -> list[AgendaItem]:
        return list(self._items)

    def item(self, row: int) -> AgendaItem:
        return self._items[row]

    def column_of(self, key: str) -> int:
        """The column index of ``key`` (``done``, ``who``, …), or -1."""
        return next((n for n, c in enumerate(self._columns) if c.key == key), -1)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._columns[section].header
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.isValid() and index.column() == self._done_column:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, col = index.row(), index.column()
        if role == _DISPLAY:
            return self._texts[row][col]
        if role in _TINT_ROLES:
            column = self._columns[col]
            tint = self._tints[row] if column.urgent else None
            if tint is None:
                return None
            return tint[0] if role == _BACKGROUND else tint[1]
        if role == _FONT:
            urgent = self._columns[col].urgent and self._items[row].days_left <= 3
            return self._bold if urgent else None
        if role == _CHECK and col == self._done_column:
            return Qt.CheckState.Unchecked
        if role == ItemRole:
            return self._items[row]
        if role == CaseIdRole:
            return self._items[row].debtor_id
        if role == _TOOLTIP:
            return self._tooltip(self._items[row], self._columns[col], self._texts[row][col])
        if role == _ACCESSIBLE and col == self._done_column:
            return _tr("Mark done: {what}").format(what=self._items[row].title)
        return None

    def _tooltip(self, item: AgendaItem, column: _Column, text: str) -> str | None:
        if column.key == "done":
            return _tr("Mark this deadline done (you can undo it)")
        if column.key == "attendees" and not item.attendees:
            nobody = _tr("Nobody from the group is down to go yet; the case's advisor is {name}")
            return nobody.format(name=item.advisor or _tr("not set"))
        return text or None

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if (
            index.isValid()
            and role == Qt.ItemDataRole.CheckStateRole
            and self._columns[index.column()].key == "done"
            and _checked(value)
        ):
            # The page marks it done and reads the sections again: the row leaves then.
            self.doneRequested.emit(self._items[index.row()])
            return True
        return False


def _checked(value: Any) -> bool:
    if isinstance(value, Qt.CheckState):
        return value == Qt.CheckState.Checked
    return value == Qt.CheckState.Checked.value
