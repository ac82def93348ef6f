"""Fixtures of the document tests: sample data, a template library, PDF inspection."""

from __future__ import annotations

import io
from collections.abc import Callable
from datetime import date, time
from decimal import Decimal
from typing import Any

import pytest
from pypdf import PdfReader

from debtdesk.documents.templates import TemplateLibrary


@pytest.fixture
def sample_data() -> dict[str, Any]:
    """Data the internal ``_sample`` template needs (every field of its meta.toml)."""
    return {
        "debtor": {
            "full_name": "Құрманғазы Әлия Серікқызы",
            "iin": "850101400123",
            "address": "Алматы қ., Абай даңғылы, 10, 25 пәтер",
        },
        "creditor": {"name": "«Отбасы банк» АҚ", "address": "Астана қ., Қонаев к-сі, 12"},
        "loan": {"contract_no": "ИЖ-2014/0571"},
        "amount": Decimal("1234567.89"),
        "outgoing_no": "2026/017",
        "hearing": {
            "date": date(2026, 3, 16),
            "time": time(10, 30),
            "court": "Алматы қаласы Медеу аудандық соты",
            "room": "12",
        },
        "documents": [
            {"name": "Жеке куәлік", "ready": True},
            {"name": "Несие шарты", "ready": False},
        ],
        "attendees": ["Айгүл Б.", "Нұрлан Қ."],
        "payments": [
            {"date": date(2025, 12, 1), "purpose": "Негізгі борыш", "amount": Decimal("150000")},
            {"date": date(2026, 1, 5), "purpose": "Сыйақы", "amount": Decimal("42500.50")},
        ],
        "advisor": {"name": "Ерлан Тоқтаров"},
        "today": date(2026, 3, 2),
    }


@pytest.fixture
def library() -> TemplateLibrary:
    return TemplateLibrary()


@pytest.fixture
def pdf_text() -> Callable[[bytes], str]:
    """Text of every page of a PDF, as pypdf extracts it."""

    def extract(pdf: bytes) -> str:
        reader = PdfReader(io.BytesIO(pdf))
        return "\n".join(page.extract_text() or "" for page in reader.pages)

    return extract


@pytest.fixture
def pdf_fonts() -> Callable[[bytes], list[dict[str, Any]]]:
    """Every font dictionary in the pages' /Resources /Font, resolved."""

    def fonts(pdf: bytes) -> list[dict[str, Any]]:
        reader = PdfReader(io.BytesIO(pdf))
        found = []
        for page in reader.pages:
            resources = page["/Resources"].get_object()
            for ref in resources.get("/Font", {}).values():
                found.append(ref.get_object())
        return found

    return fonts


@pytest.fixture
def page_count() -> Callable[[bytes], int]:
    return lambda pdf: len(PdfReader(io.BytesIO(pdf)).pages)
