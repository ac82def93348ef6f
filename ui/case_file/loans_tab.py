"""The Loans & debt tab: the case's loans, their payments and debt statements, and
the money figures (borrowed, paid, claimed now).

Every change goes through a dialog that saves at once (one action each), so the
tab never holds unsaved edits. The money panel is deliberately plain: a later
finance issue adds ratios and a chart to ``finance_area``, below the figures.
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCompleter,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ui.case_file.finance_panel import FinancePanel
from ui.case_file.form_dialog import FormDialog
from ui.case_file.labels import schedule_kinds
from ui.case_file.record_tab import RecordTab, button_row, heading
from ui.case_file.table import Column, RowsModel, make_view, select_where, selected_row
from ui.formatting import amount_text, format_day, format_money
from ui.operations import loans as ops

if TYPE_CHECKING:
    from debtdesk.db.database import Database

CURRENCIES = ("KZT", "USD", "EUR", "RUB")


class LoansTab(RecordTab):
    """Loans, payments and debt statements of one case, with the money figures."""

    NAME = "loans"

    def __init__(self, db: Database, case_id: int, parent: QWidget | None = None) -> None:
        super().__init__(db, case_id, parent)
        self.view_data: ops.LoansView | None = None
        tr = self.tr

        self.loans_model: RowsModel[ops.LoanRow] = RowsModel(
            [
                Column(tr("Creditor"), lambda r: r.creditor or ""),
                Column(tr("Contract"), lambda r: r.contract_no or ""),
                Column(tr("Date"), lambda r: format_day(r.contract_date)),
                Column(tr("Borrowed"), lambda r: format_money(r.principal, r.currency), right=True),
                Column(tr("Rate, %"), lambda r: _rate(r.rate), right=True),
                Column(tr("Term, months"), lambda r: _int(r.term_months), right=True),
                Column(tr("Paid"), lambda r: format_money(r.paid, r.currency), right=True),
                Column(
                    tr("Claimed now"),
                    lambda r: format_money(r.claimed, r.claimed_currency),
                    tooltip=lambda r: (
                        tr("Newest debt statement, {day}").format(day=format_day(r.claimed_as_of))
                        if r.claimed_as_of
                        else tr("No debt statement yet")
                    ),
                    right=True,
                ),
            ],
            self,
        )
        self.loans_view = make_view(self.loans_model, "loansTable", stretch=0)
        self.loans_view.doubleClicked.connect(lambda _i: self.edit_loan())
        self.loans_view.selectionModel().selectionChanged.connect(lambda *_: self._show_loan())

        self.payments_model: RowsModel[ops.PaymentRow] = RowsModel(
            [
                Column(tr("Date"), lambda r: format_day(r.date)),
                Column(tr("Amount"), lambda r: format_money(r.amount, r.currency), right=True),
            ],
            self,
        )
        self.payments_view = make_view(self.payments_model, "paymentsTable")
        self.statements_model: RowsModel[ops.StatementRow] = RowsModel(
            [
                Column(tr("As of"), lambda r: format_day(r.as_of)),
                Column(tr("Principal"), lambda r: format_money(r.principal), right=True),
                Column(tr("Interest"), lambda r: format_money(r.interest), right=True),
                Column(tr("Penalties"), lambda r: format_money(r.penalties), right=True),
                Column(tr("Fees"), lambda r: format_money(r.fees), right=True),
                Column(
                    tr("Total"),
                    lambda r: format_money(r.total, r.currency),
                    bold=lambda r: True,
                    right=True,
                ),
                Column(tr("Source"), lambda r: r.source or ""),
            ],
            self,
        )
        self.statements_view = make_view(self.statements_model, "statementsTable", stretch=6)

        self.add_loan_button = self.button(tr("Add loan…"), "addLoan", self.add_loan)
        self.edit_loan_button = self.button(tr("Edit…"), "editLoan", self.edit_loan)
        self.delete_loan_button = self.button(tr("Delete"), "deleteLoan", self.delete_loan)
        self.add_payment_button = self.button(tr("Add payment…"), "addPayment", self.add_payment)
        self.delete_payment_button = self.button(tr("Delete"), "deletePayment", self.delete_payment)
        self.add_statement_button = self.button(
            tr("Add statement…"), "addStatement", self.add_statement
        )
        self.delete_statement_button = self.button(
            tr("Delete"), "deleteStatement", self.delete_statement
        )
        self.empty_hint = QLabel(tr("No loans recorded yet. Add the loan contract first."))
        self.empty_hint.setObjectName("emptyHint")
        self.empty_hint.setEnabled(False)

        loans_box = QWidget()
        loans_layout = QVBoxLayout(loans_box)
        loans_layout.setContentsMargins(0, 0, 0, 0)
        loans_layout.addLayout(
            button_row(self.add_loan_button, self.edit_loan_button, self.delete_loan_button)
        )
        loans_layout.addWidget(self.loans_view, 1)
        loans_layout.addWidget(self.empty_hint)

        self.detail_heading = heading("")
        payments_box = QWidget()
        payments_layout = QVBoxLayout(payments_box)
        payments_layout.setContentsMargins(0, 0, 0, 0)
        payments_layout.addWidget(heading(tr("Payments")))
        payments_layout.addWidget(self.payments_view, 1)
        payments_layout.addLayout(button_row(self.add_payment_button, self.delete_payment_button))
        statements_box = QWidget()
        statements_layout = QVBoxLayout(statements_box)
        statements_layout.setContentsMargins(0, 0, 0, 0)
        statements_layout.addWidget(heading(tr("Debt statements (what the bank or court claims)")))
        statements_layout.addWidget(self.statements_view, 1)
        statements_layout.addLayout(
            button_row(self.add_statement_button, self.delete_statement_button)
        )
        details = QSplitter(Qt.Orientation.Horizontal)
        details.addWidget(payments_box)
        details.addWidget(statements_box)
        details.setStretchFactor(0, 2)
        details.setStretchFactor(1, 5)
        details.setChildrenCollapsible(False)
        detail_box = QWidget()
        detail_layout = QVBoxLayout(detail_box)
        detail_layout.setContentsMargins(0, 0, 0, 0)
        detail_layout.addWidget(self.detail_heading)
        detail_layout.addWidget(details, 1)

        left = QSplitter(Qt.Orientation.Vertical)
        left.addWidget(loans_box)
        left.addWidget(detail_box)
        left.setChildrenCollapsible(False)
        left.setStretchFactor(0, 2)
        left.setStretchFactor(1, 3)

        layout = QHBoxLayout(self)
        layout.addWidget(left, 1)
        layout.addWidget(self._money_panel())
        self.reload()

    # --- CaseTab ---------------------------------------------------------------------

    def title(self) -> str:
        return self.tr("Loans && debt")

    def reload(self) -> None:
        keep = selected_row(self.loans_view)
        self.view_data = ops.loans_of(self.db, self.case_id)
        self.loans_model.set_rows(self.view_data.loans)
        self.empty_hint.setVisible(not self.view_data.loans)
        kept = keep is not None and select_where(self.loans_view, lambda r: r.id == keep.id)
        if not kept and self.view_data.loans:
            self.loans_view.selectRow(0)
        self._show_loan()
        self._show_figures()
        self.finance.reload()

    # --- the money panel ---------------------------------------------------------------

    def _money_panel(self) -> QWidget:
        box = QGroupBox(self.tr("Money"))
        box.setObjectName("moneyPanel")
        box.setMinimumWidth(240)
        box.setMaximumWidth(460)
        layout = QVBoxLayout(box)
        self.figures_form = QFormLayout()
        self.figures_form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
        layout.addLayout(self.figures_form)
        # Ratios and the debt-growth chart of the finance issue go here.
        self.finance_area = QVBoxLayout()
        self.finance_area.setObjectName("financeArea")
        self.finance = FinancePanel(self.db, self.case_id)
        self.finance_area.addWidget(self.finance)
        layout.addLayout(self.finance_area, 1)
        return box

    def _show_figures(self) -> None:
        while self.figures_form.rowCount():
            self.figures_form.removeRow(0)
        figures = self.view_data.figures if self.view_data else ()
        if not figures:
            none = QLabel(self.tr("No loans yet."))
            none.setEnabled(False)
            self.figures_form.addRow(none)
        for money in figures:
            if len(figures) > 1:
                self.figures_form.addRow(heading(money.currency))
            for key, caption, amount in (
                ("borrowed", self.tr("Borrowed"), money.borrowed),
                ("paid", self.tr("Paid"), money.paid),
                ("claimed", self.tr("Claimed now"), money.claimed),
            ):
                shown = "—" if amount is None else format_money(amount, money.currency)
                value = QLabel(shown)
                value.setObjectName(f"figure_{key}_{money.currency}")
                value.setAlignment(Qt.AlignmentFlag.AlignRight)
                value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                if key == "claimed":
                    font = value.font()
                    font.setBold(True)
                    value.setFont(font)
                self.figures_form.addRow(caption, value)
        without = self.view_data.loans_without_statement if self.view_data else 0
        if without:
            hint = QLabel(self.tr("%n loan(s) without a debt statement", "", without))
            hint.setObjectName("withoutStatement")
            hint.setWordWrap(True)
            hint.setEnabled(False)
            self.figures_form.addRow(hint)

    def figure(self, key: str, currency: str = "KZT") -> str:
        """The text shown for ``borrowed``, ``paid`` or ``claimed``; for tests."""
        found = self.findChild(QLabel, f"figure_{key}_{currency}")
        return found.text() if found is not None else ""

    # --- loans ---------------------------------------------------------------------------

    def current_loan(self) -> ops.LoanRow | None:
        return selected_row(self.loans_view)

    def loan_dialog(self, loan: ops.LoanRow | None = None) -> FormDialog:
        """The add/edit form of a loan (not yet shown): tests fill it and press Save."""
        case_id = self.case_id
        loan_id = loan.id if loan else None

        def submit(values: dict[str, Any], version: int | None) -> int:
            return ops.save_loan(self.db, case_id, loan_id, values, version)

        title = self.tr("Edit loan") if loan else self.tr("Add loan")
        dialog = FormDialog(self, title, submit, loan.version if loan else None, "loanDialog")
        creditor = dialog.add_line("creditor", self.tr("Creditor:"), loan.creditor if loan else "")
        completer = QCompleter(ops.creditor_names(self.db), creditor)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        creditor.setCompleter(completer)
        dialog.add_line("contract_no", self.tr("Contract no.:"), loan.contract_no if loan else "")
        dialog.add_date(
            "contract_date", self.tr("Contract date:"), loan.contract_date if loan else None
        )
        currency = dialog.add_choice(
            "currency",
            self.tr("Currency:"),
            [(c, c) for c in CURRENCIES],
            loan.currency if loan else "KZT",
        )
        if loan and loan.currency not in CURRENCIES:
            currency.addItem(loan.currency, loan.currency)
            currency.setCurrentIndex(currency.count() - 1)
        dialog.add_amount(
            "principal",
            self.tr("Amount borrowed:"),
            loan.principal if loan else None,
            amount_text(Decimal("1234567.89")),
        )
        rate = loan.rate.normalize() if loan and loan.rate is not None else None
        dialog.add_amount("rate", self.tr("Annual rate, %:"), rate)
        dialog.add_line(
            "term_months", self.tr("Term, months:"), _int(loan.term_months) if loan else ""
        )
        dialog.add_choice(
            "schedule_kind",
            self.tr("Schedule:"),
            list(schedule_kinds().items()),
            loan.schedule_kind if loan else "annuity",
        )
        dialog.add_text("collateral", self.tr("Collateral:"), loan.collateral if loan else "")
        return dialog

    def add_loan(self) -> None:
        self.run_dialog(self.loan_dialog())

    def edit_loan(self) -> None:
        loan = self.current_loan()
        if loan is not None:
            self.run_dialog(self.loan_dialog(loan))

    def delete_loan(self) -> None:
        loan = self.current_loan()
        if loan is None or not self.confirm(
            self.tr("Delete loan"),
            self.tr("Delete the loan {no} with its payments and debt statements?").format(
                no=loan.contract_no or loan.creditor or ""
            ),
        ):
            return
        self.act(lambda version: ops.delete_loan(self.db, loan.id, version), loan.version)

    # --- payments and statements ----------------------------------------------------------

    def _show_loan(self) -> None:
        loan = self.current_loan()
        data = self.view_data
        payments = [p for p in data.payments if loan and p.loan_id == loan.id] if data else []
        statements = [s for s in data.statements if loan and s.loan_id == loan.id] if data else []
        self.payments_model.set_rows(payments)
        self.finance.show_loan(loan.id if loan else None)
        self.statements_model.set_rows(statements)
        if loan is None:
            self.detail_heading.setText(self.tr("Select a loan to see its payments and statements"))
        else:
            self.detail_heading.setText(
                self.tr("Loan {no} — {creditor}").format(
                    no=loan.contract_no or "—",
                    creditor=loan.creditor or self.tr("creditor unknown"),
                )
            )
        for button in (
            self.edit_loan_button,
            self.delete_loan_button,
            self.add_payment_button,
            self.add_statement_button,
        ):
            button.setEnabled(loan is not None)
        self.delete_payment_button.setEnabled(bool(payments))
        self.delete_statement_button.setEnabled(bool(statements))

    def payment_dialog(self) -> FormDialog | None:
        loan = self.current_loan()
        if loan is None:
            return None

        def submit(values: dict[str, Any], _version: int | None) -> int:
            return ops.add_payment(self.db, loan.id, values)

        dialog = FormDialog(self, self.tr("Add payment"), submit, name="paymentDialog")
        dialog.add_date("date", self.tr("Date paid:"))
        dialog.add_amount("amount", self.tr("Amount:"))
        self._currency(dialog, loan.currency)
        return dialog

    def _currency(self, dialog: FormDialog, default: str) -> None:
        """A currency choice, the loan's first: banks often take and claim tenge for a
        dollar loan."""
        options = [(c, c) for c in dict.fromkeys((default, *CURRENCIES))]
        dialog.add_choice("currency", self.tr("Currency:"), options, default)

    def statement_dialog(self) -> FormDialog | None:
        loan = self.current_loan()
        if loan is None:
            return None

        def submit(values: dict[str, Any], _version: int | None) -> int:
            return ops.add_statement(self.db, loan.id, values)

        dialog = FormDialog(self, self.tr("Add debt statement"), submit, name="statementDialog")
        dialog.add_date("as_of", self.tr("As of:"))
        self._currency(dialog, loan.currency)
        for field, caption in (
            ("principal", self.tr("Principal:")),
            ("interest", self.tr("Interest:")),
            ("penalties", self.tr("Penalties:")),
            ("fees", self.tr("Fees:")),
        ):
            dialog.add_amount(field, caption, None, "0")
        dialog.add_line(
            "source", self.tr("Source:"), "", self.tr("bank's letter of …, court claim …")
        )
        return dialog

    def add_payment(self) -> None:
        dialog = self.payment_dialog()
        if dialog is not None:
            self.run_dialog(dialog)

    def add_statement(self) -> None:
        dialog = self.statement_dialog()
        if dialog is not None:
            self.run_dialog(dialog)

    def delete_payment(self) -> None:
        payment = selected_row(self.payments_view) or _last(self.payments_model)
        if payment is not None and self.confirm(
            self.tr("Delete payment"),
            self.tr("Delete the payment of {amount} on {day}?").format(
                amount=format_money(payment.amount, payment.currency), day=format_day(payment.date)
            ),
        ):
            self.act(lambda _v: ops.delete_payment(self.db, payment.id))

    def delete_statement(self) -> None:
        statement = selected_row(self.statements_view) or _last(self.statements_model)
        if statement is not None and self.confirm(
            self.tr("Delete debt statement"),
            self.tr("Delete the debt statement as of {day}?").format(
                day=format_day(statement.as_of)
            ),
        ):
            self.act(lambda _v: ops.delete_statement(self.db, statement.id))


def _last(model: RowsModel[Any]) -> Any | None:
    rows = model.rows()
    return rows[-1] if len(rows) == 1 else None


def _rate(rate: Decimal | None) -> str:
    return "" if rate is None else amount_text(rate.normalize())


def _int(value: int | None) -> str:
    return "" if value is None else str(value)
