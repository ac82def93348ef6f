"""The register of outgoing letters: numbers, stored files, and the replies they wait for.

Every printed letter is a Document: outgoing number, recipient, date, the PDF
and its SHA-256 (for a letter printed in a batch, its pages in the batch's one
stored file, never handed out whole as that letter's: ``document_pdf``).
Numbers run per year in a format the group chooses (the
Setting ``letters.number_format``, default ``DD-{year}-{seq:04d}``) and stay
unique when several advisors print at once on one PostgreSQL database: the
next number comes from a counter row per year (the Setting ``letters.seq``),
raised by one ``UPDATE … RETURNING`` that holds the row's lock until the
transaction ends, so a second printer waits rather than reading the same
number. On SQLite the database's single write lock serialises them the same way.

A letter expecting a reply gets a reply deadline once it is sent: from the
template's ``reply_rule`` through the deadline engine, counted from the day
the addressee received it, and provisionally from the day it was sent until
that is known; or, where the law gives no verified period, a follow-up
reminder ``follow_up_days`` after, labelled as a reminder and not a time limit.
"""

from __future__ import annotations

import hashlib
import io
import string
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any
from uuid import uuid4

from sqlalchemy import Integer, Text, and_, cast, func, select, update
from sqlalchemy.orm import Session

from debtdesk.clock import today as clock_today
from debtdesk.clock import utcnow
from debtdesk.db.bulk import Writers
from debtdesk.deadlines.compute import compute_deadline
from debtdesk.deadlines.engine import calendar_for, jurisdiction_of
from debtdesk.deadlines.rules import Rule
from debtdesk.documents.context import (
    PREVIEW_NO,
    PROVISIONAL,
    REGULATOR_NAME,
    context_and_choice,
    letter_library,
    raw_meta,
)
from debtdesk.documents.errors import TemplateError
from debtdesk.documents.pdf import Letter, PdfMeta, render_many
from debtdesk.documents.templates import TemplateInfo, TemplateLibrary, missing_fields
from debtdesk.errors import DebtdeskError, NotFoundError, ValidationError
from debtdesk.i18n import _
from debtdesk.model import Advisor, AuditEntry, Deadline, Debtor, Document, PrintBatch, Setting
from debtdesk.services import audit, records
from debtdesk.vocab import AuditAction, DeadlineStatus

NUMBER_FORMAT_KEY = "letters.number_format"
SEQ_KEY = "letters.seq"
DEFAULT_FORMAT = "DD-{year}-{seq:04d}"
MAX_NUMBER_LEN = 32  # Document.outgoing_no
MAX_FOLLOW_UP_DAYS = 366

# The title of a follow-up reminder: never worded as a legal time limit.
FOLLOW_UP_TITLE = {
    "kk": "Еске салу: {no} хатқа жауап келді ме? ({title})",
    "ru": "Напоминание: пришёл ли ответ на письмо {no}? ({title})",
    "en": "Follow-up reminder: has letter {no} been answered? ({title})",
}
FOLLOW_UP_NOTE = {
    "kk": "Бұл заңды мерзім емес, тек еске салу: бұл хатқа жауап берудің тексерілген "
    "мерзімі жоқ. Хат жіберілгеннен (алынғаннан) кейін {days} күн.",
    "ru": "Это не процессуальный срок, а напоминание: проверенного срока ответа на это "
    "письмо нет. {days} дн. после отправки (получения) письма.",
    "en": "Not a legal time limit, only a reminder: no verified reply period is known "
    "for this letter. {days} days after it was sent (received).",
}


class MissingData(TemplateError):
    """A value the template's meta.toml requires is missing or empty (before rendering)."""

    def __init__(self, template: str, missing: Sequence[str]) -> None:
        self.missing = list(missing)
        super().__init__(
            template, None, _("data missing: {fields}").format(fields=", ".join(missing))
        )


@dataclass(frozen=True)
class RegisteredLetter:
    document_id: int
    outgoing_no: str
    pdf: bytes
    pages: int
    reply_deadline_id: int | None = None


# --- numbers ---------------------------------------------------------------------------


def _check_format(fmt: str) -> str:
    def bad(why: str) -> ValidationError:
        return ValidationError(
            NUMBER_FORMAT_KEY,
            _("the letter number format {fmt!r} {why}").format(fmt=fmt, why=why),
        )

    try:
        names = {name for _t, name, _s, _c in string.Formatter().parse(fmt) if name is not None}
    except ValueError as exc:
        raise bad(str(exc)) from None
    if not names <= {"year", "seq"}:
        raise bad(_("may only use {year} and {seq}"))
    if names != {"year", "seq"}:
        raise bad(_("must contain both {year} and {seq}, or numbers of two years collide"))
    try:
        sample = fmt.format(year=2026, seq=99999)
    except (ValueError, TypeError, IndexError) as exc:
        raise bad(str(exc)) from None
    if len(sample) > MAX_NUMBER_LEN:
        raise bad(_("gives numbers longer than {n} characters").format(n=MAX_NUMBER_LEN))
    return fmt


def number_format(session: Session, year: int) -> str:
    """The format of ``year`` (a per-year setting wins over the general one)."""
    from debtdesk.services.settings import get_setting

    fmt = (
        get_setting(session, NUMBER_FORMAT_KEY, year)
        or get_setting(session, NUMBER_FORMAT_KEY)
        or DEFAULT_FORMAT
    )
    return _check_format(fmt)


def format_number(fmt: str, year: int, seq: int) -> str:
    return fmt.format(year=year, seq=seq)


@dataclass
class NumberBlock:
    """Numbers taken from the year's counter in this transaction."""

    year: int
    numbers: list[tuple[int, str]]  # (seq, outgoing number)
    counter_before: int
    counter_after: int

    def release(self, session: Session) -> bool:
        """Give the numbers back (a cancelled batch), if nobody took one after them.

        Holding the counter's lock, nobody can have; the check is a safeguard.
        """
        t = Setting.__table__
        result = session.execute(
            update(t)
            .where(
                t.c.key == SEQ_KEY,
                t.c.year == self.year,
                t.c.value == str(self.counter_after),
            )
            .values(value=str(self.counter_before), version=t.c.version + 1, updated_at=utcnow())
        )
        return result.rowcount == 1


def _reserve(session: Session, year: int, count: int) -> int:
    """Raise the year's counter by ``count``; returns its new value (the last seq taken).

    The counter row is created on first use, starting after the highest number
    of that year already in the register (letters imported from a bundle, or
    registered before the counter existed), and never falls behind it.
    """
    conn = session.connection()
    dialect = conn.dialect.name
    t = Setting.__table__
    d = Document.__table__
    used = select(func.coalesce(func.max(d.c.seq), 0)).where(d.c.year == year).scalar_subquery()
    now = utcnow()
    row = {
        "uuid": str(uuid4()),
        "key": SEQ_KEY,
        "year": year,
        "value": cast(used, Text),
        "created_at": now,
        "updated_at": now,
        "version": 1,
    }
    if dialect == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as dialect_insert
    else:
        from sqlalchemy.dialects.sqlite import insert as dialect_insert
    conn.execute(
        dialect_insert(t).values(**row).on_conflict_do_nothing(index_elements=["key", "year"])
    )
    current = cast(t.c.value, Integer)
    top = func.greatest(current, used) if dialect == "postgresql" else func.max(current, used)
    # One statement reads and raises the counter: on PostgreSQL a concurrent
    # transaction waits for this row's lock and then sees the raised value.
    return int(
        conn.execute(
            update(t)
            .where(t.c.key == SEQ_KEY, t.c.year == year)
            .values(value=cast(top + count, Text), version=t.c.version + 1, updated_at=now)
            .returning(t.c.value)
        ).scalar_one()
    )


def allocate_numbers(session: Session, year: int, count: int = 1) -> NumberBlock:
    """``count`` consecutive outgoing numbers of ``year`` (skipping any already in use)."""
    if count < 1:
        raise ValidationError("count", _("at least one number"))
    fmt = number_format(session, year)
    taken_numbers: list[tuple[int, str]] = []
    need = count
    before: int | None = None
    after = 0
    for _attempt in range(50):
        after = _reserve(session, year, need)
        if before is None:
            before = after - need
        block = [(s, format_number(fmt, year, s)) for s in range(after - need + 1, after + 1)]
        used = set(
            session.scalars(
                select(Document.outgoing_no).where(Document.outgoing_no.in_([n for _s, n in block]))
            )
        )
        taken_numbers += [(s, n) for s, n in block if n not in used]
        need = count - len(taken_numbers)
        if need == 0:
            return NumberBlock(year, taken_numbers, before, after)
    raise ValidationError(
        NUMBER_FORMAT_KEY, _("the letter number format keeps giving numbers already in use")
    )


# --- reading a template's promises -------------------------------------------------------


@dataclass(frozen=True)
class ReplyPlan:
    """What reply a template's letter waits for: a rule, a follow-up, or nothing."""

    rule: Rule | None = None
    follow_up_days: int | None = None
    title: Mapping[str, str] | None = None


def reply_plan(session: Session, library: TemplateLibrary, key: str) -> ReplyPlan:
    info = library.info(key)
    meta = raw_meta(library, key)
    where = f"{key}/meta.toml"
    rule = None
    if info.reply_rule:
        rule = jurisdiction_of(session).rules.get(info.reply_rule)
        if rule is None:
            raise TemplateError(
                where,
                None,
                _("reply_rule {rule!r} is not a rule of the deadline rules file").format(
                    rule=info.reply_rule
                ),
            )
    days = meta.get("follow_up_days")
    if days is not None and (
        isinstance(days, bool) or not isinstance(days, int) or not 1 <= days <= MAX_FOLLOW_UP_DAYS
    ):
        raise TemplateError(
            where,
            None,
            _("follow_up_days must be a whole number of days, 1 to {n}").format(
                n=MAX_FOLLOW_UP_DAYS
            ),
        )
    return ReplyPlan(rule, None if rule else days, dict(info.titles))


def missing_data(info: TemplateInfo, data: Mapping[str, Any]) -> list[str]:
    """The dotted paths of ``info.fields`` that are missing or empty in ``data``."""
    return missing_fields(info.fields, data)


def check_data(info: TemplateInfo, lang: str, data: Mapping[str, Any]) -> None:
    """Refuse, naming them, the data a template cannot do without (before a number is taken)."""
    if lang not in info.languages:
        raise TemplateError(
            f"{info.key}/{lang}.j2",
            None,
            _("this template has no {lang} version").format(lang=lang),
        )
    missing = missing_data(info, data)
    if missing:
        raise MissingData(f"{info.key}/{lang}.j2", missing)


def recipient_text(info: TemplateInfo, data: Mapping[str, Any]) -> str | None:
    """Who the letter goes to, as the register shows it."""
    recipient = data.get("recipient") or {}
    name = recipient.get("name")
    if not name and info.recipient in ("regulator", "other"):
        typed = (data.get("fields") or {}).get("addressee") or ""
        name = next((line.strip() for line in typed.splitlines() if line.strip()), None)
        if not name and info.recipient == "regulator":
            name = REGULATOR_NAME.get(data["lang"], REGULATOR_NAME["en"])
    return name[:300] if name else None


def pdf_meta(info: TemplateInfo, lang: str, number: str, data: Mapping[str, Any]) -> PdfMeta:
    group = (data.get("group") or {}).get("name")
    return PdfMeta(
        title=f"{info.title(lang)} — {number}",
        author=group or "",
        subject=number,
        keywords=f"debtdesk {info.key} {number}",
    )


@dataclass(frozen=True)
class NewDocument:
    """One letter to put into the register."""

    info: TemplateInfo
    data: Mapping[str, Any]
    debtor_id: int
    proceeding_id: int | None
    year: int
    seq: int
    number: str
    file_hash: str
    pdf: bytes | None
    pages: tuple[int, int] | None
    on: date
    batch_id: int | None = None  # the PrintBatch holding its pages


def add_documents(session: Session, letters: Sequence[NewDocument]) -> list[Document]:
    """Put letters into the register, each with its audit line (one flush for them all)."""
    docs = [
        Document(
            debtor_id=x.debtor_id,
            proceeding_id=x.proceeding_id,
            template=x.info.key,
            language=x.data["lang"],
            recipient=recipient_text(x.info, x.data),
            recipient_kind=x.info.recipient,
            outgoing_no=x.number,
            year=x.year,
            seq=x.seq,
            created_on=x.on,
            file_hash=x.file_hash,
            first_page=x.pages[0] if x.pages else None,
            last_page=x.pages[1] if x.pages else None,
            batch_id=x.batch_id,
            pdf=x.pdf,
        )
        for x in letters
    ]
    session.add_all(docs)
    session.flush()
    for doc in docs:
        changed = ["template", "language", "outgoing_no", "created_on", "file_hash"]
        changed += [
            name for name in ("recipient", "proceeding_id", "batch_id", "pdf") if getattr(doc, name)
        ]
        if doc.first_page is not None:
            changed += ["first_page", "last_page"]
        audit.record(session, doc, AuditAction.CREATE, changed, debtor_id=doc.debtor_id)
    return docs


def _changed(row: Mapping[str, Any]) -> list[str]:
    """The fields a new document's audit line names (as :func:`add_documents` does)."""
    changed = ["template", "language", "outgoing_no", "created_on", "file_hash"]
    changed += [name for name in ("recipient", "proceeding_id", "batch_id", "pdf") if row[name]]
    if row["first_page"] is not None:
        changed += ["first_page", "last_page"]
    return sorted(changed)


_DATABASE_IDS = frozenset({"id"})  # given by the database


def insert_documents(session: Session, letters: Sequence[NewDocument]) -> list[int]:
    """Put many letters into the register at once, each with its audit line; their ids in order.

    The rows and audit lines of :func:`add_documents`, written as two
    statements of many rows each (the documents, then their audit lines; the
    ids read back by number between them) instead of an ORM object per letter
    and per audit line: for a batch of a thousand letters the objects and
    their flush cost ten times the statements. The statements go to the
    driver through :class:`debtdesk.db.bulk.Writers`, with the column types'
    own bind processing: a Core ``executemany`` spends more on building each
    row's parameters (two thirds of registering a batch) than the database on
    storing them. Nothing of these documents is in the session afterwards;
    whoever needs them reads them.
    """
    if not letters:
        return []
    now = utcnow()
    rows = [
        {
            "uuid": str(uuid4()),
            "created_at": now,
            "updated_at": now,
            "version": 1,
            "debtor_id": x.debtor_id,
            "proceeding_id": x.proceeding_id,
            "template": x.info.key,
            "language": x.data["lang"],
            "recipient": recipient_text(x.info, x.data),
            "recipient_kind": x.info.recipient,
            "outgoing_no": x.number,
            "year": x.year,
            "seq": x.seq,
            "created_on": x.on,
            "file_hash": x.file_hash,
            "first_page": x.pages[0] if x.pages else None,
            "last_page": x.pages[1] if x.pages else None,
            "batch_id": x.batch_id,
            "pdf": x.pdf,
            # what a Core insert leaves out is stored as NULL: named here
            "sent_on": None,
            "received_on": None,
            "reply_on": None,
        }
        for x in letters
    ]
    t = Document.__table__
    connection = session.connection()
    writers = Writers(connection.dialect)
    writers.insert(connection, t, rows, without=_DATABASE_IDS)
    # The ids, by outgoing number (unique): ``INSERT … RETURNING`` in the rows'
    # order is one statement per row on SQLite, ten times this query.
    numbers = [row["outgoing_no"] for row in rows]
    by_number: dict[str, int] = {}
    for start in range(0, len(numbers), 500):
        chunk = numbers[start : start + 500]
        by_number.update(
            (number, int(doc_id))
            for doc_id, number in session.execute(
                select(t.c.id, t.c.outgoing_no).where(t.c.outgoing_no.in_(chunk))
            )
        )
    ids = [by_number[number] for number in numbers]
    advisor = audit.current_advisor(session)
    writers.insert(
        connection,
        AuditEntry.__table__,
        [
            {
                "at": now,
                "advisor_id": advisor.id if advisor else None,
                "advisor_name": advisor.name if advisor else None,
                "entity": Document.__tablename__,
                "entity_id": doc_id,
                "entity_uuid": row["uuid"],
                "debtor_id": row["debtor_id"],
                "action": AuditAction.CREATE,
                "changed": _changed(row),
                "version": 1,
                "import_batch": None,
            }
            for doc_id, row in zip(ids, rows, strict=True)
        ],
        without=_DATABASE_IDS,
    )
    return ids


def create_letter(
    session: Session,
    template_key: str,
    case_id: int,
    *,
    lang: str | None = None,
    loan_id: int | None = None,
    proceeding_id: int | None = None,
    event_id: int | None = None,
    fields: Mapping[str, str] | None = None,
    library: TemplateLibrary | None = None,
    sent_on: date | None = None,
) -> RegisteredLetter:
    """Render a letter and register it, in the caller's transaction.

    Missing data is refused before a number is taken. ``sent_on`` records at
    once that it was sent (handed in today, say), which starts its reply deadline.
    """
    library = library or letter_library()
    info = library.info(template_key)
    reply_plan(session, library, template_key)  # a broken reply_rule fails before printing
    data, chosen = context_and_choice(
        session,
        template_key,
        case_id,
        lang=lang,
        loan_id=loan_id,
        proceeding_id=proceeding_id,
        event_id=event_id,
        fields=fields,
        outgoing_no=PREVIEW_NO,
        library=library,
    )
    lang = data["lang"]
    check_data(info, lang, data)
    on = data["today"]
    block = allocate_numbers(session, on.year, 1)
    seq, number = block.numbers[0]
    data["outgoing_no"] = number
    letter = Letter(library.render_blocks(template_key, lang, data), info.style, lang)
    pdf, ranges = render_many([letter], pdf_meta(info, lang, number, data))
    (doc,) = add_documents(
        session,
        [
            NewDocument(
                info=info,
                data=data,
                debtor_id=chosen.debtor.id,
                proceeding_id=chosen.proceeding.id if chosen.proceeding else None,
                year=on.year,
                seq=seq,
                number=number,
                file_hash=hashlib.sha256(pdf).hexdigest(),
                pdf=pdf,
                pages=None,
                on=on,
            )
        ],
    )
    deadline_id = None
    if sent_on is not None:
        deadline = mark_sent(session, doc.id, sent_on, library=library)
        deadline_id = deadline.id if deadline else None
    first, last = ranges[0] if ranges else (1, 1)
    return RegisteredLetter(doc.id, number, pdf, last - first + 1, deadline_id)


# --- sent, received, answered ------------------------------------------------------------


def _document(session: Session, document_id: int) -> Document:
    return records.get(session, Document, int(document_id))


def _not_before(field: str, day: date, earliest: date | None, what: str) -> None:
    if earliest is not None and day < earliest:
        raise ValidationError(
            field,
            _("{day} is before {what} ({earliest})").format(
                day=day.isoformat(), what=what, earliest=earliest.isoformat()
            ),
        )


def _not_future(field: str, day: date) -> None:
    if day > clock_today():
        raise ValidationError(field, _("{day} is in the future").format(day=day.isoformat()))


def _save(session: Session, doc: Document, changes: Mapping[str, Any]) -> list[str]:
    changed = [k for k, v in changes.items() if getattr(doc, k) != v]
    for key in changed:
        setattr(doc, key, changes[key])
    if changed:
        records.flush_or_conflict(session, doc)
        audit.record(session, doc, AuditAction.UPDATE, changed, debtor_id=doc.debtor_id)
    return changed


def _plan_for(
    session: Session,
    doc: Document,
    library: TemplateLibrary | None,
    deadline: Deadline | None,
) -> ReplyPlan:
    """The reply the letter waits for.

    Once a reply deadline exists, its rule stays the letter's promise even if the
    template was edited or removed since; otherwise the template decides.
    """
    try:
        plan = reply_plan(session, library or letter_library(), doc.template)
    except TemplateError:
        plan = ReplyPlan()
    if deadline is not None and not deadline.manual and deadline.rule:
        rule = jurisdiction_of(session).rules.get(deadline.rule)
        if rule is not None:
            return ReplyPlan(rule, None, plan.title)
    return plan


def reply_deadline(session: Session, document_id: int) -> Deadline | None:
    """The letter's reply deadline or follow-up reminder (not a cancelled one)."""
    return session.scalar(
        select(Deadline)
        .where(
            Deadline.document_id == document_id,
            Deadline.status != DeadlineStatus.CANCELLED,
        )
        .order_by(Deadline.id)
        .limit(1)
    )


def _sync_reply(
    session: Session, doc: Document, library: TemplateLibrary | None
) -> Deadline | None:
    """Create or move the reply deadline after the sent or received date changed."""
    deadline = reply_deadline(session, doc.id)
    plan = _plan_for(session, doc, library, deadline)
    start = doc.received_on or doc.sent_on
    if start is None or (plan.rule is None and plan.follow_up_days is None):
        return deadline
    lang = doc.language if doc.language in FOLLOW_UP_TITLE else "en"
    if plan.rule is not None:
        result = compute_deadline(plan.rule, start, calendar_for(session))
        values: dict[str, Any] = {
            "due_date": result.due,
            "explanation": result.to_json(),
            "rule": plan.rule.key,
            "notes": PROVISIONAL[lang] if doc.received_on is None else None,
            "manual": False,
            "title": None,
        }
    else:
        days = int(plan.follow_up_days or 0)
        title = (plan.title or {}).get(lang) or doc.template
        values = {
            "due_date": start + timedelta(days=days),
            "explanation": None,
            "rule": None,
            "notes": FOLLOW_UP_NOTE[lang].format(days=days),
            "manual": True,
            "title": FOLLOW_UP_TITLE[lang].format(no=doc.outgoing_no, title=title)[:300],
        }
    if deadline is None:
        deadline = Deadline(
            debtor_id=doc.debtor_id,
            proceeding_id=doc.proceeding_id,
            document_id=doc.id,
            jurisdiction=jurisdiction_of(session).code,
            status=DeadlineStatus.OPEN,
            **values,
        )
        session.add(deadline)
        session.flush()
        audit.record(
            session,
            deadline,
            AuditAction.CREATE,
            [k for k, v in values.items() if v is not None] + ["document_id"],
            debtor_id=doc.debtor_id,
        )
        return deadline
    changed = [k for k, v in values.items() if getattr(deadline, k) != v]
    if "due_date" in changed:
        deadline.previous_due_date = deadline.due_date
        changed.append("previous_due_date")
    for key, value in values.items():
        setattr(deadline, key, value)
    if changed:
        records.flush_or_conflict(session, deadline)
        audit.record(session, deadline, AuditAction.UPDATE, changed, debtor_id=doc.debtor_id)
    return deadline


def mark_sent(
    session: Session,
    document_id: int,
    sent_on: date | None = None,
    *,
    library: TemplateLibrary | None = None,
) -> Deadline | None:
    """The letter went out (posted or handed in); starts a provisional reply deadline."""
    doc = _document(session, document_id)
    sent_on = sent_on or clock_today()
    _not_future("sent_on", sent_on)
    _not_before("sent_on", sent_on, doc.created_on, _("the letter was printed"))
    if doc.received_on is not None and sent_on > doc.received_on:
        raise ValidationError(
            "sent_on",
            _("{day} is after the addressee received the letter ({received})").format(
                day=sent_on.isoformat(), received=doc.received_on.isoformat()
            ),
        )
    _save(session, doc, {"sent_on": sent_on})
    return _sync_reply(session, doc, library)


def mark_received(
    session: Session,
    document_id: int,
    received_on: date,
    *,
    library: TemplateLibrary | None = None,
) -> Deadline | None:
    """The addressee received the letter (the stamped copy's date): the reply clock's start."""
    doc = _document(session, document_id)
    _not_future("received_on", received_on)
    _not_before("received_on", received_on, doc.created_on, _("the letter was printed"))
    _not_before("received_on", received_on, doc.sent_on, _("the letter was sent"))
    changes: dict[str, Any] = {"received_on": received_on}
    if doc.sent_on is None:  # handed in: sent and received the same day
        changes["sent_on"] = received_on
    _save(session, doc, changes)
    return _sync_reply(session, doc, library)


def mark_reply_received(
    session: Session, document_id: int, on: date | None = None
) -> Deadline | None:
    """The reply came: record its date and mark the reply deadline (or reminder) done."""
    from debtdesk.services.deadlines import mark_done

    doc = _document(session, document_id)
    on = on or clock_today()
    _not_future("reply_on", on)
    _not_before("reply_on", on, doc.created_on, _("the letter was printed"))
    _not_before("reply_on", on, doc.sent_on, _("the letter was sent"))
    _save(session, doc, {"reply_on": on})
    deadline = reply_deadline(session, doc.id)
    if deadline is not None and deadline.status == DeadlineStatus.OPEN:
        mark_done(session, deadline.id)
    return deadline


def recompute_reply_deadlines(session: Session, day: date) -> int:
    """Recompute the open reply deadlines whose period spans ``day`` (a calendar change).

    The deadline engine's own recomputation follows events; reply deadlines
    follow letters, so a changed calendar day must be passed here too.
    """
    rows = session.execute(
        select(Deadline, Document)
        .join(Document, Document.id == Deadline.document_id)
        .where(
            Deadline.manual.is_(False),
            Deadline.status == DeadlineStatus.OPEN,
            Deadline.due_date >= day,
            func.coalesce(Document.received_on, Document.sent_on) < day,
        )
    ).all()
    moved = 0
    for deadline, doc in rows:
        before = deadline.due_date
        _sync_reply(session, doc, None)
        moved += deadline.due_date != before
    return moved


# --- reading the register ------------------------------------------------------------------


@dataclass(frozen=True)
class DocumentRow:
    id: int
    outgoing_no: str
    year: int
    seq: int
    debtor_id: int
    full_name: str
    template: str
    language: str
    recipient: str | None
    recipient_kind: str | None
    created_on: date
    sent_on: date | None
    received_on: date | None
    reply_on: date | None
    reply_due: date | None  # the open reply deadline or follow-up reminder
    provisional: bool  # reply due counted from the sent date
    follow_up: bool  # a reminder, not a legal time limit
    file_hash: str | None
    first_page: int | None  # pages inside a batch PDF
    last_page: int | None

    @staticmethod
    def columns() -> tuple[Any, ...]:
        """What ``from_row`` reads: the document, its debtor's name, its open reply deadline."""
        return (
            Document.id,
            Document.outgoing_no,
            Document.year,
            Document.seq,
            Document.debtor_id,
            Debtor.full_name,
            Document.template,
            Document.language,
            Document.recipient,
            Document.recipient_kind,
            Document.created_on,
            Document.sent_on,
            Document.received_on,
            Document.reply_on,
            Deadline.due_date,
            Deadline.manual,
            Document.file_hash,
            Document.first_page,
            Document.last_page,
        )

    @classmethod
    def from_row(cls, r: Any) -> DocumentRow:
        """From a row of the document columns joined to the open reply deadline."""
        return cls(
            id=r.id,
            outgoing_no=r.outgoing_no,
            year=r.year,
            seq=r.seq,
            debtor_id=r.debtor_id,
            full_name=r.full_name,
            template=r.template,
            language=r.language,
            recipient=r.recipient,
            recipient_kind=r.recipient_kind,
            created_on=r.created_on,
            sent_on=r.sent_on,
            received_on=r.received_on,
            reply_on=r.reply_on,
            reply_due=r.due_date,
            provisional=r.due_date is not None and not r.manual and r.received_on is None,
            follow_up=bool(r.manual),
            file_hash=r.file_hash,
            first_page=r.first_page,
            last_page=r.last_page,
        )


def _open_reply() -> Any:
    return and_(Deadline.document_id == Document.id, Deadline.status == DeadlineStatus.OPEN)


def list_documents(
    session: Session,
    case_id: int | None = None,
    template: str | None = None,
    since: date | None = None,
    until: date | None = None,
    awaiting_reply: bool = False,
) -> list[DocumentRow]:
    """The register, oldest first; ``awaiting_reply``: letters with an open reply deadline
    (or follow-up reminder) and no reply recorded."""
    query = (
        select(*DocumentRow.columns())
        .join(Debtor, Debtor.id == Document.debtor_id)
        .outerjoin(Deadline, _open_reply())
        .order_by(Document.year, Document.seq, Document.id)
    )
    if case_id is not None:
        query = query.where(Document.debtor_id == int(case_id))
    if template:
        query = query.where(Document.template == template)
    if since is not None:
        query = query.where(Document.created_on >= since)
    if until is not None:
        query = query.where(Document.created_on <= until)
    if awaiting_reply:
        query = query.where(Document.reply_on.is_(None), Deadline.id.is_not(None))
    rows: dict[int, DocumentRow] = {}
    for r in session.execute(query):
        if r.id in rows:  # two open reply deadlines: show the first only
            continue
        rows[r.id] = DocumentRow.from_row(r)
    return list(rows.values())


@dataclass(frozen=True)
class BatchPages:
    """Where a letter of a batch is: its batch and its pages there, counted from 1."""

    document_id: int
    batch_id: int
    first_page: int
    last_page: int
    outgoing_no: str
    template: str

    @classmethod
    def of(cls, doc: Any) -> BatchPages:
        """From a Document, or a row of the document table (by attribute or by key)."""

        def get(name: str) -> Any:
            return doc[name] if isinstance(doc, Mapping) else getattr(doc, name)

        return cls(
            int(get("id")),
            int(get("batch_id")),
            get("first_page"),
            get("last_page"),
            get("outgoing_no"),
            get("template"),
        )


def _no_file(number: str) -> DebtdeskError:
    return DebtdeskError(_("no file is stored for letter {no}").format(no=number))


def _text(value: Any) -> str:
    return str(value) if value is not None else ""


# The entries of a page dictionary a cut-out letter keeps (ISO 32000-1, 7.7.3.3).
_PAGE_KEYS = frozenset(
    {
        "/Type",
        "/MediaBox",
        "/CropBox",
        "/BleedBox",
        "/TrimBox",
        "/ArtBox",
        "/Rotate",
        "/Resources",
        "/Contents",
        "/Group",
        "/UserUnit",
    }
)


def _cut(reader: Any, letter: BatchPages, meta: Mapping[str, Any], lang: Any) -> bytes:
    """Pages ``first_page``..``last_page`` of ``reader`` as a PDF of their own.

    Only those pages and the objects they draw with (fonts, images) are copied:
    no other page, no links or annotations (letters have none; an internal link
    would drag the page it points to along), and none of the batch's metadata
    but who made it and when. Equal input gives equal bytes.
    """
    from pypdf import PdfWriter
    from pypdf.generic import NameObject, TextStringObject

    first, last = letter.first_page, letter.last_page
    if first is None or last is None or not 1 <= first <= last <= len(reader.pages):
        raise DebtdeskError(
            _("the batch file of letter {no} has no pages {first}-{last}").format(
                no=letter.outgoing_no, first=first, last=last
            )
        )
    writer = PdfWriter()
    for index in range(first - 1, last):
        page = reader.pages[index]
        # Only what draws the page: a link, bead or action pointing to another
        # page would bring that page, with its letter, along (pypdf copies
        # every object a kept one refers to).
        writer.add_page(page, excluded_keys=[k for k in page if k not in _PAGE_KEYS])
    # The batch's title ends in its range of numbers: keep the template's title only.
    title = _text(meta.get("/Title")).rpartition(" — ")[0] or letter.template
    info = {
        "/Title": f"{title} — {letter.outgoing_no}",
        "/Author": _text(meta.get("/Author")),
        "/Subject": letter.outgoing_no,
        "/Keywords": f"debtdesk {letter.template} {letter.outgoing_no}",
        "/Creator": _text(meta.get("/Creator")) or "debtdesk",
        "/Producer": "debtdesk",
    }
    for key in ("/CreationDate", "/ModDate"):  # when the batch was printed
        if meta.get(key):
            info[key] = _text(meta[key])
    writer.add_metadata(info)
    if lang is not None:  # the language screen readers read the letter in
        writer.root_object[NameObject("/Lang")] = TextStringObject(str(lang))
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def letter_pdfs(session: Session, letters: Iterable[BatchPages]) -> dict[int, bytes]:
    """Each batch letter's own pages as a PDF of its own, by document id.

    Each batch's merged file is read and parsed once, however many of its
    letters are asked for, so a whole register is cut out in one pass.
    """
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    by_batch: dict[int, list[BatchPages]] = defaultdict(list)
    for letter in letters:
        by_batch[letter.batch_id].append(letter)
    out: dict[int, bytes] = {}
    for batch_id in sorted(by_batch):
        group = by_batch[batch_id]
        merged = session.scalar(select(PrintBatch.pdf).where(PrintBatch.id == batch_id))
        if merged is None:
            raise _no_file(group[0].outgoing_no)
        try:
            reader = PdfReader(io.BytesIO(merged))
            meta: Mapping[str, Any] = reader.metadata or {}
            lang = reader.trailer["/Root"].get("/Lang")
            for letter in group:
                out[letter.document_id] = _cut(reader, letter, meta, lang)
        except PyPdfError as exc:
            raise DebtdeskError(
                _("the batch file of letter {no} is damaged: {why}").format(
                    no=group[0].outgoing_no, why=exc
                )
            ) from None
    return out


def document_pdf(session: Session, document_id: int) -> bytes:
    """The letter's PDF, and nothing but the letter.

    A letter printed alone: its own file. A letter printed in a batch: its own
    pages (``first_page``..``last_page``), cut out of the batch's merged file
    (see ``debtdesk.documents.batch``), never the merged file itself, which
    holds other debtors' letters. ``batch_pdf`` gives the whole batch, for
    reprinting it.
    """
    doc = _document(session, document_id)
    if doc.batch_id is not None:
        return letter_pdfs(session, [BatchPages.of(doc)])[doc.id]
    own = session.scalar(select(Document.pdf).where(Document.id == doc.id))
    if own is None:
        raise _no_file(doc.outgoing_no)
    return own


def batch_pdf(session: Session, batch_id: int) -> bytes:
    """The merged PDF of a whole batch, as it was printed (every debtor's letter in it)."""
    merged = session.scalar(select(PrintBatch.pdf).where(PrintBatch.id == int(batch_id)))
    if merged is None:
        raise NotFoundError(_("batch"), batch_id)
    return merged


# --- the agenda's "letters awaiting a reply" ---------------------------------------------------


@dataclass(frozen=True)
class AwaitingReply:
    """A letter whose reply (or follow-up) date has passed without a reply recorded."""

    document_id: int
    outgoing_no: str
    template: str
    title: str  # the template's title in the reader's language
    recipient: str | None
    debtor_id: int
    full_name: str
    city: str | None
    advisor: str | None
    sent_on: date | None
    received_on: date | None
    due: date
    days_overdue: int
    provisional: bool
    follow_up: bool
    deadline_id: int
    uuid: str  # of the deadline: a stable identity for calendars
    version: int


def awaiting_reply(
    session: Session,
    on: date | None = None,
    advisor: str | None = None,
    city: str | None = None,
    *,
    lang: str = "en",
    library: TemplateLibrary | None = None,
) -> list[AwaitingReply]:
    """Letters awaiting a reply past their date (before ``on``), most overdue first."""
    on = on or clock_today()
    query = (
        select(
            Deadline,
            Document.id.label("doc_id"),
            Document.outgoing_no,
            Document.template,
            Document.recipient,
            Document.sent_on,
            Document.received_on,
            Debtor.id.label("debtor_id"),
            Debtor.full_name,
            Debtor.city,
            Advisor.name.label("advisor"),
        )
        .join(Document, Document.id == Deadline.document_id)
        .join(Debtor, Debtor.id == Document.debtor_id)
        .outerjoin(Advisor, Advisor.id == Debtor.advisor_id)
        .where(
            Deadline.status == DeadlineStatus.OPEN,
            Deadline.due_date < on,
            Document.reply_on.is_(None),
        )
        .order_by(Deadline.due_date, Debtor.full_name, Document.id)
    )
    if advisor:
        query = query.where(Advisor.name == advisor)
    if city:
        query = query.where(Debtor.city == city)
    library = library or letter_library()
    titles: dict[str, str] = {}

    def title(key: str) -> str:
        if key not in titles:
            try:
                titles[key] = library.info(key).title(lang)
            except TemplateError:
                titles[key] = key
        return titles[key]

    items = []
    for row in session.execute(query):
        deadline: Deadline = row[0]
        items.append(
            AwaitingReply(
                document_id=row.doc_id,
                outgoing_no=row.outgoing_no,
                template=row.template,
                title=title(row.template),
                recipient=row.recipient,
                debtor_id=row.debtor_id,
                full_name=row.full_name,
                city=row.city,
                advisor=row.advisor,
                sent_on=row.sent_on,
                received_on=row.received_on,
                due=deadline.due_date,
                days_overdue=(on - deadline.due_date).days,
                provisional=not deadline.manual and row.received_on is None,
                follow_up=deadline.manual,
                deadline_id=deadline.id,
                uuid=deadline.uuid,
                version=deadline.version,
            )
        )
    return items
