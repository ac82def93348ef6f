"""A demo database for the letters workflow: every kind of case, built once per session."""

from __future__ import annotations

import io
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from debtdesk.db import Database
from tests.ui.conftest import copied_db, demo_template

DEMO_CASES = 40


@pytest.fixture(scope="session")
def _letters_demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return demo_template(tmp_path_factory.mktemp("letters-demo"), DEMO_CASES, seed=7)


@pytest.fixture
def demo_db(_letters_demo_template: Path, tmp_path: Path, fixed_today: date) -> Iterator[Database]:
    """40 demo cases (loans, proceedings, hearings) as of 2026-11-30, no letters yet."""
    yield from copied_db(_letters_demo_template, tmp_path)


def pdf_text(data: bytes) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(data)).pages)


def pdf_pages(data: bytes) -> int:
    return len(PdfReader(io.BytesIO(data)).pages)


# The smallest valid files of each accepted kind (and one that is not).
PNG = (
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00"
    b"\x1f\x15\xc4\x89\x00\x00\x00\rIDATx\x9cc\xf8\xcf\xc0\xf0\x1f\x00\x05\x00\x01\xff\x89\x99"
    b"=\x1d\x00\x00\x00\x00IEND\xaeB`\x82"
)
