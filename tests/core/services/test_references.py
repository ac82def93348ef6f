"""References between records: bad ones are refused naming the field; unknown ids are NotFound."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from sqlalchemy.orm import Session

from debtdesk.errors import NotFoundError, ValidationError
from debtdesk.model import Event, Loan, Proceeding
from debtdesk.services import (
    advisors,
    debtors,
    household,
    institutions,
    loans,
    notes,
    proceedings,
)


@pytest.fixture
def two_cases(db) -> dict[str, int]:
    """Two debtors, each with a loan, a proceeding and an event; one creditor, court, advisor."""
    ids: dict[str, int] = {}
    with db.session() as s:
        ids["creditor"] = institutions.create_creditor(s, {"name": "Jusan"}).id
        ids["court"] = institutions.create_court(s, {"name": "Суд г. Астаны"}).id
        ids["advisor"] = advisors.create_advisor(s, {"name": "Мирас"}).id
        for who in ("mine", "other"):
            debtor = debtors.create_debtor(s, {"full_name": f"Должник {who}"})
            loan = loans.create_loan(
                s, debtor.id, {"principal": "1", "creditor_id": ids["creditor"]}
            )
            proceeding = proceedings.create_proceeding(s, debtor.id, {"kind": "claim"})
            event = proceedings.add_event(
                s,
                debtor.id,
                {"kind": "hearing", "date": "2026-12-15", "proceeding_id": proceeding.id},
            )
            ids |= {
                who: debtor.id,
                f"{who}_loan": loan.id,
                f"{who}_proceeding": proceeding.id,
                f"{who}_event": event.id,
            }
    return ids


BAD_REFERENCES: list[tuple[str, Callable[[Session, dict[str, int]], object], str]] = [
    (
        "loan to an unknown creditor",
        lambda s, c: loans.create_loan(s, c["mine"], {"principal": "1", "creditor_id": 999}),
        "creditor_id",
    ),
    (
        "loan moved to an unknown creditor",
        lambda s, c: loans.update_loan(s, c["mine_loan"], {"creditor_id": 999}),
        "creditor_id",
    ),
    (
        "creditor id that is not a number",
        lambda s, c: loans.create_loan(s, c["mine"], {"principal": "1", "creditor_id": "Halyk"}),
        "creditor_id",
    ),
    (
        "creditor id zero",
        lambda s, c: loans.update_loan(s, c["mine_loan"], {"creditor_id": 0}),
        "creditor_id",
    ),
    (
        "event on a proceeding of another debtor",
        lambda s, c: proceedings.add_event(
            s,
            c["mine"],
            {"kind": "hearing", "date": "2026-12-20", "proceeding_id": c["other_proceeding"]},
        ),
        "proceeding_id",
    ),
    (
        "event moved to a proceeding of another debtor",
        lambda s, c: proceedings.update_event(
            s, c["mine_event"], {"proceeding_id": c["other_proceeding"]}
        ),
        "proceeding_id",
    ),
    (
        "event on an unknown proceeding",
        lambda s, c: proceedings.add_event(
            s, c["mine"], {"kind": "hearing", "date": "2026-12-20", "proceeding_id": 999}
        ),
        "proceeding_id",
    ),
    (
        "event with a proceeding id that is not a number",
        lambda s, c: proceedings.add_event(
            s, c["mine"], {"kind": "hearing", "date": "2026-12-20", "proceeding_id": "2-1/2026"}
        ),
        "proceeding_id",
    ),
    (
        "proceeding on a loan of another debtor",
        lambda s, c: proceedings.create_proceeding(
            s, c["mine"], {"kind": "claim", "loan_id": c["other_loan"]}
        ),
        "loan_id",
    ),
    (
        "proceeding in an unknown court",
        lambda s, c: proceedings.create_proceeding(
            s, c["mine"], {"kind": "claim", "court_id": 999}
        ),
        "court_id",
    ),
    (
        "appeal whose parent is another debtor's proceeding",
        lambda s, c: proceedings.create_proceeding(
            s, c["mine"], {"kind": "appeal", "parent_id": c["other_proceeding"]}
        ),
        "parent_id",
    ),
    (
        "proceeding as its own parent",
        lambda s, c: proceedings.update_proceeding(
            s, c["mine_proceeding"], {"parent_id": c["mine_proceeding"]}
        ),
        "parent_id",
    ),
    (
        "proceeding with a loan id that is not a number",
        lambda s, c: proceedings.update_proceeding(s, c["mine_proceeding"], {"loan_id": "abc"}),
        "loan_id",
    ),
    (
        "debtor given to an unknown advisor",
        lambda s, c: debtors.update_debtor(s, c["mine"], {"advisor_id": 999}),
        "advisor_id",
    ),
    (
        "debtor given to an advisor id that is not a number",
        lambda s, c: debtors.create_debtor(s, {"full_name": "X", "advisor_id": True}),
        "advisor_id",
    ),
]


@pytest.mark.parametrize(
    ("action", "field"),
    [(a, f) for _, a, f in BAD_REFERENCES],
    ids=[name for name, _, _ in BAD_REFERENCES],
)
def test_bad_reference_refused_naming_the_field(db, row_counts, two_cases, action, field) -> None:
    before = row_counts(db)
    with pytest.raises(ValidationError) as info, db.session() as s:
        action(s, two_cases)
    assert info.value.field == field
    assert row_counts(db) == before


def test_good_references_are_kept(db, two_cases) -> None:
    c = two_cases
    with db.session() as s:
        appeal = proceedings.create_proceeding(
            s,
            c["mine"],
            {
                "kind": "appeal",
                "parent_id": c["mine_proceeding"],
                "loan_id": c["mine_loan"],
                "court_id": str(c["court"]),  # ids from a form arrive as text
            },
        )
        proceedings.update_event(s, c["mine_event"], {"proceeding_id": appeal.id})
        debtors.update_debtor(s, c["mine"], {"advisor_id": c["advisor"]})
        appeal_id = appeal.id
    with db.session() as s:
        appeal = s.get(Proceeding, appeal_id)
        assert (appeal.parent_id, appeal.loan_id, appeal.court_id) == (
            c["mine_proceeding"],
            c["mine_loan"],
            c["court"],
        )
        assert s.get(Event, c["mine_event"]).proceeding_id == appeal_id
        assert s.get(Loan, c["mine_loan"]).creditor_id == c["creditor"]
        assert debtors.get_debtor(s, c["mine"]).advisor_id == c["advisor"]


UNKNOWN_IDS: list[tuple[str, Callable[[Session], object], str]] = [
    ("get debtor", lambda s: debtors.get_debtor(s, 999), "debtor"),
    ("update debtor", lambda s: debtors.update_debtor(s, 999, {"city": "Алматы"}), "debtor"),
    ("delete debtor", lambda s: debtors.delete_debtor(s, 999), "debtor"),
    ("loan of unknown debtor", lambda s: loans.create_loan(s, 999, {"principal": "1"}), "debtor"),
    ("update loan", lambda s: loans.update_loan(s, 999, {"principal": "1"}), "loan"),
    ("delete loan", lambda s: loans.delete_loan(s, 999), "loan"),
    (
        "payment on unknown loan",
        lambda s: loans.add_payment(s, 999, {"date": "2020-01-01", "amount": "1"}),
        "loan",
    ),
    ("delete payment", lambda s: loans.delete_payment(s, 999), "payment"),
    (
        "event of unknown debtor",
        lambda s: proceedings.add_event(s, 999, {"kind": "hearing", "date": "2026-12-01"}),
        "debtor",
    ),
    ("update event", lambda s: proceedings.update_event(s, 999, {"place": "x"}), "event"),
    ("delete event", lambda s: proceedings.delete_event(s, 999), "event"),
    (
        "proceeding of unknown debtor",
        lambda s: proceedings.create_proceeding(s, 999, {"kind": "claim"}),
        "debtor",
    ),
    ("delete proceeding", lambda s: proceedings.delete_proceeding(s, 999), "proceeding"),
    ("note of unknown debtor", lambda s: notes.add_note(s, 999, {"text": "x"}), "debtor"),
    ("delete note", lambda s: notes.delete_note(s, 999), "note"),
    (
        "budget line of unknown debtor",
        lambda s: household.add_budget_line(
            s, 999, {"kind": "income", "category": "x", "amount": "1"}
        ),
        "debtor",
    ),
    ("update creditor", lambda s: institutions.update_creditor(s, 999, {"name": "x"}), "creditor"),
    ("update advisor", lambda s: advisors.update_advisor(s, 999, {"phone": None}), "advisor"),
]


@pytest.mark.parametrize(
    ("action", "entity"),
    [(a, e) for _, a, e in UNKNOWN_IDS],
    ids=[name for name, _, _ in UNKNOWN_IDS],
)
def test_unknown_id_is_not_found(db, row_counts, action, entity: str) -> None:
    before = row_counts(db)
    with pytest.raises(NotFoundError) as info, db.session() as s:
        action(s)
    assert (info.value.entity, info.value.key) == (entity, 999)
    assert "999" in str(info.value)
    assert row_counts(db) == before
