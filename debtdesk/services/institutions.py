"""Creditors and courts: the institutions letters go to, shared by many cases."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from debtdesk.errors import ValidationError
from debtdesk.i18n import _
from debtdesk.model import Court, Creditor
from debtdesk.services import records
from debtdesk.services.fields import Choice, Text
from debtdesk.text import digits, fold
from debtdesk.vocab import CreditorKind


class Bin(Text):
    """Business identification number: 12 digits."""

    def clean(self, field: str, value: Any) -> str | None:
        text = super().clean(field, value)
        if text is None:
            return None
        if len(text) != 12 or digits(text) != text:
            raise ValidationError(field, _("a BIN is exactly 12 digits"))
        return text


def _key(name: str | None, length: int) -> str:
    """The folded name, cut to its column (folding can lengthen a name)."""
    return fold(name)[:length]


CREDITOR_SCHEMA = {
    "name": Text(max_len=200, required=True),
    "kind": Choice(CreditorKind),
    "bin": Bin(max_len=12),
    "address": Text(max_len=500),
}

COURT_SCHEMA = {
    "name": Text(max_len=300, required=True),
    "city": Text(max_len=100),
    "address": Text(max_len=500),
}


def create_creditor(session: Session, values: Mapping[str, Any]) -> Creditor:
    name = CREDITOR_SCHEMA["name"].clean("name", values.get("name"))
    return records.create(
        session, Creditor, CREDITOR_SCHEMA, values, extra={"name_key": _key(name, 200)}
    )


def update_creditor(
    session: Session,
    creditor_id: int,
    changes: Mapping[str, Any],
    *,
    expected_version: int | None = None,
) -> list[str]:
    creditor = records.get(session, Creditor, creditor_id)
    if "name" in changes:  # set before the update flushes, so it goes in the same version
        creditor.name_key = _key(CREDITOR_SCHEMA["name"].clean("name", changes["name"]), 200)
    return records.update(
        session, creditor, CREDITOR_SCHEMA, changes, expected_version=expected_version
    )


def find_or_create_creditor(session: Session, name: str, kind: str = "bank") -> Creditor:
    """The creditor called ``name`` (compared folded), created if new — for intake forms."""
    found = session.scalar(select(Creditor).where(Creditor.name_key == fold(name)).limit(1))
    return found or create_creditor(session, {"name": name, "kind": kind})


def create_court(session: Session, values: Mapping[str, Any]) -> Court:
    name = COURT_SCHEMA["name"].clean("name", values.get("name"))
    return records.create(session, Court, COURT_SCHEMA, values, extra={"name_key": _key(name, 300)})


def update_court(
    session: Session,
    court_id: int,
    changes: Mapping[str, Any],
    *,
    expected_version: int | None = None,
) -> list[str]:
    court = records.get(session, Court, court_id)
    if "name" in changes:  # set before the update flushes, so it goes in the same version
        court.name_key = _key(COURT_SCHEMA["name"].clean("name", changes["name"]), 300)
    return records.update(session, court, COURT_SCHEMA, changes, expected_version=expected_version)


def find_or_create_court(session: Session, name: str, city: str | None = None) -> Court:
    found = session.scalar(select(Court).where(Court.name_key == fold(name)).limit(1))
    return found or create_court(session, {"name": name, "city": city})


def list_creditors(session: Session) -> list[Creditor]:
    return list(session.scalars(select(Creditor).order_by(Creditor.name_key)))


def list_courts(session: Session) -> list[Court]:
    return list(session.scalars(select(Court).order_by(Court.name_key)))
