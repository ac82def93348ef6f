"""Which days are working days, and why a day is not one.

Working days are weekends and public holidays from the ``holidays`` package
(with their observed days and the transfers it knows), overridden by the days
advisors record: decreed transfers, working Saturdays and court closures the
package cannot know in advance. The reason a day is off is kept, because a
volunteer reading a deadline aloud must be able to say why it moved.

Answers are cached a whole year at a time: a recomputation of every deadline
asks about the same few hundred days again and again.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any, Final

from debtdesk.deadlines.rules import Jurisdiction
from debtdesk.errors import ValidationError
from debtdesk.i18n import _
from debtdesk.vocab import CalendarDayKind

WEEKEND: Final = "weekend"
HOLIDAY: Final = "holiday"
DECREE: Final = "decree"
COURT_CLOSURE: Final = "court_closure"
REASON_KINDS: Final = (WEEKEND, HOLIDAY, DECREE, COURT_CLOSURE)

_OVERRIDE_KINDS: Final = frozenset(kind.value for kind in CalendarDayKind)
_ONE_DAY: Final = timedelta(days=1)
# The longest stretch of non-working days believable in one place; beyond it the
# calendar data is wrong and looping on would hide that.
MAX_NON_WORKING_RUN: Final = 60
_MEMO_LIMIT: Final = 200_000


@dataclass(frozen=True, slots=True)
class Override:
    """A day an advisor recorded: a decreed day off, a working day, a court closure."""

    working: bool
    kind: str
    reason: str = ""

    def __post_init__(self) -> None:
        if self.kind not in _OVERRIDE_KINDS:
            raise ValidationError(
                "kind",
                _("unknown calendar day kind {kind!r}; use {kinds}").format(
                    kind=self.kind, kinds=", ".join(sorted(_OVERRIDE_KINDS))
                ),
            )
        if self.working != (self.kind == CalendarDayKind.WORKING):
            raise ValidationError(
                "working",
                _("a {kind!r} day cannot be marked working={working}").format(
                    kind=self.kind, working=self.working
                ),
            )

    @classmethod
    def of(cls, day: Any) -> Override:
        """From anything with ``working``, ``kind`` and ``reason`` (e.g. a CalendarDay row)."""
        return cls(working=bool(day.working), kind=str(day.kind), reason=day.reason or "")


@dataclass(frozen=True, slots=True)
class NonWorkingReason:
    """Why a day is not a working day; ``name`` is the holiday or the advisor's reason."""

    kind: str
    name: str = ""
    estimated: bool = False

    def as_step(self, step: str, day: date) -> dict[str, Any]:
        """The JSON step recording this day (names stay as found: they are data)."""
        return {
            "step": step,
            "date": day.isoformat(),
            "reason": self.kind,
            "name": self.name,
            "estimated": self.estimated,
        }


Remark = tuple[date, "NonWorkingReason | None"]
"""A day worth mentioning in an explanation: its reason, or None for a working weekend day."""


class WorkingCalendar:
    """Working days of one jurisdiction, with the advisors' overrides on top."""

    def __init__(
        self, jurisdiction: Jurisdiction, overrides: Mapping[date, Override] | None = None
    ) -> None:
        self.jurisdiction = jurisdiction
        self._overrides: dict[date, Override] = dict(overrides or {})
        self._answers: dict[date, NonWorkingReason | None] = {}
        self._years: set[int] = set()
        self._memo: dict[tuple[date, int], tuple[date, tuple[Remark, ...]]] = {}
        # Computations already made with this calendar, filled by compute.py. The
        # overrides were copied above and never change, so an answer stays right
        # for the calendar's lifetime.
        self.results: dict[tuple[str, date], Any] = {}

    @classmethod
    def from_days(cls, jurisdiction: Jurisdiction, days: Iterable[Any]) -> WorkingCalendar:
        """From CalendarDay-like rows; rows of another jurisdiction are ignored."""
        overrides = {
            day.date: Override.of(day)
            for day in days
            if getattr(day, "jurisdiction", jurisdiction.code) == jurisdiction.code
        }
        return cls(jurisdiction, overrides)

    @property
    def overrides(self) -> Mapping[date, Override]:
        return dict(self._overrides)

    def override(self, day: date) -> Override | None:
        """The advisors' entry for ``day``, if any."""
        return self._overrides.get(day)

    def why_not_working(self, day: date) -> NonWorkingReason | None:
        """None for a working day, otherwise the reason it is not one."""
        try:
            return self._answers[day]
        except KeyError:
            self._load_year(day.year)
            return self._answers[day]

    def is_working(self, day: date) -> bool:
        return self.why_not_working(day) is None

    def next_working_day(self, day: date) -> date:
        """The first working day on or after ``day``."""
        return self.roll_forward(day)[0]

    def roll_forward(self, day: date) -> tuple[date, tuple[Remark, ...]]:
        """The first working day on or after ``day`` and each non-working day passed over."""
        key = (day, 0)
        found = self._memo.get(key)
        if found is None:
            passed: list[Remark] = []
            start = day
            while (reason := self.why_not_working(day)) is not None:
                passed.append((day, reason))
                day = self._step(day, start)
            found = self._remember(key, (day, tuple(passed)))
        return found

    def working_days_after(self, start: date, count: int) -> tuple[date, tuple[Remark, ...]]:
        """The ``count``-th working day after ``start`` and the days worth remarking on.

        Plain weekends are not remarked on (everyone knows them); holidays, decreed
        days off and court closures are, with their reason, and so is a weekend day
        counted as a working day (reason None) - the days a reader would count
        differently.
        """
        if count < 1:
            raise ValueError("count must be at least 1")
        key = (start, count)
        found = self._memo.get(key)
        if found is None:
            weekend = self.jurisdiction.weekend
            why = self.why_not_working
            remarks: list[Remark] = []
            day = last_working = start
            counted = 0
            while counted < count:
                day = self._step(day, last_working)
                reason = why(day)
                if reason is None:
                    counted += 1
                    last_working = day
                    if day.isoweekday() in weekend:
                        remarks.append((day, None))
                elif reason.kind != WEEKEND:
                    remarks.append((day, reason))
            found = self._remember(key, (day, tuple(remarks)))
        return found

    def _step(self, day: date, since: date) -> date:
        """The next day, refusing to wander on through a calendar that must be wrong."""
        if (day - since).days >= MAX_NON_WORKING_RUN:
            raise ValidationError(
                "calendar",
                _("more than {n} non-working days in a row after {day}: check the calendar").format(
                    n=MAX_NON_WORKING_RUN, day=since.isoformat()
                ),
            )
        try:
            return day + _ONE_DAY
        except OverflowError:
            raise ValidationError(
                "date", _("{day} is too far in the future").format(day=day.isoformat())
            ) from None

    def _remember(
        self, key: tuple[date, int], value: tuple[date, tuple[Remark, ...]]
    ) -> tuple[date, tuple[Remark, ...]]:
        # Recomputing every deadline repeats the same (date, count) pairs many
        # times; the bound only stops a long-lived calendar from growing forever.
        if len(self._memo) >= _MEMO_LIMIT:
            self._memo.clear()
        self._memo[key] = value
        return value

    # -- filling the cache a year at a time ----------------------------------

    def _load_year(self, year: int) -> None:
        if year in self._years:
            return
        holidays_of_year, weekend_workdays = self._package_year(year)
        weekend = self.jurisdiction.weekend
        first = date(year, 1, 1).toordinal()
        for ordinal in range(first, date(year, 12, 31).toordinal() + 1):
            day = date.fromordinal(ordinal)
            self._answers[day] = self._reason(day, weekend, holidays_of_year, weekend_workdays)
        self._years.add(year)

    def _reason(
        self,
        day: date,
        weekend: frozenset[int],
        holidays_of_year: Mapping[date, str],
        weekend_workdays: set[date],
    ) -> NonWorkingReason | None:
        override = self._overrides.get(day)
        if override is not None:
            if override.working:
                return None
            kind = COURT_CLOSURE if override.kind == CalendarDayKind.COURT_CLOSURE else DECREE
            return NonWorkingReason(kind, override.reason)
        name = holidays_of_year.get(day)
        if name:
            # The package lists transfers ("Day off (substituted from …)") with
            # holidays; they are decreed days off, not holidays.
            kind = DECREE if "substituted" in name.lower() else HOLIDAY
            return NonWorkingReason(kind, name, "estimated" in name.lower())
        if day.isoweekday() in weekend and day not in weekend_workdays:
            return NonWorkingReason(WEEKEND)
        return None

    def _package_year(self, year: int) -> tuple[dict[date, str], set[date]]:
        """Holidays of ``year`` (English names: stable keys) and decreed working weekend days."""
        import holidays

        country = self.jurisdiction.holidays_country
        # English names whatever the machine's locale; a country without an
        # English catalog falls back to its own language (the package's choice).
        calendar = holidays.country_holidays(country, years=year, language="en_US")
        names = {day: "; ".join(calendar.get_list(day)) for day in calendar}
        workdays = {d for d in getattr(calendar, "weekend_workdays", set()) if d.year == year}
        return names, workdays
