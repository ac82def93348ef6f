"""The movement's figures for a range of months, by city and overall, for the press.

Built only from the anonymous records (``debtdesk.privacy.anonymous``): no
name, IIN, phone or address is read, so none can reach a report.

**The range is whole months.** The anonymous records keep every date to its
month (an exact date can single a person out), so a query's ``start`` and
``end`` are rounded out to the first and last day of their months, and the
report says "January 2026 – March 2026", never a day.

What each figure counts, for the months of the range, in the cities asked for
(a case's city is the debtor's city):

- **families helped**: distinct people (the person pseudonym from the IIN; a
  case without an IIN counts as its own family) with a case *active in the
  range*: opened (registered in debtdesk) no later than the range's last month,
  and either still open/under watch today or with something dated in the range
  (an event, or a letter written, sent or answered).
- **open cases by stage**: the active cases that are not closed, each under the
  furthest stage among its proceedings that are not closed ("no court case" if
  none), in the order of the road from claim to eviction. Stages are as they
  stand on the day the report is made: the database keeps no history of stages.
- **hearings**: hearing events dated in the range; **with the group**: those
  where someone from the group was named to attend (the database records who
  was to go, not whether they went).
- **decisions won / lost**: court proceedings (claim, court order, appeal,
  cassation, bankruptcy) with the outcome won or partly won / lost, dated by
  their decision (the latest decision event of that proceeding — announced,
  final form, in force, court order received; failing one, its latest event).
- **evictions scheduled**: eviction dates (eviction events) in the range,
  past ones included.
- **evictions stopped**: families whose eviction was stopped or suspended — a
  proceeding with the outcome "eviction stopped", or an eviction proceeding
  suspended — dated by the latest event of those proceedings; a family counts
  once.
- **borrowed / claimed, in tenge at the dates**: of the loans of the families
  helped, the principal at the tenge rate of the contract date, and the latest
  claim (bank or court statement) dated no later than the range's last month,
  at the rate of its own date. Rates come from the advisors' rate table
  (``debtdesk.finance.rates``); a loan or claim without a rate is left out and
  counted in ``unconverted``.
- **letters sent / answered**: letters of the register sent in the range plus
  letters recorded as events (written outside debtdesk); replies received in the
  range, from either.

**Small cells.** A city with fewer than ``SMALL_CELL`` families helped joins
"other cities" (so does a case without a city). If "other cities" is still
below that, the smallest cities shown join it too, so its figures cannot be
worked out by subtracting the rest from the total. If even the whole report
(or the one city asked for) is below it, every figure is withheld
(``suppressed``): a press release cannot single out a family of two.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from debtdesk.clock import today
from debtdesk.errors import ValidationError
from debtdesk.i18n import _
from debtdesk.model import Debtor
from debtdesk.privacy.anonymous import anonymous_cases
from debtdesk.vocab import (
    DebtorStatus,
    EventKind,
    Outcome,
    ProceedingKind,
    ProceedingStage,
    ProceedingStatus,
)

SMALL_CELL = 5  # fewer families than this in a city: merged into "other cities"
OTHER_CITIES = "*other*"  # ``CityFigures.city`` of the merged row of small cities
NO_COURT_CASE = "none"  # the stage of an open case without a proceeding
EARLIEST = date(2000, 1, 1)
MAX_MONTHS = 240

STAGES: tuple[str, ...] = (NO_COURT_CASE, *(s.value for s in ProceedingStage))
COURT_KINDS = frozenset(
    {
        ProceedingKind.CLAIM,
        ProceedingKind.COURT_ORDER,
        ProceedingKind.APPEAL,
        ProceedingKind.CASSATION,
        ProceedingKind.BANKRUPTCY,
    }
)
DECISION_EVENTS = frozenset(
    {
        EventKind.DECISION_ANNOUNCED,
        EventKind.DECISION_FINAL_FORM,
        EventKind.RULING_FINAL_FORM,
        EventKind.DECISION_IN_FORCE,
        EventKind.APPEAL_RULING_IN_FORCE,
        EventKind.COURT_ORDER_RECEIVED,
    }
)
WON = frozenset({Outcome.WON, Outcome.PARTLY_WON})
LOST = frozenset({Outcome.LOST})


def _month(day: date) -> str:
    return day.strftime("%Y-%m")


def _months_between(start: date, end: date) -> int:
    return (end.year - start.year) * 12 + end.month - start.month + 1


@dataclass(frozen=True)
class FigureQuery:
    """A range of whole months (``start`` and ``end`` are rounded out to them), maybe a city."""

    start: date
    end: date
    city: str | None = None

    def __post_init__(self) -> None:
        if not isinstance(self.start, date):
            raise ValidationError("start", _("the start of the range is not a date"))
        if not isinstance(self.end, date):
            raise ValidationError("end", _("the end of the range is not a date"))
        if self.start < EARLIEST:
            raise ValidationError(
                "start", _("the range must start in {year} or later").format(year=EARLIEST.year)
            )
        if self.start > today():
            raise ValidationError("start", _("the range starts in the future"))
        if self.end < self.start:
            raise ValidationError("end", _("the end of the range is before its start"))
        if _months_between(self.start, self.end) > MAX_MONTHS:
            raise ValidationError(
                "end", _("the range is longer than {n} months").format(n=MAX_MONTHS)
            )
        if self.city is not None and (not isinstance(self.city, str) or not self.city.strip()):
            raise ValidationError("city", _("the city is empty"))

    @property
    def first_day(self) -> date:
        """The first day of the range once rounded out to whole months."""
        return self.start.replace(day=1)

    @property
    def last_day(self) -> date:
        """The last day of the range once rounded out to whole months."""
        following = self.end.replace(day=28) + timedelta(days=4)
        return following - timedelta(days=following.day)

    @property
    def months(self) -> tuple[str, str]:
        """First and last month as ``YYYY-MM``, the granularity of the anonymous records."""
        return _month(self.start), _month(self.end)


@dataclass(frozen=True)
class CityFigures:
    """The figures of one city; ``city`` None is all cities, ``OTHER_CITIES`` the small ones.

    ``suppressed``: too few families to publish; every figure is then zero and
    must be shown as "fewer than ``SMALL_CELL``", never as a number.
    """

    city: str | None
    families_helped: int = 0
    open_cases_by_stage: Mapping[str, int] = field(default_factory=dict)
    hearings: int = 0
    hearings_attended: int = 0
    decisions_won: int = 0
    decisions_lost: int = 0
    evictions_scheduled: int = 0
    evictions_stopped: int = 0
    borrowed_kzt: Decimal = Decimal(0)
    claimed_kzt: Decimal = Decimal(0)
    letters_sent: int = 0
    letters_answered: int = 0
    unconverted: int = 0  # loans and claims left out of the sums for want of a rate
    cities_merged: int = 0  # for ``OTHER_CITIES``: how many cities it holds
    suppressed: bool = False

    @property
    def open_cases(self) -> int:
        return sum(self.open_cases_by_stage.values())


@dataclass(frozen=True)
class MovementFigures:
    """The report: overall, the cities shown (largest first, "other cities" last)."""

    query: FigureQuery
    overall: CityFigures
    by_city: tuple[CityFigures, ...]
    cities: tuple[str, ...]  # every city with cases, for a filter
    generated_on: date
    small_cell: int = SMALL_CELL


def report_cities(session: Session) -> list[str]:
    """Cities that have cases, for a filter (names of places, never of people)."""
    rows = session.scalars(select(Debtor.city).where(Debtor.city.is_not(None)).distinct())
    return sorted({c.strip() for c in rows if c and c.strip()})


# --- one case's contribution -------------------------------------------------------------------


@dataclass
class _Tally:
    """Running sums of a group of cases; turned into ``CityFigures`` at the end."""

    families: set[str] = field(default_factory=set)
    stages: Counter[str] = field(default_factory=Counter)
    hearings: int = 0
    attended: int = 0
    won: int = 0
    lost: int = 0
    scheduled: int = 0
    stopped: int = 0
    borrowed: Decimal = Decimal(0)
    claimed: Decimal = Decimal(0)
    sent: int = 0
    answered: int = 0
    unconverted: int = 0
    cities: int = 0

    def add(self, other: _Tally) -> None:
        self.families |= other.families
        self.stages.update(other.stages)
        for name in (
            "hearings", "attended", "won", "lost", "scheduled", "stopped", "borrowed",
            "claimed", "sent", "answered", "unconverted", "cities",
        ):  # fmt: skip
            setattr(self, name, getattr(self, name) + getattr(other, name))

    def figures(self, city: str | None) -> CityFigures:
        if len(self.families) < SMALL_CELL:
            return CityFigures(city, cities_merged=self.cities, suppressed=True)
        stages = {s: self.stages[s] for s in STAGES if self.stages[s]}
        return CityFigures(
            city,
            families_helped=len(self.families),
            open_cases_by_stage=stages,
            hearings=self.hearings,
            hearings_attended=self.attended,
            decisions_won=self.won,
            decisions_lost=self.lost,
            evictions_scheduled=self.scheduled,
            evictions_stopped=self.stopped,
            borrowed_kzt=self.borrowed,
            claimed_kzt=self.claimed,
            letters_sent=self.sent,
            letters_answered=self.answered,
            unconverted=self.unconverted,
            cities_merged=self.cities if city == OTHER_CITIES else 0,
        )


def _latest(months: Iterable[str | None]) -> str | None:
    return max((m for m in months if m), default=None)


def _active(case: dict[str, Any], first: str, last: str) -> bool:
    def inside(m: str | None) -> bool:
        return m is not None and first <= m <= last

    if case["opened"] and case["opened"] > last:
        return False
    if case["status"] != DebtorStatus.CLOSED:
        return True
    if any(inside(e["month"]) for e in case["events"]):
        return True
    return any(inside(x[k]) for x in case["letters"] for k in ("month", "sent", "replied"))


def _stage(case: dict[str, Any]) -> str:
    """The furthest stage among the case's proceedings that are not closed."""
    order = {s: i for i, s in enumerate(STAGES)}
    stages = [
        p["stage"]
        for p in case["proceedings"]
        if p["status"] != ProceedingStatus.CLOSED and p["stage"] in order
    ]
    return max(stages, key=order.__getitem__, default=NO_COURT_CASE)


def _tally(case: dict[str, Any], first: str, last: str) -> _Tally:
    """What one case adds to its city's figures (nothing if it was not active in the range)."""
    t = _Tally()
    if not _active(case, first, last):
        return t

    def inside(m: str | None) -> bool:
        return m is not None and first <= m <= last

    t.families.add("p:" + case["person"] if case["person"] else "c:" + case["case"])
    if case["status"] != DebtorStatus.CLOSED:
        t.stages[_stage(case)] += 1
    events = case["events"]
    for e in events:
        if not inside(e["month"]):
            continue
        kind = e["kind"]
        if kind == EventKind.HEARING:
            t.hearings += 1
            t.attended += bool(e["attended"])
        elif kind == EventKind.EVICTION:
            t.scheduled += 1
        elif kind == EventKind.LETTER_SENT:
            t.sent += 1
        elif kind == EventKind.REPLY_RECEIVED:
            t.answered += 1
    t.sent += sum(1 for x in case["letters"] if inside(x["sent"]))
    t.answered += sum(1 for x in case["letters"] if inside(x["replied"]))

    by_proceeding: dict[int, list[dict[str, Any]]] = {}
    for e in events:
        if e["proceeding"] is not None:
            by_proceeding.setdefault(e["proceeding"], []).append(e)
    stops: list[str | None] = []
    for i, p in enumerate(case["proceedings"]):
        own = by_proceeding.get(i, [])
        if p["kind"] in COURT_KINDS and p["outcome"] in WON | LOST:
            decided = _latest(e["month"] for e in own if e["kind"] in DECISION_EVENTS)
            decided = decided or _latest(e["month"] for e in own)
            if inside(decided):
                t.won += p["outcome"] in WON
                t.lost += p["outcome"] in LOST
        stopping = p["outcome"] == Outcome.EVICTION_STOPPED or (
            p["kind"] == ProceedingKind.EVICTION and p["status"] == ProceedingStatus.SUSPENDED
        )
        if stopping:
            stops.append(_latest(e["month"] for e in own))
    t.stopped = int(inside(_latest(stops)))

    for loan in case["loans"]:
        if loan["principal_kzt"] is None:
            t.unconverted += 1
        else:
            t.borrowed += Decimal(loan["principal_kzt"])
        claims = [st for st in loan["statements"] if st["month"] <= last]
        if claims:
            total = claims[-1]["total_kzt"]  # statements come in date order
            if total is None:
                t.unconverted += 1
            else:
                t.claimed += Decimal(total)
    return t


# --- the report --------------------------------------------------------------------------------


def _publishable(tallies: dict[str, _Tally]) -> tuple[list[tuple[str, _Tally]], _Tally]:
    """Cities big enough to show (largest first) and the merged rest ("other cities")."""
    shown = sorted(
        ((c, t) for c, t in tallies.items() if c != OTHER_CITIES and len(t.families) >= SMALL_CELL),
        key=lambda ct: (-len(ct[1].families), ct[0]),
    )
    names = {c for c, _t in shown}
    other = _Tally()
    for c, t in tallies.items():
        if c not in names:
            other.add(t)
            other.cities += c != OTHER_CITIES
    # A small "other cities" that is not empty would be the total minus the rest:
    # give it the smallest shown cities until it can be published too.
    while other.families and len(other.families) < SMALL_CELL and shown:
        c, t = shown.pop()
        other.add(t)
        other.cities += 1
    return shown, other


def movement_figures(session: Session, query: FigureQuery) -> MovementFigures:
    """The figures of ``query``, overall and by city, with small cells merged or withheld.

    Reads the anonymous records of every case once (``anonymous_cases``); a
    city not among ``report_cities`` is refused, naming the field.
    """
    cities = report_cities(session)
    wanted = query.city.strip() if query.city else None
    if wanted is not None and wanted not in cities:
        raise ValidationError("city", _("no cases in the city {city}").format(city=wanted))
    on = today()
    first, last = query.months
    tallies: dict[str, _Tally] = {}
    for case in anonymous_cases(session, on, in_tenge=True)["cases"]:
        city = (case["city"] or "").strip() or OTHER_CITIES
        if wanted is not None and city != wanted:
            continue
        tallies.setdefault(city, _Tally(cities=0)).add(_tally(case, first, last))
    overall = _Tally()
    for t in tallies.values():
        overall.add(t)
    if wanted is not None:
        by_city = (tallies.get(wanted, _Tally()).figures(wanted),)
        total = by_city[0]
        if total.suppressed:
            by_city = ()
        return MovementFigures(query, total, by_city, tuple(cities), on)
    shown, other = _publishable(tallies)
    rows = [t.figures(c) for c, t in shown]
    if other.families:
        rows.append(other.figures(OTHER_CITIES))
    total = overall.figures(None)
    if total.suppressed:
        rows = []
    return MovementFigures(query, total, tuple(rows), tuple(cities), on)


def city_dict(row: CityFigures) -> dict[str, Any]:
    """One row as plain JSON values (amounts as strings, exact); a withheld row says only so."""
    if row.suppressed:
        return {"city": row.city, "suppressed": True, "cities_merged": row.cities_merged}
    return {
        "city": row.city,
        "families_helped": row.families_helped,
        "open_cases": row.open_cases,
        "open_cases_by_stage": dict(row.open_cases_by_stage),
        "hearings": row.hearings,
        "hearings_attended": row.hearings_attended,
        "decisions_won": row.decisions_won,
        "decisions_lost": row.decisions_lost,
        "evictions_scheduled": row.evictions_scheduled,
        "evictions_stopped": row.evictions_stopped,
        "borrowed_kzt": format(row.borrowed_kzt, "f"),
        "claimed_kzt": format(row.claimed_kzt, "f"),
        "letters_sent": row.letters_sent,
        "letters_answered": row.letters_answered,
        "unconverted": row.unconverted,
        "cities_merged": row.cities_merged,
        "suppressed": False,
    }


def figures_dict(figures: MovementFigures) -> dict[str, Any]:
    """The report as JSON values: what ``debtdesk report-figures --format json`` prints."""
    q = figures.query
    return {
        "from": q.first_day.isoformat(),
        "to": q.last_day.isoformat(),
        "city": q.city,
        "generated_on": figures.generated_on.isoformat(),
        "small_cell": figures.small_cell,
        "overall": city_dict(figures.overall),
        "by_city": [city_dict(row) for row in figures.by_city],
    }
