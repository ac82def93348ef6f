"""Courts and proceedings (one court case each, possibly the child of another)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from debtdesk.model.base import Entity

if TYPE_CHECKING:
    from debtdesk.model.debtor import Debtor
    from debtdesk.model.event import Event
    from debtdesk.model.loan import Loan


class Court(Entity):
    __tablename__ = "court"

    name: Mapped[str] = mapped_column(String(300))
    name_key: Mapped[str] = mapped_column(String(300), index=True)
    city: Mapped[str | None] = mapped_column(String(100))
    address: Mapped[str | None] = mapped_column(String(500))


class Proceeding(Entity):
    __tablename__ = "proceeding"

    debtor_id: Mapped[int] = mapped_column(ForeignKey("debtor.id", ondelete="CASCADE"), index=True)
    loan_id: Mapped[int | None] = mapped_column(
        ForeignKey("loan.id", ondelete="SET NULL"), index=True
    )
    court_id: Mapped[int | None] = mapped_column(
        ForeignKey("court.id", ondelete="RESTRICT"), index=True
    )
    parent_id: Mapped[int | None] = mapped_column(
        ForeignKey("proceeding.id", ondelete="SET NULL"), index=True
    )
    case_no: Mapped[str | None] = mapped_column(String(64), index=True)
    judge: Mapped[str | None] = mapped_column(String(200))
    # For enforcement and eviction: the bailiff (name, office, contact).
    bailiff: Mapped[str | None] = mapped_column(String(300))
    kind: Mapped[str] = mapped_column(String(16))
    stage: Mapped[str] = mapped_column(String(16), default="filed")
    status: Mapped[str] = mapped_column(String(16), default="active", index=True)
    outcome: Mapped[str | None] = mapped_column(String(16))
    notes: Mapped[str | None] = mapped_column(Text)

    debtor: Mapped[Debtor] = relationship(back_populates="proceedings")
    loan: Mapped[Loan | None] = relationship()
    court: Mapped[Court | None] = relationship()
    parent: Mapped[Proceeding | None] = relationship(remote_side="Proceeding.id")
    events: Mapped[list[Event]] = relationship(
        back_populates="proceeding", order_by="Event.date", passive_deletes=True
    )
