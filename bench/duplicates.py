"""Benchmark of the intake's duplicate check as the advisor types (prints figures; not a test).

The intake dialog runs ``ui.operations.intake.possible_duplicates`` a moment
after typing stops in the name, phone or IIN field (on a worker thread), and
once more on the GUI thread when saving: it should stay well under the 300 ms
debounce on an old laptop. This times it, one session
per check as the dialog does, for names typed letter by letter (with a typo and
the words swapped), phones in another format, and IINs, over N demo cases.

    python bench/duplicates.py                       # 100,000 cases, temporary SQLite file
    python bench/duplicates.py --cases 20000
    python bench/duplicates.py --database sqlite:////tmp/big.sqlite3 --keep
    python bench/duplicates.py --database sqlite:////tmp/big.sqlite3 --no-generate
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from datetime import date
from pathlib import Path
from random import Random

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import func, select

from debtdesk.clock import set_today
from debtdesk.db import Database, open_database
from debtdesk.demo import generate
from debtdesk.model import Debtor
from debtdesk.services.debtors import possible_duplicates

ON = date(2026, 11, 30)
TARGET_P95_MS = 100.0  # a third of the debounce: the typing never waits on it


def _percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def _typo(word: str, rng: Random) -> str:
    if len(word) < 4:
        return word
    i = rng.randrange(1, len(word) - 2)
    return word[:i] + word[i + 1] + word[i] + word[i + 2 :]  # two letters swapped


def typing_sequences(db: Database, people: int, seed: int) -> list[tuple[str, dict[str, str]]]:
    """(kind, typed fields) checks, as the debounced dialog would run them."""
    rng = Random(seed)
    with db.session() as s:
        total = s.scalar(select(func.count(Debtor.id))) or 0
        rows = s.execute(
            select(Debtor.full_name, Debtor.phone, Debtor.iin)
            .order_by(Debtor.id)
            .offset(rng.randrange(max(1, total - people)))
            .limit(people)
        ).all()
    checks: list[tuple[str, dict[str, str]]] = []
    for name, phone, iin in rows:
        words = name.split()
        typed = " ".join([words[1], _typo(words[0], rng), *words[2:]]) if len(words) > 1 else name
        # A pause after each word, then at the end: what the debounce lets through.
        for end in range(len(typed)):
            if end + 1 == len(typed) or typed[end + 1] == " ":
                checks.append(("name while typing", {"full_name": typed[: end + 1]}))
        if phone and phone.startswith("+7"):
            local = "8 (" + phone[2:5] + ") " + phone[5:8] + "-" + phone[8:10] + "-" + phone[10:]
            checks.append(("phone", {"full_name": typed, "phone": local}))
        if iin:
            checks.append(("iin", {"full_name": typed, "iin": iin[:6] + " " + iin[6:]}))
    return checks


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=100_000)
    parser.add_argument("--people", type=int, default=60, help="people typed in")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--database", help="database URL (default: a temporary SQLite file)")
    parser.add_argument("--no-generate", action="store_true", help="use the database as it is")
    parser.add_argument("--keep", action="store_true", help="keep the temporary database")
    args = parser.parse_args(argv)
    set_today(ON)

    folder = None
    url = args.database
    if url is None:
        folder = Path(tempfile.mkdtemp(prefix="debtdesk-bench-"))
        url = f"sqlite:///{folder}/duplicates.sqlite3"
    db = open_database(url, advisor="bench")
    print(f"database: {db.display}")
    try:
        if not args.no_generate:
            cpu, wall = time.process_time(), time.perf_counter()
            generate(db, args.cases, seed=1, on=ON, progress=None)
            wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
            print(f"generated {args.cases:,} cases in {wall:.1f} s (CPU {cpu:.1f} s)")
        with db.session() as s:
            print(f"cases: {s.scalar(select(func.count(Debtor.id))):,}")
        checks = typing_sequences(db, args.people, args.seed)
        for _kind, typed in checks[:10]:  # warm the page cache
            with db.session() as s:
                possible_duplicates(s, **typed)
        by_kind: dict[str, list[tuple[float, float]]] = {}
        found: dict[str, int] = {}
        for kind, typed in checks:
            start, cpu = time.perf_counter(), time.process_time()
            with db.session() as s:
                hits = possible_duplicates(s, **typed)
            wall_ms = (time.perf_counter() - start) * 1000
            by_kind.setdefault(kind, []).append((wall_ms, (time.process_time() - cpu) * 1000))
            found[kind] = found.get(kind, 0) + bool(hits)
        every: list[tuple[float, float]] = []
        for kind, times in by_kind.items():
            every += times
            wall, cpu = [t[0] for t in times], [t[1] for t in times]
            print(
                f"{kind:<18} n={len(times):>4}  wall p50 {_percentile(wall, 0.5):6.1f}"
                f" p95 {_percentile(wall, 0.95):6.1f} ms  CPU p50 {_percentile(cpu, 0.5):6.1f}"
                f" p95 {_percentile(cpu, 0.95):6.1f} ms  with a hit {found[kind]}/{len(times)}"
            )
        wall, cpu = [t[0] for t in every], [t[1] for t in every]
        print(
            f"all {len(every)} checks: wall p95 {_percentile(wall, 0.95):.1f} ms, CPU p95 "
            f"{_percentile(cpu, 0.95):.1f} ms (target ≤ {TARGET_P95_MS:.0f} ms); "
            f"wall {sum(wall) / 1000:.2f} s, CPU {sum(cpu) / 1000:.2f} s in all"
        )
        return 0
    finally:
        db.dispose()
        if folder is not None:
            if args.keep:
                print(f"kept: sqlite:///{folder}/duplicates.sqlite3")
            else:
                shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
