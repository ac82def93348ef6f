"""Debtors (cases): create, change, delete; keep their search keys current."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import or_, select, update
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import set_committed_value

from debtdesk.errors import ConflictError, ValidationError
from debtdesk.i18n import _
from debtdesk.model import Advisor, Debtor, Proceeding
from debtdesk.model.vocab import DebtorStatus, Language, ProblemKind, VulnerableStatus
from debtdesk.services import audit, records
from debtdesk.services.fields import (
    Choice,
    Day,
    Iin,
    Integer,
    Phone,
    Ref,
    Tags,
    Text,
)
from debtdesk.text import digits, fold

SCHEMA = {
    "full_name": Text(max_len=200, required=True),
    "iin": Iin(),
    "phone": Phone(),
    "address": Text(max_len=500),
    "city": Text(max_len=100),
    "language": Choice(Language),
    "problem_kind": Choice(ProblemKind),
    "household_size": Integer(minimum=1, maximum=30),
    "minors": Integer(minimum=0, maximum=30),
    "vulnerable_status": Choice(VulnerableStatus),
    "consent_date": Day(),
    "advisor_id": Ref(),
    "status": Choice(DebtorStatus),
    "tags": Tags(),
    "notes": Text(max_len=20000, multiline=True),
}


NAME_KEY_LEN = 200  # Debtor.name_key is String(200)


def name_key(full_name: str | None) -> str:
    """The folded name, cut to its column: folding can lengthen ("İ" lowers to two characters)."""
    return fold(full_name)[:NAME_KEY_LEN]


def search_text(debtor: Debtor, case_numbers: list[str]) -> str:
    """One string holding everything the register search matches (all folded)."""
    parts = [name_key(debtor.full_name), debtor.iin or "", digits(debtor.phone)]
    parts += [fold(n) for n in case_numbers if n]
    return " | ".join(parts)


def refresh_search_text(session: Session, debtor: Debtor) -> None:
    """Rewrite the debtor's search keys from its name, IIN, phone and case numbers.

    The keys are derived, not edits: they are written without a new version (and
    without an audit line), so a case number added by one advisor does not make
    another advisor's open form on the debtor conflict. The write still checks
    the version, so keys are never computed from a debtor someone else changed.
    """
    numbers = session.scalars(
        select(Proceeding.case_no)
        .where(Proceeding.debtor_id == debtor.id, Proceeding.case_no.is_not(None))
        .order_by(Proceeding.id)
    ).all()
    keys = {"name_key": name_key(debtor.full_name), "search_text": search_text(debtor, numbers)}
    table = Debtor.__table__
    result = session.execute(
        update(table)
        .where(table.c.id == debtor.id, table.c.version == debtor.version)
        # updated_at set to itself: its onupdate must not mark the debtor as edited.
        .values(**keys, updated_at=table.c.updated_at)
    )
    if result.rowcount != 1:
        fields, who, when = audit.changes_since(session, "debtor", debtor.id, debtor.version)
        raise ConflictError("debtor", debtor.id, fields, who, when)
    for key, value in keys.items():
        set_committed_value(debtor, key, value)


def check_household(session: Session, cleaned: Mapping[str, Any], debtor: Debtor | None) -> None:
    """Checks across fields: no more minors than people; the advisor exists."""
    household = cleaned.get("household_size", debtor.household_size if debtor else None)
    minors = cleaned.get("minors", debtor.minors if debtor else None)
    if household is not None and minors is not None and minors >= household + 1:
        raise ValidationError("minors", _("more minors than people in the household"))
    advisor_id = cleaned.get("advisor_id")
    if advisor_id is not None and session.get(Advisor, advisor_id) is None:
        raise ValidationError("advisor_id", _("no such advisor: {id}").format(id=advisor_id))


def create_debtor(session: Session, values: Mapping[str, Any]) -> Debtor:
    """Open a new case for a debtor."""
    cleaned = {k: SCHEMA[k].clean(k, v) for k, v in values.items() if k in SCHEMA}
    check_household(session, cleaned, None)
    debtor = records.create(
        session,
        Debtor,
        SCHEMA,
        values,
        extra={"name_key": name_key(cleaned.get("full_name")), "search_text": ""},
    )
    refresh_search_text(session, debtor)
    return debtor


def update_debtor(
    session: Session,
    debtor_id: int,
    changes: Mapping[str, Any],
    *,
    expected_version: int | None = None,
) -> list[str]:
    debtor = records.get(session, Debtor, debtor_id)
    cleaned = {k: SCHEMA[k].clean(k, v) for k, v in changes.items() if k in SCHEMA}
    check_household(session, cleaned, debtor)
    changed = records.update(
        session, debtor, SCHEMA, changes, expected_version=expected_version, debtor_id=debtor.id
    )
    if {"full_name", "iin", "phone"} & set(changed):
        refresh_search_text(session, debtor)
    return changed


def delete_debtor(session: Session, debtor_id: int, *, expected_version: int | None = None) -> None:
    """Delete a case and everything that hangs off it (loans, proceedings, events, …)."""
    debtor = records.get(session, Debtor, debtor_id)
    records.delete(session, debtor, expected_version=expected_version, debtor_id=debtor.id)


def get_debtor(session: Session, debtor_id: int) -> Debtor:
    return records.get(session, Debtor, debtor_id)


@dataclass(frozen=True)
class PossibleDuplicate:
    id: int
    full_name: str
    iin: str | None
    phone: str | None
    reason: str  # "iin" | "phone" | "name"


def possible_duplicates(
    session: Session,
    *,
    full_name: str | None = None,
    iin: str | None = None,
    phone: str | None = None,
    exclude_id: int | None = None,
    limit: int = 10,
) -> list[PossibleDuplicate]:
    """Existing debtors that may be the same person: same IIN or phone, or the same name."""
    conditions = []
    if iin:
        conditions.append(Debtor.iin == iin.strip())
    if phone:
        from debtdesk.services.fields import normalize_phone

        normalized = normalize_phone(phone)
        if normalized:
            conditions.append(Debtor.phone == normalized)
    key = name_key(full_name)
    if key:
        conditions.append(Debtor.name_key == key)
    if not conditions:
        return []
    query = select(Debtor.id, Debtor.full_name, Debtor.iin, Debtor.phone, Debtor.name_key).where(
        or_(*conditions)
    )
    if exclude_id is not None:
        query = query.where(Debtor.id != exclude_id)
    out: list[PossibleDuplicate] = []
    for row in session.execute(query.limit(limit)):
        if iin and row.iin == iin.strip():
            reason = "iin"
        elif key and row.name_key == key:
            reason = "name"
        else:
            reason = "phone"
        out.append(PossibleDuplicate(row.id, row.full_name, row.iin, row.phone, reason))
    return out
