"""PDF output: text as printed, embedded fonts only, long content, batches, large print."""

from __future__ import annotations

import io
import re
from collections import defaultdict
from collections.abc import Callable
from decimal import Decimal

import pytest
from pypdf import PdfReader
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph as RLParagraph
from reportlab.platypus import Table as RLTable

from debtdesk.documents import blocks as b
from debtdesk.documents.formatting import format_money
from debtdesk.documents.markup import escape_text
from debtdesk.documents.paragraphs import MemoParagraph
from debtdesk.documents.pdf import Letter, PdfMeta, render_many, render_pdf
from debtdesk.documents.story import build_story
from debtdesk.documents.styles import StyleSheet, load_stylesheet
from tests.core.documents.test_letter_templates import letter_context

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


# -- keeping things together across pages -----------------------------------------------


def _drawn_text(paragraph: RLParagraph) -> str:
    """The words a paragraph (or the part of one left after a split) prints."""
    lines = getattr(paragraph, "blPara", None)
    if lines is None:
        return paragraph.getPlainText()
    if lines.kind == 0:  # lines of (extra space, words)
        return " ".join(" ".join(words) for _space, words in lines.lines)
    return " ".join("".join(frag.text for frag in line.words) for line in lines.lines)


@pytest.fixture
def drawn(monkeypatch) -> Callable[..., list[str]]:
    """Render blocks and give the text drawn on each page, paragraph by paragraph.

    Recorded as reportlab draws each paragraph (also in table cells, notices and
    check items): much faster than reading a PDF of many pages back. Recorded
    at ``MemoParagraph.draw``, which every paragraph of a story goes through,
    also one whose drawing is a replay of the same text drawn before.
    """
    original = MemoParagraph.draw

    def render(blocks: list[b.Block], style: str = "base") -> list[str]:
        pages: dict[int, list[str]] = defaultdict(list)

        def draw(self: RLParagraph) -> None:
            pages[self.canv._doctemplate.page].append(_spaces(_drawn_text(self)))
            original(self)

        monkeypatch.setattr(MemoParagraph, "draw", draw)
        try:
            render_pdf(blocks, style, lang="ru")
        finally:
            monkeypatch.setattr(MemoParagraph, "draw", original)
        return [" | ".join(pages[n]) for n in range(1, max(pages) + 1)]

    return render


def _page_of(pages: list[str], needle: str) -> int:
    """Index of the first page holding ``needle``."""
    for number, text in enumerate(pages):
        if needle in text:
            return number
    raise AssertionError(f"{needle!r} is not printed")


def _cases(sheet: StyleSheet, rooms: range, make: Callable[[str], list[b.Block]]) -> list[b.Block]:
    """One case a page: a mark ``START-<room>``, then a spacer leaving ``room`` points
    at the foot of the page for the blocks ``make(<room>)``."""
    body = sheet["body"]
    mark = body.leading + body.paragraph.spaceAfter  # one line of body text and its space
    blocks: list[b.Block] = []
    for room in rooms:
        tag = f"{room:03d}"
        filler = (sheet.frame_height - mark - room) / body.leading
        blocks += [b.PageBreak(), b.Paragraph(f"START-{tag}"), b.Spacer(filler), *make(tag)]
    return blocks[1:]


def _moved(pages: list[str], rooms: range, word: str) -> list[bool]:
    """For each room, whether ``word-<room>`` went past the page its case starts on."""
    return [
        _page_of(pages, f"{word}-{room:03d}") > _page_of(pages, f"START-{room:03d}")
        for room in rooms
    ]


FOLLOWERS: dict[str, Callable[[str], list[b.Block]]] = {
    "paragraph": lambda t: [b.Paragraph(f"НАЧАЛО-{t} абзаца, " + "который длится долго, " * 30)],
    "list": lambda t: [b.ListBlock(True, (f"НАЧАЛО-{t} пункт", "второй пункт", "третий"))],
    "bullets": lambda t: [b.ListBlock(False, (f"НАЧАЛО-{t} пункт", "второй пункт"))],
    "table": lambda t: [
        b.Table((f"НАЧАЛО-{t}", "Сумма"), tuple((f"строка {i}", str(i)) for i in range(12)))
    ],
    "notice": lambda t: [b.Notice(f"НАЧАЛО-{t}", ("Дата: 14 декабря", "Зал: 12"))],
    "check items": lambda t: [b.CheckItem(f"НАЧАЛО-{t}"), b.CheckItem("Договор")],
    "write box": lambda t: [b.WriteBox(4, f"НАЧАЛО-{t}")],
    "signature": lambda t: [b.Signature("30 ноября 2026 г.", f"НАЧАЛО-{t}", "подпись")],
}


@pytest.mark.parametrize("style", ["base", "large"])
@pytest.mark.parametrize("kind", list(FOLLOWERS))
def test_a_heading_never_ends_a_page(drawn, kind, style):
    sheet = load_stylesheet(style)
    # The heading walks down to the foot of the page, a few points at a time.
    rooms = range(170 if style == "base" else 260, 0, -4)

    def case(tag: str) -> list[b.Block]:
        return [b.Heading(2, f"ЗАГОЛОВОК-{tag}"), *FOLLOWERS[kind](tag)]

    pages = drawn(_cases(sheet, rooms, case), style)
    for room in rooms:
        tag = f"{room:03d}"
        assert _page_of(pages, f"ЗАГОЛОВОК-{tag}") == _page_of(pages, f"НАЧАЛО-{tag}"), room
    moved = _moved(pages, rooms, "ЗАГОЛОВОК")
    assert not moved[0] and moved[-1]  # the walk crossed the point where the heading must move


def test_title_and_headings_keep_together_with_what_follows(drawn):
    sheet = load_stylesheet("base")
    rooms = range(120, 0, -3)

    def case(tag: str) -> list[b.Block]:
        return [
            b.Title(f"ТИТУЛ-{tag}"),
            b.Heading(1, f"РАЗДЕЛ-{tag}"),
            b.Spacer(0.5),
            b.Heading(2, f"ПОДРАЗДЕЛ-{tag}"),
            b.ListBlock(True, (f"ПУНКТ-{tag}", "второй")),
        ]

    pages = drawn(_cases(sheet, rooms, case))
    for room in rooms:
        words = ("ТИТУЛ", "РАЗДЕЛ", "ПОДРАЗДЕЛ", "ПУНКТ")
        assert len({_page_of(pages, f"{word}-{room:03d}") for word in words}) == 1, room


def test_a_heading_takes_only_the_start_of_a_long_table_along(drawn):
    rows = tuple((f"строка {i}", str(i)) for i in range(1, 101))
    blocks = [
        b.Paragraph("Вступление. " * 200),
        b.Heading(2, "ЗАГОЛОВОК"),
        b.Table(("ГРАФА", "Сумма"), rows),
    ]
    pages = drawn(blocks)
    # Not moved whole to a new page: heading and first rows start where the text ends.
    assert _page_of(pages, "ЗАГОЛОВОК") == _page_of(pages, "строка 1 ") == 0
    assert _page_of(pages, "строка 100") > 0


SIGNATURE = b.Signature("30 ноября 2026 г.", "Иванова Анна Петровна", "подпись")
BEFORE_SIGNATURE: dict[str, Callable[[str], list[b.Block]]] = {
    "paragraph": lambda t: [
        b.Paragraph("Прошу удовлетворить заявление. " * 14 + f"КОНЕЦ-{t}."),
    ],
    "short paragraph": lambda t: [b.Paragraph(f"Прошу удовлетворить. КОНЕЦ-{t}.")],
    "attachments": lambda t: [
        b.Heading(2, "Приложения"),
        b.ListBlock(True, ("Копия заявления", "Копия договора", f"КОНЕЦ-{t} пункт")),
    ],
    "one attachment": lambda t: [
        b.Heading(2, f"КОНЕЦ-{t}"),
        b.ListBlock(True, ("Копия удостоверения",)),
    ],
    "space": lambda t: [
        b.Paragraph("Прошу удовлетворить заявление. " * 6 + f"КОНЕЦ-{t}."),
        b.Spacer(2),
    ],
    "table": lambda t: [
        b.Table(("Статья", "Сумма"), (("Долг", "100"), ("Пеня", "20"), (f"КОНЕЦ-{t}", "120")))
    ],
    "check items": lambda t: [b.CheckItem("Паспорт"), b.CheckItem(f"КОНЕЦ-{t}")],
    "two signatures": lambda t: [
        b.Paragraph("Согласие дано добровольно. " * 6 + f"КОНЕЦ-{t}."),
        SIGNATURE,
    ],
}


@pytest.mark.parametrize("style", ["base", "large"])
@pytest.mark.parametrize("kind", list(BEFORE_SIGNATURE))
def test_a_signature_never_stands_alone_on_a_page(drawn, kind, style):
    sheet = load_stylesheet(style)
    rooms = range(200 if style == "base" else 300, 0, -6)

    def case(tag: str) -> list[b.Block]:
        return [*BEFORE_SIGNATURE[kind](tag), b.Signature("30.11.2026", f"ПОДПИСЬ-{tag}", "")]

    pages = drawn(_cases(sheet, rooms, case), style)
    for room in rooms:
        tag = f"{room:03d}"
        assert _page_of(pages, f"ПОДПИСЬ-{tag}") == _page_of(pages, f"КОНЕЦ-{tag}"), room
        if kind == "two signatures":  # the second keeps with the first, the first with the text
            assert "Иванова Анна" in pages[_page_of(pages, f"ПОДПИСЬ-{tag}")]
    moved = _moved(pages, rooms, "ПОДПИСЬ")
    assert not moved[0] and moved[-1]  # the walk crossed the point where the signature must move


def test_a_signature_after_a_page_break_stays_on_its_page(drawn):
    pages = drawn([b.Paragraph("Текст."), b.PageBreak(), SIGNATURE])
    assert len(pages) == 2 and _page_of(pages, "Иванова") == 1


# -- the signature block -------------------------------------------------------------------

KAZAKH_NAME = "Құрманғазы Әлия Серікқызы"


def _signature_cells(sheet: StyleSheet, block: b.Signature) -> tuple[list[float], int, int]:
    """Column widths of the signature and how many lines its date and name print on."""
    [flowable] = build_story([block], sheet)
    while not isinstance(flowable, RLTable):  # whatever keeps the table in one piece
        [flowable] = flowable._content
    table = flowable
    widths = [float(w) for w in table._colWidths]
    date, name = table._cellvalues[0][0], table._cellvalues[0][-1]
    lines = []
    for cell, width in ((date, widths[0]), (name, widths[-1])):
        cell.wrap(width, 10_000)
        lines.append(len(cell.blPara.lines))
    return widths, lines[0], lines[1]


@pytest.mark.parametrize("style", ["base", "large"])
@pytest.mark.parametrize(
    "date", ["30 ноября 2026 г.", "2026 жылғы 30 қараша", "30.11.2026 ж.", "30 November 2026"]
)
def test_signature_prints_a_long_kazakh_name_on_one_line(style, date):
    sheet = load_stylesheet(style)
    widths, date_lines, name_lines = _signature_cells(sheet, b.Signature(date, KAZAKH_NAME, "қолы"))
    assert name_lines == 1
    assert sum(widths) <= sheet.frame_width + 0.01
    line = sum(widths) - widths[0] - widths[-1] - 16  # the line to sign on, between two gaps
    assert line >= float(sheet.blocks["signature_line_min"]) * mm - 0.01
    if style == "base":  # room for everything: nothing wraps, the line is (nearly) full length
        assert date_lines == 1
        assert line >= 45 * mm
    elif date in ("30 ноября 2026 г.", "30.11.2026 ж."):  # large print: a shorter line
        assert date_lines == 1
    else:  # large print, a long date: it goes onto two lines before the name wraps
        assert date_lines == 2


def test_signature_wraps_only_texts_that_cannot_fit():
    sheet = load_stylesheet("base")
    name = "Құрманғазы-Жұмабекова Гүлнәр Серікқызы Әлиханқызы Нұрсұлтанқызы Ахметова"
    widths, date_lines, name_lines = _signature_cells(
        sheet, b.Signature("2026 жылғы 30 қараша", name, "қолы")
    )
    assert sum(widths) <= sheet.frame_width + 0.01
    assert name_lines == 2 and date_lines <= 2
    widths, date_lines, name_lines = _signature_cells(sheet, b.Signature("", "Ерлан Т.", ""))
    assert name_lines == 1 and sum(widths) <= sheet.frame_width + 0.01


@pytest.mark.parametrize(
    "key", ["ombudsman_complaint", "valuation_objection", "appeal", "consent_form"]
)
def test_kazakh_letters_sign_with_date_and_name_on_one_line(library, pdf_text, key):
    text = pdf_text(library.render_pdf(key, "kk", letter_context(key, "kk")))
    lines = [" ".join(line.split()) for line in text.splitlines()]
    # The signature's cells are the only place the name and date stand alone on a line.
    assert KAZAKH_NAME in lines and "30.11.2026 ж." in lines, lines[-6:]
