"""The agenda: what needs attention in a date range, in the order assemblies triage.

First the homes in danger (evictions and auctions within 30 days), then
overdue deadlines, then deadlines due, then hearings, then letters whose reply
is late. It feeds the Today page, ``debtdesk agenda`` and the meeting sheet.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time, timedelta
from typing import Any

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from debtdesk.clock import today as clock_today
from debtdesk.deadlines.engine import calendar_for, jurisdiction_of
from debtdesk.deadlines.labels import event_kind_label, norm_lang
from debtdesk.deadlines.urgency import urgency
from debtdesk.model import Advisor, Deadline, Debtor, Event, Proceeding
from debtdesk.model.vocab import THREAT_KINDS, DeadlineStatus, EventKind

THREAT_DAYS = 30
SECTIONS = ("threat", "overdue", "due", "hearing", "awaiting_reply")


@dataclass(frozen=True)
class AgendaItem:
    section: str  # threat | overdue | due | hearing | awaiting_reply
    date: date
    days_left: int
    urgency: str
    kind: str  # the event kind, or the deadline's rule key ("manual" for hand-made ones)
    title: str
    debtor_id: int
    full_name: str
    city: str | None
    address: str | None
    advisor: str | None
    case_no: str | None
    uuid: str  # of the event or deadline: a stable identity for calendars
    version: int
    time: time | None = None
    place: str | None = None
    attendees: str | None = None
    event_id: int | None = None
    deadline_id: int | None = None
    document_id: int | None = None


# Only what an agenda line shows: whole rows would drag in every explanation's JSON.
EVENT_COLUMNS = (
    Event.id.label("event_id"),
    Event.kind,
    Event.date,
    Event.time,
    Event.place,
    Event.attendees,
    Event.uuid,
    Event.version,
)
DEADLINE_COLUMNS = (
    Deadline.id.label("deadline_id"),
    Deadline.rule,
    Deadline.title,
    Deadline.manual,
    Deadline.due_date,
    Deadline.event_id,
    Deadline.uuid,
    Deadline.version,
)


def _filtered(query: Select, advisor: str | None, city: str | None) -> Select:
    if advisor:
        query = query.where(Advisor.name == advisor)
    if city:
        query = query.where(Debtor.city == city)
    return query


def agenda(
    session: Session,
    *,
    start: date | None = None,
    days: int = 14,
    advisor: str | None = None,
    city: str | None = None,
    lang: str = "en",
    threat_days: int = THREAT_DAYS,
) -> list[AgendaItem]:
    """Everything needing attention from ``start`` for ``days`` days, in triage order."""
    lang = norm_lang(lang)
    start = start or clock_today()
    end = start + timedelta(days=days)
    jurisdiction = jurisdiction_of(session)
    calendar = calendar_for(session, jurisdiction)
    people = (
        Debtor.id,
        Debtor.full_name,
        Debtor.city,
        Debtor.address,
        Advisor.name.label("advisor"),
        Proceeding.case_no,
    )

    def event_rows(kinds: list[str], until: date) -> list:
        query = (
            select(*EVENT_COLUMNS, *people)
            .join(Debtor, Debtor.id == Event.debtor_id)
            .outerjoin(Advisor, Advisor.id == Debtor.advisor_id)
            .outerjoin(Proceeding, Proceeding.id == Event.proceeding_id)
            .where(Event.kind.in_(kinds), Event.date >= start, Event.date <= until)
            .order_by(Event.date, Event.time, Debtor.full_name)
        )
        return session.execute(_filtered(query, advisor, city)).all()

    def deadline_rows(*conditions: object) -> list:
        query = (
            select(*DEADLINE_COLUMNS, *people)
            .join(Debtor, Debtor.id == Deadline.debtor_id)
            .outerjoin(Advisor, Advisor.id == Debtor.advisor_id)
            .outerjoin(Proceeding, Proceeding.id == Deadline.proceeding_id)
            .where(Deadline.status == DeadlineStatus.OPEN, *conditions)
            .order_by(Deadline.due_date, Debtor.full_name)
        )
        return session.execute(_filtered(query, advisor, city)).all()

    items: list[AgendaItem] = []

    def from_event(section: str, row: Any) -> AgendaItem:
        ev = row
        return AgendaItem(
            section=section,
            date=ev.date,
            days_left=(ev.date - start).days,
            urgency=urgency(ev.date, start, calendar).value,
            kind=ev.kind,
            title=event_kind_label(ev.kind, lang),
            debtor_id=row.id,
            full_name=row.full_name,
            city=row.city,
            address=row.address,
            advisor=row.advisor,
            case_no=row.case_no,
            uuid=ev.uuid,
            version=ev.version,
            time=ev.time,
            place=ev.place,
            attendees=ev.attendees,
            event_id=ev.event_id,
        )

    def from_deadline(section: str, row: Any) -> AgendaItem:
        dl = row
        if dl.manual or not dl.rule:
            title, kind = dl.title or "", "manual"
        else:
            title, kind = jurisdiction.rule(dl.rule).title_in(lang), dl.rule
        return AgendaItem(
            section=section,
            date=dl.due_date,
            days_left=(dl.due_date - start).days,
            urgency=urgency(dl.due_date, start, calendar).value,
            kind=kind,
            title=title,
            debtor_id=row.id,
            full_name=row.full_name,
            city=row.city,
            address=row.address,
            advisor=row.advisor,
            case_no=row.case_no,
            uuid=dl.uuid,
            version=dl.version,
            event_id=dl.event_id,
            deadline_id=dl.deadline_id,
        )

    threats = [k.value for k in THREAT_KINDS]
    items += [from_event("threat", r) for r in event_rows(threats, start + timedelta(threat_days))]
    # A letter's late reply is its own section below, not an overdue deadline.
    overdue = deadline_rows(Deadline.due_date < start, Deadline.document_id.is_(None))
    items += [from_deadline("overdue", r) for r in overdue]
    items += [
        from_deadline("due", r)
        for r in deadline_rows(Deadline.due_date >= start, Deadline.due_date <= end)
    ]
    items += [from_event("hearing", r) for r in event_rows([EventKind.HEARING.value], end)]
    items += _awaiting_replies(session, start, advisor, city, lang)
    return items


def _awaiting_replies(
    session: Session, start: date, advisor: str | None, city: str | None, lang: str
) -> list[AgendaItem]:
    # Imported here: the register brings the PDF machinery, which the rest of
    # the agenda does not need.
    from debtdesk.documents.register import awaiting_reply

    return [
        AgendaItem(
            section="awaiting_reply",
            date=late.due,
            days_left=-late.days_overdue,
            urgency="overdue",
            kind=late.template,
            title=f"{late.title} ({late.outgoing_no})",
            debtor_id=late.debtor_id,
            full_name=late.full_name,
            city=late.city,
            address=None,
            advisor=late.advisor,
            case_no=None,
            uuid=late.uuid,
            version=late.version,
            place=late.recipient,
            deadline_id=late.deadline_id,
            document_id=late.document_id,
        )
        for late in awaiting_reply(session, on=start, advisor=advisor, city=city, lang=lang)
    ]
