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
pixel for pixel. A selected or focused cell (one row) is left to Qt's delegate,
so selection and the focus frame look as they always did.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette, QStaticText, QTransform
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

if TYPE_CHECKING:
    from ui.models.case_table_model import CaseTableModel

# Fitted texts kept at most (many screenfuls of distinct cells; about 100 bytes each).
_KEPT_TEXTS: Final = 4000
_ELIDE: Final = Qt.TextElideMode.ElideRight
# The states Qt's delegate is left to paint, and those choosing the colour group.
_SPECIAL: Final = (QStyle.StateFlag.State_Selected | QStyle.StateFlag.State_HasFocus).value
_ENABLED: Final = QStyle.StateFlag.State_Enabled.value
_ACTIVE: Final = QStyle.StateFlag.State_Active.value
_NORMAL: Final = QPalette.ColorGroup.Normal
_INACTIVE: Final = QPalette.ColorGroup.Inactive
_DISABLED: Final = QPalette.ColorGroup.Disabled
_TEXT: Final = QPalette.ColorRole.Text


class CaseCellDelegate(QStyledItemDelegate):
    """The register's cell painter: one line of text a cell, fitted once."""

    def __init__(self, model: CaseTableModel, parent: QWidget) -> None:
        super().__init__(parent)
        self._model = model
        # (text, width, bold) -> the text as it fits, laid out once.
        self._texts: dict[tuple[str, int, bool], QStaticText] = {}
        self._font: QFont | None = None  # the view's font the texts were fitted in
        self._bold = QFont()
        self._lines: tuple[tuple[int, int], ...] = ((0, 0), (0, 0))  # height, ascent: plain, bold
        self._bold_metrics = QFontMetrics(self._bold)
        self._plain_metrics = QFontMetrics(self._bold)
        style = parent.style()
        # As QCommonStyle's item text: the focus frame's margin and one pixel more.
        self._margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, parent) + 1
        self._margins = 2 * self._margin

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        # About 200 calls a paint: enum members are read from module constants.
        state = option.state.value  # type: ignore[attr-defined]
        if state & _SPECIAL:
            super().paint(painter, option, index)
            return
        text, mark = self._model.cell(index.row(), index.column())
        if not text:
            return
        font: QFont = option.font  # type: ignore[attr-defined]
        if font != self._font:
            self._use_font(font)
        rect = option.rect  # type: ignore[attr-defined]
        width = rect.width() - self._margins
        bold = mark is not None
        shown = self._texts.get((text, width, bold)) or self._fit(text, width, bold)
        if mark == "overdue":
            painter.setPen(self._model.warning_colour)
        else:
            group = (_NORMAL if state & _ACTIVE else _INACTIVE) if state & _ENABLED else _DISABLED
            painter.setPen(option.palette.color(group, _TEXT))  # type: ignore[attr-defined]
        painter.setFont(self._bold if bold else font)
        # The line's top: where the style's centred line starts (its baseline less the ascent).
        top = rect.y() + (rect.height() - self._lines[bold][0]) // 2
        painter.drawStaticText(rect.x() + self._margin, top, shown)

    def _use_font(self, font: QFont) -> None:
        """Fit texts anew in ``font`` (the view's; the bold one is the model's)."""
        self._texts.clear()
        self._font = QFont(font)
        self._bold = self._model.bold_font
        self._plain_metrics = QFontMetrics(font)
        self._bold_metrics = QFontMetrics(self._bold)
        self._lines = tuple(
            (m.height(), m.ascent()) for m in (self._plain_metrics, self._bold_metrics)
        )

    def _fit(self, text: str, width: int, bold: bool) -> QStaticText:
        """``text`` as it fits ``width`` (itself, or elided on the right as the style
        would), laid out for drawing.

        Measured first: most cells fit, and measuring costs a third of eliding. A
        ``QStaticText`` keeps its glyphs once laid out: the cells a keystroke
        leaves alone (a city, a status, a date) are drawn without shaping their
        text again, which ``drawText`` does at every call.
        """
        if len(self._texts) >= _KEPT_TEXTS:
            self._texts.clear()
        metrics = self._bold_metrics if bold else self._plain_metrics
        if metrics.horizontalAdvance(text) > width:
            fitted = metrics.elidedText(text, _ELIDE, width)
        else:
            fitted = text
        shown = QStaticText(fitted)
        shown.setTextFormat(Qt.TextFormat.PlainText)
        shown.setPerformanceHint(QStaticText.PerformanceHint.AggressiveCaching)
        shown.prepare(QTransform(), self._bold if bold else self._font)
        self._texts[(text, width, bold)] = shown
        return shown
