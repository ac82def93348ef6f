"""Cases with money in them, built through the services as an advisor would type them."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from debtdesk.db import Database
from debtdesk.services import debtors, household, institutions, loans, rates, settings


@dataclass(frozen=True)
class MoneyCase:
    debtor_id: int
    loan_id: int


def usd_case(db: Database) -> MoneyCase:
    """Құрманғазы's 10 000 USD loan of January 2008, paid across the 2009 devaluation.

    Hand figures: borrowed 1 200 000 ₸ (at 120); paid 500 USD at 120.50 and
    500 USD at 150 and 75 000 ₸ (= 500 USD at 150): 1 500 USD = 210 250 ₸;
    claimed 15 000 USD on 10 Nov 2026 at 500 = 7 500 000 ₸ (penalties 2 500, fees 500).
    """
    with db.session() as s:
        for day, rate in (
            ("2008-01-01", "120.00"),
            ("2009-01-05", "120.50"),
            ("2009-02-04", "150.00"),
            ("2026-11-01", "500.00"),
        ):
            rates.set_rate(s, {"date": day, "currency": "USD", "rate": rate, "source": "test"})
        settings.set_setting(s, "mrp", "4325", year=2026)
        settings.set_setting(s, "subsistence_minimum", "50851", year=2026)
        bank = institutions.create_creditor(s, {"name": "Халық Банк", "kind": "bank"})
        d = debtors.create_debtor(
            s,
            {
                "full_name": "Құрманғазы Айгүл Серікқызы",
                "language": "kk",
                "household_size": 4,
                "minors": 2,
            },
        )
        loan = loans.create_loan(
            s,
            d.id,
            {
                "creditor_id": bank.id,
                "contract_no": "ИП-2008/15",
                "contract_date": "2008-01-15",
                "currency": "USD",
                "principal": "10000",
                "rate": "12",
                "term_months": 120,
            },
        )
        loans.add_payment(s, loan.id, {"date": "2009-01-20", "amount": "500"})
        loans.add_payment(s, loan.id, {"date": "2009-02-20", "amount": "500"})
        loans.add_payment(s, loan.id, {"date": "2009-03-01", "amount": "75000", "currency": "KZT"})
        loans.add_statement(
            s,
            loan.id,
            {
                "as_of": "2026-11-10",
                "principal": "9000",
                "interest": "3000",
                "penalties": "2500",
                "fees": "500",
                "source": "справка банка",
            },
        )
        # A month: 220 000 in, 255 000 out — a deficit of 35 000, 55 000 a person.
        for kind, category, amount in (
            ("income", "salary", "180000"),
            ("income", "benefits", "40000"),
            ("expense", "food", "160000"),
            ("expense", "utilities", "45000"),
            ("expense", "transport", "20000"),
            ("expense", "other_debts", "30000"),
        ):
            household.add_budget_line(
                s, d.id, {"kind": kind, "category": category, "amount": amount}
            )
        household.add_property(s, d.id, {"address": "Алматы, Абай к-сі 1", "sole_home": True})
        return MoneyCase(d.id, loan.id)


@pytest.fixture
def money_case(db: Database, today: object) -> MoneyCase:
    return usd_case(db)
