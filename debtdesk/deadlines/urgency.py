"""How urgent a date is, in the levels advisors triage by."""

from __future__ import annotations

from datetime import date, timedelta
from enum import StrEnum

from debtdesk.deadlines.calendar import WorkingCalendar


class Urgency(StrEnum):
    OVERDUE = "overdue"
    TODAY = "today"
    SOON = "soon"  # within 3 working days
    FORTNIGHT = "fortnight"  # within 14 days
    LATER = "later"


def urgency(due: date, today: date, calendar: WorkingCalendar) -> Urgency:
    """The urgency of something due on ``due`` as seen on ``today``."""
    if due < today:
        return Urgency.OVERDUE
    if due == today:
        return Urgency.TODAY
    three_working, _remarks = calendar.working_days_after(today, 3)
    if due <= three_working:
        return Urgency.SOON
    if due <= today + timedelta(days=14):
        return Urgency.FORTNIGHT
    return Urgency.LATER
