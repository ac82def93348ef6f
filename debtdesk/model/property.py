"""The home at stake: whether it is the sole home, who lives there."""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

from sqlalchemy import Boolean, ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from debtdesk.model.base import Entity, Fixed

if TYPE_CHECKING:
    from debtdesk.model.debtor import Debtor


class Property(Entity):
    __tablename__ = "property"

    debtor_id: Mapped[int] = mapped_column(ForeignKey("debtor.id", ondelete="CASCADE"), index=True)
    address: Mapped[str] = mapped_column(String(500))
    kind: Mapped[str] = mapped_column(String(16), default="apartment")
    area: Mapped[Decimal | None] = mapped_column(Fixed(2))
    sole_home: Mapped[bool] = mapped_column(Boolean, default=True)
    unfinished: Mapped[bool] = mapped_column(Boolean, default=False)
    residents: Mapped[int | None] = mapped_column(Integer)
    minors: Mapped[int | None] = mapped_column(Integer)

    debtor: Mapped[Debtor] = relationship(back_populates="properties")
