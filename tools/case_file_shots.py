"""Screenshots of the case file window, offscreen: every tab of one demo case.

    PYTHONPATH=. python tools/case_file_shots.py [OUT_DIR] [--cases 60] [--size 1366x728]

Builds a demo database (``debtdesk.demo.generate``) in a temporary folder, picks
the case with the most going on (events, budget lines, notes), opens its case
file at the size of a 1366×768 laptop's free screen and saves a PNG of every
tab, one with a refused IIN shown beside its field, one with unsaved edits,
the timeline after an edit and a note, the budget line dialog, and two tabs
in the dark palette. Settings go to the temporary folder.
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

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget
from sqlalchemy import Select, func, select

from debtdesk import clock
from debtdesk.db import Database, open_database

TODAY = date(2026, 11, 30)
THREATS = ("eviction", "auction")


def busiest_case(db: Database) -> int:
    """The case with the most to show: a threat, open deadlines, a hearing, budget lines."""
    from debtdesk.model import BudgetLine, Deadline, Event, Note

    score: dict[int, int] = {}

    def add(query: Select, weight: int) -> None:
        for debtor_id, count in s.execute(query.group_by(query.selected_columns[0])):
            score[debtor_id] = score.get(debtor_id, 0) + weight * min(count, 5)

    with db.session() as s:
        for model in (Event, BudgetLine, Note):
            add(select(model.debtor_id, func.count()), 1)
        ahead = Event.date >= TODAY
        add(select(Event.debtor_id, func.count()).where(Event.kind.in_(THREATS), ahead), 20)
        add(select(Event.debtor_id, func.count()).where(Event.kind == "hearing", ahead), 30)
        add(select(Deadline.debtor_id, func.count()).where(Deadline.status == "open"), 10)
    return max(score, key=lambda k: score[k]) if score else 1


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", nargs="?", default="/tmp/debtdesk-case-file-shots", type=Path)
    parser.add_argument("--cases", type=int, default=60)
    parser.add_argument("--size", default="1366x728", help="window size, WxH")
    parser.add_argument("--case", type=int, default=None, help="case id (default: the busiest)")
    args = parser.parse_args(argv)
    width, height = (int(n) for n in args.size.lower().split("x"))
    args.out.mkdir(parents=True, exist_ok=True)
    clock.set_today(TODAY)

    from debtdesk.deadlines.engine import recompute_all
    from debtdesk.demo import generate
    from ui import app as ui_app
    from ui.case_file.window import CaseFileWindow

    work = Path(tempfile.mkdtemp(prefix="debtdesk-case-shots-"))
    qt = ui_app.make_application([])
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(work))
    QCoreApplication.setOrganizationName("debtdesk-screenshots")
    saved: list[Path] = []

    def shot(widget: QWidget, name: str) -> None:
        QTest.qWait(150)
        path = args.out / name
        widget.grab().save(str(path))
        saved.append(path)

    db = open_database(f"sqlite:///{work / 'demo.sqlite3'}", advisor="Айгүл С. (демо)")
    generate(db, cases=args.cases, seed=1, on=TODAY, progress=None)
    with db.session() as s:  # the demo records events; the engine derives their deadlines
        recompute_all(s)
    case_id = args.case or busiest_case(db)
    window = CaseFileWindow(db, case_id)
    window.resize(width, height)
    window.show()
    for number, tab in enumerate(window.tab_list, start=1):
        window.tabs.setCurrentWidget(tab)
        shot(window, f"{number:02d}-{tab.NAME}.png")

    person = window.show_tab("person")
    person.iin.setText("123456789012")
    person.save()
    shot(window, "20-person-bad-iin.png")
    window.cancel_changes()

    person.phone.setText("+7 701 000 00 00")
    timeline = window.tab("timeline")
    timeline.note.setPlainText("Позвонила, принесёт решение суда в четверг.")  # type: ignore[attr-defined]
    shot(window, "21-unsaved-edits.png")
    window.cancel_changes()
    timeline.note.clear()  # type: ignore[attr-defined]

    # An edit and a note, so the timeline shows audit lines in words beside notes.
    person.phone.setText("+7 701 000 00 00")
    person.tags.setText("demo, USD")
    window.save()
    window.show_tab("timeline")
    timeline.note.setPlainText("Позвонила, принесёт решение суда в четверг.")  # type: ignore[attr-defined]
    timeline.add_note()  # type: ignore[attr-defined]
    shot(window, "24-timeline-after-edit.png")
    dialog = person.household.budget_dialog(None)
    dialog.show()
    shot(dialog, "25-budget-line-dialog.png")
    dialog.close()

    qt.setPalette(ui_app.make_palette(dark=True))
    window.show_tab("person")
    shot(window, "22-person-dark.png")
    window.show_tab("timeline")
    shot(window, "23-timeline-dark.png")
    qt.setPalette(ui_app.make_palette(dark=False))
    window.close()
    db.dispose()

    print(f"case {case_id} of {args.cases} demo cases, window {width}×{height}")
    for path in saved:
        print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
