"""The promised schedule checked against the annuity formula, and arrears against payments."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from fractions import Fraction

import pytest

from debtdesk.errors import ValidationError
from debtdesk.finance.schedule import annuity_payment, compare, promised_schedule


def _formula(principal: int, annual_percent: int, months: int) -> Decimal:
    """P·r / (1 − (1 + r)^−n) in exact fractions, rounded half up to the tiyn."""
    r = Fraction(annual_percent, 1200)
    exact = principal * r / (1 - (1 + r) ** -months)
    cents = exact * 100
    whole = int(cents) + (1 if cents - int(cents) >= Fraction(1, 2) else 0)
    return Decimal(whole).scaleb(-2)


def test_annuity_instalment_is_the_formula_to_the_tiyn() -> None:
    # 10 000 000 ₸ at 12% a year (1% a month) over 10 years: 143 470.948… ₸ by hand: 143 470.95.
    assert _formula(10_000_000, 12, 120) == Decimal("143470.95")
    assert annuity_payment(Decimal("10000000"), Decimal("12"), 120) == Decimal("143470.95")
    for principal, rate, months in ((15_000_000, 14, 240), (60_000, 13, 180), (500_000, 35, 24)):
        got = annuity_payment(Decimal(principal), Decimal(rate), months)
        assert got == _formula(principal, rate, months)


def test_annuity_schedule_repays_exactly_the_principal() -> None:
    plan = promised_schedule(Decimal("10000000.00"), Decimal("12"), 120, date(2008, 1, 31))
    first, last = plan[0], plan[-1]
    assert first.due == date(2008, 2, 29)  # a month after 31 January in a leap year
    assert first.interest == Decimal("100000.00") and first.principal == Decimal("43470.95")
    assert first.balance == Decimal("9956529.05")
    assert all(i.payment == Decimal("143470.95") for i in plan[:-1])
    assert sum(i.principal for i in plan) == Decimal("10000000.00")
    assert last.balance == 0 and abs(last.payment - Decimal("143470.95")) < 1


def test_equal_principal_schedule() -> None:
    plan = promised_schedule(
        Decimal("1200000"), Decimal("12"), 12, date(2020, 1, 10), "equal_principal"
    )
    assert [i.principal for i in plan] == [Decimal("100000.00")] * 12
    assert plan[0].payment == Decimal("112000.00")  # 100 000 + 1% of 1 200 000
    assert plan[-1].payment == Decimal("101000.00")  # 100 000 + 1% of the last 100 000


def test_zero_rate_divides_the_principal() -> None:
    plan = promised_schedule(Decimal("1000"), Decimal("0"), 3, date(2020, 1, 1))
    assert [i.payment for i in plan] == [Decimal("333.33"), Decimal("333.33"), Decimal("333.34")]


def test_arrears_are_promised_less_paid() -> None:
    plan = promised_schedule(
        Decimal("1200000"), Decimal("12"), 12, date(2020, 1, 10), "equal_principal"
    )
    paid = [(date(2020, 2, 10), Decimal("112000.00")), (date(2020, 3, 10), Decimal("50000.00"))]
    result = compare(plan, paid, date(2020, 4, 30))
    # Due by 30 April: February 112 000, March 111 000, April 110 000.
    assert result.instalments_due == 3
    assert result.promised_by_on == Decimal("333000.00")
    assert result.paid_by_on == Decimal("162000.00")
    assert result.behind == Decimal("171000.00")
    assert result.instalments_behind == Decimal("1.5")  # 171 000 ÷ 112 000 = 1.53
    (year,) = result.years
    assert (year.year, year.promised, year.paid, year.behind) == (
        2020, Decimal("333000.00"), Decimal("162000.00"), Decimal("171000.00"),
    )  # fmt: skip


@pytest.mark.parametrize(
    ("args", "field"),
    [
        ((Decimal("-1"), Decimal("12"), 12), "principal"),
        ((Decimal("100.001"), Decimal("12"), 12), "principal"),
        ((Decimal("0"), Decimal("12"), 12), "principal"),
        ((100.5, Decimal("12"), 12), "principal"),
        ((Decimal("100"), Decimal("-1"), 12), "rate"),
        ((Decimal("100"), Decimal("12"), 0), "term_months"),
    ],
)
def test_bad_terms_are_refused_naming_the_field(args: tuple, field: str) -> None:
    with pytest.raises(ValidationError) as caught:
        promised_schedule(*args, start=date(2020, 1, 1))
    assert caught.value.field == field
