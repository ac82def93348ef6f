"""A loan as plain, checked values: what the finance computations take as input.

The pure functions of this package work on these frozen dataclasses rather
than on ORM rows, so tests can state a loan by hand and the figures never
depend on a live session. ``check`` refuses what would make the figures lie:
negative or over-precise amounts, a payment or claim dated before the contract.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from debtdesk.errors import ValidationError
from debtdesk.finance.amounts import checked_money, total
from debtdesk.i18n import _


@dataclass(frozen=True)
class PaymentFact:
    day: date
    amount: Decimal
    currency: str


@dataclass(frozen=True)
class ClaimFact:
    """What the bank or court claims at ``as_of``, itemised, in ``currency``."""

    as_of: date
    currency: str
    principal: Decimal
    interest: Decimal = Decimal("0.00")
    penalties: Decimal = Decimal("0.00")
    fees: Decimal = Decimal("0.00")
    source: str | None = None

    @property
    def total(self) -> Decimal:
        return self.principal + self.interest + self.penalties + self.fees


@dataclass(frozen=True)
class LoanFacts:
    """One loan with its payments and claims, checked (see :meth:`checked`)."""

    currency: str
    principal: Decimal
    contract_date: date | None = None
    rate: Decimal | None = None  # annual nominal percent
    term_months: int | None = None
    schedule_kind: str = "annuity"
    payments: tuple[PaymentFact, ...] = ()
    claims: tuple[ClaimFact, ...] = ()
    loan_id: int | None = None
    contract_no: str | None = None
    creditor: str | None = None
    collateral: str | None = field(default=None, repr=False)

    def checked(self) -> LoanFacts:
        """``self`` when every figure is usable; otherwise a ValidationError naming it."""
        checked_money("principal", self.principal)
        if self.principal == 0:
            raise ValidationError("principal", _("the amount borrowed must be more than zero"))
        if self.rate is not None and self.rate < 0:
            raise ValidationError("rate", _("must not be negative"))
        for p in self.payments:
            checked_money("amount", p.amount)
            self._not_before_contract(p.day, "date")
        for c in self.claims:
            for name in ("principal", "interest", "penalties", "fees"):
                checked_money(name, getattr(c, name))
            self._not_before_contract(c.as_of, "as_of")
        return self

    def _not_before_contract(self, day: date, name: str) -> None:
        if self.contract_date is not None and day < self.contract_date:
            raise ValidationError(
                name,
                _("{d} is before the loan contract date {c}").format(
                    d=day.isoformat(), c=self.contract_date.isoformat()
                ),
            )

    def latest_claim(self, on: date) -> ClaimFact | None:
        """The claim with the latest ``as_of`` on or before ``on``."""
        known = [c for c in self.claims if c.as_of <= on]
        return max(known, key=lambda c: c.as_of) if known else None

    def payments_until(self, on: date) -> Sequence[PaymentFact]:
        return [p for p in sorted(self.payments, key=lambda p: p.day) if p.day <= on]

    def paid_in(self, currency: str, on: date) -> Decimal:
        """Payments made in ``currency`` itself up to ``on`` (no conversion)."""
        return total(p.amount for p in self.payments_until(on) if p.currency == currency)
