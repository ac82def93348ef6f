"""The debt-history and budget PDFs: their text (pypdf) holds the figures and Kazakh letters."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader

from debtdesk.db import Database
from debtdesk.finance.case import budget_report, debt_report
from debtdesk.finance.pdf import budget_pdf, debt_history_pdf
from tests.core.finance.conftest import usd_case


def _text(pdf: bytes) -> str:
    reader = PdfReader(io.BytesIO(pdf))
    return "\n".join(page.extract_text() for page in reader.pages).replace("\xa0", " ")


@pytest.fixture
def reports(sqlite_db: Database, today):
    case = usd_case(sqlite_db)
    with sqlite_db.session() as s:
        who, debt = debt_report(s, case.debtor_id)
        _who, budget = budget_report(s, case.debtor_id)
    return who, debt, budget


def test_debt_history_in_kazakh_has_the_figures(reports) -> None:
    who, debt, _budget = reports
    pdf = debt_history_pdf(who, debt, "kk", invariant=True)
    text = _text(pdf)
    assert "Қарыздың тарихы" in text and "Құрманғазы Айгүл Серікқызы" in text
    for figure in ("1 200 000,00 ₸", "210 250,00 ₸", "7 500 000,00 ₸", "5 730 250,00 ₸"):
        assert figure in text
    assert "6,25 есе" in text  # claimed ÷ borrowed in tenge
    assert "Талап етілуде" in text and "Алынғаны" in text  # the chart's direct labels too
    assert b"DejaVu" in pdf  # the font is embedded, not a built-in one


@pytest.mark.parametrize(
    ("lang", "words"),
    [("ru", ("История долга", "в 6,25 раза")), ("en", ("Debt history", "6.25 times"))],
)
def test_debt_history_in_russian_and_english(reports, lang: str, words: tuple[str, ...]) -> None:
    who, debt, _budget = reports
    text = _text(debt_history_pdf(who, debt, lang))
    for w in words:
        assert w in text


def test_budget_statement_shows_the_deficit(reports) -> None:
    who, _debt, budget = reports
    text = _text(budget_pdf(who, budget, "ru"))
    assert "Сведения о доходах и расходах семьи" in text
    assert "220 000,00 ₸" in text and "255 000,00 ₸" in text and "35 000,00 ₸" in text
    assert "Дефицит" in text and "55 000,00 ₸" in text and "50 851,00 ₸" in text
    kk = _text(budget_pdf(who, budget, "kk"))
    assert "Тапшылық" in kk and "Құрманғазы" in kk
