"""Loans, the payments made on them, and what the bank or court claims at a date."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING

from sqlalchemy import Date, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from debtdesk.model.base import Entity, Fixed, Money

if TYPE_CHECKING:
    from debtdesk.model.creditor import Creditor
    from debtdesk.model.debtor import Debtor


class Loan(Entity):
    __tablename__ = "loan"

    debtor_id: Mapped[int] = mapped_column(ForeignKey("debtor.id", ondelete="CASCADE"), index=True)
    creditor_id: Mapped[int | None] = mapped_column(
        ForeignKey("creditor.id", ondelete="RESTRICT"), index=True
    )
    contract_no: Mapped[str | None] = mapped_column(String(64))
    contract_date: Mapped[date | None] = mapped_column(Date)
    currency: Mapped[str] = mapped_column(String(3), default="KZT")
    principal: Mapped[Decimal] = mapped_column(Money())
    # Annual nominal rate in percent, four places (e.g. 14.5000).
    rate: Mapped[Decimal | None] = mapped_column(Fixed(4))
    term_months: Mapped[int | None] = mapped_column(Integer)
    schedule_kind: Mapped[str] = mapped_column(String(16), default="annuity")
    collateral: Mapped[str | None] = mapped_column(Text)

    debtor: Mapped[Debtor] = relationship(back_populates="loans")
    creditor: Mapped[Creditor | None] = relationship()
    payments: Mapped[list[Payment]] = relationship(
        back_populates="loan",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="Payment.date",
    )
    statements: Mapped[list[DebtStatement]] = relationship(
        back_populates="loan",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="DebtStatement.as_of",
    )


class Payment(Entity):
    __tablename__ = "payment"

    loan_id: Mapped[int] = mapped_column(ForeignKey("loan.id", ondelete="CASCADE"), index=True)
    date: Mapped[date] = mapped_column(Date)
    amount: Mapped[Decimal] = mapped_column(Money())
    currency: Mapped[str] = mapped_column(String(3), default="KZT")

    loan: Mapped[Loan] = relationship(back_populates="payments")


class DebtStatement(Entity):
    """What the bank or the court says is owed at ``as_of``, itemised."""

    __tablename__ = "debt_statement"

    loan_id: Mapped[int] = mapped_column(ForeignKey("loan.id", ondelete="CASCADE"), index=True)
    as_of: Mapped[date] = mapped_column(Date)
    currency: Mapped[str] = mapped_column(String(3), default="KZT")
    principal: Mapped[Decimal] = mapped_column(Money(), default=Decimal(0))
    interest: Mapped[Decimal] = mapped_column(Money(), default=Decimal(0))
    penalties: Mapped[Decimal] = mapped_column(Money(), default=Decimal(0))
    fees: Mapped[Decimal] = mapped_column(Money(), default=Decimal(0))
    source: Mapped[str | None] = mapped_column(String(200))

    loan: Mapped[Loan] = relationship(back_populates="statements")

    @property
    def total(self) -> Decimal:
        return self.principal + self.interest + self.penalties + self.fees
