"""Page objects written directly (documents.pageobjects) and words kept by the fonts' splitString:
the very same bytes as reportlab's own formatting and character mapping.
"""

from __future__ import annotations

import io
from typing import Any

import pytest
from reportlab.lib.colors import red
from reportlab.pdfbase.pdfmetrics import getFont
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from debtdesk.documents import blocks as b
from debtdesk.documents import pageobjects
from debtdesk.documents import pdf as pdf_module
from debtdesk.documents.fonts import ensure_fonts, face_name
from debtdesk.documents.pdf import Letter, render_many


def _letters() -> list[Letter]:
    letters = []
    for n in range(6):
        lang = ("kk", "ru", "en")[n % 3]
        letters.append(
            Letter(
                [
                    b.Addressee(("АО «Банк»", f"г. Алматы, пр. Абая {n}")),
                    b.Title("ӨТІНІШ / ЗАЯВЛЕНИЕ"),
                    b.Paragraph(f"Қарыз <b>{n}\u00a0234,00\u00a0₸</b> — ҒҚҢӨҰҮҺІ {n}"),
                    b.Paragraph("Прошу рассмотреть заявление. " * (10 + 120 * (n % 2))),
                    b.Table(("Составляющая", "Сумма"), (("Основной долг", f"{n}\u00a0₸"),)),
                    b.Signature("30 қараша 2026 ж.", f"Әбілқасымова Қатира {n}", "қолы"),
                ],
                "large" if n % 3 == 0 else "base",
                lang,
            )
        )
    return letters


def test_a_batch_with_direct_page_objects_is_byte_for_byte_reportlabs(monkeypatch):
    seen: list[bool] = []
    plain = pageobjects._plain

    def spy(page: Any, document: Any) -> bool:
        seen.append(plain(page, document))
        return seen[-1]

    monkeypatch.setattr(pageobjects, "_plain", spy)
    fast, ranges = render_many(_letters(), invariant=True)
    assert seen and all(seen)  # every page of a letter takes the direct path
    monkeypatch.setattr(pdf_module, "quicken", lambda page: None)
    slow, slow_ranges = render_many(_letters(), invariant=True)
    assert fast == slow and ranges == slow_ranges
    assert ranges[1][1] > ranges[1][0]  # a letter of two pages


class _Quick(Canvas):
    """A canvas whose pages are handed to ``quicken`` as the letters' canvas does."""

    def showPage(self) -> None:
        super().showPage()
        pageobjects.quicken(self._doc.Pages.pages[-1])


def _odd_pages(canvas_class: type[Canvas], compression: int) -> bytes:
    ensure_fonts()
    out = io.BytesIO()
    canvas = canvas_class(out, invariant=1, pageCompression=compression)
    face = face_name("serif")
    canvas.setFont(face, 12)
    canvas.drawString(72, 700, "Plain page ₸")
    canvas.showPage()
    canvas.setFillAlpha(0.5)  # a transparency state in the page's resources
    canvas.setFillColor(red)
    canvas.setFont(face, 12)
    canvas.drawString(72, 700, "Half transparent")
    canvas.showPage()
    canvas.setPageRotation(90)
    canvas.setFont(face, 12)
    canvas.drawString(72, 700, "Rotated")
    canvas.showPage()
    canvas.setPageRotation(0)
    canvas.linkURL("https://example.org", (72, 690, 200, 710))  # an annotation
    canvas.setPageSize((300.5, 400))
    canvas.setFont(face, 12)
    canvas.drawString(72, 300, "Link, another size")
    canvas.showPage()
    canvas.setPageTransition("Dissolve", 1)
    canvas.drawString(72, 300, "A transition")
    canvas.showPage()
    canvas.drawString(72, 300, "Plain again")
    canvas.showPage()
    canvas.save()
    return out.getvalue()


@pytest.mark.parametrize("compression", [1, 0])
def test_odd_pages_are_formatted_as_reportlab_does(compression):
    assert _odd_pages(_Quick, compression) == _odd_pages(Canvas, compression)


def test_split_string_keeps_words_and_gives_reportlab_s_bytes():
    ensure_fonts()
    font = getFont(face_name("serif"))
    texts = [
        "Заявление о реструктуризации займа №\u00a0ИЗ-0603",
        "займа о Заявление  реструктуризации ",  # known words, two spaces, one trailing
        " №\u00a0ИЗ-0603 займа",
        "займа новое слово ҒҚ",  # words not met yet: mapped character by character
        "слово новое займа ҒҚ",
        "",
        "Ә" * 3 + " займа",
    ]
    ours, theirs = Canvas(io.BytesIO())._doc, Canvas(io.BytesIO())._doc
    for text in texts:
        assert font.splitString(text, ours) == TTFont.splitString(font, text, theirs)
    kept = font.state[ours].debtdesk_words
    assert "реструктуризации" in kept and "ҒҚ" in kept  # the second line came from these
    # Past the first subset: words of the first stay right, the rest go character by character.
    many = "".join(chr(c) for c in sorted(font.face.charToGlyph) if 0x20 < c < 0x2000)[:500]
    for text in (many, "займа " + many[-20:], "займа реструктуризации", many[::-1] + " займа"):
        assert font.splitString(text, ours) == TTFont.splitString(font, text, theirs)
