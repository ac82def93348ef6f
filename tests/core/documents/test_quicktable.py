"""The direct table paths and the lean page placement: reportlab's very bytes.

``QuickTable`` measures rows, draws backgrounds, cells and lines and applies
styles by its own short code, and ``LetterDocTemplate``/``LetterFrame`` place
flowables without reportlab's general checks; all promise the PDF reportlab
itself writes. These tests draw the same tables (and whole letters) both ways
and compare the files byte for byte, including tables the direct path must
hand back to reportlab (row spans, gradients, double lines, rounded corners).
"""

from __future__ import annotations

import io
from collections.abc import Callable
from typing import Any

import pytest
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Spacer
from reportlab.platypus import Table as RLTable

from debtdesk.documents import blocks as b
from debtdesk.documents import pdf as pdf_module
from debtdesk.documents import quicktable
from debtdesk.documents.fonts import ensure_fonts
from debtdesk.documents.paragraphs import MemoParagraph, ParagraphMemo, reset_memo, use_memo
from debtdesk.documents.pdf import Letter, render_many
from debtdesk.documents.placement import LetterDocTemplate, LetterFrame
from debtdesk.documents.quicktable import QuickTable, WholeTable

GREY = colors.HexColor("#888888")
PALE = colors.HexColor("#eeeeee")


def _style(name: str = "cell", **changes: Any) -> ParagraphStyle:
    base: dict[str, Any] = {"fontName": "serif", "fontSize": 10.5, "leading": 13.0}
    return ParagraphStyle(name, **{**base, **changes})


def _cell(text: str, **changes: Any) -> MemoParagraph:
    return MemoParagraph(text, _style(**changes))


GRID = (
    ("FONT", (0, 0), (-1, -1), "serif", 10.5, 13.0),
    ("GRID", (0, 0), (-1, -1), 0.5, GREY),
    ("BACKGROUND", (0, 0), (-1, 0), PALE),
    ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ("LEFTPADDING", (0, 0), (-1, -1), 4),
    ("RIGHTPADDING", (0, 0), (-1, -1), 4),
    ("TOPPADDING", (0, 0), (-1, -1), 3),
    ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
)
SIGNATURE = (
    ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
    ("LINEBELOW", (2, 0), (2, 0), 0.8, GREY),
    ("SPAN", (1, 1), (3, 1)),
    ("LEFTPADDING", (0, 0), (-1, -1), 0),
    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
    ("TOPPADDING", (0, 0), (-1, -1), 0),
    ("BOTTOMPADDING", (0, 0), (-1, 0), 2),
)


def _amounts(rows: int) -> list[list[Any]]:
    data: list[list[Any]] = [
        [_cell("Составляющая", fontName="serif-bold"), _cell("Сумма", alignment=2)]
    ]
    for i in range(rows):
        text = "Основной долг по договору займа " * (1 + i % 3)
        data.append([_cell(text), _cell(f"{i}\u00a0234,56\u00a0₸", alignment=2)])
    data.append([_cell("Итого"), ""])  # a short row: an empty cell
    return data


def _notice() -> list[list[Any]]:
    content = [_cell("Когда и куда прийти", fontName="serif-bold"), _cell("Дата: 5 января 2027 г.")]
    content += [Spacer(1, 6), _cell("Суд: районный суд № 2, зал 4 " * 3)]
    return [[content]]


def _signature() -> list[list[Any]]:
    return [
        [_cell("30 ноября 2026 г."), "", "", "", _cell("Сафиуллин В. Г.", alignment=2)],
        ["", _cell("подпись", alignment=1), "", "", ""],
    ]


# (data, column widths, style commands, table keyword arguments)
CASES: dict[str, tuple[Callable[[], list[list[Any]]], list[float], tuple[Any, ...], dict]] = {
    "amounts grid": (lambda: _amounts(4), [300.0, 150.0], GRID, {"repeatRows": 1}),
    "notice box": (
        _notice,
        [450.0],
        (
            ("BOX", (0, 0), (-1, -1), 1.2, GREY),
            ("BACKGROUND", (0, 0), (-1, -1), PALE),
            ("LEFTPADDING", (0, 0), (-1, -1), 8),
            ("TOPPADDING", (0, 0), (-1, -1), 6),
        ),
        {},
    ),
    "signature with a span": (_signature, [150.0, 8.0, 120.0, 8.0, 160.0], SIGNATURE, {}),
    "middle, centred, every line kind": (
        lambda: [[_cell("a " * 20), "x\ny", _cell("c")], ["", _cell("e " * 9), "f"]],
        [140.0, 90.0, 120.0],
        (
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("ALIGN", (0, 0), (-1, -1), "CENTRE"),
            ("INNERGRID", (0, 0), (-1, -1), 0.3, colors.red),
            ("OUTLINE", (0, 0), (-1, -1), 1, colors.blue),
            ("LINEABOVE", (0, 1), (-1, 1), 2, colors.green, "butt"),
            ("LINEBEFORE", (1, 0), (1, -1), 0.7, GREY, 1, (2, 2)),
            ("LINEAFTER", (0, 0), (0, -1), 0.7, GREY, 2, None, "miter"),
            ("BACKGROUND", (1, 1), (1, 1), "#ffeecc"),
            ("TEXTCOLOR", (0, 0), (-1, -1), colors.darkblue),
        ),
        {},
    ),
    # reportlab's own code must take these: the direct path does not know them
    "row span": (
        lambda: [[_cell("tall " * 12), _cell("b")], ["", _cell("d")]],
        [200.0, 200.0],
        (("SPAN", (0, 0), (0, 1)), ("GRID", (0, 0), (-1, -1), 0.5, GREY)),
        {},
    ),
    "gradient, row colours, double line": (
        lambda: _amounts(3),
        [300.0, 150.0],
        (
            ("BACKGROUND", (0, 0), (-1, 0), ["HORIZONTAL", colors.white, GREY]),
            ("ROWBACKGROUNDS", (0, 1), (-1, -1), [PALE, None]),
            ("LINEBELOW", (0, 0), (-1, 0), 1, GREY, 1, None, 1, 2, 2),
        ),
        {},
    ),
    "rounded corners": (
        lambda: _amounts(2),
        [300.0, 150.0],
        (("ROUNDEDCORNERS", [6, 6, 6, 6]), ("BOX", (0, 0), (-1, -1), 1, GREY)),
        {},
    ),
    "percentage widths": (lambda: _amounts(2), ["60%", "40%"], GRID, {}),
}


def _drawn(cls: type, case: str, copies: int = 2) -> list[str]:
    """The page content (operators) of ``copies`` tables of ``case`` made by ``cls``."""
    ensure_fonts()
    make, widths, commands, kwargs = CASES[case]
    canvas = Canvas(io.BytesIO())
    memo = use_memo(ParagraphMemo())
    try:
        y = 800.0
        for _ in range(copies):
            table = cls(make(), colWidths=list(widths), **kwargs)
            table.setStyle(list(commands))
            _w, h = table.wrapOn(canvas, 480, 800)
            assert table.wrapOn(canvas, 480, 800)[1] == h  # wrapped again, as groups do
            y -= h + 10
            table.drawOn(canvas, 40, y)
    finally:
        reset_memo(memo)
    return list(canvas._code)


@pytest.mark.parametrize("case", list(CASES))
def test_a_quick_table_draws_what_reportlab_draws(case):
    quick = _drawn(QuickTable, case)
    assert quick == _drawn(RLTable, case)
    if case != "rounded corners":  # (its box is one path)
        assert sum(" re " in op or " l S" in op for op in quick) >= 2  # lines, backgrounds


def test_the_direct_paths_are_taken_for_the_letters_tables(monkeypatch):
    calls: list[str] = []
    for name in ("draw", "_calc_height", "setStyle"):
        original = getattr(RLTable, name)

        def spy(self: Any, *args: Any, _o: Any = original, _n: str = name, **kw: Any) -> Any:
            calls.append(_n)
            return _o(self, *args, **kw)

        monkeypatch.setattr(RLTable, name, spy)
    monkeypatch.setattr(quicktable, "_STYLED", {})
    for case in ("amounts grid", "notice box", "signature with a span"):
        _drawn(QuickTable, case, copies=3)
    assert calls == ["setStyle"] * 3  # the first table of each shape; then the stored outcome


def test_a_stored_style_is_not_shared_between_tables():
    ensure_fonts()
    first = QuickTable(_amounts(2), colWidths=[300.0, 150.0])
    first.setStyle(list(GRID))
    second = QuickTable(_amounts(2), colWidths=[300.0, 150.0])
    second.setStyle(list(GRID))  # from the store
    second.setStyle([("TEXTCOLOR", (0, 0), (-1, -1), colors.red)])  # reportlab's way on top
    assert second._cellStyles[1][1].color == colors.red
    assert first._cellStyles[1][1].color != colors.red
    assert first._cellStyles[1][1] is not second._cellStyles[1][1]
    assert first._linecmds == second._linecmds and first._linecmds is not second._linecmds


def test_a_split_quick_table_is_reportlabs_split():
    ensure_fonts()

    def parts(cls: type) -> list[tuple[float, float]]:
        table = cls(_amounts(30), colWidths=[300.0, 150.0], repeatRows=1)
        table.setStyle(list(GRID))
        canvas = Canvas(io.BytesIO())
        return [p.wrapOn(canvas, 480, 10_000) for p in table.splitOn(canvas, 480, 300)]

    assert parts(QuickTable) == parts(RLTable)
    assert len(parts(QuickTable)) == 2


def _letters() -> list[Letter]:
    long = "Прошу рассмотреть заявление в установленный срок и сообщить о решении. " * 40
    letters = []
    for n in range(6):
        letters.append(
            Letter(
                [
                    b.Title("ЗАЯВЛЕНИЕ"),
                    b.Paragraph(long if n % 2 else long[:300]),
                    b.Heading(2, "Прошу"),
                    b.ListBlock(True, ("первое", "второе " * 30, f"третье {n}")),
                    b.CheckItem(f"check {n}", n % 2 == 0),
                    b.Table(
                        ("Составляющая", "Сумма"),
                        tuple((f"строка {i}", f"{i * n}\u00a0₸") for i in range(3 + 25 * (n % 2))),
                        (3, 1),
                        ("l", "r"),
                    ),
                    b.Notice("Суд", ("12 декабря", "", "Зал 4")),
                    b.WriteBox(4, "hint"),
                    b.Spacer(2),
                    b.Signature("30 ноября 2026 г.", f"Сафиуллин {n}", "подпись"),
                ],
                "large" if n % 3 == 0 else "base",
                ("kk", "ru", "en")[n % 3],
            )
        )
    return letters


def test_letters_placed_the_lean_way_are_reportlabs_letters(monkeypatch):
    letters = _letters()
    fast, ranges = render_many(letters, invariant=True)
    monkeypatch.setattr(pdf_module, "LetterDocTemplate", BaseDocTemplate)
    monkeypatch.setattr(pdf_module, "LetterFrame", Frame)
    for name in ("draw", "_calc_height", "setStyle"):
        monkeypatch.setattr(QuickTable, name, getattr(RLTable, name))
    slow, slow_ranges = render_many(letters, invariant=True)
    assert ranges == slow_ranges and ranges[-1][1] > len(letters)  # some letters run over
    assert fast == slow


def _story(keep: int) -> list[Any]:
    """Flowables asking for a page break, keeping with the next, and splitting."""
    plain = _style("plain", spaceBefore=5, spaceAfter=7)
    asks = _style("asks", keepWithNext=keep, spaceBefore=12, spaceAfter=3)
    breaks = _style("breaks")
    breaks.pageBreakBefore = 1
    story: list[Any] = []
    for n in range(4):
        story += [MemoParagraph(f"Heading {n}", asks), MemoParagraph("body " * 300, plain)]
        story += [Spacer(1, 30), MemoParagraph(f"new page {n}", breaks)]
        table = WholeTable(_amounts(3), colWidths=[300.0, 150.0], page_height=700)
        table.setStyle(list(GRID))
        story.append(table)
    return story


@pytest.mark.parametrize("keep", [0, 1])
def test_the_lean_template_places_like_reportlabs(keep):
    ensure_fonts()

    def built(doc_cls: type, frame_cls: type) -> bytes:
        out = io.BytesIO()
        frame = frame_cls(40, 40, 480, 700, id="f", leftPadding=0, rightPadding=0)
        doc = doc_cls(out, pageTemplates=[PageTemplate(id="p", frames=[frame])], invariant=1)
        doc.build(_story(keep))
        return out.getvalue()

    assert built(LetterDocTemplate, LetterFrame) == built(BaseDocTemplate, Frame)
