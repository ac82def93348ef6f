"""Money of a case for the case file: debt growth, the household budget, the bankruptcy screen.

The core (``debtdesk.finance``) already returns frozen dataclasses that outlive
their session, so these functions hand them over as they are, one session per
action. A figure the core cannot work out — most often an exchange rate nobody
has typed in yet — comes back as the core's own message (``problem``) rather
than an exception, because the panel shows it in place of the figures and the
rest of the case file stays usable.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from debtdesk.errors import ValidationError
from debtdesk.finance import case, pdf
from debtdesk.finance.bankruptcy import Screen
from debtdesk.finance.budget import Budget
from debtdesk.finance.case import CaseHeader
from debtdesk.finance.growth import CaseDebt
from debtdesk.model import Debtor
from debtdesk.services import records
from ui.operations.base import action as _action

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from debtdesk.db.database import Database

__all__ = [
    "DebtView",
    "HouseholdMoney",
    "budget_pdf",
    "debt_history_pdf",
    "debt_of",
    "household_money_of",
]


@dataclass(frozen=True)
class DebtView:
    """Every loan's growth, or why it could not be worked out (``problem``)."""

    header: CaseHeader | None
    debt: CaseDebt | None
    problem: str | None = None


@dataclass(frozen=True)
class HouseholdMoney:
    """The month's budget and the bankruptcy screen; each may carry its own problem."""

    header: CaseHeader | None
    budget: Budget | None
    screen: Screen | None
    budget_problem: str | None = None
    screen_problem: str | None = None


def _why(error: ValidationError) -> str:
    # The message alone: "exchange_rate: no USD rate…" reads like a program's field name.
    return error.message


def debt_of(db: Database, case_id: int, on: date | None = None) -> DebtView:
    """How each loan of the case grew, as of ``on`` (default today)."""
    with _action(db) as session:
        try:
            header, debt = case.debt_report(session, case_id, on)
        except ValidationError as error:
            return DebtView(case.header(_debtor(session, case_id)), None, _why(error))
    return DebtView(header, debt)


def household_money_of(db: Database, case_id: int, on: date | None = None) -> HouseholdMoney:
    """The household budget and the bankruptcy screen, read in one session."""
    with _action(db) as session:
        header = case.header(_debtor(session, case_id))
        budget = screen = None
        budget_problem = screen_problem = None
        try:
            budget = case.budget_report(session, case_id, on)[1]
        except ValidationError as error:
            budget_problem = _why(error)
        try:
            screen = case.bankruptcy_report(session, case_id, on)[1]
        except ValidationError as error:
            screen_problem = _why(error)
    return HouseholdMoney(header, budget, screen, budget_problem, screen_problem)


def debt_history_pdf(db: Database, case_id: int, lang: str, on: date | None = None) -> bytes:
    """The "Debt history" PDF in ``lang``; a missing rate raises the core's ValidationError."""
    with _action(db) as session:
        header, debt = case.debt_report(session, case_id, on)
    return pdf.debt_history_pdf(header, debt, lang)


def budget_pdf(db: Database, case_id: int, lang: str, on: date | None = None) -> bytes:
    """The income and expenditure statement PDF in ``lang``."""
    with _action(db) as session:
        header, budget = case.budget_report(session, case_id, on)
    return pdf.budget_pdf(header, budget, lang)


def _debtor(session: Session, case_id: int) -> Debtor:
    return records.get(session, Debtor, case_id)
