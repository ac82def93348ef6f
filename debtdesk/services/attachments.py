"""Incoming papers: scans and photos of decisions, bank replies and notices, kept in the database.

Advisors photograph what the debtor brings to the meeting; the file is stored
whole (``Attachment.content``) so every laptop of the group sees it and a
bundle carries it. Only PDF, JPEG and PNG are accepted, recognised by their
first bytes rather than the name's extension: a file renamed ``.pdf`` that is
something else would open as garbage (or as a program) on another laptop. The
size is bounded so one phone video sent by mistake cannot swell the database
every advisor copies and backs up.

Each attachment belongs to a case and, optionally, to one of its events (the
hearing the decision came from) or letters (the reply to it).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import PurePosixPath, PureWindowsPath
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from debtdesk.errors import ValidationError
from debtdesk.i18n import _
from debtdesk.model import Attachment, Debtor, Document, Event
from debtdesk.services import audit, records
from debtdesk.text import has_control_chars
from debtdesk.vocab import AuditAction

# A phone photo is 2–8 MB, a scanned decision of 30 pages about 10 MB.
MAX_SIZE = 20 * 1024 * 1024
MAX_NAME = 255  # Attachment.file_name

# First bytes of each accepted kind and the type stored for it.
_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "application/pdf"),
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"\x89PNG\r\n\x1a\n", "image/png"),
)
MIME_TYPES = tuple(mime for _sig, mime in _SIGNATURES)
EXTENSIONS = {"application/pdf": ".pdf", "image/jpeg": ".jpg", "image/png": ".png"}


@dataclass(frozen=True)
class AttachmentInfo:
    """An attachment without its bytes (for lists)."""

    id: int
    debtor_id: int
    event_id: int | None
    document_id: int | None
    file_name: str
    mime_type: str
    size: int
    created_at: Any

    @property
    def is_image(self) -> bool:
        return self.mime_type.startswith("image/")


def sniff_type(content: bytes) -> str | None:
    """The MIME type of an accepted file from its first bytes, or None."""
    for signature, mime in _SIGNATURES:
        if content.startswith(signature):
            return mime
    return None


def clean_name(file_name: str) -> str:
    """The file's own name (no folders), checked: what the list and a saved copy show."""
    text = str(file_name or "").strip()
    # Either kind of separator: a name typed on Windows may reach a Linux laptop.
    name = PureWindowsPath(PurePosixPath(text).name).name.strip()
    if not name:
        raise ValidationError("file_name", _("the file has no name"))
    if has_control_chars(name):
        raise ValidationError("file_name", _("the file name holds control characters"))
    if len(name) > MAX_NAME:
        stem, dot, ext = name.rpartition(".")
        keep = MAX_NAME - len(ext) - 1 if dot and len(ext) <= 10 else MAX_NAME
        name = (stem[:keep] + "." + ext) if dot and len(ext) <= 10 else name[:keep]
    return name


def check_content(content: bytes) -> str:
    """Refuse empty, oversized or unaccepted files; returns the MIME type."""
    if not content:
        raise ValidationError("content", _("the file is empty"))
    if len(content) > MAX_SIZE:
        raise ValidationError(
            "size",
            _("the file is {size} MB; at most {max} MB can be attached").format(
                size=round(len(content) / 1024 / 1024, 1), max=MAX_SIZE // 1024 // 1024
            ),
        )
    mime = sniff_type(content)
    if mime is None:
        raise ValidationError(
            "mime_type", _("only PDF, JPEG and PNG files can be attached (scans and photos)")
        )
    return mime


def add_attachment(
    session: Session,
    debtor_id: int,
    file_name: str,
    content: bytes,
    *,
    event_id: int | None = None,
    document_id: int | None = None,
) -> Attachment:
    """Store a paper of case ``debtor_id``, optionally of one of its events or letters."""
    records.get(session, Debtor, debtor_id)
    name = clean_name(file_name)
    mime = check_content(content)
    if event_id is not None:
        event = session.get(Event, int(event_id))
        if event is None or event.debtor_id != debtor_id:
            raise ValidationError(
                "event_id", _("no such event in this case: {id}").format(id=event_id)
            )
    if document_id is not None:
        doc = session.get(Document, int(document_id))
        if doc is None or doc.debtor_id != debtor_id:
            raise ValidationError(
                "document_id", _("no such letter in this case: {id}").format(id=document_id)
            )
    attachment = Attachment(
        debtor_id=debtor_id,
        event_id=event_id,
        document_id=document_id,
        file_name=name,
        mime_type=mime,
        size=len(content),
        sha256=hashlib.sha256(content).hexdigest(),
        content=content,
    )
    session.add(attachment)
    session.flush()
    changed = ["file_name", "mime_type", "size", "sha256", "content"]
    changed += [k for k in ("event_id", "document_id") if getattr(attachment, k) is not None]
    audit.record(session, attachment, AuditAction.CREATE, changed, debtor_id=debtor_id)
    return attachment


def list_attachments(session: Session, debtor_id: int) -> list[AttachmentInfo]:
    """The case's papers, newest first, without their bytes."""
    rows = session.execute(
        select(
            Attachment.id,
            Attachment.debtor_id,
            Attachment.event_id,
            Attachment.document_id,
            Attachment.file_name,
            Attachment.mime_type,
            Attachment.size,
            Attachment.created_at,
        )
        .where(Attachment.debtor_id == int(debtor_id))
        .order_by(Attachment.created_at.desc(), Attachment.id.desc())
    )
    return [AttachmentInfo(*row) for row in rows]


def attachment_content(session: Session, attachment_id: int) -> tuple[str, str, bytes]:
    """(file name, MIME type, bytes) of an attachment."""
    attachment = records.get(session, Attachment, attachment_id)
    return attachment.file_name, attachment.mime_type, attachment.content


def delete_attachment(
    session: Session, attachment_id: int, *, expected_version: int | None = None
) -> None:
    records.delete(
        session, records.get(session, Attachment, attachment_id), expected_version=expected_version
    )
