"""The debt-history chart for paper, drawn with reportlab graphics.

Printed pages are often photocopied in black and white, so the three lines
differ by stroke, not colour — borrowed a thin solid line, paid a dashed one,
claimed a thick line with square marks at the claim dates — and each is named
by a label at its right end instead of a colour legend. The figures are tenge;
the x axis is years.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from babel.numbers import format_compact_decimal
from reportlab.graphics.shapes import Drawing, Line, PolyLine, Rect, String
from reportlab.lib import colors
from reportlab.lib.units import mm

from debtdesk.documents.fonts import clean_text, ensure_fonts, face_name
from debtdesk.documents.formatting import locale_for
from debtdesk.finance.growth import LoanGrowth
from debtdesk.finance.labels import word

_FONT_SIZE = 7.5
_LABEL_GAP = _FONT_SIZE + 2


@dataclass(frozen=True)
class ChartLine:
    """One line of the chart as (day, tenge) points, and how it is stroked."""

    key: str
    points: tuple[tuple[date, Decimal], ...]
    width: float
    dash: tuple[float, ...] | None = None
    marks: tuple[date, ...] = ()


def chart_lines(growth: LoanGrowth) -> tuple[ChartLine, ...]:
    """The lines of a loan's chart: the data the app's chart widget draws too."""
    series = growth.series
    if not series:
        return ()
    first, last = series[0].day, series[-1].day
    borrowed = ChartLine(
        "line_borrowed", ((first, growth.borrowed.tenge), (last, growth.borrowed.tenge)), 0.8
    )
    paid = ChartLine("line_paid", tuple((p.day, p.paid_tenge) for p in series), 1.4, (4, 2.5))
    claimed_points = tuple((p.day, p.claimed_tenge) for p in series if p.claimed_tenge is not None)
    claim_days = tuple(c for c in growth.claim_days if first <= c <= last)
    claimed = ChartLine("line_claimed", claimed_points, 2.4, None, claim_days)
    return tuple(line for line in (borrowed, paid, claimed) if line.points)


def _nice_step(top: float) -> float:
    """A round step giving four to six gridlines up to ``top``."""
    raw = top / 5
    magnitude = 10 ** len(str(int(raw))) / 10 if raw >= 1 else 1
    for factor in (1, 2, 2.5, 5, 10):
        if raw <= factor * magnitude:
            return factor * magnitude
    return 10 * magnitude


def debt_chart(growth: LoanGrowth, lang: str, width: float, height: float = 78 * mm) -> Drawing:
    """A drawing of ``growth``'s lines, ``width`` points wide, labels in ``lang``."""
    ensure_fonts()
    font, bold = face_name("sans"), face_name("sans", bold=True)
    drawing = Drawing(width, height)
    lines = chart_lines(growth)
    left, right, bottom, top = 16 * mm, 40 * mm, 9 * mm, 8 * mm
    plot_w, plot_h = width - left - right, height - bottom - top
    title = clean_text(word("chart_title", lang), bold)
    drawing.add(String(left, height - 5 * mm, title, fontName=bold, fontSize=9))
    if not lines:
        return drawing
    days = [d for line in lines for d, _v in line.points]
    start, end = min(days).toordinal(), max(days).toordinal()
    span = max(end - start, 1)
    peak = max(float(v) for line in lines for _d, v in line.points) or 1.0
    step = _nice_step(peak)
    ceiling = step * (int(peak / step) + 1)

    def x(day: date) -> float:
        return left + plot_w * (day.toordinal() - start) / span

    def y(value: Decimal | float) -> float:
        return bottom + plot_h * float(value) / ceiling

    grey = colors.Color(0.55, 0.55, 0.55)
    tick = 0.0
    while tick <= ceiling + 1e-6:
        drawing.add(Line(left, y(tick), left + plot_w, y(tick), strokeColor=grey, strokeWidth=0.3))
        text = format_compact_decimal(tick, locale=locale_for(lang), fraction_digits=1)
        drawing.add(
            String(left - 2, y(tick) - 2.5, clean_text(text, font), fontName=font,
                   fontSize=_FONT_SIZE, textAnchor="end")
        )  # fmt: skip
        tick += step
    first_year, last_year = date.fromordinal(start).year, date.fromordinal(end).year
    every = max(1, (last_year - first_year + 1) // 10)
    for year in range(first_year + 1, last_year + 1):
        at = x(date(year, 1, 1))
        drawing.add(Line(at, bottom, at, bottom - 2, strokeColor=colors.black, strokeWidth=0.5))
        if (year - first_year - 1) % every == 0:
            drawing.add(
                String(at, bottom - 9, str(year), fontName=font, fontSize=_FONT_SIZE,
                       textAnchor="middle")
            )  # fmt: skip
    drawing.add(Rect(left, bottom, plot_w, plot_h, fillColor=None, strokeWidth=0.6))
    ends: list[tuple[float, str]] = []
    for line in lines:
        coords: list[float] = []
        for day, value in line.points:
            coords += [x(day), y(value)]
        if len(coords) == 2:  # one point: a short stub so it shows
            coords += [coords[0] + 2, coords[1]]
        drawing.add(
            PolyLine(coords, strokeColor=colors.black, strokeWidth=line.width,
                     strokeDashArray=list(line.dash) if line.dash else None,
                     strokeLineJoin=1)
        )  # fmt: skip
        values = dict(line.points)
        for mark in line.marks:
            if mark in values:
                size = 5.0
                cx, cy = x(mark), y(values[mark])
                drawing.add(Rect(cx - size / 2, cy - size / 2, size, size, fillColor=colors.black))
        ends.append((coords[-1], word(line.key, lang)))
    for at, text in _spread(ends, bottom, bottom + plot_h):
        drawing.add(
            String(left + plot_w + 3, at - 2.5, clean_text(text, font), fontName=font,
                   fontSize=_FONT_SIZE)
        )  # fmt: skip
    return drawing


def _spread(
    labels: Sequence[tuple[float, str]], low: float, high: float
) -> list[tuple[float, str]]:
    """Label heights moved apart just enough not to overlap, kept inside the plot."""
    placed: list[tuple[float, str]] = []
    for at, text in sorted(labels):
        at = max(at, low + 2, placed[-1][0] + _LABEL_GAP if placed else low)
        placed.append((at, text))
    overflow = placed[-1][0] - (high - 2) if placed else 0
    if overflow > 0:
        placed = [(at - overflow, text) for at, text in placed]
    return placed
