"""Paragraphs memoised within one document: the same PDF, fewer parses and drawings."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader
from reportlab.platypus import Paragraph

from debtdesk.documents import blocks as b
from debtdesk.documents import pdf as pdf_module
from debtdesk.documents.fonts import ensure_fonts
from debtdesk.documents.paragraphs import MemoParagraph, ParagraphMemo, reset_memo, use_memo
from debtdesk.documents.pdf import Letter, render_many
from debtdesk.documents.styles import load_stylesheet


def _letter(n: int, lang: str = "ru") -> list[b.Block]:
    """A letter whose fixed wording repeats from letter to letter and whose name does not."""
    return [
        b.Addressee(("АО «Банк»", "г. Алматы")),
        b.Title("ЗАЯВЛЕНИЕ"),
        b.Paragraph(f"Я, Әбілқасымова Қатира {n}, прошу предоставить расчёт задолженности."),
        b.Paragraph("Прошу рассмотреть заявление в установленный срок. " * 30),  # splits
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


def test_a_memo_lives_for_one_document_only():
    ensure_fonts()
    style = load_stylesheet("base")["body"].paragraph
    assert MemoParagraph("Текст", style)._memo is None  # outside render_many: plain
    render_many([Letter([b.Paragraph("Текст")])])
    assert MemoParagraph("Текст", style)._memo is None
