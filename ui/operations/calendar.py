"""The calendar's items: hearings, evictions, auctions and open deadlines of a date range.

A month view shows six weeks at once; reading them day by day would be 42
queries, so a range is one UNION ALL of events and deadlines joined to their
debtor and advisor, filtered and ordered by the database. The ".ics" export of
the same range and filters comes from the deadline engine
(``debtdesk.deadlines.ical``), whose items are the same ones: events of those
kinds and open deadlines dated in the range, identified by their UUIDs.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from sqlalchemy import Boolean, String, Time, cast, literal, null, select, union_all

from debtdesk.clock import today as clock_today
from debtdesk.deadlines.engine import calendar_for, jurisdiction_of
from debtdesk.deadlines.labels import event_kind_label, norm_lang
from debtdesk.deadlines.urgency import urgency
from debtdesk.errors import ValidationError
from debtdesk.model import Advisor, Deadline, Debtor, Event
from debtdesk.vocab import THREAT_KINDS, DeadlineStatus, EventKind
from ui.operations.base import action as _action
from ui.operations.today import NO_FILTERS, TodayFilters

if TYPE_CHECKING:
    from debtdesk.db.database import Database

__all__ = ["EVENT_KINDS", "MAX_RANGE_DAYS", "CalendarItem", "export_ics", "items_between"]

# What the calendar shows besides deadlines: the dates a person must be somewhere.
EVENT_KINDS = (EventKind.HEARING.value, EventKind.EVICTION.value, EventKind.AUCTION.value)
THREATS = frozenset(kind.value for kind in THREAT_KINDS)
MAX_RANGE_DAYS = 3660


@dataclass(frozen=True)
class CalendarItem:
    kind: str  # hearing | eviction | auction | deadline
    date: date
    title: str  # the event kind or the deadline, in the requested language
    debtor_id: int
    full_name: str
    city: str | None
    advisor: str | None
    # As of today: overdue | today | soon | fortnight | later; "past" for an event
    # that has happened (a hearing last week is history, not overdue).
    urgency: str
    uuid: str
    time: time | None = None
    place: str | None = None
    attendees: str | None = None
    event_id: int | None = None
    deadline_id: int | None = None


def _check_range(first: date, last: date) -> None:
    if last < first:
        raise ValidationError(
            "last", QCoreApplication.translate("operations", "the range ends before it starts")
        )
    if (last - first).days > MAX_RANGE_DAYS:
        raise ValidationError(
            "last", QCoreApplication.translate("operations", "the range is too long")
        )


def items_between(
    db: Database,
    first: date,
    last: date,
    filters: TodayFilters = NO_FILTERS,
    *,
    lang: str = "en",
) -> list[CalendarItem]:
    """Events and open deadlines dated ``first``..``last`` (inclusive), by date and time."""
    _check_range(first, last)
    lang = norm_lang(lang)
    events = select(
        literal("event").label("source"),
        Event.id.label("id"),
        Event.kind.label("kind"),
        Event.date.label("day"),
        Event.time.label("at"),
        Event.place.label("place"),
        Event.attendees.label("attendees"),
        cast(null(), String).label("title"),
        cast(null(), Boolean).label("manual"),
        Event.uuid.label("uuid"),
        Event.debtor_id.label("debtor_id"),
    ).where(Event.kind.in_(EVENT_KINDS), Event.date >= first, Event.date <= last)
    deadlines = select(
        literal("deadline").label("source"),
        Deadline.id,
        Deadline.rule,
        Deadline.due_date,
        cast(null(), Time),
        cast(null(), String),
        cast(null(), String),
        Deadline.title,
        Deadline.manual,
        Deadline.uuid,
        Deadline.debtor_id,
    ).where(
        Deadline.status == DeadlineStatus.OPEN,
        Deadline.due_date >= first,
        Deadline.due_date <= last,
    )
    both = union_all(events, deadlines).subquery("item")
    query = (
        select(both, Debtor.full_name, Debtor.city, Advisor.name.label("advisor"))
        .join(Debtor, Debtor.id == both.c.debtor_id)
        .outerjoin(Advisor, Advisor.id == Debtor.advisor_id)
        .order_by(both.c.day)
    )
    if filters.advisor:
        query = query.where(Advisor.name == filters.advisor)
    if filters.city:
        query = query.where(Debtor.city == filters.city)
    on = clock_today()
    found: list[CalendarItem] = []
    with _action(db) as s:
        jurisdiction = jurisdiction_of(s)
        working = calendar_for(s, jurisdiction)
        for row in s.execute(query):
            if row.source == "event":
                kind, title = row.kind, event_kind_label(row.kind, lang)
            elif row.manual or not row.kind:
                kind, title = "deadline", row.title or ""
            else:
                rule = jurisdiction.rules.get(row.kind)
                kind, title = "deadline", rule.title_in(lang) if rule else row.kind
            found.append(
                CalendarItem(
                    kind=kind,
                    date=row.day,
                    title=title,
                    debtor_id=row.debtor_id,
                    full_name=row.full_name,
                    city=row.city,
                    advisor=row.advisor,
                    urgency="past"
                    if row.source == "event" and row.day < on
                    else urgency(row.day, on, working).value,
                    uuid=row.uuid,
                    time=row.at,
                    place=row.place,
                    attendees=row.attendees,
                    event_id=row.id if row.source == "event" else None,
                    deadline_id=row.id if row.source == "deadline" else None,
                )
            )
    found.sort(key=_day_order)
    return found


def _day_order(item: CalendarItem) -> tuple[date, int, time, str, int]:
    """Within a day: homes in danger, then hearings by time, then deadlines (any backend)."""
    rank = 0 if item.kind in THREATS else 1 if item.event_id is not None else 2
    return (
        item.date,
        rank,
        item.time or time.min,
        item.full_name,
        item.event_id or item.deadline_id or 0,
    )


def export_ics(
    db: Database,
    first: date,
    last: date,
    filters: TodayFilters = NO_FILTERS,
    *,
    lang: str = "en",
) -> bytes:
    """The iCalendar file of ``first``..``last`` with these filters (the engine's export)."""
    from debtdesk.deadlines.ical import build_ical

    _check_range(first, last)
    with _action(db) as s:
        return build_ical(
            s,
            start=first,
            days=(last - first).days,
            lang=norm_lang(lang),
            advisor=filters.advisor,
            city=filters.city,
        )
