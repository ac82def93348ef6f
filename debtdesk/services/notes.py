"""Notes on a case's timeline."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy.orm import Session

from debtdesk.model import Debtor, Note
from debtdesk.services import audit, records
from debtdesk.services.fields import Choice, Text
from debtdesk.vocab import NoteKind

SCHEMA = {
    "kind": Choice(NoteKind),
    "text": Text(max_len=20000, required=True, multiline=True),
}


def add_note(session: Session, debtor_id: int, values: Mapping[str, Any]) -> Note:
    records.get(session, Debtor, debtor_id)
    advisor = audit.current_advisor(session)
    return records.create(
        session,
        Note,
        SCHEMA,
        values,
        extra={"debtor_id": debtor_id, "advisor_id": advisor.id if advisor else None},
    )


def update_note(
    session: Session,
    note_id: int,
    changes: Mapping[str, Any],
    *,
    expected_version: int | None = None,
) -> list[str]:
    note = records.get(session, Note, note_id)
    return records.update(session, note, SCHEMA, changes, expected_version=expected_version)


def delete_note(session: Session, note_id: int) -> None:
    records.delete(session, records.get(session, Note, note_id))
