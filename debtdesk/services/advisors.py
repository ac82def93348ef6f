"""Advisors: the volunteers of the local group."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from debtdesk.errors import ValidationError
from debtdesk.i18n import _
from debtdesk.model import Advisor
from debtdesk.services import records
from debtdesk.services.fields import Flag, Phone, Text

SCHEMA = {
    "name": Text(max_len=200, required=True),
    "local_group": Text(max_len=200),
    "phone": Phone(),
    "active": Flag(),
}


def _unique_name(session: Session, name: Any, exclude_id: int | None = None) -> None:
    # Cleaned first: the query must never see a value the rule refuses (a NUL, a number).
    name = SCHEMA["name"].clean("name", name)
    if not name:
        return
    query = select(Advisor.id).where(Advisor.name == name)
    if exclude_id is not None:
        query = query.where(Advisor.id != exclude_id)
    if session.scalar(query) is not None:
        raise ValidationError("name", _("an advisor with this name already exists"))


def create_advisor(session: Session, values: Mapping[str, Any]) -> Advisor:
    _unique_name(session, values.get("name"))
    return records.create(session, Advisor, SCHEMA, values)


def update_advisor(
    session: Session,
    advisor_id: int,
    changes: Mapping[str, Any],
    *,
    expected_version: int | None = None,
) -> list[str]:
    if "name" in changes:
        _unique_name(session, changes["name"], exclude_id=advisor_id)
    advisor = records.get(session, Advisor, advisor_id)
    return records.update(session, advisor, SCHEMA, changes, expected_version=expected_version)


def list_advisors(session: Session) -> list[Advisor]:
    return list(session.scalars(select(Advisor).order_by(Advisor.name)))


def find_advisor(session: Session, name: str) -> Advisor | None:
    return session.scalar(select(Advisor).where(Advisor.name == name))
