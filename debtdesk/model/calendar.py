"""Calendar days advisors add: decreed transfers, working Saturdays, court closures."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Boolean, Date, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from debtdesk.model.base import Entity


class CalendarDay(Entity):
    __tablename__ = "calendar_day"
    __table_args__ = (UniqueConstraint("jurisdiction", "date"),)

    date: Mapped[date] = mapped_column(Date, index=True)
    working: Mapped[bool] = mapped_column(Boolean)
    kind: Mapped[str] = mapped_column(String(16))
    reason: Mapped[str] = mapped_column(String(300))
    jurisdiction: Mapped[str] = mapped_column(String(16), default="kz")
