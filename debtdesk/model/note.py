"""Notes on the case timeline."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import DateTime, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from debtdesk.clock import utcnow
from debtdesk.model.base import Entity

if TYPE_CHECKING:
    from debtdesk.model.advisor import Advisor
    from debtdesk.model.debtor import Debtor


class Note(Entity):
    __tablename__ = "note"

    debtor_id: Mapped[int] = mapped_column(ForeignKey("debtor.id", ondelete="CASCADE"), index=True)
    advisor_id: Mapped[int | None] = mapped_column(ForeignKey("advisor.id", ondelete="SET NULL"))
    at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, index=True)
    kind: Mapped[str] = mapped_column(String(16), default="note")
    text: Mapped[str] = mapped_column(Text)

    debtor: Mapped[Debtor] = relationship(back_populates="case_notes")
    advisor: Mapped[Advisor | None] = relationship()
