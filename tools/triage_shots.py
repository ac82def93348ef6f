"""Screenshots of the triage pages on a demo database → /tmp/shots-triage/.

The Today page (all advisors; one city; a deadline just marked done with the
undo strip), the Calendar's month and week views, and the meeting sheet's
preview; plus the meeting sheet's first page as PNG (pdftoppm, if installed).
Run: ``QT_QPA_PLATFORM=offscreen .venv/bin/python tools/triage_shots.py [--cases N]``.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtWidgets import QApplication, QWidget

from debtdesk import clock
from debtdesk.db import open_database
from debtdesk.deadlines.engine import recompute_all
from debtdesk.demo import generate

OUT = Path("/tmp/shots-triage")
TODAY = date(2026, 11, 30)


def wait_for(app: QApplication, done: Callable[[], bool], timeout: float = 60.0) -> None:
    end = time.monotonic() + timeout
    while not done():
        if time.monotonic() > end:
            raise TimeoutError("a worker did not finish")
        app.processEvents()
        time.sleep(0.01)
    for _ in range(5):
        app.processEvents()


def shot(app: QApplication, widget: QWidget, name: str, settle: float = 0.3) -> None:
    end = time.monotonic() + settle  # QPdfView renders on a thread of its own
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.02)
    widget.grab().save(str(OUT / f"{name}.png"))
    print("wrote", OUT / f"{name}.png")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=400)
    args = parser.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    clock.set_today(TODAY)
    folder = Path(tempfile.mkdtemp(prefix="debtdesk-triage-shots-"))
    db = open_database(f"sqlite:///{folder / 'demo.sqlite3'}", advisor="shots")
    generate(db, args.cases, seed=3, on=TODAY)
    with db.session() as s:
        recompute_all(s)
        from sqlalchemy import select

        from debtdesk.model import Advisor

        db.advisor = s.scalars(select(Advisor.name).order_by(Advisor.id)).first()

    app = QApplication.instance() or QApplication(sys.argv)
    from ui.operations.today import TodayFilters
    from ui.pages.calendar_page import CalendarPage
    from ui.pages.today_page import TodayPage
    from ui.today.meeting_dialog import MeetingSheetDialog

    today = TodayPage(db)
    today.resize(1280, 900)
    today.show()
    wait_for(app, lambda: not today.busy())
    shot(app, today, "today")
    today.set_filters(TodayFilters(city="Алматы"))
    wait_for(app, lambda: not today.busy())
    shot(app, today, "today-almaty")
    box = today.boxes["due"]
    if box.model.rowCount():
        today.mark_done(box.model.item(0))
        wait_for(app, lambda: not today.busy())
        shot(app, today, "today-marked-done")
    today.set_filters(TodayFilters())
    wait_for(app, lambda: not today.busy())
    today.mine.setChecked(True)
    wait_for(app, lambda: not today.busy())
    shot(app, today, "today-my-cases")

    calendar = CalendarPage(db)
    calendar.resize(1400, 900)
    calendar.show()
    wait_for(app, lambda: calendar._read)
    shot(app, calendar, "calendar-month")
    calendar.set_mode("week")
    shot(app, calendar, "calendar-week")
    calendar.set_filters(TodayFilters(city="Алматы"))
    calendar.set_mode("month")
    shot(app, calendar, "calendar-month-almaty")

    dialog = MeetingSheetDialog(db, TodayFilters(city="Алматы"))
    dialog.lang.setCurrentIndex(dialog.lang.findData("ru"))
    dialog.show()
    wait_for(app, lambda: dialog.pdf is not None and dialog.save_button.isEnabled())
    shot(app, dialog, "meeting-sheet-dialog", settle=1.5)
    assert dialog.pdf is not None
    pdf = OUT / "meeting-sheet.pdf"
    pdf.write_bytes(dialog.pdf)
    if shutil.which("pdftoppm"):
        subprocess.run(
            ["pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "2", str(pdf), str(OUT / "sheet")],
            check=True,
        )
        print("wrote", OUT / "sheet-1.png")
    dialog.close()
    db.dispose()
    shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
