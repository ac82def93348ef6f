"""The debt-growth chart of one loan, drawn with QPainter.

Why not QtCharts: it is a large extra wheel (QtCharts ships as its own PySide6
add-on with a module of several megabytes) for three polylines, and it styles
series by colour. This widget draws the same lines as the printed "Debt history"
(``debtdesk.finance.chart.chart_lines``), so the screen and the paper agree:
borrowed a thin solid line, paid a dashed line, claimed a thick line with square
marks at the claim dates, each named by a label at its right end — readable in
black and white and on a photocopy, never by colour alone. The pen is the
palette's text colour, so the chart follows the light and the dark theme.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from datetime import date
from decimal import Decimal

from babel.numbers import format_compact_decimal
from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPaintEvent, QPalette, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget

from debtdesk.finance.chart import ChartLine, chart_lines
from debtdesk.finance.growth import LoanGrowth
from debtdesk.formats import lang_or_current, locale_for

# Pen widths in pixels and dash patterns (in pen widths), by the core's line keys.
_WIDTH = {"line_borrowed": 1.2, "line_paid": 2.0, "line_claimed": 3.2}
_DASH = {"line_paid": [4.0, 2.5]}
_MARK = 7.0  # side of the square drawn at each claim date


def nice_step(top: float) -> float:
    """A round step (1, 2, 2.5 or 5 × a power of ten) giving four to six gridlines up to ``top``."""
    raw = max(top, 1.0) / 5
    magnitude = 10 ** math.floor(math.log10(raw))
    for factor in (1, 2, 2.5, 5, 10):
        if raw <= factor * magnitude:
            return factor * magnitude
    return 10 * magnitude


def compact_tenge(value: float, lang: str) -> str:
    """An axis label: ``7.5M ₸`` / ``7,5 млн ₸`` — short enough for a narrow panel."""
    text = format_compact_decimal(value, locale=locale_for(lang), fraction_digits=1)
    return f"{text.replace(chr(0x202F), chr(0xA0))}\xa0₸"


class DebtChart(QWidget):
    """Borrowed, paid and claimed in tenge over the years, for one loan."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("debtChart")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self._lines: tuple[ChartLine, ...] = ()
        self._lang: str | None = None
        self.setAccessibleName(self.tr("Debt growth chart"))

    def line_label(self, key: str) -> str:
        """The label drawn at the right end of a line (the widget's own language)."""
        names = {
            "line_borrowed": self.tr("Borrowed"),
            "line_paid": self.tr("Paid"),
            "line_claimed": self.tr("Claimed"),
        }
        return names.get(key, key)

    def set_growth(self, growth: LoanGrowth | None, lang: str | None = None) -> None:
        """Show ``growth``'s lines (nothing for ``None``); amounts formatted in ``lang``."""
        self._lines = chart_lines(growth) if growth is not None else ()
        self._lang = lang
        self.update()

    def lines(self) -> tuple[ChartLine, ...]:
        return self._lines

    def sizeHint(self) -> QSize:
        return QSize(440, 230)

    def minimumSizeHint(self) -> QSize:
        return QSize(260, 160)

    # --- painting ----------------------------------------------------------------------

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            palette = self.palette()
            painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.Base))
            if not self._lines:
                painter.setPen(palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text))
                painter.drawText(
                    QRectF(self.rect()),
                    Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                    self.tr("No payments or claims to draw yet."),
                )
                return
            self._paint_chart(painter, palette)
        finally:
            painter.end()

    def _paint_chart(self, painter: QPainter, palette: QPalette) -> None:
        lang = lang_or_current(self._lang)
        metrics = QFontMetrics(self.font())
        ink = palette.color(QPalette.ColorRole.Text)
        grid = QColor(ink)
        grid.setAlphaF(0.22)

        days = [d for line in self._lines for d, _v in line.points]
        start, end = min(days).toordinal(), max(days).toordinal()
        span = max(end - start, 1)
        peak = max(float(v) for line in self._lines for _d, v in line.points) or 1.0
        step = nice_step(peak)
        ceiling = step * (int(peak / step) + 1)
        ticks = [step * n for n in range(round(ceiling / step) + 1)]
        tick_labels = [compact_tenge(t, lang) for t in ticks]
        names = [self.line_label(line.key) for line in self._lines]

        text_h = metrics.height()
        left = max(metrics.horizontalAdvance(t) for t in tick_labels) + 10
        right = max(metrics.horizontalAdvance(n) for n in names) + 14
        top, bottom = text_h / 2 + 4, text_h + 8
        plot = QRectF(left, top, self.width() - left - right, self.height() - top - bottom)
        if plot.width() < 20 or plot.height() < 20:
            return

        def x(day: date) -> float:
            return plot.left() + plot.width() * (day.toordinal() - start) / span

        def y(value: Decimal | float) -> float:
            return plot.bottom() - plot.height() * float(value) / ceiling

        # Gridlines and amounts in tenge.
        for tick, label in zip(ticks, tick_labels, strict=True):
            at = y(tick)
            painter.setPen(QPen(grid, 1))
            painter.drawLine(QPointF(plot.left(), at), QPointF(plot.right(), at))
            painter.setPen(ink)
            box = QRectF(0, at - text_h / 2, left - 6, text_h)
            painter.drawText(
                box, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, label
            )

        # Years along the bottom, as many labels as fit without touching.
        first_year, last_year = date.fromordinal(start).year, date.fromordinal(end).year
        years = list(range(first_year + 1, last_year + 1))
        room = metrics.horizontalAdvance("2026") + 10
        per_year = plot.width() / max((end - start) / 365.25, 1)
        every = max(1, math.ceil(room / max(per_year, 1)))
        painter.setPen(QPen(ink, 1))
        for year in years:
            at = x(date(year, 1, 1))
            painter.drawLine(QPointF(at, plot.bottom()), QPointF(at, plot.bottom() + 3))
            if (year - first_year - 1) % every == 0:
                box = QRectF(at - room / 2, plot.bottom() + 3, room, text_h)
                painter.drawText(box, Qt.AlignmentFlag.AlignCenter, str(year))
        painter.setPen(QPen(ink, 1))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(plot)

        # The lines, then their names at their right ends.
        ends: list[tuple[float, str]] = []
        for line, name in zip(self._lines, names, strict=True):
            pen = QPen(ink, _WIDTH.get(line.key, 1.5))
            pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
            pen.setCapStyle(Qt.PenCapStyle.FlatCap)
            if line.key in _DASH:
                pen.setDashPattern(_DASH[line.key])
            painter.setPen(pen)
            points = [QPointF(x(d), y(v)) for d, v in line.points]
            if len(points) == 1:  # one point: a short stub so it shows
                points.append(points[0] + QPointF(3, 0))
            painter.drawPolyline(QPolygonF(points))
            values = dict(line.points)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(ink)
            for mark in line.marks:
                if mark in values:
                    cx, cy = x(mark), y(values[mark])
                    painter.drawRect(QRectF(cx - _MARK / 2, cy - _MARK / 2, _MARK, _MARK))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            ends.append((points[-1].y(), name))
        painter.setPen(ink)
        for at, name in spread(ends, plot.top() + text_h / 2, plot.bottom(), text_h):
            box = QRectF(plot.right() + 6, at - text_h / 2, right - 6, text_h)
            painter.drawText(box, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, name)


def spread(
    labels: Sequence[tuple[float, str]], low: float, high: float, gap: float
) -> list[tuple[float, str]]:
    """Label centres (screen y, growing down) moved ``gap`` apart, kept in ``low``–``high``."""
    placed: list[tuple[float, str]] = []
    for at, text in sorted(labels, reverse=True):  # from the bottom up
        at = min(at, high - gap / 2)
        if placed:
            at = min(at, placed[-1][0] - gap)
        placed.append((at, text))
    if placed and placed[-1][0] < low:
        shift = low - placed[-1][0]
        placed = [(at + shift, text) for at, text in placed]
    return placed
