"""Letters operations: the register of a case's letters, their stored PDFs and their dates.

Recording when the addressee received a letter (the stamped copy's date)
recomputes its reply deadline from that day (``documents.register``); the
result gives the new reply date so the tab can say it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from ui.operations.base import action as _action

if TYPE_CHECKING:
    from debtdesk.db.database import Database

__all__ = [
    "LetterFile",
    "LetterRow",
    "letter_pdf",
    "letters_of",
    "mark_received",
    "mark_reply_received",
    "mark_sent",
]


@dataclass(frozen=True)
class LetterRow:
    id: int
    outgoing_no: str
    created_on: date
    template: str
    title: str  # the template's title in the interface language
    language: str
    recipient: str | None
    sent_on: date | None
    received_on: date | None
    reply_on: date | None
    reply_due: date | None
    provisional: bool  # reply due counted from the sent date until "received" is known
    follow_up: bool  # a reminder, not a legal time limit
    in_batch: bool  # pages of a batch print (cut out when opened)

    @property
    def awaiting_reply(self) -> bool:
        return self.reply_due is not None and self.reply_on is None


@dataclass(frozen=True)
class LetterFile:
    """A letter's PDF and the file name to offer for it."""

    file_name: str
    data: bytes


def letters_of(db: Database, case_id: int, lang: str) -> list[LetterRow]:
    """The case's registered letters, newest first."""
    from debtdesk.documents.context import letter_library
    from debtdesk.documents.errors import TemplateError
    from debtdesk.documents.register import list_documents

    with _action(db) as s:
        rows = list_documents(s, case_id=case_id)
    library = letter_library()
    titles: dict[str, str] = {}
    for key in {r.template for r in rows}:
        try:
            titles[key] = library.info(key).title(lang)
        except TemplateError:  # the template was removed or renamed since it was printed
            titles[key] = key
    return [
        LetterRow(
            id=r.id,
            outgoing_no=r.outgoing_no,
            created_on=r.created_on,
            template=r.template,
            title=titles[r.template],
            language=r.language,
            recipient=r.recipient,
            sent_on=r.sent_on,
            received_on=r.received_on,
            reply_on=r.reply_on,
            reply_due=r.reply_due,
            provisional=r.provisional,
            follow_up=r.follow_up,
            in_batch=r.first_page is not None,
        )
        for r in reversed(rows)
    ]


def letter_pdf(db: Database, document_id: int) -> LetterFile:
    """The letter's own PDF (its pages only, for a letter printed in a batch)."""
    from debtdesk.documents.register import document_pdf
    from debtdesk.model import Document
    from debtdesk.services import records

    with _action(db) as s:
        data = document_pdf(s, document_id)
        doc = records.get(s, Document, document_id)
        name = f"{doc.outgoing_no}-{doc.template}.pdf"
    safe = "".join(c if c.isalnum() or c in "-_." else "-" for c in name)
    return LetterFile(safe, data)


def mark_sent(db: Database, document_id: int, on: date) -> date | None:
    """The letter went out; returns its (provisional) reply date, if it waits for one."""
    from debtdesk.documents import register

    with _action(db) as s:
        deadline = register.mark_sent(s, document_id, on)
        return deadline.due_date if deadline is not None else None


def mark_received(db: Database, document_id: int, on: date) -> date | None:
    """The addressee received it on ``on``; returns the reply date recomputed from that day."""
    from debtdesk.documents import register

    with _action(db) as s:
        deadline = register.mark_received(s, document_id, on)
        return deadline.due_date if deadline is not None else None


def mark_reply_received(db: Database, document_id: int, on: date) -> None:
    """The reply came: its date is recorded and the reply deadline marked done."""
    from debtdesk.documents import register

    with _action(db) as s:
        register.mark_reply_received(s, document_id, on)
