"""Debt growth of a USD loan across the 2009 devaluation, checked against sums done by hand."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from debtdesk.errors import ValidationError
from debtdesk.finance.facts import ClaimFact, LoanFacts, PaymentFact
from debtdesk.finance.growth import loan_growth
from debtdesk.finance.rates import MissingRateError, Rate, RateTable

D = Decimal
ON = date(2026, 11, 30)


def usd(day: date, rate: str) -> Rate:
    return Rate("USD", day, D(rate), "test")


RATES = RateTable.of(
    [
        usd(date(2008, 1, 1), "120.00"),
        usd(date(2009, 1, 5), "120.50"),
        usd(date(2009, 2, 4), "150.00"),  # the February 2009 devaluation
        usd(date(2026, 11, 1), "500.00"),
    ]
)

LOAN = LoanFacts(
    currency="USD",
    principal=D("10000.00"),
    contract_date=date(2008, 1, 15),
    payments=(
        PaymentFact(date(2009, 1, 20), D("500.00"), "USD"),  # at 120.50: 60 250 ₸
        PaymentFact(date(2009, 2, 20), D("500.00"), "USD"),  # at 150: 75 000 ₸
        PaymentFact(date(2009, 3, 1), D("75000.00"), "KZT"),  # 75 000 ₸ = 500 USD at 150
    ),
    claims=(
        ClaimFact(date(2026, 11, 10), "USD", D("9000"), D("3000"), D("2500"), D("500"), "bank"),
    ),
)


def test_borrowed_paid_and_claimed_at_the_dates_they_happened() -> None:
    g = loan_growth(LOAN, RATES, ON)
    assert g.contract_rate is not None and g.contract_rate.rate == D("120.00")
    assert (g.borrowed.amount, g.borrowed.tenge) == (D("10000.00"), D("1200000.00"))
    assert (g.paid.amount, g.paid.tenge) == (D("1500.00"), D("210250.00"))
    assert g.payments == 3 and g.last_payment == date(2009, 3, 1)
    claimed = g.claimed
    assert claimed is not None
    assert (claimed.amount, claimed.tenge) == (D("15000.00"), D("7500000.00"))  # at 500


def test_ratios_and_shares() -> None:
    g = loan_growth(LOAN, RATES, ON)
    assert g.claimed_to_borrowed == D("1.5000")
    assert g.claimed_to_borrowed_tenge == D("6.2500")  # 7 500 000 ÷ 1 200 000
    assert g.paid_and_claimed_to_borrowed == D("1.6500")  # 16 500 ÷ 10 000
    assert g.paid_and_claimed_to_borrowed_tenge == D("6.4252")  # 7 710 250 ÷ 1 200 000
    assert g.penalties_share == D("0.1667")  # 2 500 ÷ 15 000
    assert g.fees_share == D("0.0333")
    assert g.penalties_and_fees_share == D("0.2000")


def test_devaluation_is_apart_from_interest_and_penalties() -> None:
    g = loan_growth(LOAN, RATES, ON)
    parts = g.at_contract_rate
    assert parts is not None
    # Each part at the contract rate of 120 ₸.
    assert (parts.principal, parts.interest, parts.penalties, parts.fees) == (
        D("1080000.00"), D("360000.00"), D("300000.00"), D("60000.00"),
    )  # fmt: skip
    assert g.devaluation.on_claim == D("5700000.00")  # 7 500 000 − 1 800 000
    assert g.devaluation.on_payments == D("30250.00")  # 210 250 − 1 500 × 120
    assert g.devaluation.total == D("5730250.00")


def test_a_tenge_loan_has_no_devaluation() -> None:
    loan = LoanFacts(
        currency="KZT",
        principal=D("3000000"),
        contract_date=date(2015, 3, 1),
        payments=(PaymentFact(date(2016, 1, 5), D("120000.50"), "KZT"),),
        claims=(ClaimFact(date(2026, 1, 1), "KZT", D("2500000"), D("900000"), D("1600000")),),
    )
    g = loan_growth(loan, RateTable(), ON)
    assert g.borrowed.tenge == D("3000000") and g.paid.tenge == D("120000.50")
    assert g.devaluation.total == 0
    assert g.claimed_to_borrowed_tenge == D("1.6667")  # 5 000 000 ÷ 3 000 000
    assert g.penalties_share == D("0.3200")


def test_a_claim_in_tenge_on_a_usd_loan_is_valued_back_in_dollars() -> None:
    loan = LoanFacts(
        currency="USD",
        principal=D("10000"),
        contract_date=date(2008, 1, 15),
        claims=(ClaimFact(date(2026, 11, 10), "KZT", D("5000000"), D("1000000")),),
    )
    g = loan_growth(loan, RATES, ON)
    assert g.claimed is not None and g.claimed.tenge == D("6000000.00")
    assert g.claimed.amount == D("12000.00")  # 6 000 000 ÷ 500
    assert g.devaluation.on_claim == D("6000000.00") - D("12000") * 120


def test_the_series_follows_payments_and_the_rate() -> None:
    g = loan_growth(LOAN, RATES, ON)
    by_day = {p.day: p for p in g.series}
    assert g.series[0].day == date(2008, 1, 15) and g.series[-1].day == ON
    assert by_day[date(2009, 2, 20)].paid_tenge == D("135250.00")
    assert by_day[date(2009, 3, 1)].paid_tenge == D("210250.00")
    assert by_day[date(2009, 3, 1)].claimed_tenge is None  # nothing claimed yet
    assert by_day[ON].claimed_tenge == D("7500000.00") and by_day[ON].rate == D("500.00")
    # A month with no rate in the window keeps its point but invents no rate.
    assert by_day[date(2015, 6, 1)].rate is None
    assert by_day[date(2015, 6, 1)].paid_tenge == D("210250.00")


def test_a_missing_rate_names_currency_and_date() -> None:
    late = LoanFacts(
        currency="USD",
        principal=D("10000"),
        contract_date=date(2008, 1, 15),
        payments=(PaymentFact(date(2012, 6, 1), D("100"), "USD"),),
    )
    with pytest.raises(MissingRateError) as caught:
        loan_growth(late, RATES, ON)
    assert caught.value.currency == "USD" and caught.value.day == date(2012, 6, 1)
    assert "USD" in str(caught.value) and "2012-06-01" in str(caught.value)
    assert caught.value.field == "exchange_rate"


def test_the_window_is_31_days_unless_told() -> None:
    assert RATES.rate("USD", date(2009, 3, 7)).rate == D("150.00")  # 31 days after 4 Feb
    with pytest.raises(MissingRateError):
        RATES.rate("USD", date(2009, 3, 8))
    wide = RateTable.of(RATES.rates["USD"], window=400)
    assert wide.rate("USD", date(2009, 12, 31)).day == date(2009, 2, 4)
    with pytest.raises(MissingRateError):
        RATES.rate("USD", date(2007, 12, 31))  # before the first rate
    assert RATES.rate("KZT", date(1990, 1, 1)).rate == 1


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"principal": D("-5")}, "principal"),
        ({"principal": D("10.005")}, "principal"),
        ({"payments": (PaymentFact(date(2009, 1, 20), D("-1"), "USD"),)}, "amount"),
        ({"payments": (PaymentFact(date(2009, 1, 20), D("0.001"), "USD"),)}, "amount"),
        ({"payments": (PaymentFact(date(2008, 1, 14), D("100"), "USD"),)}, "date"),
        ({"claims": (ClaimFact(date(2007, 1, 1), "USD", D("1")),)}, "as_of"),
        ({"claims": (ClaimFact(date(2020, 1, 1), "USD", D("1"), D("-2")),)}, "interest"),
    ],
)
def test_bad_figures_are_refused_naming_the_field(change: dict, field: str) -> None:
    values = {**LOAN.__dict__, **change}
    with pytest.raises(ValidationError) as caught:
        loan_growth(LoanFacts(**values), RATES, ON)
    assert caught.value.field == field
    if field == "date":
        assert "2008-01-14" in caught.value.message and "2008-01-15" in caught.value.message
