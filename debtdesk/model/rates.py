"""Exchange rates maintained by advisors (the program works offline)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import Date, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from debtdesk.model.base import Entity, Fixed


class ExchangeRate(Entity):
    """Tenge per one unit of ``currency`` on ``date``."""

    __tablename__ = "exchange_rate"
    __table_args__ = (UniqueConstraint("currency", "date"),)

    date: Mapped[date] = mapped_column(Date, index=True)
    currency: Mapped[str] = mapped_column(String(3))
    rate: Mapped[Decimal] = mapped_column(Fixed(4))
    source: Mapped[str | None] = mapped_column(String(200))
