"""The debtor and household: the centre of a case, and its household budget lines."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING

from sqlalchemy import JSON, Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from debtdesk.model.base import Entity, Money

if TYPE_CHECKING:
    from debtdesk.model.advisor import Advisor
    from debtdesk.model.court import Proceeding
    from debtdesk.model.event import Event
    from debtdesk.model.loan import Loan
    from debtdesk.model.note import Note
    from debtdesk.model.property import Property


class Debtor(Entity):
    __tablename__ = "debtor"
    __table_args__ = (
        # The register's search reads only these (and the id): SQLite scans this narrow
        # index for a LIKE match instead of the wide table (services.cases.page_query).
        # On PostgreSQL the name is in code point order ("C"), the order the register
        # lists in (services.cases.code_point_order), so the first page of all cases
        # is read from the index instead of sorting every name: that collation is
        # given by ``add_postgresql_options``, not here.
        Index("ix_debtor_search", "name_key", "search_text", "iin"),
        # IIN prefixes (services.cases._starts) read without visiting the table
        # (migration 0003).
        Index("ix_debtor_iin_search", "iin", "name_key", "search_text"),
    )

    full_name: Mapped[str] = mapped_column(String(200))
    # Folded name (debtdesk.text.fold) for sorting and ranking search hits.
    name_key: Mapped[str] = mapped_column(String(200), index=True)
    # Folded name, IIN, phone digits and case numbers in one string: one LIKE finds a case.
    search_text: Mapped[str] = mapped_column(Text, default="")
    iin: Mapped[str | None] = mapped_column(String(12), index=True)
    phone: Mapped[str | None] = mapped_column(String(32), index=True)
    address: Mapped[str | None] = mapped_column(String(500))
    city: Mapped[str | None] = mapped_column(String(100), index=True)
    language: Mapped[str] = mapped_column(String(2), default="ru")
    problem_kind: Mapped[str] = mapped_column(String(32), default="mortgage")
    household_size: Mapped[int | None] = mapped_column(Integer)
    minors: Mapped[int | None] = mapped_column(Integer)
    vulnerable_status: Mapped[str] = mapped_column(String(32), default="none")
    consent_date: Mapped[date | None] = mapped_column(Date)
    advisor_id: Mapped[int | None] = mapped_column(
        ForeignKey("advisor.id", ondelete="SET NULL"), index=True
    )
    status: Mapped[str] = mapped_column(String(16), default="open", index=True)
    tags: Mapped[list[str]] = mapped_column(JSON, default=list)
    notes: Mapped[str | None] = mapped_column(Text)

    advisor: Mapped[Advisor | None] = relationship()
    budget_lines: Mapped[list[BudgetLine]] = relationship(
        back_populates="debtor",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="BudgetLine.id",
    )
    loans: Mapped[list[Loan]] = relationship(
        back_populates="debtor",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="Loan.id",
    )
    properties: Mapped[list[Property]] = relationship(
        back_populates="debtor",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="Property.id",
    )
    proceedings: Mapped[list[Proceeding]] = relationship(
        back_populates="debtor",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="Proceeding.id",
    )
    events: Mapped[list[Event]] = relationship(
        back_populates="debtor",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="Event.date",
    )
    case_notes: Mapped[list[Note]] = relationship(
        back_populates="debtor",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="Note.at",
    )


class BudgetLine(Entity):
    """One monthly income or expense line of the household (Standard Financial Statement)."""

    __tablename__ = "budget_line"

    debtor_id: Mapped[int] = mapped_column(ForeignKey("debtor.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(8))  # income | expense
    category: Mapped[str] = mapped_column(String(64))
    amount: Mapped[Decimal] = mapped_column(Money())
    currency: Mapped[str] = mapped_column(String(3), default="KZT")
    note: Mapped[str | None] = mapped_column(String(500))

    debtor: Mapped[Debtor] = relationship(back_populates="budget_lines")


# ``ix_debtor_search``'s name column in code point order on PostgreSQL.
SEARCH_INDEX_POSTGRESQL_OPS = {"name_key": 'COLLATE "C"'}


def add_postgresql_options() -> None:
    """Give the model's indexes their PostgreSQL-only options (idempotent).

    Why not ``postgresql_ops=`` in the ``Index`` itself: a dialect keyword makes
    SQLAlchemy import that dialect as the model is imported (~0.07 s of CPU),
    which a start on a SQLite file never needs. The option matters only to DDL
    and to comparing the model with a PostgreSQL schema, so the migrations'
    environment (autogenerate included: migration 0001 keeps the collation) and
    every PostgreSQL engine (``debtdesk.db.engine.make_engine``) call this first.
    """
    for index in Entity.metadata.tables[Debtor.__tablename__].indexes:
        if index.name == "ix_debtor_search":
            index.dialect_options["postgresql"]["ops"] = SEARCH_INDEX_POSTGRESQL_OPS
