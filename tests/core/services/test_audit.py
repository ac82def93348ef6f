"""The audit trail: one line per create, update and delete, in the same transaction."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from debtdesk.errors import ValidationError
from debtdesk.model import Advisor, AuditEntry, Court, Creditor, Debtor, Entity
from debtdesk.services import (
    advisors,
    debtors,
    household,
    institutions,
    loans,
    notes,
    proceedings,
    rates,
    settings,
)

ADVISOR = "Test Advisor"  # the advisor= the shared ``db`` fixture opens the database with


def _lines(db, **where) -> list[AuditEntry]:
    with db.session() as s:
        query = select(AuditEntry).order_by(AuditEntry.id)
        for key, value in where.items():
            query = query.where(getattr(AuditEntry, key) == value)
        return list(s.scalars(query))


def _count(db, model) -> int:
    with db.session() as s:
        return s.scalar(select(func.count()).select_from(model)) or 0


def test_create_writes_one_complete_line(db) -> None:
    assert _count(db, Advisor) == 0
    with db.session() as s:
        debtor = debtors.create_debtor(
            s, {"full_name": "Жақсылықова Әйгерім", "phone": "87011234567", "city": None}
        )
        debtor_id, uuid, version = debtor.id, debtor.uuid, debtor.version
    [line] = _lines(db)
    assert (line.entity, line.entity_id, line.entity_uuid) == ("debtor", debtor_id, uuid)
    assert line.action == "create"
    assert line.changed == ["full_name", "phone"]  # given and not empty; sorted
    assert line.advisor_name == ADVISOR
    assert line.debtor_id == debtor_id  # the case's own creation is on its timeline
    assert line.version == version == 1
    assert line.at is not None
    # The advisor row was created on first use, and the line points at it.
    with db.session() as s:
        advisor = s.scalars(select(Advisor)).one()
        assert (advisor.name, line.advisor_id) == (ADVISOR, advisor.id)


def test_advisor_row_is_created_once(db) -> None:
    for name in ("Первый", "Второй"):
        with db.session() as s:
            debtors.create_debtor(s, {"full_name": name})
    assert _count(db, Advisor) == 1
    assert {line.advisor_id for line in _lines(db)} == {1}


def test_each_advisor_signs_their_own_lines(db, open_db) -> None:
    marat = open_db("Марат Жұмабаев")
    with db.session() as s:
        debtor_id = debtors.create_debtor(s, {"full_name": "Ким Ольга"}).id
    with marat.session() as s:
        debtors.update_debtor(s, debtor_id, {"city": "Алматы"})
    assert [(x.action, x.advisor_name) for x in _lines(db)] == [
        ("create", ADVISOR),
        ("update", "Марат Жұмабаев"),
    ]


def test_without_an_advisor_lines_have_no_name_and_no_advisor_row(db, open_db) -> None:
    anonymous = open_db(None)
    with anonymous.session() as s:
        debtors.create_debtor(s, {"full_name": "Без советника"})
    [line] = _lines(db)
    assert (line.advisor_name, line.advisor_id) == (None, None)
    assert _count(db, Advisor) == 0


def test_update_records_only_fields_that_really_changed(db) -> None:
    with db.session() as s:
        debtor_id = debtors.create_debtor(
            s, {"full_name": "Ли Марина", "phone": "+77011234567", "household_size": 3}
        ).id
    with db.session() as s:
        changed = debtors.update_debtor(
            s,
            debtor_id,
            {
                "full_name": "  Ли Марина ",  # same after trimming
                "phone": "8 (701) 123-45-67",  # same after normalising
                "household_size": "3",  # same number
                "city": "Талдықорған",  # the one real change
            },
            expected_version=1,
        )
    assert changed == ["city"]
    lines = _lines(db, entity="debtor", action="update")
    assert [(x.changed, x.version, x.debtor_id) for x in lines] == [(["city"], 2, debtor_id)]
    with db.session() as s:
        assert debtors.get_debtor(s, debtor_id).version == 2


def test_update_that_changes_nothing_writes_nothing(db) -> None:
    with db.session() as s:
        debtor = debtors.create_debtor(s, {"full_name": "Ли Марина", "city": "Алматы"})
        debtor_id = debtor.id
    with db.session() as s:
        assert (
            debtors.update_debtor(s, debtor_id, {"city": "Алматы", "full_name": "Ли Марина"}) == []
        )
    assert len(_lines(db)) == 1
    with db.session() as s:
        debtor = debtors.get_debtor(s, debtor_id)
        assert debtor.version == 1


def test_audited_version_is_the_records_version_after_the_change(db) -> None:
    """Also when the change rewrites derived keys (the debtor's name key and search text,
    a creditor's or court's name key): one change, one version, one line."""
    with db.session() as s:
        debtor_id = debtors.create_debtor(s, {"full_name": "Сейітов Арман"}).id
        creditor_id = institutions.create_creditor(s, {"name": "Halyk"}).id
        court_id = institutions.create_court(s, {"name": "Суд №2"}).id
    with db.session() as s:
        debtors.update_debtor(s, debtor_id, {"full_name": "Сейітов Арман Б.", "iin": None})
        institutions.update_creditor(s, creditor_id, {"name": "Halyk Bank"})
        institutions.update_court(s, court_id, {"name": "Суд № 2 Алматы"})
    with db.session() as s:
        for model, record_id in (
            (Debtor, debtor_id),
            (Creditor, creditor_id),
            (Court, court_id),
        ):
            record = s.get(model, record_id)
            last = s.scalars(
                select(AuditEntry)
                .where(AuditEntry.entity == model.__tablename__, AuditEntry.entity_id == record_id)
                .order_by(AuditEntry.id.desc())
            ).first()
            assert (last.action, last.version, record.version) == ("update", 2, 2), model
        assert s.get(Creditor, creditor_id).name_key == "halyk bank"
        assert s.get(Debtor, debtor_id).name_key == "сейитов арман б."


def test_delete_writes_a_line_that_outlives_the_record(db) -> None:
    with db.session() as s:
        debtor = debtors.create_debtor(s, {"full_name": "Удаляемый"})
        debtor_id, uuid = debtor.id, debtor.uuid
    with db.session() as s:
        debtors.update_debtor(s, debtor_id, {"city": "Алматы"})
    with db.session() as s:
        debtors.delete_debtor(s, debtor_id, expected_version=2)
    line = _lines(db)[-1]
    assert (line.action, line.entity, line.entity_id, line.entity_uuid) == (
        "delete",
        "debtor",
        debtor_id,
        uuid,
    )
    assert (line.changed, line.version, line.debtor_id, line.advisor_name) == (
        [],
        2,
        debtor_id,
        ADVISOR,
    )
    assert _count(db, Debtor) == 0


def _case(s: Session) -> dict[str, int]:
    debtor = debtors.create_debtor(s, {"full_name": "Тоқтарова Мәдина"})
    loan = loans.create_loan(s, debtor.id, {"principal": "1000", "contract_date": "2020-01-01"})
    proceeding = proceedings.create_proceeding(s, debtor.id, {"kind": "claim"})
    event = proceedings.add_event(s, debtor.id, {"kind": "meeting", "date": "2026-12-01"})
    return {"debtor": debtor.id, "loan": loan.id, "proceeding": proceeding.id, "event": event.id}


CASE_RECORDS: list[tuple[str, Callable[[Session, dict[str, int]], Entity]]] = [
    ("loan", lambda s, c: loans.create_loan(s, c["debtor"], {"principal": "5"})),
    ("payment", lambda s, c: loans.add_payment(s, c["loan"], {"date": "2021-01-01", "amount": 1})),
    ("debt_statement", lambda s, c: loans.add_statement(s, c["loan"], {"as_of": "2024-01-01"})),
    ("proceeding", lambda s, c: proceedings.create_proceeding(s, c["debtor"], {"kind": "appeal"})),
    (
        "event",
        lambda s, c: proceedings.add_event(
            s,
            c["debtor"],
            {"kind": "hearing", "date": "2026-12-09", "proceeding_id": c["proceeding"]},
        ),
    ),
    ("note", lambda s, c: notes.add_note(s, c["debtor"], {"text": "звонок"})),
    (
        "budget_line",
        lambda s, c: household.add_budget_line(
            s, c["debtor"], {"kind": "expense", "category": "аренда", "amount": "90000"}
        ),
    ),
    ("property", lambda s, c: household.add_property(s, c["debtor"], {"address": "Абая 1"})),
]


@pytest.mark.parametrize(("entity", "create"), CASE_RECORDS, ids=[e for e, _ in CASE_RECORDS])
def test_records_of_a_case_carry_the_case_on_their_lines(db, entity: str, create) -> None:
    with db.session() as s:
        case = _case(s)
    with db.session() as s:
        record = create(s, case)
        record_id, uuid = record.id, record.uuid
    [line] = _lines(db, entity=entity, entity_id=record_id)
    assert (line.action, line.entity_uuid, line.debtor_id, line.advisor_name, line.version) == (
        "create",
        uuid,
        case["debtor"],
        ADVISOR,
        1,
    )


def test_updates_and_deletes_of_case_records_carry_the_case(db) -> None:
    with db.session() as s:
        case = _case(s)
        payment_id = loans.add_payment(s, case["loan"], {"date": "2021-01-01", "amount": "1"}).id
        note_id = notes.add_note(s, case["debtor"], {"text": "x"}).id
    with db.session() as s:
        loans.update_loan(s, case["loan"], {"principal": "2000"})
        proceedings.update_event(s, case["event"], {"place": "каб. 5"})
        notes.update_note(s, note_id, {"text": "y"})
        loans.delete_payment(s, payment_id)
        notes.delete_note(s, note_id)
        proceedings.delete_event(s, case["event"])
    lines = _lines(db)[-6:]
    assert [(x.entity, x.action, x.changed, x.debtor_id) for x in lines] == [
        ("loan", "update", ["principal"], case["debtor"]),
        ("event", "update", ["place"], case["debtor"]),
        ("note", "update", ["text"], case["debtor"]),
        ("payment", "delete", [], case["debtor"]),
        ("note", "delete", [], case["debtor"]),
        ("event", "delete", [], case["debtor"]),
    ]


def test_shared_records_belong_to_no_case(db) -> None:
    with db.session() as s:
        institutions.create_creditor(s, {"name": "Kaspi Bank"})
        institutions.create_court(s, {"name": "Суд"})
        advisors.create_advisor(s, {"name": "Гүлмира"})
        settings.set_setting(s, "mrp", "4325", year=2026)
        rates.set_rate(s, {"date": "2026-11-30", "currency": "USD", "rate": "510.1"})
    lines = _lines(db)
    assert [x.entity for x in lines] == ["creditor", "court", "advisor", "setting", "exchange_rate"]
    assert {x.debtor_id for x in lines} == {None}
    assert {x.advisor_name for x in lines} == {ADVISOR}


def test_setting_changed_and_unchanged(db) -> None:
    with db.session() as s:
        settings.set_setting(s, "mrp", "4325", year=2026)
    with db.session() as s:
        settings.set_setting(s, "mrp", "4325", year=2026)  # same value: no line
        settings.set_setting(s, "mrp", "4326", year=2026)
    assert [(x.action, x.changed, x.version) for x in _lines(db, entity="setting")] == [
        ("create", ["key", "value", "year"], 1),
        ("update", ["value"], 2),
    ]


def test_rolled_back_action_leaves_no_line(db) -> None:
    with db.session() as s:
        debtor_id = debtors.create_debtor(s, {"full_name": "Есть"}).id
    before = _lines(db)
    with pytest.raises(ValidationError), db.session() as s:
        debtors.update_debtor(s, debtor_id, {"city": "Астана"})
        debtors.create_debtor(s, {"full_name": "Новый"})
        loans.create_loan(s, debtor_id, {"principal": "abc"})
    assert [x.id for x in _lines(db)] == [x.id for x in before]
    with pytest.raises(RuntimeError), db.session() as s:
        debtors.delete_debtor(s, debtor_id)
        raise RuntimeError("crash after the audit line was flushed")
    assert [x.id for x in _lines(db)] == [x.id for x in before]
