"""The audit trail: who changed what and when, written in the same transaction.

Append-only, so it has no version column; it keeps the advisor's name as text
too, so a line still reads right after the advisor record is gone.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, DateTime, ForeignKey, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from debtdesk.clock import utcnow
from debtdesk.model.base import Base


class AuditEntry(Base):
    __tablename__ = "audit_entry"
    __table_args__ = (Index("ix_audit_entry_entity", "entity", "entity_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, index=True)
    advisor_id: Mapped[int | None] = mapped_column(ForeignKey("advisor.id", ondelete="SET NULL"))
    advisor_name: Mapped[str | None] = mapped_column(String(200))
    entity: Mapped[str] = mapped_column(String(32))
    entity_id: Mapped[int] = mapped_column(Integer)
    entity_uuid: Mapped[str | None] = mapped_column(String(36))
    # The case the change belongs to, so a case's timeline is one indexed query.
    debtor_id: Mapped[int | None] = mapped_column(Integer, index=True)
    action: Mapped[str] = mapped_column(String(16))
    changed: Mapped[list[str]] = mapped_column(JSON, default=list)
    # The entity's version after this change (for naming what changed in a conflict).
    version: Mapped[int | None] = mapped_column(Integer)
    # The spreadsheet import that made this change (debtdesk.sheets): undoing the
    # import reads its lines back to delete exactly what it created.
    import_batch: Mapped[str | None] = mapped_column(String(36), index=True)
