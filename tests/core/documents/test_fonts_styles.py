"""Fonts registered once as families; style sheets as data with overlays."""

from __future__ import annotations

import pytest
from reportlab.lib.fonts import tt2ps
from reportlab.pdfbase import pdfmetrics

from debtdesk.documents import fonts
from debtdesk.documents.errors import TemplateError
from debtdesk.documents.styles import REQUIRED_STYLES, load_stylesheet
from debtdesk.resources import resource_path


def test_bundled_fonts_and_licence_are_there():
    folder = resource_path("fonts")
    assert len(list(folder.glob("DejaVu*.ttf"))) == 8
    assert "Bitstream" in (folder / "LICENSE-DejaVu.txt").read_text(encoding="utf-8")


def test_families_are_registered_once_with_four_faces():
    assert fonts.ensure_fonts() == ("sans", "serif")
    assert fonts.ensure_fonts() is fonts.ensure_fonts()
    for family in ("sans", "serif"):
        for bold in (0, 1):
            for italic in (0, 1):
                face = tt2ps(family, bold, italic)
                assert face == fonts.face_name(family, bool(bold), bool(italic))
                pdfmetrics.getFont(face)
    # <i> inside a bold heading finds the bold italic face
    assert tt2ps("serif", 1, 1) == "serif-bolditalic"


def test_clean_text_replaces_what_the_face_cannot_print():
    assert fonts.clean_text("Қазақ ₸ ok", "serif") == "Қазақ ₸ ok"
    assert fonts.clean_text("☐ 🏠 😀️ a\x07b", "serif") == "\ufffd \ufffd \ufffd ab"
    assert fonts.clean_text("☐", "sans") == "☐"  # sans has the ballot box, serif not
    assert fonts.clean_text("tab\there", "sans") == "tab here"


def test_unsupported_characters_lists_each_once():
    assert fonts.unsupported_characters("Жақсы ₸") == []
    assert fonts.unsupported_characters("🏠🏠 ☐", "serif") == ["🏠", "☐"]


def test_base_sheet_is_an_a4_letter():
    sheet = load_stylesheet("base")
    assert sheet.page_size == pytest.approx((595.27, 841.89), abs=0.1)
    assert set(REQUIRED_STYLES) <= set(sheet.styles)
    assert sheet["title"].paragraph.alignment == 1  # centred
    assert sheet["body"].paragraph.alignment == 4  # justified
    assert sheet.footer_text("ru", 1, 2) == "Страница 1 из 2"


def test_large_overlay_changes_only_what_differs():
    base, large = load_stylesheet("base"), load_stylesheet("large")
    assert large["body"].size >= 14 and large["body"].family == "sans"
    assert large["body"].leading >= 1.4 * large["body"].size
    for name in REQUIRED_STYLES:
        assert large[name].size >= 14, name
    assert large.frame_width < base.frame_width  # shorter lines
    # inherited unchanged from base
    assert large.page["size"] == base.page["size"]
    assert large.blocks["write_dash"] == base.blocks["write_dash"]
    assert large["title"].bold and large["title"].paragraph.alignment == 1
    # paragraph-style parents resolve inside the overlay too (h2 <- h1 <- body)
    assert large["h2"].family == "sans" and large["h2"].bold


def test_unknown_sheet_is_a_clear_error():
    with pytest.raises(TemplateError, match="no such style sheet"):
        load_stylesheet("nonexistent")
