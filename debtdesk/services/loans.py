"""Loans, payments and debt statements of a case."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy.orm import Session

from debtdesk.errors import ValidationError
from debtdesk.i18n import _
from debtdesk.model import Creditor, Debtor, DebtStatement, Loan, Payment
from debtdesk.services import records
from debtdesk.services.fields import Amount, Choice, Currency, Day, Integer, Ref, Text
from debtdesk.vocab import ScheduleKind

LOAN_SCHEMA = {
    "creditor_id": Ref(),
    "contract_no": Text(max_len=64),
    "contract_date": Day(earliest=date(1991, 12, 16)),
    "currency": Currency(),
    "principal": Amount(required=True),
    "rate": Amount(places=4, maximum=Decimal(1000)),
    "term_months": Integer(minimum=1, maximum=600),
    "schedule_kind": Choice(ScheduleKind),
    "collateral": Text(max_len=2000, multiline=True),
}

PAYMENT_SCHEMA = {
    "date": Day(earliest=date(1991, 12, 16), required=True),
    "amount": Amount(required=True),
    "currency": Currency(),
}

STATEMENT_SCHEMA = {
    "as_of": Day(earliest=date(1991, 12, 16), required=True),
    "currency": Currency(),
    "principal": Amount(),
    "interest": Amount(),
    "penalties": Amount(),
    "fees": Amount(),
    "source": Text(max_len=200),
}


def _check_creditor(session: Session, value: Any) -> None:
    creditor_id = LOAN_SCHEMA["creditor_id"].clean("creditor_id", value)
    if creditor_id is not None and session.get(Creditor, creditor_id) is None:
        raise ValidationError("creditor_id", _("no such creditor: {id}").format(id=creditor_id))


def create_loan(session: Session, debtor_id: int, values: Mapping[str, Any]) -> Loan:
    records.get(session, Debtor, debtor_id)
    _check_creditor(session, values.get("creditor_id"))
    return records.create(session, Loan, LOAN_SCHEMA, values, extra={"debtor_id": debtor_id})


def update_loan(
    session: Session,
    loan_id: int,
    changes: Mapping[str, Any],
    *,
    expected_version: int | None = None,
) -> list[str]:
    loan = records.get(session, Loan, loan_id)
    if "creditor_id" in changes:
        _check_creditor(session, changes["creditor_id"])
    return records.update(session, loan, LOAN_SCHEMA, changes, expected_version=expected_version)


def delete_loan(session: Session, loan_id: int, *, expected_version: int | None = None) -> None:
    records.delete(session, records.get(session, Loan, loan_id), expected_version=expected_version)


def not_before_contract(loan: Loan, day: date | None, field: str) -> None:
    if day is not None and loan.contract_date is not None and day < loan.contract_date:
        raise ValidationError(
            field,
            _("{d} is before the loan contract date {c}").format(
                d=day.isoformat(), c=loan.contract_date.isoformat()
            ),
        )


def add_payment(session: Session, loan_id: int, values: Mapping[str, Any]) -> Payment:
    loan = records.get(session, Loan, loan_id)
    day = PAYMENT_SCHEMA["date"].clean("date", values.get("date"))
    not_before_contract(loan, day, "date")
    values = {"currency": loan.currency, **values}
    return records.create(
        session,
        Payment,
        PAYMENT_SCHEMA,
        values,
        debtor_id=loan.debtor_id,
        extra={"loan_id": loan.id},
    )


def delete_payment(session: Session, payment_id: int) -> None:
    payment = records.get(session, Payment, payment_id)
    records.delete(session, payment, debtor_id=payment.loan.debtor_id)


def add_statement(session: Session, loan_id: int, values: Mapping[str, Any]) -> DebtStatement:
    loan = records.get(session, Loan, loan_id)
    day = STATEMENT_SCHEMA["as_of"].clean("as_of", values.get("as_of"))
    not_before_contract(loan, day, "as_of")
    values = {"currency": loan.currency, **values}
    return records.create(
        session,
        DebtStatement,
        STATEMENT_SCHEMA,
        values,
        debtor_id=loan.debtor_id,
        extra={"loan_id": loan.id},
    )


def delete_statement(session: Session, statement_id: int) -> None:
    statement = records.get(session, DebtStatement, statement_id)
    records.delete(session, statement, debtor_id=statement.loan.debtor_id)
