"""``debtdesk debt``, ``budget`` and ``bankruptcy-check``: JSON for programs, PDFs on request."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from debtdesk.db import Database
from tests.core.finance.conftest import usd_case


@pytest.fixture
def case_id(db: Database, today) -> int:
    return usd_case(db).debtor_id


def test_debt_json(run, case_id: int) -> None:
    result = run("debt", str(case_id), "--format", "json")
    assert result.code == 0, result.err
    data = result.json()
    (loan,) = data["loans"]
    assert loan["currency"] == "USD" and loan["borrowed"] == {
        "amount": "10000.00",
        "tenge": "1200000.00",
    }
    assert loan["paid"]["tenge"] == "210250.00" and loan["claimed"]["tenge"] == "7500000.00"
    assert loan["ratios"]["claimed_to_borrowed_tenge"] == "6.2500"
    assert loan["devaluation_tenge"]["total"] == "5730250.00"
    assert data["totals_tenge"]["claimed"] == "7500000.00"


def test_budget_json_and_pdf(run, case_id: int, tmp_path: Path) -> None:
    out = tmp_path / "budget.pdf"
    result = run("budget", str(case_id), "--format", "json", "-o", str(out))
    assert result.code == 0, result.err
    data = result.json()
    assert data["surplus"] == "-35000.00" and data["deficit"] is True
    assert data["income_per_person"] == "55000.00" and data["below_subsistence_minimum"] is False
    text = PdfReader(out).pages[0].extract_text()
    assert "Тапшылық" in text  # the debtor's language (kk) by default


def test_bankruptcy_check_json_says_it_is_a_screen(run, case_id: int) -> None:
    result = run("bankruptcy-check", str(case_id), "--format", "json", "--lang", "en")
    assert result.code == 0, result.err
    data = result.json()
    assert data["screen_not_advice"] is True and "not legal advice" in data["disclaimer"]
    assert data["limit_tenge"] == "6920000.00"
    # 7 500 000 ₸ owed (over 1 600 MRP), a home, no payment since 2009, a deficit.
    assert data["may_fit"] == ["court"]
    first = data["procedures"][0]["conditions"][0]
    assert first["key"] == "debt_within_limit" and first["status"] == "not_met"


def test_debt_text_and_pdf(run, case_id: int, tmp_path: Path) -> None:
    out = tmp_path / "debt.pdf"
    result = run("debt", str(case_id), "--lang", "ru", "-o", str(out))
    assert result.code == 0, result.err
    out_text = result.out.replace("\xa0", " ")
    assert "ИП-2008/15" in out_text and "7 500 000,00 ₸" in out_text
    assert "История долга" in PdfReader(out).pages[0].extract_text()  # --lang wins


def test_a_missing_rate_is_one_line(run, case_id: int, db: Database) -> None:
    from debtdesk.services import loans

    with db.session() as s:
        loans.add_payment(s, 1, {"date": "2013-05-10", "amount": "100"})
    result = run("debt", str(case_id))
    assert result.code == 1
    assert result.err.startswith("debtdesk: error: exchange_rate: no USD rate for 2013-05-10")
