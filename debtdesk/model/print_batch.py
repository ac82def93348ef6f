"""A batch print: the one merged PDF of many letters, stored once.

Every letter of the batch is a ``Document`` of its own case that points here
(``Document.batch_id``) with the pages it has in this file. The file holds
other debtors' letters, so it is never part of a case: no bundle carries it,
and a letter is handed out as its own pages only
(``debtdesk.documents.register.document_pdf``).
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import Date, Integer, LargeBinary, String
from sqlalchemy.orm import Mapped, deferred, mapped_column

from debtdesk.model.base import Entity


class PrintBatch(Entity):
    __tablename__ = "print_batch"

    template: Mapped[str] = mapped_column(String(64))
    created_on: Mapped[date] = mapped_column(Date)
    letters: Mapped[int] = mapped_column(Integer)
    pages: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64), unique=True)
    pdf: Mapped[bytes] = deferred(mapped_column(LargeBinary, nullable=False))
