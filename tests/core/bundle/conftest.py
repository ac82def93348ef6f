"""Fixtures of the bundle tests: varied cases, row counts, and a second database.

``make_cases(db, n)`` builds cases through the services, touching every kind of
record a bundle holds; records that have no service yet (letters, attachments,
checklists, deadlines written by hand) are added with the ORM, the way their
engines write them. ``other_db`` is an empty database on the same backend as
``db``, for bundles to travel to.
"""

from __future__ import annotations

import hashlib
import shutil
from collections.abc import Callable, Iterator
from datetime import date, datetime
from pathlib import Path
from random import Random

import pytest
from sqlalchemy import func, select

from debtdesk.db import Database, migrate, open_database
from debtdesk.db.engine import make_engine
from debtdesk.model import Attachment, Base, Checklist, ChecklistItem, Deadline, Document
from debtdesk.services import advisors, debtors, household, institutions, loans, notes, proceedings
from debtdesk.services.iin import make_iin

NAMES = [
    "Құрманғазы Айгүл Серікқызы",
    "Иванова Ольга Петровна",
    "Әбілқайыр Нұрлан",
    "Smith John",
    "Сейітқали Гүлнәр",
    "Ёлкин Фёдор",
    "Өтегенов Ұлан",
    "Петров Сергей Иванович",
]
CITIES = ["Алматы", "Астана", "Шымкент", "Қарағанды"]


def valid_iin(rng: Random) -> str:
    while True:
        birth = date(rng.randint(1950, 2000), rng.randint(1, 12), rng.randint(1, 28))
        iin = make_iin(birth, rng.choice([3, 4]), rng.randint(0, 9999))
        if iin:
            return iin


def make_cases(db: Database, n: int, *, seed: int = 1) -> list[int]:
    """Create ``n`` cases with everything in them; returns their debtor ids."""
    rng = Random(seed)
    ids: list[int] = []
    with db.session() as s:
        group = [
            advisors.create_advisor(s, {"name": f"Advisor {k}", "local_group": "Алматы"})
            for k in range(2)
        ]
        banks = [
            institutions.create_creditor(s, {"name": name, "kind": kind, "bin": bin_})
            for name, kind, bin_ in [
                ("Халык Банк", "bank", "940140000385"),
                ("МФО «Шапағат»", "microfinance", None),
                ("Коллектор ТОО", "collector", None),
            ]
        ]
        courts = [
            institutions.create_court(s, {"name": f"Суд района {k}", "city": CITIES[k]})
            for k in range(2)
        ]
        for k in range(n):
            debtor = debtors.create_debtor(
                s,
                {
                    "full_name": NAMES[k % len(NAMES)] + ("" if k < len(NAMES) else f" {k}"),
                    "iin": valid_iin(rng) if k % 5 else None,
                    "phone": f"8 70{k % 10} {rng.randint(100, 999)} 45 67",
                    "city": CITIES[k % len(CITIES)],
                    "address": "ул. Абая, 1" if k % 2 else None,
                    "language": ["kk", "ru", "en"][k % 3],
                    "household_size": 4,
                    "minors": k % 3,
                    "advisor_id": group[k % 2].id if k % 3 else None,
                    "tags": ["ипотека", "суд"] if k % 2 else [],
                    "notes": "Первая строка\nвторая строка" if k % 4 == 0 else None,
                    "consent_date": date(2026, 1, 1 + k % 28),
                },
            )
            _fill(s, rng, k, debtor.id, banks, courts, group)
            ids.append(debtor.id)
    return ids


def _fill(s, rng, k, debtor_id, banks, courts, group) -> None:  # type: ignore[no-untyped-def]
    household.add_budget_line(
        s, debtor_id, {"kind": "income", "category": "salary", "amount": f"{250000 + k}.50"}
    )
    household.add_budget_line(
        s, debtor_id, {"kind": "expense", "category": "food", "amount": "80000", "note": "семья"}
    )
    household.add_property(
        s, debtor_id, {"address": f"Алматы, мкр. {k}", "area": "54.3", "residents": 4}
    )
    loan = loans.create_loan(
        s,
        debtor_id,
        {
            "creditor_id": banks[k % len(banks)].id,
            "contract_no": f"KZ-{k:05d}",
            "contract_date": "2015-03-01",
            "principal": "15000000",
            "rate": "14.75",
            "term_months": 240,
            "collateral": "квартира",
        },
    )
    for m in range(1 + k % 3):
        loans.add_payment(s, loan.id, {"date": f"2016-0{m + 1}-05", "amount": "120000.10"})
    loans.add_statement(
        s, loan.id, {"as_of": "2026-01-01", "principal": "9000000", "interest": "1200000.5"}
    )
    if k % 4 == 2:  # a case without proceedings
        notes.add_note(s, debtor_id, {"text": "только консультация"})
        return
    claim = proceedings.create_proceeding(
        s,
        debtor_id,
        {
            "kind": "claim",
            "court_id": courts[k % 2].id,
            "loan_id": loan.id,
            "case_no": f"2-{1000 + k}/2026",
            "judge": "Ахметова А.",
        },
    )
    appeal = proceedings.create_proceeding(
        s, debtor_id, {"kind": "appeal", "parent_id": claim.id, "stage": "hearings"}
    )
    hearing = proceedings.add_event(
        s,
        debtor_id,
        {
            "proceeding_id": claim.id,
            "kind": "hearing",
            "date": date(2026, 12, 1 + k % 20),
            "time": "10:30",
            "place": "каб. 5",
            "attendees": "Айгүл, Марат",
        },
    )
    proceedings.add_event(
        s,
        debtor_id,
        {"proceeding_id": appeal.id, "kind": "decision_final_form", "date": "2026-10-05"},
    )
    proceedings.add_event(s, debtor_id, {"kind": "meeting", "date": "2026-11-20"})
    notes.add_note(s, debtor_id, {"text": "Позвонила,\nпринесёт договор", "kind": "call"})
    pdf = f"%PDF-1.4 letter {k}".encode()
    letter = Document(
        debtor_id=debtor_id,
        proceeding_id=claim.id,
        template="bank_letter",
        language="ru",
        recipient="Халык Банк",
        recipient_kind="creditor",
        outgoing_no=f"2026/{k + 1:04d}",
        year=2026,
        seq=k + 1,
        created_on=date(2026, 11, 2),
        sent_on=date(2026, 11, 3) if k % 2 else None,
        file_hash=hashlib.sha256(pdf).hexdigest(),
        pdf=pdf,
    )
    s.add(letter)
    s.flush()
    scan = b"\x89PNG scan " + bytes([k % 256])
    s.add(
        Attachment(
            debtor_id=debtor_id,
            event_id=hearing.id,
            document_id=letter.id,
            file_name="решение.png",
            mime_type="image/png",
            size=len(scan),
            sha256=hashlib.sha256(scan).hexdigest(),
            content=scan,
        )
    )
    s.add(
        Deadline(
            debtor_id=debtor_id,
            proceeding_id=appeal.id,
            event_id=hearing.id,
            rule="appeal",
            due_date=date(2026, 12, 20),
            explanation={"version": 1, "steps": [{"kind": "start", "date": "2026-11-20"}]},
        )
    )
    s.add(
        Deadline(
            debtor_id=debtor_id,
            document_id=letter.id,
            title="Ответ банка",
            due_date=date(2026, 12, 3),
            manual=True,
            status="done",
            done_at=datetime(2026, 11, 29, 12, 0),
            done_by_id=group[0].id,
        )
    )
    checklist = Checklist(event_id=hearing.id, template="hearing", language="kk")
    checklist.items = [
        ChecklistItem(position=1, text="Паспорт", done=True),
        ChecklistItem(position=2, section="документы", text="Договор займа", note="копия"),
    ]
    s.add(checklist)
    s.flush()


def count_rows(db: Database) -> dict[str, int]:
    """Rows in every table: to prove a refused import changed nothing."""
    with db.session() as s:
        return {
            t.name: s.scalar(select(func.count()).select_from(t)) or 0
            for t in Base.metadata.sorted_tables
        }


@pytest.fixture(name="make_cases", scope="session")
def make_cases_fixture() -> Callable[..., list[int]]:
    return make_cases


@pytest.fixture(name="count_rows", scope="session")
def count_rows_fixture() -> Callable[[Database], dict[str, int]]:
    return count_rows


@pytest.fixture
def other_db(db_url: str, request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Database]:
    """An empty, migrated database beside ``db`` (same backend), disposed after the test."""
    if db_url.startswith("sqlite"):
        path = tmp_path / "other.sqlite3"
        shutil.copyfile(request.getfixturevalue("_sqlite_template"), path)
        url, drop = f"sqlite:///{path}", None
    else:
        server = request.getfixturevalue("_pg_server")
        url = server.create("other")
        engine = make_engine(url)
        try:
            migrate.upgrade(engine)
        finally:
            engine.dispose()
        drop = server.drop
    database = open_database(url, advisor="Test Advisor")
    try:
        yield database
    finally:
        database.dispose()
        if drop is not None:
            drop(url)
