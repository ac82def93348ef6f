"""Meeting intake operations: the duplicate check while typing, and creating the case."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from debtdesk.deadlines.engine import jurisdiction_of
from debtdesk.i18n import current_language
from debtdesk.services import cases, debtors, institutions
from debtdesk.services import intake as intake_service
from debtdesk.services.debtors import PossibleDuplicate
from ui.operations.base import action as _action

if TYPE_CHECKING:
    from debtdesk.db.database import Database

__all__ = [
    "IntakeChoices",
    "PossibleDuplicate",
    "SavedCase",
    "choices",
    "create_case",
    "possible_duplicates",
    "save_case",
]


@dataclass(frozen=True)
class IntakeChoices:
    """What the intake form's combo boxes offer: the cities and banks already known."""

    cities: tuple[str, ...]
    banks: tuple[str, ...]


@dataclass(frozen=True)
class SavedCase:
    """A case the intake created, with the first deadline its dates triggered."""

    id: int
    full_name: str
    next_deadline: tuple[str, date] | None  # (the rule's title, due date)


def choices(db: Database) -> IntakeChoices:
    with _action(db) as s:
        banks = tuple(c.name for c in institutions.list_creditors(s))
        return IntakeChoices(cities=tuple(cases.cities(s)), banks=banks)


def possible_duplicates(db: Database, values: Mapping[str, Any]) -> list[PossibleDuplicate]:
    """Cases that may be this person (same IIN or phone, similar name): shown before saving."""
    with _action(db) as s:
        return debtors.possible_duplicates(
            s,
            full_name=values.get("full_name"),
            iin=values.get("iin"),
            phone=values.get("phone"),
        )


def save_case(db: Database, values: Mapping[str, Any]) -> SavedCase:
    """Create the case, its bank's loan, court matter and dated events in one transaction."""
    with _action(db) as s:
        result = intake_service.intake(s, values)
        name = debtors.get_debtor(s, result.debtor_id).full_name
        first = None
        if result.deadlines:
            rule, due = result.deadlines[0]
            title = jurisdiction_of(s).rule(rule).title_in(current_language())
            first = (title, due)
        return SavedCase(result.debtor_id, name, first)


def create_case(db: Database, values: Mapping[str, Any]) -> int:
    """Create the case as ``save_case`` does; its id."""
    return save_case(db, values).id
