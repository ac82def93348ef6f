"""Budget categories stored as the statement's keys ("salary") are shown by name, never raw.

The case is ``tests.core.finance.conftest.usd_case``: its budget lines carry
the keys salary, benefits, food, utilities, transport and other_debts, as
imported and demo lines do.
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit, QMessageBox
from sqlalchemy import select

from debtdesk import i18n
from debtdesk.finance.labels import CATEGORIES
from debtdesk.model import BudgetLine
from tests.core.finance.conftest import usd_case
from tests.ui.case_file.case_windows import click_standard, when_modal
from ui.case_file.household_panel import HouseholdPanel

KEYS = set(CATEGORIES["en"])


@pytest.fixture
def language() -> Iterator[None]:
    before = i18n.current_language()
    yield
    i18n.set_language(before)


def _categories(panel: HouseholdPanel) -> list[str]:
    model = panel.budget_model
    column = next(
        c
        for c in range(model.columnCount())
        if model.headerData(c, Qt.Orientation.Horizontal) == "Category"
    )
    return [model.index(r, column).data() for r in range(model.rowCount())]


@pytest.mark.parametrize(
    ("lang", "salary", "food"),
    [("en", "Wages", "Food"), ("ru", "Заработная плата", "Питание")],
)
def test_the_table_names_the_categories_in_the_language(
    qtbot, db, today, language, lang: str, salary: str, food: str
) -> None:
    i18n.set_language(lang)
    panel = HouseholdPanel(db, usd_case(db).debtor_id)
    qtbot.addWidget(panel)
    panel.reload()
    shown = _categories(panel)
    assert len(shown) == 6
    assert salary in shown and food in shown
    assert not KEYS & set(shown), shown


def test_editing_shows_the_name_and_keeps_the_key(qtbot, db, today, language) -> None:
    i18n.set_language("en")
    panel = HouseholdPanel(db, usd_case(db).debtor_id)
    qtbot.addWidget(panel)
    panel.reload()
    line = next(r for r in panel.budget_model.rows() if r.category == "salary")
    dialog = panel.budget_dialog(line)
    assert dialog.findChild(QComboBox, "categoryEdit").currentText() == "Wages"
    dialog.findChild(QLineEdit, "amountEdit").setText("190000")
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted, dialog.messages()
    with db.session() as s:
        stored = s.execute(
            select(BudgetLine.category, BudgetLine.amount).where(BudgetLine.id == line.id)
        ).one()
    assert tuple(stored) == ("salary", Decimal("190000.00"))  # not "Wages"


def test_deleting_asks_about_the_name(qtbot, db, today, language) -> None:
    i18n.set_language("en")
    panel = HouseholdPanel(db, usd_case(db).debtor_id)
    qtbot.addWidget(panel)
    panel.reload()
    row = next(i for i, r in enumerate(panel.budget_model.rows()) if r.category == "other_debts")
    panel.budget_view.selectRow(row)
    asked: list[str] = []

    def answer(box: QMessageBox) -> None:
        asked.append(box.text())
        click_standard(QMessageBox.StandardButton.No)(box)

    when_modal(answer)
    panel.delete_budget_line()
    assert asked == ["Delete “Payments on other debts”?"]
