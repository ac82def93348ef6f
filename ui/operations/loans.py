"""Loans & debt operations: a case's loans, payments, debt statements and money figures.

Creditors are chosen by name: a name the database does not know yet becomes a
new creditor in the same action, so an advisor never leaves the form to add a
bank first.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from debtdesk.model import Creditor, DebtStatement, Loan
from debtdesk.services import institutions
from debtdesk.services import loans as service
from ui.operations.base import action as _action
from ui.operations.base import known_names, save_naming

if TYPE_CHECKING:
    from debtdesk.db.database import Database

__all__ = [
    "CurrencyFigures",
    "LoanRow",
    "LoansView",
    "PaymentRow",
    "StatementRow",
    "add_payment",
    "add_statement",
    "creditor_names",
    "delete_loan",
    "delete_payment",
    "delete_statement",
    "loans_of",
    "save_loan",
]

# The form's own field for the creditor's name; the service knows only creditor_id.
CREDITOR_NAME = "creditor"


@dataclass(frozen=True)
class LoanRow:
    id: int
    version: int
    creditor: str | None
    contract_no: str | None
    contract_date: date | None
    currency: str
    principal: Decimal
    rate: Decimal | None
    term_months: int | None
    schedule_kind: str
    collateral: str | None
    paid: Decimal  # payments in the loan's currency
    claimed: Decimal | None  # total of the newest debt statement
    claimed_currency: str | None  # a court often claims a dollar loan in tenge
    claimed_as_of: date | None


@dataclass(frozen=True)
class PaymentRow:
    id: int
    loan_id: int
    date: date
    amount: Decimal
    currency: str


@dataclass(frozen=True)
class StatementRow:
    id: int
    loan_id: int
    as_of: date
    currency: str
    principal: Decimal
    interest: Decimal
    penalties: Decimal
    fees: Decimal
    total: Decimal
    source: str | None


@dataclass(frozen=True)
class CurrencyFigures:
    """Borrowed, paid and claimed now, in one currency (sums never mix currencies).

    Each amount counts in its own currency: a dollar loan's principal under USD,
    the tenge a court now claims for it under KZT.
    """

    currency: str
    borrowed: Decimal
    paid: Decimal
    claimed: Decimal | None  # newest statement of each loan; None: nothing claimed in it


@dataclass(frozen=True)
class LoansView:
    loans: tuple[LoanRow, ...]
    payments: tuple[PaymentRow, ...]
    statements: tuple[StatementRow, ...]
    figures: tuple[CurrencyFigures, ...]
    loans_without_statement: int


def loans_of(db: Database, case_id: int) -> LoansView:
    """Everything the Loans & debt tab shows for case ``case_id``, read in one session."""
    with _action(db) as s:
        loans = list(
            s.scalars(
                select(Loan)
                .where(Loan.debtor_id == case_id)
                .options(
                    selectinload(Loan.creditor),
                    selectinload(Loan.payments),
                    selectinload(Loan.statements),
                )
                .order_by(Loan.contract_date, Loan.id)
            )
        )
        rows: list[LoanRow] = []
        payments: list[PaymentRow] = []
        statements: list[StatementRow] = []
        figures: dict[str, dict[str, Any]] = {}

        def money(currency: str) -> dict[str, Any]:
            zero = Decimal(0)
            return figures.setdefault(currency, {"borrowed": zero, "paid": zero, "claimed": None})

        without = 0
        for loan in loans:
            paid = sum((p.amount for p in loan.payments if p.currency == loan.currency), Decimal(0))
            newest = loan.statements[-1] if loan.statements else None
            rows.append(
                LoanRow(
                    id=loan.id,
                    version=loan.version,
                    creditor=loan.creditor.name if loan.creditor else None,
                    contract_no=loan.contract_no,
                    contract_date=loan.contract_date,
                    currency=loan.currency,
                    principal=loan.principal,
                    rate=loan.rate,
                    term_months=loan.term_months,
                    schedule_kind=loan.schedule_kind,
                    collateral=loan.collateral,
                    paid=paid,
                    claimed=newest.total if newest else None,
                    claimed_currency=newest.currency if newest else None,
                    claimed_as_of=newest.as_of if newest else None,
                )
            )
            payments += [
                PaymentRow(p.id, loan.id, p.date, p.amount, p.currency) for p in loan.payments
            ]
            statements += [_statement_row(st) for st in loan.statements]
            money(loan.currency)["borrowed"] += loan.principal
            for p in loan.payments:
                money(p.currency)["paid"] += p.amount
            if newest is None:
                without += 1
            else:
                claimed = money(newest.currency)
                claimed["claimed"] = (claimed["claimed"] or Decimal(0)) + newest.total
        return LoansView(
            loans=tuple(rows),
            payments=tuple(payments),
            statements=tuple(statements),
            figures=tuple(
                CurrencyFigures(cur, m["borrowed"], m["paid"], m["claimed"])
                for cur, m in sorted(figures.items(), key=lambda item: item[0] != "KZT")
            ),
            loans_without_statement=without,
        )


def _statement_row(st: DebtStatement) -> StatementRow:
    return StatementRow(
        id=st.id,
        loan_id=st.loan_id,
        as_of=st.as_of,
        currency=st.currency,
        principal=st.principal,
        interest=st.interest,
        penalties=st.penalties,
        fees=st.fees,
        total=st.total,
        source=st.source,
    )


def creditor_names(db: Database) -> list[str]:
    """Known creditors' names, for the loan form's completer."""
    return known_names(db, Creditor.name, Creditor.name_key)


def save_loan(
    db: Database,
    case_id: int,
    loan_id: int | None,
    values: Mapping[str, Any],
    expected_version: int | None = None,
) -> int:
    """Create (``loan_id`` None) or change a loan; returns its id."""
    return save_naming(
        db,
        loan_id,
        values,
        name_field=CREDITOR_NAME,
        id_field="creditor_id",
        find_or_create=institutions.find_or_create_creditor,
        create=lambda s, v: service.create_loan(s, case_id, v),
        update=lambda s, i, v: service.update_loan(s, i, v, expected_version=expected_version),
    )


def delete_loan(db: Database, loan_id: int, expected_version: int | None = None) -> None:
    """Delete a loan with its payments and statements."""
    with _action(db) as s:
        service.delete_loan(s, loan_id, expected_version=expected_version)


def add_payment(db: Database, loan_id: int, values: Mapping[str, Any]) -> int:
    with _action(db) as s:
        return service.add_payment(s, loan_id, values).id


def delete_payment(db: Database, payment_id: int) -> None:
    with _action(db) as s:
        service.delete_payment(s, payment_id)


def add_statement(db: Database, loan_id: int, values: Mapping[str, Any]) -> int:
    with _action(db) as s:
        return service.add_statement(s, loan_id, values).id


def delete_statement(db: Database, statement_id: int) -> None:
    with _action(db) as s:
        service.delete_statement(s, statement_id)
