"""The PDF preview widget and printing through Qt, on real PDFs from the letter renderer."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtPdfWidgets import QPdfView

from debtdesk.documents.markup import parse
from debtdesk.documents.pdf import render_pdf
from tests.ui.letters.conftest import PNG
from ui.letters.printing import PrintError, pdf_printer, print_pdf
from ui.widgets.pdf_preview import PdfPreview


@pytest.fixture
def two_pages() -> bytes:
    blocks = parse("::title One\nFirst page\n\n::pagebreak\nSecond page\n")
    return render_pdf(blocks, "base", lang="en")


def test_pages_zoom_and_fit_width(qtbot, two_pages: bytes) -> None:
    preview = PdfPreview()
    qtbot.addWidget(preview)
    preview.resize(600, 500)
    preview.show()
    assert preview.page_count() == 0 and not preview.zoom_in_button.isEnabled()
    assert preview.set_pdf(two_pages)
    assert preview.page_count() == 2
    assert preview.page_label.text() == "Page 1 of 2"
    preview.go_to_page(2)
    qtbot.waitUntil(lambda: preview.page_label.text() == "Page 2 of 2")
    fitted = preview.zoom()
    preview.zoom_in()
    assert preview.view.zoomMode() == QPdfView.ZoomMode.Custom
    assert preview.zoom() == pytest.approx(fitted * 1.25)
    assert not preview.fit_button.isChecked()
    preview.zoom_out()
    preview.zoom_out()
    assert preview.zoom() == pytest.approx(fitted / 1.25)
    preview.fit_width()
    assert preview.view.zoomMode() == QPdfView.ZoomMode.FitToWidth
    assert preview.fit_button.isChecked()
    preview.resize(900, 500)
    qtbot.waitUntil(lambda: preview.zoom() > fitted * 1.2)


def test_not_a_pdf_and_images(qtbot) -> None:
    preview = PdfPreview()
    qtbot.addWidget(preview)
    assert not preview.set_pdf(b"not a pdf")
    assert preview.page_count() == 0
    assert preview.set_image(PNG)
    assert preview.page_count() == 1 and preview.image_label.pixmap().width() >= 1
    assert not preview.set_image(b"\x89PNG broken")


def test_printing_renders_every_page_to_the_printer(
    qtbot, two_pages: bytes, tmp_path: Path
) -> None:
    out = tmp_path / "printed.pdf"
    assert print_pdf(two_pages, pdf_printer(out)) == 2
    assert len(PdfReader(out).pages) == 2
    with pytest.raises(PrintError):
        print_pdf(b"garbage", pdf_printer(tmp_path / "never.pdf"))
