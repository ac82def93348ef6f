"""Create, change and delete any record the same way: validated, audited, conflict-checked.

Each aggregate's service module declares its field schema and calls these, so
the rules for audit lines and optimistic locking live in one place.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from debtdesk.errors import ConflictError, NotFoundError, ValidationError
from debtdesk.i18n import _
from debtdesk.model import AuditEntry, Debtor, Entity
from debtdesk.services import audit
from debtdesk.services.fields import Schema, clean
from debtdesk.vocab import AuditAction

E = TypeVar("E", bound=Entity)


def _case_of(obj: Entity, debtor_id: int | None) -> int | None:
    """The case an audit line belongs to: the debtor itself, or the one the record hangs off."""
    if debtor_id is not None:
        return debtor_id
    if isinstance(obj, Debtor):
        return obj.id
    return getattr(obj, "debtor_id", None)


def get(session: Session, model: type[E], record_id: int) -> E:
    obj = session.get(model, record_id)
    if obj is None:
        raise NotFoundError(model.__tablename__, record_id)
    return obj


def create(
    session: Session,
    model: type[E],
    schema: Schema,
    values: Mapping[str, Any],
    *,
    debtor_id: int | None = None,
    extra: Mapping[str, Any] | None = None,
) -> E:
    """Validate ``values`` and add a new ``model`` record with an audit line."""
    cleaned = clean(schema, values, creating=True)
    obj = model(**cleaned, **(extra or {}))
    session.add(obj)
    session.flush()
    audit.record(
        session,
        obj,
        AuditAction.CREATE,
        [k for k, v in cleaned.items() if v is not None],
        debtor_id=_case_of(obj, debtor_id),
    )
    return obj


def check_version(session: Session, obj: Entity, expected_version: int | None) -> None:
    """Refuse to act on a record that changed since the caller read it."""
    if expected_version is None or obj.version == expected_version:
        return
    fields, who, when = changes_since(session, obj, expected_version)
    raise ConflictError(obj.__tablename__, obj.id, fields, who, when)  # type: ignore[arg-type]


def changes_since(session: Session, obj: Entity, version: int) -> tuple[list[str], Any, Any]:
    return audit.changes_since(session, obj.__tablename__, obj.id, version)


def update(
    session: Session,
    obj: E,
    schema: Schema,
    changes: Mapping[str, Any],
    *,
    expected_version: int | None = None,
    debtor_id: int | None = None,
) -> list[str]:
    """Apply validated ``changes``; returns the names of fields that really changed.

    ``expected_version`` is the version the caller read: a newer one in the
    database means someone else saved meanwhile, reported as ``ConflictError``.
    A concurrent save between this check and the write is caught by the
    version column in the UPDATE itself.
    """
    check_version(session, obj, expected_version)
    cleaned = clean(schema, changes, creating=False)
    columns = obj.__table__.c  # type: ignore[attr-defined]
    for key, value in cleaned.items():
        # A field optional on create (it takes its default) cannot be emptied later.
        if value is None and key in columns and not columns[key].nullable:
            raise ValidationError(key, _("this field is required"))
    changed = [k for k, v in cleaned.items() if getattr(obj, k) != v]
    if not changed:
        return []
    for key in changed:
        setattr(obj, key, cleaned[key])
    flush_or_conflict(session, obj)
    audit.record(
        session,
        obj,
        AuditAction.UPDATE,
        changed,
        debtor_id=_case_of(obj, debtor_id),
    )
    return changed


def flush_or_conflict(session: Session, obj: Entity) -> None:
    """Flush, turning a lost optimistic-locking race into a ``ConflictError``."""
    entity, entity_id = obj.__tablename__, obj.id
    try:
        session.flush()
    except StaleDataError as exc:
        # This transaction is spoilt; read who won the race on a connection of its own.
        with session.get_bind().connect() as conn:
            last = conn.execute(
                select(AuditEntry.changed, AuditEntry.advisor_name, AuditEntry.at)
                .where(AuditEntry.entity == entity, AuditEntry.entity_id == entity_id)
                .order_by(AuditEntry.id.desc())
                .limit(1)
            ).first()
        raise ConflictError(
            entity,
            entity_id,
            list(last.changed or []) if last else [],
            last.advisor_name if last else None,
            last.at if last else None,
        ) from exc


def delete(
    session: Session,
    obj: Entity,
    *,
    expected_version: int | None = None,
    debtor_id: int | None = None,
) -> None:
    check_version(session, obj, expected_version)
    audit.record(
        session,
        obj,
        AuditAction.DELETE,
        (),
        debtor_id=_case_of(obj, debtor_id),
    )
    session.delete(obj)
    flush_or_conflict(session, obj)
