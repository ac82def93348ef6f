"""Blocks to reportlab flowables, laid out by a style sheet.

The only module that decides how each block looks on paper; everything it
needs to vary (sizes, indents, frames, colours) comes from the sheet, so the
large-print overlay changes the look without a branch here.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, PageBreak, Spacer

from debtdesk.documents import blocks as b
from debtdesk.documents.flowables import (
    CheckItemFlowable,
    KeepWithNext,
    KeepWithPrevious,
    QuickTable,
    WholeTable,
    WriteBoxFlowable,
)
from debtdesk.documents.fonts import clean_text, face_name
from debtdesk.documents.inline import plain_text, to_paragraph_xml
from debtdesk.documents.paragraphs import MemoParagraph
from debtdesk.documents.styles import StyleSheet, TextStyle

_ALIGN = {"l": TA_LEFT, "r": TA_RIGHT, "c": TA_CENTER}
_BREAK = re.compile(r"<br\s*/?>", re.IGNORECASE)
_BOLD = re.compile(r"<(b|strong)\s*>", re.IGNORECASE)


def para(text: str, style: TextStyle, paragraph: ParagraphStyle | None = None) -> MemoParagraph:
    """A reportlab paragraph of inline ``text`` in ``style`` (optionally a variant of it)."""
    xml = to_paragraph_xml(text, style.family, style.bold, style.italic)
    return MemoParagraph(xml, paragraph or style.paragraph)


@lru_cache(maxsize=64)
def _variant(sheet: StyleSheet, name: str, **changes: float) -> ParagraphStyle:
    base = sheet[name].paragraph
    return ParagraphStyle(f"{name}-{sorted(changes.items())}", parent=base, **changes)


def build_story(blocks: Iterable[b.Block], sheet: StyleSheet) -> list[Flowable]:
    """Flowables for ``blocks`` in ``sheet``'s look, in order.

    Titles and headings are grouped with the flowable after them (never the
    last line of a page), and a signature with the flowable before it (never
    alone on a page): see :mod:`debtdesk.documents.flowables`.
    """
    story: list[Flowable] = []
    heads: list[Flowable] = []  # titles and headings still waiting for what follows
    for block in blocks:
        flowables = _flowables(block, sheet)
        if isinstance(block, b.Title | b.Heading) or (heads and isinstance(block, b.Spacer)):
            heads += flowables
        elif heads and flowables and not isinstance(block, b.PageBreak):
            story += [KeepWithNext(heads, flowables[0]), *flowables[1:]]
            heads = []
        else:
            story += heads + flowables
            heads = []
        if isinstance(block, b.Signature):
            _keep_with_previous(story)
    return story + heads


def _keep_with_previous(story: list[Flowable]) -> None:
    """Group the signature ending ``story`` (and spaces before it) with the flowable before."""
    start = len(story) - 1
    while start > 0 and type(story[start - 1]) is Spacer:
        start -= 1
    if start == 0 or isinstance(story[start - 1], PageBreak):
        return  # first on its page by the template's own wish
    tail = story[start:]
    story[start - 1 :] = [KeepWithPrevious(story[start - 1], tail)]


def _flowables(block: b.Block, sheet: StyleSheet) -> list[Flowable]:
    match block:
        case b.Title(text):
            return [para(text, sheet["title"])]
        case b.Heading(level, text):
            return [para(text, sheet[f"h{min(max(level, 1), 3)}"])]
        case b.Paragraph(text, kind):
            return [para(text, sheet[kind if kind in ("right", "center", "note") else "body"])]
        case b.ListBlock():
            return _list(block, sheet)
        case b.CheckItem(text, checked):
            blocks_ = sheet.blocks
            return [
                CheckItemFlowable(
                    para(text, sheet["check"]),
                    checked,
                    float(blocks_["check_size"]),
                    float(blocks_["check_gap"]),
                )
            ]
        case b.Table():
            return [_table(block, sheet)]
        case b.Notice():
            return [_notice(block, sheet)]
        case b.Addressee(lines) | b.Sender(lines):
            name = "addressee" if isinstance(block, b.Addressee) else "sender"
            indent = float(sheet.blocks["addressee_indent"]) * mm
            style = _variant(sheet, name, leftIndent=indent)
            return [para("<br>".join(lines), sheet[name], style)]
        case b.Signature():
            return [_signature(block, sheet)]
        case b.Spacer(lines):
            return [Spacer(1, lines * sheet["body"].leading)]
        case b.PageBreak():
            return [PageBreak()]
        case b.WriteBox(lines, hint):
            return [_write_box(lines, hint, sheet)]
    raise TypeError(f"not a block: {block!r}")


def _fonts(sheet: StyleSheet) -> list[tuple[object, ...]]:
    # Even cells holding paragraphs get a font set on the canvas; reportlab's
    # default is Helvetica, which would put a non-embedded font into the PDF.
    body = sheet["body"]
    return [("FONT", (0, 0), (-1, -1), body.paragraph.fontName, body.size, body.leading)]


def _list(block: b.ListBlock, sheet: StyleSheet) -> list[Flowable]:
    """One paragraph per item, its number or bullet hanging in the indent.

    Not a ListFlowable: separate paragraphs split between (and inside) items
    like any text, and a heading can keep with the first item.
    """
    style = sheet["list"]
    base = style.paragraph
    items: list[Flowable] = []
    for n, text in enumerate(block.items):
        last = n == len(block.items) - 1
        paragraph = _variant(
            sheet,
            "list",
            leftIndent=base.leftIndent + float(sheet.blocks["list_indent"]),
            bulletIndent=base.leftIndent,
            spaceAfter=sheet["body"].paragraph.spaceAfter if last else base.spaceAfter,
        )
        bullet = f"{block.start + n}." if block.ordered else "\u2022"
        xml = to_paragraph_xml(text, style.family, style.bold, style.italic)
        items.append(
            MemoParagraph(xml, paragraph, bulletText=clean_text(bullet, paragraph.bulletFontName))
        )
    return items


def _table(block: b.Table, sheet: StyleSheet) -> QuickTable:
    columns = len(block.header)
    weights = list(block.widths) or [1.0] * columns
    width = sheet.frame_width
    col_widths = [width * w / sum(weights) for w in weights]
    aligns = list(block.aligns) or ["l"] * columns
    cell_styles = [_variant(sheet, "table", alignment=_ALIGN[a]) for a in aligns]
    head_styles = [_variant(sheet, "table_header", alignment=_ALIGN[a]) for a in aligns]
    data = [
        [para(text, sheet["table_header"], head_styles[i]) for i, text in enumerate(block.header)]
    ]
    data += [
        [para(text, sheet["table"], cell_styles[i]) for i, text in enumerate(row[:columns])]
        + [""] * (columns - len(row))
        for row in block.rows
    ]
    pad = float(sheet.blocks["table_padding"])
    table = QuickTable(
        data,
        colWidths=col_widths,
        repeatRows=1,
        splitInRow=1,
        hAlign="LEFT",
        spaceAfter=sheet["body"].paragraph.spaceAfter + 2,
    )
    table.setStyle(list(_table_style(sheet, pad)))
    return table


def _notice(block: b.Notice, sheet: StyleSheet) -> WholeTable:
    content: list[Flowable] = []
    if block.title:
        content.append(para(block.title, sheet["notice_title"]))
    gap = sheet["notice"].leading / 2
    for line in block.lines:
        content.append(para(line, sheet["notice"]) if line else Spacer(1, gap))
    pad = float(sheet.blocks["box_padding"])
    table = WholeTable(
        [[content]],
        page_height=sheet.frame_height,
        colWidths=[sheet.frame_width],
        splitInRow=1,
        hAlign="LEFT",
        spaceBefore=4,
        spaceAfter=sheet["body"].paragraph.spaceAfter + 4,
    )
    table.setStyle(list(_notice_style(sheet, pad)))
    return table


@lru_cache(maxsize=4096)
def _text_width(markup: str, style: TextStyle) -> float:
    """Width of the longest line of inline ``markup`` printed in ``style``."""
    bold = style.bold or bool(_BOLD.search(markup))
    face = face_name(style.family, bold, style.italic)
    return max(
        stringWidth(clean_text(plain_text(line), face), face, style.size)
        for line in _BREAK.split(markup)
    )


def _two_line_width(markup: str, style: TextStyle) -> float:
    """Width ``markup`` needs when it may wrap once (at the best space)."""
    words = plain_text(markup).split(" ")
    if len(words) < 2 or _BREAK.search(markup):
        return _text_width(markup, style)
    return min(
        max(_text_width(" ".join(words[:k]), style), _text_width(" ".join(words[k:]), style))
        for k in range(1, len(words))
    )


def _signature_widths(block: b.Signature, sheet: StyleSheet, gap: float) -> list[float]:
    """Date, line and name columns, sized from what the texts need.

    In order of preference: both texts on one line beside the full line; the
    line shortened (to ``signature_line_min``); the date on two lines; only
    when even that does not fit does the name wrap.
    """
    style = sheet["signature"]
    room = sheet.frame_width - 2 * gap  # for the date, the line and the name
    pad = 2.0  # reportlab wraps a text that fills its column to the last point
    date = _text_width(block.date, style) + pad if block.date else 0.0
    name = _text_width(block.name, style) + pad if block.name else 0.0
    want = float(sheet.blocks["signature_line"]) * mm
    shortest = min(float(sheet.blocks.get("signature_line_min", want / mm)) * mm, want)
    if date + name > room - shortest:  # the date goes onto two lines
        date = _two_line_width(block.date, style) + pad if block.date else 0.0
    line = max(min(want, room - date - name), shortest)
    free = room - line
    if date + name > free:  # even so they do not fit: the name wraps too
        date = min(date, free / 2)
        name = free - date
    name = max(name, 1.0)
    return [free - name, gap, line, gap, name]


def _signature(block: b.Signature, sheet: StyleSheet) -> WholeTable:
    """Date on the left; the line to sign on and the name against the right margin.

    Five columns: date, gap, line, gap, name; the caption under the line and its gaps.
    """
    style = sheet["signature"]
    left = _variant(sheet, "signature", alignment=TA_LEFT)
    right = _variant(sheet, "signature", alignment=TA_RIGHT)
    caption = para(block.caption, sheet["signature_caption"]) if block.caption else ""
    data = [
        [para(block.date, style, left), "", "", "", para(block.name, style, right)],
        ["", caption, "", "", ""],
    ]
    table = WholeTable(
        data,
        page_height=sheet.frame_height,
        colWidths=_signature_widths(block, sheet, gap=8.0),
        hAlign="LEFT",
        spaceBefore=style.leading * 1.5,
    )
    table.setStyle(list(_signature_style(sheet)))
    return table


def _write_box(lines: int, hint: str, sheet: StyleSheet) -> WriteBoxFlowable:
    blocks_ = sheet.blocks
    return WriteBoxFlowable(
        lines,
        para(hint, sheet["write_hint"]) if hint else None,
        float(blocks_["write_line"]),
        tuple(float(x) for x in blocks_["write_dash"]),
        sheet.color("write_color"),
        sheet["body"].paragraph.spaceAfter + 4,
        sheet.frame_height,
    )


# The table styles, made once per sheet: the same commands (and colours) for every letter.


@lru_cache(maxsize=16)
def _table_style(sheet: StyleSheet, pad: float) -> tuple[tuple[object, ...], ...]:
    return (
        *_fonts(sheet),
        ("GRID", (0, 0), (-1, -1), float(sheet.blocks["table_grid"]),
         sheet.color("table_grid_color")),
        ("BACKGROUND", (0, 0), (-1, 0), sheet.color("table_header_background")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), pad + 1),
        ("RIGHTPADDING", (0, 0), (-1, -1), pad + 1),
        ("TOPPADDING", (0, 0), (-1, -1), pad),
        ("BOTTOMPADDING", (0, 0), (-1, -1), pad + 1),
    )  # fmt: skip


@lru_cache(maxsize=16)
def _notice_style(sheet: StyleSheet, pad: float) -> tuple[tuple[object, ...], ...]:
    return (
        *_fonts(sheet),
        ("BOX", (0, 0), (-1, -1), float(sheet.blocks["box_border"]), sheet.color("box_color")),
        ("BACKGROUND", (0, 0), (-1, -1), sheet.color("box_background")),
        ("LEFTPADDING", (0, 0), (-1, -1), pad + 2),
        ("RIGHTPADDING", (0, 0), (-1, -1), pad + 2),
        ("TOPPADDING", (0, 0), (-1, -1), pad),
        ("BOTTOMPADDING", (0, 0), (-1, -1), pad),
    )  # fmt: skip


@lru_cache(maxsize=16)
def _signature_style(sheet: StyleSheet) -> tuple[tuple[object, ...], ...]:
    return (
        *_fonts(sheet),
        ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
        ("LINEBELOW", (2, 0), (2, 0), 0.8, sheet.color("box_color")),
        ("SPAN", (1, 1), (3, 1)),  # the caption, centred under the line
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, 0), 2),
    )  # fmt: skip
