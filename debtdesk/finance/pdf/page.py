"""What both finance papers share: the page with its footer, the heading lines, money.

The "Debt history" and the income and expenditure statement are attached to
the same letters, so they open alike (title, whose, as of when) and end every
page alike (who it is about, "Prepared with debtdesk", the page number); the
pages are built from the documents pipeline's fonts and style sheet, so Kazakh
letters and ₸ print with the embedded DejaVu faces.
"""

from __future__ import annotations

import io
from datetime import date
from decimal import Decimal

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from debtdesk.documents import blocks as b
from debtdesk.documents.fonts import clean_text, ensure_fonts, face_name
from debtdesk.documents.formatting import format_date, format_money
from debtdesk.documents.markup import escape_text
from debtdesk.documents.styles import StyleSheet
from debtdesk.finance.case import CaseHeader
from debtdesk.finance.labels import word

__all__ = ["header_blocks", "money", "render"]


def money(value: Decimal | None, currency: str, lang: str) -> str:
    """An amount in the page's language; a dash where the figure is not known (not 0)."""
    return "—" if value is None else format_money(value, currency, lang)


def header_blocks(
    title: str, who: CaseHeader, on: date, lang: str, who_key: str = "debtor"
) -> list[b.Block]:
    """The title, whom the paper is about (``who_key`` names the role) and as of which day."""
    line = f"{word(who_key, lang)}: <b>{escape_text(who.full_name)}</b>"
    if who.iin:
        line += f", {word('iin', lang)} {escape_text(who.iin)}"
    return [
        b.Title(escape_text(title)),
        b.Paragraph(line, "center"),
        b.Paragraph(escape_text(word("as_of", lang).format(date=format_date(on, lang))), "center"),
    ]


def render(
    story: list[Flowable],
    sheet: StyleSheet,
    title: str,
    who: CaseHeader,
    lang: str,
    invariant: bool,
) -> bytes:
    """The PDF of ``story`` on the style sheet's pages, each with the footer and its number.

    ``invariant`` leaves out the creation date and random id, so tests can
    compare two renderings byte for byte.
    """
    ensure_fonts()
    _top, right, bottom, left = sheet.margins
    frame = Frame(
        left,
        bottom,
        sheet.frame_width,
        sheet.frame_height,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )
    face = face_name("sans")
    footer = clean_text(f"{who.full_name} · {word('made_by', lang)}", face)

    def paint(canvas: Canvas, doc: BaseDocTemplate) -> None:
        canvas.saveState()
        canvas.setFont(face, 7.5)
        y = float(sheet.page.get("footer_offset", 10)) * mm
        canvas.drawString(left, y, footer)
        canvas.drawRightString(sheet.page_size[0] - right, y, str(canvas.getPageNumber()))
        canvas.restoreState()

    buffer = io.BytesIO()
    doc = BaseDocTemplate(
        buffer,
        pagesize=sheet.page_size,
        pageTemplates=[PageTemplate(id="finance", frames=[frame], onPage=paint)],
        title=title,
        author="debtdesk",
        creator="debtdesk",
        producer="debtdesk",
        invariant=int(invariant),
        lang={"kk": "kk-KZ", "ru": "ru-KZ"}.get(lang, "en"),
    )
    doc.build(story)
    return buffer.getvalue()
