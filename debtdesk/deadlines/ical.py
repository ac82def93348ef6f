"""Export hearings, deadlines, evictions and auctions as an iCalendar file (RFC 5545).

UIDs are the records' UUIDs and SEQUENCE their version, so importing the file
again updates the entries in a calendar program instead of duplicating them.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from icalendar import Alarm, Calendar
from icalendar import Event as IEvent
from sqlalchemy.orm import Session

from debtdesk import __version__
from debtdesk.clock import today as clock_today
from debtdesk.clock import utcnow
from debtdesk.deadlines.agenda import AgendaItem, agenda
from debtdesk.deadlines.engine import jurisdiction_of
from debtdesk.deadlines.explain import render_explanation
from debtdesk.model import Deadline

HEARING_LENGTH = timedelta(hours=2)


def _alarm(before: timedelta, text: str) -> Alarm:
    alarm = Alarm()
    alarm.add("action", "DISPLAY")
    alarm.add("description", text)
    alarm.add("trigger", -before)
    return alarm


def build_ical(
    session: Session,
    *,
    start: date | None = None,
    days: int = 90,
    lang: str = "en",
    advisor: str | None = None,
    city: str | None = None,
) -> bytes:
    """The calendar file for ``days`` days from ``start`` (today by default)."""
    start = start or clock_today()
    jurisdiction = jurisdiction_of(session)
    zone = ZoneInfo(jurisdiction.time_zone)
    items = [
        item
        for item in agenda(
            session,
            start=start,
            days=days,
            advisor=advisor,
            city=city,
            lang=lang,
            threat_days=days,
        )
        if item.section not in ("overdue", "awaiting_reply")
    ]
    cal = Calendar()
    cal.add("prodid", f"-//debtdesk//debtdesk {__version__}//EN")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("x-wr-calname", "debtdesk")
    stamp = utcnow().replace(tzinfo=ZoneInfo("UTC"))
    for item in items:
        cal.add_component(_entry(session, item, zone, stamp, lang))
    cal.add_missing_timezones()
    return cal.to_ical()


def _entry(
    session: Session, item: AgendaItem, zone: ZoneInfo, stamp: datetime, lang: str
) -> IEvent:
    entry = IEvent()
    entry.add("uid", f"{item.uuid}@debtdesk")
    entry.add("dtstamp", stamp)
    entry.add("sequence", item.version)
    entry.add("summary", f"{item.title}: {item.full_name}")
    details = [x for x in (item.case_no, item.city, item.place, item.attendees) if x]
    if item.time is not None:
        begin = datetime.combine(item.date, item.time, tzinfo=zone)
        entry.add("dtstart", begin)
        entry.add("dtend", begin + HEARING_LENGTH)
    else:
        entry.add("dtstart", item.date)
        entry.add("dtend", item.date + timedelta(days=1))
        entry.add("transp", "TRANSPARENT")
    if item.place:
        entry.add("location", item.place)
    entry.add("categories", [item.section])
    if item.deadline_id is not None:
        deadline = session.get(Deadline, item.deadline_id)
        if deadline is not None and deadline.explanation:
            details.append(render_explanation(deadline.explanation, lang))
        reminders = (7, 1)
        if deadline is not None and deadline.rule and not deadline.manual:
            reminders = jurisdiction_of(session).rule(deadline.rule).reminders or reminders
        for days_before in reminders:
            entry.add_component(_alarm(timedelta(days=days_before), entry["summary"]))
    else:
        entry.add_component(_alarm(timedelta(days=1), entry["summary"]))
        if item.section == "threat":
            entry.add_component(_alarm(timedelta(days=7), entry["summary"]))
    if details:
        entry.add("description", "\n".join(details))
    return entry
