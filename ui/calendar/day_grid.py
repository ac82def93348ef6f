"""The calendar's grid of days: a model of weeks × weekdays, and the delegate drawing a day.

A day cell lists its items one line each — a shape for the urgency, the time,
what, who — up to what fits, then "+n more". Urgency is a tint *and* a shape
(``MARKS``), so a month printed in grey or seen by someone who cannot tell
the tints apart still says which dates are late and which are close; a home
in danger (eviction, auction) is marked ⚠ besides. The delegate also answers
which line is under a point, so a click on a line opens that item's case.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from ui.calendar.labels import item_line
from ui.case_file.deadlines_tab import urgency_colours
from ui.formatting import format_day
from ui.operations.calendar import CalendarItem

AnyIndex = QModelIndex | QPersistentModelIndex
DayRole = Qt.ItemDataRole.UserRole + 1  # the cell's date
ItemsRole = Qt.ItemDataRole.UserRole + 2  # its items, a tuple of CalendarItem
MORE = -2  # ``DayDelegate.hit``: the "+n more" line
PADDING = 3


def _tr(text: str) -> str:
    return QCoreApplication.translate("Calendar", text)


class DayGridModel(QAbstractTableModel):
    """``weeks`` rows of seven days from ``first`` (a Monday), each with its items."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.first = date.today()
        self.weeks = 0
        self.month: int | None = None  # days of other months are drawn dimmed
        self.today = date.today()
        self._items: Mapping[date, tuple[CalendarItem, ...]] = {}

    def set_days(
        self,
        first: date,
        weeks: int,
        items: Sequence[CalendarItem],
        *,
        month: int | None,
        today: date,
    ) -> None:
        by_day: dict[date, list[CalendarItem]] = {}
        for item in items:
            by_day.setdefault(item.date, []).append(item)
        self.beginResetModel()
        self.first, self.weeks, self.month, self.today = first, weeks, month, today
        self._items = {day: tuple(found) for day, found in by_day.items()}
        self.endResetModel()

    def day_at(self, row: int, column: int) -> date:
        return self.first + timedelta(days=row * 7 + column)

    def index_of(self, day: date) -> QModelIndex:
        offset = (day - self.first).days
        if not 0 <= offset < self.weeks * 7:
            return QModelIndex()
        return self.index(offset // 7, offset % 7)

    def items_on(self, day: date) -> tuple[CalendarItem, ...]:
        return self._items.get(day, ())

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else self.weeks

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else 7

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return weekday_names()[section]
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        day = self.day_at(index.row(), index.column())
        if role == DayRole:
            return day
        if role == ItemsRole:
            return self.items_on(day)
        if role == Qt.ItemDataRole.DisplayRole:
            return str(day.day)
        if role == Qt.ItemDataRole.ToolTipRole:
            found = self.items_on(day)
            lines = [item_line(item, with_time=True) for item in found[:30]]
            if len(found) > 30:
                lines.append(_tr("… and {n} more").format(n=len(found) - 30))
            return "\n".join(lines) or None
        if role == Qt.ItemDataRole.AccessibleTextRole:
            count = len(self.items_on(day))
            return _tr("{day}: {n} items").format(day=format_day(day), n=count)
        return None


def weekday_names() -> list[str]:
    return [
        _tr("Monday"),
        _tr("Tuesday"),
        _tr("Wednesday"),
        _tr("Thursday"),
        _tr("Friday"),
        _tr("Saturday"),
        _tr("Sunday"),
    ]


class DayDelegate(QStyledItemDelegate):
    """Draws a day: its number, then one line per item, tinted and marked by urgency."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tints: dict[str, tuple[QColor, QColor] | None] = {}

    def _line_height(self, option: QStyleOptionViewItem) -> int:
        return QFontMetrics(option.font).height() + 2

    def lines_fitting(self, rect: QRect, option: QStyleOptionViewItem) -> int:
        """Item lines a cell of ``rect`` has room for (below the day's number)."""
        height = self._line_height(option)
        return max(0, (rect.height() - height - 2 * PADDING) // height)

    def line_rect(self, rect: QRect, option: QStyleOptionViewItem, line: int) -> QRect:
        """Where item line ``line`` (from 0) of a cell at ``rect`` is drawn."""
        height = self._line_height(option)
        top = rect.top() + PADDING + height + line * height
        return QRect(rect.left() + PADDING, top, rect.width() - 2 * PADDING, height)

    def hit(self, rect: QRect, option: QStyleOptionViewItem, count: int, point: QPoint) -> int:
        """The item line under ``point`` (0…), ``MORE`` for "+n more", or -1."""
        shown, more = self._layout(rect, option, count)
        for line in range(shown + (1 if more else 0)):
            if self.line_rect(rect, option, line).contains(point):
                return line if line < shown else MORE
        return -1

    def _layout(self, rect: QRect, option: QStyleOptionViewItem, count: int) -> tuple[int, bool]:
        fits = self.lines_fitting(rect, option)
        if count <= fits:
            return count, False
        return max(0, fits - 1), True

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        return QSize(120, self._line_height(option) * 4 + 2 * PADDING)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        model = index.model()
        assert isinstance(model, DayGridModel)
        day: date = index.data(DayRole)
        items: tuple[CalendarItem, ...] = index.data(ItemsRole)
        other_month = model.month is not None and day.month != model.month
        painter.save()
        self._paint_frame(painter, option, other_month)
        self._paint_number(painter, option, day, day == model.today, other_month)
        self._paint_items(painter, option, items)
        painter.restore()

    def _paint_frame(
        self, painter: QPainter, option: QStyleOptionViewItem, other_month: bool
    ) -> None:
        rect, palette = option.rect, option.palette
        role = QPalette.ColorRole.AlternateBase if other_month else QPalette.ColorRole.Base
        painter.fillRect(rect, palette.color(role))
        painter.setPen(palette.color(QPalette.ColorRole.Mid))
        painter.drawRect(rect.adjusted(0, 0, -1, -1))
        if option.state & QStyle.StateFlag.State_Selected:
            pen = painter.pen()
            pen.setColor(palette.color(QPalette.ColorRole.Highlight))
            pen.setWidth(2)
            painter.setPen(pen)
            painter.drawRect(rect.adjusted(1, 1, -2, -2))

    def _paint_number(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        day: date,
        is_today: bool,
        other_month: bool,
    ) -> None:
        # Bold today, dimmed outside the month shown; the 1st names its month.
        font = QFont(option.font)
        font.setBold(is_today)
        painter.setFont(font)
        role = QPalette.ColorRole.PlaceholderText if other_month else QPalette.ColorRole.Text
        painter.setPen(option.palette.color(role))
        rect = option.rect
        box = QRect(
            rect.left() + PADDING,
            rect.top() + PADDING,
            rect.width() - 2 * PADDING,
            self._line_height(option),
        )
        label = str(day.day) if day.day != 1 else f"{day.day} {month_short(day.month)}"
        if is_today:
            label = _tr("{day} · today").format(day=label)
        painter.drawText(box, int(Qt.AlignmentFlag.AlignVCenter), label)

    def _paint_items(
        self, painter: QPainter, option: QStyleOptionViewItem, items: tuple[CalendarItem, ...]
    ) -> None:
        rect, palette = option.rect, option.palette
        metrics = QFontMetrics(option.font)
        painter.setFont(option.font)
        shown, more = self._layout(rect, option, len(items))
        for line, item in enumerate(items[:shown]):
            box = self.line_rect(rect, option, line)
            tint = self._tint(item.urgency)
            if tint is not None:
                painter.fillRect(box, tint[0])
                painter.setPen(tint[1])
            else:  # past events are history: drawn dimmed
                past = item.urgency == "past"
                role = QPalette.ColorRole.PlaceholderText if past else QPalette.ColorRole.Text
                painter.setPen(palette.color(role))
            text = metrics.elidedText(item_line(item), Qt.TextElideMode.ElideRight, box.width() - 4)
            painter.drawText(box.adjusted(2, 0, -2, 0), int(Qt.AlignmentFlag.AlignVCenter), text)
        if more:
            box = self.line_rect(rect, option, shown)
            painter.setPen(palette.color(QPalette.ColorRole.Link))
            text = _tr("+{n} more").format(n=len(items) - shown)
            painter.drawText(box.adjusted(2, 0, -2, 0), int(Qt.AlignmentFlag.AlignVCenter), text)

    def _tint(self, urgency: str) -> tuple[QColor, QColor] | None:
        if urgency not in self._tints:
            self._tints[urgency] = urgency_colours(urgency)
        return self._tints[urgency]


def month_short(month: int) -> str:
    return [
        _tr("Jan"),
        _tr("Feb"),
        _tr("Mar"),
        _tr("Apr"),
        _tr("May"),
        _tr("Jun"),
        _tr("Jul"),
        _tr("Aug"),
        _tr("Sep"),
        _tr("Oct"),
        _tr("Nov"),
        _tr("Dec"),
    ][month - 1]
