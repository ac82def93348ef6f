"""The household: its monthly budget lines and the property it lives in."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from sqlalchemy.orm import Session

from debtdesk.model import BudgetLine, Debtor, Property
from debtdesk.services import records
from debtdesk.services.fields import Amount, Choice, Currency, Flag, Integer, Text
from debtdesk.vocab import BudgetKind, PropertyKind

BUDGET_SCHEMA = {
    "kind": Choice(BudgetKind, required=True),
    "category": Text(max_len=64, required=True),
    "amount": Amount(required=True),
    "currency": Currency(),
    "note": Text(max_len=500),
}

PROPERTY_SCHEMA = {
    "address": Text(max_len=500, required=True),
    "kind": Choice(PropertyKind),
    "area": Amount(maximum=Decimal(100000)),
    "sole_home": Flag(),
    "unfinished": Flag(),
    "residents": Integer(minimum=0, maximum=100),
    "minors": Integer(minimum=0, maximum=100),
}


def add_budget_line(session: Session, debtor_id: int, values: Mapping[str, Any]) -> BudgetLine:
    records.get(session, Debtor, debtor_id)
    return records.create(
        session, BudgetLine, BUDGET_SCHEMA, values, extra={"debtor_id": debtor_id}
    )


def update_budget_line(
    session: Session,
    line_id: int,
    changes: Mapping[str, Any],
    *,
    expected_version: int | None = None,
) -> list[str]:
    line = records.get(session, BudgetLine, line_id)
    return records.update(session, line, BUDGET_SCHEMA, changes, expected_version=expected_version)


def delete_budget_line(session: Session, line_id: int) -> None:
    records.delete(session, records.get(session, BudgetLine, line_id))


def add_property(session: Session, debtor_id: int, values: Mapping[str, Any]) -> Property:
    records.get(session, Debtor, debtor_id)
    return records.create(
        session, Property, PROPERTY_SCHEMA, values, extra={"debtor_id": debtor_id}
    )


def update_property(
    session: Session,
    property_id: int,
    changes: Mapping[str, Any],
    *,
    expected_version: int | None = None,
) -> list[str]:
    prop = records.get(session, Property, property_id)
    return records.update(
        session, prop, PROPERTY_SCHEMA, changes, expected_version=expected_version
    )


def delete_property(session: Session, property_id: int) -> None:
    records.delete(session, records.get(session, Property, property_id))
