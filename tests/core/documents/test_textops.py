"""Paragraphs and table cells drawn without reportlab's text objects: the very same PDF.

The fast paths (:mod:`debtdesk.documents.textops`, ``MemoParagraph.drawOn``,
``QuickTable``, the fonts' ``splitString``) promise byte-identical output; these
tests hold them to it against reportlab's own drawing, text by text and for
whole batches.
"""

from __future__ import annotations

import io
import random

import pytest
from pypdf import PdfReader
from reportlab.lib.colors import HexColor
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import getFont
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph
from reportlab.platypus import Table as RLTable

from debtdesk.documents import blocks as b
from debtdesk.documents import flowables
from debtdesk.documents import paragraphs as paragraphs_module
from debtdesk.documents.fonts import REPLACEMENT, clean_text, ensure_fonts
from debtdesk.documents.paragraphs import MemoParagraph
from debtdesk.documents.pdf import Letter, render_many
from debtdesk.documents.textops import plain_drawable, plain_ops

WORDS = {
    "kk": "Әбілқасымова Қатира Ғалымжанқызы Өтініш беруші Ұлттық Үкімет Һ Іс Ңң банкке "
    "қарызды 1\u00a0234\u00a0567,89\u00a0₸ төлеу мерзімі (кейінге) қалдыру туралы",
    "ru": "Заявление о реструктуризации займа по договору №\u00a0ИЗ-0603/26263 от 9 марта "
    "2006 года сумма 7\u00a0320\u00a0000,00\u00a0₸ неустойка (пеня) «Демо Банк» — прошу",
    "en": "Request for a detailed statement of the debt under loan agreement No. 42 "
    "(back\\slash) of 9 March 2006, amount 1,234.56 ₸ — please reply",
}
ALIGNS = (TA_LEFT, TA_CENTER, TA_RIGHT, TA_JUSTIFY)


def _text(rng: random.Random) -> str:
    words = WORDS[rng.choice(list(WORDS))].split(" ")  # a no-break space stays in its word
    return " ".join(rng.choice(words) for _ in range(rng.randint(1, 60)))


def _style(rng: random.Random, n: int) -> ParagraphStyle:
    face = rng.choice(["serif", "serif-bold", "sans", "sans-italic"])
    size = rng.choice([9.0, 11.0, 12.5, 16.0])
    return ParagraphStyle(
        f"random-{n}",
        fontName=face,
        fontSize=size,
        leading=size * rng.choice([1.2, 1.35]),
        alignment=rng.choice(ALIGNS),
        leftIndent=rng.choice([0, 0, 12.5]),
        rightIndent=rng.choice([0, 7]),
        firstLineIndent=rng.choice([0, 0, 14, -5]),
        bulletIndent=rng.choice([0, 3.5]),
        bulletFontName=face,
        bulletFontSize=size,
        textColor=HexColor(rng.choice(["#000000", "#1f3a5f"])),
    )


def _reference(para: Paragraph) -> tuple[list[str], list[object]]:
    """What reportlab's own drawing writes for ``para`` on a fresh canvas, and the subsets."""
    canvas = Canvas(io.BytesIO())
    para.canv = canvas
    start = len(canvas._code)
    para.drawPara()
    del para.canv
    return canvas._code[start:], _subsets(canvas)


def _subsets(canvas: Canvas) -> list[object]:
    doc = canvas._doc
    found = []
    for name in ("serif", "serif-bold", "sans", "sans-italic"):
        state = getFont(name).state.get(doc)
        found.append(None if state is None else [list(s) for s in state.subsets])
    return found


def test_plain_paragraphs_write_what_reportlab_writes():
    ensure_fonts()
    rng = random.Random(20261130)
    checked = 0
    for n in range(300):
        style = _style(rng, n)
        text = clean_text(_text(rng), style.fontName)
        bullet = rng.choice([None, None, "\u2022", f"{n}."])
        para = Paragraph(text.replace("&", "&amp;").replace("<", "&lt;"), style, bullet)
        para.wrap(rng.choice([90.0, 180.0, 300.0, 481.9]), 100_000)
        canvas = Canvas(io.BytesIO())
        if not plain_drawable(para, canvas):
            continue
        ops = plain_ops(para, canvas)
        mine = _subsets(canvas)
        expected, subsets = _reference(para)
        assert ops == expected, (text, style.alignment, bullet)
        assert mine == subsets  # the same glyphs in the same subset slots
        checked += 1
    assert checked > 250  # nearly every random paragraph took the fast path


def test_what_the_fast_path_leaves_to_reportlab():
    ensure_fonts()
    style = ParagraphStyle("x", fontName="serif", fontSize=11, leading=14)
    canvas = Canvas(io.BytesIO())
    several = Paragraph("one <b>bold</b> word", style)  # several fragments
    several.wrap(300, 1000)
    assert not plain_drawable(several, canvas)
    underlined = Paragraph("<u>underlined</u>", style)
    underlined.wrap(300, 1000)
    assert not plain_drawable(underlined, canvas)
    boxed = Paragraph("a box", ParagraphStyle("y", parent=style, backColor=HexColor("#eeeeee")))
    boxed.wrap(300, 1000)
    assert not plain_drawable(boxed, canvas)
    plain = Paragraph("plain words", style)
    plain.wrap(300, 1000)
    assert plain_drawable(plain, canvas)


def test_memo_paragraph_draw_on_writes_what_reportlab_draw_on_writes():
    ensure_fonts()
    style = ParagraphStyle("x", fontName="serif", fontSize=11, leading=14, alignment=TA_JUSTIFY)
    text = " ".join(WORDS["kk"] * 3)
    fast, slow = MemoParagraph(text, style), Paragraph(text, style)
    results = []
    for para, draw_on in ((fast, MemoParagraph.drawOn), (slow, Paragraph.drawOn)):
        canvas = Canvas(io.BytesIO())
        para.wrap(300, 1000)
        draw_on(para, canvas, 56.7, 400.25)
        results.append(canvas._code)
    assert results[0] == results[1]
    assert any(" Tw" in op for op in results[0])  # justified lines got their word spacing


def test_split_string_with_more_than_one_subset_matches_reportlab():
    ensure_fonts()
    font = getFont("serif")
    chars = [chr(c) for c in sorted(font.face.charToGlyph) if 0x20 < c < 0x2000][:600]
    text = "".join(chars) + "\u00a0" + "".join(reversed(chars))
    ours, theirs = Canvas(io.BytesIO())._doc, Canvas(io.BytesIO())._doc
    expected = TTFont.splitString(font, text, theirs)
    assert len({subset for subset, _chunk in expected}) >= 3
    assert font.splitString(text, ours) == expected  # assigns the codes (reportlab's path)
    again = text[::-1] + " " + text[:50]
    assert font.splitString(again, ours) == TTFont.splitString(font, again, theirs)  # the fast one


def _batch() -> list[Letter]:
    long = "Прошу рассмотреть заявление в установленный срок и сообщить мне о решении. " * 60
    letters = []
    for n in range(8):
        lang = ("kk", "ru", "en")[n % 3]
        letters.append(
            Letter(
                [
                    b.Addressee(("АО «Банк»", "г. Алматы, пр. Абая 1")),
                    b.Sender((f"<b>Өтініш беруші:</b> Әбілқасымова Қатира {n}", "ИИН 1")),
                    b.Title("ӨТІНІШ / ЗАЯВЛЕНИЕ"),
                    b.Paragraph(f"Қарыз <b>{n}\u00a0234,00\u00a0₸</b> — ҒҚҢӨҰҮҺІ 😀 {n}"),
                    b.Paragraph(long if n % 2 else long[:400]),  # splits across pages
                    b.Paragraph("centred text", "center"),
                    b.Paragraph(f"right {n}", "right"),
                    b.Heading(2, "Прошу"),
                    b.ListBlock(True, ("первое", "второе " * 30, f"третье {n}")),
                    b.ListBlock(False, ("• item", f"item {n}")),
                    b.CheckItem(f"check {n}", n % 2 == 0),
                    b.Table(
                        ("Составляющая", "Сумма"),
                        tuple((f"строка {i}", f"{i * n}\u00a0₸") for i in range(3 + 20 * (n % 2))),
                        (3, 1),
                        ("l", "r"),
                    ),
                    b.Notice("Сот / Суд", ("12 желтоқсан", "", "Зал 4")),
                    b.WriteBox(3, "hint"),
                    b.Signature("30 қараша 2026 ж.", f"Әбілқасымова Қатира {n}", "қолы"),
                ],
                "large" if n % 3 == 0 else "base",
                lang,
            )
        )
    return letters


def test_a_batch_with_the_fast_paths_is_byte_for_byte_reportlabs(monkeypatch):
    letters = _batch()
    fast, ranges = render_many(letters, invariant=True)
    monkeypatch.setattr(paragraphs_module, "plain_drawable", lambda *_a: False)
    monkeypatch.setattr(MemoParagraph, "drawOn", Paragraph.drawOn)
    monkeypatch.setattr(flowables.QuickTable, "wrap", RLTable.wrap)
    monkeypatch.setattr(flowables.QuickTable, "_drawCell", RLTable._drawCell)
    slow, slow_ranges = render_many(letters, invariant=True)
    assert fast == slow and ranges == slow_ranges
    reader = PdfReader(io.BytesIO(fast))
    assert ranges[1][1] - ranges[1][0] >= 2  # the long letters flow onto further pages
    text = "".join(page.extract_text() for page in reader.pages)
    assert "ҒҚҢӨҰҮҺІ" in text and "₸" in text
    assert REPLACEMENT in text and "😀" not in text  # the emoji replaced, visibly


@pytest.mark.parametrize("height", [10_000.0, 30.0])
def test_a_quick_table_wraps_again_to_the_same_size(height):
    ensure_fonts()
    style = ParagraphStyle("x", fontName="serif", fontSize=11, leading=14)
    rows = [[MemoParagraph(f"cell {r} {c} " * (r + 1), style) for c in range(2)] for r in range(6)]
    quick = flowables.QuickTable(rows, colWidths=["60%", "40%"])
    plain = RLTable(
        [[MemoParagraph(p.text, style) for p in row] for row in rows], colWidths=["60%", "40%"]
    )
    assert quick.wrap(300, 10_000) == plain.wrap(300, 10_000)
    assert quick.wrap(300, height) == plain.wrap(300, height)
    assert quick._rowHeights == plain._rowHeights
    assert quick.wrap(250, 10_000) == plain.wrap(250, 10_000)  # another width: computed anew


def test_replayed_footers_count_pages_within_each_letter():
    letters = _batch()
    pdf, ranges = render_many(letters, invariant=True)
    pages = PdfReader(io.BytesIO(pdf)).pages
    footers = {"kk": "{page} / {total} бет", "ru": "Страница {page} из {total}"}
    footers["en"] = "Page {page} of {total}"
    for letter, (first, last) in zip(letters, ranges, strict=True):
        total = last - first + 1
        for page in range(1, total + 1):
            text = pages[first + page - 2].extract_text()
            assert footers[letter.lang].format(page=page, total=total) in text
