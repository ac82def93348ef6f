"""A plain A4 paper that is not a letter: a story on the style sheet's pages with a footer.

The finance papers (debt history, budget statement) and the movement-figures
report are laid out the same way — one frame per page, a one-line footer on
the left and the page number on the right — so they share this.
"""

from __future__ import annotations

import io

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from debtdesk.documents.fonts import clean_text, ensure_fonts, face_name
from debtdesk.documents.styles import StyleSheet

_PDF_LANG = {"kk": "kk-KZ", "ru": "ru-KZ"}


def render_paper(
    story: list[Flowable],
    sheet: StyleSheet,
    *,
    title: str,
    footer: str,
    lang: str,
    invariant: bool,
    template: str = "paper",
) -> bytes:
    """The PDF of ``story``, each page with ``footer`` and its number.

    ``invariant`` leaves out the creation date and random id, so tests can
    compare two renderings byte for byte.
    """
    ensure_fonts()
    _top, right, bottom, left = sheet.margins
    frame = Frame(
        left, bottom, sheet.frame_width, sheet.frame_height,
        leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0,
    )  # fmt: skip
    face = face_name("sans")
    line = clean_text(footer, face)

    def paint(canvas: Canvas, doc: BaseDocTemplate) -> None:
        canvas.saveState()
        canvas.setFont(face, 7.5)
        y = float(sheet.page.get("footer_offset", 10)) * mm
        canvas.drawString(left, y, line)
        canvas.drawRightString(sheet.page_size[0] - right, y, str(canvas.getPageNumber()))
        canvas.restoreState()

    buffer = io.BytesIO()
    doc = BaseDocTemplate(
        buffer,
        pagesize=sheet.page_size,
        pageTemplates=[PageTemplate(id=template, frames=[frame], onPage=paint)],
        title=title,
        author="debtdesk",
        creator="debtdesk",
        producer="debtdesk",
        invariant=int(invariant),
        lang=_PDF_LANG.get(lang, "en"),
    )
    doc.build(story)
    return buffer.getvalue()
