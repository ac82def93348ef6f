"""Dates and money on the screens follow the interface language (issue 9).

The register and the Loans tab are read on a real database in Russian and in
English; the English money is compared with babel's own output for the value,
so the test states the rule (the locale's format, tenge as ₸) rather than a
copy of what the code happened to print. A Russian-typed amount is saved and
read back from the database.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from decimal import Decimal

import pytest
from babel.numbers import format_currency
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit
from sqlalchemy import select

from debtdesk import i18n
from debtdesk.db import Database
from debtdesk.model import Loan
from tests.ui.conftest import HEARING_CASE, UI_TODAY, fill_register
from ui.case_file.loans_tab import LoansTab
from ui.models.case_table_model import CaseTableModel, Column
from ui.widgets.date_field import DateField

HEARING = "09.12.2026"  # UI_TODAY + 9 days, the sample register's hearing
AMOUNT = Decimal("1234567.89")
DATE, BORROWED = 2, 3  # columns of the Loans tab's loan table


@pytest.fixture
def language() -> Iterator[object]:
    """Sets the interface language for one test and restores it after."""
    before = i18n.current_language()

    def choose(lang: str) -> None:
        i18n.set_language(lang)

    try:
        yield choose
    finally:
        i18n.set_language(before)


def _type(widget: QLineEdit, text: str) -> None:
    # keyClicks with Cyrillic or no-break spaces aborts offscreen Qt: one event carries it.
    QApplication.sendEvent(
        widget, QKeyEvent(QEvent.Type.KeyPress, 0, Qt.KeyboardModifier.NoModifier, text)
    )


def _loan_tab(qtbot, db: Database, principal: str) -> LoansTab:
    case_id = fill_register(db)[HEARING_CASE]
    tab = LoansTab(db, case_id)
    qtbot.addWidget(tab)
    dialog = tab.loan_dialog()
    _type(dialog.findChild(QLineEdit, "principalEdit"), principal)
    dialog.findChild(QLineEdit, "contract_dateEdit").setText("15.03.2008")
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted, dialog.messages()
    tab.reload()
    return tab


def test_the_register_shows_dates_as_the_language_writes_them(ui_db, language) -> None:
    language("ru")
    model = CaseTableModel(ui_db)
    model.set_query("иванова")
    assert model.index(0, Column.NEXT_HEARING).data() == HEARING
    language("en")
    assert model.index(0, Column.NEXT_HEARING).data() == "9 Dec 2026"
    language("kk")
    assert model.index(0, Column.NEXT_HEARING).data() == HEARING


def test_a_russian_loan_reads_in_russian_money(qtbot, db, fixed_today, language) -> None:
    language("ru")
    tab = _loan_tab(qtbot, db, "1 234 567,89")
    assert tab.figure("borrowed") == "1\xa0234\xa0567,89\xa0₸"
    assert tab.loans_model.index(0, DATE).data() == "15.03.2008"
    assert tab.loans_model.index(0, BORROWED).data() == "1\xa0234\xa0567,89\xa0₸"
    # Opened again for editing, the field holds the amount as Russian writes it.
    edit = tab.loan_dialog(tab.loans_model.row(0)).findChild(QLineEdit, "principalEdit")
    assert edit.text() == "1\xa0234\xa0567,89"


def test_an_english_loan_reads_in_babels_english_money(qtbot, db, fixed_today, language) -> None:
    language("en")
    tab = _loan_tab(qtbot, db, "1,234,567.89")
    expected = format_currency(AMOUNT, "KZT", locale="en").replace("KZT", "₸")
    assert expected == "₸1,234,567.89"  # babel's en, tenge sign in place of the code
    assert tab.figure("borrowed") == expected
    assert tab.loans_model.index(0, DATE).data() == "15 Mar 2008"
    assert tab.loans_model.index(0, BORROWED).data() == expected
    assert tab.loans_model.row(0).principal == AMOUNT


def test_an_amount_typed_in_russian_is_saved_as_its_decimal(
    qtbot, db, fixed_today, language
) -> None:
    language("ru")
    _loan_tab(qtbot, db, "1 234,50")
    with db.session() as s:
        assert s.scalars(select(Loan.principal)).all() == [Decimal("1234.50")]


def test_an_amount_russian_cannot_read_is_refused_beside_its_field(
    qtbot, db, fixed_today, language
) -> None:
    language("ru")
    case_id = fill_register(db)[HEARING_CASE]
    tab = LoansTab(db, case_id)
    qtbot.addWidget(tab)
    dialog = tab.loan_dialog()
    _type(dialog.findChild(QLineEdit, "principalEdit"), "1,234.50")
    dialog.accept()
    assert dialog.result() != dialog.DialogCode.Accepted
    assert "principal" in dialog.messages()
    with db.session() as s:
        assert s.scalars(select(Loan)).all() == []


def test_a_typed_date_is_shown_back_in_the_language_and_read_again(qtbot, language) -> None:
    language("en")
    field = DateField()
    qtbot.addWidget(field)
    field.setText("151226")
    field.tidy()
    assert field.text() == "15 Dec 2026"
    assert field.day() == date(2026, 12, 15)  # what it shows reads back
    assert field.hint() == "Tuesday"
    language("ru")
    field.setText("2026-12-15")
    field.tidy()
    assert field.text() == "15.12.2026"
    assert field.hint() == "вторник"
    assert UI_TODAY.year == 2026
