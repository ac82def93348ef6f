"""Hearing checklists: what to bring and do, ticked off per hearing."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import Boolean, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from debtdesk.model.base import Entity

if TYPE_CHECKING:
    from debtdesk.model.event import Event


class Checklist(Entity):
    __tablename__ = "checklist"

    event_id: Mapped[int] = mapped_column(ForeignKey("event.id", ondelete="CASCADE"), index=True)
    template: Mapped[str] = mapped_column(String(64))
    language: Mapped[str] = mapped_column(String(2))
    note: Mapped[str | None] = mapped_column(Text)  # the advisor's note on the whole checklist

    event: Mapped[Event] = relationship()
    items: Mapped[list[ChecklistItem]] = relationship(
        back_populates="checklist",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="ChecklistItem.position",
    )


class ChecklistItem(Entity):
    __tablename__ = "checklist_item"

    checklist_id: Mapped[int] = mapped_column(
        ForeignKey("checklist.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer)
    section: Mapped[str | None] = mapped_column(String(64))
    text: Mapped[str] = mapped_column(String(1000))
    done: Mapped[bool] = mapped_column(Boolean, default=False)
    note: Mapped[str | None] = mapped_column(Text)

    checklist: Mapped[Checklist] = relationship(back_populates="items")
