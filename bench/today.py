"""Benchmark of the Today page: switching to it on a large desk (prints figures; not a test).

Builds (or reuses) a demo database with deadlines computed, then, offscreen:

1. builds the page (``TodayPage(db)``: filters, first read of the sections) and
   paints it once — the first time in the process ("cold": nothing of the
   agenda has run yet) and then ``--runs`` more times;
2. switches to an existing page (``page_shown()`` after the page went stale:
   every section read again, painted) ``--runs`` times.

Target: ready within 200 ms of switching to it on 20,000 cases. "Ready" is the
first four sections (homes in danger, overdue, due, hearings) on screen; the
late replies section and the exact holiday calendar arrive from worker
threads afterwards, and their time is printed apart. Also printed: whether
the holiday calendar (``holidays``) or the PDF machinery (``reportlab``) was
imported on the way to "ready" (they must not be).

    PYTHONPATH=. .venv/bin/python bench/today.py                  # 20,000 cases, temp SQLite
    PYTHONPATH=. .venv/bin/python bench/today.py --database sqlite:////tmp/t.sqlite3 --no-generate
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ON = date(2026, 11, 30)


def timed(run: Callable[[], Any]) -> tuple[Any, float, float]:
    """``run()``'s result, wall seconds and this process's CPU seconds."""
    wall, cpu = time.perf_counter(), time.process_time()
    result = run()
    return result, time.perf_counter() - wall, time.process_time() - cpu


def figures(name: str, walls: list[float], cpus: list[float]) -> str:
    def p(values: list[float], q: float) -> float:
        ordered = sorted(values)
        return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))] * 1000

    return (
        f"{name}: wall p50 {statistics.median(walls) * 1000:.0f} ms, p95 {p(walls, 0.95):.0f} ms"
        f"; CPU p50 {statistics.median(cpus) * 1000:.0f} ms, p95 {p(cpus, 0.95):.0f} ms"
        f" ({len(walls)} runs)"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=20_000)
    parser.add_argument("--database", default=None)
    parser.add_argument("--no-generate", action="store_true")
    parser.add_argument("--runs", type=int, default=20)
    args = parser.parse_args()

    from debtdesk.clock import set_today
    from debtdesk.db import open_database

    set_today(ON)
    url = args.database or f"sqlite:///{tempfile.mkdtemp()}/today.sqlite3"
    if not args.no_generate:
        from debtdesk.deadlines.engine import recompute_all
        from debtdesk.demo import generate

        db = open_database(url, advisor="bench")
        _, wall, cpu = timed(lambda: generate(db, args.cases, seed=1, on=ON))
        print(f"demo data: {args.cases:,} cases in {wall:.1f} s (CPU {cpu:.1f} s)")

        def recompute() -> dict[str, int]:
            with db.session() as s:
                return recompute_all(s)

        counts, wall, cpu = timed(recompute)
        print(f"deadlines: {counts} in {wall:.1f} s (CPU {cpu:.1f} s)")
        db.dispose()

    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv)
    from sqlalchemy import select

    from debtdesk.model import Advisor
    from ui.pages.today_page import TodayPage

    heavy = ("holidays", "reportlab", "jinja2")
    before = {m for m in heavy if m in sys.modules}
    db = open_database(url)
    with db.session() as s:
        advisor = s.scalars(select(Advisor.name).order_by(Advisor.id).limit(1)).first()
    db.advisor = advisor

    def build() -> TodayPage:
        page = TodayPage(db)
        page.resize(1280, 900)
        page.show()
        page.repaint()  # painted: what a person sees
        return page

    def settle(page: TodayPage, timeout: float = 120.0) -> float:
        """Seconds until the worker threads' sections have arrived."""
        start = time.perf_counter()
        while page.busy() and time.perf_counter() - start < timeout:
            app.processEvents()
            time.sleep(0.005)
        app.processEvents()
        return time.perf_counter() - start

    page, wall, cpu = timed(build)
    imported = sorted(m for m in heavy if m in sys.modules and m not in before)
    totals = {name: box.total for name, box in page.boxes.items() if name != "awaiting_reply"}
    print(f"cold: page built and painted in {wall * 1000:.0f} ms (CPU {cpu * 1000:.0f} ms)")
    print(f"  sections: {totals}")
    print(f"  heavy modules imported on the way: {imported or 'none'}")
    late = settle(page)
    print(f"  late replies and holiday calendar arrived {late * 1000:.0f} ms after")
    page.close()
    page.deleteLater()
    app.processEvents()

    walls, cpus = [], []
    for _ in range(args.runs):
        page, wall, cpu = timed(build)
        walls.append(wall)
        cpus.append(cpu)
        settle(page)
        page.close()
        page.deleteLater()
        app.processEvents()
    print(figures("build + first read + paint (warm)", walls, cpus))

    page = build()
    settle(page)
    walls, cpus = [], []
    for _ in range(args.runs):
        page._read_at = float("-inf")  # stale, as after a while on another page

        def switch() -> None:
            page.page_shown()
            page.repaint()

        _, wall, cpu = timed(switch)
        walls.append(wall)
        cpus.append(cpu)
        settle(page)
    print(figures("switch to the page (read again + paint)", walls, cpus))

    with_filter: list[float] = []
    cpu_filter: list[float] = []
    for _ in range(max(3, args.runs // 4)):
        _, wall, cpu = timed(lambda: page.mine.setChecked(not page.mine.isChecked()))
        with_filter.append(wall)
        cpu_filter.append(cpu)
        settle(page)
    print(figures(f"'My cases' toggled ({advisor})", with_filter, cpu_filter))
    page.close()
    db.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
