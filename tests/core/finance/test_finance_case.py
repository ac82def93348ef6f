"""A case's money read from a real database (SQLite and PostgreSQL), hand figures throughout."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from debtdesk.db import Database
from debtdesk.errors import ValidationError
from debtdesk.finance.bankruptcy import Procedure, Status, Verdict
from debtdesk.finance.case import bankruptcy_report, budget_report, debt_report
from debtdesk.finance.rates import MissingRateError
from debtdesk.services import debtors, household, loans, settings

D = Decimal


def test_debt_report_in_dollars_and_tenge(db: Database, money_case) -> None:
    with db.session() as s:
        who, debt = debt_report(s, money_case.debtor_id)
    assert who.full_name.startswith("Құрманғазы") and who.language == "kk"
    (g,) = debt.loans
    assert debt.on == date(2026, 11, 30)
    assert g.creditor == "Халық Банк" and g.contract_no == "ИП-2008/15"
    assert (g.borrowed.amount, g.borrowed.tenge) == (D("10000.00"), D("1200000.00"))
    assert (g.paid.amount, g.paid.tenge) == (D("1500.00"), D("210250.00"))
    assert g.claimed is not None and g.claimed.tenge == D("7500000.00")
    assert g.claimed_to_borrowed_tenge == D("6.2500")
    assert g.devaluation.total == D("5730250.00")
    assert debt.claimed_to_borrowed_tenge == D("6.2500")
    # 12% over 120 months on 10 000 USD: 143.47 a month (the formula, to the cent).
    assert g.schedule is not None and g.schedule.level_payment == D("143.47")


def test_a_missing_rate_is_named_not_guessed(db: Database, money_case) -> None:
    with db.session() as s:
        loans.add_payment(s, money_case.loan_id, {"date": "2013-05-10", "amount": "100"})
    with db.session() as s, pytest.raises(MissingRateError) as caught:
        debt_report(s, money_case.debtor_id)
    assert "USD" in str(caught.value) and "2013-05-10" in str(caught.value)


def test_a_payment_before_the_contract_is_refused_and_nothing_written(
    db: Database, money_case
) -> None:
    with db.session() as s, pytest.raises(ValidationError) as caught:
        loans.add_payment(s, money_case.loan_id, {"date": "2007-12-31", "amount": "100"})
    assert caught.value.field == "date" and "2008-01-15" in caught.value.message
    with db.session() as s:
        _who, debt = debt_report(s, money_case.debtor_id)
    assert debt.loans[0].payments == 3


@pytest.mark.parametrize("amount", ["-100", "100.001", "1e500"])
def test_negative_or_over_precise_payments_are_refused(db: Database, money_case, amount) -> None:
    with db.session() as s, pytest.raises(ValidationError) as caught:
        loans.add_payment(s, money_case.loan_id, {"date": "2009-05-01", "amount": amount})
    assert caught.value.field == "amount"


def test_budget_with_a_deficit(db: Database, money_case) -> None:
    with db.session() as s:
        _who, budget = budget_report(s, money_case.debtor_id)
    assert budget.income_total == D("220000.00") and budget.expense_total == D("255000.00")
    assert budget.surplus == D("-35000.00") and budget.deficit
    assert budget.income_per_person == D("55000.00")
    assert budget.subsistence_minimum == D("50851.00") and budget.below_minimum is False
    assert [c.category for c in budget.expenses] == [
        "utilities",
        "food",
        "transport",
        "other_debts",
    ]
    with db.session() as s:
        settings.set_setting(s, "subsistence_minimum", "60000", year=2026)
        _who, budget = budget_report(s, money_case.debtor_id)
    assert budget.below_minimum is True


def test_budget_without_the_years_minimum_says_unknown(db: Database, money_case) -> None:
    with db.session() as s:
        _who, budget = budget_report(s, money_case.debtor_id, on=date(2027, 1, 15))
    assert budget.subsistence_minimum is None and budget.below_minimum is None


def _screen_case(db: Database, claim: str, *, with_property: bool, surplus: bool = False) -> int:
    """A tenge debt claimed at ``claim``, last paid on 1 Oct 2025, MRP 2026 = 4 325."""
    with db.session() as s:
        settings.set_setting(s, "mrp", "4325", year=2026)
        d = debtors.create_debtor(s, {"full_name": "Иванова Ольга", "household_size": 2})
        loan = loans.create_loan(s, d.id, {"contract_date": "2015-03-01", "principal": "5000000"})
        loans.add_payment(s, loan.id, {"date": "2025-10-01", "amount": "10000"})
        loans.add_statement(s, loan.id, {"as_of": "2026-10-01", "principal": claim})
        if with_property:
            household.add_property(s, d.id, {"address": "Астана, Мира 5"})
        household.add_budget_line(
            s, d.id, {"kind": "income", "category": "salary", "amount": "250000"}
        )
        out = "100000" if surplus else "300000"
        household.add_budget_line(s, d.id, {"kind": "expense", "category": "food", "amount": out})
        return d.id


def _verdicts(screen) -> dict[str, Verdict]:
    return {c.procedure.value: c.verdict for c in screen.checks}


def test_out_of_court_at_exactly_1600_mrp(db: Database, today) -> None:
    debtor = _screen_case(db, "6920000.00", with_property=False)  # 1 600 × 4 325
    with db.session() as s:
        _who, screen = bankruptcy_report(s, debtor)
    assert screen.limit == D("6920000")
    assert _verdicts(screen) == {
        "out_of_court": Verdict.MAY_FIT,
        "court": Verdict.DOES_NOT_FIT,
        "restoration": Verdict.DOES_NOT_FIT,  # a deficit repays nothing
    }
    assert screen.may_fit == (Procedure.OUT_OF_COURT,)


def test_one_tiyn_over_1600_mrp_is_for_the_court(db: Database, today) -> None:
    debtor = _screen_case(db, "6920000.01", with_property=False)
    with db.session() as s:
        _who, screen = bankruptcy_report(s, debtor)
    out_of_court = screen.checks[0]
    assert out_of_court.conditions[0].key == "debt_within_limit"
    assert out_of_court.conditions[0].status == Status.NOT_MET
    assert _verdicts(screen)["out_of_court"] == Verdict.DOES_NOT_FIT
    assert _verdicts(screen)["court"] == Verdict.MAY_FIT


def test_property_closes_out_of_court_and_income_opens_a_plan(db: Database, today) -> None:
    debtor = _screen_case(db, "5000000", with_property=True, surplus=True)
    with db.session() as s:
        _who, screen = bankruptcy_report(s, debtor)
    # 150 000 a month × 60 = 9 000 000 ≥ 5 000 000: a restoration plan could repay it.
    assert _verdicts(screen) == {
        "out_of_court": Verdict.DOES_NOT_FIT,
        "court": Verdict.DOES_NOT_FIT,
        "restoration": Verdict.MAY_FIT,
    }


def test_without_the_years_mrp_the_amount_is_unknown(db: Database, today) -> None:
    debtor = _screen_case(db, "100000", with_property=False)
    with db.session() as s:
        _who, screen = bankruptcy_report(s, debtor, on=date(2027, 3, 1))
    assert screen.facts.mrp is None
    assert screen.checks[0].conditions[0].status == Status.UNKNOWN
    assert _verdicts(screen)["out_of_court"] == Verdict.CANNOT_TELL


def test_a_recent_payment_fails_the_twelve_months(db: Database, today) -> None:
    debtor = _screen_case(db, "100000", with_property=False)
    with db.session() as s:
        loan_id = debt_report(s, debtor)[1].loans[0].loan_id
        loans.add_payment(s, loan_id, {"date": "2026-06-01", "amount": "1000"})
        _who, screen = bankruptcy_report(s, debtor)
    quiet = screen.checks[0].conditions[2]
    assert quiet.key == "no_payments_12_months" and quiet.status == Status.NOT_MET
    assert quiet.values["last_payment"] == date(2026, 6, 1)
