"""Letters printed in a batch travel with their own pages only, never the merged file."""

from __future__ import annotations

import base64
import hashlib
import io
import json
from typing import Any

import pytest
from pypdf import PdfReader
from sqlalchemy import func, select

from debtdesk.bundle import export_bundle, import_bundle, parse_bundle, render
from debtdesk.db import Database
from debtdesk.documents.batch import BatchResult, batch_letters
from debtdesk.documents.register import document_pdf
from debtdesk.model import Document, PrintBatch
from tests.core.documents.test_context import make_case, simple_library

BODY = """::title {{ outgoing_no }}
{{ debtor.full_name }}

{% if lang == 'kk' %}
::pagebreak
{{ debtor.full_name }} — 2
{% endif %}
"""

# A, B (Kazakh: two pages) and C, printed in this order in one batch.
PEOPLE = (("Алпысбаев Марат", "ru"), ("Бекова Айгүл", "kk"), ("Сидоров Иван", "en"))
NAMES = [name for name, _lang in PEOPLE]


def text_of(pdf: bytes) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(pdf)).pages)


def dump(db: Database, ids: list[int] | None = None) -> str:
    with db.session() as s:
        return render(export_bundle(s, ids))


def without_stamp(text: str) -> str:
    return "\n".join(line for line in text.splitlines() if not line.startswith('  "exported_at"'))


@pytest.fixture
def batch(db: Database, tmp_path: Any, today: Any) -> tuple[BatchResult, list[int]]:
    lib = simple_library(tmp_path / "t", key="_t_notice", recipient="debtor", body=BODY)
    ids = [make_case(db, name=name, lang=lang).id for name, lang in PEOPLE]
    with db.session() as s:
        result = batch_letters(s, "_t_notice", ids, library=lib)
    return result, ids


def letters_of(data: dict[str, Any], name: str) -> list[dict[str, Any]]:
    (case,) = [c for c in data["cases"] if c["debtor"]["full_name"] == name]
    return case["documents"]


def test_a_case_exports_its_own_letter_not_the_batch(db: Database, batch: Any) -> None:
    result, ids = batch
    text = dump(db, [ids[1]])  # debtor B's case alone
    data = json.loads(text)
    (letter,) = letters_of(data, NAMES[1])
    pdf = base64.b64decode(letter["pdf"])
    own = text_of(pdf)
    assert NAMES[1] in own and letter["outgoing_no"] in own
    assert NAMES[0] not in own and NAMES[2] not in own
    assert (letter["first_page"], letter["last_page"]) == (2, 3)
    assert letter["file_hash"] == hashlib.sha256(pdf).hexdigest() != result.file_hash
    assert base64.b64encode(result.pdf).decode() not in text
    assert not [key for key in letter if "batch" in key]  # the batch stays at home
    with db.session() as s:  # the same bytes the register hands out as B's letter
        assert document_pdf(s, letter_id(s, letter["uuid"])) == pdf


def letter_id(s: Any, uuid: str) -> int:
    return s.scalar(select(Document.id).where(Document.uuid == uuid))


def test_every_case_of_a_full_export_has_only_its_own_letter(db: Database, batch: Any) -> None:
    _result, _ids = batch
    data = json.loads(dump(db))
    for name in NAMES:
        (letter,) = letters_of(data, name)
        own = text_of(base64.b64decode(letter["pdf"]))
        assert [n for n in NAMES if n in own] == [name]


def test_batch_letters_make_the_round_trip_as_letters_alone(
    db: Database, other_db: Database, batch: Any
) -> None:
    _result, _ids = batch
    first = dump(db)
    with other_db.session() as s:
        summary = import_bundle(s, parse_bundle(first))
    assert len(summary.imported) == 3
    second = dump(other_db)
    assert without_stamp(first) == without_stamp(second)
    with other_db.session() as s:
        assert s.scalar(select(func.count()).select_from(PrintBatch)) == 0
        docs = s.scalars(select(Document).order_by(Document.outgoing_no)).all()
        assert [d.batch_id for d in docs] == [None] * 3
        assert [(d.first_page, d.last_page) for d in docs] == [(1, 1), (2, 3), (4, 4)]
        for doc, name in zip(docs, NAMES, strict=True):
            pdf = document_pdf(s, doc.id)
            assert doc.pdf == pdf and doc.file_hash == hashlib.sha256(pdf).hexdigest()
            assert [n for n in NAMES if n in text_of(pdf)] == [name]
