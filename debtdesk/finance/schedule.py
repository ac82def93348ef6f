"""The schedule the contract promised, beside what was actually paid.

Arrears are shown honestly when both sides are on the table: how much the
contract asked for by a date (annuity or equal principal, from the rate and
term) against what the family paid by then. The instalment is worked out with
28 significant digits and rounded half up to the tiyn once; each month's
interest is rounded the same way and the last instalment clears the balance, as
bank schedules do.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, localcontext

from dateutil.relativedelta import relativedelta

from debtdesk.errors import ValidationError
from debtdesk.finance.amounts import ZERO, checked_money, to_cents, total
from debtdesk.i18n import _
from debtdesk.vocab import ScheduleKind


@dataclass(frozen=True)
class Instalment:
    number: int  # 1-based
    due: date
    payment: Decimal
    interest: Decimal
    principal: Decimal
    balance: Decimal  # principal still owed after this instalment


def annuity_payment(principal: Decimal, annual_rate: Decimal, term_months: int) -> Decimal:
    """The monthly annuity ``P·r / (1 − (1 + r)^−n)`` with ``r`` the monthly rate, to the tiyn."""
    with localcontext() as ctx:
        ctx.prec = 34
        r = annual_rate / Decimal(1200)
        if r == 0:
            return to_cents(principal / term_months)
        return to_cents(principal * r / (1 - (1 + r) ** -term_months))


def _check(principal: Decimal, annual_rate: Decimal, term_months: int, kind: str) -> None:
    checked_money("principal", principal)
    if principal == 0:
        raise ValidationError("principal", _("the amount borrowed must be more than zero"))
    if annual_rate < 0 or annual_rate > 1000:
        raise ValidationError("rate", _("must be between {lo} and {hi}").format(lo=0, hi=1000))
    if (
        isinstance(term_months, bool)
        or not isinstance(term_months, int)
        or not 1 <= term_months <= 600
    ):
        raise ValidationError(
            "term_months", _("must be between {lo} and {hi}").format(lo=1, hi=600)
        )
    if kind not in tuple(ScheduleKind):
        raise ValidationError(
            "schedule_kind",
            _("must be one of: {allowed}").format(allowed=", ".join(k.value for k in ScheduleKind)),
        )


def promised_schedule(
    principal: Decimal,
    annual_rate: Decimal,
    term_months: int,
    start: date,
    kind: str = ScheduleKind.ANNUITY,
) -> tuple[Instalment, ...]:
    """Every instalment of the contract; instalment ``k`` falls ``k`` months after ``start``."""
    _check(principal, annual_rate, term_months, kind)
    with localcontext() as ctx:
        ctx.prec = 34
        r = annual_rate / Decimal(1200)
        level = annuity_payment(principal, annual_rate, term_months)
        part = to_cents(principal / term_months)
        balance = principal
        out: list[Instalment] = []
        for k in range(1, term_months + 1):
            interest = to_cents(balance * r)
            if k == term_months:
                repaid = balance
            elif kind == ScheduleKind.ANNUITY:
                repaid = min(level - interest, balance)
            else:
                repaid = min(part, balance)
            balance -= repaid
            due = start + relativedelta(months=k)
            out.append(Instalment(k, due, repaid + interest, interest, repaid, balance))
    return tuple(out)


@dataclass(frozen=True)
class YearRow:
    year: int
    promised: Decimal
    paid: Decimal
    behind: Decimal  # promised so far minus paid so far, at the year's end (or ``on``)


@dataclass(frozen=True)
class ScheduleComparison:
    """The promised schedule against payments, as of ``on``, in the loan's currency."""

    on: date
    instalments: tuple[Instalment, ...]
    instalments_due: int  # how many fell due by ``on``
    promised_by_on: Decimal
    paid_by_on: Decimal
    years: tuple[YearRow, ...]

    @property
    def behind(self) -> Decimal:
        """Arrears: promised by ``on`` minus paid by ``on`` (negative when ahead)."""
        return self.promised_by_on - self.paid_by_on

    @property
    def level_payment(self) -> Decimal:
        return self.instalments[0].payment if self.instalments else ZERO

    @property
    def instalments_behind(self) -> Decimal:
        """Arrears in regular instalments (one place), e.g. 37.5."""
        level = self.level_payment
        if level == 0 or self.behind <= 0:
            return Decimal("0.0")
        return (self.behind / level).quantize(Decimal("0.1"))


def compare(
    instalments: tuple[Instalment, ...], payments: Iterable[tuple[date, Decimal]], on: date
) -> ScheduleComparison:
    """Promised against paid by ``on``; ``payments`` are (day, amount in the loan's currency)."""
    paid = sorted((d, a) for d, a in payments if d <= on)
    due = [i for i in instalments if i.due <= on]
    years: list[YearRow] = []
    first = min([i.due.year for i in due] + [d.year for d, _a in paid], default=on.year)
    promised_so_far = paid_so_far = ZERO
    for year in range(first, on.year + 1):
        promised = total(i.payment for i in due if i.due.year == year)
        paid_year = total(a for d, a in paid if d.year == year)
        promised_so_far += promised
        paid_so_far += paid_year
        years.append(YearRow(year, promised, paid_year, promised_so_far - paid_so_far))
    return ScheduleComparison(
        on=on,
        instalments=instalments,
        instalments_due=len(due),
        promised_by_on=total(i.payment for i in due),
        paid_by_on=total(a for _d, a in paid),
        years=tuple(years),
    )
