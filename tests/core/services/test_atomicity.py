"""Nothing half-written: an action that fails leaves every table exactly as it was.

Each action runs in one ``db.session()``, as the UI runs it; several services are
called in the same session and the failure comes after some of them have written
(and flushed) their rows, audit lines, search keys and even the advisor's row.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from debtdesk.deadlines import engine as deadline_engine
from debtdesk.errors import NotFoundError, ValidationError
from debtdesk.model import Advisor, Deadline, Debtor, Event, Loan, Proceeding
from debtdesk.services import debtors, household, institutions, loans, notes, proceedings


def _whole_case(s: Session, name: str = "Қасымова Жанар") -> int:
    """A debtor with something in every table a case uses; returns the debtor's id."""
    debtor = debtors.create_debtor(
        s, {"full_name": name, "iin": "850315300019", "phone": "8 701 123 45 67"}
    )
    creditor = institutions.create_creditor(s, {"name": "Отбасы банк", "kind": "bank"})
    court = institutions.create_court(s, {"name": "Суд района Алмалы", "city": "Алматы"})
    loan = loans.create_loan(
        s,
        debtor.id,
        {"creditor_id": creditor.id, "principal": "15000000", "contract_date": "2015-06-01"},
    )
    loans.add_payment(s, loan.id, {"date": "2016-01-10", "amount": "120000"})
    loans.add_statement(s, loan.id, {"as_of": "2024-01-01", "principal": "9000000"})
    proceeding = proceedings.create_proceeding(
        s,
        debtor.id,
        {"kind": "claim", "case_no": "2-1234/2024", "court_id": court.id, "loan_id": loan.id},
    )
    proceedings.add_event(
        s, debtor.id, {"kind": "hearing", "date": "2026-12-10", "proceeding_id": proceeding.id}
    )
    notes.add_note(s, debtor.id, {"text": "Первая встреча"})
    household.add_budget_line(
        s, debtor.id, {"kind": "income", "category": "зарплата", "amount": "250000"}
    )
    household.add_property(s, debtor.id, {"address": "Алматы, ул. Абая 1", "sole_home": True})
    return debtor.id


def _fail_after_new_case(s: Session) -> None:
    debtor = debtors.create_debtor(s, {"full_name": "Новый Должник"})
    loans.create_loan(s, debtor.id, {"principal": "-100"})


def _fail_after_new_case_with_case_number(s: Session) -> None:
    debtor = debtors.create_debtor(s, {"full_name": "Новый Должник"})
    proceedings.create_proceeding(s, debtor.id, {"kind": "claim", "case_no": "2-99/2026"})
    loan = loans.create_loan(s, debtor.id, {"principal": "100", "contract_date": "2020-01-01"})
    loans.add_payment(s, loan.id, {"date": "2019-12-31", "amount": "5"})


def _fail_on_unknown_creditor(s: Session) -> None:
    debtor = debtors.create_debtor(s, {"full_name": "Новый Должник"})
    loans.create_loan(s, debtor.id, {"principal": "100", "creditor_id": 9999})


def _fail_on_unknown_debtor(s: Session) -> None:
    debtors.create_debtor(s, {"full_name": "Новый Должник"})
    notes.add_note(s, 9999, {"text": "кому?"})


def _fail_after_everything(s: Session) -> None:
    _whole_case(s, "Второй Должник")
    debtors.create_debtor(s, {"full_name": "Третий", "iin": "850315300018"})


FAILING_ACTIONS: list[tuple[Callable[[Session], None], type[Exception]]] = [
    (_fail_after_new_case, ValidationError),
    (_fail_after_new_case_with_case_number, ValidationError),
    (_fail_on_unknown_creditor, ValidationError),
    (_fail_on_unknown_debtor, NotFoundError),
    (_fail_after_everything, ValidationError),
]


@pytest.mark.parametrize(("action", "error"), FAILING_ACTIONS, ids=lambda a: a.__name__)
def test_failed_action_on_an_empty_database_leaves_it_empty(db, row_counts, action, error) -> None:
    before = row_counts(db)
    assert set(before.values()) == {0}
    with pytest.raises(error), db.session() as s:
        action(s)
        pytest.fail("the action should have failed")  # pragma: no cover
    assert row_counts(db) == before  # not even the advisor row created on first use


@pytest.mark.parametrize(("action", "error"), FAILING_ACTIONS, ids=lambda a: a.__name__)
def test_failed_action_beside_existing_data_changes_nothing(db, row_counts, action, error) -> None:
    with db.session() as s:
        _whole_case(s)
    before = row_counts(db)
    assert all(before[t] >= 1 for t in ("debtor", "loan", "payment", "event", "audit_entry"))
    with pytest.raises(error), db.session() as s:
        action(s)
    assert row_counts(db) == before


def _snapshot(db) -> dict:
    """What a case looks like from outside: enough to see any half-done change."""
    with db.session() as s:
        debtor = s.scalars(select(Debtor)).one()
        loan = s.scalars(select(Loan)).one()
        return {
            "debtor": (
                debtor.full_name,
                debtor.phone,
                debtor.city,
                debtor.name_key,
                debtor.search_text,
                debtor.version,
                debtor.updated_at,
            ),
            "loan": (loan.principal, loan.version),
            "proceedings": [(p.case_no, p.version) for p in s.scalars(select(Proceeding))],
            "events": [(e.kind, e.date, e.version) for e in s.scalars(select(Event))],
        }


def test_changes_then_a_bad_change_in_one_session_roll_back_together(db, row_counts) -> None:
    with db.session() as s:
        debtor_id = _whole_case(s)
        loan_id = s.scalar(select(Loan.id))
        proceeding_id = s.scalar(select(Proceeding.id))
    before, snapshot = row_counts(db), _snapshot(db)
    with pytest.raises(ValidationError) as info, db.session() as s:
        debtors.update_debtor(s, debtor_id, {"full_name": "Переименованная", "city": "Астана"})
        loans.update_loan(s, loan_id, {"principal": "1"})
        proceedings.update_proceeding(s, proceeding_id, {"case_no": "2-5555/2025"})
        debtors.update_debtor(s, debtor_id, {"phone": "не телефон"})
    assert info.value.field == "phone"
    assert row_counts(db) == before
    assert _snapshot(db) == snapshot


def test_failed_delete_of_a_whole_case_restores_it(db, row_counts) -> None:
    with db.session() as s:
        debtor_id = _whole_case(s)
    before, snapshot = row_counts(db), _snapshot(db)
    with pytest.raises(RuntimeError, match="power cut"), db.session() as s:
        debtors.delete_debtor(s, debtor_id)
        assert s.get(Debtor, debtor_id) is None  # gone inside the transaction
        raise RuntimeError("power cut")
    assert row_counts(db) == before
    assert _snapshot(db) == snapshot


def test_failing_deadline_engine_rolls_back_the_event(db, row_counts, monkeypatch) -> None:
    """The deadline engine runs in the event's transaction: if it fails, there is no event.

    The stand-in lets the real engine write its deadlines first, then fails.
    """
    real = deadline_engine.on_event_changed
    seen: list[tuple[str, int]] = []

    def broken_engine(session: Session, event: Event, action: str) -> None:
        real(session, event, action)
        session.flush()
        seen.append((action, session.scalar(select(func.count(Deadline.id))) or 0))
        raise RuntimeError("deadline rule file is broken")

    with db.session() as s:
        debtor_id = _whole_case(s)
        proceeding_id = s.scalar(select(Proceeding.id))
        event_id = s.scalar(select(Event.id))
    before, snapshot = row_counts(db), _snapshot(db)
    monkeypatch.setattr(deadline_engine, "on_event_changed", broken_engine)
    attempts: list[Callable[[Session], object]] = [
        lambda s: proceedings.add_event(
            s,
            debtor_id,
            {"kind": "decision_final_form", "date": "2026-11-20", "proceeding_id": proceeding_id},
        ),
        lambda s: proceedings.update_event(s, event_id, {"date": "2026-12-24"}),
        lambda s: proceedings.delete_event(s, event_id),
        lambda s: proceedings.delete_proceeding(s, proceeding_id),
    ]
    for attempt in attempts:
        with pytest.raises(RuntimeError, match="rule file"), db.session() as s:
            attempt(s)
        assert row_counts(db) == before
        assert _snapshot(db) == snapshot
    assert [action for action, _ in seen] == ["create", "update", "delete", "delete"]
    assert seen[0][1] == before["deadline"] + 1  # the appeal deadline, written then undone


def test_database_error_after_flushed_work_rolls_everything_back(db, row_counts) -> None:
    """Not only ValidationError: an error from the database itself undoes the action too."""
    with db.session() as s:
        institutions.create_creditor(s, {"name": "Банк"})
    before = row_counts(db)
    with pytest.raises(IntegrityError), db.session() as s:
        debtor = debtors.create_debtor(s, {"full_name": "Должник"})
        loans.create_loan(s, debtor.id, {"principal": "10"})
        # Two advisors with one name violate a unique constraint at flush time.
        s.add_all([Advisor(name="Айгүл"), Advisor(name="Айгүл")])
        s.flush()
    assert row_counts(db) == before


def test_successful_action_commits_everything(db, row_counts) -> None:
    """The counterpart: the same calls without the failure are all there afterwards."""
    with db.session() as s:
        _whole_case(s)
    counts = row_counts(db)
    for table in (
        "advisor",
        "debtor",
        "creditor",
        "court",
        "loan",
        "payment",
        "debt_statement",
        "proceeding",
        "event",
        "note",
        "budget_line",
        "property",
    ):
        assert counts[table] == 1, table
    assert counts["audit_entry"] == 11
    with db.session() as s:
        loan = s.scalars(select(Loan)).one()
        assert loan.principal == Decimal("15000000.00")
        assert loan.contract_date == date(2015, 6, 1)
