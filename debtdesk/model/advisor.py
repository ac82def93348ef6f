"""Advisors: the volunteers who take cases; audit entries point here."""

from __future__ import annotations

from sqlalchemy import Boolean, String
from sqlalchemy.orm import Mapped, mapped_column

from debtdesk.model.base import Entity


class Advisor(Entity):
    __tablename__ = "advisor"

    name: Mapped[str] = mapped_column(String(200), unique=True)
    local_group: Mapped[str | None] = mapped_column(String(200))
    phone: Mapped[str | None] = mapped_column(String(32))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
