"""Blocks to reportlab flowables, laid out by a style sheet.

The only module that decides how each block looks on paper; everything it
needs to vary (sizes, indents, frames, colours) comes from the sheet, so the
large-print overlay changes the look without a branch here.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    ListFlowable,
    ListItem,
    PageBreak,
    Spacer,
)
from reportlab.platypus import Paragraph as RLParagraph
from reportlab.platypus import Table as RLTable

from debtdesk.documents import blocks as b
from debtdesk.documents.flowables import CheckItemFlowable, WriteBoxFlowable
from debtdesk.documents.inline import plain_text, to_paragraph_xml
from debtdesk.documents.styles import StyleSheet, TextStyle

_ALIGN = {"l": TA_LEFT, "r": TA_RIGHT, "c": TA_CENTER}


def para(text: str, style: TextStyle, paragraph: ParagraphStyle | None = None) -> RLParagraph:
    """A reportlab paragraph of inline ``text`` in ``style`` (optionally a variant of it)."""
    xml = to_paragraph_xml(text, style.family, style.bold, style.italic)
    return RLParagraph(xml, paragraph or style.paragraph)


@lru_cache(maxsize=64)
def _variant(sheet: StyleSheet, name: str, **changes: float) -> ParagraphStyle:
    base = sheet[name].paragraph
    return ParagraphStyle(f"{name}-{sorted(changes.items())}", parent=base, **changes)


def build_story(blocks: Iterable[b.Block], sheet: StyleSheet) -> list[Flowable]:
    """Flowables for ``blocks`` in ``sheet``'s look, in order."""
    story: list[Flowable] = []
    for block in blocks:
        story.extend(_flowables(block, sheet))
    return story


def _flowables(block: b.Block, sheet: StyleSheet) -> list[Flowable]:
    match block:
        case b.Title(text):
            return [para(text, sheet["title"])]
        case b.Heading(level, text):
            return [para(text, sheet[f"h{min(max(level, 1), 3)}"])]
        case b.Paragraph(text, kind):
            return [para(text, sheet[kind if kind in ("right", "center", "note") else "body"])]
        case b.ListBlock():
            return [_list(block, sheet)]
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
            return [KeepTogether([_notice(block, sheet)])]
        case b.Addressee(lines) | b.Sender(lines):
            name = "addressee" if isinstance(block, b.Addressee) else "sender"
            indent = float(sheet.blocks["addressee_indent"]) * mm
            style = _variant(sheet, name, leftIndent=indent)
            return [para("<br>".join(lines), sheet[name], style)]
        case b.Signature():
            return [KeepTogether([_signature(block, sheet)])]
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


def _list(block: b.ListBlock, sheet: StyleSheet) -> ListFlowable:
    style = sheet["list"]
    items = [ListItem(para(text, style)) for text in block.items]
    options: dict[str, object] = {
        "leftIndent": float(sheet.blocks["list_indent"]),
        "bulletFontName": style.paragraph.bulletFontName,
        "bulletFontSize": style.size,
        "spaceAfter": sheet["body"].paragraph.spaceAfter,
    }
    if block.ordered:
        return ListFlowable(items, bulletType="1", start=block.start, bulletFormat="%s.", **options)
    return ListFlowable(items, bulletType="bullet", start="•", **options)


def _table(block: b.Table, sheet: StyleSheet) -> RLTable:
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
    table = RLTable(
        data,
        colWidths=col_widths,
        repeatRows=1,
        splitInRow=1,
        hAlign="LEFT",
        spaceAfter=sheet["body"].paragraph.spaceAfter + 2,
    )
    table.setStyle([
        *_fonts(sheet),
        ("GRID", (0, 0), (-1, -1), float(sheet.blocks["table_grid"]),
         sheet.color("table_grid_color")),
        ("BACKGROUND", (0, 0), (-1, 0), sheet.color("table_header_background")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), pad + 1),
        ("RIGHTPADDING", (0, 0), (-1, -1), pad + 1),
        ("TOPPADDING", (0, 0), (-1, -1), pad),
        ("BOTTOMPADDING", (0, 0), (-1, -1), pad + 1),
    ])  # fmt: skip
    return table


def _notice(block: b.Notice, sheet: StyleSheet) -> RLTable:
    content: list[Flowable] = []
    if block.title:
        content.append(para(block.title, sheet["notice_title"]))
    gap = sheet["notice"].leading / 2
    for line in block.lines:
        content.append(para(line, sheet["notice"]) if line else Spacer(1, gap))
    pad = float(sheet.blocks["box_padding"])
    table = RLTable(
        [[content]],
        colWidths=[sheet.frame_width],
        splitInRow=1,
        hAlign="LEFT",
        spaceBefore=4,
        spaceAfter=sheet["body"].paragraph.spaceAfter + 4,
    )
    table.setStyle([
        *_fonts(sheet),
        ("BOX", (0, 0), (-1, -1), float(sheet.blocks["box_border"]), sheet.color("box_color")),
        ("BACKGROUND", (0, 0), (-1, -1), sheet.color("box_background")),
        ("LEFTPADDING", (0, 0), (-1, -1), pad + 2),
        ("RIGHTPADDING", (0, 0), (-1, -1), pad + 2),
        ("TOPPADDING", (0, 0), (-1, -1), pad),
        ("BOTTOMPADDING", (0, 0), (-1, -1), pad),
    ])  # fmt: skip
    return table


def _signature(block: b.Signature, sheet: StyleSheet) -> RLTable:
    """Date on the left; the line to sign on and the name against the right margin."""
    style = sheet["signature"]
    width = sheet.frame_width
    line = float(sheet.blocks["signature_line"]) * mm
    natural = stringWidth(plain_text(block.name), style.paragraph.fontName, style.size) + 4
    name_width = min(natural, width * 0.35)
    gap = 8.0
    left = _variant(sheet, "signature", alignment=TA_LEFT)
    right = _variant(sheet, "signature", alignment=TA_RIGHT)
    caption = para(block.caption, sheet["signature_caption"]) if block.caption else ""
    data = [
        [para(block.date, style, left), "", para(block.name, style, right)],
        ["", caption, ""],
    ]
    widths = [width - line - 2 * gap - name_width, line + 2 * gap, name_width]
    table = RLTable(data, colWidths=widths, hAlign="LEFT", spaceBefore=style.leading * 1.5)
    table.setStyle([
        *_fonts(sheet),
        ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
        ("LINEBELOW", (1, 0), (1, 0), 0.8, sheet.color("box_color")),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, 0), 2),
        ("LEFTPADDING", (1, 0), (1, -1), gap),
        ("RIGHTPADDING", (1, 0), (1, -1), gap),
    ])  # fmt: skip
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
