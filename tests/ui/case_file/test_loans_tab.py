"""The Loans & debt tab on a real database: loans, payments, statements and figures."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtWidgets import QComboBox, QLineEdit
from sqlalchemy import func, select

from debtdesk.model import Creditor, DebtStatement, Loan, Payment
from tests.ui.conftest import HEARING_CASE, fill_register
from ui.case_file.loans_tab import LoansTab
from ui.case_file.table import selected_row


def _case(db):
    return fill_register(db)[HEARING_CASE]


def _fill(dialog, **values):
    for field, text in values.items():
        editor = dialog.findChild(QLineEdit, f"{field}Edit")
        assert editor is not None, field
        editor.setText(text)


def test_a_loan_added_through_the_form_is_listed_with_its_figures(qtbot, db, fixed_today):
    case_id = _case(db)
    tab = LoansTab(db, case_id)
    qtbot.addWidget(tab)
    assert tab.loans_model.rowCount() == 0 and tab.empty_hint.isVisibleTo(tab)

    dialog = tab.loan_dialog()
    _fill(dialog, creditor="АО «Тест Банк»", contract_no="KZ-77", principal="12 500 000,50")
    dialog.findChild(QLineEdit, "contract_dateEdit").setText("14.03.2008")
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted, dialog.messages()
    tab.reload()

    assert tab.loans_model.rowCount() == 1
    loan = tab.loans_model.row(0)
    assert loan.creditor == "АО «Тест Банк»" and loan.principal == Decimal("12500000.50")
    assert loan.contract_date.isoformat() == "2008-03-14"
    assert tab.figure("borrowed") == "₸12,500,000.50"

    payment = tab.payment_dialog()
    payment.findChild(QLineEdit, "dateEdit").setText("01.02.2009")
    _fill(payment, amount="500000")
    payment.accept()
    statement = tab.statement_dialog()
    statement.findChild(QLineEdit, "as_ofEdit").setText("01.11.2026")
    _fill(statement, principal="11000000", interest="2 000 000", penalties="750000,25")
    statement.accept()
    tab.reload()

    assert [p.amount for p in tab.payments_model.rows()] == [Decimal("500000.00")]
    assert [s.total for s in tab.statements_model.rows()] == [Decimal("13750000.25")]
    assert tab.figure("paid") == "₸500,000.00"
    assert tab.figure("claimed") == "₸13,750,000.25"
    assert selected_row(tab.loans_view).id == loan.id


def test_a_bad_amount_shows_its_message_beside_the_field_and_saves_nothing(qtbot, db, fixed_today):
    case_id = _case(db)
    tab = LoansTab(db, case_id)
    qtbot.addWidget(tab)
    dialog = tab.loan_dialog()
    _fill(dialog, creditor="Новый Банк", principal="12,5,00")
    dialog.accept()

    assert dialog.result() != dialog.DialogCode.Accepted
    shown = dialog.messages()
    assert list(shown) == ["principal"] and "decimal separator" in shown["principal"]
    assert dialog.errors.label("principal").isVisibleTo(dialog)
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(Loan)) == 0
        # The creditor typed in the same form was not created either: one transaction.
        assert s.scalar(select(func.count()).select_from(Creditor)) == 0


def test_a_payment_before_the_contract_date_is_refused_beside_the_date(qtbot, db, fixed_today):
    case_id = _case(db)
    tab = LoansTab(db, case_id)
    qtbot.addWidget(tab)
    dialog = tab.loan_dialog()
    _fill(dialog, principal="1000")
    dialog.findChild(QLineEdit, "contract_dateEdit").setText("01.06.2010")
    dialog.accept()
    tab.reload()
    payment = tab.payment_dialog()
    payment.findChild(QLineEdit, "dateEdit").setText("31.05.2010")
    _fill(payment, amount="10")
    payment.accept()
    assert "before the loan contract date" in payment.messages()["date"]
    payment.findChild(QLineEdit, "dateEdit").setText("31.02.2010")
    payment.accept()
    assert "not a date" in payment.messages()["date"]
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(Payment)) == 0
        assert s.scalar(select(func.count()).select_from(DebtStatement)) == 0


def test_figures_keep_each_amount_in_its_own_currency(qtbot, db, fixed_today):
    """A dollar mortgage that the court now claims in tenge: never added up as one."""
    case_id = _case(db)
    tab = LoansTab(db, case_id)
    qtbot.addWidget(tab)
    dialog = tab.loan_dialog()
    _fill(dialog, principal="30000")
    dialog.findChild(QComboBox, "currencyEdit").setCurrentText("USD")
    dialog.accept()
    tab.reload()
    statement = tab.statement_dialog()
    statement.findChild(QLineEdit, "as_ofEdit").setText("17.03.2026")
    _fill(statement, principal="11707127,74", interest="8636904.24")
    statement.findChild(QComboBox, "currencyEdit").setCurrentText("KZT")
    statement.accept()
    assert statement.result() == statement.DialogCode.Accepted, statement.messages()
    tab.reload()
    assert tab.figure("borrowed", "USD") == "$30,000.00"
    assert tab.figure("claimed", "USD") == "—"
    assert tab.figure("claimed", "KZT") == "₸20,344,031.98"
    assert tab.loans_model.index(0, 7).data() == "₸20,344,031.98"
