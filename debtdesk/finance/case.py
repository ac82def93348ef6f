"""One case's money read from the database: the door from sessions to the pure functions.

Each function reads what it needs in a few queries (loans with their payments
and claims, the rates of the currencies involved, the year's settings) and
returns frozen dataclasses that outlive the session, so a screen, the command
line and a PDF can all show the same figures.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy.orm import Session

from debtdesk.clock import today
from debtdesk.finance.amounts import total
from debtdesk.finance.bankruptcy import Screen, ScreenFacts, screen
from debtdesk.finance.budget import Budget, BudgetLineFact, household_budget
from debtdesk.finance.facts import ClaimFact, LoanFacts, PaymentFact
from debtdesk.finance.growth import CaseDebt, loan_growth
from debtdesk.finance.rates import DEFAULT_WINDOW, load_rates
from debtdesk.finance.yearly import MRP, SUBSISTENCE_MINIMUM, yearly_amount
from debtdesk.model import Debtor, Loan
from debtdesk.services import records


@dataclass(frozen=True)
class CaseHeader:
    """Who a report is about, and the language their papers are printed in."""

    debtor_id: int
    full_name: str
    iin: str | None
    language: str


def header(debtor: Debtor) -> CaseHeader:
    return CaseHeader(debtor.id, debtor.full_name, debtor.iin, debtor.language or "ru")


def loan_facts(loan: Loan) -> LoanFacts:
    return LoanFacts(
        currency=loan.currency,
        principal=loan.principal,
        contract_date=loan.contract_date,
        rate=loan.rate,
        term_months=loan.term_months,
        schedule_kind=loan.schedule_kind or "annuity",
        payments=tuple(PaymentFact(p.date, p.amount, p.currency) for p in loan.payments),
        claims=tuple(
            ClaimFact(s.as_of, s.currency, s.principal, s.interest, s.penalties, s.fees, s.source)
            for s in loan.statements
        ),
        loan_id=loan.id,
        contract_no=loan.contract_no,
        creditor=loan.creditor.name if loan.creditor else None,
    )


def _currencies(debtor: Debtor) -> set[str]:
    found = {line.currency for line in debtor.budget_lines}
    for loan in debtor.loans:
        found.add(loan.currency)
        found.update(p.currency for p in loan.payments)
        found.update(s.currency for s in loan.statements)
    return found


def debt_report(
    session: Session, debtor_id: int, on: date | None = None, window: int = DEFAULT_WINDOW
) -> tuple[CaseHeader, CaseDebt]:
    """How every loan of the case grew, as of ``on`` (default today)."""
    on = on or today()
    debtor = records.get(session, Debtor, debtor_id)
    rates = load_rates(session, _currencies(debtor), window)
    loans = tuple(loan_growth(loan_facts(loan), rates, on) for loan in debtor.loans)
    return header(debtor), CaseDebt(on, loans)


def _budget(session: Session, debtor: Debtor, on: date) -> Budget:
    rates = load_rates(session, {line.currency for line in debtor.budget_lines})
    return household_budget(
        (BudgetLineFact(x.kind, x.category, x.amount, x.currency) for x in debtor.budget_lines),
        on,
        rates,
        household_size=debtor.household_size,
        minors=debtor.minors,
        subsistence_minimum=yearly_amount(session, SUBSISTENCE_MINIMUM, on.year),
    )


def budget_report(
    session: Session, debtor_id: int, on: date | None = None
) -> tuple[CaseHeader, Budget]:
    """The household's month, with the subsistence minimum of ``on``'s year."""
    on = on or today()
    debtor = records.get(session, Debtor, debtor_id)
    return header(debtor), _budget(session, debtor, on)


def bankruptcy_report(
    session: Session, debtor_id: int, on: date | None = None
) -> tuple[CaseHeader, Screen]:
    """The bankruptcy screen of the case as of ``on``: debts valued in tenge at ``on``."""
    on = on or today()
    debtor = records.get(session, Debtor, debtor_id)
    rates = load_rates(session, _currencies(debtor))
    claims = [loan_facts(loan).checked().latest_claim(on) for loan in debtor.loans]
    payments = [p.date for loan in debtor.loans for p in loan.payments if p.date <= on]
    budget = _budget(session, debtor, on) if debtor.budget_lines else None
    facts = ScreenFacts(
        on=on,
        mrp=yearly_amount(session, MRP, on.year),
        debt_known=total(rates.to_tenge(c.total, c.currency, on) for c in claims if c),
        loans_without_claim=sum(1 for c in claims if c is None),
        last_payment=max(payments, default=None),
        has_loans=bool(debtor.loans),
        properties=len(debtor.properties),
        monthly_income=budget.income_total if budget else None,
        monthly_surplus=budget.surplus if budget else None,
    )
    return header(debtor), screen(facts)
