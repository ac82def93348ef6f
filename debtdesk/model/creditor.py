"""Creditors: banks, microfinance firms, collectors — the recipients of letters."""

from __future__ import annotations

from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column

from debtdesk.model.base import Entity


class Creditor(Entity):
    __tablename__ = "creditor"

    name: Mapped[str] = mapped_column(String(200))
    name_key: Mapped[str] = mapped_column(String(200), index=True)
    kind: Mapped[str] = mapped_column(String(16), default="bank")
    bin: Mapped[str | None] = mapped_column(String(12))
    address: Mapped[str | None] = mapped_column(String(500))
