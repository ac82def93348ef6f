"""Deadlines: computed from an event and a rule (or, kept apart, typed in by hand).

The explanation is stored as structured steps (JSON), never as text of one
language, so it can be read aloud in the reader's language.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import JSON, Boolean, Date, DateTime, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from debtdesk.model.base import Entity

if TYPE_CHECKING:
    from debtdesk.model.advisor import Advisor
    from debtdesk.model.event import Event


class Deadline(Entity):
    __tablename__ = "deadline"
    __table_args__ = (
        # document_id makes the agenda's counts of open deadlines (which leave out
        # letters' reply reminders) read the index alone, not every wide row.
        Index("ix_deadline_status_due", "status", "due_date", "document_id"),
        # A case's next open deadline, per register row.
        Index("ix_deadline_debtor_status_due", "debtor_id", "status", "due_date"),
    )

    debtor_id: Mapped[int] = mapped_column(ForeignKey("debtor.id", ondelete="CASCADE"))
    proceeding_id: Mapped[int | None] = mapped_column(
        ForeignKey("proceeding.id", ondelete="CASCADE"), index=True
    )
    event_id: Mapped[int | None] = mapped_column(
        ForeignKey("event.id", ondelete="SET NULL"), index=True
    )
    document_id: Mapped[int | None] = mapped_column(
        ForeignKey("document.id", ondelete="CASCADE"), index=True
    )
    jurisdiction: Mapped[str] = mapped_column(String(16), default="kz")
    rule: Mapped[str | None] = mapped_column(String(64))
    title: Mapped[str | None] = mapped_column(String(300))  # manual deadlines only
    due_date: Mapped[date] = mapped_column(Date)
    # Due date before the last recomputation that moved it (None if never moved).
    previous_due_date: Mapped[date | None] = mapped_column(Date)
    explanation: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    status: Mapped[str] = mapped_column(String(16), default="open")
    manual: Mapped[bool] = mapped_column(Boolean, default=False)
    done_at: Mapped[datetime | None] = mapped_column(DateTime)
    done_by_id: Mapped[int | None] = mapped_column(ForeignKey("advisor.id", ondelete="SET NULL"))
    notes: Mapped[str | None] = mapped_column(Text)

    event: Mapped[Event | None] = relationship()
    done_by: Mapped[Advisor | None] = relationship()
