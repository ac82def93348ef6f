"""Debt growth on the Loans & debt tab and the budget summary, on real databases.

The case is the core's hand-computed USD loan (``tests.core.finance.conftest``):
10 000 USD borrowed in January 2008 at 120 ₸ (1 200 000 ₸), 1 500 USD paid
across the 2009 devaluation (210 250 ₸), 15 000 USD claimed in November 2026 at
500 ₸ (7 500 000 ₸), of which penalties 2 500 and fees 500; a household of four
with 220 000 ₸ in and 255 000 ₸ out a month.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QLabel

from debtdesk.finance import case
from debtdesk.formats import format_money
from debtdesk.services import debtors, loans
from tests.core.finance.conftest import usd_case
from ui.case_file.budget_summary import BudgetSummary
from ui.case_file.finance_panel import times
from ui.case_file.household_panel import HouseholdPanel
from ui.case_file.loans_tab import LoansTab
from ui.widgets.debt_chart import DebtChart


def _text(widget, name: str) -> str:
    found = widget.findChild(QLabel, name)
    assert found is not None, name
    return found.text()


def _growth(db, debtor_id):
    with db.session() as s:
        return case.debt_report(s, debtor_id)[1].loans[0]


def test_the_loans_tab_shows_the_core_ratios_and_the_devaluation_apart(qtbot, db, today):
    money = usd_case(db)
    tab = LoansTab(db, money.debtor_id)
    qtbot.addWidget(tab)
    panel = tab.finance
    g = _growth(db, money.debtor_id)

    # The core's figures, formatted the panel's way, and the hand-computed answers.
    assert _text(panel, "ratio_claimed_to_borrowed") == times(g.claimed_to_borrowed) == "1.50×"
    assert _text(panel, "ratio_claimed_to_borrowed_tenge") == "6.25×"
    assert _text(panel, "ratio_paid_and_claimed_to_borrowed") == "1.65×"
    assert _text(panel, "ratio_paid_and_claimed_to_borrowed_tenge") == times(
        g.paid_and_claimed_to_borrowed_tenge
    )
    assert _text(panel, "ratio_penalties_and_fees_share") == "20.0\xa0%"
    assert _text(panel, "tenge_borrowed") == format_money(Decimal("1200000"))
    assert _text(panel, "tenge_paid") == format_money(Decimal("210250"))
    assert _text(panel, "tenge_claimed") == format_money(Decimal("7500000"))
    assert _text(panel, "loan_claimed") == format_money(Decimal("15000"), "USD")
    # Devaluation: 210 250 − 1 500 × 120 on payments, 7 500 000 − 15 000 × 120 on the claim.
    assert _text(panel, "devaluation_on_payments") == format_money(Decimal("30250"))
    assert _text(panel, "devaluation_on_claim") == format_money(Decimal("5700000"))
    assert _text(panel, "devaluation_total") == format_money(g.devaluation.total)
    assert "6.43×" in panel.headline.text()
    # The schedule: instalments of the 120-month annuity, against 1 500 USD paid.
    s = g.schedule
    assert _text(panel, "schedule_instalment") == format_money(s.level_payment, "USD")
    assert _text(panel, "schedule_behind") == format_money(s.behind, "USD")
    assert not panel.problem.isVisibleTo(panel)
    assert [line.key for line in panel.chart.lines()] == [
        "line_borrowed",
        "line_paid",
        "line_claimed",
    ]


def test_a_missing_rate_shows_the_core_message_instead_of_figures(qtbot, db, today):
    with db.session() as s:
        d = debtors.create_debtor(s, {"full_name": "Без Курса", "language": "ru"})
        loans.create_loan(
            s,
            d.id,
            {"contract_date": "2010-06-01", "currency": "USD", "principal": "5000"},
        )
        debtor_id = d.id
    tab = LoansTab(db, debtor_id)
    qtbot.addWidget(tab)
    panel = tab.finance
    assert panel.problem.isVisibleTo(panel)
    assert "no USD rate for 2010-06-01" in panel.problem.text()
    assert not panel.details.isVisibleTo(panel)
    assert not panel.pdf_button.isEnabled()


def _ink_pixels(image: QImage, background: QColor) -> int:
    image = image.convertToFormat(QImage.Format.Format_RGB32)
    back = background.rgb()
    return sum(
        1
        for y in range(0, image.height(), 2)
        for x in range(0, image.width(), 2)
        if image.pixel(x, y) != back
    )


@pytest.mark.parametrize("size", [QSize(260, 160), QSize(440, 230), QSize(1000, 560)])
def test_the_chart_paints_lines_at_several_sizes(qtbot, db, today, size):
    money = usd_case(db)
    chart = DebtChart()
    qtbot.addWidget(chart)
    chart.resize(size)
    background = chart.palette().color(QPalette.ColorRole.Base)
    blank = _ink_pixels(chart.grab().toImage(), background)  # the "nothing yet" text only
    chart.set_growth(_growth(db, money.debtor_id))
    drawn = _ink_pixels(chart.grab().toImage(), background)
    sampled = (size.width() // 2) * (size.height() // 2)
    assert drawn > blank and drawn > sampled // 50, (drawn, blank, sampled)


def test_the_debt_history_pdf_is_in_the_debtors_language_with_the_name(qtbot, db, today, tmp_path):
    money = usd_case(db)
    tab = LoansTab(db, money.debtor_id)
    qtbot.addWidget(tab)
    assert tab.finance.language.currentData() == "kk"  # the debtor's language
    saved = tab.finance.save_debt_history(tmp_path / "history.pdf")
    assert saved == tmp_path / "history.pdf"
    text = "".join(page.extract_text() for page in PdfReader(saved).pages)
    assert "Құрманғазы Айгүл" in text
    assert "Қарыздың тарихы" in text  # the Kazakh title


def test_the_budget_summary_shows_the_deficit_and_saves_the_statement(qtbot, db, today, tmp_path):
    money = usd_case(db)
    panel = HouseholdPanel(db, money.debtor_id)
    qtbot.addWidget(panel)
    panel.reload()
    summary = panel.findChild(BudgetSummary)
    assert summary is not None
    assert summary.captions["surplus"].text() == "Deficit"
    assert summary.values["surplus"].text() == "−" + format_money(Decimal("35000"))
    assert summary.values["income"].text() == format_money(Decimal("220000"))
    assert summary.values["expenses"].text() == format_money(Decimal("255000"))
    assert summary.values["per_person"].text() == format_money(Decimal("55000"))
    assert summary.values["minimum"].text() == format_money(Decimal("50851"))
    assert "Deficit" in summary.verdict.text()

    saved = summary.save_statement(tmp_path / "budget.pdf")
    text = "".join(page.extract_text() for page in PdfReader(saved).pages)
    assert "Құрманғазы Айгүл" in text


def test_the_bankruptcy_screen_lists_each_condition_and_says_it_is_not_advice(qtbot, db, today):
    money = usd_case(db)
    summary = BudgetSummary(db, money.debtor_id)
    qtbot.addWidget(summary)
    summary.reload()
    assert "a screen, not advice" in summary.screen_box.title()
    lines = summary.conditions()
    assert len(lines) == 9  # three conditions for each of the three procedures
    # 7 500 000 ₸ is over 1 600 × 4 325 = 6 920 000 ₸: out-of-court is closed.
    debt_line = next(line for line in lines if "1,600 MRP" in line and "at most" in line)
    assert debt_line.startswith("✗") and debt_line.endswith("(not met)")
    assert "may fit" in _text(summary, "procedure_court")
    assert "does not fit" in _text(summary, "procedure_out_of_court")
    assert "not legal advice" in _text(summary, "screenDisclaimer")
