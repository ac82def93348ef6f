"""Concurrent edits are detected, reported with what changed and by whom, never overwritten.

Two advisors work on one database through their own ``Database`` (own engine, own
connections): on SQLite two connections to one file, on PostgreSQL two server
sessions. Two ways to lose the race are covered: the form's ``expected_version``
(read in an earlier session) and two live sessions that loaded the same row, where
the version column in the UPDATE/DELETE itself catches it.
"""

from __future__ import annotations

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm.exc import StaleDataError

from debtdesk.errors import ConflictError, NotFoundError
from debtdesk.model import AuditEntry, Debtor, Loan, Proceeding
from debtdesk.services import debtors, loans, proceedings

AIGUL = "Айгүл Серікова"


@pytest.fixture
def case(db) -> dict[str, int]:
    with db.session() as s:
        debtor = debtors.create_debtor(
            s, {"full_name": "Омарова Динара", "phone": "+7 701 000 00 01", "city": "Алматы"}
        )
        loan = loans.create_loan(s, debtor.id, {"principal": "5000000", "rate": "12"})
        return {"debtor": debtor.id, "loan": loan.id, "version": debtor.version}


@pytest.fixture
def aigul(open_db):
    return open_db(AIGUL)


def _read(db, debtor_id: int) -> Debtor:
    with db.session() as s:
        return debtors.get_debtor(s, debtor_id)


def _audit_lines(db) -> int:
    with db.session() as s:
        return s.scalar(select(func.count(AuditEntry.id))) or 0


def test_new_debtor_starts_at_version_one(db, case) -> None:
    assert case["version"] == 1
    assert _read(db, case["debtor"]).version == 1


def test_save_of_a_stale_form_names_fields_and_advisor(db, aigul, case) -> None:
    debtor_id = case["debtor"]
    # Both advisors open the debtor's form: version 1.
    read_by_b = _read(db, debtor_id).version
    read_by_a = _read(aigul, debtor_id).version
    assert read_by_a == read_by_b == 1
    with aigul.session() as s:
        changed = debtors.update_debtor(
            s,
            debtor_id,
            {"full_name": "Омарова Динара Сейітқызы", "phone": "8 702 000 00 02"},
            expected_version=read_by_a,
        )
    assert sorted(changed) == ["full_name", "phone"]
    lines = _audit_lines(db)

    with pytest.raises(ConflictError) as info, db.session() as s:
        debtors.update_debtor(s, debtor_id, {"city": "Астана"}, expected_version=read_by_b)
    conflict = info.value
    assert conflict.entity == "debtor"
    assert conflict.entity_id == debtor_id
    assert sorted(conflict.fields) == ["full_name", "phone"]
    assert conflict.changed_by == AIGUL
    assert conflict.changed_at is not None
    assert AIGUL in str(conflict) and "full_name" in str(conflict)

    after = _read(db, debtor_id)
    assert after.full_name == "Омарова Динара Сейітқызы"
    assert after.phone == "+77020000002"
    assert after.city == "Алматы"  # B's change was not written
    assert after.version == 2
    assert _audit_lines(db) == lines

    # Having seen the conflict, B reloads and saves on top of A's version.
    with db.session() as s:
        assert debtors.update_debtor(s, debtor_id, {"city": "Астана"}, expected_version=2) == [
            "city"
        ]
    after = _read(db, debtor_id)
    assert (after.full_name, after.city, after.version) == ("Омарова Динара Сейітқызы", "Астана", 3)


def test_conflict_lists_every_field_changed_since_the_read(db, aigul, case) -> None:
    debtor_id = case["debtor"]
    with aigul.session() as s:
        debtors.update_debtor(s, debtor_id, {"city": "Шымкент"})
    with aigul.session() as s:
        debtors.update_debtor(s, debtor_id, {"household_size": 4})
    with pytest.raises(ConflictError) as info, db.session() as s:
        debtors.update_debtor(s, debtor_id, {"minors": 1}, expected_version=1)
    assert sorted(info.value.fields) == ["city", "household_size"]
    with pytest.raises(ConflictError) as info, db.session() as s:
        debtors.update_debtor(s, debtor_id, {"minors": 1}, expected_version=2)
    assert info.value.fields == ["household_size"]
    assert _read(db, debtor_id).minors is None


def test_two_live_sessions_the_second_flush_conflicts(db, aigul, case) -> None:
    """No expected_version: both sessions hold the row at version 1; A commits first."""
    debtor_id = case["debtor"]
    with pytest.raises(ConflictError) as info, db.session() as b:
        mine = debtors.get_debtor(b, debtor_id)
        assert mine.version == 1
        with aigul.session() as a:
            debtors.update_debtor(a, debtor_id, {"city": "Қарағанды"})
        assert mine.version == 1  # B's copy is stale and B does not know it
        debtors.update_debtor(b, debtor_id, {"full_name": "Омарова Д."})
    assert isinstance(info.value.__cause__, StaleDataError)  # the version column caught it
    assert info.value.fields == ["city"]
    assert info.value.changed_by == AIGUL
    after = _read(db, debtor_id)
    assert (after.full_name, after.city, after.version) == ("Омарова Динара", "Қарағанды", 2)


def test_two_live_sessions_on_a_loan(db, aigul, case) -> None:
    loan_id = case["loan"]
    with pytest.raises(ConflictError) as info, db.session() as b:
        mine = b.get(Loan, loan_id)  # held: the session's identity map keeps it only weakly
        assert mine.version == 1
        with aigul.session() as a:
            loans.update_loan(a, loan_id, {"principal": "4800000"})
        loans.update_loan(b, loan_id, {"rate": "10.5"})
    assert info.value.entity == "loan"
    assert info.value.fields == ["principal"]
    with db.session() as s:
        loan = s.get(Loan, loan_id)
        assert (str(loan.principal), str(loan.rate)) == ("4800000.00", "12.0000")


def test_stale_expected_version_on_a_loan(db, aigul, case) -> None:
    loan_id = case["loan"]
    with aigul.session() as a:
        loans.update_loan(a, loan_id, {"rate": "11"}, expected_version=1)
    with pytest.raises(ConflictError) as info, db.session() as s:
        loans.update_loan(s, loan_id, {"rate": "13"}, expected_version=1)
    assert (info.value.fields, info.value.changed_by) == (["rate"], AIGUL)


def test_delete_of_a_record_changed_since_read_conflicts(db, aigul, case) -> None:
    debtor_id = case["debtor"]
    with aigul.session() as a:
        debtors.update_debtor(a, debtor_id, {"city": "Тараз"})
    with pytest.raises(ConflictError) as info, db.session() as s:
        debtors.delete_debtor(s, debtor_id, expected_version=1)
    assert (info.value.fields, info.value.changed_by) == (["city"], AIGUL)
    assert _read(db, debtor_id).city == "Тараз"
    with db.session() as s:
        assert s.get(Loan, case["loan"]) is not None


def test_delete_in_a_live_session_after_someone_saved_conflicts(db, aigul, case) -> None:
    debtor_id = case["debtor"]
    with pytest.raises(ConflictError) as info, db.session() as b:
        mine = debtors.get_debtor(b, debtor_id)
        with aigul.session() as a:
            debtors.update_debtor(a, debtor_id, {"city": "Тараз"})
        assert mine.version == 1
        debtors.delete_debtor(b, debtor_id)
    assert (info.value.fields, info.value.changed_by) == (["city"], AIGUL)
    after = _read(db, debtor_id)
    assert (after.city, after.version) == ("Тараз", 2)


def test_delete_of_a_loan_changed_since_read_conflicts(db, aigul, case) -> None:
    with aigul.session() as a:
        loans.update_loan(a, case["loan"], {"term_months": 240})
    with pytest.raises(ConflictError) as info, db.session() as s:
        loans.delete_loan(s, case["loan"], expected_version=1)
    assert info.value.fields == ["term_months"]
    with db.session() as s:
        assert s.get(Loan, case["loan"]).term_months == 240


def test_saving_a_record_someone_deleted_says_it_is_gone(db, aigul, case) -> None:
    with aigul.session() as a:
        debtors.delete_debtor(a, case["debtor"], expected_version=1)
    with pytest.raises(NotFoundError), db.session() as s:
        debtors.update_debtor(s, case["debtor"], {"city": "Астана"}, expected_version=1)


def test_derived_search_keys_are_not_edits(db, aigul, case) -> None:
    """A case number added by A changes the debtor's search key, but B's open form is not
    stale: B's save with the version B read goes through, and nothing is lost."""
    debtor_id = case["debtor"]
    with aigul.session() as a:
        p = proceedings.create_proceeding(a, debtor_id, {"kind": "claim", "case_no": "2-77/2026"})
        proceedings.update_proceeding(a, p.id, {"case_no": "2-78/2026"})
    with db.session() as s:
        debtors.update_debtor(s, debtor_id, {"city": "Астана"}, expected_version=1)
    after = _read(db, debtor_id)
    assert after.city == "Астана"
    assert after.version == 2
    assert "2-78/2026" in after.search_text


def test_search_keys_refresh_conflicts_if_the_debtor_changed_meanwhile(db, aigul, case) -> None:
    """B loaded the debtor; A renamed it; B's new case number must not write keys built
    from the old name: it conflicts instead."""
    debtor_id = case["debtor"]
    with pytest.raises(ConflictError) as info, db.session() as b:
        mine = debtors.get_debtor(b, debtor_id)
        with aigul.session() as a:
            debtors.update_debtor(a, debtor_id, {"full_name": "Омарова-Ким Динара"})
        assert mine.version == 1
        proceedings.create_proceeding(b, debtor_id, {"kind": "claim", "case_no": "2-1/2026"})
    assert info.value.fields == ["full_name"]
    after = _read(db, debtor_id)
    assert after.search_text.startswith("омарова-ким динара")
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(Proceeding)) == 0
