"""How a loan's debt grew: borrowed, paid, claimed — in its currency and in tenge.

"They owe ten times more than they borrowed" has to hold up in front of a bank
or a judge, so every figure here says at which rate it was taken:

- borrowed in tenge at the contract date's rate; each payment at its own date's
  rate; the claim at its ``as_of`` date's rate ("in tenge at the dates they
  happened");
- the claim is split into principal, interest, penalties and fees valued at the
  contract rate, and the **devaluation effect** — what the fall of the tenge
  added on top — is the remainder, so the parts add up to the tiyn;
- the same is done for payments: what they cost in tenge against what they
  would have cost at the contract rate.

A tenge loan has no devaluation effect (the rate is one throughout).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from debtdesk.errors import ValidationError
from debtdesk.finance.amounts import ZERO, ratio, to_cents, total
from debtdesk.finance.facts import ClaimFact, LoanFacts
from debtdesk.finance.rates import TENGE, MissingRateError, Rate, RateTable
from debtdesk.finance.schedule import ScheduleComparison, compare, promised_schedule
from debtdesk.i18n import _


@dataclass(frozen=True)
class Figure:
    """An amount in the loan's currency and the same in tenge at the date(s) it happened."""

    amount: Decimal
    tenge: Decimal


@dataclass(frozen=True)
class ClaimParts:
    """A claim as the loan's currency and tenge see it, part by part."""

    as_of: date
    source: str | None
    stated_currency: str
    rate: Rate | None  # the rate of ``as_of`` (None for a tenge loan stated in tenge)
    principal: Figure
    interest: Figure
    penalties: Figure
    fees: Figure

    @property
    def total(self) -> Figure:
        parts = (self.principal, self.interest, self.penalties, self.fees)
        return Figure(total(p.amount for p in parts), total(p.tenge for p in parts))


@dataclass(frozen=True)
class Devaluation:
    """What the fall of the tenge added, in tenge, apart from interest and penalties."""

    on_payments: Decimal
    on_claim: Decimal

    @property
    def total(self) -> Decimal:
        return self.on_payments + self.on_claim


@dataclass(frozen=True)
class ClaimAtContractRate:
    """The claimed parts valued at the contract date's rate: growth without devaluation."""

    principal: Decimal
    interest: Decimal
    penalties: Decimal
    fees: Decimal


@dataclass(frozen=True)
class SeriesPoint:
    """One point of the chart: tenge paid so far, tenge claimed that day, the day's rate."""

    day: date
    paid_tenge: Decimal
    claimed_tenge: Decimal | None  # None before the first claim
    rate: Decimal | None  # tenge per unit of the loan's currency (None for tenge loans)


@dataclass(frozen=True)
class LoanGrowth:
    loan_id: int | None
    contract_no: str | None
    creditor: str | None
    currency: str
    contract_date: date | None
    on: date
    contract_rate: Rate | None
    borrowed: Figure
    paid: Figure
    payments: int
    last_payment: date | None
    claim: ClaimParts | None
    at_contract_rate: ClaimAtContractRate | None
    devaluation: Devaluation
    series: tuple[SeriesPoint, ...]
    schedule: ScheduleComparison | None
    claim_days: tuple[date, ...] = ()  # every claim's ``as_of`` up to ``on``: marks on a chart

    @property
    def claimed(self) -> Figure | None:
        return self.claim.total if self.claim else None

    @property
    def claimed_to_borrowed(self) -> Decimal | None:
        """Claimed ÷ borrowed in the loan's currency."""
        return ratio(self.claimed.amount if self.claimed else None, self.borrowed.amount)

    @property
    def claimed_to_borrowed_tenge(self) -> Decimal | None:
        """Claimed ÷ borrowed in tenge at the dates they happened."""
        return ratio(self.claimed.tenge if self.claimed else None, self.borrowed.tenge)

    @property
    def paid_and_claimed_to_borrowed(self) -> Decimal | None:
        claimed = self.claimed
        return ratio(claimed.amount + self.paid.amount if claimed else None, self.borrowed.amount)

    @property
    def paid_and_claimed_to_borrowed_tenge(self) -> Decimal | None:
        claimed = self.claimed
        return ratio(claimed.tenge + self.paid.tenge if claimed else None, self.borrowed.tenge)

    @property
    def penalties_share(self) -> Decimal | None:
        """Penalties ÷ the claim (in the loan's currency)."""
        c = self.claim
        return ratio(c.penalties.amount, c.total.amount) if c else None

    @property
    def fees_share(self) -> Decimal | None:
        c = self.claim
        return ratio(c.fees.amount, c.total.amount) if c else None

    @property
    def penalties_and_fees_share(self) -> Decimal | None:
        c = self.claim
        return ratio(c.penalties.amount + c.fees.amount, c.total.amount) if c else None


def _claim_parts(claim: ClaimFact, currency: str, rates: RateTable) -> ClaimParts:
    day, stated = claim.as_of, claim.currency.upper()

    def figure(value: Decimal) -> Figure:
        return Figure(
            rates.convert(value, stated, currency, day), rates.to_tenge(value, stated, day)
        )

    foreign = {currency.upper(), stated} - {TENGE}
    rate = rates.rate(next(iter(foreign)), day) if foreign else None
    return ClaimParts(
        as_of=day,
        source=claim.source,
        stated_currency=stated,
        rate=rate,
        principal=figure(claim.principal),
        interest=figure(claim.interest),
        penalties=figure(claim.penalties),
        fees=figure(claim.fees),
    )


def _sample_days(start: date, on: date, extra: Iterable[date]) -> list[date]:
    """``start``, the first of every following month, ``extra`` days, and ``on``."""
    days = {start, on, *(d for d in extra if start <= d <= on)}
    month = date(start.year, start.month, 1)
    while True:
        month = (month + timedelta(days=32)).replace(day=1)
        if month > on:
            break
        days.add(month)
    return sorted(days)


def _series(
    facts: LoanFacts, rates: RateTable, on: date, paid_days: list[tuple[date, Decimal]]
) -> tuple[SeriesPoint, ...]:
    """Points for a chart: the first of every month, and every payment and claim day.

    A month without a rate keeps its point (payments are known) but leaves the
    rate, and a foreign-currency claim's tenge value, empty: a chart may skip
    a point, it must not invent one. Payment and claim days always have rates
    (their conversions above required them).
    """
    known = [p.day for p in facts.payments] + [c.as_of for c in facts.claims]
    start = facts.contract_date or min(known, default=None)
    if start is None or start > on:
        return ()
    points: list[SeriesPoint] = []
    for day in _sample_days(start, on, known):
        rate = _rate_or_none(rates, facts.currency, day)
        paid = total(a for d, a in paid_days if d <= day)
        claim = facts.latest_claim(day)
        claimed = None
        if claim is not None:
            # A claim stated in a foreign currency costs more tenge as the tenge falls.
            stated = _rate_or_none(rates, claim.currency, day)
            claimed = to_cents(claim.total * stated) if stated is not None else None
        points.append(SeriesPoint(day, paid, claimed, rate if facts.currency != TENGE else None))
    return tuple(points)


def _rate_or_none(rates: RateTable, currency: str, day: date) -> Decimal | None:
    try:
        return rates.rate(currency, day).rate
    except MissingRateError:
        return None


def loan_growth(facts: LoanFacts, rates: RateTable, on: date) -> LoanGrowth:
    """Every figure of one loan as of ``on`` (payments and claims after it are left out)."""
    facts = facts.checked()
    currency = facts.currency.upper()
    foreign = currency != TENGE
    contract_rate: Rate | None = None
    if foreign:
        if facts.contract_date is None:
            raise ValidationError(
                "contract_date",
                _("the contract date is needed to value a {c} loan in tenge").format(c=currency),
            )
        contract_rate = rates.rate(currency, facts.contract_date)
    r0 = contract_rate.rate if contract_rate else Decimal(1)
    borrowed = Figure(facts.principal, to_cents(facts.principal * r0))

    payments = facts.payments_until(on)
    in_loan = [(p.day, rates.convert(p.amount, p.currency, currency, p.day)) for p in payments]
    in_tenge = [(p.day, rates.to_tenge(p.amount, p.currency, p.day)) for p in payments]
    paid = Figure(total(a for _d, a in in_loan), total(a for _d, a in in_tenge))

    latest = facts.latest_claim(on)
    claim = _claim_parts(latest, currency, rates) if latest else None
    at_contract: ClaimAtContractRate | None = None
    on_claim = ZERO
    if claim is not None:
        at_contract = ClaimAtContractRate(
            *(
                to_cents(part.amount * r0)
                for part in (claim.principal, claim.interest, claim.penalties, claim.fees)
            )
        )
        valued = (
            at_contract.principal + at_contract.interest + at_contract.penalties + at_contract.fees
        )
        on_claim = claim.total.tenge - valued
    devaluation = Devaluation(paid.tenge - to_cents(paid.amount * r0), on_claim)

    schedule = None
    if facts.rate is not None and facts.term_months and facts.contract_date is not None:
        instalments = promised_schedule(
            facts.principal, facts.rate, facts.term_months, facts.contract_date, facts.schedule_kind
        )
        schedule = compare(instalments, in_loan, on)

    return LoanGrowth(
        loan_id=facts.loan_id,
        contract_no=facts.contract_no,
        creditor=facts.creditor,
        currency=currency,
        contract_date=facts.contract_date,
        on=on,
        contract_rate=contract_rate,
        borrowed=borrowed,
        paid=paid,
        payments=len(payments),
        last_payment=payments[-1].day if payments else None,
        claim=claim,
        at_contract_rate=at_contract,
        devaluation=devaluation,
        series=_series(facts, rates, on, in_tenge),
        schedule=schedule,
        claim_days=tuple(sorted({c.as_of for c in facts.claims if c.as_of <= on})),
    )


@dataclass(frozen=True)
class CaseDebt:
    """All loans of a case, and their totals in tenge (at the dates things happened)."""

    on: date
    loans: tuple[LoanGrowth, ...]

    @property
    def borrowed_tenge(self) -> Decimal:
        return total(g.borrowed.tenge for g in self.loans)

    @property
    def paid_tenge(self) -> Decimal:
        return total(g.paid.tenge for g in self.loans)

    @property
    def claimed_tenge(self) -> Decimal:
        return total(g.claimed.tenge for g in self.loans if g.claimed)

    @property
    def devaluation_tenge(self) -> Decimal:
        return total(g.devaluation.total for g in self.loans)

    @property
    def claimed_to_borrowed_tenge(self) -> Decimal | None:
        claimed = [g for g in self.loans if g.claimed]
        return ratio(self.claimed_tenge, total(g.borrowed.tenge for g in claimed))

    @property
    def paid_and_claimed_to_borrowed_tenge(self) -> Decimal | None:
        claimed = [g for g in self.loans if g.claimed]
        return ratio(
            self.claimed_tenge + total(g.paid.tenge for g in claimed),
            total(g.borrowed.tenge for g in claimed),
        )
