"""Dated events of a case: hearings, decisions, notices, eviction and auction dates.

An event always belongs to a debtor (so agendas need no join through
proceedings) and usually to a proceeding. Deadlines are computed from events.
"""

from __future__ import annotations

from datetime import date, time
from typing import TYPE_CHECKING

from sqlalchemy import Date, ForeignKey, Index, String, Text, Time
from sqlalchemy.orm import Mapped, mapped_column, relationship

from debtdesk.model.base import Entity

if TYPE_CHECKING:
    from debtdesk.model.court import Proceeding
    from debtdesk.model.debtor import Debtor


class Event(Entity):
    __tablename__ = "event"
    __table_args__ = (
        Index("ix_event_kind_date", "kind", "date"),
        # A case's next hearing, per register row: debtor first, then kind and date.
        Index("ix_event_debtor_kind_date", "debtor_id", "kind", "date"),
    )

    debtor_id: Mapped[int] = mapped_column(ForeignKey("debtor.id", ondelete="CASCADE"))
    proceeding_id: Mapped[int | None] = mapped_column(
        ForeignKey("proceeding.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[str] = mapped_column(String(32))
    date: Mapped[date] = mapped_column(Date, index=True)
    # Naive local time in the jurisdiction's zone (stated in its rules file).
    time: Mapped[time | None] = mapped_column(Time)
    place: Mapped[str | None] = mapped_column(String(300))
    # Who from the group will go, as free text ("Aigul, Marat").
    attendees: Mapped[str | None] = mapped_column(String(500))
    notes: Mapped[str | None] = mapped_column(Text)

    debtor: Mapped[Debtor] = relationship(back_populates="events")
    proceeding: Mapped[Proceeding | None] = relationship(back_populates="events")
