"""Screenshots of the debt growth panel and the household budget summary.

    PYTHONPATH=. python tools/finance_shots.py [OUT_DIR]

Builds a small SQLite database with the demo's illustrative USD rates (2005 to
today, with the 2009, 2014 and 2015 devaluations) and one family's 60 000 USD
mortgage of 2007, paid monthly until 2015 and now claimed with penalties; then
saves the Loans & debt tab at the size a case file has on a 1366×768 laptop in
the light and dark palettes, a greyscale copy of each (how a photocopy sees
the chart), the large chart window, and the Person & household tab's budget.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtGui import QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget

from debtdesk import clock
from debtdesk.db import Database, open_database

TODAY = date(2026, 11, 30)
SIZE = (1300, 560)  # a case file window on a 1366×768 screen, less its header


def build_case(db: Database) -> int:
    """A 2007 USD mortgage across the devaluations, with a deficit household."""
    from dateutil.relativedelta import relativedelta

    from debtdesk.demo.finance import rate_table
    from debtdesk.services import debtors, household, institutions, loans, rates, settings

    with db.session() as s:
        for day, value in rate_table(TODAY):
            rates.set_rate(
                s,
                {"date": day, "currency": "USD", "rate": f"{value:.2f}", "source": "illustrative"},
            )
        settings.set_setting(s, "mrp", "3932", year=2026)
        settings.set_setting(s, "subsistence_minimum", "46228", year=2026)
        bank = institutions.create_creditor(s, {"name": "АО «Банк ЦентрКредит»", "kind": "bank"})
        debtor = debtors.create_debtor(
            s,
            {
                "full_name": "Сейткали Гульнара Маратовна",
                "language": "ru",
                "household_size": 5,
                "minors": 3,
            },
        )
        loan = loans.create_loan(
            s,
            debtor.id,
            {
                "creditor_id": bank.id,
                "contract_no": "ИЗ-2007/0412",
                "contract_date": "2007-04-12",
                "currency": "USD",
                "principal": "60000",
                "rate": "14",
                "term_months": 180,
            },
        )
        day = date(2007, 5, 12)
        while day < date(2015, 9, 1):
            loans.add_payment(s, loan.id, {"date": day.isoformat(), "amount": "620"})
            day += relativedelta(months=1)
        for as_of, principal, interest, penalties, fees in (
            ("2017-03-01", "48000", "21000", "9000", "400"),
            ("2026-11-10", "47800", "61000", "52000", "1900"),
        ):
            loans.add_statement(
                s,
                loan.id,
                {
                    "as_of": as_of,
                    "principal": principal,
                    "interest": interest,
                    "penalties": penalties,
                    "fees": fees,
                    "source": "иск банка" if as_of > "2020" else "справка банка",
                },
            )
        for kind, category, amount in (
            ("income", "salary", "210000"),
            ("income", "benefits", "63000"),
            ("expense", "food", "175000"),
            ("expense", "utilities", "48000"),
            ("expense", "transport", "22000"),
            ("expense", "medicine", "15000"),
            ("expense", "other_debts", "40000"),
        ):
            household.add_budget_line(
                s, debtor.id, {"kind": kind, "category": category, "amount": amount}
            )
        household.add_property(
            s, debtor.id, {"address": "Алматы, мкр. Аксай-4, 12", "sole_home": True}
        )
        return debtor.id


def save(widget: QWidget, path: Path, saved: list[Path], grey: bool = False) -> None:
    QTest.qWait(150)
    image = widget.grab().toImage()
    image.save(str(path))
    saved.append(path)
    if grey:
        grey_path = path.with_name(path.stem + "-grey.png")
        image.convertToFormat(QImage.Format.Format_Grayscale8).save(str(grey_path))
        saved.append(grey_path)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", nargs="?", default="/tmp/shots-finance", type=Path)
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    clock.set_today(TODAY)

    from ui import app as ui_app
    from ui.case_file.loans_tab import LoansTab
    from ui.case_file.person_tab import PersonTab

    work = Path(tempfile.mkdtemp(prefix="debtdesk-finance-shots-"))
    qt = ui_app.make_application([])
    db = open_database(f"sqlite:///{work / 'finance.sqlite3'}", advisor="Айгүл С. (демо)")
    case_id = build_case(db)
    saved: list[Path] = []
    for dark in (False, True):
        qt.setPalette(ui_app.make_palette(dark=dark))
        suffix = "dark" if dark else "light"
        loans = LoansTab(db, case_id)
        loans.resize(*SIZE)
        loans.show()
        save(loans, args.out / f"loans-{suffix}.png", saved, grey=True)
        save(loans.finance.chart, args.out / f"chart-{suffix}.png", saved, grey=True)
        if not dark:
            large = loans.finance.show_large_chart()
            save(large, args.out / "chart-large.png", saved, grey=True)
            large.close()
            person = PersonTab(db, case_id)
            person.resize(*SIZE)
            person.show()
            person.reload()
            save(person, args.out / "person-top.png", saved)
            person.household.resize(1280, 420)
            save(person.household, args.out / "household-budget.png", saved)
            person.close()
        loans.close()
    qt.setPalette(ui_app.make_palette(dark=False))
    db.dispose()
    for path in saved:
        print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
