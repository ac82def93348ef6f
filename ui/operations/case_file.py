"""Case file operations: the header, the person form, budget lines and the timeline.

Each function is one user action with one session (``base.action``), taking and
returning plain frozen dataclasses, so the case file's widgets never hold ORM
objects. The person form carries the debtor's ``version`` as read, and saving
passes it back as ``expected_version``: another advisor's save in between is
reported as ``ConflictError`` instead of being overwritten.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, fields
from datetime import date, datetime
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from debtdesk.clock import today
from debtdesk.deadlines.engine import calendar_for, jurisdiction_of
from debtdesk.deadlines.labels import norm_lang
from debtdesk.deadlines.urgency import urgency
from debtdesk.model import Advisor, AuditEntry, BudgetLine, Deadline, Debtor, Event, Note, Property
from debtdesk.services import cases, debtors, household, notes
from debtdesk.services.advisors import list_advisors
from debtdesk.vocab import THREAT_KINDS, AuditAction, DeadlineStatus, EventKind
from ui.operations.base import action as _action

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from debtdesk.db.database import Database

__all__ = [
    "AdvisorChoice",
    "BudgetLineRow",
    "BudgetLineValues",
    "CaseHeader",
    "Household",
    "PersonForm",
    "PersonPage",
    "PropertyRow",
    "PropertyValues",
    "Threat",
    "TimelineItem",
    "add_budget_line",
    "add_note",
    "add_property",
    "case_header",
    "changed_fields",
    "delete_budget_line",
    "delete_property",
    "household_of",
    "load_person",
    "load_person_page",
    "save_person",
    "timeline",
    "update_budget_line",
    "update_property",
]


# --- Header ------------------------------------------------------------------------


@dataclass(frozen=True)
class Threat:
    """An eviction or auction date still ahead: the home is at stake."""

    kind: str  # EventKind.EVICTION | EventKind.AUCTION
    date: date
    days_left: int


@dataclass(frozen=True)
class CaseHeader:
    id: int
    full_name: str
    city: str | None
    status: str
    advisor: str | None
    # Urgency (debtdesk.deadlines.urgency.Urgency value) of the next open
    # deadline (an overdue one first); None when no deadline is open. Threats
    # carry their own days left: "later" beside "auction in 21 days" misleads.
    urgency: str | None
    next_deadline: date | None
    next_deadline_title: str
    next_hearing: date | None
    threats: tuple[Threat, ...]


def case_header(db: Database, case_id: int, lang: str = "en") -> CaseHeader:
    """What the case file's header shows: who, where, and what comes next."""
    lang = norm_lang(lang)
    on = today()
    with _action(db) as s:
        debtor = debtors.get_debtor(s, case_id)
        advisor = s.get(Advisor, debtor.advisor_id) if debtor.advisor_id else None
        deadline = s.execute(
            select(Deadline.due_date, Deadline.rule, Deadline.title, Deadline.manual)
            .where(Deadline.debtor_id == case_id, Deadline.status == DeadlineStatus.OPEN)
            .order_by(Deadline.due_date, Deadline.id)
            .limit(1)
        ).first()
        hearing = s.scalar(
            select(Event.date)
            .where(Event.debtor_id == case_id, Event.kind == EventKind.HEARING, Event.date >= on)
            .order_by(Event.date)
            .limit(1)
        )
        threat_rows = s.execute(
            select(Event.kind, Event.date)
            .where(
                Event.debtor_id == case_id,
                Event.kind.in_([k.value for k in THREAT_KINDS]),
                Event.date >= on,
            )
            .order_by(Event.date)
        ).all()
        threats = tuple(Threat(r.kind, r.date, (r.date - on).days) for r in threat_rows)
        level = urgency(deadline.due_date, on, calendar_for(s)).value if deadline else None
        title = ""
        if deadline is not None:
            if deadline.manual or not deadline.rule:
                title = deadline.title or ""
            else:
                title = jurisdiction_of(s).rule(deadline.rule).title_in(lang)
        return CaseHeader(
            id=debtor.id,
            full_name=debtor.full_name,
            city=debtor.city,
            status=debtor.status,
            advisor=advisor.name if advisor else None,
            urgency=level,
            next_deadline=deadline.due_date if deadline else None,
            next_deadline_title=title,
            next_hearing=hearing,
            threats=threats,
        )


# --- Person form -------------------------------------------------------------------


@dataclass(frozen=True)
class PersonForm:
    """The debtor's own fields as the form edits them, with the version read."""

    id: int
    version: int
    full_name: str
    iin: str | None
    phone: str | None
    address: str | None
    city: str | None
    language: str
    problem_kind: str
    status: str
    advisor_id: int | None
    household_size: int | None
    minors: int | None
    vulnerable_status: str
    consent_date: date | None
    tags: tuple[str, ...]


_NOT_FIELDS = {"id", "version"}
PERSON_FIELDS = tuple(f.name for f in fields(PersonForm) if f.name not in _NOT_FIELDS)


@dataclass(frozen=True)
class AdvisorChoice:
    id: int
    name: str


def _person(debtor: Debtor) -> PersonForm:
    return PersonForm(
        id=debtor.id,
        version=debtor.version,
        full_name=debtor.full_name,
        iin=debtor.iin,
        phone=debtor.phone,
        address=debtor.address,
        city=debtor.city,
        language=debtor.language,
        problem_kind=debtor.problem_kind,
        status=debtor.status,
        advisor_id=debtor.advisor_id,
        household_size=debtor.household_size,
        minors=debtor.minors,
        vulnerable_status=debtor.vulnerable_status,
        consent_date=debtor.consent_date,
        tags=tuple(debtor.tags or ()),
    )


def load_person(db: Database, case_id: int) -> PersonForm:
    with _action(db) as s:
        return _person(debtors.get_debtor(s, case_id))


def changed_fields(old: PersonForm, new: Mapping[str, Any]) -> dict[str, Any]:
    """The values in ``new`` that differ from ``old`` (what a save should send).

    Only these are sent, so keeping one's own version after a conflict
    overwrites only the fields one edited, not the other advisor's other edits.
    """
    out: dict[str, Any] = {}
    for name in PERSON_FIELDS:
        if name not in new:
            continue
        value = new[name]
        before = getattr(old, name)
        if name == "tags":
            if tuple(value or ()) != before:
                out[name] = list(value or ())
        elif (value or None) != (before or None) or (value == 0) != (before == 0):
            out[name] = value
    return out


def save_person(
    db: Database, case_id: int, changes: Mapping[str, Any], expected_version: int
) -> PersonForm:
    """Save ``changes`` to the debtor read at ``expected_version``; the form as saved."""
    with _action(db) as s:
        debtors.update_debtor(s, case_id, changes, expected_version=expected_version)
        s.flush()
        return _person(debtors.get_debtor(s, case_id))


@dataclass(frozen=True)
class PersonPage:
    """All the person tab shows, read in one session."""

    form: PersonForm
    advisors: tuple[AdvisorChoice, ...]
    cities: tuple[str, ...]  # already in the database, offered as one types
    household: Household


def load_person_page(db: Database, case_id: int) -> PersonPage:
    with _action(db) as s:
        return PersonPage(
            form=_person(debtors.get_debtor(s, case_id)),
            advisors=tuple(AdvisorChoice(a.id, a.name) for a in list_advisors(s)),
            cities=tuple(cases.cities(s)),
            household=_household(s, case_id),
        )


# --- Budget lines and properties -------------------------------------------------


@dataclass(frozen=True)
class BudgetLineRow:
    id: int
    version: int
    kind: str  # BudgetKind: income | expense
    category: str
    amount: Decimal
    currency: str
    note: str | None


@dataclass(frozen=True)
class BudgetLineValues:
    """A budget line as typed: the amount stays text so the service judges it."""

    kind: str
    category: str
    amount: str
    currency: str = "KZT"
    note: str = ""


def _budget_rows(s: Session, case_id: int) -> list[BudgetLineRow]:
    rows = s.scalars(
        select(BudgetLine)
        .where(BudgetLine.debtor_id == case_id)
        .order_by(BudgetLine.kind.desc(), BudgetLine.id)  # income before expense
    )
    return [
        BudgetLineRow(r.id, r.version, r.kind, r.category, r.amount, r.currency, r.note)
        for r in rows
    ]


def _budget_values(values: BudgetLineValues) -> dict[str, Any]:
    return {
        "kind": values.kind,
        "category": values.category,
        "amount": values.amount,
        "currency": values.currency,
        "note": values.note,
    }


def add_budget_line(db: Database, case_id: int, values: BudgetLineValues) -> int:
    with _action(db) as s:
        return household.add_budget_line(s, case_id, _budget_values(values)).id


def update_budget_line(
    db: Database, line_id: int, values: BudgetLineValues, expected_version: int
) -> None:
    with _action(db) as s:
        household.update_budget_line(
            s, line_id, _budget_values(values), expected_version=expected_version
        )


def delete_budget_line(db: Database, line_id: int) -> None:
    with _action(db) as s:
        household.delete_budget_line(s, line_id)


@dataclass(frozen=True)
class PropertyRow:
    id: int
    version: int
    address: str
    kind: str
    area: Decimal | None
    sole_home: bool
    unfinished: bool
    residents: int | None
    minors: int | None


@dataclass(frozen=True)
class PropertyValues:
    """A property as typed: numbers stay text so the service judges them."""

    address: str
    kind: str = "apartment"
    area: str = ""
    sole_home: bool = True
    unfinished: bool = False
    residents: str = ""
    minors: str = ""


def _property_rows(s: Session, case_id: int) -> list[PropertyRow]:
    rows = s.scalars(select(Property).where(Property.debtor_id == case_id).order_by(Property.id))
    return [
        PropertyRow(
            r.id,
            r.version,
            r.address,
            r.kind,
            r.area,
            r.sole_home,
            r.unfinished,
            r.residents,
            r.minors,
        )
        for r in rows
    ]


@dataclass(frozen=True)
class Household:
    budget_lines: tuple[BudgetLineRow, ...]
    properties: tuple[PropertyRow, ...]


def _household(s: Session, case_id: int) -> Household:
    return Household(tuple(_budget_rows(s, case_id)), tuple(_property_rows(s, case_id)))


def household_of(db: Database, case_id: int) -> Household:
    """The case's budget lines (income first) and properties."""
    with _action(db) as s:
        return _household(s, case_id)


def _property_values(values: PropertyValues) -> dict[str, Any]:
    return {f.name: getattr(values, f.name) for f in fields(PropertyValues)}


def add_property(db: Database, case_id: int, values: PropertyValues) -> int:
    with _action(db) as s:
        return household.add_property(s, case_id, _property_values(values)).id


def update_property(
    db: Database, property_id: int, values: PropertyValues, expected_version: int
) -> None:
    with _action(db) as s:
        household.update_property(
            s, property_id, _property_values(values), expected_version=expected_version
        )


def delete_property(db: Database, property_id: int) -> None:
    with _action(db) as s:
        household.delete_property(s, property_id)


# --- Timeline ----------------------------------------------------------------------


@dataclass(frozen=True)
class TimelineItem:
    """A note or an audit line of the case; the tab puts audit lines into words."""

    at: datetime  # UTC, naive (as stored)
    who: str | None
    source: str  # "note" | "audit"
    text: str = ""  # the note's text
    note_kind: str = ""  # NoteKind of a note
    action: str = ""  # AuditAction of an audit line
    entity: str = ""  # the audited table: debtor, loan, event, …
    changed: tuple[str, ...] = ()
    # What the record is, when it still exists and says so briefly (an event's kind).
    subject: str = ""


def _subjects(s: Session, entries: list[AuditEntry]) -> dict[tuple[str, int], str]:
    """Event kinds of the audited events, so a line can say "added a hearing"."""
    event_ids = {e.entity_id for e in entries if e.entity == "event"}
    if not event_ids:
        return {}
    rows = s.execute(select(Event.id, Event.kind).where(Event.id.in_(event_ids)))
    return {("event", r.id): r.kind for r in rows}


def timeline(db: Database, case_id: int, limit: int = 1000) -> list[TimelineItem]:
    """Notes and audit lines of the case, newest first (at most ``limit`` of each)."""
    with _action(db) as s:
        debtors.get_debtor(s, case_id)
        note_rows = s.execute(
            select(Note.at, Note.kind, Note.text, Advisor.name)
            .outerjoin(Advisor, Advisor.id == Note.advisor_id)
            .where(Note.debtor_id == case_id)
            .order_by(Note.at.desc(), Note.id.desc())
            .limit(limit)
        ).all()
        entries = list(
            s.scalars(
                select(AuditEntry)
                .where(AuditEntry.debtor_id == case_id)
                .order_by(AuditEntry.at.desc(), AuditEntry.id.desc())
                .limit(limit)
            )
        )
        subjects = _subjects(s, entries)
        items = [
            TimelineItem(at=r.at, who=r.name, source="note", text=r.text, note_kind=r.kind)
            for r in note_rows
        ]
        for e in entries:
            # A new note is already on the timeline as itself.
            if e.entity == "note" and e.action == AuditAction.CREATE:
                continue
            items.append(
                TimelineItem(
                    at=e.at,
                    who=e.advisor_name,
                    source="audit",
                    action=e.action,
                    entity=e.entity,
                    changed=tuple(e.changed or ()),
                    subject=subjects.get((e.entity, e.entity_id), ""),
                )
            )
        # Stable: a note and its audit line share a second; notes stay above.
        items.sort(key=lambda item: item.at, reverse=True)
        return items


def add_note(db: Database, case_id: int, text: str, kind: str = "note") -> None:
    with _action(db) as s:
        notes.add_note(s, case_id, {"text": text, "kind": kind})
