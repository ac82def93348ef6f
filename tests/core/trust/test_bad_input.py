"""The bad-input corpus thrown at every service that creates or changes a record, and at the
bundle import, on SQLite and PostgreSQL.

Every value must be either refused with a ``ValidationError`` naming the field,
leaving every table exactly as it was (row counts, and the record being changed),
or stored and read back exactly as the field's rule promised. Anything else
(a database error, a ``TypeError``, an overflow) fails the test, which lists
every case that went wrong, not only the first.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

import pytest
from sqlalchemy import func, literal, select, union_all
from sqlalchemy.orm import Session

from debtdesk.bundle import export_bundle, import_bundle, parse_bundle, render
from debtdesk.db import Database
from debtdesk.errors import ValidationError
from debtdesk.model import (
    Advisor,
    Base,
    BudgetLine,
    CalendarDay,
    Court,
    Creditor,
    Deadline,
    Debtor,
    DebtStatement,
    Event,
    ExchangeRate,
    Loan,
    Note,
    Payment,
    Proceeding,
    Property,
    Setting,
)
from debtdesk.services import (
    advisors,
    deadlines,
    debtors,
    household,
    institutions,
    intake,
    loans,
    notes,
    proceedings,
    rates,
    settings,
)
from debtdesk.services.fields import Amount, Day, Rule, Text
from tests.core.trust.corpus import MALFORMED_JSON, values_for

# --- the operations ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Op:
    """One service function, its field rules, and valid values for the fields not under test."""

    name: str
    model: type
    schema: Mapping[str, Rule]
    call: Callable[[Session, dict[str, int], dict[str, Any]], Any]
    base: Mapping[str, Any] = field(default_factory=dict)
    target: str | None = None  # for an update: the record (key in the ids) it changes

    def record_id(self, result: Any, ids: dict[str, int]) -> int:
        if self.target is not None:
            return ids[self.target]
        if isinstance(result, tuple):  # set_calendar_day: (row, changes)
            result = result[0]
        return result.id if hasattr(result, "id") else result.debtor_id  # intake: the case


def _update(fn: Callable[..., Any], target: str) -> Callable[..., Any]:
    return lambda s, ids, v: fn(s, ids[target], v)


def _under(fn: Callable[..., Any], owner: str) -> Callable[..., Any]:
    return lambda s, ids, v: fn(s, ids[owner], v)


SETTING_SCHEMA = settings.SCHEMA
INTAKE_SCHEMA: dict[str, Rule] = {
    **{k: debtors.SCHEMA[k] for k in intake.DEBTOR_FIELDS},
    "bank": Text(),
    "principal": Amount(),
    "next_hearing": Day(),
    "decision_date": Day(),
    "eviction_date": Day(),
    "next_hearing_time": proceedings.EVENT_SCHEMA["time"],
}

OPS = [
    Op("create_debtor", Debtor, debtors.SCHEMA, lambda s, i, v: debtors.create_debtor(s, v),
       {"full_name": "Тест Тестов"}),
    Op("update_debtor", Debtor, debtors.SCHEMA, _update(debtors.update_debtor, "debtor"),
       target="debtor"),
    Op("create_advisor", Advisor, advisors.SCHEMA, lambda s, i, v: advisors.create_advisor(s, v),
       {"name": "Новый Советник"}),
    Op("update_advisor", Advisor, advisors.SCHEMA, _update(advisors.update_advisor, "advisor"),
       target="advisor"),
    Op("create_creditor", Creditor, institutions.CREDITOR_SCHEMA,
       lambda s, i, v: institutions.create_creditor(s, v), {"name": "Банк"}),
    Op("update_creditor", Creditor, institutions.CREDITOR_SCHEMA,
       _update(institutions.update_creditor, "creditor"), target="creditor"),
    Op("create_court", Court, institutions.COURT_SCHEMA,
       lambda s, i, v: institutions.create_court(s, v), {"name": "Суд"}),
    Op("update_court", Court, institutions.COURT_SCHEMA,
       _update(institutions.update_court, "court"), target="court"),
    Op("create_loan", Loan, loans.LOAN_SCHEMA, _under(loans.create_loan, "debtor"),
       {"principal": "1000000"}),
    Op("update_loan", Loan, loans.LOAN_SCHEMA, _update(loans.update_loan, "loan"), target="loan"),
    Op("add_payment", Payment, loans.PAYMENT_SCHEMA, _under(loans.add_payment, "loan"),
       {"date": "2025-01-10", "amount": "1000"}),
    Op("add_statement", DebtStatement, loans.STATEMENT_SCHEMA,
       _under(loans.add_statement, "loan"), {"as_of": "2025-02-01"}),
    Op("add_budget_line", BudgetLine, household.BUDGET_SCHEMA,
       _under(household.add_budget_line, "debtor"),
       {"kind": "income", "category": "salary", "amount": "250000"}),
    Op("update_budget_line", BudgetLine, household.BUDGET_SCHEMA,
       _update(household.update_budget_line, "budget_line"), target="budget_line"),
    Op("add_property", Property, household.PROPERTY_SCHEMA,
       _under(household.add_property, "debtor"), {"address": "ул. Абая, 1"}),
    Op("update_property", Property, household.PROPERTY_SCHEMA,
       _update(household.update_property, "property"), target="property"),
    Op("create_proceeding", Proceeding, proceedings.PROCEEDING_SCHEMA,
       _under(proceedings.create_proceeding, "debtor"), {"kind": "claim"}),
    Op("update_proceeding", Proceeding, proceedings.PROCEEDING_SCHEMA,
       _update(proceedings.update_proceeding, "proceeding"), target="proceeding"),
    Op("add_event", Event, proceedings.EVENT_SCHEMA, _under(proceedings.add_event, "debtor"),
       {"kind": "decision_final_form", "date": "2026-11-20"}),
    Op("update_event", Event, proceedings.EVENT_SCHEMA,
       _update(proceedings.update_event, "event"), target="event"),
    Op("add_note", Note, notes.SCHEMA, _under(notes.add_note, "debtor"), {"text": "заметка"}),
    Op("update_note", Note, notes.SCHEMA, _update(notes.update_note, "note"), target="note"),
    Op("add_manual_deadline", Deadline, deadlines.MANUAL_SCHEMA,
       _under(deadlines.add_manual_deadline, "debtor"),
       {"title": "Отзыв", "due_date": "2026-12-20"}),
    Op("update_manual_deadline", Deadline, deadlines.MANUAL_SCHEMA,
       _update(deadlines.update_manual_deadline, "deadline"), target="deadline"),
    Op("set_calendar_day", CalendarDay, deadlines.CALENDAR_SCHEMA,
       lambda s, i, v: deadlines.set_calendar_day(s, v),
       {"date": "2026-12-18", "kind": "day_off", "reason": "decree"}),
    Op("set_setting", Setting, SETTING_SCHEMA,
       lambda s, i, v: settings.set_setting(s, v.get("key"), v.get("value"), v.get("year")),
       {"key": "corpus.key", "value": "x", "year": None}),
    Op("set_rate", ExchangeRate, rates.SCHEMA, lambda s, i, v: rates.set_rate(s, v),
       {"date": "2026-11-30", "currency": "USD", "rate": "480.5"}),
    Op("intake", Debtor, INTAKE_SCHEMA, lambda s, i, v: intake.intake(s, v),
       {"full_name": "Принятый Человек", "bank": "Банк", "principal": "100000",
        "next_hearing": "2026-12-15"}),
]  # fmt: skip


def cases() -> list[tuple[Op, str, str, Any]]:
    return [
        (op, name, label, value)
        for op in OPS
        for name, rule in op.schema.items()
        for label, value in values_for(rule)
    ]


# --- one case ----------------------------------------------------------------------------------


@pytest.fixture
def ids(db: Database, today) -> dict[str, int]:
    """One of every record the updates change and the creates hang from."""
    with db.session() as s:
        debtor = debtors.create_debtor(s, {"full_name": "Корпус Данных", "city": "Алматы"})
        loan = loans.create_loan(s, debtor.id, {"principal": "5000000"})
        proceeding = proceedings.create_proceeding(s, debtor.id, {"kind": "claim"})
        event = proceedings.add_event(s, debtor.id, {"kind": "hearing", "date": "2026-12-10"})
        return {
            "debtor": debtor.id,
            "advisor": advisors.create_advisor(s, {"name": "Советник Корпуса"}).id,
            "creditor": institutions.create_creditor(s, {"name": "Корпус Банк"}).id,
            "court": institutions.create_court(s, {"name": "Корпус Суд"}).id,
            "loan": loan.id,
            "proceeding": proceeding.id,
            "event": event.id,
            "note": notes.add_note(s, debtor.id, {"text": "первая"}).id,
            "budget_line": household.add_budget_line(
                s, debtor.id, {"kind": "expense", "category": "rent", "amount": "100"}
            ).id,
            "property": household.add_property(s, debtor.id, {"address": "ул. Сатпаева"}).id,
            "deadline": deadlines.add_manual_deadline(
                s, debtor.id, {"title": "Срок", "due_date": "2026-12-01"}
            ).id,
        }


def count_rows(db: Database) -> dict[str, int]:
    """Rows in every table, in one statement."""
    parts = [
        select(literal(t.name), select(func.count()).select_from(t).scalar_subquery())
        for t in Base.metadata.sorted_tables
    ]
    with db.engine.connect() as conn:
        return {name: n for name, n in conn.execute(union_all(*parts))}


def row(db: Database, model: type, record_id: int) -> dict[str, Any] | None:
    table = model.__table__
    with db.engine.connect() as conn:
        found = conn.execute(select(table).where(table.c.id == record_id)).mappings().first()
        return dict(found) if found else None


def stored(db: Database, op: Op, record_id: int, name: str) -> Any:
    """The value of field ``name`` as read back from the database."""
    if op.model is Setting and name in ("key", "year", "value"):
        return row(db, Setting, record_id)[name]
    if op.name == "intake" and name not in debtors.SCHEMA:
        return None
    with db.session() as s:
        return getattr(s.get(op.model, record_id), name)


_serial = iter(range(1, 10**6))


def attempt(
    db: Database, ids: dict[str, int], op: Op, name: str, value: Any, before: dict[str, int]
) -> str | None:
    """Run one case; None when it behaved, else what went wrong.

    ``before`` holds the row counts before the case, and is brought up to date
    when the case wrote something (a value stored, as it may be).
    """
    values = {**op.base, name: value}
    if op.name == "create_advisor" and name != "name":  # advisors' names are unique
        values["name"] = f"{op.base['name']} {next(_serial)}"
    target = row(db, op.model, ids[op.target]) if op.target else None
    try:
        with db.session() as s:
            result = op.call(s, ids, values)
            record_id = op.record_id(result, ids)
    except ValidationError as exc:
        if exc.field != name:
            return f"refused naming {exc.field!r}, not {name!r}: {exc}"
        if count_rows(db) != before:
            return "refused, but rows were written"
        if op.target and row(db, op.model, ids[op.target]) != target:
            return "refused, but the record changed"
        return None
    except Exception as exc:  # the very thing the corpus hunts
        return f"crashed: {type(exc).__name__}: {str(exc)[:200]}"
    before.update(count_rows(db))
    rule = op.schema[name]
    expected = rule.clean(name, value)
    if isinstance(rule, Text) and isinstance(value, str) and expected not in (value.strip(), None):
        return f"stored {expected!r}, which is not what was typed"
    if name in ("key", "year") and op.model is Setting:
        return None if expected == stored(db, op, record_id, name) or expected is None else "lost"
    if op.name == "intake" and name not in debtors.SCHEMA:
        return None
    got = stored(db, op, record_id, name)
    if expected is None and op.target is None:  # left out on create: the column's default
        expected = _default(op.model, name, got)
    if got != expected:
        return f"read back {got!r}, expected {expected!r}"
    return None


def _default(model: type, name: str, got: Any) -> Any:
    column = model.__table__.c.get(name)
    default = column.default if column is not None else None
    if default is None:
        return [] if got == [] else None
    return default.arg if default.is_scalar else got


@pytest.mark.parametrize("op", OPS, ids=lambda op: op.name)
def test_every_field_refuses_or_keeps_bad_input(db, ids, op):
    problems = []
    before = count_rows(db)
    for case_op, name, label, value in cases():
        if case_op is not op:
            continue
        problem = attempt(db, ids, op, name, value, before)
        if problem:
            problems.append(f"{op.name}.{name} [{label}]: {problem}")
    assert not problems, "\n".join(problems)


# --- the bundle import -------------------------------------------------------------------------


@pytest.fixture
def bundle(db: Database, ids: dict[str, int]) -> dict[str, Any]:
    """A valid bundle of the one case, taken away from the database so it can be imported."""
    with db.session() as s:
        data = json.loads(render(export_bundle(s, [ids["debtor"]])))
        debtors.delete_debtor(s, ids["debtor"])
    return data


def _try_import(db: Database, data: Any, where: str) -> str | None:
    before = count_rows(db)
    try:
        with db.session() as s:
            import_bundle(s, data)
    except ValidationError as exc:
        if where and not exc.field.endswith(where):
            return f"refused naming {exc.field!r}, not {where!r}: {exc}"
        return "refused, but rows were written" if count_rows(db) != before else None
    except Exception as exc:
        return f"crashed: {type(exc).__name__}: {str(exc)[:200]}"
    return None


BUNDLE_PLACES = [("debtor", ("cases", 0, "debtor"), debtors.SCHEMA),
                 ("loan", ("cases", 0, "loans", 0), loans.LOAN_SCHEMA),
                 ("event", ("cases", 0, "events", 0), proceedings.EVENT_SCHEMA)]  # fmt: skip


def test_bundle_fields_refuse_or_keep_bad_input(db, bundle):
    problems = []
    for kind, path, schema in BUNDLE_PLACES:
        for name, rule in schema.items():
            if name.endswith("_id"):
                continue  # a bundle links by UUID
            for label, value in values_for(rule):
                data = json.loads(json.dumps(bundle))
                record = data
                for step in path:
                    record = record[step]
                try:
                    record[name] = json.loads(json.dumps(value))
                except (TypeError, ValueError):
                    continue  # not a JSON value: no bundle can hold it
                problem = _try_import(db, data, name)
                if problem:
                    problems.append(f"{kind}.{name} [{label}]: {problem}")
                with db.session() as s:  # imported: take it away again for the next case
                    for debtor in s.scalars(select(Debtor)):
                        debtors.delete_debtor(s, debtor.id)
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("label,text", MALFORMED_JSON, ids=[m[0] for m in MALFORMED_JSON])
def test_malformed_bundle_is_refused_and_writes_nothing(db, label, text):
    before = count_rows(db)
    with pytest.raises(ValidationError), db.session() as s:
        import_bundle(s, parse_bundle(text))
    assert count_rows(db) == before


def test_truncated_bundle_is_refused_at_every_cut(db, bundle):
    text = render(bundle).rstrip()
    before = count_rows(db)
    cuts = sorted({int(len(text) * k / 23) for k in range(1, 23)} | {1, len(text) - 1})
    for cut in cuts:
        with pytest.raises(ValidationError) as info, db.session() as s:
            import_bundle(s, parse_bundle(text[:cut]))
        assert "truncated" in info.value.message, cut
    assert count_rows(db) == before
    with db.session() as s:  # and the whole file still goes in
        assert len(import_bundle(s, parse_bundle(text)).imported) == 1
