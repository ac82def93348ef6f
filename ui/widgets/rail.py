"""The navigation rail: one entry per registered page, an icon over a short name.

A ``QListWidget`` gives the keyboard behaviour for free (Tab reaches it, Up and
Down move, Home and End jump) and each move switches the page at once, as a
tab bar does; Enter then puts the cursor into the page. The entries are painted
by a small delegate from the palette, so the rail follows dark mode and the
selected entry looks the same whether or not the rail has the focus (a focus
ring shows when it does).
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from ui.widgets.icons import ICON_SIZE, has_icon, tinted_pixmap

NameRole = Qt.ItemDataRole.UserRole + 1
IconRole = Qt.ItemDataRole.UserRole + 2

RAIL_WIDTH = 88
ENTRY_HEIGHT = 62
_MARGIN = 6


class _RailDelegate(QStyledItemDelegate):
    """Paints an entry: a soft pill behind the selected one, icon above, name below."""

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        return QSize(RAIL_WIDTH - 2 * _MARGIN, ENTRY_HEIGHT)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        palette: QPalette = option.palette  # type: ignore[attr-defined]
        rect: QRect = option.rect.adjusted(2, 2, -2, -2)  # type: ignore[attr-defined]
        state = option.state  # type: ignore[attr-defined]
        role = QPalette.ColorRole
        group = QPalette.ColorGroup
        selected = bool(state & QStyle.StateFlag.State_Selected)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if selected:
            # The quiet accent (the inactive highlight) whatever the focus: calm, always visible.
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(palette.color(group.Inactive, role.Highlight))
            painter.drawRoundedRect(QRectF(rect), 8, 8)
        elif state & QStyle.StateFlag.State_MouseOver:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(palette.color(role.AlternateBase))
            painter.drawRoundedRect(QRectF(rect), 8, 8)
        if state & QStyle.StateFlag.State_HasFocus and state & QStyle.StateFlag.State_Active:
            pen = QPen(palette.color(group.Active, role.Highlight))
            pen.setWidthF(1.5)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(QRectF(rect).adjusted(0.75, 0.75, -0.75, -0.75), 8, 8)

        text_colour = palette.color(group.Active, role.WindowText)
        icon_name = index.data(IconRole)
        if icon_name and has_icon(icon_name):
            widget = option.widget  # type: ignore[attr-defined]
            ratio = widget.devicePixelRatioF() if widget is not None else 1.0
            pixmap = tinted_pixmap(icon_name, text_colour, ICON_SIZE, ratio)
            x = rect.center().x() - ICON_SIZE // 2 + 1
            painter.drawPixmap(x, rect.top() + 8, pixmap)

        font = QFont(option.font)  # type: ignore[attr-defined]
        font.setPointSizeF(max(font.pointSizeF() * 0.9, 7.0))
        if selected:
            font.setWeight(QFont.Weight.DemiBold)
        painter.setFont(font)
        painter.setPen(text_colour)
        text_rect = QRect(rect.left(), rect.top() + 8 + ICON_SIZE + 3, rect.width(), 20)
        text = painter.fontMetrics().elidedText(
            str(index.data(Qt.ItemDataRole.DisplayRole) or ""),
            Qt.TextElideMode.ElideRight,
            text_rect.width() - 4,
        )
        painter.drawText(text_rect, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, text)
        painter.restore()


class NavigationRail(QListWidget):
    """The page list on the window's left; emits the page name to show."""

    pageChosen = Signal(str)
    # Enter on an entry: the window moves the cursor into that page.
    pageEntered = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("navigationRail")
        self.setAccessibleName(self.tr("Pages"))
        self.setItemDelegate(_RailDelegate(self))
        self.setFixedWidth(RAIL_WIDTH)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setSpacing(2)
        self.setViewportMargins(_MARGIN - 2, _MARGIN, _MARGIN - 2, _MARGIN)
        self.setBackgroundRole(QPalette.ColorRole.Window)
        self.viewport().setBackgroundRole(QPalette.ColorRole.Window)
        self.setAutoFillBackground(True)
        self.currentRowChanged.connect(self._on_row_changed)

    def add_entry(self, name: str, title: str, icon: str, shortcut: str = "") -> QListWidgetItem:
        """Add a page's entry; ``shortcut`` (already in native text) goes in its tooltip."""
        item = QListWidgetItem(title)
        item.setData(NameRole, name)
        item.setData(IconRole, icon)
        item.setToolTip(f"{title} ({shortcut})" if shortcut else title)
        item.setData(Qt.ItemDataRole.AccessibleTextRole, title)
        self.addItem(item)
        return item

    def names(self) -> list[str]:
        return [str(self.item(row).data(NameRole)) for row in range(self.count())]

    def current_name(self) -> str | None:
        item = self.currentItem()
        return None if item is None else str(item.data(NameRole))

    def set_current(self, name: str) -> None:
        """Select ``name``'s entry without emitting ``pageChosen`` (the window asked)."""
        for row in range(self.count()):
            if self.item(row).data(NameRole) == name:
                self.blockSignals(True)
                self.setCurrentRow(row)
                self.blockSignals(False)
                self.viewport().update()
                return

    def _on_row_changed(self, row: int) -> None:
        if row >= 0:
            self.pageChosen.emit(str(self.item(row).data(NameRole)))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentItem():
            self.pageEntered.emit(self.current_name() or "")
            return
        super().keyPressEvent(event)
