"""Benchmark of demo generation and of the case search (prints figures; not a test).

1. Time to generate N demo cases (``debtdesk.demo.generate``), with rows per table.
2. Latency of ``services.cases.search_cases(session, text, limit=50)`` over a
   realistic mix of what advisors type: name fragments in Russian and Kazakh
   spelling (2 to 9 letters), whole names, IIN prefixes, phone fragments written
   the local ways, case numbers, and misses. Target: p95 ≤ 30 ms on SQLite.
3. Latency of counting the same searches' matches, as the register's status line
   does (``ui.operations.count_matches``: ``case_query`` without order or columns).

Generating 100,000 cases takes minutes: generate once with ``--keep`` (or into a
``--database`` of your own), then time searches against it with ``--no-generate``.

    python bench/search.py                      # 100,000 cases in a temporary SQLite file
    python bench/search.py --cases 10000
    python bench/search.py --database sqlite:////tmp/big.sqlite3 --keep
    python bench/search.py --database sqlite:////tmp/big.sqlite3 --no-generate   # search only
    python bench/search.py --database postgresql+psycopg://…   (empty: the schema is created)
    python bench/search.py --explain            # also print the query plans of a few searches
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from collections import defaultdict
from datetime import date
from pathlib import Path
from random import Random

from sqlalchemy import Select, func, select, text
from sqlalchemy.orm import Session

from debtdesk.clock import set_today
from debtdesk.db import Database, migrate, open_database
from debtdesk.db.engine import make_engine
from debtdesk.demo import generate
from debtdesk.demo.rows import CASE_TABLES
from debtdesk.model import Debtor, Proceeding
from debtdesk.services.cases import case_query, page_query, search_cases
from debtdesk.text import fold

ON = date(2026, 11, 30)
TARGET_P95_MS = 30.0
LIMIT = 50


def _percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def build_queries(session: Session, count: int, seed: int) -> list[tuple[str, str]]:
    """(category, text) pairs drawn from the data, as advisors would type them."""
    rng = Random(seed)
    sample = session.execute(
        select(Debtor.full_name, Debtor.iin, Debtor.phone).order_by(Debtor.id).limit(5000)
    ).all()
    numbers = session.scalars(
        select(Proceeding.case_no).where(Proceeding.case_no.is_not(None)).limit(5000)
    ).all()
    kazakh_letters = set("әғқңөұүіһ")
    kazakh_names = [r.full_name for r in sample if kazakh_letters & set(r.full_name.lower())]
    queries: list[tuple[str, str]] = []
    makers = [
        ("name, 2-3 letters", lambda: fold(rng.choice(sample).full_name)[: rng.randint(2, 3)]),
        ("name, 4-6 letters", lambda: fold(rng.choice(sample).full_name)[: rng.randint(4, 6)]),
        ("name, 7-9 letters", lambda: fold(rng.choice(sample).full_name)[: rng.randint(7, 9)]),
        ("first name", lambda: rng.choice(sample).full_name.split()[1][: rng.randint(3, 6)]),
        ("Kazakh letters", lambda: rng.choice(kazakh_names).split()[0][: rng.randint(4, 7)]),
        ("folded Kazakh", lambda: fold(rng.choice(kazakh_names).split()[0])[: rng.randint(4, 7)]),
        ("whole name", lambda: rng.choice(sample).full_name),
        ("IIN prefix", lambda: rng.choice(sample).iin[: rng.randint(6, 12)]),
        ("phone +7", lambda: rng.choice(sample).phone),
        ("phone 8 7xx …", lambda: _local_phone(rng.choice(sample).phone, rng)),
        ("phone tail", lambda: rng.choice(sample).phone[-rng.randint(4, 7) :]),
        ("case number", lambda: rng.choice(numbers)),
        ("case no. tail", lambda: rng.choice(numbers).split("/")[-1]),
        ("miss", lambda: rng.choice(["zzqx", "Смитсон", "9999999", "qwerty", "Жжжж"])),
    ]
    while len(queries) < count:
        category, make = makers[len(queries) % len(makers)]
        query = make()
        if query:
            queries.append((category, query))
    return queries


def _local_phone(phone: str, rng: Random) -> str:
    digits = phone[2:]
    written = f"8 {digits[:3]} {digits[3:6]} {digits[6:8]} {digits[8:]}"
    return written[: rng.randint(7, len(written))]


def count_query(query: str) -> Select:
    """What ``ui.operations.count_matches`` runs for ``query`` (without importing Qt)."""
    inner = case_query(text=query).order_by(None).with_only_columns(Debtor.id).subquery()
    return select(func.count()).select_from(inner)


def run_searches(db: Database, queries: list[tuple[str, str]]) -> dict[str, list[float]]:
    timings: dict[str, list[float]] = defaultdict(list)
    with db.session() as s:
        for _category, query in queries[:20]:  # warm the page cache and the statement cache
            search_cases(s, query, limit=LIMIT)
            s.scalar(count_query(query))
        for category, query in queries:
            started = time.perf_counter()
            rows = search_cases(s, query, limit=LIMIT)
            elapsed = (time.perf_counter() - started) * 1000
            timings[category].append(elapsed)
            timings["all"].append(elapsed)
            timings["_hits"].append(len(rows))
            started = time.perf_counter()
            s.scalar(count_query(query))
            timings["_count"].append((time.perf_counter() - started) * 1000)
    return timings


def explain(db: Database, texts: list[str]) -> None:
    with db.engine.connect() as conn:
        for query in texts:
            prefix = "EXPLAIN QUERY PLAN " if db.is_sqlite else "EXPLAIN (ANALYZE, BUFFERS) "
            for what, statement in [
                ("search", page_query(text=query, on=ON, limit=LIMIT)),
                ("count", count_query(query)),
            ]:
                compiled = statement.compile(
                    dialect=conn.dialect, compile_kwargs={"literal_binds": True}
                )
                print(f"\n--- {what} plan for {query!r}")
                for row in conn.execute(text(prefix + str(compiled))):
                    print("   ", " | ".join(str(v) for v in row))


def _create_schema_if_empty(url: str) -> None:
    """An empty PostgreSQL database gets the schema (what ``debtdesk db upgrade`` does)."""
    engine = make_engine(url)
    try:
        if migrate.schema_state(engine).current is None:
            migrate.upgrade(engine)
    finally:
        engine.dispose()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--queries", type=int, default=300)
    parser.add_argument("--database", default=None, help="URL (default: a temporary SQLite file)")
    parser.add_argument("--no-generate", action="store_true", help="search the data already there")
    parser.add_argument("--keep", action="store_true", help="keep the temporary database")
    parser.add_argument("--explain", action="store_true", help="print a few query plans")
    args = parser.parse_args()
    set_today(ON)

    folder = None
    url = args.database
    if url is None:
        folder = Path(tempfile.mkdtemp(prefix="debtdesk-bench-"))
        url = f"sqlite:///{folder}/search.sqlite3"
    if not url.startswith("sqlite"):
        _create_schema_if_empty(url)
    db = open_database(url, advisor="bench")
    print(f"database: {db.display}")
    try:
        if not args.no_generate:
            last = [time.perf_counter()]

            def progress(done: int, total: int) -> None:
                if done and (done % 10_000 == 0 or done == total):
                    now = time.perf_counter()
                    print(f"  {done:>7,} / {total:,} cases  (+{now - last[0]:.1f} s)", flush=True)
                    last[0] = now

            cpu, wall = time.process_time(), time.perf_counter()
            generate(db, args.cases, seed=args.seed, on=ON, progress=progress)
            wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
            print(
                f"generated {args.cases:,} cases in {wall:.1f} s (this process's CPU: {cpu:.1f} s)"
            )
        with db.engine.connect() as conn:
            counts = {
                t.name: conn.execute(select(func.count()).select_from(t)).scalar_one()
                for t in CASE_TABLES
            }
        print("rows: " + ", ".join(f"{name} {n:,}" for name, n in counts.items()))
        print(f"rows in all: {sum(counts.values()):,}")
        if db.path is not None:
            print(f"file size: {db.path.stat().st_size / 2**20:.0f} MiB")

        with db.session() as s:
            queries = build_queries(s, args.queries, args.seed)
        timings = run_searches(db, queries)
        hits = timings.pop("_hits")
        counts = timings.pop("_count")
        print(
            f"\n{len(queries)} searches, limit {LIMIT}, {statistics.mean(hits):.1f} rows a search"
        )
        print(f"{'category':<20} {'n':>4} {'p50 ms':>8} {'p95 ms':>8} {'max ms':>8}")
        for category in [c for c in timings if c != "all"] + ["all"]:
            values = timings[category]
            print(
                f"{category:<20} {len(values):>4} {statistics.median(values):>8.1f} "
                f"{_percentile(values, 0.95):>8.1f} {max(values):>8.1f}"
            )
        print(
            f"{'(count of matches)':<20} {len(counts):>4} {statistics.median(counts):>8.1f} "
            f"{_percentile(counts, 0.95):>8.1f} {max(counts):>8.1f}"
        )
        p95 = _percentile(timings["all"], 0.95)
        verdict = "meets" if p95 <= TARGET_P95_MS else "MISSES"
        print(f"\nsearch p95 {p95:.1f} ms {verdict} the target of {TARGET_P95_MS:.0f} ms (SQLite)")
        if args.explain:
            explain(db, ["ив", "курман", "7701", "", "2/273"])
    finally:
        db.dispose()
        if folder is not None:
            if args.keep:
                print(f"kept: {folder}")
            else:
                shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
