"""Paragraphs memoised within one document: the same PDF, fewer parses and drawings."""

from __future__ import annotations

import io
import random

import pytest
from pypdf import PdfReader
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph

from debtdesk.documents import blocks as b
from debtdesk.documents import pdf as pdf_module
from debtdesk.documents.fonts import ensure_fonts
from debtdesk.documents.inline import to_paragraph_xml
from debtdesk.documents.paragraphs import (
    MemoParagraph,
    ParagraphMemo,
    _tagged,
    reset_memo,
    use_memo,
)
from debtdesk.documents.pdf import Letter, render_many
from debtdesk.documents.styles import load_stylesheet


def _letter(n: int, lang: str = "ru") -> list[b.Block]:
    """A letter whose fixed wording repeats from letter to letter and whose name does not."""
    return [
        b.Addressee(("АО «Банк»", "г. Алматы")),
        b.Title("ЗАЯВЛЕНИЕ"),
        b.Paragraph(f"Я, Әбілқасымова Қатира {n}, прошу предоставить расчёт задолженности."),
        b.Paragraph("Прошу рассмотреть заявление в установленный срок. " * 30),  # splits
        b.Paragraph(f"Долг <b>{n} ₸</b> &amp; <i>пеня <b>{n}</b></i> на <u>30.11</u>"),
        b.Heading(2, "Прошу"),
        b.ListBlock(True, ("первое", "второе", f"третье {n}")),
        b.Table(("Составляющая", "Сумма"), (("Основной долг", f"{n} ₸"), ("Пеня", "10 ₸"))),
        b.Notice("Важно", ("Суд: 12 декабря", "Зал 4")),
        b.Signature("30 ноября 2026 г.", f"Әбілқасымова Қатира {n}", "подпись"),
    ]


def test_a_memoised_batch_is_byte_for_byte_the_batch_without_the_memo(monkeypatch):
    letters = [Letter(_letter(n), "large" if n % 3 == 0 else "base", "ru") for n in range(12)]
    with_memo, ranges = render_many(letters, invariant=True)
    made: list[ParagraphMemo] = []

    def no_memo() -> None:
        made.append(ParagraphMemo())
        return None

    monkeypatch.setattr(pdf_module, "ParagraphMemo", no_memo)
    without, ranges_without = render_many(letters, invariant=True)
    assert made  # the memo really was switched off
    assert with_memo == without and ranges == ranges_without
    texts = [page.extract_text() for page in PdfReader(io.BytesIO(with_memo)).pages]
    for n, (first, last) in enumerate(ranges):
        own = " ".join(texts[first - 1 : last])
        assert f"Қатира {n}," in own and own.count("Прошу рассмотреть") >= 1
        others = texts[: first - 1] + texts[last:]
        assert not any(f"Қатира {n}," in text for text in others)


def test_repeated_paragraphs_reuse_the_parse_and_the_drawing(monkeypatch):
    memos: list[ParagraphMemo] = []

    def keep() -> ParagraphMemo:
        memos.append(ParagraphMemo())
        return memos[-1]

    monkeypatch.setattr(pdf_module, "ParagraphMemo", keep)
    drawn = 0
    original = Paragraph.draw

    def count(self: Paragraph) -> None:
        nonlocal drawn
        drawn += 1
        original(self)

    monkeypatch.setattr(Paragraph, "draw", count)
    render_many([Letter(_letter(n)) for n in range(10)])
    (memo,) = memos
    assert memo.hits > 10 * 10  # the fixed wording of nine letters after the first
    assert memo.drawn and drawn < 10 * 20  # reportlab drew far fewer than the letters hold


@pytest.mark.parametrize(
    "text",
    [
        "Прошу  рассмотреть\n  заявление",
        " Әбілқасымова Қатира ₸ 1\xa0234 ",
        "Сумма: 60 201 567,81\xa0₸",
        "x",
        "tab\tinside",
    ],
)
@pytest.mark.parametrize("style", ["body", "table", "h2", "signature"])
def test_a_plain_text_gets_the_fragments_the_parser_gives(text, style):
    ensure_fonts()
    paragraph_style = load_stylesheet("base")[style].paragraph
    token = use_memo(ParagraphMemo())
    try:
        fast = MemoParagraph(text, paragraph_style)
    finally:
        reset_memo(token)
    parsed = Paragraph(text, paragraph_style)
    assert [vars(f) for f in fast.frags] == [vars(f) for f in parsed.frags]
    assert (fast.text, fast.style, fast.bulletText) == (parsed.text, parsed.style, None)


def test_a_text_with_our_inline_tags_gets_the_fragments_the_parser_gives():
    """Bold, italic, line breaks and escaped characters, parsed without the parser."""
    ensure_fonts()
    rng = random.Random(4)
    pieces = ["a", "Сумма", " ", "  ", "&", "<", ">", "1 234,56 ₸", "\xa0", "'", '"']
    pieces += ["<b>", "</b>", "<i>", "</i>", "<br>", "<strong>", "</em>", "<u>", "</u>"]
    fast = 0
    for n in range(600):
        markup = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 12)))
        sheet = load_stylesheet("large" if n % 2 else "base")
        style = sheet[("body", "table", "addressee", "table_header")[n % 4]]
        xml = to_paragraph_xml(markup, style.family, style.bold, style.italic)
        memo = ParagraphMemo()
        got = _tagged(memo, xml, style.paragraph, None)
        if got is None:
            continue  # underlined: left to the parser
        fast += 1
        parsed = Paragraph(xml, style.paragraph)
        assert [vars(f) for f in got[1]] == [vars(f) for f in parsed.frags], xml
        assert (got[0], got[2]) == (parsed.text, parsed.style)
    assert fast > 300


def test_a_memo_lives_for_one_document_only():
    ensure_fonts()
    style = load_stylesheet("base")["body"].paragraph
    assert MemoParagraph("Текст", style)._memo is None  # outside render_many: plain
    render_many([Letter([b.Paragraph("Текст")])])
    assert MemoParagraph("Текст", style)._memo is None


def _random_texts(count: int) -> list[str]:
    """Sentences of Kazakh, Russian and English words, sums with no-break spaces, long words."""
    rng = random.Random(4)
    words = [
        "Әбілқасымова", "Қатира", "өтініш", "береді", "сот", "шешімі", "бойынша", "мерзімі",
        "Прошу", "предоставить", "расчёт", "задолженности", "по", "договору", "займа", "№",
        "12/345", "The", "bank", "shall", "reply", "within", "thirty", "calendar", "days,",
        "—", "«кавычки»", "(скобки)", "ИИН", "870412300123", "restructuring",
        "1\xa0234\xa0567,89\xa0₸",
    ]  # fmt: skip
    out = []
    for _ in range(count):
        picked = [rng.choice(words) for _ in range(rng.randint(1, 60))]
        if rng.random() < 0.1:
            picked.insert(
                rng.randrange(len(picked)), "Ж" * rng.randint(30, 90)
            )  # wider than a line
        out.append(("  " if rng.random() < 0.2 else "") + " ".join(picked))
    return out


def _variants() -> list[ParagraphStyle]:
    sheet = load_stylesheet("base")
    large = load_stylesheet("large")
    base = [sheet[name].paragraph for name in ("body", "right", "center", "note", "h1", "table")]
    return [
        *base,
        large["body"].paragraph,
        ParagraphStyle("indented", parent=base[0], firstLineIndent=20, leftIndent=8, rightIndent=5),
        ParagraphStyle("shrink", parent=base[0], spaceShrinkage=0.2),
        ParagraphStyle("bullets", parent=base[0], leftIndent=18, bulletIndent=0),
    ]


def test_our_line_breaking_gives_reportlabs_lines():
    """The fast path of ``MemoParagraph.breakLines`` against reportlab's, line for line."""
    ensure_fonts()
    memo = ParagraphMemo()
    token = use_memo(memo)
    try:
        for n, text in enumerate(_random_texts(150)):
            for style in _variants():
                bullet = "1." if style.name == "bullets" else None
                for width in (60.0, 130.0, 467.7):
                    fast = MemoParagraph(text, style, bulletText=bullet)
                    plain = Paragraph(text, style, bulletText=bullet)
                    assert fast.wrap(width, 10_000) == plain.wrap(width, 10_000), (n, style.name)
                    assert fast.blPara.lines == plain.blPara.lines, (n, style.name, width)
                    assert vars(fast.blPara) == vars(plain.blPara)
                    assert fast._wrapWidths == plain._wrapWidths
                    assert fast._width_max == plain._width_max
    finally:
        reset_memo(token)
    assert memo.fast_breaks > memo.slow_breaks > 0  # long words (narrow columns) are reportlab's


def test_a_batch_with_our_line_breaking_is_the_batch_with_reportlabs(monkeypatch):
    """Byte for byte, through page flow and splits, in both style sheets."""
    texts = _random_texts(40)
    letters = [
        Letter(
            [
                b.Title(texts[n][:40]),
                b.Paragraph(texts[n]),
                b.Paragraph(texts[-n] * 3),
                *_letter(n),
            ],
            "large" if n % 2 else "base",
            ("kk", "ru", "en")[n % 3],
        )
        for n in range(24)
    ]
    memos: list[ParagraphMemo] = []

    def keep() -> ParagraphMemo:
        memos.append(ParagraphMemo())
        return memos[-1]

    monkeypatch.setattr(pdf_module, "ParagraphMemo", keep)
    fast, ranges = render_many(letters, invariant=True)
    assert memos[0].fast_breaks > 100
    monkeypatch.setattr(MemoParagraph, "breakLines", Paragraph.breakLines)
    slow, slow_ranges = render_many(letters, invariant=True)
    assert fast == slow and ranges == slow_ranges
