"""Fixtures of the command-line tests: run ``debtdesk`` in-process, and a few known cases."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

import pytest

from debtdesk.cli import main
from debtdesk.db import Database
from debtdesk.services import advisors, debtors, institutions, loans, notes, proceedings
from debtdesk.services.iin import make_iin


@dataclass(frozen=True)
class Result:
    code: int
    out: str
    err: str

    def json(self) -> Any:
        return json.loads(self.out)


Run = Callable[..., Result]


@pytest.fixture
def run(capsys: pytest.CaptureFixture[str], db_url: str) -> Run:
    """``run("cases", "--format", "json")``: the CLI on the test database, output captured."""

    def invoke(*args: str, database: str | None = db_url) -> Result:
        capsys.readouterr()  # drop whatever fixtures printed
        argv = (["--database", database] if database else []) + list(args)
        code = main(argv)
        out, err = capsys.readouterr()
        return Result(code, out, err)

    return invoke


@dataclass(frozen=True)
class People:
    kurmangazy: int
    kurmanov: int
    ivanova: int


@pytest.fixture
def people(db: Database) -> People:
    """Three cases; Құрманғазы's has a loan, payments, a claim and its appeal, hearings."""
    with db.session() as s:
        aigerim = advisors.create_advisor(s, {"name": "Айгерім Сапарова", "phone": "87011112233"})
        bank = institutions.create_creditor(s, {"name": "Халық Банк", "kind": "bank"})
        court = institutions.create_court(s, {"name": "Алмалинский районный суд", "city": "Алматы"})
        k = debtors.create_debtor(
            s,
            {
                "full_name": "Құрманғазы Айгүл Серікқызы",
                "iin": make_iin(date(1980, 5, 1), 4, 123),
                "phone": "+7 701 123 45 67",
                "city": "Алматы",
                "advisor_id": aigerim.id,
                "household_size": 5,
                "minors": 3,
            },
        )
        loan = loans.create_loan(
            s,
            k.id,
            {
                "creditor_id": bank.id,
                "contract_no": "ИП-2015/77",
                "contract_date": "2015-03-01",
                "principal": "15000000",
                "rate": "14.5",
                "term_months": 240,
            },
        )
        loans.add_payment(s, loan.id, {"date": "2016-01-05", "amount": "120000.50"})
        loans.add_statement(s, loan.id, {"as_of": "2026-01-01", "principal": "9000000"})
        claim = proceedings.create_proceeding(
            s,
            k.id,
            {"kind": "claim", "court_id": court.id, "loan_id": loan.id, "case_no": "2-1234/2026"},
        )
        appeal = proceedings.create_proceeding(s, k.id, {"kind": "appeal", "parent_id": claim.id})
        proceedings.add_event(
            s,
            k.id,
            {"proceeding_id": claim.id, "kind": "hearing", "date": "2026-12-03", "time": "10:30"},
        )
        proceedings.add_event(
            s, k.id, {"proceeding_id": appeal.id, "kind": "hearing", "date": "2027-02-10"}
        )
        notes.add_note(s, k.id, {"text": "Принесла договор займа"})
        m = debtors.create_debtor(
            s, {"full_name": "Курманов Сергей", "city": "Астана", "status": "watch"}
        )
        i = debtors.create_debtor(
            s, {"full_name": "Иванова Ольга", "city": "Алматы", "status": "closed"}
        )
        return People(k.id, m.id, i.id)
