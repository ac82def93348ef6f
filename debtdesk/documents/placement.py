"""Page placement of letter flowables: reportlab's document template and frame, leaner.

reportlab asks every flowable, before placing it, whether it wants a page or
frame break before it, whether it keeps with the next one, whether it is a
frame action, a zero-size mark or carries a frame background, and sets and
deletes its ``canv`` and ``_frame`` through ``hasattr``/``delattr``: about a
tenth of a letter's layout for twenty flowables that never want any of it.

Here the flowables our story builds (:data:`PLACED`) take a short path when
they ask for nothing special; the arithmetic is reportlab's own
(``Frame._add``, ``BaseDocTemplate.handle_flowable``) line for line, so the
pages come out the same to the byte. Anything else, and a flowable that does
not fit (it splits or moves on), goes through reportlab's code unchanged.
"""

from __future__ import annotations

from typing import Any

from reportlab.platypus import BaseDocTemplate, Flowable, Frame, Spacer
from reportlab.platypus.doctemplate import _addGeneratedContent
from reportlab.platypus.frames import _FUZZ

from debtdesk.documents.flowables import (
    CheckItemFlowable,
    KeepWithNext,
    KeepWithPrevious,
    LetterStart,
    QuickTable,
    Stack,
    WholeTable,
    WriteBoxFlowable,
)
from debtdesk.documents.paragraphs import MemoParagraph

# The flowable classes that may take the short path: none is a frame action, a
# zero-size mark or an action flowable, and none transfers space.
PLACED: frozenset[type[Flowable]] = frozenset(
    {
        MemoParagraph,
        QuickTable,
        WholeTable,
        Stack,
        KeepWithNext,
        KeepWithPrevious,
        CheckItemFlowable,
        WriteBoxFlowable,
        LetterStart,
        Spacer,
    }
)
_ASKS = frozenset({"_skipMeNextTime", "pageBreakBefore", "frameBreakBefore", "keepWithNext"})


def _style_asks(style: Any) -> bool:
    """True when a flowable of ``style`` wants a break before it or keeps with the next."""
    return bool(
        getattr(style, "pageBreakBefore", 0) == 1
        or getattr(style, "frameBreakBefore", 0) == 1
        or getattr(style, "keepWithNext", 0)
    )


class LetterFrame(Frame):
    """A frame whose ``add`` places :data:`PLACED` flowables without the general checks."""

    def add(self, flowable: Flowable, canv: Any, trySplit: int = 0) -> int:
        state = self.__dict__
        if type(flowable) not in PLACED or state.get("_frameBGs"):
            return int(Frame._add(self, flowable, canv, trySplit))
        attrs = flowable.__dict__
        attrs["_frame"] = self
        attrs["canv"] = canv
        try:
            y = state["_y"]
            p = state["_y1p"]
            s = 0
            aW = state["_aW"] - state["_leftExtraIndent"] - state["_rightExtraIndent"]
            if not state["_atTop"]:
                s = flowable.getSpaceBefore()
                if state["_oASpace"]:
                    s = max(s - state["_prevASpace"], 0)
            h = y - p - s
            if h <= 0:
                return 0
            w, h = flowable.wrap(aW, h)
            h += s
            y -= h
            if y < p - _FUZZ:
                return 0
            sa = flowable.getSpaceAfter()
            flowable.drawOn(canv, state["_x"] + state["_leftExtraIndent"], y, _sW=aW - w)
            attrs["canv"] = canv
            y -= sa
            if state["_oASpace"]:
                state["_prevASpace"] = sa
            if y != state["_y"]:
                state["_atTop"] = 0
            state["_y"] = y
            return 1
        finally:
            attrs.pop("canv", None)
            attrs.pop("_frame", None)

    _add = add


class LetterDocTemplate(BaseDocTemplate):
    """A document template placing plain flowables that fit without the general checks."""

    _style_asks: dict[int, tuple[Any, bool]] | None = None

    def _plain(self, flowable: Flowable) -> bool:
        """True when ``handle_breakBefore`` and ``handle_keepWithNext`` would do nothing.

        None of the :data:`PLACED` classes has these attributes of its own, so
        only the instance and its paragraph style can ask; a style's answer is
        kept for this document (styles do not change while it is built).
        """
        attrs = flowable.__dict__
        if not _ASKS.isdisjoint(attrs):
            return False
        style = attrs.get("style")
        if style is None:
            return True
        known = self._style_asks
        if known is None:
            known = self._style_asks = {}
        seen = known.get(id(style))
        if seen is None or seen[0] is not style:
            seen = known[id(style)] = (style, _style_asks(style))
        return not seen[1]

    def handle_flowable(self, flowables: list[Flowable]) -> None:
        f = flowables[0]
        frame = self.__dict__.get("frame")  # none before the first page begins
        if (
            type(f) in PLACED
            and type(frame) is LetterFrame
            and self._plain(f)
            and frame.add(f, self.canv, trySplit=self.allowSplitting)
        ):
            del flowables[0]
            self._curPageFlowableCount += 1
            self.afterFlowable(f)
            if frame.__dict__.get("_generated_content"):
                _addGeneratedContent(flowables, frame)
            return
        # Not ours, asks for something, or does not fit: reportlab decides
        # (a failed add changes nothing, so trying again there is the same).
        super().handle_flowable(flowables)
