"""Paints the register's cells from their worked-out texts, without the style's text layout.

The register repaints its screenful (about 200 cells) after every keystroke.
Qt's own delegate asks the model for seven roles of each cell (``multiData``),
has the style build a ``QTextLayout`` for the cell (shaping, measuring, eliding)
and draws it: 20-30 ms a paint on the bench machine, as much as the search.
This delegate takes a cell's text and mark from the model's worked-out cells
(``CaseTableModel.cell``), keeps the text as it fits the column (elided only
when it does not: measuring costs a third of eliding; most cells repeat from
one key to the next) laid out once as a ``QStaticText``, and draws it with one
``drawStaticText``: 10-15 ms a paint (``drawText`` shaped every text again at
each paint, 4-6 ms of it).

It paints what the style paints for a plain one-line cell (the row's
background is the view's, drawn before): the text in the palette's text colour
or red when overdue, bold when urgent, elided on the right, centred
vertically, after the style's text margin; ``tests/ui/models`` compares the two
pixel for pixel. A selected cell gets the style's own selection background and
the highlighted text colour; the one cell with the focus frame is left to Qt's
delegate.

What all cells of one paint share (colours, font, the selected rows) is worked
out at its first cell, and each row's texts once (a viewport event filter tells
a paint begins); the pen and font are set only when they change from the cell
before: the C++ to Python crossing per cell is most of what is left.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette, QStaticText, QTransform
from PySide6.QtWidgets import (
    QAbstractItemView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
)

if TYPE_CHECKING:
    from ui.models.case_table_model import CaseTableModel

# Fitted texts kept at most (many screenfuls of distinct cells; about 100 bytes each).
_KEPT_TEXTS: Final = 4000
_ELIDE: Final = Qt.TextElideMode.ElideRight
# The states choosing the colour group (read once a paint, as ints: no enum per cell).
_ENABLED: Final = QStyle.StateFlag.State_Enabled.value
_ACTIVE: Final = QStyle.StateFlag.State_Active.value
_NORMAL: Final = QPalette.ColorGroup.Normal
_INACTIVE: Final = QPalette.ColorGroup.Inactive
_DISABLED: Final = QPalette.ColorGroup.Disabled
_TEXT: Final = QPalette.ColorRole.Text
_HIGHLIGHTED_TEXT: Final = QPalette.ColorRole.HighlightedText
_SELECTED: Final = QStyle.StateFlag.State_Selected.value
_FOCUS: Final = QStyle.StateFlag.State_HasFocus.value
_PANEL: Final = QStyle.PrimitiveElement.PE_PanelItemViewItem
_PAINT: Final = QEvent.Type.Paint
_PLAIN: Final = Qt.TextFormat.PlainText
_CACHED: Final = QStaticText.PerformanceHint.AggressiveCaching
_UNMOVED: Final = QTransform()
# A row's texts and marks, a column each (``CaseTableModel.row_cells``).
_Cells = tuple[tuple[str, ...], tuple[str | None, ...]]
_UNSEEN: Final[_Cells] = ((), ())


class _PaintWatch(QObject):
    """Tells the delegate a paint of the view's viewport begins (an event filter).

    A filter of its own, not the delegate's: ``QStyledItemDelegate.eventFilter``
    serves the editors.
    """

    def __init__(self, delegate: CaseCellDelegate) -> None:
        super().__init__(delegate)
        self._delegate = delegate

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == _PAINT:
            self._delegate.begin_paint()
        return False


class CaseCellDelegate(QStyledItemDelegate):
    """The register's cell painter: one line of text a cell, fitted once."""

    def __init__(self, model: CaseTableModel, parent: QAbstractItemView) -> None:
        super().__init__(parent)
        self._model = model
        self._view = parent
        # (text, width, bold) -> the text as it fits, laid out once.
        self._texts: dict[tuple[str, int, bool], QStaticText] = {}
        self._font: QFont | None = None  # the view's font the texts were fitted in
        self._bold = QFont()
        self._heights = (0, 0)  # the line's height: plain, bold
        self._bold_metrics = QFontMetrics(self._bold)
        self._plain_metrics = QFontMetrics(self._bold)
        style = parent.style()
        # As QCommonStyle's item text: the focus frame's margin and one pixel more.
        self._margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, parent) + 1
        self._margins = 2 * self._margin
        # What a paint of the viewport shares by all its cells, worked out at its first
        # cell (``_begin``): the text colours, and the rows' cells (None for a row left
        # to Qt's delegate: selected, or holding the current cell).
        self._fresh = True
        self._pen = QColor()
        self._highlighted = QColor()
        self._warning = QColor()
        self._style = style
        # The pen colour and font last set on this paint's painter (by identity).
        self._painter_pen: QColor | None = None
        self._painter_font: QFont | None = None
        self._rows: dict[int, _Cells | None] = {}
        self._current_row = -1
        self._picked: tuple[tuple[int, int], ...] = ()  # the selection's rows, first to last
        parent.viewport().installEventFilter(_PaintWatch(self))

    def begin_paint(self) -> None:
        """A paint of the view begins: its first cell works out what the cells share."""
        self._fresh = True

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        # About 200 calls a paint, each a crossing from C++: what the cells of a paint
        # share is read once (``_begin``), a row's texts once, no enum member here.
        if self._fresh:
            self._begin(option)
        number = index.row()
        cells = self._rows.get(number, _UNSEEN)
        if cells is _UNSEEN:
            cells = self._row(number)
        if cells is None:  # selected, or the current cell's row
            self._paint_picked(painter, option, index)
            return
        column = index.column()
        text = cells[0][column]
        if not text:
            return
        mark = cells[1][column]
        x, y, width, height = option.rect.getRect()  # type: ignore[attr-defined]
        width -= self._margins
        bold = mark is not None
        shown = self._texts.get((text, width, bold)) or self._fit(text, width, bold)
        # The painter keeps its pen and font from cell to cell within a paint (the
        # view draws only the row's background between them): set when they change.
        pen = self._warning if mark == "overdue" else self._pen
        if pen is not self._painter_pen:
            painter.setPen(pen)
            self._painter_pen = pen
        font = self._bold if bold else self._font
        if font is not self._painter_font:
            painter.setFont(font)
            self._painter_font = font
        # The line's top: where the style's centred line starts (its baseline less the ascent).
        painter.drawStaticText(x + self._margin, y + (height - self._heights[bold]) // 2, shown)

    def _paint_picked(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        """A cell of a selected row, or of the current cell's: a dozen a paint.

        The focus frame is left to Qt's delegate. A selected cell gets the style's
        selection background, drawn as the style's item drawing does (clipped to
        the cell), and its text in the highlighted text colour (overdue or not).
        """
        state = option.state.value  # type: ignore[attr-defined]
        if state & _FOCUS:
            super().paint(painter, option, index)
            self._painter_pen = self._painter_font = None  # as the style left them
            return
        rect = option.rect  # type: ignore[attr-defined]
        pen = self._pen
        if state & _SELECTED:
            painter.save()
            painter.setClipRect(rect)
            self._style.drawPrimitive(_PANEL, option, painter, self._view)
            painter.restore()
            pen = self._highlighted
        text, mark = self._model.cell(index.row(), index.column())
        if not text:
            return
        x, y, width, height = rect.getRect()
        width -= self._margins
        bold = mark is not None
        shown = self._texts.get((text, width, bold)) or self._fit(text, width, bold)
        if mark == "overdue" and pen is self._pen:
            pen = self._warning
        painter.setPen(pen)
        self._painter_pen = pen
        self._painter_font = self._bold if bold else self._font
        painter.setFont(self._painter_font)
        painter.drawStaticText(x + self._margin, y + (height - self._heights[bold]) // 2, shown)

    def _begin(self, option: QStyleOptionViewItem) -> None:
        """What every cell of this paint shares, from its first cell's ``option``.

        The view builds one option for the paint and changes only the selected,
        focus and hover states from cell to cell (``QTableViewPrivate::drawCell``;
        the model's cells are all enabled): the colour group (enabled, active
        window and focus) and the font are the same for all cells. The selected
        rows and the current cell's row are left to Qt's delegate.
        """
        self._fresh = False
        state = option.state.value  # type: ignore[attr-defined]
        group = (_NORMAL if state & _ACTIVE else _INACTIVE) if state & _ENABLED else _DISABLED
        palette: QPalette = option.palette  # type: ignore[attr-defined]
        self._pen = palette.color(group, _TEXT)
        self._highlighted = palette.color(group, _HIGHLIGHTED_TEXT)
        self._style = self._view.style()
        font: QFont = option.font  # type: ignore[attr-defined]
        if font != self._font:
            self._use_font(font)
        self._warning = self._model.warning_colour
        self._rows = {}
        self._painter_pen = self._painter_font = None  # a new painter: set at the first cell
        view = self._view
        self._current_row = view.currentIndex().row()  # -1 when there is none
        selection = view.selectionModel()
        self._picked = (
            tuple((picked.top(), picked.bottom()) for picked in selection.selection())
            if selection is not None
            else ()
        )

    def _row(self, number: int) -> _Cells | None:
        """Row ``number``'s cells for this paint, or None when Qt's delegate paints it."""
        if number == self._current_row or any(t <= number <= b for t, b in self._picked):
            cells = None
        else:
            cells = self._model.row_cells(number)
        self._rows[number] = cells
        return cells

    def _use_font(self, font: QFont) -> None:
        """Fit texts anew in ``font`` (the view's; the bold one is the model's)."""
        self._texts.clear()
        self._font = QFont(font)
        self._bold = self._model.bold_font
        self._plain_metrics = QFontMetrics(font)
        self._bold_metrics = QFontMetrics(self._bold)
        self._heights = (self._plain_metrics.height(), self._bold_metrics.height())

    def _fit(self, text: str, width: int, bold: bool) -> QStaticText:
        """``text`` as it fits ``width`` (itself, or elided on the right as the style
        would), laid out for drawing.

        A ``QStaticText`` keeps its glyphs once laid out: the cells a keystroke
        leaves alone (a city, a status, a date) are drawn without shaping their
        text again, which ``drawText`` does at every call. Its layout measures the
        text too: shaping (most of a new cell's cost; a key brings up to 80 new
        texts) is done once, not once to measure and once to lay out. Its width
        rounded is ``QFontMetrics.horizontalAdvance`` (equal for 6,500 names and
        cities, plain and bold, at widths around each); texts breaking into lines
        are measured by the metrics, as before.
        """
        if len(self._texts) >= _KEPT_TEXTS:
            self._texts.clear()
        font = self._bold if bold else self._font
        if "\n" in text or "\r" in text or "\u2028" in text:
            metrics = self._bold_metrics if bold else self._plain_metrics
            fits = metrics.horizontalAdvance(text) <= width
            shown = _laid_out(text if fits else metrics.elidedText(text, _ELIDE, width), font)
        else:
            shown = _laid_out(text, font)
            # horizontalAdvance(text) > width, where it is the width rounded half up.
            if shown.size().width() >= width + 0.5:
                metrics = self._bold_metrics if bold else self._plain_metrics
                shown = _laid_out(metrics.elidedText(text, _ELIDE, width), font)
        self._texts[(text, width, bold)] = shown
        return shown


def _laid_out(text: str, font: QFont) -> QStaticText:
    """``text`` as one plain ``QStaticText`` in ``font``, its glyphs laid out."""
    shown = QStaticText(text)
    shown.setTextFormat(_PLAIN)
    shown.setPerformanceHint(_CACHED)
    shown.prepare(_UNMOVED, font)
    return shown
