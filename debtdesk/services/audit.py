"""The audit trail, written in the same transaction as the change it records."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from debtdesk.model import Advisor, AuditEntry, Entity


def current_advisor(session: Session) -> Advisor | None:
    """The advisor this session works for (``--advisor``), created on first use."""
    name = session.info.get("advisor")
    if not name:
        return None
    cached = session.info.get("_advisor_obj")
    if cached is not None and cached in session:
        return cached
    advisor = session.scalar(select(Advisor).where(Advisor.name == name))
    if advisor is None:
        advisor = Advisor(name=name)
        session.add(advisor)
        session.flush()
    session.info["_advisor_obj"] = advisor
    return advisor


def record(
    session: Session,
    obj: Entity,
    action: str,
    changed: Iterable[str] = (),
    *,
    debtor_id: int | None = None,
) -> AuditEntry:
    """Add an audit line for ``obj`` (flushed so it has its id and version)."""
    advisor = current_advisor(session)
    if obj.id is None:
        session.flush()
    entry = AuditEntry(
        advisor_id=advisor.id if advisor else None,
        advisor_name=advisor.name if advisor else None,
        entity=obj.__tablename__,
        entity_id=obj.id,
        entity_uuid=obj.uuid,
        debtor_id=debtor_id,
        action=action,
        changed=sorted(changed),
        version=obj.version,
    )
    session.add(entry)
    return entry


def changes_since(
    session: Session, entity: str, entity_id: int, version: int
) -> tuple[list[str], str | None, object]:
    """Fields changed after ``version`` of a record, and who changed it last and when."""
    rows = session.scalars(
        select(AuditEntry)
        .where(
            AuditEntry.entity == entity,
            AuditEntry.entity_id == entity_id,
            AuditEntry.version > version,
        )
        .order_by(AuditEntry.id)
    ).all()
    fields: list[str] = []
    for row in rows:
        for name in row.changed or []:
            if name not in fields:
                fields.append(name)
    last = rows[-1] if rows else None
    return fields, (last.advisor_name if last else None), (last.at if last else None)
