"""Benchmark of the deadline engine on a large database (prints figures; not a test).

1. Recompute every deadline from its event: read the events, compute, write
   the deadlines (target: 100,000 events in at most 3 s). Measured from
   scratch (no deadlines yet), with nothing changed, and with 1% of the
   events moved by a day.
2. The 14-day agenda on a 100,000-case database, as a person reads it: the
   first page of each section and each section's total (target: at most
   100 ms). Also printed: one city, an advisor, and the whole agenda with no
   limit (what the iCal export reads) for comparison.

    python bench/deadlines.py                 # 100,000 demo cases in a temp SQLite file
    python bench/deadlines.py --cases 20000
    python bench/deadlines.py --database sqlite:////tmp/big.sqlite3 [--no-generate]
    python bench/deadlines.py --database postgresql+psycopg://…   (an empty, upgraded database)

Wall times on a shared machine vary with its load; the CPU seconds of this
process are printed beside them (the database's own work is in them for
SQLite, not for PostgreSQL, whose server is another process).
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import date
from typing import Any

from sqlalchemy import delete, func, select, text, update

from debtdesk.clock import set_today
from debtdesk.db import open_database
from debtdesk.deadlines import engine
from debtdesk.deadlines.agenda import DEFAULT_LIMIT, agenda, agenda_page
from debtdesk.demo import generate
from debtdesk.demo.deadlines import compute_demo_deadlines
from debtdesk.model import Advisor, Deadline, Event

ON = date(2026, 11, 30)


def timed(run: Callable[[], Any]) -> tuple[Any, float, float]:
    """``run()``'s result, wall seconds and this process's CPU seconds."""
    wall, cpu = time.perf_counter(), time.process_time()
    result = run()
    return result, time.perf_counter() - wall, time.process_time() - cpu


def recompute(db: Any) -> dict[str, int]:
    with db.session() as s:
        return engine.recompute_all(s)


def per_100k(seconds: float, events: int) -> str:
    return f"{seconds * 100_000 / max(events, 1):.2f} s per 100,000 events"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=100_000)
    parser.add_argument("--database", default=None)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument(
        "--no-generate", action="store_true", help="use the demo data already in --database"
    )
    parser.add_argument("--agenda-runs", type=int, default=30)
    parser.add_argument(
        "--agenda-only", action="store_true", help="skip the recomputations (with --no-generate)"
    )
    args = parser.parse_args()
    set_today(ON)
    url = args.database or f"sqlite:///{tempfile.mkdtemp()}/bench.sqlite3"
    db = open_database(url, advisor="bench")
    if not args.no_generate:
        _, wall, cpu = timed(lambda: generate(db, args.cases, seed=1, on=ON))
        print(f"demo data: {args.cases:,} cases in {wall:.1f} s (CPU {cpu:.1f} s)")
    with db.session() as s:
        events = s.scalar(select(func.count(Event.id))) or 0
    print(f"events: {events:,}")

    if not args.agenda_only:
        recompute_figures(db, args.runs)
    bench_agenda(db, args.agenda_runs)
    db.dispose()
    return 0


def recompute_figures(db: Any, runs: int) -> None:
    walls, cpus, triggers = [], [], 0
    stats: dict[str, int] = {}
    for _run in range(runs):
        with db.session() as s:
            s.execute(delete(Deadline))
        stats, wall, cpu = timed(lambda: recompute(db))
        walls.append(wall)
        cpus.append(cpu)
        triggers = stats["events"]
    print(f"recompute: {triggers:,} trigger events → {stats['created']:,} deadlines")
    print(
        f"recompute all from scratch: median {statistics.median(walls):.2f} s wall, "
        f"{statistics.median(cpus):.2f} s CPU (min {min(walls):.2f}, max {max(walls):.2f}) "
        f"= {per_100k(statistics.median(walls), triggers)} wall, "
        f"{per_100k(statistics.median(cpus), triggers)} CPU (target ≤ 3 s)"
    )
    stats, wall, cpu = timed(lambda: recompute(db))
    print(
        f"recompute all, nothing changed: {wall:.2f} s wall, {cpu:.2f} s CPU "
        f"({per_100k(wall, triggers)}) {stats}"
    )
    with db.session() as s:
        s.execute(
            update(Event)
            .where(Event.id % 100 == 7, Event.kind != "hearing")
            .values(date=Event.date + 1 if not db.is_sqlite else func.date(Event.date, "+1 day"))
        )
    stats, wall, cpu = timed(lambda: recompute(db))
    print(
        f"recompute all, 1% of events moved: {wall:.2f} s wall, {cpu:.2f} s CPU "
        f"({per_100k(wall, triggers)}) {stats}"
    )

    # The agenda on the desk as `debtdesk demo` leaves it: old deadlines done.
    with db.session() as s:
        compute_demo_deadlines(s, ON)
    with db.engine.connect() as conn:
        conn.execute(text("ANALYZE deadline"))  # the table rewritten above
        conn.commit()


def bench_agenda(db: Any, runs: int) -> None:
    walls, cpus = [], []
    for _ in range(runs):
        with db.session() as s:
            page, wall, cpu = timed(lambda s=s: agenda_page(s, start=ON, days=14, lang="ru"))
        walls.append(wall * 1000)
        cpus.append(cpu * 1000)
    print(
        f"agenda 14 days, first {DEFAULT_LIMIT} a section: {len(page.items):,} items of "
        f"{sum(page.totals.values()):,} {page.totals}; {quantiles(walls, cpus)} (target ≤ 100 ms)"
    )
    with db.session() as s:
        city = s.execute(text("SELECT city FROM debtor LIMIT 1")).scalar()
        advisor = s.scalar(select(Advisor.name).limit(1))
    for label, kwargs in (("one city", {"city": city}), ("one advisor", {"advisor": advisor})):
        walls, cpus = [], []
        for _ in range(max(runs // 3, 1)):
            with db.session() as s:
                page, wall, cpu = timed(
                    lambda s=s, kw=kwargs: agenda_page(s, start=ON, days=14, lang="ru", **kw)
                )
            walls.append(wall * 1000)
            cpus.append(cpu * 1000)
        print(
            f"agenda 14 days, {label}: {len(page.items):,} items of "
            f"{sum(page.totals.values()):,}; {quantiles(walls, cpus)}"
        )
    with db.session() as s:
        items, wall, cpu = timed(lambda: agenda(s, start=ON, days=14, lang="ru"))
    print(
        f"agenda 14 days, every item (no limit): {len(items):,} items in "
        f"{wall * 1000:.0f} ms wall, {cpu * 1000:.0f} ms CPU"
    )


def quantiles(walls: list[float], cpus: list[float]) -> str:
    walls, cpus = sorted(walls), sorted(cpus)
    p95 = max(int(len(walls) * 0.95) - 1, 0)
    return (
        f"p50 {statistics.median(walls):.1f} ms, p95 {walls[p95]:.1f} ms wall; "
        f"p50 {statistics.median(cpus):.1f} ms CPU"
    )


if __name__ == "__main__":
    raise SystemExit(main())
