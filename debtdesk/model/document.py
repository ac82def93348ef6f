"""The register of outgoing letters, with the PDF bytes themselves.

A letter printed alone keeps its own PDF in ``Document.pdf`` and, in
``file_hash``, that file's SHA-256.

A letter printed in a batch (``debtdesk.documents.batch``) has ``batch_id``
set and ``pdf`` NULL: the merged file of the whole batch is stored once, in
its ``PrintBatch``, and the letter is pages ``first_page``..``last_page`` of
it. Its ``file_hash`` is the SHA-256 of that merged file (``PrintBatch.sha256``),
the file that was actually printed: a letter's own pages are cut out only when
asked for, and a cut-out copy is a new PDF whose bytes were never printed.

A batch letter that came in a bundle is a single letter (``batch_id`` NULL)
holding only its own pages, with their SHA-256 as ``file_hash``; ``first_page``
and ``last_page`` still say where they were in the batch it was printed in.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import Date, ForeignKey, Integer, LargeBinary, String, UniqueConstraint
from sqlalchemy.orm import Mapped, deferred, mapped_column, relationship

from debtdesk.model.base import Entity

if TYPE_CHECKING:
    from debtdesk.model.debtor import Debtor


class Document(Entity):
    __tablename__ = "document"
    __table_args__ = (UniqueConstraint("outgoing_no"),)

    debtor_id: Mapped[int] = mapped_column(ForeignKey("debtor.id", ondelete="CASCADE"), index=True)
    proceeding_id: Mapped[int | None] = mapped_column(
        ForeignKey("proceeding.id", ondelete="SET NULL"), index=True
    )
    template: Mapped[str] = mapped_column(String(64))
    language: Mapped[str] = mapped_column(String(2))
    recipient: Mapped[str | None] = mapped_column(String(300))
    recipient_kind: Mapped[str | None] = mapped_column(String(16))
    outgoing_no: Mapped[str] = mapped_column(String(32))
    year: Mapped[int] = mapped_column(Integer)
    seq: Mapped[int] = mapped_column(Integer)
    created_on: Mapped[date] = mapped_column(Date, index=True)
    sent_on: Mapped[date | None] = mapped_column(Date)
    received_on: Mapped[date | None] = mapped_column(Date)  # by the addressee (stamped copy)
    reply_on: Mapped[date | None] = mapped_column(Date)
    # SHA-256 of ``pdf``; of the batch's merged file for a letter of a batch.
    file_hash: Mapped[str | None] = mapped_column(String(64))
    # The batch print this letter is part of (its merged PDF holds the pages).
    batch_id: Mapped[int | None] = mapped_column(
        ForeignKey("print_batch.id", ondelete="RESTRICT"), index=True
    )
    # Pages of this letter inside a batch PDF (first, last), when made in a batch.
    first_page: Mapped[int | None] = mapped_column(Integer)
    last_page: Mapped[int | None] = mapped_column(Integer)
    # The letter's own PDF; NULL for a letter of a batch (see ``batch_id``).
    pdf: Mapped[bytes | None] = deferred(mapped_column(LargeBinary))

    debtor: Mapped[Debtor] = relationship()


class Attachment(Entity):
    """A scan or photo of an incoming paper (decision, bank reply, notice)."""

    __tablename__ = "attachment"

    debtor_id: Mapped[int] = mapped_column(ForeignKey("debtor.id", ondelete="CASCADE"), index=True)
    event_id: Mapped[int | None] = mapped_column(
        ForeignKey("event.id", ondelete="SET NULL"), index=True
    )
    document_id: Mapped[int | None] = mapped_column(
        ForeignKey("document.id", ondelete="SET NULL"), index=True
    )
    file_name: Mapped[str] = mapped_column(String(255))
    mime_type: Mapped[str] = mapped_column(String(100))
    size: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64))
    content: Mapped[bytes] = deferred(mapped_column(LargeBinary))
