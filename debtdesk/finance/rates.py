"""Tenge per unit of a currency on a date, from the advisors' own rate table.

The program works offline, so rates are what advisors typed in (or the demo's
illustrative ones). A conversion takes the latest rate on or before the day, but
no older than a window (31 days by default): a rate from last year must not
quietly stand in for today's. Without one the error names the rate that is
missing — currency and date — so the advisor knows what to add.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from debtdesk.errors import ValidationError
from debtdesk.finance.amounts import to_cents
from debtdesk.i18n import _
from debtdesk.model import ExchangeRate

TENGE = "KZT"
DEFAULT_WINDOW = 31  # days a rate may be older than the day it converts


class MissingRateError(ValidationError):
    """No rate of ``currency`` on ``day`` or in the ``window`` days before it."""

    def __init__(self, currency: str, day: date, window: int) -> None:
        super().__init__(
            "exchange_rate",
            _(
                "no {currency} rate for {day} (none from {earliest} to {day}); "
                "add the tenge rate of {currency} on or shortly before {day}"
            ).format(
                currency=currency,
                day=day.isoformat(),
                earliest=(day - timedelta(days=window)).isoformat(),
            ),
        )
        self.currency = currency
        self.day = day
        self.window = window


@dataclass(frozen=True)
class Rate:
    """Tenge per unit of ``currency``, as recorded on ``day`` (which may precede the date asked)."""

    currency: str
    day: date
    rate: Decimal
    source: str | None = None


_ONE = Decimal(1)


@dataclass(frozen=True)
class RateTable:
    """Rates of a few currencies held in memory: one query, then any number of look-ups."""

    rates: dict[str, tuple[Rate, ...]] = field(default_factory=dict)
    window: int = DEFAULT_WINDOW

    @classmethod
    def of(cls, rates: Iterable[Rate], window: int = DEFAULT_WINDOW) -> RateTable:
        by_currency: dict[str, list[Rate]] = {}
        for r in rates:
            if r.rate <= 0:
                raise ValidationError(
                    "rate",
                    _("a rate must be more than zero: {c} {d}").format(c=r.currency, d=r.day),
                )
            by_currency.setdefault(r.currency.upper(), []).append(r)
        return cls(
            {c: tuple(sorted(rs, key=lambda r: r.day)) for c, rs in by_currency.items()}, window
        )

    def rate(self, currency: str, day: date) -> Rate:
        """The latest rate of ``currency`` on or before ``day`` within the window."""
        currency = currency.upper()
        if currency == TENGE:
            return Rate(TENGE, day, _ONE)
        rates = self.rates.get(currency, ())
        i = bisect.bisect_right(rates, day, key=lambda r: r.day)
        if i == 0 or (day - rates[i - 1].day).days > self.window:
            raise MissingRateError(currency, day, self.window)
        return rates[i - 1]

    def to_tenge(self, amount: Decimal, currency: str, day: date) -> Decimal:
        """``amount`` of ``currency`` in tenge at the rate of ``day``, to the tiyn."""
        if currency.upper() == TENGE:
            return amount
        return to_cents(amount * self.rate(currency, day).rate)

    def convert(self, amount: Decimal, currency: str, into: str, day: date) -> Decimal:
        """``amount`` of ``currency`` in ``into`` at the rates of ``day`` (through tenge)."""
        if currency.upper() == into.upper():
            return amount
        tenge = amount * self.rate(currency, day).rate
        return to_cents(tenge / self.rate(into, day).rate)


def load_rates(
    session: Session, currencies: Iterable[str], window: int = DEFAULT_WINDOW
) -> RateTable:
    """Every stored rate of ``currencies`` (tenge needs none), in one query."""
    wanted = sorted({c.upper() for c in currencies} - {TENGE})
    if not wanted:
        return RateTable(window=window)
    rows = session.execute(
        select(ExchangeRate.currency, ExchangeRate.date, ExchangeRate.rate, ExchangeRate.source)
        .where(ExchangeRate.currency.in_(wanted))
        .order_by(ExchangeRate.currency, ExchangeRate.date)
    ).all()
    return RateTable.of((Rate(c, d, r, s) for c, d, r, s in rows), window)
