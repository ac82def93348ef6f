"""What the household can pay, and which bankruptcy procedure may fit, beside the budget lines.

A court weighing a deferral asks first whether the family would be left under
the subsistence minimum, and an advisor deciding whether to mention bankruptcy
needs the 2023 law's conditions one by one. Both come from the core
(``debtdesk.finance``): the summary in tenge a month, and the screen with each
condition met, not met or unknown — marked by a sign *and* a word, never colour
alone, and always labelled as a screen, not advice.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from debtdesk.finance.bankruptcy import Screen, Status, Verdict
from debtdesk.finance.budget import Budget
from debtdesk.finance.labels import word
from debtdesk.finance.present import condition_text
from debtdesk.formats import format_money
from debtdesk.i18n import current_language
from ui.case_file.finance_panel import language_choice, save_pdf_as
from ui.operations import finance as ops

if TYPE_CHECKING:
    from debtdesk.db.database import Database

_SIGN = {Status.MET: "✓", Status.NOT_MET: "✗", Status.UNKNOWN: "?"}


def _bold(label: QLabel) -> QLabel:
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    return label


def _right(name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def signed_money(value: Decimal) -> str:
    """``−35 000,00 ₸`` with a true minus sign, as a deficit reads."""
    return ("−" if value < 0 else "") + format_money(abs(value))


class BudgetSummary(QWidget):
    """Monthly totals, the subsistence-minimum check, the statement PDF, the bankruptcy screen."""

    def __init__(self, db: Database, case_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("budgetSummary")
        self.db = db
        self.case_id = case_id
        self.money: ops.HouseholdMoney | None = None
        tr = self.tr

        box = QGroupBox(tr("Budget summary, a month"))
        grid = QGridLayout(box)
        self.values: dict[str, QLabel] = {}
        self.captions: dict[str, QLabel] = {}
        for row, (key, caption) in enumerate(
            (
                ("income", tr("Income")),
                ("expenses", tr("Expenditure")),
                ("surplus", tr("Surplus")),
                ("per_person", tr("Income per person")),
                ("minimum", tr("Subsistence minimum")),
            )
        ):
            self.captions[key] = QLabel(caption)
            self.values[key] = _right(f"budget_{key}")
            grid.addWidget(self.captions[key], row, 0)
            grid.addWidget(self.values[key], row, 1)
        _bold(self.captions["surplus"])
        _bold(self.values["surplus"])
        grid.setColumnStretch(0, 1)
        self.verdict = QLabel()
        self.verdict.setObjectName("budgetVerdict")
        self.verdict.setWordWrap(True)
        grid.addWidget(self.verdict, 5, 0, 1, 2)
        self.language = language_choice("ru")
        self.pdf_button = QPushButton(tr("Income and expenditure statement PDF…"))
        self.pdf_button.setObjectName("budgetPdf")
        self.pdf_button.clicked.connect(lambda _c=False: self.save_statement())
        pdf_row = QHBoxLayout()
        pdf_row.addWidget(self.language)
        pdf_row.addWidget(self.pdf_button, 1)
        grid.addLayout(pdf_row, 6, 0, 1, 2)

        self.screen_box = QGroupBox(tr("Bankruptcy screen — a screen, not advice"))
        self.screen_box.setObjectName("bankruptcyScreen")
        self.screen_layout = QVBoxLayout(self.screen_box)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(box)
        layout.addWidget(self.screen_box)
        layout.addStretch(1)

    def reload(self) -> None:
        self.money = ops.household_money_of(self.db, self.case_id)
        if self.money.header is not None:
            self.language.setCurrentIndex(
                max(0, self.language.findData(self.money.header.language))
            )
        self._show_budget(self.money.budget, self.money.budget_problem)
        self._show_screen(self.money.screen, self.money.screen_problem)

    # --- the month -------------------------------------------------------------------

    def _show_budget(self, budget: Budget | None, problem: str | None) -> None:
        tr = self.tr
        self.pdf_button.setEnabled(budget is not None)
        if budget is None:
            for value in self.values.values():
                value.setText("—")
            self.verdict.setText(tr("The budget cannot be worked out: {why}").format(why=problem))
            return
        self.values["income"].setText(format_money(budget.income_total))
        self.values["expenses"].setText(format_money(budget.expense_total))
        self.captions["surplus"].setText(tr("Deficit") if budget.deficit else tr("Surplus"))
        self.values["surplus"].setText(signed_money(budget.surplus))
        per_person = budget.income_per_person
        self.values["per_person"].setText("—" if per_person is None else format_money(per_person))
        year = budget.on.year
        self.captions["minimum"].setText(tr("Subsistence minimum {year}").format(year=year))
        minimum = budget.subsistence_minimum
        self.values["minimum"].setText("—" if minimum is None else format_money(minimum))
        said = []
        if budget.deficit:
            said.append(
                tr("Deficit: the household spends {amount} a month more than it earns.").format(
                    amount=format_money(-budget.surplus)
                )
            )
        if budget.below_minimum is True:
            said.append(tr("Income per person is below the subsistence minimum."))
        elif budget.below_minimum is False:
            said.append(tr("Income per person is above the subsistence minimum."))
        elif minimum is None:
            said.append(
                tr("Set the subsistence minimum of {year} in Settings to compare.").format(
                    year=year
                )
            )
        else:
            said.append(tr("Enter the household size to compare with the minimum."))
        self.verdict.setText(" ".join(said))

    # --- the bankruptcy screen -------------------------------------------------------

    def _clear_screen(self) -> None:
        while self.screen_layout.count():
            item = self.screen_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.setParent(None)  # gone from findChildren now, freed later
                widget.deleteLater()

    def _line(self, text: str, name: str = "", indent: int = 0) -> QLabel:
        label = QLabel(text)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        if name:
            label.setObjectName(name)
        if indent:
            label.setIndent(indent)
        self.screen_layout.addWidget(label)
        return label

    def _show_screen(self, screen: Screen | None, problem: str | None) -> None:
        self._clear_screen()
        lang = current_language()
        if screen is None:
            self._line(self.tr("The screen cannot be worked out: {why}").format(why=problem))
            return
        status_words = {
            Status.MET: self.tr("met"),
            Status.NOT_MET: self.tr("not met"),
            Status.UNKNOWN: self.tr("unknown"),
        }
        for check in screen.checks:
            verdict = word(check.verdict.value, lang)
            head = self._line(
                f"{word(check.procedure.value, lang)}: {verdict}",
                f"procedure_{check.procedure.value}",
            )
            _bold(head)
            if check.verdict == Verdict.MAY_FIT:
                head.setText("➜ " + head.text())
            for condition in check.conditions:
                self._line(
                    f"{_SIGN[condition.status]} {condition_text(condition, lang)} "
                    f"({status_words[condition.status]})",
                    f"condition_{check.procedure.value}_{condition.key}",
                    indent=12,
                )
        note = self._line(word("disclaimer", lang), "screenDisclaimer")
        note.setEnabled(False)

    def conditions(self) -> list[str]:
        """The condition lines shown, in order; for tests and screen readers."""
        return [
            label.text()
            for label in self.screen_box.findChildren(QLabel)
            if label.objectName().startswith("condition_")
        ]

    # --- the statement ---------------------------------------------------------------

    def save_statement(self, target: Path | None = None) -> Path | None:
        """Save the income and expenditure statement PDF (to ``target``, else asked)."""
        lang = str(self.language.currentData())
        name = self.money.header.full_name if self.money and self.money.header else "budget"
        return save_pdf_as(
            self,
            self.tr("Save the income and expenditure statement as"),
            f"{self.tr('Income and expenditure')} — {name}.pdf",
            lambda: ops.budget_pdf(self.db, self.case_id, lang),
            target,
        )
