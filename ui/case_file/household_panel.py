"""The household's monthly budget lines and its property, as lists on the person tab.

Each line or property is a small record of its own, saved the moment its
dialog's Save is pressed (through the shared ``FormDialog``, with the other
case tabs' look and conflict handling), so it never makes the person form dirty.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from debtdesk.errors import DebtdeskError
from debtdesk.finance.labels import category as category_name
from debtdesk.i18n import current_language
from ui.case_file.budget_summary import BudgetSummary
from ui.case_file.form_dialog import FormDialog
from ui.case_file.record_tab import button_row, heading
from ui.case_file.table import Column, RowsModel, make_view, selected_row
from ui.formatting import amount_text, format_money
from ui.operations import case_file as ops

if TYPE_CHECKING:
    from debtdesk.db.database import Database

_C = "HouseholdPanel"
# Offered first (free text is allowed): the usual lines of a household budget.
INCOME_CATEGORIES = (
    QT_TRANSLATE_NOOP(_C, "Salary"),
    QT_TRANSLATE_NOOP(_C, "Pension"),
    QT_TRANSLATE_NOOP(_C, "Benefits"),
    QT_TRANSLATE_NOOP(_C, "Child allowance"),
    QT_TRANSLATE_NOOP(_C, "Other income"),
)
EXPENSE_CATEGORIES = (
    QT_TRANSLATE_NOOP(_C, "Food"),
    QT_TRANSLATE_NOOP(_C, "Rent"),
    QT_TRANSLATE_NOOP(_C, "Utilities"),
    QT_TRANSLATE_NOOP(_C, "Transport"),
    QT_TRANSLATE_NOOP(_C, "Medicine"),
    QT_TRANSLATE_NOOP(_C, "Education"),
    QT_TRANSLATE_NOOP(_C, "Loan payments"),
    QT_TRANSLATE_NOOP(_C, "Other expenses"),
)


def _tr(text: str) -> str:
    return QCoreApplication.translate(_C, text)


def category_label(key: str) -> str:
    """A budget line's category as the advisor reads it, in the interface language.

    Imported and demo lines store the statement's keys ("salary"), which the
    income and expenditure PDF names in the debtor's language; a category typed
    by hand is shown as typed.
    """
    return category_name(key, current_language())


def budget_kinds() -> list[tuple[str, str]]:
    return [("income", _tr("Income")), ("expense", _tr("Expense"))]


def property_kinds() -> list[tuple[str, str]]:
    return [
        ("apartment", _tr("Apartment")),
        ("house", _tr("House")),
        ("land", _tr("Land")),
        ("other", _tr("Other")),
    ]


def budget_totals(rows: Sequence[ops.BudgetLineRow]) -> str:
    """Income, expenses and what is left each month, per currency."""
    lines = []
    for currency in sorted({r.currency for r in rows}) or ["KZT"]:
        mine = [r for r in rows if r.currency == currency]
        income = sum((r.amount for r in mine if r.kind == "income"), Decimal(0))
        spent = sum((r.amount for r in mine if r.kind == "expense"), Decimal(0))
        left = income - spent
        lines.append(
            _tr("Income {income} · expenses {spent} · left {left}").format(
                income=format_money(income, currency),
                spent=format_money(spent, currency),
                left=("−" if left < 0 else "") + format_money(abs(left), currency),
            )
        )
    return "\n".join(lines)


class HouseholdPanel(QWidget):
    """Budget lines (with monthly totals) beside the properties; Add / Edit / Delete each."""

    # A line or property was written: the window refreshes the header and timeline.
    changed = Signal()

    def __init__(self, db: Database, case_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.case_id = case_id
        kinds = dict(budget_kinds())
        self.budget_model: RowsModel[ops.BudgetLineRow] = RowsModel(
            [
                Column(_tr("Kind"), lambda r: kinds.get(r.kind, r.kind)),
                Column(_tr("Category"), lambda r: category_label(r.category)),
                Column(_tr("Monthly"), lambda r: format_money(r.amount, r.currency), right=True),
                Column(_tr("Note"), lambda r: r.note or ""),
            ],
            self,
        )
        self.budget_view = make_view(self.budget_model, "budgetView")
        self.budget_view.doubleClicked.connect(lambda _index: self.edit_budget_line())
        self.totals = QLabel()
        self.totals.setObjectName("budgetTotals")
        property_words = dict(property_kinds())
        self.property_model: RowsModel[ops.PropertyRow] = RowsModel(
            [
                Column(_tr("Address"), lambda r: r.address),
                Column(_tr("Kind"), lambda r: property_words.get(r.kind, r.kind)),
                Column(_tr("Area, m²"), lambda r: amount_text(r.area), right=True),
                Column(_tr("Residents"), lambda r: _count(r.residents), right=True),
                Column(_tr("Sole home"), lambda r: _tr("yes") if r.sole_home else _tr("no")),
            ],
            self,
        )
        self.property_view = make_view(self.property_model, "propertyView", stretch=0)
        self.property_view.doubleClicked.connect(lambda _index: self.edit_property())

        budget = QVBoxLayout()
        budget.addLayout(
            button_row(
                heading(self.tr("Monthly income and expenditure")),
                self._button(self.tr("Add line…"), "addBudgetLine", self.add_budget_line),
                self._button(self.tr("Edit…"), "editBudgetLine", self.edit_budget_line),
                self._button(self.tr("Delete"), "deleteBudgetLine", self.delete_budget_line),
                stretch_at=0,
            )
        )
        budget.addWidget(self.budget_view, 1)
        budget.addWidget(self.totals)
        homes = QVBoxLayout()
        homes.addLayout(
            button_row(
                heading(self.tr("Property")),
                self._button(self.tr("Add…"), "addProperty", self.add_property),
                self._button(self.tr("Edit…"), "editProperty", self.edit_property),
                self._button(self.tr("Delete"), "deleteProperty", self.delete_property),
                stretch_at=0,
            )
        )
        homes.addWidget(self.property_view, 1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(16)
        layout.addLayout(budget, 3)
        self.summary = BudgetSummary(db, case_id, self)
        layout.addWidget(self.summary, 2)
        layout.addLayout(homes, 2)

    def _button(self, text: str, name: str, slot: Any) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.clicked.connect(lambda _checked=False: slot())
        return button

    def reload(self) -> None:
        self.show_household(ops.household_of(self.db, self.case_id))

    def show_household(self, household: ops.Household) -> None:
        self.budget_model.set_rows(household.budget_lines)
        self.totals.setText(budget_totals(household.budget_lines))
        self.property_model.set_rows(household.properties)
        self.summary.reload()

    # --- Budget lines ------------------------------------------------------------------

    def budget_dialog(self, line: ops.BudgetLineRow | None) -> FormDialog:
        """The dialog for a new line (``None``) or for changing ``line``; not yet shown."""

        def submit(values: dict[str, Any], version: int | None) -> None:
            typed = ops.BudgetLineValues(**values)
            if line is None:
                ops.add_budget_line(self.db, self.case_id, typed)
            else:
                ops.update_budget_line(self.db, line.id, typed, version)

        title = self.tr("Budget line") if line else self.tr("New budget line")
        dialog = FormDialog(self, title, submit, line.version if line else None, "budgetDialog")
        kind = dialog.add_choice("kind", self.tr("Kind"), budget_kinds(), line and line.kind)
        category = QComboBox()
        category.setEditable(True)
        shown = category_label(line.category) if line else ""

        def category_value() -> str:
            # A named category left as shown keeps its key (the PDF names it per language).
            text = category.currentText()
            return line.category if line is not None and text == shown else text

        dialog.add("category", self.tr("Category"), category, category_value)

        def offer() -> None:
            typed = category.currentText()
            names = INCOME_CATEGORIES if kind.currentData() == "income" else EXPENSE_CATEGORIES
            category.clear()
            category.addItems([_tr(n) for n in names])
            category.setCurrentText(typed)

        kind.currentIndexChanged.connect(offer)
        offer()
        category.setCurrentText(shown)
        dialog.add_amount(
            "amount",
            self.tr("Monthly amount"),
            line.amount if line else None,
            self.tr("e.g. {amount}").format(amount=amount_text(Decimal("150000.50"))),
        )
        dialog.add_line("currency", self.tr("Currency"), line.currency if line else "KZT")
        dialog.add_line("note", self.tr("Note"), line.note if line else "")
        return dialog

    def add_budget_line(self) -> None:
        self._run(self.budget_dialog(None))

    def edit_budget_line(self) -> None:
        line = selected_row(self.budget_view)
        if line is not None:
            self._run(self.budget_dialog(line))

    def delete_budget_line(self) -> None:
        line = selected_row(self.budget_view)
        if line is not None and self._confirm(category_label(line.category)):
            self._write(lambda: ops.delete_budget_line(self.db, line.id))

    # --- Properties --------------------------------------------------------------------

    def property_dialog(self, prop: ops.PropertyRow | None) -> FormDialog:
        def submit(values: dict[str, Any], version: int | None) -> None:
            typed = ops.PropertyValues(**values)
            if prop is None:
                ops.add_property(self.db, self.case_id, typed)
            else:
                ops.update_property(self.db, prop.id, typed, version)

        title = self.tr("Property") if prop else self.tr("New property")
        dialog = FormDialog(self, title, submit, prop.version if prop else None, "propertyDialog")
        dialog.add_line("address", self.tr("Address"), prop.address if prop else "")
        dialog.add_choice("kind", self.tr("Kind"), property_kinds(), prop and prop.kind)
        dialog.add_amount("area", self.tr("Area, m²"), prop.area if prop else None)
        sole = QCheckBox(self.tr("the family's only home"))
        sole.setChecked(prop.sole_home if prop else True)
        dialog.add("sole_home", self.tr("Sole home"), sole, sole.isChecked)
        unfinished = QCheckBox(self.tr("construction not finished"))
        unfinished.setChecked(prop.unfinished if prop else False)
        dialog.add("unfinished", self.tr("Unfinished"), unfinished, unfinished.isChecked)
        dialog.add_line("residents", self.tr("Residents"), _count(prop.residents if prop else None))
        dialog.add_line("minors", self.tr("Of them minors"), _count(prop.minors if prop else None))
        return dialog

    def add_property(self) -> None:
        self._run(self.property_dialog(None))

    def edit_property(self) -> None:
        prop = selected_row(self.property_view)
        if prop is not None:
            self._run(self.property_dialog(prop))

    def delete_property(self) -> None:
        prop = selected_row(self.property_view)
        if prop is not None and self._confirm(prop.address):
            self._write(lambda: ops.delete_property(self.db, prop.id))

    # --- Shared ------------------------------------------------------------------------

    def _run(self, dialog: FormDialog) -> None:
        """Show ``dialog`` (modal); after a save, or a conflict answered "reload", reload."""
        accepted = dialog.exec() == FormDialog.DialogCode.Accepted
        if accepted or dialog.reload_requested:
            self.reload()
        if accepted:
            self.changed.emit()
        dialog.deleteLater()

    def _confirm(self, what: str) -> bool:
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Delete"),
            self.tr("Delete “{what}”?").format(what=what),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        box.setObjectName("confirmDelete")
        box.setDefaultButton(QMessageBox.StandardButton.No)
        return box.exec() == QMessageBox.StandardButton.Yes

    def _write(self, work: Any) -> None:
        try:
            work()
        except DebtdeskError as error:
            QMessageBox.warning(self, self.tr("Not done"), str(error))
        self.reload()
        self.changed.emit()


def _count(value: int | None) -> str:
    return "" if value is None else str(value)
