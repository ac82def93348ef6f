"""The register's rows and urgency bounds: plain values, free of SQLAlchemy.

The register's first screen is read before the database layer is imported
(``debtdesk.first_screen``: importing SQLAlchemy and the model costs about a
second on an old laptop), so the values it shows live here, apart from the
queries in ``debtdesk.services.cases`` that fill them too.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Final

URGENCY_LEVELS: Final = ("overdue", "today", "soon", "fortnight", "later")
# The urgency filter's extra choice: an eviction or auction within THREAT_DAYS.
HOME_AT_RISK: Final = "home_at_risk"
URGENCY_FILTERS: Final = (HOME_AT_RISK, *URGENCY_LEVELS)
# As the agenda's "homes in danger" (debtdesk.deadlines.agenda.THREAT_DAYS, not
# imported: the agenda brings the deadline engine, which the register's start does
# not need; a test keeps the two equal).
THREAT_DAYS: Final = 30
SORT_KEYS: Final = (
    "name",
    "city",
    "iin",
    "phone",
    "next_hearing",
    "next_deadline",
    "urgency",
    "status",
    "advisor",
)


@dataclass(frozen=True)
class CaseRow:
    id: int
    uuid: str
    full_name: str
    city: str | None
    iin: str | None
    phone: str | None
    status: str
    advisor: str | None
    next_hearing: date | None
    next_deadline: date | None
    # The next eviction or auction on or after today, and which of the two.
    threat_date: date | None = None
    threat_kind: str | None = None

    @property
    def pressing_date(self) -> date | None:
        """The date the case's urgency is measured by: earliest deadline or threat."""
        days = [d for d in (self.next_deadline, self.threat_date) if d is not None]
        return min(days) if days else None


@dataclass(frozen=True)
class UrgencyBounds:
    """The dates splitting the urgency levels on ``today`` (``deadlines.urgency.urgency``).

    ``soon_until`` is the third working day after ``today``: the only bound that
    needs the working calendar, worked out once in Python so SQL can compare dates.
    """

    today: date
    soon_until: date

    @property
    def fortnight_until(self) -> date:
        return self.today + timedelta(days=14)

    @property
    def threat_until(self) -> date:
        return self.today + timedelta(days=THREAT_DAYS)

    def level(self, day: date | None) -> str | None:
        """The urgency level of something due on ``day`` (None: nothing due)."""
        if day is None:
            return None
        if day < self.today:
            return "overdue"
        if day == self.today:
            return "today"
        if day <= self.soon_until:
            return "soon"
        if day <= self.fortnight_until:
            return "fortnight"
        return "later"

    def at_risk(self, row: CaseRow) -> bool:
        """Whether the home is in danger: an eviction or auction within ``THREAT_DAYS``."""
        return row.threat_date is not None and row.threat_date <= self.threat_until

    @classmethod
    def weekends_only(cls, on: date) -> UrgencyBounds:
        """Bounds counting only Saturdays and Sundays as days off.

        For a first screen that cannot wait for the holiday calendar (importing
        it costs a second on an old laptop): a holiday can only move
        ``soon_until`` later, so this errs towards "within 14 days" for a moment.
        """
        day, counted = on, 0
        while counted < 3:
            day += timedelta(days=1)
            counted += day.isoweekday() < 6
        return cls(today=on, soon_until=day)
