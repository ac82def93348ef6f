"""Screenshots of the Loans & debt, Court, Deadlines and Letters tabs on a demo case.

    PYTHONPATH=. python tools/case_tabs_shots.py [OUT_DIR] [--cases 60]

Builds a demo database in a temporary folder (``debtdesk.demo.generate``, then
the deadline engine over its events), picks the case with the most court
events and loans, registers a letter for it, and saves each tab at the size a
case file has on a 1366×768 laptop, plus the Court tab's quick hearing form
and the Deadlines tab in the dark palette.
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

from PySide6.QtTest import QTest
from PySide6.QtWidgets import QTabWidget, QWidget
from sqlalchemy import func, select

from debtdesk import clock
from debtdesk.db import Database, open_database

TODAY = date(2026, 11, 30)
# A case file window on a 1366×768 screen, less the header it shows above the tabs.
SIZE = (1300, 560)


def busiest_case(db: Database) -> int:
    """The case with the most events, loans and deadlines: every tab has something."""
    from debtdesk.model import Deadline, Debtor, Event, Loan

    with db.session() as s:
        score = (
            select(Debtor.id)
            .outerjoin(Event, Event.debtor_id == Debtor.id)
            .group_by(Debtor.id)
            .order_by(func.count(Event.id).desc(), Debtor.id)
            .limit(40)
        )
        candidates = list(s.scalars(score))
        loans = dict(
            s.execute(
                select(Loan.debtor_id, func.count())
                .where(Loan.debtor_id.in_(candidates))
                .group_by(Loan.debtor_id)
            ).all()
        )
        deadlines = dict(
            s.execute(
                select(Deadline.debtor_id, func.count())
                .where(Deadline.debtor_id.in_(candidates))
                .group_by(Deadline.debtor_id)
            ).all()
        )
    return max(candidates, key=lambda c: (min(loans.get(c, 0), 2), deadlines.get(c, 0)))


def add_letters(db: Database, case_id: int) -> None:
    """Letters for the Letters tab: one received and awaiting a reply, one just printed."""
    from debtdesk.documents.register import create_letter, mark_received
    from debtdesk.errors import DebtdeskError

    for key, fields, printed, received in (
        ("restructuring_request", {"reasons": "Потеря работы"}, date(2026, 11, 10), True),
        ("debt_statement_request", {}, date(2026, 11, 16), False),
        ("penalty_complaint", {}, TODAY, False),
    ):
        clock.set_today(printed)
        try:
            with db.session() as s:
                letter = create_letter(s, key, case_id, fields=fields, sent_on=printed)
                if received:
                    clock.set_today(TODAY)
                    mark_received(s, letter.document_id, date(2026, 11, 12))
        except DebtdeskError as exc:
            print(f"letter {key} not made: {exc}")
        finally:
            clock.set_today(TODAY)


def settle(ms: int = 200) -> None:
    QTest.qWait(ms)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", nargs="?", default="/tmp/debtdesk-case-tabs", type=Path)
    parser.add_argument("--cases", type=int, default=60)
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    clock.set_today(TODAY)

    from debtdesk.deadlines.engine import recompute_all
    from debtdesk.demo import generate
    from ui import app as ui_app
    from ui.case_file.court_tab import CourtTab
    from ui.case_file.deadlines_tab import DeadlinesTab
    from ui.case_file.letters_tab import LettersTab
    from ui.case_file.loans_tab import LoansTab

    work = Path(tempfile.mkdtemp(prefix="debtdesk-case-tabs-"))
    qt = ui_app.make_application([])
    db = open_database(f"sqlite:///{work / 'demo.sqlite3'}", advisor="Айгүл С. (демо)")
    generate(db, cases=args.cases, seed=1, on=TODAY, progress=None)
    with db.session() as s:
        recompute_all(s)
    case_id = busiest_case(db)
    add_letters(db, case_id)
    print(f"case {case_id}")

    tabs = QTabWidget()
    tabs.setDocumentMode(True)
    pages: list[QWidget] = []
    for cls in (LoansTab, CourtTab, DeadlinesTab, LettersTab):
        page = cls(db, case_id)
        pages.append(page)
        tabs.addTab(page, page.title())
    tabs.resize(*SIZE)
    tabs.show()
    saved = []
    for number, page in enumerate(pages):
        tabs.setCurrentWidget(page)
        settle()
        path = args.out / f"{number + 1:02d}-{page.NAME}.png"
        tabs.grab().save(str(path))
        saved.append(path)

    court = pages[1]
    assert isinstance(court, CourtTab)
    dialog = court.quick_dialog("hearing")
    dialog.show()
    settle()
    path = args.out / "05-quick-hearing.png"
    dialog.grab().save(str(path))
    saved.append(path)
    dialog.close()

    qt.setPalette(ui_app.make_palette(dark=True))
    deadlines = pages[2]
    deadlines.reload()
    tabs.setCurrentWidget(deadlines)
    settle()
    path = args.out / "06-deadlines-dark.png"
    tabs.grab().save(str(path))
    saved.append(path)
    qt.setPalette(ui_app.make_palette(dark=False))

    tabs.close()
    db.dispose()
    for path in saved:
        print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
