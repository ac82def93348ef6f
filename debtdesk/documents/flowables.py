"""Flowables reportlab lacks: a check item with a drawn box, a box to write in, a letter mark,
and the groups that keep a heading with what follows it and a signature with what precedes it.

The check box is drawn with lines rather than printed as ☐/☑, because the serif
family has no such glyphs and a checklist must print whatever the font.

Why not reportlab's own ``keepWithNext``: the document template ignores it
whenever the next flowable is a container (a ``ListFlowable``, a
``KeepTogether``), and where it works it builds a ``KeepTogether`` that moves a
heading *and the whole* next block to a new page, leaving half a page empty
before a long table. :class:`KeepWithNext` moves only as much as needed: the
heading stays with the first lines, rows or item of what follows.

The letters' tables (``QuickTable``, ``WholeTable``) live in
:mod:`debtdesk.documents.quicktable` and are re-exported here.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from reportlab.lib import colors
from reportlab.platypus import Flowable
from reportlab.platypus import Paragraph as RLParagraph
from reportlab.platypus.doctemplate import ActionFlowable
from reportlab.platypus.flowables import _Container, _listWrapOn

from debtdesk.documents.quicktable import QuickTable, WholeTable

__all__ = [
    "CheckItemFlowable",
    "KeepWithNext",
    "KeepWithPrevious",
    "LetterStart",
    "QuickTable",
    "Stack",
    "WholeTable",
    "WriteBoxFlowable",
]

_FUZZ = 1e-6


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


def _height(flowables: Sequence[Flowable], canv: Any, width: float) -> float:
    """Height ``flowables`` take stacked in a frame (spaces between them merged).

    reportlab's ``_listWrapOn`` gives the same figure, but deep-copies the
    document's current frame on every call (in case a flowable adds generated
    content, which ours never do): that copy was a tenth of a batch's time.
    Frame actions (indenters) go through it as before.
    """
    if any(hasattr(f, "frameAction") for f in flowables):
        return float(_listWrapOn(list(flowables), width, canv)[1])
    height = 0.0
    before_next = 0.0  # the space after the previous flowable
    at_top = True
    for flowable in flowables:
        _w, h = flowable.wrapOn(canv, width, 0xFFFFFFF)
        if h <= _FUZZ:
            continue
        height += h
        if not at_top:
            space = flowable.getSpaceBefore()
            if getattr(flowable, "_SPACETRANSFER", False):
                space = before_next
            height += max(space - before_next, 0)
        at_top = False
        after = flowable.getSpaceAfter()
        if getattr(flowable, "_SPACETRANSFER", False):
            after = before_next
        before_next = after
        height += before_next
    return float(height - before_next)


def _is_action(flowable: Flowable) -> bool:
    return (
        isinstance(flowable, ActionFlowable)
        or hasattr(flowable, "frameAction")
        or bool(getattr(flowable, "locChanger", False))
    )


def _split_to_fit(
    flowable: Flowable, canv: Any, width: float, height: float
) -> list[Flowable] | None:
    """``flowable`` split so that its first part fits ``height``; None if it cannot be."""
    if height <= 0 or _is_action(flowable):
        return None
    flowable.wrapOn(canv, width, height)
    # Between rows only: a row split inside can leave all its text on this page
    # and only an empty strip of it to go along.
    in_row = getattr(flowable, "splitInRow", None)
    if in_row:
        flowable.splitInRow = 0
    parts: list[Flowable] = []
    try:
        parts = list(flowable.splitOn(canv, width, height))
    finally:
        if in_row:
            for table in (flowable, *parts):  # the parts are made with the setting of the moment
                if hasattr(table, "splitInRow"):
                    table.splitInRow = in_row
    if not parts or _is_action(parts[0]):
        return None
    if parts[0].wrapOn(canv, width, height)[1] > height + _FUZZ:
        return None
    return parts


def _at_top(flowable: Flowable) -> bool:
    """True when the frame placing ``flowable`` has nothing on it yet."""
    frame = getattr(flowable, "_frame", None)
    return bool(frame is not None and getattr(frame, "_atTop", False))


class Stack(_Container, Flowable):
    """Flowables drawn one under the other as one unbreakable piece."""

    def __init__(self, content: Iterable[Flowable]) -> None:
        super().__init__()
        self._content = list(content)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        # The full width, not the widest child's: children are drawn at this width.
        self.width = availWidth
        self.height = _height(self._content, self.canv, availWidth)
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        return []


class KeepWithNext(Stack):
    """Headings that never end a page: they go with (the start of) the flowable after them.

    Split at the foot of a page, the headings take as much of what follows as
    fits under them (the first lines of a paragraph, rows of a table, a list
    item); if nothing of it fits, the whole group moves to the next page.
    """

    def __init__(self, heads: Sequence[Flowable], follower: Flowable) -> None:
        super().__init__([*heads, follower])
        self.heads, self.follower = list(heads), follower

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        canv = self.canv
        heads_height = _height(self.heads, canv, availWidth)
        after = self.heads[-1].getSpaceAfter()
        gap = after + max(self.follower.getSpaceBefore() - after, 0)
        room = availHeight - heads_height - gap
        parts = _split_to_fit(self.follower, canv, availWidth, room)
        if parts:
            first = Stack([*self.heads, parts[0]])
            if _height(first._content, canv, availWidth) <= availHeight + _FUZZ:
                return [first, *parts[1:]]
        if _at_top(self):  # nothing better on any page: let them flow
            return list(self._content)
        return []  # move to the next page


class KeepWithPrevious(Stack):
    """A signature (``tail``) that never starts a page alone: the end of the block before
    it comes along (the last lines of a paragraph, the last item of a list).
    """

    def __init__(self, previous: Flowable, tail: Sequence[Flowable]) -> None:
        super().__init__([previous, *tail])
        self.previous, self.tail = previous, list(tail)

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        canv = self.canv
        _w, whole = self.previous.wrapOn(canv, availWidth, availHeight)
        # Split so that some of the previous block is left over for the next page.
        parts = _split_to_fit(self.previous, canv, availWidth, min(availHeight, whole - 1))
        if parts and len(parts) > 1:
            return [*parts[:-1], KeepWithPrevious(parts[-1], self.tail)]
        if _at_top(self):
            return list(self._content)
        return []
