"""The data a letter or checklist template sees, built from one case (CONTEXT.md).

``letter_context`` is the only place that decides what ``loan``, ``hearing``,
``recipient`` … mean for a letter, so the preview, the registered letter, the
batch and the checklist all print the same facts. Values are plain Python
(dicts, lists, str, Decimal, date); templates format them with filters.

Cases are loaded with a handful of set-based queries (``load_cases``) rather
than one lazy load per attribute, so a batch of a thousand letters costs about
as many queries as one letter.
"""

from __future__ import annotations

import json
from collections import namedtuple
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, time
from decimal import Decimal
from functools import cached_property, lru_cache
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from sqlalchemy import BigInteger, Text, TypeDecorator, and_, cast, or_, select, type_coerce
from sqlalchemy.orm import Session

from debtdesk.clock import today as clock_today
from debtdesk.deadlines.engine import jurisdiction_of
from debtdesk.deadlines.explain import render_explanation
from debtdesk.deadlines.rules import Jurisdiction
from debtdesk.documents.templates import TemplateLibrary
from debtdesk.errors import NotFoundError, ValidationError
from debtdesk.i18n import LANGUAGES, _
from debtdesk.model import (
    Advisor,
    BudgetLine,
    Court,
    Creditor,
    Deadline,
    Debtor,
    DebtStatement,
    Document,
    Event,
    Fixed,
    Loan,
    Payment,
    Proceeding,
    Property,
    Setting,
)
from debtdesk.vocab import DeadlineStatus, EventKind, ProceedingStatus

PREVIEW_NO = "DD-PREVIEW"
CHUNK = 500  # ids per IN (...) list
_MIDNIGHT = time(0, 0)

# The regulator's name, for the register when no addressee is configured or typed.
REGULATOR_NAME = {
    "kk": "Қазақстан Республикасының Қаржы нарығын реттеу және дамыту агенттігі",
    "ru": "Агентство Республики Казахстан по регулированию и развитию финансового рынка",
    "en": "Agency of the Republic of Kazakhstan for Regulation and Development "
    "of the Financial Market",
}

# Said of a reply deadline counted from the sent date until the received date is known.
PROVISIONAL = {
    "kk": "Уақытша мерзім: хат жіберілген күннен есептелді; алушы хатты алған күн "
    "белгілі болғанда қайта есептеледі.",
    "ru": "Предварительный срок: посчитан от даты отправки письма; будет пересчитан, "
    "когда станет известна дата его получения адресатом.",
    "en": "Provisional: counted from the date the letter was sent; it is recomputed "
    "once the date the addressee received it is recorded.",
}


def user_folder(name: str) -> Path:
    """The user's folder of copied templates (``templates`` or ``checklists``)."""
    from debtdesk.db.engine import data_dir

    return data_dir() / name


@lru_cache(maxsize=8)
def _library(user_dir: Path, builtin_dir: Path) -> TemplateLibrary:
    # One library (one Jinja environment) per folder pair: compiling a template
    # costs more than rendering it, and Jinja reloads a file that changed on disk.
    return TemplateLibrary(user_dir, builtin_dir=builtin_dir)


def letter_library() -> TemplateLibrary:
    """Letter templates: the built-in ones, overridden by the user's copies."""
    from debtdesk.resources import resource_path

    return _library(user_folder("templates"), resource_path("templates"))


def checklist_library() -> TemplateLibrary:
    """Checklist templates (``resources/checklists``), overridden by the user's copies."""
    from debtdesk.resources import resource_path

    return _library(user_folder("checklists"), resource_path("checklists"))


# --- choosing what a letter is about ------------------------------------------------


Row = Any  # a row of a model's table with the model's attribute names (see load_cases)


@dataclass(frozen=True)
class Chosen:
    """What a letter is about: the records behind ``loan``, ``proceeding`` and ``hearing``."""

    debtor: Row
    loan: Row | None
    proceeding: Row | None
    event: Row | None


@dataclass
class CaseData:
    """One case with everything a context needs, loaded in bulk.

    The records are plain rows with the model's attribute names (not ORM
    objects): a batch reads tens of thousands of payments, and building an
    ORM instance for each costs more than the letter it ends up in.
    """

    debtor: Any
    deadlines: list[Any] = field(default_factory=list)
    # document id -> received_on, for the reply deadlines among ``deadlines``
    received: dict[int, date | None] = field(default_factory=dict)


def _chunks(ids: Sequence[int]) -> Iterable[Sequence[int]]:
    for start in range(0, len(ids), CHUNK):
        yield ids[start : start + CHUNK]


class _Scaled(TypeDecorator[Decimal]):
    """Reads a :class:`~debtdesk.model.Fixed` column's stored integer as the same Decimal.

    ``Fixed`` divides by a power of ten and quantizes, for every amount of
    every row; the Decimal with the stored integer as its digits and the
    column's places as its exponent is the same value, written the same
    (tests/core/documents/test_batch_paths.py checks), at a tenth of the
    cost. Read-only: a batch reads tens of thousands of amounts.
    """

    impl = BigInteger
    cache_ok = True

    def __init__(self, places: int) -> None:
        super().__init__()
        self.places = places

    def process_result_value(self, value: Any, dialect: Any) -> Decimal | None:
        return None if value is None else Decimal(value).scaleb(-self.places)


@lru_cache(maxsize=64)
def _record(table: str, names: tuple[str, ...]) -> Any:
    return namedtuple(f"{table}_row", names)  # type: ignore[misc]


def _rows(
    session: Session,
    model: Any,
    column: Any,
    ids: Sequence[int],
    *order: Any,
    where: Sequence[Any] = (),
    skip: Sequence[str] = ("uuid", "created_at", "updated_at", "version"),
    only: Sequence[str] = (),
    raw: Sequence[str] = (),
    bag: type[SimpleNamespace] = SimpleNamespace,
    frozen: bool = False,
) -> list[Any]:
    """Rows of ``model``'s table whose ``column`` is in ``ids``, as attribute bags.

    Bookkeeping columns no template needs (``skip``) are not read; ``only``
    names the columns to read instead. ``raw`` columns are read as their
    stored text, not decoded, as ``<name>_json`` (a JSON column whose value
    is rarely needed; ``bag`` then decodes it on demand). ``frozen`` rows,
    that nothing adds attributes to, are named tuples: five times cheaper
    to build than a bag, and a batch builds tens of thousands.
    The query runs on the session's connection (a plain Core result, no ORM
    loading, all rows fetched at once) and each bag is built from the column
    names read once: a batch reads tens of thousands of rows, and this is a
    third cheaper than ``row._mapping``. Fixed-point columns are read by
    :class:`_Scaled`.
    """
    table = model.__table__
    wanted = set(only)
    columns = [c for c in table.c if (c.name in wanted if only else c.name not in skip)]
    names = [f"{c.name}_json" if c.name in raw else c.name for c in columns]
    connection = session.connection()
    selected = [
        cast(c, Text).label(f"{c.name}_json")
        if c.name in raw
        else type_coerce(c, _Scaled(c.type.places)).label(c.name)
        if isinstance(c.type, Fixed)
        else c
        for c in columns
    ]
    found: list[Any] = []
    for chunk in _chunks(list(ids)):
        query = select(*selected).where(column.in_(chunk), *where).order_by(*order)
        rows = connection.execute(query).all()
        if frozen:
            found += map(_record(table.name, tuple(names))._make, rows)
        else:
            found += [bag(**dict(zip(names, row, strict=True))) for row in rows]
    return found


class DeadlineRow(SimpleNamespace):
    """An open deadline as a letter reads it, its explanation decoded only when read.

    The explanation is kept as the JSON text stored (``explanation_json``):
    decoding every one costs a batch a fifth of its data work, and a letter
    that does not word the explanations only asks whether one says to check
    with a lawyer (:func:`_needs_lawyer`), which the text can answer.
    """

    explanation_json: str | None

    @cached_property
    def explanation(self) -> Any:
        text = self.explanation_json
        return None if text is None else json.loads(text)


# What deadline_data and build_context read of a deadline.
_DEADLINE_COLUMNS = (
    "id",
    "debtor_id",
    "document_id",
    "rule",
    "title",
    "due_date",
    "explanation",
    "manual",
    "notes",
)


def _by(rows: Iterable[Any], key: str) -> dict[Any, list[Any]]:
    grouped: dict[Any, list[Any]] = {}
    for row in rows:
        grouped.setdefault(getattr(row, key), []).append(row)
    return grouped


def _letter_events(on: date) -> Any:
    """The events a letter about no chosen event reads, as of ``on`` (see build_context)."""
    upcoming = (EventKind.HEARING, EventKind.EVICTION, EventKind.AUCTION)
    return or_(
        and_(Event.kind.in_(upcoming), Event.date >= on),
        Event.kind == EventKind.DECISION_FINAL_FORM,
    )


def load_cases(
    session: Session, case_ids: Iterable[int], *, letter_events_on: date | None = None
) -> dict[int, CaseData]:
    """Every case in ``case_ids`` with its household, loans, proceedings, events, deadlines.

    A few set-based queries whatever the number of cases; a missing id raises
    NotFoundError naming it. ``letter_events_on``: only the events a letter
    reads without a chosen event (:func:`choose` and :func:`build_context` on
    that day) are loaded: upcoming hearings, evictions and auctions, and the
    decisions in final form; a batch's cases have seven times as many others.
    """
    ids = list(dict.fromkeys(int(i) for i in case_ids))
    heavy = ("uuid", "updated_at", "version", "search_text", "name_key", "notes", "tags")
    debtors = {d.id: d for d in _rows(session, Debtor, Debtor.id, ids, skip=heavy)}
    for case_id in ids:
        if case_id not in debtors:
            raise NotFoundError(_("case"), case_id)
    advisor_ids = {d.advisor_id for d in debtors.values() if d.advisor_id is not None}
    advisors = {
        a.id: a for a in _rows(session, Advisor, Advisor.id, list(advisor_ids), frozen=True)
    }
    lines = _by(
        _rows(session, BudgetLine, BudgetLine.debtor_id, ids, BudgetLine.id, frozen=True),
        "debtor_id",
    )
    homes = _by(
        _rows(session, Property, Property.debtor_id, ids, Property.id, frozen=True), "debtor_id"
    )
    loans = _rows(session, Loan, Loan.debtor_id, ids, Loan.id)
    loan_ids = [x.id for x in loans]
    # In (date, id) order, as letters list them (see _loan).
    payments = _by(
        _rows(session, Payment, Payment.loan_id, loan_ids, Payment.date, Payment.id, frozen=True),
        "loan_id",
    )
    statements = _by(
        _rows(session, DebtStatement, DebtStatement.loan_id, loan_ids, DebtStatement.as_of),
        "loan_id",
    )
    creditor_ids = {x.creditor_id for x in loans if x.creditor_id is not None}
    creditors = {
        c.id: c for c in _rows(session, Creditor, Creditor.id, list(creditor_ids), frozen=True)
    }
    for loan in loans:
        loan.creditor = creditors.get(loan.creditor_id)
        loan.payments = payments.get(loan.id, [])
        loan.statements = statements.get(loan.id, [])
        for st in loan.statements:
            st.total = st.principal + st.interest + st.penalties + st.fees
    proceedings = _rows(
        session, Proceeding, Proceeding.debtor_id, ids, Proceeding.id, skip=("uuid", "notes")
    )
    court_ids = {p.court_id for p in proceedings if p.court_id is not None}
    courts = {c.id: c for c in _rows(session, Court, Court.id, list(court_ids), frozen=True)}
    for proceeding in proceedings:
        proceeding.court = courts.get(proceeding.court_id)
    events = _rows(
        session,
        Event,
        Event.debtor_id,
        ids,
        Event.date,
        Event.id,
        where=() if letter_events_on is None else [_letter_events(letter_events_on)],
        frozen=True,
    )
    by_loans, by_proceedings, by_events = (
        _by(loans, "debtor_id"),
        _by(proceedings, "debtor_id"),
        _by(events, "debtor_id"),
    )
    found: dict[int, CaseData] = {}
    for debtor in debtors.values():
        debtor.advisor = advisors.get(debtor.advisor_id)
        debtor.budget_lines = lines.get(debtor.id, [])
        debtor.properties = homes.get(debtor.id, [])
        debtor.loans = by_loans.get(debtor.id, [])
        debtor.proceedings = by_proceedings.get(debtor.id, [])
        debtor.events = by_events.get(debtor.id, [])
        found[debtor.id] = CaseData(debtor)
    open_deadlines = _rows(
        session,
        Deadline,
        Deadline.debtor_id,
        ids,
        Deadline.due_date,
        Deadline.id,
        where=[Deadline.status == DeadlineStatus.OPEN],
        only=_DEADLINE_COLUMNS,
        raw=("explanation",),
        bag=DeadlineRow,
    )
    for deadline in open_deadlines:
        found[deadline.debtor_id].deadlines.append(deadline)
    doc_ids = [d.document_id for d in open_deadlines if d.document_id is not None]
    for chunk in _chunks(doc_ids):
        for doc_id, debtor_id, received_on in session.execute(
            select(Document.id, Document.debtor_id, Document.received_on).where(
                Document.id.in_(chunk)
            )
        ):
            found[debtor_id].received[doc_id] = received_on
    return found


def _most_recent_loan(debtor: Row) -> Row | None:
    # The newest contract; loans without a date count as older than dated ones.
    return max(
        debtor.loans,
        key=lambda loan: (loan.contract_date is not None, loan.contract_date or date.min, loan.id),
        default=None,
    )


def _most_recent_active_proceeding(debtor: Row) -> Row | None:
    active = [p for p in debtor.proceedings if p.status == ProceedingStatus.ACTIVE]
    return max(active, key=lambda p: (p.created_at, p.id), default=None)


def _event_order(ev: Row) -> tuple[date, Any, int]:
    return (ev.date, ev.time or _MIDNIGHT, ev.id)


def _next_event(debtor: Row, kind: str, on: date) -> Row | None:
    upcoming = [ev for ev in debtor.events if ev.kind == kind and ev.date >= on]
    return min(upcoming, key=_event_order, default=None)


def choose(
    case: CaseData,
    *,
    loan_id: int | None = None,
    proceeding_id: int | None = None,
    event_id: int | None = None,
    on: date | None = None,
) -> Chosen:
    """The loan, proceeding and event a letter is about, checked to belong to the case.

    Explicit ids win. An event chosen without a proceeding brings its own
    proceeding; a proceeding chosen (or brought) without a loan brings its
    loan. Otherwise: the most recent loan, the most recent active proceeding,
    the next hearing of the case (today or later).
    """
    debtor = case.debtor
    on = on or clock_today()
    loans = {loan.id: loan for loan in debtor.loans}
    proceedings = {p.id: p for p in debtor.proceedings}
    events = {ev.id: ev for ev in debtor.events}

    event = None
    if event_id is not None:
        event = events.get(int(event_id))
        if event is None:
            raise ValidationError(
                "event_id", _("no such event in this case: {id}").format(id=event_id)
            )
    proceeding = None
    if proceeding_id is not None:
        proceeding = proceedings.get(int(proceeding_id))
        if proceeding is None:
            raise ValidationError(
                "proceeding_id",
                _("no such proceeding in this case: {id}").format(id=proceeding_id),
            )
        if event is not None and event.proceeding_id not in (None, proceeding.id):
            raise ValidationError(
                "event_id",
                _("event {e} belongs to another proceeding than {p}").format(
                    e=event.id, p=proceeding.id
                ),
            )
    elif event is not None and event.proceeding_id is not None:
        proceeding = proceedings.get(event.proceeding_id)
    explicit_proceeding = proceeding is not None
    loan = None
    if loan_id is not None:
        loan = loans.get(int(loan_id))
        if loan is None:
            raise ValidationError(
                "loan_id", _("no such loan in this case: {id}").format(id=loan_id)
            )
    if proceeding is None:
        proceeding = _most_recent_active_proceeding(debtor)
    if loan is None and explicit_proceeding and proceeding is not None:
        loan = loans.get(proceeding.loan_id) if proceeding.loan_id else None
    if loan is None:
        loan = _most_recent_loan(debtor)
    if event is None:
        event = _next_event(debtor, EventKind.HEARING, on)
    return Chosen(debtor, loan, proceeding, event)


# --- records as template data -----------------------------------------------------


def institution(
    name: str | None,
    kind: str,
    *,
    bin: str | None = None,
    address: str | None = None,
    city: str | None = None,
) -> dict[str, Any]:
    return {"name": name, "kind": kind, "bin": bin, "address": address, "city": city}


def _creditor(loan: Row | None) -> dict[str, Any] | None:
    c = loan.creditor if loan is not None else None
    if c is None:
        return None
    return institution(c.name, c.kind, bin=c.bin, address=c.address)


def _court(proceeding: Row | None) -> dict[str, Any] | None:
    court = proceeding.court if proceeding is not None else None
    if court is None:
        return None
    return institution(court.name, "court", address=court.address, city=court.city)


def _person(debtor: Row) -> dict[str, Any]:
    return {
        "full_name": debtor.full_name,
        "iin": debtor.iin,
        "phone": debtor.phone,
        "address": debtor.address,
        "city": debtor.city,
        "language": debtor.language,
    }


def _household(debtor: Row) -> dict[str, Any]:
    currency = "KZT"
    income = [line for line in debtor.budget_lines if line.kind == "income"]
    expenses = [line for line in debtor.budget_lines if line.kind == "expense"]

    def rows(lines: list[Any]) -> list[dict[str, Any]]:
        return [{"category": x.category, "amount": x.amount, "currency": x.currency} for x in lines]

    # Totals are in tenge: a line in another currency is listed but not added in.
    def total(lines: list[Any]) -> Decimal:
        return sum((x.amount for x in lines if x.currency == currency), Decimal("0.00"))

    income_total, expense_total = total(income), total(expenses)
    return {
        "size": debtor.household_size,
        "minors": debtor.minors,
        "vulnerable_status": debtor.vulnerable_status,
        "income": rows(income),
        "expenses": rows(expenses),
        "income_total": income_total,
        "expense_total": expense_total,
        "surplus": income_total - expense_total,
        "currency": currency,
    }


def _property(debtor: Row) -> dict[str, Any] | None:
    homes = list(debtor.properties)
    home = next((p for p in homes if p.sole_home), homes[0] if homes else None)
    if home is None:
        return None
    return {
        "address": home.address,
        "kind": home.kind,
        "area": home.area,
        "sole_home": home.sole_home,
        "unfinished": home.unfinished,
        "residents": home.residents,
        "minors": home.minors,
    }


def _loan(loan: Row) -> dict[str, Any]:
    payments = loan.payments  # in (date, id) order: load_cases reads them so
    statement = max(loan.statements, key=lambda s: (s.as_of, s.id), default=None)
    return {
        "contract_no": loan.contract_no,
        "contract_date": loan.contract_date,
        "currency": loan.currency,
        "principal": loan.principal,
        "rate": loan.rate,
        "term_months": loan.term_months,
        "collateral": loan.collateral,
        "creditor": _creditor(loan),
        "paid_total": sum(
            (p.amount for p in payments if p.currency == loan.currency), Decimal("0.00")
        ),
        "payments": [
            {"date": p.date, "amount": p.amount, "currency": p.currency} for p in payments
        ],
        "statement": None
        if statement is None
        else {
            "as_of": statement.as_of,
            "currency": statement.currency,
            "principal": statement.principal,
            "interest": statement.interest,
            "penalties": statement.penalties,
            "fees": statement.fees,
            "total": statement.total,
            "source": statement.source,
        },
    }


def _proceeding(p: Row | None) -> dict[str, Any] | None:
    if p is None:
        return None
    return {
        "kind": p.kind,
        "stage": p.stage,
        "status": p.status,
        "case_no": p.case_no,
        "judge": p.judge,
        "bailiff": p.bailiff,
        "court": _court(p),
    }


def attendee_names(text: str | None) -> list[str]:
    return [name.strip() for name in (text or "").split(",") if name.strip()]


def _event(ev: Row | None, proceedings: Mapping[int, Proceeding]) -> dict[str, Any] | None:
    if ev is None:
        return None
    proceeding = proceedings.get(ev.proceeding_id) if ev.proceeding_id else None
    return {
        "kind": ev.kind,
        "date": ev.date,
        "time": ev.time,
        "place": ev.place,
        "attendees": attendee_names(ev.attendees),
        "notes": ev.notes,
        "court": _court(proceeding),
    }


def _explanation_confidence(explanation: Mapping[str, Any] | None) -> str | None:
    for step in (explanation or {}).get("steps", []) or []:
        if isinstance(step, dict) and step.get("step") == "source":
            return str(step.get("confidence")) if step.get("confidence") else None
    return None


_LAWYER = "check_with_lawyer"


def _deadline_needs_lawyer(deadline: Row) -> bool:
    """``_needs_lawyer`` of the deadline's explanation, decoding it only when it may say so.

    Stored JSON text that neither holds the step's name nor escapes an ASCII
    character (``\\u00``: the only way to write the name otherwise) cannot
    hold a step of that name.
    """
    text = getattr(deadline, "explanation_json", None)
    if isinstance(deadline, DeadlineRow) and (
        text is None or (_LAWYER not in text and "\\u00" not in text)
    ):
        return False
    return _needs_lawyer(deadline.explanation)


def _needs_lawyer(explanation: Mapping[str, Any] | None) -> bool:
    steps = (explanation or {}).get("steps", []) or []
    return any(isinstance(s, dict) and s.get("step") == _LAWYER for s in steps)


def deadline_data(
    deadline: Row,
    lang: str,
    jurisdiction: Jurisdiction,
    *,
    provisional: bool = False,
    explain: bool = True,
) -> tuple[dict[str, Any], bool]:
    """A deadline as template data in ``lang``, and whether it needs a lawyer's check.

    ``explain`` False leaves the explanation of a computed deadline unworded
    (None): a batch whose template never reads deadlines skips the wording,
    a tenth of its data work.
    """
    if deadline.manual or not deadline.rule:
        return {
            "title": deadline.title,
            "due": deadline.due_date,
            "rule": None,
            "explanation": deadline.notes,
            "confidence": None,
        }, False
    rule = jurisdiction.rules.get(deadline.rule)
    explanation: str | None = None
    if explain and deadline.explanation:
        try:
            explanation = render_explanation(deadline.explanation, lang, jurisdiction)
        except ValidationError:  # an explanation of an unknown format: shown without words
            explanation = None
    if provisional and explain:
        explanation = f"{explanation} {PROVISIONAL[lang]}" if explanation else PROVISIONAL[lang]
    confidence = rule.confidence if rule else _explanation_confidence(deadline.explanation)
    return {
        "title": rule.title_in(lang) if rule else deadline.rule,
        "due": deadline.due_date,
        "rule": deadline.rule,
        "explanation": explanation,
        "confidence": confidence,
    }, confidence != "H" or _deadline_needs_lawyer(deadline)


# --- settings shared by every letter of a run ----------------------------------------


@dataclass(frozen=True)
class Shared:
    """What every letter of a run shares: settings, the jurisdiction, the running advisor."""

    settings: Mapping[str, str]
    jurisdiction: Jurisdiction
    runner: Advisor | None
    runner_name: str | None
    on: date

    @classmethod
    def load(cls, session: Session) -> Shared:
        rows = session.execute(
            select(Setting.key, Setting.value).where(Setting.year.is_(None))
        ).all()
        name = session.info.get("advisor") or None
        runner = session.scalar(select(Advisor).where(Advisor.name == name)) if name else None
        return cls(
            settings={key: value for key, value in rows},
            jurisdiction=jurisdiction_of(session),
            runner=runner,
            runner_name=name,
            on=clock_today(),
        )


def _recipient(
    kind: str,
    chosen: Chosen,
    creditor: dict[str, Any] | None,
    court: dict[str, Any] | None,
    advisor: dict[str, Any],
    group: dict[str, Any],
    shared: Shared,
) -> dict[str, Any] | None:
    debtor = chosen.debtor
    if kind in ("bank", "creditor"):
        return creditor
    if kind == "court":
        return court
    if kind == "bailiff":
        proceeding = chosen.proceeding
        if proceeding is None or not proceeding.bailiff:
            with_bailiff = [p for p in debtor.proceedings if p.bailiff]
            proceeding = max(with_bailiff, key=lambda p: (p.created_at, p.id), default=None)
        if proceeding is None:
            return None
        court_ = proceeding.court
        return institution(proceeding.bailiff, "bailiff", city=court_.city if court_ else None)
    if kind == "debtor":
        return institution(debtor.full_name, "debtor", address=debtor.address, city=debtor.city)
    if kind == "advisor":
        return institution(advisor["name"], "other", address=group["address"])
    # regulator / other: an addressee configured for the whole group, else none
    # (the template then prints its own default or what the advisor typed).
    name = shared.settings.get(f"{kind}.name")
    if not name:
        return None
    return institution(name, "other", address=shared.settings.get(f"{kind}.address"))


def _advisor(debtor: Row, shared: Shared) -> tuple[dict[str, Any], Advisor | None]:
    person = debtor.advisor or shared.runner
    if person is not None:
        return {"name": person.name, "phone": person.phone}, person
    return {"name": shared.runner_name, "phone": None}, None


def build_context(
    case: CaseData,
    chosen: Chosen,
    *,
    recipient_kind: str,
    lang: str,
    fields: Mapping[str, str] | None,
    outgoing_no: str,
    shared: Shared,
    explain_deadlines: bool = True,
) -> dict[str, Any]:
    """The template data of CONTEXT.md for a case and what the letter is about.

    ``explain_deadlines`` False: the deadlines' explanations are None (see
    :func:`deadline_data`); only for a template that never reads ``deadlines``.
    """
    debtor = chosen.debtor
    on = shared.on
    proceedings = {p.id: p for p in debtor.proceedings}
    # The chosen loan is one of the case's: its data is worked out once (the
    # templates cannot change what they read: an immutable sandbox).
    loans = [_loan(x) for x in debtor.loans]
    loan = None
    if chosen.loan is not None:
        loan = next((d for x, d in zip(debtor.loans, loans, strict=True) if x is chosen.loan), None)
        loan = loan or _loan(chosen.loan)
    creditor = loan["creditor"] if loan else None
    proceeding = _proceeding(chosen.proceeding)
    court = proceeding["court"] if proceeding else None

    decisions = [ev for ev in debtor.events if ev.kind == EventKind.DECISION_FINAL_FORM]
    latest = None
    if chosen.proceeding is not None:
        latest = max(
            (ev for ev in decisions if ev.proceeding_id == chosen.proceeding.id),
            key=_event_order,
            default=None,
        )
    latest = latest or max(decisions, key=_event_order, default=None)

    deadlines: list[dict[str, Any]] = []
    check = False
    for deadline in case.deadlines:
        provisional = (
            deadline.document_id is not None
            and not deadline.manual
            and case.received.get(deadline.document_id, date.min) is None
        )
        data, needs = deadline_data(
            deadline,
            lang,
            shared.jurisdiction,
            provisional=provisional,
            explain=explain_deadlines,
        )
        deadlines.append(data)
        check = check or needs

    advisor, advisor_row = _advisor(debtor, shared)
    settings = shared.settings
    group = {
        "name": settings.get("group.name") or (advisor_row.local_group if advisor_row else None),
        "phone": settings.get("group.phone"),
        "address": settings.get("group.address"),
    }
    return {
        "lang": lang,
        "today": on,
        "outgoing_no": outgoing_no,
        "debtor": _person(debtor),
        "household": _household(debtor),
        "property": _property(debtor),
        "loan": loan,
        "loans": loans,
        "creditor": creditor,
        "proceeding": proceeding,
        "court": court,
        "hearing": _event(chosen.event, proceedings),
        "decision": _event(latest, proceedings),
        "eviction": _event(_next_event(debtor, EventKind.EVICTION, on), proceedings),
        "auction": _event(_next_event(debtor, EventKind.AUCTION, on), proceedings),
        "deadlines": deadlines,
        "advisor": advisor,
        "group": group,
        "recipient": _recipient(recipient_kind, chosen, creditor, court, advisor, group, shared),
        "fields": {str(k): "" if v is None else str(v) for k, v in (fields or {}).items()},
        "check_with_lawyer": check,
    }


def check_lang(lang: str | None, debtor: Row) -> str:
    """The letter's language: ``lang`` if given, else the debtor's own."""
    chosen = lang or debtor.language or "ru"
    if chosen not in LANGUAGES:
        raise ValidationError(
            "lang",
            _("a letter is written in {langs}, not {lang!r}").format(
                langs=", ".join(LANGUAGES), lang=chosen
            ),
        )
    return chosen


def context_and_choice(
    session: Session,
    template_key: str,
    case_id: int,
    *,
    lang: str | None = None,
    loan_id: int | None = None,
    proceeding_id: int | None = None,
    event_id: int | None = None,
    fields: Mapping[str, str] | None = None,
    outgoing_no: str = PREVIEW_NO,
    library: TemplateLibrary | None = None,
) -> tuple[dict[str, Any], Chosen]:
    """``letter_context`` and the records it chose (the register keeps the proceeding)."""
    library = library or letter_library()
    info = library.info(template_key)
    case = load_cases(session, [case_id])[int(case_id)]
    shared = Shared.load(session)
    chosen = choose(
        case, loan_id=loan_id, proceeding_id=proceeding_id, event_id=event_id, on=shared.on
    )
    data = build_context(
        case,
        chosen,
        recipient_kind=info.recipient,
        lang=check_lang(lang, case.debtor),
        fields=fields,
        outgoing_no=outgoing_no,
        shared=shared,
    )
    return data, chosen


def letter_context(
    session: Session,
    template_key: str,
    case_id: int,
    *,
    lang: str | None = None,
    loan_id: int | None = None,
    proceeding_id: int | None = None,
    event_id: int | None = None,
    fields: Mapping[str, str] | None = None,
    outgoing_no: str = PREVIEW_NO,
    library: TemplateLibrary | None = None,
) -> dict[str, Any]:
    """What template ``template_key`` sees for case ``case_id`` (CONTEXT.md).

    ``lang`` defaults to the debtor's language. An id that is not of this case
    (a loan of another debtor) is a ValidationError naming ``loan_id``,
    ``proceeding_id`` or ``event_id``; an unknown template is a TemplateError.
    """
    data, _chosen = context_and_choice(
        session,
        template_key,
        case_id,
        lang=lang,
        loan_id=loan_id,
        proceeding_id=proceeding_id,
        event_id=event_id,
        fields=fields,
        outgoing_no=outgoing_no,
        library=library,
    )
    return data


def raw_meta(library: TemplateLibrary, key: str) -> dict[str, Any]:
    """Every key of a template's ``meta.toml`` (user copy first), past what TemplateInfo keeps.

    ``follow_up_days`` of letters and the items and audiences of checklists live
    there. ``library.info(key)`` is called first, so a missing or malformed
    template is the library's one-line TemplateError.
    """
    import tomllib

    library.info(key)
    for root in library.roots:
        path = root / key / "meta.toml"
        if path.is_file():
            with path.open("rb") as fh:
                return tomllib.load(fh)
    return {}  # pragma: no cover - info() found one
