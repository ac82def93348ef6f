"""Illustrative exchange rates, and the loans, payments and claims of demo cases.

The crisis the program serves is in these numbers: a family borrowed 60,000 USD
in 2007 at ≈120 tenge per dollar, paid for years, fell behind after a
devaluation (Feb 2009 ≈120→150, Feb 2014 155.56→≈185, Aug 2015 free float →
255, 383.91 on 22 Jan 2016, later 420–520), and is now sued for many times the
tenge it received. The rates here follow that shape but are illustrative, not
the National Bank's figures, and say so in their ``source``.

Amounts are worked out in floats (this is invented data) and rounded to whole
minor units before they become ``Decimal``; powers are taken by repeated
multiplication so every platform rounds the same way.
"""

from __future__ import annotations

import bisect
import uuid as _uuid
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal
from functools import cached_property, lru_cache
from random import Random
from typing import Any

from sqlalchemy import Connection, select

from debtdesk.demo.rand import Weighted
from debtdesk.demo.rows import IdAllocator
from debtdesk.model import ExchangeRate
from debtdesk.vocab import ScheduleKind

RATE_SOURCE = "illustrative demo rate, not official"
RATES_FROM = date(2005, 1, 1)
_UUID_NAMESPACE = _uuid.UUID("6c1f7d0e-5b8a-4f43-9d61-0a3c2e7b9d10")

# Tenge per USD on the 1st of a month: the anchors of the illustrative curve.
# Months between anchors are interpolated, then moved by a small fixed wobble.
_MONTH_ANCHORS: tuple[tuple[date, float], ...] = (
    (date(2005, 1, 1), 132.0),
    (date(2005, 7, 1), 133.4),
    (date(2006, 1, 1), 133.8),
    (date(2006, 7, 1), 124.0),
    (date(2007, 1, 1), 127.0),
    (date(2007, 7, 1), 122.8),
    (date(2008, 1, 1), 120.6),
    (date(2009, 2, 1), 121.0),
    (date(2009, 3, 1), 150.6),
    (date(2010, 1, 1), 148.4),
    (date(2011, 1, 1), 147.4),
    (date(2012, 1, 1), 148.4),
    (date(2013, 1, 1), 150.7),
    (date(2014, 2, 1), 155.56),
    (date(2014, 3, 1), 182.0),
    (date(2015, 1, 1), 182.4),
    (date(2015, 8, 1), 188.0),
    (date(2015, 9, 1), 258.0),
    (date(2015, 11, 1), 307.0),
    (date(2016, 1, 1), 340.0),
    (date(2016, 2, 1), 366.0),
    (date(2016, 6, 1), 338.0),
    (date(2017, 6, 1), 316.0),
    (date(2018, 1, 1), 332.0),
    (date(2018, 12, 1), 370.0),
    (date(2019, 12, 1), 385.0),
    (date(2020, 3, 1), 430.0),
    (date(2020, 6, 1), 400.0),
    (date(2021, 1, 1), 421.0),
    (date(2021, 12, 1), 435.0),
    (date(2022, 3, 1), 500.0),
    (date(2022, 5, 1), 430.0),
    (date(2022, 9, 1), 475.0),
    (date(2023, 6, 1), 450.0),
    (date(2024, 6, 1), 450.0),
    (date(2024, 12, 1), 520.0),
    (date(2025, 3, 1), 500.0),
    (date(2025, 9, 1), 515.0),
    (date(2026, 6, 1), 505.0),
)
# Days the rate jumped, kept exactly as the domain notes give them.
_EXACT_DAYS: tuple[tuple[date, float], ...] = (
    (date(2009, 2, 4), 150.0),
    (date(2014, 2, 11), 184.5),
    (date(2015, 8, 18), 188.35),
    (date(2015, 8, 20), 255.26),
    (date(2016, 1, 22), 383.91),
)


def _month_value(day: date) -> float:
    anchors = _MONTH_ANCHORS
    if day <= anchors[0][0]:
        return anchors[0][1]
    if day >= anchors[-1][0]:
        return anchors[-1][1]
    i = bisect.bisect_right([a for a, _ in anchors], day)
    (d0, v0), (d1, v1) = anchors[i - 1], anchors[i]
    share = (day - d0).days / (d1 - d0).days
    return v0 + (v1 - v0) * share


@lru_cache(maxsize=8)
def rate_table(until: date) -> tuple[tuple[date, float], ...]:
    """Illustrative USD rates (day, tenge) from 2005 to ``until``: monthly plus jump days."""
    wobble = Random("debtdesk-demo-rates")  # drawn month by month: values never depend on until
    points: dict[date, float] = {}
    day = RATES_FROM
    while day <= until:
        points[day] = round(_month_value(day) * (1 + wobble.uniform(-0.006, 0.006)), 2)
        day = date(day.year + day.month // 12, day.month % 12 + 1, 1)
    for exact, value in _EXACT_DAYS:
        if exact <= until:
            points[exact] = value
    for anchor, value in _MONTH_ANCHORS:  # anchors exactly on their day: the jumps stay crisp
        if anchor <= until and anchor in points:
            points[anchor] = value
    return tuple(sorted(points.items()))


class Rates:
    """Tenge per USD on any day: the latest illustrative rate on or before it."""

    def __init__(self, until: date) -> None:
        self.table = rate_table(until)
        self._days = [d for d, _ in self.table]

    def usd(self, day: date) -> float:
        i = bisect.bisect_right(self._days, day)
        return self.table[max(i - 1, 0)][1]

    def to_kzt(self, currency: str, day: date) -> float:
        return self.usd(day) if currency == "USD" else 1.0


def ensure_rates(conn: Connection, ids: IdAllocator, until: date, created: datetime) -> int:
    """Add the illustrative USD rates this database lacks (none is ever changed)."""
    have = set(
        conn.execute(select(ExchangeRate.date).where(ExchangeRate.currency == "USD")).scalars()
    )
    taken = set(conn.execute(select(ExchangeRate.uuid)).scalars())
    rows: list[dict[str, Any]] = []
    for day, value in rate_table(until):
        if day in have:
            continue
        # The same UUID for the same demo rate in every database.
        uuid = str(_uuid.uuid5(_UUID_NAMESPACE, f"USD {day.isoformat()}"))
        if uuid in taken:  # a demo rate moved to another day by hand: leave it be
            uuid = str(_uuid.uuid5(_UUID_NAMESPACE, f"USD {day.isoformat()} {len(taken)}"))
        rows.append(
            {
                "id": ids.next("exchange_rate"),
                "uuid": uuid,
                "created_at": created,
                "updated_at": created,
                "version": 1,
                "date": day,
                "currency": "USD",
                "rate": Decimal(f"{value:.2f}"),
                "source": RATE_SOURCE,
            }
        )
    if rows:
        conn.execute(ExchangeRate.__table__.insert(), rows)
    return len(rows)


def money(minor_units: int) -> Decimal:
    """Whole minor units (tiyn, cents) → a two-place ``Decimal``."""
    return Decimal(minor_units).scaleb(-2)


def _power(base: float, exponent: int) -> float:
    result = 1.0
    while exponent:
        if exponent & 1:
            result *= base
        base *= base
        exponent >>= 1
    return result


def add_months(day: date, months: int, day_of_month: int) -> date:
    """``day``'s month moved by ``months``, on ``day_of_month`` (at most 28)."""
    index = day.year * 12 + day.month - 1 + months
    return date(index // 12, index % 12 + 1, day_of_month)


@dataclass(frozen=True)
class LoanPlan:
    """A loan's terms and repayment history, before it becomes rows."""

    currency: str
    principal: int  # minor units
    rate: Decimal  # annual percent
    term: int  # months
    schedule: str
    contract_date: date
    due_day: int
    paid: int  # instalments paid before the first one missed
    default_date: date  # the first day overdue

    @cached_property
    def monthly_rate(self) -> float:
        return float(self.rate) / 1200

    @cached_property
    def instalment(self) -> float:
        """The annuity instalment (the first one, for equal-principal loans)."""
        r, n, p = self.monthly_rate, self.term, self.principal
        if self.schedule == ScheduleKind.ANNUITY:
            return p * r / (1 - 1 / _power(1 + r, n))
        return p / n + p * r

    def due(self, k: int) -> date:
        """Date of instalment ``k`` (1-based)."""
        return add_months(self.contract_date, k, self.due_day)

    def instalments(self, first: int, last: int) -> float:
        """The sum of instalments ``first``..``last`` (closed forms: no month-by-month loop)."""
        count = last - first + 1
        if self.schedule == ScheduleKind.ANNUITY:
            return self.instalment * count
        p, n = self.principal, self.term
        repaid_before = p / n * (first - 1 + last - 1) * count / 2
        return count * p / n + (count * p - repaid_before) * self.monthly_rate

    def balance(self, k: int) -> float:
        """Principal still owed after ``k`` instalments."""
        p, n, r = self.principal, self.term, self.monthly_rate
        if self.schedule == ScheduleKind.ANNUITY:
            q = _power(1 + r, k)
            return max(p * q - self.instalment * (q - 1) / r, 0.0)
        return p - k * p / n

    def borrowed_kzt(self, rates: Rates) -> float:
        return self.principal * rates.to_kzt(self.currency, self.contract_date)


# Years families fell behind: after each devaluation most of all.
_DEFAULT_YEARS = Weighted(
    (2009, 2010, 2011, 2012, 2013, 2014, 2015, 2016, 2017), (20, 12, 6, 5, 5, 15, 17, 15, 5)
)
_TERMS = Weighted((120, 144, 180, 204, 240), (15, 10, 35, 10, 30))


def mortgage_plan(rng: Random, on: date) -> LoanPlan:
    """A 2005–2008 mortgage, USD for about 60%, that fell into arrears in 2009–2017."""
    start = date(2005, 3, 1).toordinal()
    end = date(2008, 9, 30).toordinal()
    contract = date.fromordinal(int(rng.triangular(start, end, date(2007, 3, 1).toordinal())))
    usd = rng.random() < 0.6
    shape = rng.betavariate(1.6, 3.5)
    if usd:
        principal = round((20000 + 100000 * shape) / 500) * 500 * 100
        rate = Decimal(rng.randrange(48, 65)) / 4  # 12.00–16.00
    else:
        principal = round((2000000 + 13000000 * shape) / 10000) * 10000 * 100
        rate = Decimal(rng.randrange(56, 73)) / 4  # 14.00–18.00
    term = _TERMS.pick(rng)
    schedule = ScheduleKind.ANNUITY if rng.random() < 0.85 else ScheduleKind.EQUAL_PRINCIPAL
    due_day = min(contract.day, 28)
    year = _DEFAULT_YEARS.pick(rng)
    missed = date(year, rng.randint(1, 12), due_day)
    latest = on - timedelta(days=400)
    months = (missed.year - contract.year) * 12 + missed.month - contract.month
    months = max(6, min(months, term - 1))
    while add_months(contract, months, due_day) > latest and months > 1:
        months -= 6
    months = max(months, 1)
    return LoanPlan(
        currency="USD" if usd else "KZT",
        principal=principal,
        rate=rate,
        term=term,
        schedule=schedule,
        contract_date=contract,
        due_day=due_day,
        paid=months - 1,
        default_date=add_months(contract, months, due_day) + timedelta(days=1),
    )


def consumer_plan(rng: Random, on: date, microfinance: bool) -> LoanPlan:
    """A later tenge loan (consumer or microfinance) taken to keep up with the mortgage."""
    latest = on - timedelta(days=500)
    start = date(2012, 1, 1).toordinal()
    contract = date.fromordinal(rng.randint(start, max(start, latest.toordinal())))
    if microfinance:
        principal = rng.randrange(15, 120) * 10000 * 100  # 150,000–1,200,000
        rate = Decimal(rng.randrange(120, 225)) / 4  # 30–56%
        term = rng.choice((6, 12, 18, 24))
    else:
        principal = rng.randrange(30, 300) * 10000 * 100  # 300,000–3,000,000
        rate = Decimal(rng.randrange(72, 140)) / 4  # 18–35%
        term = rng.choice((12, 24, 36, 48, 60))
    due_day = min(contract.day, 28)
    months = max(2, min(term - 1, int(rng.triangular(2, term, term / 3))))
    while add_months(contract, months, due_day) > on - timedelta(days=60) and months > 1:
        months -= 1
    return LoanPlan(
        currency="KZT",
        principal=principal,
        rate=rate,
        term=term,
        schedule=ScheduleKind.ANNUITY,
        contract_date=contract,
        due_day=due_day,
        paid=months - 1,
        default_date=add_months(contract, months, due_day) + timedelta(days=1),
    )


def payments(plan: LoanPlan, rng: Random, on: date, *, monthly: bool) -> list[tuple[date, int]]:
    """(date, minor units) of payments made: one per instalment when ``monthly``, otherwise
    the year's instalments as one row on the year's last paid date (keeps 100,000 cases
    at a few rows each); then a few partial payments after the default, as families do.
    """
    out: list[tuple[date, int]] = []
    if monthly:
        out = [(plan.due(k), round(plan.instalments(k, k))) for k in range(1, plan.paid + 1)]
    else:
        k = 1
        while k <= plan.paid:
            last = min(plan.paid, k + 12 - plan.due(k).month)  # to December of that year
            out.append((plan.due(last), round(plan.instalments(k, last))))
            k = last + 1
    if rng.random() < 0.3:
        span = max((on - plan.default_date).days - 30, 1)
        for _ in range(rng.randint(1, 3)):
            when = plan.default_date + timedelta(days=rng.randint(20, min(span, 1800)))
            part = plan.instalment * rng.uniform(0.2, 1.2)
            out.append((min(when, on), round(part / 100) * 100))
        out.sort()
    return out


@dataclass(frozen=True)
class Claim:
    """What a bank, court or bailiff says is owed at ``as_of``, in ``currency``."""

    as_of: date
    currency: str
    principal: int
    interest: int
    penalties: int
    fees: int
    source: str

    @property
    def total(self) -> int:
        return self.principal + self.interest + self.penalties + self.fees


def claim(
    plan: LoanPlan,
    rates: Rates,
    rng: Random,
    as_of: date,
    source: str,
    *,
    in_kzt: bool = True,
    multiple: tuple[float, float] | None = None,
) -> Claim:
    """A claim grown from the balance at default by interest, penalties and fees.

    ``multiple`` bounds the claim in tenge as a multiple of the tenge borrowed:
    the figure press releases quote ("they now want six times what we got").
    """
    balance = plan.balance(plan.paid)
    years = max((as_of - plan.default_date).days, 30) / 365.25
    interest = balance * float(plan.rate) / 100 * years * rng.uniform(0.45, 0.9)
    penalties = balance * rng.uniform(0.15, 1.1) * min(years, 4) / 4
    fees = plan.principal * rng.uniform(0.003, 0.03)
    fx = rates.to_kzt(plan.currency, as_of) if in_kzt else 1.0
    if multiple is not None:
        borrowed = plan.borrowed_kzt(rates)
        ratio = (balance + interest + penalties + fees) * fx / borrowed
        low, high = multiple
        target = ratio
        if ratio > high:
            target = rng.uniform(high * 0.8, high)
        elif ratio < low:
            target = rng.uniform(low, low * 1.3)
        if target != ratio:
            extras = interest + penalties + fees
            scale = max((target * borrowed / fx - balance) / extras, 0.0)
            interest, penalties, fees = interest * scale, penalties * scale, fees * scale
    return Claim(
        as_of=as_of,
        currency="KZT" if in_kzt else plan.currency,
        principal=round(balance * fx),
        interest=round(interest * fx),
        penalties=round(penalties * fx),
        fees=round(fees * fx),
        source=source,
    )
