"""Benchmark of the deadline engine on a large database (prints figures; not a test).

1. Recompute every deadline from its event: read the events, compute, write
   the deadlines (target: 100,000 events in at most 3 s).
2. The 14-day agenda on a 100,000-case database (target: at most 100 ms).

    python bench/deadlines.py                 # 100,000 demo cases in a temp SQLite file
    python bench/deadlines.py --cases 20000
    python bench/deadlines.py --database postgresql+psycopg://…   (an empty, upgraded database)
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from datetime import date

from sqlalchemy import delete, func, select, text

from debtdesk.clock import set_today
from debtdesk.db import open_database
from debtdesk.deadlines import engine
from debtdesk.deadlines.agenda import agenda
from debtdesk.demo import generate
from debtdesk.model import Deadline, Event

ON = date(2026, 11, 30)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=100_000)
    parser.add_argument("--database", default=None)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    set_today(ON)
    url = args.database or f"sqlite:///{tempfile.mkdtemp()}/bench.sqlite3"
    db = open_database(url, advisor="bench")
    started = time.perf_counter()
    generate(db, args.cases, seed=1, on=ON)
    print(f"demo data: {args.cases:,} cases in {time.perf_counter() - started:.1f} s")
    with db.session() as s:
        events = s.scalar(select(func.count(Event.id))) or 0
    print(f"events: {events:,}")

    timings = []
    for run in range(args.runs):
        with db.session() as s:
            s.execute(delete(Deadline))
        t0 = time.perf_counter()
        with db.session() as s:
            stats = engine.recompute_all(s)
        timings.append(time.perf_counter() - t0)
        if run == 0:
            print(f"recompute: {stats['events']:,} trigger events → {stats['created']:,} deadlines")
    print(
        f"recompute all from scratch: median {statistics.median(timings):.2f} s "
        f"(min {min(timings):.2f}, max {max(timings):.2f}; target ≤ 3 s for 100,000 events)"
    )
    t0 = time.perf_counter()
    with db.session() as s:
        stats = engine.recompute_all(s)
    print(f"recompute all, nothing changed: {time.perf_counter() - t0:.2f} s ({stats})")

    if db.is_sqlite:
        with db.engine.connect() as conn:
            conn.execute(text("ANALYZE"))
    samples = []
    for _ in range(30):
        t0 = time.perf_counter()
        with db.session() as s:
            items = agenda(s, start=ON, days=14, lang="ru")
        samples.append((time.perf_counter() - t0) * 1000)
    samples.sort()
    p50 = statistics.median(samples)
    p95 = samples[int(len(samples) * 0.95) - 1]
    print(
        f"agenda 14 days: {len(items):,} items; p50 {p50:.1f} ms, p95 {p95:.1f} ms "
        f"(target ≤ 100 ms)"
    )
    with db.session() as s:
        city = s.execute(text("SELECT city FROM debtor LIMIT 1")).scalar()
        t0 = time.perf_counter()
        items = agenda(s, start=ON, days=14, city=city)
    elapsed = (time.perf_counter() - t0) * 1000
    print(f"agenda 14 days, one city: {len(items):,} items in {elapsed:.1f} ms")
    db.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
