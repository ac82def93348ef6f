"""Incoming papers: PDF, JPEG and PNG only (by content), bounded size, of the case's own events."""

from __future__ import annotations

import hashlib
from datetime import date

import pytest
from sqlalchemy import func, select

from debtdesk.db import Database
from debtdesk.errors import ValidationError
from debtdesk.model import Attachment, AuditEntry
from debtdesk.services import attachments
from debtdesk.services.attachments import (
    MAX_SIZE,
    add_attachment,
    attachment_content,
    delete_attachment,
    list_attachments,
)
from debtdesk.services.debtors import create_debtor
from debtdesk.services.proceedings import add_event

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
JPEG = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + b"\x00" * 32
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 32


@pytest.fixture
def cases(db: Database) -> tuple[int, int, int]:
    """Two cases and an event of the first: (case, other case, event)."""
    with db.session() as s:
        one = create_debtor(s, {"full_name": "Иванова Мария"}).id
        two = create_debtor(s, {"full_name": "Ахметов Данияр"}).id
        event = add_event(s, one, {"kind": "decision_final_form", "date": date(2026, 11, 2)}).id
    return one, two, event


def test_accepted_kinds_are_stored_whole_with_their_type(db: Database, cases) -> None:
    one, _two, event = cases
    with db.session() as s:
        a = add_attachment(s, one, "C:\\Scans\\решение суда.pdf", PDF, event_id=event)
        b = add_attachment(s, one, "/home/a/photo.JPG", JPEG)
        c = add_attachment(s, one, "reply.png", PNG)
        ids = (a.id, b.id, c.id)
    with db.session() as s:
        rows = {r.id: r for r in list_attachments(s, one)}
        assert [r.id for r in list_attachments(s, one)] == sorted(ids, reverse=True)
        assert (rows[ids[0]].file_name, rows[ids[0]].mime_type) == (
            "решение суда.pdf",
            "application/pdf",
        )
        assert rows[ids[0]].event_id == event
        assert (rows[ids[1]].file_name, rows[ids[1]].mime_type) == ("photo.JPG", "image/jpeg")
        assert rows[ids[2]].mime_type == "image/png" and rows[ids[2]].is_image
        assert attachment_content(s, ids[0]) == ("решение суда.pdf", "application/pdf", PDF)
        stored = s.get(Attachment, ids[1])
        assert stored.size == len(JPEG) and stored.sha256 == hashlib.sha256(JPEG).hexdigest()
        audit = s.scalars(
            select(AuditEntry).where(
                AuditEntry.entity == "attachment", AuditEntry.entity_id == ids[0]
            )
        ).one()
        assert audit.debtor_id == one and "event_id" in audit.changed


@pytest.mark.parametrize(
    ("name", "content", "field", "words"),
    [
        ("notes.pdf", b"just text renamed to .pdf", "mime_type", "only PDF, JPEG and PNG"),
        ("virus.exe", b"MZ\x90\x00" + b"\x00" * 64, "mime_type", "only PDF, JPEG and PNG"),
        ("empty.pdf", b"", "content", "empty"),
        ("big.pdf", b"%PDF-" + b"\x00" * MAX_SIZE, "size", "at most 20 MB"),
        ("   ", PDF, "file_name", "no name"),
        ("a\x00b.pdf", PDF, "file_name", "control characters"),
    ],
)
def test_refused_files_name_their_field_and_store_nothing(
    db: Database, cases, name: str, content: bytes, field: str, words: str
) -> None:
    one, _two, _event = cases
    with pytest.raises(ValidationError) as caught, db.session() as s:
        add_attachment(s, one, name, content)
    assert caught.value.field == field and words in caught.value.message
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(Attachment)) == 0


def test_an_event_of_another_case_is_refused(db: Database, cases) -> None:
    _one, two, event = cases
    with pytest.raises(ValidationError) as caught, db.session() as s:
        add_attachment(s, two, "x.pdf", PDF, event_id=event)
    assert caught.value.field == "event_id"


def test_a_long_name_keeps_its_extension(db: Database, cases) -> None:
    one, _two, _event = cases
    with db.session() as s:
        a = add_attachment(s, one, "я" * 400 + ".jpeg", JPEG)
        assert len(a.file_name) == attachments.MAX_NAME and a.file_name.endswith(".jpeg")
        delete_attachment(s, a.id)
    with db.session() as s:
        assert list_attachments(s, one) == []
