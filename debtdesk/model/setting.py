"""Settings every advisor must see alike (MRP per year, letter number format).

Per-laptop preferences live in the GUI's QSettings, not here.
"""

from __future__ import annotations

from sqlalchemy import Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from debtdesk.model.base import Entity


class Setting(Entity):
    __tablename__ = "setting"
    __table_args__ = (UniqueConstraint("key", "year"),)

    key: Mapped[str] = mapped_column(String(64))
    # Year the value applies to (MRP 2026); None for values that hold every year.
    year: Mapped[int | None] = mapped_column(Integer)
    value: Mapped[str] = mapped_column(Text)
