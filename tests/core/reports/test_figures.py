"""The movement figures on demo data, checked against counts taken straight from the ORM tables.

The expected figures below are computed here from ``Debtor``, ``Event``,
``Proceeding``, ``Document``, ``Loan``, ``DebtStatement`` and ``ExchangeRate``
rows — not through ``anonymous_cases`` or ``debtdesk.reports`` — following the
definitions in the module docstring of ``debtdesk.reports.figures``. A few
register letters and a loan in a currency without rates are added to the demo
so that those paths count too.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

import pytest
from sqlalchemy import select

from debtdesk.db import Database
from debtdesk.demo.generate import generate
from debtdesk.errors import ValidationError
from debtdesk.model import Debtor, DebtStatement, Document, Event, ExchangeRate, Loan, Proceeding
from debtdesk.reports.figures import (
    OTHER_CITIES,
    SMALL_CELL,
    CityFigures,
    FigureQuery,
    movement_figures,
    report_cities,
)

CASES = 260
STAGE_ORDER = (
    "none", "filed", "hearings", "decided", "appeal", "cassation", "in_force", "enforcement",
    "seizure", "valuation", "auction", "eviction", "closed",
)  # fmt: skip
COURT = {"claim", "court_order", "appeal", "cassation", "bankruptcy"}
DECISIONS = {
    "decision_announced", "decision_final_form", "ruling_final_form", "decision_in_force",
    "appeal_ruling_in_force", "court_order_received",
}  # fmt: skip
CENT = Decimal("0.01")


@pytest.fixture
def demo(db: Database, today: date) -> Database:
    generate(db, CASES, seed=11, on=today)
    with db.session() as s:
        ids = list(s.scalars(select(Debtor.id).order_by(Debtor.id)))
        # Register letters: sent and answered in the range, sent before it, not sent.
        for n, (debtor_id, sent, reply) in enumerate(
            [
                (ids[0], date(2026, 3, 4), date(2026, 3, 30)),
                (ids[1], date(2026, 5, 31), None),
                (ids[2], date(2024, 12, 31), date(2026, 2, 1)),
                (ids[3], None, None),
            ],
            start=1,
        ):
            s.add(
                Document(
                    debtor_id=debtor_id, template="restructuring_request", language="ru",
                    outgoing_no=f"T-{n}", year=2026, seq=n, created_on=sent or date(2026, 4, 1),
                    sent_on=sent, reply_on=reply,
                )
            )  # fmt: skip
        # A loan in a currency the rate table lacks: left out of the sums, counted.
        s.add(Loan(debtor_id=ids[4], currency="EUR", principal=Decimal("10000"),
                   contract_date=date(2010, 5, 5)))  # fmt: skip
    return db


# --- the expected figures, from the ORM --------------------------------------------------------


@dataclass
class Expected:
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

    def merge(self, other: Expected) -> None:
        self.families |= other.families
        self.stages += other.stages
        for name in ("hearings", "attended", "won", "lost", "scheduled", "stopped", "borrowed",
                     "claimed", "sent", "answered", "unconverted"):  # fmt: skip
            setattr(self, name, getattr(self, name) + getattr(other, name))


def expected_by_city(db: Database, first: date, last: date) -> dict[str, Expected]:
    """Every figure of every city (None: no city), from the tables and the definitions."""

    def inside(day: date | None) -> bool:
        return day is not None and first <= day <= last

    with db.session() as s:
        rates: dict[str, list[tuple[date, Decimal]]] = defaultdict(list)
        for r in s.scalars(select(ExchangeRate).order_by(ExchangeRate.date)):
            rates[r.currency].append((r.date, r.rate))

        def tenge(amount: Decimal, currency: str, day: date | None) -> Decimal | None:
            if currency == "KZT":
                return amount
            if day is None:
                return None
            before = [(d, r) for d, r in rates.get(currency, []) if d <= day]
            if not before or (day - before[-1][0]).days > 31:
                return None
            return (amount * before[-1][1]).quantize(CENT, ROUND_HALF_UP)

        out: dict[str, Expected] = defaultdict(Expected)
        for d in s.scalars(select(Debtor)):
            events = list(s.scalars(select(Event).where(Event.debtor_id == d.id)))
            docs = list(s.scalars(select(Document).where(Document.debtor_id == d.id)))
            procs = list(s.scalars(select(Proceeding).where(Proceeding.debtor_id == d.id)))
            if d.created_at.date().replace(day=1) > last:
                continue
            busy = any(inside(e.date) for e in events) or any(
                inside(x) for doc in docs for x in (doc.created_on, doc.sent_on, doc.reply_on)
            )
            if d.status == "closed" and not busy:
                continue
            x = out[(d.city or "").strip() or OTHER_CITIES]
            x.families.add(f"iin {d.iin}" if d.iin else f"case {d.id}")
            if d.status != "closed":
                open_stages = [p.stage for p in procs if p.status != "closed"]
                x.stages[max(open_stages, key=STAGE_ORDER.index, default="none")] += 1
            for e in events:
                if inside(e.date):
                    x.hearings += e.kind == "hearing"
                    x.attended += e.kind == "hearing" and bool((e.attendees or "").strip())
                    x.scheduled += e.kind == "eviction"
                    x.sent += e.kind == "letter_sent"
                    x.answered += e.kind == "reply_received"
            x.sent += sum(inside(doc.sent_on) for doc in docs)
            x.answered += sum(inside(doc.reply_on) for doc in docs)
            stop_days = []
            for p in procs:
                own = [e for e in events if e.proceeding_id == p.id]
                if p.kind in COURT and p.outcome in ("won", "partly_won", "lost"):
                    days = [e.date for e in own if e.kind in DECISIONS] or [e.date for e in own]
                    if days and inside(max(days)):
                        x.won += p.outcome != "lost"
                        x.lost += p.outcome == "lost"
                if p.outcome == "eviction_stopped" or (
                    p.kind == "eviction" and p.status == "suspended"
                ):
                    stop_days += [e.date for e in own]
            x.stopped += bool(stop_days) and inside(max(stop_days))
            for loan in s.scalars(select(Loan).where(Loan.debtor_id == d.id)):
                value = tenge(loan.principal, loan.currency, loan.contract_date)
                if value is None:
                    x.unconverted += 1
                else:
                    x.borrowed += value
                claims = list(
                    s.scalars(
                        select(DebtStatement)
                        .where(DebtStatement.loan_id == loan.id, DebtStatement.as_of <= last)
                        .order_by(DebtStatement.as_of, DebtStatement.id)
                    )
                )
                if claims:
                    c = claims[-1]
                    total = c.principal + c.interest + c.penalties + c.fees
                    value = tenge(total, c.currency, c.as_of)
                    if value is None:
                        x.unconverted += 1
                    else:
                        x.claimed += value
    return dict(out)


def check(row: CityFigures, x: Expected) -> None:
    assert row.suppressed is False
    assert row.families_helped == len(x.families)
    assert dict(row.open_cases_by_stage) == {k: v for k, v in x.stages.items() if v}
    assert list(row.open_cases_by_stage) == sorted(row.open_cases_by_stage, key=STAGE_ORDER.index)
    assert (row.hearings, row.hearings_attended) == (x.hearings, x.attended)
    assert (row.decisions_won, row.decisions_lost) == (x.won, x.lost)
    assert (row.evictions_scheduled, row.evictions_stopped) == (x.scheduled, x.stopped)
    assert (row.borrowed_kzt, row.claimed_kzt) == (x.borrowed, x.claimed)
    assert (row.letters_sent, row.letters_answered) == (x.sent, x.answered)
    assert row.unconverted == x.unconverted


def published(cities: dict[str, Expected]) -> tuple[list[tuple[str, Expected]], Expected, int]:
    """The small-cell rule, restated: big cities largest first, the rest merged."""
    shown = sorted(
        ((c, x) for c, x in cities.items() if c != OTHER_CITIES and len(x.families) >= SMALL_CELL),
        key=lambda cx: (-len(cx[1].families), cx[0]),
    )
    other, merged = Expected(), 0
    for c, x in cities.items():
        if c not in dict(shown):
            other.merge(x)
            merged += c != OTHER_CITIES
    while other.families and len(other.families) < SMALL_CELL and shown:
        other.merge(shown.pop()[1])
        merged += 1
    return shown, other, merged


@pytest.mark.parametrize(
    ("start", "end"),
    [(date(2026, 1, 15), date(2026, 11, 2)), (date(2025, 7, 1), date(2025, 12, 31))],
)
def test_figures_match_counts_from_the_tables(demo: Database, today: date, start, end) -> None:
    query = FigureQuery(start, end)
    first, last = query.first_day, query.last_day
    assert first == start.replace(day=1) and last.month == end.month and (last.day in (30, 31))
    with demo.session() as s:
        figures = movement_figures(s, query)
        cities = report_cities(s)
    expected = expected_by_city(demo, first, last)
    total = Expected()
    for x in expected.values():
        total.merge(x)
    check(figures.overall, total)
    assert figures.overall.families_helped > 50 and figures.overall.hearings > 0
    assert figures.overall.borrowed_kzt > 0 and figures.overall.claimed_kzt > 0
    assert figures.generated_on == today and figures.cities == tuple(cities)

    shown, other, merged = published(expected)
    assert [r.city for r in figures.by_city] == [c for c, _x in shown] + [OTHER_CITIES]
    for row, (_city, x) in zip(figures.by_city, shown, strict=False):
        check(row, x)
    check(figures.by_city[-1], other)
    assert figures.by_city[-1].cities_merged == merged > 0
    # No published row is a small cell.
    assert all(r.families_helped >= SMALL_CELL for r in figures.by_city)

    # One city asked for: the same figures as its row of the whole report.
    city, x = shown[0]
    with demo.session() as s:
        one = movement_figures(s, FigureQuery(start, end, city))
    check(one.overall, x)
    assert [r.city for r in one.by_city] == [city]


def test_register_letters_count_beside_letter_events(demo: Database) -> None:
    """March 2026: the letter events of the month plus the register letter sent and answered."""
    march = FigureQuery(date(2026, 3, 1), date(2026, 3, 31))
    with demo.session() as s:
        figures = movement_figures(s, march)
        kinds = Counter(
            s.scalars(select(Event.kind).where(Event.date.between(march.first_day, march.last_day)))
        )
    assert figures.overall.letters_sent == kinds["letter_sent"] + 1
    assert figures.overall.letters_answered == kinds["reply_received"] + 1


# --- validation ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("start", "end", "city", "field"),
    [
        (date(2026, 5, 1), date(2026, 4, 30), None, "end"),
        (date(1999, 12, 1), date(2026, 1, 1), None, "start"),
        (date(2026, 12, 1), date(2026, 12, 31), None, "start"),  # after today
        (date(2000, 1, 1), date(2026, 11, 30), None, "end"),  # more than 240 months
        (date(2026, 1, 1), date(2026, 2, 1), "  ", "city"),
        ("2026-01-01", date(2026, 2, 1), None, "start"),
        (date(2026, 1, 1), None, None, "end"),
    ],
)
def test_bad_queries_name_their_field(start, end, city, field, today) -> None:
    with pytest.raises(ValidationError) as caught:
        FigureQuery(start, end, city)
    assert caught.value.field == field


def test_unknown_city_is_refused(sqlite_db: Database, today: date) -> None:
    generate(sqlite_db, 12, seed=2, on=today)
    with sqlite_db.session() as s, pytest.raises(ValidationError) as caught:
        movement_figures(s, FigureQuery(date(2026, 1, 1), date(2026, 11, 30), "Атлантида"))
    assert caught.value.field == "city"


def test_a_small_report_is_withheld(sqlite_db: Database, today: date) -> None:
    """Three cases: fewer than five families, so no figure and no city row is published."""
    generate(sqlite_db, 3, seed=4, on=today)
    with sqlite_db.session() as s:
        figures = movement_figures(s, FigureQuery(date(2000, 1, 1), date(2019, 12, 31)))
        everything = movement_figures(s, FigureQuery(date(2020, 1, 1), date(2026, 11, 30)))
    for f in (figures, everything):
        assert f.overall.suppressed and f.by_city == ()
        assert f.overall.families_helped == 0 and f.overall.borrowed_kzt == 0
