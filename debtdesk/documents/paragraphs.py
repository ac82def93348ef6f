"""Paragraphs that lay out and draw once per document, however often their text repeats.

A batch prints one template for hundreds of debtors: most paragraphs of every
letter (headings, the fixed wording, list items, table headers) are the same
text in the same style, and reportlab would parse, break into lines and draw
each of them again, letter after letter. That was most of a batch's time.

Within one document (:class:`ParagraphMemo`, one per ``render_many`` call):

* the parsed fragments of a text in a style are kept and handed to the next
  paragraph with the same text and style (with the rest of its attributes,
  in one dictionary update: building a letter's story made each anew);
* its line breaks for a width are kept, so wrapping it again at that width
  only copies the result;
* the widths of the words it measured, per font and size, so breaking a
  plain paragraph into lines (:meth:`MemoParagraph.breakLines`) looks each
  word up instead of measuring it again;
* the PDF operators it drew, relative to its own origin (``drawOn`` moves the
  origin there), are kept and appended again for the next paragraph with the
  same text, lines and canvas state (font, colours: reportlab writes an
  operator only when the state changes, so the state is part of the key).

Replaying operators is exact only inside the document that drew them: the
font subsets of a TrueType font number their glyphs per document. So the memo
never outlives one document. A paragraph that must be split across pages
parses and breaks its own private copy first (reportlab may change the
fragments it splits), and paragraphs made by a split are plain ones.
"""

from __future__ import annotations

import re
from collections.abc import Hashable
from contextvars import ContextVar
from typing import Any

from reportlab.lib.rl_accel import fp_str
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import getAscentDescent, getFont
from reportlab.platypus import Paragraph
from reportlab.platypus.paragraph import (
    _handleBulletWidth,
    _processed_frags,
    cleanBlockQuotedText,
    split,
    strip,
)

from debtdesk.documents.fraglines import break_frag_lines, frag_breakable
from debtdesk.documents.textops import frag_drawable, frag_ops, plain_drawable, plain_ops


class ParagraphMemo:
    """What the paragraphs of one document learnt about their texts (see the module)."""

    def __init__(self) -> None:
        self.parsed: dict[Hashable, tuple[Any, ...]] = {}
        self.wrapped: dict[Hashable, tuple[Any, ...]] = {}
        self.drawn: dict[Hashable, list[str]] = {}
        # (text, style, bullet) -> a paragraph's attributes after parsing (see MemoParagraph)
        self.states: dict[Hashable, dict[str, Any]] = {}
        # (font, size) -> word -> its width, as reportlab's stringWidth gives it
        self.widths: dict[tuple[str, float], dict[str, float]] = {}
        # (font, size) -> its ascent and descent, as pdfmetrics.getAscentDescent gives them
        self.ascents: dict[tuple[str, float], tuple[float, float]] = {}
        self.fast_breaks = 0  # paragraphs broken into lines by our fast path
        self.slow_breaks = 0  # ... and by reportlab's (anything the fast path does not handle)
        self.hits = 0  # paragraphs that reused a parse (for benchmarks and tests)


_current: ContextVar[ParagraphMemo | None] = ContextVar("debtdesk_paragraph_memo", default=None)


def use_memo(memo: ParagraphMemo | None) -> Any:
    """Make ``memo`` the one new paragraphs use; returns the token to :func:`reset_memo`."""
    return _current.set(memo)


def reset_memo(token: Any) -> None:
    _current.reset(token)


def _canvas_state(canvas: Any) -> Hashable:
    """What a paragraph's operators depend on besides its text and lines."""
    return (
        canvas._fontname,
        canvas._fontsize,
        canvas._leading,
        canvas._fillColorObj,
        canvas._strokeColorObj,
        getattr(canvas, "_fillAlpha", None),
        getattr(canvas, "_strokeAlpha", None),
        canvas.bottomup,
    )


def _plain(
    memo: ParagraphMemo, text: str, style: ParagraphStyle | None, bullet: Any
) -> tuple[Any, ...] | None:
    """The parse of a text without tags or entities, without running the parser.

    reportlab's parser gives such a text one fragment: the style's, holding the
    text with its white space collapsed. That fragment is made once per style
    (by parsing a single letter) and copied with each text; anything with
    markup (``<``, ``&``) or a bullet goes through the parser as usual.
    """
    if "<" in text or "&" in text or bullet is not None or style is None:
        return None
    if getattr(style, "textTransform", None) or getattr(style, "bulletText", None):
        return None
    cleaned = cleanBlockQuotedText(text)
    if not cleaned:
        return None
    key = ("\0plain", style)
    model = memo.parsed.get(key)
    if model is None:
        sample = Paragraph("x", style)
        model = (sample.frags[0], sample.style)
        memo.parsed[key] = model
    return (cleaned, [model[0].clone(text=cleaned)], model[1], None)


# The XML :func:`debtdesk.documents.inline.to_paragraph_xml` writes: balanced
# <b>, <i>, <br/>, the three entities xml_escape makes, and text. (Not <u>:
# reportlab numbers each underlined run in its fragments; the parser does that.)
_PIECE = re.compile(r"<(/?)([bi])>|(<br/>)|&(amp|lt|gt);|([^<&]+)")
_ENTITIES = {"amp": "&", "lt": "<", "gt": ">"}


def _tagged(
    memo: ParagraphMemo, text: str, style: ParagraphStyle | None, bullet: Any
) -> tuple[Any, ...] | None:
    """The parse of a text with only our inline tags, without running the parser.

    The paragraphs with a bold run or line breaks (an address, "pay
    **1 234 ₸** by …") differ from letter to letter, so each was parsed again.
    reportlab's parser gives one fragment per text run, per entity and per
    ``<br/>``, each a copy of the fragment its open tags make; those models
    are made once per style and tag nesting (by parsing a sample) and copied
    with each run. Anything else (underlining, another tag, an unbalanced
    one, other entities, a bullet) goes through the parser as usual.
    """
    if bullet is not None or style is None or ("<" not in text and "&" not in text):
        return None
    if getattr(style, "textTransform", None) or getattr(style, "bulletText", None):
        return None
    cleaned = cleanBlockQuotedText(text)
    frags: list[Any] = []
    tags: list[str] = []
    pos = 0
    model_style = None
    for match in _PIECE.finditer(cleaned):
        if match.start() != pos:
            return None
        pos = match.end()
        close, tag, br, entity, data = match.groups()
        if tag:
            if close:
                if not tags or tags[-1] != tag:
                    return None
                tags.pop()
            elif tag in tags:
                return None
            else:
                tags.append(tag)
            continue
        model_frag, model_style = _model(memo, style, tuple(tags), br is not None)
        if br:
            frags.append(model_frag.clone())
        else:
            frags.append(model_frag.clone(text=_ENTITIES[entity] if entity else data))
    if pos != len(cleaned) or tags or not frags:
        return None
    return (cleaned, frags, model_style, None)


def _model(
    memo: ParagraphMemo, style: ParagraphStyle, tags: tuple[str, ...], br: bool
) -> tuple[Any, Any]:
    """The fragment reportlab's parser makes for text (or ``<br/>``) inside ``tags``."""
    key = ("\0tagged", style, tags, br)
    found = memo.parsed.get(key)
    if found is None:
        opens = "".join(f"<{tag}>" for tag in tags)
        closes = "".join(f"</{tag}>" for tag in reversed(tags))
        sample = Paragraph(f"{opens}x<br/>x{closes}" if br else f"{opens}x{closes}", style)
        found = (sample.frags[1] if br else sample.frags[0], sample.style)
        memo.parsed[key] = found
    return found


def _simple_style(style: ParagraphStyle) -> bool:
    """True for a style whose line breaking :meth:`MemoParagraph.breakLines` reproduces."""
    return not (
        style.endDots
        or style.shaping
        or style.wordWrap
        or getattr(style, "hyphenationLang", "")
        or style.uriWasteReduce
        or style.embeddedHyphenation
    )


class MemoParagraph(Paragraph):
    """A reportlab Paragraph that reuses the current :class:`ParagraphMemo` (if any).

    Takes reportlab's own arguments, because reportlab makes the parts of a
    split paragraph through ``self.__class__``; those come with ``frags`` and
    are never memoised.
    """

    # The defaults every instance starts from (class attributes: no per-paragraph stores).
    _ready_ops: list[str] | None = None  # set by drawOn for draw
    _memo: ParagraphMemo | None = None
    _memo_key: Hashable = None
    _wrap_key: Hashable = None

    def __init__(
        self,
        text: Any,
        style: ParagraphStyle | None = None,
        bulletText: Any = None,
        frags: Any = None,
        **kwargs: Any,
    ) -> None:
        memo = _current.get()
        if memo is None or frags is not None or not isinstance(text, str) or kwargs:
            self._widths_memo = memo  # kept by split parts too: widths never change
            super().__init__(text, style, bulletText, frags, **kwargs)
            return
        key = (text, style, bulletText if isinstance(bulletText, str | None) else id(bulletText))
        # A text seen before in this style: its attributes in one update (the
        # fixed wording of a template repeats in every letter of a batch).
        state = memo.states.get(key)
        if state is not None:
            memo.hits += 1
            self.__dict__.update(state)
            self._memo = self._widths_memo = memo
            return
        parsed = _plain(memo, text, style, bulletText)
        if parsed is None:
            parsed = _tagged(memo, text, style, bulletText)
        if parsed is None:
            super().__init__(text, style, bulletText)
            parsed = (self.text, self.frags, self.style, self.bulletText)
        state = dict(zip(("text", "frags", "style", "bulletText"), parsed, strict=True))
        # Not the memo itself: the memo holding itself would keep it (and all
        # it learnt) alive until the next collection, which then has to walk it.
        state.update(caseSensitive=1, encoding="utf8", debug=0, _memo_key=key)
        memo.states[key] = state
        self.__dict__.update(state)
        self._memo = self._widths_memo = memo

    # reportlab's Flowable.getSpaceBefore/After ask hasattr three times; placement, groups
    # and table cells ask each paragraph several times. Neither this class nor its bases
    # define the attributes (checked below the class), so the instance or the style answers.
    def getSpaceBefore(self) -> float:
        attrs = self.__dict__
        if "spaceBefore" in attrs:
            return attrs["spaceBefore"]  # type: ignore[no-any-return]
        return getattr(attrs.get("style"), "spaceBefore", 0)  # type: ignore[no-any-return]

    def getSpaceAfter(self) -> float:
        attrs = self.__dict__
        if "spaceAfter" in attrs:
            return attrs["spaceAfter"]  # type: ignore[no-any-return]
        return getattr(attrs.get("style"), "spaceAfter", 0)  # type: ignore[no-any-return]

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        memo = self._memo
        if memo is None or getattr(self, "_offsets", None) is not None:
            self._wrap_key = None
            return super().wrap(availWidth, availHeight)
        key = (self._memo_key, availWidth)
        found = memo.wrapped.get(key)
        if found is None:
            size = super().wrap(availWidth, availHeight)
            memo.wrapped[key] = (self.width, self.height, self._wrapWidths, self.blPara)
        else:
            self.width, self.height, self._wrapWidths, self.blPara = found
            size = (self.width, self.height)
        self._wrap_key = key
        return size

    def breakLines(self, width: Any) -> Any:
        """reportlab's line breaking of a one-fragment paragraph, with word widths looked up.

        The same greedy algorithm as ``Paragraph.breakLines`` for one fragment
        (same sums in the same order, same treatment of space shrinkage, the
        bullet and the last line), giving the same ``blPara``; it only skips
        measuring a word already measured in this document. Several
        fragments (a bold run, line breaks) go the same way through
        :mod:`debtdesk.documents.fraglines`. Anything neither handles
        (hyphenation, soft hyphens, right-to-left text, a word wider than a
        line, which reportlab splits) goes to reportlab's own code.
        """
        memo = self._widths_memo
        frags = self.frags
        style = self.style
        if (
            memo is not None
            and len(frags) > 1
            and isinstance(width, list)
            and _simple_style(style)
            and frag_breakable(
                frags, style, getattr(self, "autoLeading", getattr(style, "autoLeading", ""))
            )
        ):
            return self._frag_breaks(memo, width)
        if (
            memo is None
            or len(frags) != 1
            or not isinstance(width, list)
            or not _simple_style(style)
        ):
            return self._slow_breaks(memo, width)
        f = frags[0]
        text = getattr(f, "text", None)
        if (
            not isinstance(text, str)
            or "\xad" in text
            or hasattr(f, "cbDefn")
            or hasattr(f, "backColor")
            or _processed_frags(frags)
        ):
            return self._slow_breaks(memo, width)
        words = split(strip(text))  # reportlab's own split: a no-break space joins words
        if not words:
            return self._slow_breaks(memo, width)
        maxWidths = list(width)
        _handleBulletWidth(self.bulletText, style, maxWidths)
        fontName, fontSize = f.fontName, f.fontSize
        known = memo.widths.setdefault((fontName, fontSize), {})
        font_width = getFont(fontName).stringWidth  # what pdfmetrics.stringWidth calls
        encoding = self.encoding
        spaceWidth = known.get(" ")
        if spaceWidth is None:
            spaceWidth = known[" "] = font_width(" ", fontSize, encoding)
        dSpaceShrink = style.spaceShrinkage * spaceWidth
        maxlineno = len(maxWidths) - 1
        lineno = 0
        maxWidth = maxWidths[0]
        lines: list[tuple[float, list[str]]] = []
        cLine: list[str] = []
        currentWidth = -spaceWidth
        width_max = 0
        widest = 0.0
        # Words measured and lines broken in one pass; nothing is committed
        # until it is known that reportlab would not split a word.
        for word in words:
            wordWidth = known.get(word)
            if wordWidth is None:
                wordWidth = known[word] = font_width(word, fontSize, encoding)
            if wordWidth > widest:
                widest = wordWidth
            newWidth = currentWidth + spaceWidth + wordWidth
            limWidth = maxWidth + dSpaceShrink * len(cLine)
            if newWidth <= limWidth or not cLine:
                cLine.append(word)
                currentWidth = newWidth
            else:
                if currentWidth > width_max:
                    width_max = currentWidth
                lines.append((maxWidth - currentWidth, cLine))
                cLine = [word]
                currentWidth = wordWidth
                lineno += 1
                maxWidth = maxWidths[min(maxlineno, lineno)]
        if style.splitLongWords and widest > min(maxWidths):
            return self._slow_breaks(memo, width)  # reportlab would split a word
        if cLine:
            if currentWidth > width_max:
                width_max = currentWidth
            lines.append((maxWidth - currentWidth, cLine))
        # The same side effects as reportlab's.
        width[:] = maxWidths
        self.height = 0
        self._splitLongWordCount = self._hyphenations = 0
        memo.fast_breaks += 1
        self._width_max = width_max
        found = memo.ascents.get((fontName, fontSize))
        if found is None:
            found = memo.ascents[fontName, fontSize] = getAscentDescent(fontName, fontSize)
        ascent, descent = found
        return f.clone(kind=0, lines=lines, ascent=ascent, descent=descent, fontSize=fontSize)

    def _frag_breaks(self, memo: ParagraphMemo, width: list[float]) -> Any:
        """reportlab's line breaking of several fragments (see :mod:`.fraglines`)."""
        maxWidths = list(width)
        _handleBulletWidth(self.bulletText, self.style, maxWidths)
        found = break_frag_lines(self.frags, self.style, maxWidths, memo.widths)
        if found is None:
            return self._slow_breaks(memo, width)
        blpara, self.frags, self._width_max = found
        # The same side effects as reportlab's.
        width[:] = maxWidths
        self.height = 0
        self._splitLongWordCount = self._hyphenations = 0
        memo.fast_breaks += 1
        return blpara

    def _slow_breaks(self, memo: ParagraphMemo | None, width: Any) -> Any:
        if memo is not None:
            memo.slow_breaks += 1
        return super().breakLines(width)

    def split(self, availWidth: float, availHeight: float) -> list[Any]:
        if self._memo is not None:
            # A private parse and line break: splitting may change the fragments.
            self._memo = None
            self._wrap_key = None
            Paragraph.__init__(self, self.text, self.style, self.bulletText)
            Paragraph.wrap(self, availWidth, availHeight)
        return super().split(availWidth, availHeight)

    def drawOn(self, canvas: Any, x: float, y: float, _sW: float = 0) -> None:
        """reportlab's ``Flowable.drawOn`` without its canvas state copies, when it can.

        Where the operators come without reportlab's drawing (see :meth:`_known_ops`)
        the canvas's Python state never changes, so its ``saveState`` and
        ``restoreState`` (a copy of two dozen attributes each) come down to the
        ``q``/``Q`` they write; the origin moves by the same ``cm``. :meth:`draw`
        is still called (with the operators ready), as for any flowable.
        """
        ops = None if getattr(self, "_showBoundary", None) else self._known_ops(canvas)
        if ops is None:
            super().drawOn(canvas, x, y, _sW)
            return
        x = self._hAlignAdjust(x, _sW)
        code = canvas._code
        code.append("q")
        code.append(f"{fp_str(1, 0, 0, 1, x, y)} cm")
        self._ready_ops = ops
        self.canv = canvas
        try:
            self.draw()
        finally:
            del self.canv
            self._ready_ops = None
        code.append("Q")

    def _known_ops(self, canvas: Any) -> list[str] | None:
        """This paragraph's operators, if drawn before in this document or plain.

        Plain paragraphs (see :mod:`debtdesk.documents.textops`) are written
        without reportlab's text object; the result is kept in the memo like
        reportlab's own drawing. None when reportlab has to draw it.
        """
        memo = self._memo
        key: Hashable = None
        if memo is not None and self._wrap_key is not None:
            try:
                key = (self._wrap_key, _canvas_state(canvas))
                found = memo.drawn.get(key)
            except TypeError:  # an unhashable colour
                key = found = None
            if found is not None:
                return found
        if plain_drawable(self, canvas):
            ops = plain_ops(self, canvas)
        elif frag_drawable(self, canvas):
            ops = frag_ops(self, canvas)
        else:
            return None
        if key is not None:
            memo.drawn[key] = ops  # type: ignore[union-attr]
        return ops

    def draw(self) -> None:
        memo, canvas = self._memo, self.canv
        ops = self._ready_ops or self._known_ops(canvas)
        if ops is not None:
            canvas._code.extend(ops)
            return
        if memo is None or self._wrap_key is None:
            super().draw()
            return
        try:
            key: Hashable = (self._wrap_key, _canvas_state(canvas))
        except TypeError:  # pragma: no cover - _known_ops drew it already
            super().draw()
            return
        code = canvas._code
        start = len(code)
        super().draw()
        memo.drawn[key] = code[start:]


# The short space getters above hold only while no class on the way defines these.
if any(hasattr(MemoParagraph, name) for name in ("spaceBefore", "spaceAfter", "style")):
    raise RuntimeError("reportlab's Paragraph now has a class-level space or style attribute")
