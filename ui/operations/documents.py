"""Documents operations: the letter wizard, batches, the Letters register and incoming papers.

Every function opens one session (``action``) and returns frozen dataclasses
or bytes, so the widgets and the worker threads that call them never hold ORM
objects. Rendering a letter takes a few hundred milliseconds and a batch
minutes: the widgets call ``preview_letter``, ``register_letter`` and
``run_batch`` through ``ui.workers.Worker``; each opens its own session on the
worker thread (the engine's pool gives each thread its own connection).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from debtdesk.documents.choices import CaseLetters, Recipient, TemplateChoice
from debtdesk.documents.listing import ALL_LETTERS, LetterFilters
from debtdesk.documents.register import DocumentRow
from debtdesk.services.attachments import MAX_SIZE, AttachmentInfo
from ui.operations.base import action as _action
from ui.operations.letters import LetterRow, letters_of

if TYPE_CHECKING:
    from debtdesk.db.database import Database

__all__ = [
    "ALL_LETTERS",
    "MAX_SIZE",
    "AttachmentInfo",
    "BatchOutcome",
    "CaseLetters",
    "DocumentRow",
    "LetterFilters",
    "LetterRow",
    "NewLetter",
    "Paper",
    "PaperFile",
    "Recipient",
    "RegisteredLetter",
    "TemplateChoice",
    "TemplateSummary",
    "add_paper",
    "batch_templates",
    "case_events",
    "count_letters",
    "hearing_cases",
    "letter_choices",
    "mark_sent",
    "paper_file",
    "papers_of",
    "preview_letter",
    "register_letter",
    "reply_received",
    "run_batch",
    "search_letters",
    "used_templates",
]


# --- the wizard ---------------------------------------------------------------------------


@dataclass(frozen=True)
class NewLetter:
    """What the wizard asks the register for."""

    case_id: int
    template: str
    language: str
    fields: tuple[tuple[str, str], ...] = ()
    sent_on: date | None = None  # handed in or posted: starts the reply deadline


@dataclass(frozen=True)
class RegisteredLetter:
    document_id: int
    outgoing_no: str
    pdf: bytes
    pages: int
    reply_due: date | None
    follow_up: bool  # the reply date is a reminder, not a legal time limit


def letter_choices(db: Database, case_id: int, lang: str) -> CaseLetters:
    """The case's name and language and every template, with what each still needs."""
    from debtdesk.documents import choices

    with _action(db) as s:
        return choices.letter_choices(s, case_id, lang=lang)


def preview_letter(db: Database, letter: NewLetter) -> bytes:
    """The letter's PDF numbered ``DD-PREVIEW``; nothing is registered (read-only)."""
    from debtdesk.documents import choices

    with _action(db) as s:
        pdf = choices.preview_letter(
            s, letter.template, letter.case_id, lang=letter.language, fields=dict(letter.fields)
        )
        s.rollback()
    return pdf


def register_letter(db: Database, letter: NewLetter) -> RegisteredLetter:
    """Render the letter with its outgoing number and register it (and its reply date)."""
    from debtdesk.documents.register import create_letter, reply_deadline

    with _action(db) as s:
        made = create_letter(
            s,
            letter.template,
            letter.case_id,
            lang=letter.language,
            fields=dict(letter.fields),
            sent_on=letter.sent_on,
        )
        deadline = reply_deadline(s, made.document_id)
        return RegisteredLetter(
            made.document_id,
            made.outgoing_no,
            made.pdf,
            made.pages,
            deadline.due_date if deadline is not None else None,
            bool(deadline.manual) if deadline is not None else False,
        )


# --- batches ------------------------------------------------------------------------------


@dataclass(frozen=True)
class TemplateSummary:
    key: str
    title: str
    category: str
    recipient_kind: str
    fields: tuple[str, ...]  # free-text parts every letter of the batch needs
    optional_fields: tuple[str, ...]


@dataclass(frozen=True)
class BatchOutcome:
    pdf: bytes
    letters: int
    first_no: str
    last_no: str
    pages: int
    case_ids: tuple[int, ...]  # in print order
    skipped: tuple[tuple[int, str], ...]  # (case id, why) left out


def batch_templates(lang: str) -> list[TemplateSummary]:
    """Every letter template (a batch has no single case to filter by)."""
    from debtdesk.documents.choices import FIELD_PREFIX
    from debtdesk.documents.context import letter_library, raw_meta

    library = letter_library()
    out = []
    for key in library.template_keys():
        info = library.info(key)
        optional = raw_meta(library, key).get("optional_fields") or []
        out.append(
            TemplateSummary(
                key,
                info.title(lang),
                info.category,
                info.recipient,
                tuple(p[len(FIELD_PREFIX) :] for p in info.fields if p.startswith(FIELD_PREFIX)),
                tuple(str(f) for f in optional if isinstance(f, str)),
            )
        )
    return out


def hearing_cases(db: Database, days: int) -> list[int]:
    """Cases with a hearing from today to ``days`` days later, soonest first."""
    from debtdesk.documents.batch import cases_with_hearings_within

    with _action(db) as s:
        return cases_with_hearings_within(s, days)


def run_batch(
    db: Database,
    template: str,
    case_ids: Sequence[int],
    *,
    lang: str | None = None,
    fields: dict[str, str] | None = None,
    skip_incomplete: bool = False,
    progress: Callable[[int, int], None] | None = None,
    cancel: Callable[[], bool] | None = None,
) -> BatchOutcome:
    """One merged PDF of a letter to each case, every letter registered (or none: cancel)."""
    from sqlalchemy import select

    from debtdesk.documents.batch import batch_letters
    from debtdesk.model import Document

    with _action(db) as s:
        result = batch_letters(
            s,
            template,
            list(case_ids),
            lang=lang,
            fields=fields,
            progress=progress,
            cancel=cancel,
            skip_incomplete=skip_incomplete,
        )
        ids = [doc_id for doc_id, *_rest in result.letters]
        owners = dict(
            s.execute(select(Document.id, Document.debtor_id).where(Document.id.in_(ids))).all()
        )
    printed = tuple(owners[doc_id] for doc_id, *_rest in result.letters)
    return BatchOutcome(
        result.pdf,
        len(result.letters),
        result.letters[0][1],
        result.letters[-1][1],
        result.letters[-1][3],
        printed,
        tuple(result.skipped),
    )


# --- the register -------------------------------------------------------------------------


def search_letters(
    db: Database, filters: LetterFilters = ALL_LETTERS, limit: int = 50, offset: int = 0
) -> list[DocumentRow]:
    """One page of the letter register, newest first."""
    from debtdesk.documents import listing

    with _action(db) as s:
        return listing.search_letters(s, filters, limit, offset)


def count_letters(db: Database, filters: LetterFilters = ALL_LETTERS, cap: int = 0) -> int:
    from debtdesk.documents import listing

    with _action(db) as s:
        return listing.count_letters(s, filters, cap)


def used_templates(db: Database, lang: str) -> list[tuple[str, str]]:
    """(key, title) of the templates found in the register, for the type filter."""
    from debtdesk.documents import listing
    from debtdesk.documents.context import letter_library
    from debtdesk.documents.errors import TemplateError

    with _action(db) as s:
        keys = listing.used_templates(s)
    library = letter_library()
    out = []
    for key in keys:
        try:
            out.append((key, library.info(key).title(lang)))
        except TemplateError:
            out.append((key, key))
    return out


# --- incoming papers ----------------------------------------------------------------------


@dataclass(frozen=True)
class Paper:
    """One line of a case's papers: an outgoing letter or an incoming scan or photo."""

    kind: str  # "letter" or "attachment"
    id: int
    on: date
    title: str
    detail: str  # the letter's addressee and number, or the file name
    mime_type: str
    size: int | None
    document_id: int | None  # the letter an attachment answers, or the letter itself
    event_id: int | None
    letter: LetterRow | None = None  # a letter's number, language and dates

    @property
    def is_image(self) -> bool:
        return self.mime_type.startswith("image/")


@dataclass(frozen=True)
class PaperFile:
    file_name: str
    mime_type: str
    data: bytes


def papers_of(db: Database, case_id: int, lang: str) -> list[Paper]:
    """The case's outgoing letters and incoming papers, newest first (two reads)."""
    from debtdesk.services.attachments import list_attachments

    papers = [
        Paper(
            "letter",
            r.id,
            r.created_on,
            r.title,
            " · ".join(x for x in (r.outgoing_no, r.recipient or "") if x),
            "application/pdf",
            None,
            r.id,
            None,
            r,
        )
        for r in letters_of(db, case_id, lang)
    ]
    with _action(db) as s:
        attachments = list_attachments(s, case_id)
    papers += [
        Paper(
            "attachment",
            a.id,
            a.created_at.date(),
            a.file_name,
            a.file_name,
            a.mime_type,
            a.size,
            a.document_id,
            a.event_id,
        )
        for a in attachments
    ]
    papers.sort(key=lambda p: (p.on, p.kind == "attachment", p.id), reverse=True)
    return papers


def paper_file(db: Database, paper: Paper) -> PaperFile:
    """The bytes of a letter (its own pages) or an attachment."""
    from debtdesk.services.attachments import attachment_content
    from ui.operations.letters import letter_pdf

    if paper.kind == "letter":
        letter = letter_pdf(db, paper.id)
        return PaperFile(letter.file_name, "application/pdf", letter.data)
    with _action(db) as s:
        name, mime, data = attachment_content(s, paper.id)
    return PaperFile(name, mime, data)


def add_paper(
    db: Database,
    case_id: int,
    file_name: str,
    content: bytes,
    *,
    event_id: int | None = None,
    document_id: int | None = None,
) -> int:
    """Store a scan or photo of case ``case_id``; returns its id (ValidationError if refused)."""
    from debtdesk.services.attachments import add_attachment

    with _action(db) as s:
        return add_attachment(
            s, case_id, file_name, content, event_id=event_id, document_id=document_id
        ).id


def reply_received(
    db: Database,
    document_id: int,
    on: date,
    reply: tuple[str, bytes] | None = None,
) -> None:
    """The reply came on ``on``; ``reply`` (file name, bytes) is attached to the letter at once.

    One action: a refused file leaves the letter still awaiting its reply.
    """
    from debtdesk.documents import register
    from debtdesk.model import Document
    from debtdesk.services import records
    from debtdesk.services.attachments import add_attachment

    with _action(db) as s:
        register.mark_reply_received(s, document_id, on)
        if reply is not None:
            doc = records.get(s, Document, document_id)
            add_attachment(s, doc.debtor_id, reply[0], reply[1], document_id=doc.id)


def case_events(db: Database, case_id: int) -> list[tuple[int, date, str]]:
    """(id, date, kind) of the case's events, newest first: what a paper can belong to."""
    from sqlalchemy import select

    from debtdesk.model import Event

    with _action(db) as s:
        rows = s.execute(
            select(Event.id, Event.date, Event.kind)
            .where(Event.debtor_id == int(case_id))
            .order_by(Event.date.desc(), Event.id.desc())
        ).all()
    return [(r.id, r.date, str(r.kind)) for r in rows]


def mark_sent(db: Database, document_id: int, on: date) -> date | None:
    """The letter went out on ``on``; its (provisional) reply date, if it waits for one."""
    from ui.operations.letters import mark_sent as _mark_sent

    return _mark_sent(db, document_id, on)
