"""An agenda's lines and sections as plain values, and how a row of SQL becomes a line.

Free of SQLAlchemy: the Today page's first screen is read before the database
layer is imported (``debtdesk.first_screen``), with the same lines as
``debtdesk.deadlines.agenda`` builds from its own queries.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time
from typing import Any

from debtdesk.deadlines.calendar import WorkingCalendar
from debtdesk.deadlines.labels import event_kind_label
from debtdesk.deadlines.rules import Jurisdiction
from debtdesk.deadlines.urgency import urgency

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


@dataclass(frozen=True)
class AgendaSection:
    """One section's page of items and how many the whole section holds."""

    name: str
    total: int  # every item of the section in the range, with the filters applied
    offset: int
    items: tuple[AgendaItem, ...]

    @property
    def remaining(self) -> int:
        """Items after this page (ask for them with ``offset + len(items)``)."""
        return max(0, self.total - self.offset - len(self.items))


def _dated(
    section: str, row: Any, day: date, start: date, calendar: WorkingCalendar
) -> dict[str, Any]:
    """What every line has: its date and urgency, the person (``PEOPLE``), the identity."""
    return {
        "section": section,
        "date": day,
        "days_left": (day - start).days,
        "urgency": urgency(day, start, calendar).value,
        "debtor_id": row.id,
        "full_name": row.full_name,
        "city": row.city,
        "address": row.address,
        "advisor": row.advisor,
        "case_no": row.case_no,
        "uuid": row.uuid,
        "version": row.version,
    }


def item_from_event(
    section: str, row: Any, start: date, calendar: WorkingCalendar, lang: str
) -> AgendaItem:
    """The line of an event row (``EVENT_COLUMNS`` and ``PEOPLE`` of the agenda)."""
    return AgendaItem(
        **_dated(section, row, row.date, start, calendar),
        kind=row.kind,
        title=event_kind_label(row.kind, lang),
        time=row.time,
        place=row.place,
        attendees=row.attendees,
        event_id=row.event_id,
    )


def item_from_deadline(
    section: str,
    row: Any,
    start: date,
    calendar: WorkingCalendar,
    lang: str,
    jurisdiction: Jurisdiction,
) -> AgendaItem:
    """The line of a deadline row (``DEADLINE_COLUMNS`` and ``PEOPLE`` of the agenda)."""
    if row.manual or not row.rule:
        title, kind = row.title or "", "manual"
    else:
        title, kind = jurisdiction.rule(row.rule).title_in(lang), row.rule
    return AgendaItem(
        **_dated(section, row, row.due_date, start, calendar),
        kind=kind,
        title=title,
        event_id=row.event_id,
        deadline_id=row.deadline_id,
    )
