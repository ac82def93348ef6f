"""Batch letters: one print-ready PDF for many debtors, each letter registered.

The letters are rendered once, as one document (``render_many``), and every
letter is registered with the pages it has in that file. A large batch is laid
out by two processes, a helper taking the last letters (see
``documents.parallel``): the file and the register are the same.

Storage: the merged PDF is stored once, in a ``PrintBatch`` row. Every
Document of the batch points to it (``batch_id``), keeps its own
``first_page`` and ``last_page``, stores no bytes of its own (``pdf`` NULL),
and has as ``file_hash`` the SHA-256 of the merged file: the file that was
printed. A letter's own pages cannot be hashed without cutting them out, and
a cut-out copy is a new file that was never printed. Storage therefore grows
with the pages printed, not with pages × letters (a thousand separately stored
letters would each carry their own embedded fonts: about 90 KB a letter
instead of 2–4 KB), and nothing is rendered twice.

Privacy: the merged file holds every debtor's letter of the batch, so it is
never handed out as one letter's file. ``register.document_pdf`` cuts a
letter's own pages out of it when someone needs them (to view, print again or
export the case in a bundle); ``register.batch_pdf`` gives the whole batch,
for reprinting it. The ``PrintBatch`` is not part of any case: no bundle
carries it.

All-or-nothing: the whole batch is one part of the caller's transaction, and a
cancelled batch (``cancel()`` returning True) gives its numbers back and raises
``BatchCancelled`` before anything is registered.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from debtdesk.clock import today as clock_today
from debtdesk.documents.context import (
    PREVIEW_NO,
    Shared,
    build_context,
    check_lang,
    choose,
    letter_library,
    load_cases,
)
from debtdesk.documents.errors import TemplateError
from debtdesk.documents.parallel import Helper, HelperFailed, helper_share, start_helper
from debtdesk.documents.pdf import Letter, PdfMeta, collector_paused, render_many
from debtdesk.documents.register import NewDocument, add_documents, allocate_numbers, check_data
from debtdesk.documents.templates import TemplateLibrary
from debtdesk.errors import DebtdeskError, ValidationError
from debtdesk.i18n import _
from debtdesk.model import Debtor, Event, PrintBatch
from debtdesk.services import audit
from debtdesk.vocab import AuditAction, EventKind

MAX_BATCH = 5000
Progress = Callable[[int, int], None]
Cancel = Callable[[], bool]


class BatchCancelled(DebtdeskError):
    """The advisor cancelled the batch; nothing was registered."""

    def __init__(self) -> None:
        super().__init__(_("the batch was cancelled; no letter was registered"))


class BatchLetterError(DebtdeskError):
    """One case of the batch cannot get its letter (the whole batch stops)."""

    def __init__(self, case_id: int, name: str, problem: str) -> None:
        super().__init__(
            _("case {id} ({name}): {problem}").format(id=case_id, name=name, problem=problem)
        )
        self.case_id = case_id


@dataclass(frozen=True)
class BatchResult:
    pdf: bytes
    # (document id, outgoing number, first page, last page), in print order
    letters: list[tuple[int, str, int, int]]
    file_hash: str = ""
    # cases left out with ``skip_incomplete`` and why (one line each)
    skipped: list[tuple[int, str]] = field(default_factory=list)
    batch_id: int | None = None  # the PrintBatch holding ``pdf``


def cases_with_hearings_within(session: Session, days: int, on: date | None = None) -> list[int]:
    """Cases with a hearing from ``on`` (today) to ``days`` days later, soonest hearing first."""
    if isinstance(days, bool) or not isinstance(days, int) or not 0 <= days <= 366:
        raise ValidationError("days", _("a number of days from 0 to 366"))
    on = on or clock_today()
    first = func.min(Event.date).label("first")
    rows = session.execute(
        select(Event.debtor_id, first, Debtor.full_name)
        .join(Debtor, Debtor.id == Event.debtor_id)
        .where(
            Event.kind == EventKind.HEARING,
            Event.date >= on,
            Event.date <= on + timedelta(days=days),
        )
        .group_by(Event.debtor_id, Debtor.full_name)
        .order_by(first, Debtor.full_name, Event.debtor_id)
    ).all()
    return [row.debtor_id for row in rows]


def _tick(progress: Progress | None, done: int, total: int) -> None:
    if progress is not None:
        progress(done, total)


def _cancelled(cancel: Cancel | None) -> bool:
    return cancel is not None and bool(cancel())


def batch_letters(
    session: Session,
    template_key: str,
    case_ids: Sequence[int],
    *,
    lang: str | None = None,
    fields: dict[str, str] | None = None,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
    library: TemplateLibrary | None = None,
    skip_incomplete: bool = False,
) -> BatchResult:
    """Letters of ``template_key`` to every case in ``case_ids``, as one registered PDF.

    ``lang`` None writes each debtor in their own language. ``progress(done,
    total)`` counts steps: one per letter prepared, then one per letter laid
    out (reported when the PDF is done). A case whose letter lacks required data
    stops the batch with a one-line error naming the case, unless
    ``skip_incomplete`` leaves it out (listed in ``skipped``).
    """
    # A large batch is laid out in two processes; the helper starts now, so
    # that its start overlaps the database work below (see documents.parallel).
    helper = start_helper(len(case_ids))
    try:
        with collector_paused():  # see pdf.collector_paused: a fifth of a batch's time
            return _batch(
                session,
                template_key,
                case_ids,
                lang=lang,
                fields=fields,
                progress=progress,
                cancel=cancel,
                library=library,
                skip_incomplete=skip_incomplete,
                helper=helper,
            )
    finally:
        if helper is not None:
            helper.close()


def _batch(
    session: Session,
    template_key: str,
    case_ids: Sequence[int],
    *,
    lang: str | None = None,
    fields: dict[str, str] | None = None,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
    library: TemplateLibrary | None = None,
    skip_incomplete: bool = False,
    helper: Helper | None = None,
) -> BatchResult:
    ids = list(dict.fromkeys(int(i) for i in case_ids))
    if not ids:
        raise ValidationError("case_ids", _("no cases chosen for the batch"))
    if len(ids) > MAX_BATCH:
        raise ValidationError("case_ids", _("at most {n} letters in one batch").format(n=MAX_BATCH))
    library = library or letter_library()
    info = library.info(template_key)
    shared = Shared.load(session)
    cases = load_cases(session, ids)
    total = 2 * len(ids)
    # The deadlines' explanations are worded only for a template that reads them.
    explain = library.may_read(info, "deadlines")

    prepared: list[tuple[int, dict[str, Any], int | None]] = []
    skipped: list[tuple[int, str]] = []
    for n, case_id in enumerate(ids, start=1):
        if _cancelled(cancel):
            raise BatchCancelled()
        case = cases[case_id]
        debtor = case.debtor
        try:
            chosen = choose(case, on=shared.on)
            letter_lang = check_lang(lang, debtor)
            data = build_context(
                case,
                chosen,
                recipient_kind=info.recipient,
                lang=letter_lang,
                fields=fields,
                outgoing_no=PREVIEW_NO,
                shared=shared,
                explain_deadlines=explain,
            )
            check_data(info, letter_lang, data)
        except (TemplateError, ValidationError) as exc:
            if not skip_incomplete:
                raise BatchLetterError(case_id, debtor.full_name, str(exc)) from None
            skipped.append((case_id, str(exc)))
        else:
            proceeding = chosen.proceeding.id if chosen.proceeding else None
            prepared.append((case_id, data, proceeding))
        _tick(progress, n, total)
    if not prepared:
        raise ValidationError("case_ids", _("none of the chosen cases can get this letter"))

    year = shared.on.year
    block = allocate_numbers(session, year, len(prepared))
    try:
        first_no, last_no = block.numbers[0][1], block.numbers[-1][1]
        meta = PdfMeta(
            title=f"{info.title(prepared[0][1]['lang'])} — {first_no} … {last_no}",
            author=str(prepared[0][1]["group"].get("name") or ""),
            subject=f"{first_no} … {last_no}",
            keywords=f"debtdesk batch {info.key}",
        )
        letters: list[Letter | None] = [None] * len(prepared)
        failure: BatchLetterError | None = None

        def write(indexes: range) -> None:
            """Blocks of the letters at ``indexes``; remembers the first failure and stops."""
            nonlocal failure
            for index in indexes:
                if _cancelled(cancel):
                    raise BatchCancelled()
                case_id, data, _p = prepared[index]
                data["outgoing_no"] = block.numbers[index][1]
                try:
                    blocks = library.render_blocks(template_key, data["lang"], data, info=info)
                except TemplateError as exc:
                    name = cases[case_id].debtor.full_name
                    failure = BatchLetterError(case_id, name, str(exc))
                    return
                letters[index] = Letter(blocks, info.style, data["lang"])

        # With a helper, the letters it lays out are written first and sent, so
        # that it works while this process writes and lays out the others. The
        # failure reported is still that of the first failing letter in order.
        cut = helper_share(len(prepared)) if helper is not None else len(prepared)
        helped = 0
        if cut < len(prepared):
            write(range(cut, len(prepared)))
            if failure is None:
                tail = [letter for letter in letters[cut:] if letter is not None]
                try:
                    helper.start(tail, meta, invariant=False)  # type: ignore[union-attr]
                    helped = len(tail)
                except HelperFailed:
                    pass
        tail_failure, failure = failure, None
        write(range(cut))
        if failure is not None or tail_failure is not None:
            raise failure or tail_failure  # type: ignore[misc]
        done = [letter for letter in letters if letter is not None]
        pdf, ranges = render_many(done, meta, helper=helper, helped=helped)
        if helper is not None:
            helper.close()  # now, not after registering: its exit overlaps that
        if _cancelled(cancel):
            raise BatchCancelled()
    except BatchCancelled:
        block.release(session)
        raise
    _tick(progress, total - 1, total)

    file_hash = hashlib.sha256(pdf).hexdigest()
    batch = PrintBatch(
        template=info.key,
        created_on=shared.on,
        letters=len(prepared),
        pages=ranges[-1][1],
        sha256=file_hash,
        pdf=pdf,
    )
    session.add(batch)
    session.flush()
    audit.record(
        session,
        batch,
        AuditAction.CREATE,
        ["template", "created_on", "letters", "pages", "sha256", "pdf"],
    )
    docs = add_documents(
        session,
        [
            NewDocument(
                info=info,
                data=data,
                debtor_id=case_id,
                proceeding_id=proceeding_id,
                year=year,
                seq=seq,
                number=number,
                file_hash=file_hash,
                pdf=None,  # the pages are in the batch's file, stored once
                pages=pages,
                on=shared.on,
                batch_id=batch.id,
            )
            for (case_id, data, proceeding_id), (seq, number), pages in zip(
                prepared, block.numbers, ranges, strict=True
            )
        ],
    )
    registered = [
        (doc.id, doc.outgoing_no, pages[0], pages[1])
        for doc, pages in zip(docs, ranges, strict=True)
    ]
    _tick(progress, total, total)
    return BatchResult(pdf, registered, file_hash, skipped, batch.id)
