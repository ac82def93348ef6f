"""PDF output: text as printed, embedded fonts only, long content, batches, large print."""

from __future__ import annotations

import io
import re
from decimal import Decimal

from pypdf import PdfReader

from debtdesk.documents import blocks as b
from debtdesk.documents.formatting import format_money
from debtdesk.documents.markup import escape_text
from debtdesk.documents.pdf import Letter, PdfMeta, render_many, render_pdf

KAZAKH_LETTERS = "Ә Ғ Қ Ң Ө Ұ Ү Һ І ә ғ қ ң ө ұ ү һ і"


def _text_sizes(pdf: bytes) -> list[tuple[str, float]]:
    found: list[tuple[str, float]] = []
    for page in PdfReader(io.BytesIO(pdf)).pages:

        def visit(text, cm, tm, font, size, found=found):
            if text.strip():
                found.append((text.strip(), size * abs(tm[0]) if tm[0] else size))

        page.extract_text(visitor_text=visit)
    return found


def _spaces(text: str) -> str:
    # reportlab prints a no-break space with the space glyph (and stretches it in
    # justified lines like a space), so text extraction may give either.
    return text.replace("\xa0", " ")


def test_sample_prints_name_amounts_and_kazakh_letters(library, sample_data, pdf_text):
    for lang in ("kk", "ru", "en"):
        text = pdf_text(library.render_pdf("_sample", lang, sample_data))
        assert "Құрманғазы Әлия Серікқызы" in text
        assert KAZAKH_LETTERS + " ₸" in text
        amount = format_money(Decimal("1234567.89"), lang=lang)
        assert _spaces(amount) in _spaces(text)  # on one line: the no-break spaces held
    assert format_money(Decimal("1234567.89"), lang="ru") == "1\xa0234\xa0567,89\xa0₸"
    ru = _spaces(pdf_text(library.render_pdf("_sample", "ru", sample_data)))
    assert "16 марта 2026 г." in ru  # _spaces() made the no-break space plain
    assert "42 500,50 ₸" in ru
    kk = _spaces(pdf_text(library.render_pdf("_sample", "kk", sample_data)))
    assert "2026 жылғы 16 наурыз" in kk
    en = pdf_text(library.render_pdf("_sample", "en", sample_data))
    assert "₸1,234,567.89" in en
    assert "Page 1 of 3" in en


def test_fonts_are_embedded_ttf_subsets_and_no_builtin_font_is_used(
    library, sample_data, pdf_fonts
):
    for style in ("base", "large"):
        pdf = library.render_pdf("_sample", "kk", sample_data, style=style)
        fonts = pdf_fonts(pdf)
        assert fonts
        for font in fonts:
            name = str(font["/BaseFont"])
            assert "Helvetica" not in name and "Times" not in name and "Courier" not in name
            assert re.match(r"/[A-Z]{6}\+DejaVu", name), name
            descriptor = font["/FontDescriptor"].get_object()
            assert "/FontFile2" in descriptor, f"{name} is not embedded"


def test_emoji_is_replaced_not_dropped_and_does_not_crash(pdf_text):
    pdf = render_pdf("Дом 🏠 и улыбка 😀️ в тексте", style="base")
    text = pdf_text(pdf)
    assert "Дом \ufffd и улыбка \ufffd в тексте" in text  # serif has neither; selector dropped
    # DejaVu Sans has this smiley, but reportlab cannot map it back to text.
    large = pdf_text(render_pdf("Дом 🏠 и улыбка 😀", style="large"))
    assert "Дом \ufffd и улыбка \ufffd" in large


def test_thirty_thousand_character_paragraph_flows_onto_more_pages(pdf_text, page_count):
    words = ("Қарыз " * 5000).strip()  # 29,999 characters
    pdf = render_pdf(f"::title Long\n{words}")
    assert page_count(pdf) >= 4
    assert pdf_text(pdf).count("Қарыз") == 5000


def test_three_hundred_row_table_repeats_header_on_each_page(pdf_text, page_count):
    rows = "\n".join(f"{i} | строка {i} | {i * 1000}" for i in range(1, 301))
    pdf = render_pdf(f"::table 1 4 2r\n№ | Описание | Сумма\n{rows}\n::end")
    pages = page_count(pdf)
    assert pages >= 5
    text = pdf_text(pdf)
    assert "строка 300" in text
    assert text.count("Описание") == pages  # header repeated


def test_long_notice_and_check_item_split_without_error(page_count):
    long = " ".join(["слово"] * 2500)
    pdf = render_pdf(f"::notice Title\n{long}\n::end\n::[x] {long}\n::write 60 | hint")
    assert page_count(pdf) >= 4


def test_batch_gives_page_ranges_and_counts_pages_per_letter(library, sample_data, pdf_text):
    short = "::title One page\nText."
    letters = [
        Letter(short, "base", "ru"),
        library.letter("_sample", "kk", sample_data),
        Letter(short + "\n::pagebreak", "large", "en"),
    ]
    pdf, ranges = render_many(letters, PdfMeta(title="Batch"))
    assert ranges == [(1, 1), (2, 4), (5, 5)]
    reader = PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) == 5
    assert "Страница 1 из 1" in reader.pages[0].extract_text()
    assert "1 / 3 бет" in reader.pages[1].extract_text()
    assert "3 / 3 бет" in reader.pages[3].extract_text()
    assert "Page 1 of 1" in reader.pages[4].extract_text()
    assert reader.metadata.title == "Batch"


def test_large_print_is_at_least_14_points(library, sample_data):
    pdf = library.render_pdf("_sample", "ru", sample_data, style="large")
    sizes = [(text, size) for text, size in _text_sizes(pdf) if "Страница" not in text]
    assert sizes
    small = [(text, size) for text, size in sizes if size < 14]
    assert not small, small[:5]
    base_sizes = {
        size for _t, size in _text_sizes(library.render_pdf("_sample", "ru", sample_data))
    }
    assert min(base_sizes) < 14  # the check above is not vacuous


def test_blocks_can_be_passed_instead_of_markup(pdf_text):
    name = "<b>Иванов</b> | ::pagebreak"
    blocks = [b.Title("Письмо"), b.Paragraph(f"Уважаемый {escape_text(name)}")]
    assert f"Уважаемый {name}" in pdf_text(render_pdf(blocks, lang="ru"))


def test_metadata_and_invariant_output():
    meta = PdfMeta(title="Заявление", author="Ерлан", subject="Реструктуризация")
    first = render_pdf("Текст", meta=meta, invariant=True)
    assert first == render_pdf("Текст", meta=meta, invariant=True)
    info = PdfReader(io.BytesIO(first)).metadata
    assert (info.title, info.author, info.subject) == ("Заявление", "Ерлан", "Реструктуризация")


def test_every_block_kind_renders_in_both_styles(library, sample_data, page_count):
    blocks = library.render_blocks("_sample", "ru", sample_data)
    kinds = {type(block) for block in blocks}
    assert kinds == {
        b.Addressee, b.Sender, b.Paragraph, b.Title, b.Heading, b.Notice, b.CheckItem,
        b.ListBlock, b.Table, b.WriteBox, b.Spacer, b.Signature, b.PageBreak,
    }  # fmt: skip
    for style in ("base", "large"):
        assert page_count(render_pdf(blocks, style, lang="ru")) >= 2
