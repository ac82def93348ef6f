"""Flowables reportlab lacks: a check item with a drawn box, a box to write in, a letter mark.

The check box is drawn with lines rather than printed as ☐/☑, because the serif
family has no such glyphs and a checklist must print whatever the font.
"""

from __future__ import annotations

from typing import Any

from reportlab.lib import colors
from reportlab.platypus import Flowable
from reportlab.platypus import Paragraph as RLParagraph


class CheckItemFlowable(Flowable):
    """A square to tick (ticked when ``checked``) beside a paragraph that may split."""

    def __init__(
        self,
        para: RLParagraph,
        checked: bool,
        size: float,
        gap: float,
        draw_box: bool = True,
    ) -> None:
        super().__init__()
        self.para, self.checked, self.size, self.gap = para, checked, size, gap
        self.draw_box = draw_box
        self.indent = size + gap
        self._height = 0.0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        _w, self._height = self.para.wrap(availWidth - self.indent, availHeight)
        self.width = availWidth
        return availWidth, self._height

    def getSpaceBefore(self) -> float:
        return float(self.para.getSpaceBefore())

    def getSpaceAfter(self) -> float:
        return float(self.para.getSpaceAfter())

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        parts = self.para.split(availWidth - self.indent, availHeight)
        if len(parts) < 2:
            return []
        first, *rest = parts
        out: list[Flowable] = [CheckItemFlowable(first, self.checked, self.size, self.gap)]
        out += [
            CheckItemFlowable(part, self.checked, self.size, self.gap, draw_box=False)
            for part in rest
        ]
        return out

    def draw(self) -> None:
        canvas = self.canv
        if self.draw_box:
            style = self.para.style
            # Centre the square on the first line's x-height band.
            baseline = self._height - style.leading + (style.leading - style.fontSize) / 2
            bottom = baseline + style.fontSize * 0.5 - self.size / 2 + style.fontSize * 0.05
            canvas.saveState()
            canvas.setStrokeColor(colors.black)
            canvas.setLineWidth(max(0.8, self.size / 12))
            canvas.rect(0, bottom, self.size, self.size, stroke=1, fill=0)
            if self.checked:
                s = self.size
                canvas.setLineWidth(max(1.2, s / 8))
                path = canvas.beginPath()
                path.moveTo(s * 0.18, bottom + s * 0.52)
                path.lineTo(s * 0.42, bottom + s * 0.22)
                path.lineTo(s * 0.84, bottom + s * 0.86)
                canvas.drawPath(path, stroke=1, fill=0)
            canvas.restoreState()
        self.para.drawOn(canvas, self.indent, 0)


class WriteBoxFlowable(Flowable):
    """A dashed frame with a hint, left empty for the advisor's handwriting."""

    def __init__(
        self,
        lines: int,
        hint: RLParagraph | None,
        line_height: float,
        dash: tuple[float, ...],
        color: colors.Color,
        space_after: float,
        page_height: float,
    ) -> None:
        super().__init__()
        self.lines, self.hint, self.line_height = lines, hint, line_height
        self.dash, self.color, self.space_after = dash, color, space_after
        self.page_height = page_height
        self.pad = 6.0
        self._hint_height = 0.0

    def _measure(self, width: float) -> float:
        self._hint_height = 0.0
        if self.hint is not None:
            _w, self._hint_height = self.hint.wrap(width - 2 * self.pad, 10_000)
        return self._hint_height + self.lines * self.line_height + 2 * self.pad

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        self.height = self._measure(availWidth)
        return availWidth, self.height

    def getSpaceAfter(self) -> float:
        return self.space_after

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        # A box that fits on a page moves to the next page whole: half a box to
        # write in at the foot of a page and its rest overleaf helps nobody.
        if self._measure(availWidth) <= self.page_height:
            return []
        fit = int((availHeight - self._hint_height - 2 * self.pad) // self.line_height)
        if fit < 2 or fit >= self.lines:
            return []
        args: tuple[Any, ...] = (
            self.line_height,
            self.dash,
            self.color,
            self.space_after,
            self.page_height,
        )
        return [
            WriteBoxFlowable(fit, self.hint, *args),
            WriteBoxFlowable(self.lines - fit, None, *args),
        ]

    def draw(self) -> None:
        canvas = self.canv
        canvas.saveState()
        canvas.setStrokeColor(self.color)
        canvas.setLineWidth(1)
        canvas.setDash(list(self.dash), 0)
        canvas.roundRect(0, 0, self.width, self.height, 4, stroke=1, fill=0)
        canvas.setLineWidth(0.4)
        canvas.setDash([1, 2], 0)
        for row in range(1, self.lines):
            y = self.pad + row * self.line_height
            canvas.line(self.pad, y, self.width - self.pad, y)
        canvas.restoreState()
        if self.hint is not None:
            self.hint.drawOn(canvas, self.pad, self.height - self.pad - self._hint_height)


class LetterStart(Flowable):
    """Zero-size mark telling the canvas that letter ``index`` begins on this page."""

    def __init__(self, index: int) -> None:
        super().__init__()
        self.index = index
        self.width = self.height = 0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.canv.debtdesk_letter = self.index
