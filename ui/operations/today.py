"""Today's triage: the agenda's sections for the Today page, marking done and undoing it.

The Today page must be on screen within 200 ms of switching to it, so the first
screen avoids the two slow imports on the agenda's path:

- the holiday calendar (``holidays``, about a third of a CPU second the first
  time), which the agenda needs only to tell "within 3 working days" from
  "within 14 days". Until it has been loaded once in this process
  (``load_working_calendar``, run off the GUI thread), the sections are read
  with a calendar of weekends and the advisors' recorded days only; a holiday
  can only push the "3 working days" bound later, so for a moment a row may
  read "within 14 days" where it will read "within 3 working days" (the
  register's first screen does the same);
- the letter register (reportlab and Jinja2, over a CPU second), which the
  "letters awaiting a reply" section reads. ``LATE_SECTIONS`` are loaded on
  their own, off the GUI thread, until the register has been imported.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from debtdesk.clock import today as clock_today
from debtdesk.db.deferred import DeferredDatabase
from debtdesk.deadlines.agenda_items import SECTIONS, AgendaSection
from debtdesk.deadlines.calendar import WorkingCalendar
from debtdesk.first_screen import FirstScreen, WeekendsOnly
from ui.operations.base import action as _action

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from debtdesk.db.database import Database

__all__ = [
    "DUE_DAYS",
    "FIRST_SECTIONS",
    "HEARING_DAYS",
    "LATE_SECTIONS",
    "NO_FILTERS",
    "SECTIONS",
    "TodayFilters",
    "TodaySections",
    "calendar_loaded",
    "late_sections_ready",
    "load_sections",
    "load_working_calendar",
    "mark_done",
    "meeting_sheet_pdf",
    "reopen",
]

DUE_DAYS = 14  # deadlines "in the next 14 days"
HEARING_DAYS = 6  # hearings "this week": today and the six days after
FIRST_SECTIONS = ("threat", "overdue", "due", "hearing")
LATE_SECTIONS = ("awaiting_reply",)
_REGISTER = "debtdesk.documents.register"


@dataclass(frozen=True)
class TodayFilters:
    """Narrowing of the Today page: an advisor's cases (by name), a city."""

    advisor: str | None = None
    city: str | None = None


NO_FILTERS = TodayFilters()


@dataclass(frozen=True)
class TodaySections:
    """Sections of the Today page in triage order, each a page of a known total."""

    on: date
    sections: tuple[AgendaSection, ...]
    # Urgency counted with the holiday calendar (False: weekends only, see above).
    exact: bool

    def section(self, name: str) -> AgendaSection | None:
        return next((s for s in self.sections if s.name == name), None)


_calendar_loaded = False


def calendar_loaded() -> bool:
    """Whether the holiday calendar is loaded in this process (then urgency is exact)."""
    return _calendar_loaded


def late_sections_ready() -> bool:
    """Whether ``LATE_SECTIONS`` can be read at once (the letter register is imported)."""
    return _REGISTER in sys.modules


def load_working_calendar(db: Database) -> bool:
    """Load the holiday calendar (slow the first time; run it off the GUI thread).

    Returns whether the weekends-only calendar of the first screen was wrong about
    today's "3 working days" bound, i.e. whether the page should read again.
    """
    global _calendar_loaded
    if isinstance(db, DeferredDatabase):
        db.open()  # waits (not competing for the processor) for the thread opening it
    from debtdesk.deadlines import engine

    on = clock_today()
    with _action(db) as s:
        exact, _remarks = engine.calendar_for(s).working_days_after(on, 3)
        rough, _remarks = _weekends_only(s).working_days_after(on, 3)
    _calendar_loaded = True
    return exact != rough


def _weekends_only(session: Session) -> WorkingCalendar:
    from debtdesk.deadlines import engine

    calendar = engine.calendar_for(session)  # reads the recorded days; no holidays yet
    return WeekendsOnly(calendar.jurisdiction, calendar.overrides)


def _use_weekends_only(session: Session) -> None:
    # The agenda asks ``engine.calendar_for``, which keeps one calendar per
    # session: put the weekends-only one there for this session alone.
    from debtdesk.deadlines import engine

    calendar = _weekends_only(session)
    session.info[engine._CALENDARS] = {calendar.jurisdiction.code: calendar}


def load_sections(
    db: Database,
    filters: TodayFilters = NO_FILTERS,
    *,
    lang: str = "en",
    limit: int | None = 10,
    sections: tuple[str, ...] = FIRST_SECTIONS,
) -> TodaySections:
    """The chosen sections of today's agenda, at most ``limit`` items each (None: all).

    Evictions and auctions within 30 days, overdue deadlines, deadlines due in
    the next ``DUE_DAYS`` days, hearings in the next ``HEARING_DAYS`` days and
    letters whose reply is late: the agenda reads each with one query (and a
    count when a section has more than ``limit``).
    """
    on = clock_today()
    exact = _calendar_loaded
    found: dict[str, AgendaSection] = {}
    groups = (
        ([n for n in sections if n != "hearing"], DUE_DAYS),
        ([n for n in sections if n == "hearing"], HEARING_DAYS),
    )
    if (
        isinstance(db, DeferredDatabase)
        and not exact
        and limit is not None
        and set(sections) <= set(FIRST_SECTIONS)
    ):
        # The database is still opening: the same sections, read without SQLAlchemy
        # (or, if the first screen cannot be read, the usual way below).

        def read(first: FirstScreen) -> list[AgendaSection]:
            return [
                section
                for names, days in groups
                if names
                for section in first.agenda_sections(
                    on,
                    days=days,
                    sections=names,
                    lang=lang,
                    limit=limit,
                    advisor=filters.advisor,
                    city=filters.city,
                )
            ]

        early = db.read_first(read)
        if early is not None:
            found.update((section.name, section) for section in early[0])
            ordered = tuple(found[name] for name in SECTIONS if name in found)
            return TodaySections(on=on, sections=ordered, exact=False)
    from debtdesk.deadlines.agenda import agenda_page

    with _action(db) as s:
        if not exact:
            _use_weekends_only(s)
        for names, days in groups:
            if not names:
                continue
            page = agenda_page(
                s,
                start=on,
                days=days,
                advisor=filters.advisor,
                city=filters.city,
                lang=lang,
                limit=limit,
                sections=names,
            )
            found.update((section.name, section) for section in page.sections)
    ordered = tuple(found[name] for name in SECTIONS if name in found)
    return TodaySections(on=on, sections=ordered, exact=exact)


def mark_done(db: Database, deadline_id: int, expected_version: int | None = None) -> int:
    """Done, with who and when (the service keeps them); returns the new version for undo."""
    with _action(db) as s:
        from debtdesk.services import deadlines as service

        return service.mark_done(s, deadline_id, expected_version=expected_version).version


def reopen(db: Database, deadline_id: int, expected_version: int | None = None) -> int:
    """Undo "done": open again (who and when are cleared); returns the new version."""
    with _action(db) as s:
        from debtdesk.services import deadlines as service

        return service.reopen(s, deadline_id, expected_version=expected_version).version


def meeting_sheet_pdf(
    db: Database,
    filters: TodayFilters = NO_FILTERS,
    *,
    days: int = 7,
    lang: str = "ru",
) -> bytes:
    """The meeting sheet for the coming ``days`` days (slow: run it off the GUI thread)."""
    from debtdesk.documents.meeting_sheet import meeting_sheet, sheet_pdf

    with _action(db) as s:
        sheet = meeting_sheet(s, days=days, lang=lang, advisor=filters.advisor, city=filters.city)
    return sheet_pdf(sheet)
