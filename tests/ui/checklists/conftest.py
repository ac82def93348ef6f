"""Reading checklist PDFs: their text, and which check boxes carry a drawn tick.

The core draws the check box and its tick with lines (the serif font has no
☐/☑ glyphs, see ``debtdesk/documents/flowables.py``), so the ticked state is
not in the extracted text. ``tick_marks`` reads it from the page content
instead: every box is a stroked rectangle (``re`` … ``S``) and a ticked box is
followed by the tick, one stroked path of a move and two lines (``m l l S``),
before the item's text begins (``BT``).
"""

from __future__ import annotations

import io
from collections.abc import Callable

import pytest
from pypdf import PdfReader
from pypdf.generic import ContentStream


def _text(pdf: bytes) -> str:
    reader = PdfReader(io.BytesIO(pdf))
    return " ".join(" ".join(page.extract_text() or "" for page in reader.pages).split())


def _tick_marks(pdf: bytes) -> list[bool]:
    reader = PdfReader(io.BytesIO(pdf))
    marks: list[bool] = []
    for page in reader.pages:
        ops = [op.decode() for _args, op in ContentStream(page.get_contents(), reader).operations]
        for i, op in enumerate(ops):
            if op == "re" and i + 1 < len(ops) and ops[i + 1] == "S":
                marks.append(False)
                path: list[str] = []
                for later in ops[i + 2 :]:
                    if later in ("BT", "re"):
                        break
                    if later in ("m", "l", "S"):
                        path.append(later)
                marks[-1] = path[:4] == ["m", "l", "l", "S"]
    return marks


@pytest.fixture
def pdf_text() -> Callable[[bytes], str]:
    """Text of every page, whitespace collapsed (lines wrap differently per style)."""
    return _text


@pytest.fixture
def tick_marks() -> Callable[[bytes], list[bool]]:
    """For each check box of the PDF in order: whether a tick is drawn in it."""
    return _tick_marks
