"""Letters to PDF bytes: one letter, or a batch rendered as one document.

A batch is one reportlab story with a page break between letters, rather than
separate PDFs merged afterwards: it renders once, needs no PDF-merging library
at run time, embeds each font subset once, and still knows which pages belong
to which letter (for the register). A large batch is the exception that keeps
the rule: a helper process lays out its second part as a story of its own and
:mod:`debtdesk.documents.concat` joins the two reportlab files by copying
their objects (see :mod:`debtdesk.documents.parallel`). "Page X of Y" counts within each letter,
which needs the page total before the footer is drawn: the canvas keeps every
page until the end and draws the footers then.
"""

from __future__ import annotations

import gc
import io
from collections import Counter
from collections.abc import Callable, Hashable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, NextPageTemplate, PageBreak
from reportlab.platypus import PageTemplate as RLPageTemplate

from debtdesk.documents import blocks as b
from debtdesk.documents.concat import ConcatError, concatenate
from debtdesk.documents.flowables import LetterStart
from debtdesk.documents.fonts import clean_text, ensure_fonts, face_name
from debtdesk.documents.markup import parse
from debtdesk.documents.pageobjects import quicken
from debtdesk.documents.paragraphs import ParagraphMemo, reset_memo, use_memo
from debtdesk.documents.parallel import Helper, HelperFailed, helper_share
from debtdesk.documents.placement import LetterDocTemplate, LetterFrame
from debtdesk.documents.story import build_story
from debtdesk.documents.styles import StyleSheet, load_stylesheet

Source = str | Sequence[b.Block]
PageRange = tuple[int, int]
_PDF_LANG = {"kk": "kk-KZ", "ru": "ru-KZ", "en": "en"}


@dataclass(frozen=True)
class PdfMeta:
    """What the PDF's document properties say (viewers show the title)."""

    title: str = ""
    author: str = ""
    subject: str = ""
    keywords: str = ""
    creator: str = "debtdesk"


@dataclass(frozen=True)
class Letter:
    """One letter of a batch: its markup (or blocks), style sheet and language."""

    source: Source
    style: str = "base"
    lang: str = "en"


class _FooterCanvas(Canvas):
    """Keeps every page until :meth:`save` so each footer can say "page X of Y"."""

    def __init__(
        self, *args: Any, footer: Callable[..., None], ranges: list[PageRange], **kwargs: Any
    ) -> None:
        super().__init__(*args, **kwargs)
        self.debtdesk_letter = 0
        self._footer = footer
        self._ranges = ranges
        self._kept: list[tuple[dict[str, Any], int]] = []

    def showPage(self) -> None:
        self._kept.append((dict(self.__dict__), self.debtdesk_letter))
        self._startPage()

    def save(self) -> None:
        totals = Counter(letter for _state, letter in self._kept)
        seen: Counter[int] = Counter()
        first: dict[int, int] = {}
        for number, (state, letter) in enumerate(self._kept, start=1):
            seen[letter] += 1
            first.setdefault(letter, number)
            self.__dict__.update(state)
            self._footer(self, letter, seen[letter], totals[letter])
            Canvas.showPage(self)
            quicken(self._doc.Pages.pages[-1])  # written directly (see documents.pageobjects)
        self._kept.clear()
        self._ranges.extend((first[i], first[i] + totals[i] - 1) for i in sorted(first))
        Canvas.save(self)


def _page_template(sheet: StyleSheet) -> RLPageTemplate:
    _top, _right, bottom, left = sheet.margins
    frame = LetterFrame(
        left,
        bottom,
        sheet.frame_width,
        sheet.frame_height,
        id=sheet.name,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )
    return RLPageTemplate(id=sheet.name, frames=[frame], pagesize=sheet.page_size)


def _footer_painter(
    letters: Sequence[Letter], sheets: dict[str, StyleSheet]
) -> Callable[..., None]:
    """Paints each page's footer; a footer painted before in this document is replayed.

    Every letter's "page 1 of 2" is the same text at the same place, so its
    operators (kept for this document only: font subsets number their glyphs
    per document) are appended again rather than measured and written anew.
    """
    drawn: dict[Hashable, list[str]] = {}

    def paint(canvas: Canvas, letter: int, page: int, total: int) -> None:
        item = letters[letter]
        sheet = sheets[item.style]
        face = face_name(str(sheet.page.get("footer_font", "sans")))
        text = clean_text(sheet.footer_text(item.lang, page, total), face)
        size = float(sheet.page.get("footer_size", 8))
        color = str(sheet.page.get("footer_color", "#000000"))
        x, y = sheet.page_size[0] / 2, float(sheet.page.get("footer_offset", 10)) * mm
        key = (face, size, color, text, x, y, canvas._extgstate._d.get("ca"), canvas.bottomup)
        code = canvas._code
        ops = drawn.get(key)
        if ops is not None:
            code.extend(ops)
            return
        start = len(code)
        canvas.saveState()
        canvas.setFont(face, size)
        canvas.setFillColor(colors.HexColor(color))
        canvas.drawCentredString(x, y, text)
        canvas.restoreState()
        drawn[key] = code[start:]

    return paint


def _blocks(source: Source) -> list[b.Block]:
    found = parse(source) if isinstance(source, str) else list(source)
    while found and isinstance(found[-1], b.PageBreak):
        found.pop()  # a letter's own trailing break would leave a blank page
    while found and isinstance(found[0], b.PageBreak):
        found.pop(0)
    return found


@contextmanager
def collector_paused() -> Iterator[None]:
    """Python's cyclic garbage collector off while a document is built, back on after.

    Laying out a thousand letters keeps hundreds of thousands of reportlab
    objects alive until the file is written; every automatic collection walks
    all of them again, which cost a fifth of a batch's time. Nothing is lost:
    what has become garbage is collected by the next automatic collection.
    Nested uses (a batch around its ``render_many``) turn it on only once.
    """
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()


def render_many(
    letters: Sequence[Letter | Source],
    meta: PdfMeta | None = None,
    *,
    invariant: bool = False,
    helper: Helper | None = None,
    helped: int = 0,
) -> tuple[bytes, list[PageRange]]:
    """One PDF of all ``letters`` and, per letter, its (first, last) page, counted from 1.

    ``invariant`` fixes dates and ids inside the file, so equal input gives equal bytes.
    ``helper``: a second process that lays out the last letters meanwhile (see
    :mod:`debtdesk.documents.parallel`): the last ``helped`` ones, already
    given to ``helper.start`` by the caller, or else about half, sent here.
    Should the helper fail, this process lays out everything itself.
    """
    items = [x if isinstance(x, Letter) else Letter(x) for x in letters] or [Letter("")]
    if helped >= len(items):
        raise ValueError("the helper cannot lay out every letter")
    if helper is None or (helped <= 0 and len(items) < 2):
        return _render(items, meta, invariant)
    if helped <= 0:
        helped = len(items) - helper_share(len(items))
        try:
            helper.start(items[-helped:], meta, invariant)
        except HelperFailed:
            return _render(items, meta, invariant)
    first, first_ranges = _render(items[:-helped], meta, invariant)
    try:
        second, second_ranges = helper.result()
        joined, counts = concatenate([first, second])
    except (HelperFailed, ConcatError):
        return _render(items, meta, invariant)
    if len(second_ranges) != helped or counts[0] != first_ranges[-1][1]:
        return _render(items, meta, invariant)
    offset = counts[0]
    return joined, first_ranges + [(a + offset, z + offset) for a, z in second_ranges]


def _render(
    items: Sequence[Letter], meta: PdfMeta | None, invariant: bool
) -> tuple[bytes, list[PageRange]]:
    ensure_fonts()
    sheets = {item.style: load_stylesheet(item.style) for item in items}
    # One memo for this document's paragraphs: a text repeated in many letters
    # is parsed, broken into lines and drawn once (see documents.paragraphs).
    # It is let go before the collector is back on: the collector's first pass
    # then has only what outlives the document to walk, not the whole memo.
    with collector_paused():
        memo = use_memo(ParagraphMemo())
        try:
            return _build(items, sheets, meta, invariant)
        finally:
            reset_memo(memo)


def _build(
    items: Sequence[Letter], sheets: dict[str, StyleSheet], meta: PdfMeta | None, invariant: bool
) -> tuple[bytes, list[PageRange]]:
    story: list[Flowable] = []
    for index, item in enumerate(items):
        if index:
            story += [NextPageTemplate(item.style), PageBreak()]
        story.append(LetterStart(index))
        story += build_story(_blocks(item.source), sheets[item.style])
    first = sheets[items[0].style]
    ordered = [first] + [s for s in sheets.values() if s is not first]
    meta = meta or PdfMeta()
    buffer = io.BytesIO()
    doc = LetterDocTemplate(
        buffer,
        pagesize=first.page_size,
        pageTemplates=[_page_template(sheet) for sheet in ordered],
        title=meta.title,
        author=meta.author,
        subject=meta.subject,
        keywords=meta.keywords,
        creator=meta.creator,
        producer="debtdesk",
        invariant=int(invariant),
        initialFontName=face_name("sans"),
        initialFontSize=10,
        initialLeading=12,
        lang=_PDF_LANG.get(items[0].lang, items[0].lang),
    )
    ranges: list[PageRange] = []

    def canvasmaker(*args: Any, **kwargs: Any) -> _FooterCanvas:
        return _FooterCanvas(*args, footer=_footer_painter(items, sheets), ranges=ranges, **kwargs)

    doc.build(story, canvasmaker=canvasmaker)
    return buffer.getvalue(), ranges


def render_pdf(
    source: Source,
    style: str = "base",
    meta: PdfMeta | None = None,
    *,
    lang: str = "en",
    invariant: bool = False,
) -> bytes:
    """PDF bytes of one letter from its markup or blocks, in style sheet ``style``."""
    pdf, _ranges = render_many([Letter(source, style, lang)], meta, invariant=invariant)
    return pdf
