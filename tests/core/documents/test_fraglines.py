"""Paragraphs of several fragments broken into lines by our code: reportlab's lines exactly.

:mod:`debtdesk.documents.fraglines` promises the ``ParaLines``, fragment words
and widths reportlab's ``Paragraph.breakLines`` gives; these tests hold it to
that (and to the same drawn page) on random kk/ru/en texts with bold, italic
and line breaks, in random styles, alignments and widths.
"""

from __future__ import annotations

import io
import random
from typing import Any

from reportlab.lib.abag import ABag
from reportlab.lib.colors import Color, HexColor
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import getFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph

from debtdesk.documents import fraglines
from debtdesk.documents.fonts import clean_text, ensure_fonts
from debtdesk.documents.paragraphs import MemoParagraph, ParagraphMemo, reset_memo, use_memo
from debtdesk.documents.textops import frag_drawable, frag_ops
from tests.core.documents.test_textops import ALIGNS, WORDS  # the same texts and alignments

FACES = ("serif", "sans")


def _markup(rng: random.Random) -> str:
    """Random words in runs: plain, <b>, <i>, <b><i>, with spaces inside and around
    the tags or not, and line breaks (single, double, at the start and the end)."""
    words = WORDS[rng.choice(list(WORDS))].split(" ")
    out: list[str] = []
    for _ in range(rng.randint(1, 14)):
        run = " ".join(rng.choice(words) for _ in range(rng.randint(1, 6)))
        run = run.replace("&", "&amp;").replace("<", "&lt;")
        kind = rng.choice(["", "", "b", "i", "bi", "br", "brbr"])
        if kind == "b":
            run = f"<b>{run}</b>"
        elif kind == "i":
            run = f"<i>{run}</i>"
        elif kind == "bi":
            run = f"<b><i>{run}</i></b>"
        elif kind == "br":
            run = f"<br/>{run}"
        elif kind == "brbr":
            run = f"{run}<br/><br/>"
        out.append(run)
        out.append(rng.choice([" ", " ", "", "  "]))
    return "".join(out)


def _style(rng: random.Random, n: int) -> ParagraphStyle:
    size = rng.choice([9.0, 11.0, 12.5, 16.0])
    return ParagraphStyle(
        f"random-{n}",
        fontName=rng.choice(FACES),
        fontSize=size,
        leading=size * rng.choice([1.2, 1.35]),
        alignment=rng.choice(ALIGNS),
        leftIndent=rng.choice([0, 0, 12.5]),
        rightIndent=rng.choice([0, 7]),
        firstLineIndent=rng.choice([0, 0, 14, -5]),
        bulletIndent=rng.choice([0, 3.5]),
        bulletFontName="serif",
        bulletFontSize=size,
        spaceShrinkage=rng.choice([0, 0.05, 0.1]),
        justifyBreaks=rng.choice([0, 0, 1]),
        textColor=HexColor(rng.choice(["#000000", "#1f3a5f"])),
    )


def _plain(value: Any) -> Any:
    """``value`` with reportlab's bags and lists as comparable plain data (and their types)."""
    if isinstance(value, ABag):
        return (type(value).__name__, {k: _plain(v) for k, v in sorted(vars(value).items())})
    if isinstance(value, list | tuple):
        return (type(value).__name__, [_plain(v) for v in value])
    if isinstance(value, Color):
        return repr(value)
    if isinstance(value, float | int):
        return (type(value).__name__, value)
    return value


def _drawn(para: Paragraph) -> list[str]:
    canvas = Canvas(io.BytesIO())
    para.canv = canvas
    start = len(canvas._code)
    para.drawPara()
    del para.canv
    return canvas._code[start:]


def _subsets(canvas: Canvas) -> list[object]:
    found = []
    for name in [face + s for face in FACES for s in ("", "-bold", "-italic", "-bolditalic")]:
        state = getFont(name).state.get(canvas._doc)
        found.append(None if state is None else [list(s) for s in state.subsets])
    return found


def test_several_fragments_break_into_reportlabs_lines_and_draw_the_same():
    ensure_fonts()
    rng = random.Random(20261130)
    memo = ParagraphMemo()
    token = use_memo(memo)
    try:
        checked = 0
        for n in range(400):
            style = _style(rng, n)
            text = clean_text(_markup(rng), style.fontName)
            bullet = rng.choice([None, None, None, "\u2022", f"{n}."])
            width = rng.choice([60.0, 90.0, 180.0, 300.0, 481.9])
            before = memo.fast_breaks
            ours = MemoParagraph(text, style, bullet)
            theirs = Paragraph(text, style, bullet)
            size = ours.wrap(width, 100_000)
            assert size == theirs.wrap(width, 100_000), text
            assert _plain(ours.blPara) == _plain(theirs.blPara), text
            assert _plain(ours.frags) == _plain(theirs.frags), text
            assert ours._width_max == theirs._width_max
            assert _drawn(ours) == _drawn(theirs), text
            checked += memo.fast_breaks - before
    finally:
        reset_memo(token)
    assert checked > 220  # most (others: one fragment, or a word wider than 60 pt)


def test_what_the_fragment_breaker_leaves_to_reportlab():
    ensure_fonts()
    style = ParagraphStyle("x", fontName="serif", fontSize=11, leading=14)
    memo = ParagraphMemo()
    token = use_memo(memo)
    try:
        long = "Ғалымжанқызы" * 12  # wider than the line: reportlab splits it
        anchor = '<a name="here"/>anchor <b>bold</b>'  # a callback fragment
        for text in (f"a <b>{long}</b> b", anchor, "soft\xadhy <b>x</b>"):
            ours, theirs = MemoParagraph(text, style), Paragraph(text, style)
            before = memo.slow_breaks
            assert ours.wrap(120, 1000) == theirs.wrap(120, 1000)
            assert _plain(ours.blPara) == _plain(theirs.blPara)
            assert memo.slow_breaks == before + 1, text
        assert not fraglines.frag_breakable([], style, "")
    finally:
        reset_memo(token)


def test_several_fragments_draw_as_reportlab_draws_them():
    """frag_ops against reportlab's drawPara: the same operators and the same glyph subsets."""
    ensure_fonts()
    rng = random.Random(4)
    drawn = 0
    for n in range(400):
        style = _style(rng, n)
        text = clean_text(_markup(rng), style.fontName)
        bullet = rng.choice([None, None, None, "\u2022", f"{n}."])
        para = Paragraph(text, style, bullet)
        para.wrap(rng.choice([60.0, 90.0, 180.0, 300.0, 481.9]), 100_000)
        if rng.random() < 0.2:
            para._JustifyLast = True  # as a split paragraph's first part has
        canvas = Canvas(io.BytesIO())
        if not frag_drawable(para, canvas):
            continue
        ops = frag_ops(para, canvas)
        mine = _subsets(canvas)
        reference = Canvas(io.BytesIO())
        para.canv = reference
        para.drawPara()
        del para.canv
        assert ops == reference._code, (text, style.alignment, bullet)
        assert mine == _subsets(reference)
        drawn += 1
    assert drawn > 250


def test_fragments_with_underline_or_a_link_are_drawn_by_reportlab():
    ensure_fonts()
    style = ParagraphStyle("x", fontName="serif", fontSize=11, leading=14)
    canvas = Canvas(io.BytesIO())
    for text in ("<u>under</u> <b>bold</b>", '<a href="https://example.org">link</a> <b>x</b>'):
        para = Paragraph(text, style)
        para.wrap(300, 1000)
        assert not frag_drawable(para, canvas), text
    bold = Paragraph("one <b>bold</b> word", style)
    bold.wrap(300, 1000)
    assert frag_drawable(bold, canvas)
