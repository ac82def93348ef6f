"""Batch letters: one print-ready PDF for many debtors, each letter registered.

The letters are rendered once, as one document (``render_many``), and every
letter is registered with the pages it has in that file. A large batch is
written and laid out by two processes, a helper taking the last letters (see
``documents.parallel``): the file and the register are the same.

A large batch's time is what this process does, the helper working beside
it: reading the cases and building every context (one set of queries for the
whole selection, ``load_cases``), numbering, sending the helper its letters'
contexts, writing and laying out its own letters, joining the two parts, and
registering every letter with two statements of many rows
(``register.insert_documents``). ``parallel.fill_share`` splits the letters
so that both finish together (measured with bench/letters.py).

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

import gc
import hashlib
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from debtdesk.clock import today as clock_today
from debtdesk.documents.concat import ConcatError, concatenate
from debtdesk.documents.context import (
    PREVIEW_NO,
    CaseData,
    Shared,
    build_context,
    check_lang,
    choose,
    letter_library,
    load_cases,
)
from debtdesk.documents.errors import TemplateError
from debtdesk.documents.parallel import (
    FillJob,
    Helper,
    HelperFailed,
    LetterFailed,
    fill_share,
    start_helper,
)
from debtdesk.documents.pdf import Letter, PdfMeta, collector_paused, render_many
from debtdesk.documents.register import NewDocument, allocate_numbers, check_data, insert_documents
from debtdesk.documents.templates import TemplateInfo, TemplateLibrary
from debtdesk.errors import DebtdeskError, ValidationError
from debtdesk.i18n import _, current_language
from debtdesk.model import Debtor, Event, PrintBatch
from debtdesk.services import audit
from debtdesk.vocab import AuditAction, EventKind

MAX_BATCH = 5000
Progress = Callable[[int, int], None]
Cancel = Callable[[], bool]
Prepared = tuple[int, dict[str, Any], int | None]  # case id, context, proceeding id


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
    # Only the events a letter reads: no batch chooses an event of its own.
    cases = load_cases(session, ids, letter_events_on=shared.on)
    total = 2 * len(ids)
    # The deadlines' explanations are worded only for a template that reads them.
    explain = library.may_read(info, "deadlines")

    prepared: list[Prepared] = []
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
        for (_case, data, _p), (_seq, number) in zip(prepared, block.numbers, strict=True):
            data["outgoing_no"] = number
        writer = _Writer(library, template_key, info, cases, cancel)
        pdf, ranges = _lay_out(writer, prepared, meta, helper)
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
    ids = insert_documents(
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
        (doc_id, number, pages[0], pages[1])
        for doc_id, (_seq, number), pages in zip(ids, block.numbers, ranges, strict=True)
    ]
    _tick(progress, total, total)
    return BatchResult(pdf, registered, file_hash, skipped, batch.id)


@dataclass(frozen=True)
class _Writer:
    """Fills the batch's template for its letters, in this process."""

    library: TemplateLibrary
    key: str
    info: TemplateInfo
    cases: Mapping[int, CaseData]
    cancel: Cancel | None

    def failed(self, case_id: int, problem: str) -> BatchLetterError:
        return BatchLetterError(case_id, self.cases[case_id].debtor.full_name, problem)

    def write(self, prepared: Sequence[Prepared]) -> list[Letter]:
        """The letters of ``prepared``; the first failing one stops the batch."""
        letters = []
        for case_id, data, _proceeding in prepared:
            if _cancelled(self.cancel):
                raise BatchCancelled()
            try:
                blocks = self.library.render_blocks(self.key, data["lang"], data, info=self.info)
            except TemplateError as exc:
                raise self.failed(case_id, str(exc)) from None
            letters.append(Letter(blocks, self.info.style, data["lang"]))
        return letters


def _lay_out(
    writer: _Writer, prepared: list[Prepared], meta: PdfMeta, helper: Helper | None
) -> tuple[bytes, list[tuple[int, int]]]:
    """The batch's PDF and each letter's pages, the helper writing and laying out the last ones.

    The helper gets the last letters' contexts first (:class:`FillJob`), so it
    works while this process writes and lays out the first ones. The error
    reported is still that of the first failing letter in order: this
    process's letters come first. A helper that fails or dies, or a part that
    cannot be joined, leaves this process to do its part too. A library that
    cannot be rebuilt in the helper (not a plain TemplateLibrary) has its
    letters written here and the last ones laid out by the helper
    (``render_many``).
    """
    count = len(prepared)
    cut = count
    if helper is not None and type(writer.library) is TemplateLibrary:
        cut = fill_share(count)
        job = FillJob(
            user_dir=writer.library.user_dir,
            builtin_dir=writer.library.builtin_dir,
            limits=writer.library.limits,
            key=writer.key,
            info=writer.info,
            data=[data for _case, data, _p in prepared[cut:]],
            meta=meta,
            language=current_language(),
        )
        try:
            helper.fill(job)
        except HelperFailed:
            cut = count
    letters = writer.write(prepared[:cut])
    if cut == count:
        done = render_many(letters, meta, helper=helper)
        gc.collect()  # see below
        return done
    first, first_ranges = render_many(letters, meta)
    # With the collector paused, every object the batch made is still counted
    # as young: a partial collection (as here before) walked them all once,
    # then the next letter's collections walked the survivors twice more as
    # they were promoted, a full collection last (0.3-0.6 s on the letter an
    # advisor makes after a batch). One full collection now, while the helper
    # still works, walks them once and leaves them old: later letters' young
    # collections no longer meet them.
    gc.collect()
    if _cancelled(writer.cancel):
        raise BatchCancelled()
    try:
        second, second_ranges = helper.result()  # type: ignore[union-attr]
        joined, counts = concatenate([first, second])
        if len(second_ranges) != count - cut or counts[0] != first_ranges[-1][1]:
            raise ConcatError("the parts' pages do not add up")
    except LetterFailed as exc:
        raise writer.failed(prepared[cut + exc.position][0], exc.message) from None
    except (HelperFailed, ConcatError):
        return render_many(letters + writer.write(prepared[cut:]), meta)
    offset = counts[0]
    return joined, first_ranges + [(a + offset, z + offset) for a, z in second_ranges]
