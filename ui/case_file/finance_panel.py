"""How the selected loan's debt grew, below the money figures of the Loans & debt tab.

"They owe six times what they borrowed" has to be shown, not told: per loan the
borrowed, paid and claimed amounts in the loan's currency and in tenge at the
dates they happened, the two ratios, the share of penalties and fees, the
devaluation effect on its own (so a bank cannot say the growth is all interest
the family agreed to), the growth chart, and the promised schedule beside what
was paid. Every figure is the core's (``debtdesk.finance``), formatted here; a
missing exchange rate shows the core's message naming the rate, in place of
the figures.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from debtdesk.errors import DebtdeskError
from debtdesk.finance.growth import Figure, LoanGrowth
from debtdesk.formats import format_date_short, format_money, format_number
from ui.case_file.labels import languages
from ui.letters.printing import write_file
from ui.operations import finance as ops
from ui.widgets.debt_chart import DebtChart

if TYPE_CHECKING:
    from debtdesk.db.database import Database


def times(value: Decimal | None) -> str:
    """A ratio as the panel shows it: ``6.25×`` (interface language), ``—`` if unknown."""
    return "—" if value is None else f"{format_number(value, None, 2)}×"


def percent(value: Decimal | None) -> str:
    return "—" if value is None else f"{format_number(value * 100, None, 1)}\xa0%"


def save_pdf_as(
    parent: QWidget, title: str, suggested: str, make: Callable[[], bytes], target: Path | None
) -> Path | None:
    """Write the PDF ``make`` renders to ``target`` (asked for when ``None``); errors in a box."""
    if target is None:
        chosen, _filter = QFileDialog.getSaveFileName(
            parent, title, str(Path.home() / suggested), parent.tr("PDF files (*.pdf)")
        )
        if not chosen:
            return None
        target = Path(chosen)
    try:
        write_file(target, make())
    except (DebtdeskError, OSError) as error:
        title = QCoreApplication.translate("FinancePanel", "The PDF was not made")
        QMessageBox.warning(parent, title, str(error))
        return None
    return target


def language_choice(default: str) -> QComboBox:
    """The language a paper is printed in; the debtor's by default."""
    combo = QComboBox()
    combo.setObjectName("pdfLanguage")
    for code, name in languages().items():
        combo.addItem(name, code)
    combo.setCurrentIndex(max(0, combo.findData(default)))
    return combo


def _value(name: str, bold: bool = False) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if bold:
        font = label.font()
        font.setBold(True)
        label.setFont(font)
    return label


def _note(text: str = "", name: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    if name:
        label.setObjectName(name)
    return label


class FinancePanel(QWidget):
    """The selected loan's growth: figures, ratios, devaluation, chart, schedule, PDF."""

    def __init__(self, db: Database, case_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("financePanel")
        self.db = db
        self.case_id = case_id
        self.view: ops.DebtView | None = None
        self.loan_id: int | None = None
        tr = self.tr

        self.problem = _note(name="financeProblem")
        self.problem.setStyleSheet("QLabel { border: 1px solid palette(mid); padding: 4px; }")
        self.problem.hide()
        self.loan_title = _note(name="financeLoan")
        self.headline = _note(name="financeHeadline")
        font = self.headline.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.headline.setFont(font)

        # Borrowed / paid / claimed, in the loan's currency and in tenge.
        self.figures = QGridLayout()
        self.figures.setHorizontalSpacing(10)
        self.currency_head = QLabel()
        self.tenge_head = QLabel(tr("in tenge"))
        for col, head in ((1, self.currency_head), (2, self.tenge_head)):
            head.setAlignment(Qt.AlignmentFlag.AlignRight)
            head.setEnabled(False)
            self.figures.addWidget(head, 0, col)
        self.cells: dict[str, tuple[QLabel, QLabel]] = {}
        for row, (key, caption) in enumerate(
            (("borrowed", tr("Borrowed")), ("paid", tr("Paid")), ("claimed", tr("Claimed now"))),
            start=1,
        ):
            self.figures.addWidget(QLabel(caption), row, 0)
            cells = (
                _value(f"loan_{key}", key == "claimed"),
                _value(f"tenge_{key}", key == "claimed"),
            )
            self.figures.addWidget(cells[0], row, 1)
            self.figures.addWidget(cells[1], row, 2)
            self.cells[key] = cells
        self.figures.setColumnStretch(0, 1)
        self.dates_note = _note(name="financeDates")
        self.dates_note.setEnabled(False)

        # The ratios in the same columns (loan currency, tenge), then the penalties' share.
        self.ratio_labels: dict[str, tuple[QLabel, QLabel]] = {}
        for row, (key, caption) in enumerate(
            (
                ("claimed_to_borrowed", tr("Claimed ÷ borrowed")),
                ("paid_and_claimed_to_borrowed", tr("(Paid + claimed) ÷ borrowed")),
            ),
            start=4,
        ):
            self.figures.addWidget(_note(caption), row, 0)
            pair = (_value(f"ratio_{key}"), _value(f"ratio_{key}_tenge"))
            self.figures.addWidget(pair[0], row, 1)
            self.figures.addWidget(pair[1], row, 2)
            self.ratio_labels[key] = pair
        self.figures.addWidget(_note(tr("Penalties and fees in the claim")), 6, 0)
        self.penalties_share = _value("ratio_penalties_and_fees_share")
        self.figures.addWidget(self.penalties_share, 6, 1)

        self.devaluation = QGroupBox(tr("Devaluation effect"))
        self.devaluation.setObjectName("devaluationBox")
        devaluation = QGridLayout(self.devaluation)
        self.devaluation_labels: dict[str, QLabel] = {}
        for row, (key, caption) in enumerate(
            (
                ("on_payments", tr("On payments")),
                ("on_claim", tr("On the claim")),
                ("total", tr("Total")),
            )
        ):
            devaluation.addWidget(QLabel(caption), row, 0)
            self.devaluation_labels[key] = _value(f"devaluation_{key}", key == "total")
            devaluation.addWidget(self.devaluation_labels[key], row, 1)
        devaluation.setColumnStretch(0, 1)
        self.devaluation_note = _note(name="devaluationNote")
        self.devaluation_note.setEnabled(False)
        devaluation.addWidget(self.devaluation_note, 3, 0, 1, 2)

        self.chart = DebtChart()
        self.chart.setMinimumHeight(190)
        self.larger = QPushButton(tr("Larger chart…"))
        self.larger.setObjectName("largerChart")
        self.larger.clicked.connect(lambda _c=False: self.show_large_chart())

        # The promised schedule against what was paid.
        self.schedule_box = QGroupBox(tr("Schedule promised vs paid"))
        self.schedule_box.setObjectName("scheduleBox")
        schedule = QGridLayout(self.schedule_box)
        self.schedule_labels: dict[str, tuple[QLabel, QLabel]] = {}
        keys = ("instalment", "due", "promised", "paid", "behind", "behind_count")
        for row, key in enumerate(keys):
            caption = _note()
            value = _value(f"schedule_{key}", key == "behind")
            schedule.addWidget(caption, row, 0)
            schedule.addWidget(value, row, 1)
            self.schedule_labels[key] = (caption, value)
        schedule.setColumnStretch(0, 1)
        self.no_schedule = _note(tr("Add the loan's rate and term to compare with its schedule."))
        self.no_schedule.setEnabled(False)
        schedule.addWidget(self.no_schedule, len(keys), 0, 1, 2)

        self.language = language_choice("ru")
        self.pdf_button = QPushButton(tr("Debt history PDF…"))
        self.pdf_button.setObjectName("debtHistoryPdf")
        self.pdf_button.clicked.connect(lambda _c=False: self.save_debt_history())
        pdf_row = QHBoxLayout()
        pdf_row.addWidget(self.language)
        pdf_row.addWidget(self.pdf_button, 1)

        self.details = QWidget()
        details = QVBoxLayout(self.details)
        details.setContentsMargins(0, 0, 0, 0)
        details.addWidget(self.loan_title)
        details.addWidget(self.headline)
        details.addWidget(self.chart)
        details.addWidget(self.larger, 0, Qt.AlignmentFlag.AlignRight)
        details.addLayout(self.figures)
        details.addWidget(self.dates_note)
        details.addWidget(self.devaluation)
        details.addWidget(self.schedule_box)

        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(0, 0, 4, 0)
        body_layout.addWidget(self.problem)
        body_layout.addWidget(self.details)
        body_layout.addLayout(pdf_row)
        body_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
        self.details.hide()

    # --- data ------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the case's debt again (after a loan, payment or statement changed)."""
        self.view = ops.debt_of(self.db, self.case_id)
        if self.view.header is not None:
            self.language.setCurrentIndex(max(0, self.language.findData(self.view.header.language)))
        self.show_loan(self.loan_id)

    def growth(self) -> LoanGrowth | None:
        """The shown loan's growth (the first loan's when none is selected)."""
        debt = self.view.debt if self.view else None
        if debt is None or not debt.loans:
            return None
        found = [g for g in debt.loans if g.loan_id == self.loan_id]
        return found[0] if found else debt.loans[0]

    def show_loan(self, loan_id: int | None) -> None:
        self.loan_id = loan_id
        problem = self.view.problem if self.view else None
        self.problem.setText(
            self.tr("The debt figures cannot be worked out: {why}").format(why=problem)
            if problem
            else ""
        )
        self.problem.setVisible(bool(problem))
        growth = self.growth()
        self.details.setVisible(growth is not None)
        self.pdf_button.setEnabled(self.view is not None and self.view.debt is not None)
        self.chart.set_growth(growth)
        if growth is not None:
            self._show(growth)

    def _show(self, g: LoanGrowth) -> None:
        tr = self.tr
        foreign = g.currency != "KZT"
        self.loan_title.setText(
            tr("Loan {no} of {day}, {currency}").format(
                no=g.contract_no or "—",
                day=format_date_short(g.contract_date) if g.contract_date else "—",
                currency=g.currency,
            )
        )
        total_ratio = (
            g.paid_and_claimed_to_borrowed_tenge if foreign else g.paid_and_claimed_to_borrowed
        )
        self.headline.setText(
            tr("Owes {x} what was borrowed, after paying back {paid}.").format(
                x=times(total_ratio), paid=format_money(g.paid.tenge)
            )
            if total_ratio is not None
            else tr("No debt statement yet: add what the bank or the court claims.")
        )
        self.currency_head.setText(g.currency)
        self.tenge_head.setVisible(foreign)
        for key, fig in (("borrowed", g.borrowed), ("paid", g.paid), ("claimed", g.claimed)):
            in_loan, in_tenge = self.cells[key]
            in_loan.setText(self._money(fig, g.currency, tenge=False))
            in_tenge.setText(self._money(fig, g.currency, tenge=True))
            in_tenge.setVisible(foreign)
        dates = []
        if foreign and g.contract_rate is not None:
            dates.append(
                tr("borrowed at {rate} ₸ of {day}").format(
                    rate=format_number(g.contract_rate.rate, None, 2),
                    day=format_date_short(g.contract_rate.day),
                )
            )
        if g.payments:
            dates.append(tr("%n payment(s), each at its day's rate", "", g.payments))
        if g.claim is not None:
            where = f" ({g.claim.source})" if g.claim.source else ""
            dates.append(tr("claim of {day}").format(day=format_date_short(g.claim.as_of)) + where)
        self.dates_note.setText("; ".join(dates))
        self.dates_note.setVisible(bool(dates))

        for key, in_loan, in_tenge in (
            ("claimed_to_borrowed", g.claimed_to_borrowed, g.claimed_to_borrowed_tenge),
            (
                "paid_and_claimed_to_borrowed",
                g.paid_and_claimed_to_borrowed,
                g.paid_and_claimed_to_borrowed_tenge,
            ),
        ):
            loan_label, tenge_label = self.ratio_labels[key]
            loan_label.setText(times(in_loan))
            tenge_label.setText(times(in_tenge))
            tenge_label.setVisible(foreign)
        self.penalties_share.setText(percent(g.penalties_and_fees_share))

        self.devaluation.setVisible(foreign)
        dev = g.devaluation
        for key, amount in (
            ("on_payments", dev.on_payments),
            ("on_claim", dev.on_claim),
            ("total", dev.total),
        ):
            self.devaluation_labels[key].setText(format_money(amount))
        self.devaluation_note.setText(
            tr(
                "What the fall of the tenge added over the contract rate, "
                "apart from interest and penalties."
            )
        )
        self._show_schedule(g)

    @staticmethod
    def _money(fig: Figure | None, currency: str, *, tenge: bool) -> str:
        if fig is None:
            return "—"
        return format_money(fig.tenge) if tenge else format_money(fig.amount, currency)

    def _show_schedule(self, g: LoanGrowth) -> None:
        s = g.schedule
        for caption, value in self.schedule_labels.values():
            caption.setVisible(s is not None)
            value.setVisible(s is not None)
        self.no_schedule.setVisible(s is None)
        if s is None:
            return
        day = format_date_short(s.on)
        rows = {
            "instalment": (
                self.tr("Monthly instalment"),
                format_money(s.level_payment, g.currency),
            ),
            "due": (self.tr("Instalments due by {day}").format(day=day), str(s.instalments_due)),
            "promised": (self.tr("Promised by then"), format_money(s.promised_by_on, g.currency)),
            "paid": (self.tr("Paid by then"), format_money(s.paid_by_on, g.currency)),
            "behind": (
                self.tr("Behind (arrears)"),
                format_money(s.behind, g.currency) if s.behind > 0 else self.tr("not behind"),
            ),
            "behind_count": (
                self.tr("That is, instalments"),
                format_number(s.instalments_behind, None, 1),
            ),
        }
        for key, (caption, text) in rows.items():
            self.schedule_labels[key][0].setText(caption)
            self.schedule_labels[key][1].setText(text)

    # --- actions ---------------------------------------------------------------------

    def show_large_chart(self) -> QDialog:
        """The chart alone in a window, large enough to show the debtor across the table."""
        dialog = QDialog(self)
        dialog.setObjectName("largeChart")
        dialog.setWindowTitle(self.loan_title.text())
        chart = DebtChart(dialog)
        chart.set_growth(self.growth())
        layout = QVBoxLayout(dialog)
        layout.addWidget(chart)
        dialog.resize(1000, 560)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def save_debt_history(self, target: Path | None = None) -> Path | None:
        """Save the "Debt history" PDF in the chosen language (to ``target``, else asked)."""
        lang = str(self.language.currentData())
        name = self.view.header.full_name if self.view and self.view.header else "debt"
        return save_pdf_as(
            self,
            self.tr("Save the debt history as"),
            f"{self.tr('Debt history')} — {name}.pdf",
            lambda: ops.debt_history_pdf(self.db, self.case_id, lang),
            target,
        )
