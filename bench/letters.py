"""Benchmark of letters: one batch PDF of many letters, and one letter end to end (prints figures).

1. Generates N demo cases (default 2,000; ``debtdesk.demo.generate``, "today"
   2026-11-30) and computes their deadlines.
2. Batch: ``batch_letters`` for the first L cases that have a loan (default
   1,000), each in the debtor's own language, from the database to the
   registered file (written atomically), committed. Target: **≤ 5 s**. Before
   it, the letters are warmed up as the window does once they are loaded after
   start (``documents.warm.warm_up``: fonts, style sheets, a small letter of
   each style and language; ``--cold`` leaves that to the batch). A
   large batch is written and laid out in two processes
   (``documents.parallel``): the helper's CPU seconds are printed too, and how
   long this process waited for the helper's part (near 0 both ways when
   ``parallel.FILL_SHARE_PERCENT`` balances them). Prints
   the phases as the progress callback sees them (contexts and data checks;
   numbers, markup and PDF layout; registering), the commit, pages and bytes,
   each with this process's CPU seconds (compare those on a busy machine).
3. One letter end to end (``create_letter`` in its own transaction, the file
   written), repeated: p50 / p95 / max in ms.

    PYTHONPATH=. .venv/bin/python bench/letters.py
    PYTHONPATH=. .venv/bin/python bench/letters.py --cases 500 --letters 200
    PYTHONPATH=. .venv/bin/python bench/letters.py --database postgresql+psycopg://…  (upgraded)
    PYTHONPATH=. .venv/bin/python bench/letters.py --profile   # the batch's top functions
    PYTHONPATH=. .venv/bin/python bench/letters.py --one-core  # pinned to one processor
"""

from __future__ import annotations

import argparse
import cProfile
import os
import pstats
import resource
import shutil
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

from sqlalchemy import select

from debtdesk.clock import set_today
from debtdesk.db import open_database
from debtdesk.deadlines.engine import recompute_all
from debtdesk.demo import generate
from debtdesk.documents import parallel
from debtdesk.documents import pdf as pdf_module
from debtdesk.documents.batch import batch_letters
from debtdesk.documents.paragraphs import ParagraphMemo
from debtdesk.documents.register import create_letter
from debtdesk.documents.warm import warm_up
from debtdesk.model import Debtor, Loan

ON = date(2026, 11, 30)
TARGET_BATCH_S = 5.0
TEMPLATE = "debt_statement_request"  # to the bank; every demo loan has what it needs
FILL_SHARE = f"{parallel.FILL_SHARE_PERCENT}%"


def _write(path: Path, data: bytes) -> None:
    tmp = path.with_name(f".{path.name}.tmp")
    with tmp.open("wb") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)


def _children_cpu(after: float | None = None) -> float:
    """CPU seconds of ended child processes (the batch's helper, once it is reaped).

    With ``after``, waits up to 3 s for that figure to grow past it: the helper
    ends, and is reaped by a thread, just after the batch.
    """
    deadline = time.monotonic() + 3
    while True:
        usage = resource.getrusage(resource.RUSAGE_CHILDREN)
        seconds = usage.ru_utime + usage.ru_stime
        if after is None or seconds > after or time.monotonic() > deadline:
            return seconds
        time.sleep(0.05)


def _percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=2000)
    parser.add_argument("--letters", type=int, default=1000)
    parser.add_argument("--single", type=int, default=20, help="single letters to time")
    parser.add_argument("--template", default=TEMPLATE)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--database", default=None, help="URL (default: a temporary SQLite file)")
    parser.add_argument("--no-generate", action="store_true", help="use the cases already there")
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder")
    parser.add_argument("--profile", action="store_true", help="profile the batch")
    parser.add_argument(
        "--cold", action="store_true", help="no warm-up: the batch is the process's first letters"
    )
    parser.add_argument(
        "--one-core",
        action="store_true",
        help="run on one processor only, as an old laptop or a busy one (no helper then)",
    )
    args = parser.parse_args()
    set_today(ON)
    if args.one_core:
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
    print(f"processors this process may use: {parallel.usable_cpus()} of {os.cpu_count()}")

    folder = Path(tempfile.mkdtemp(prefix="debtdesk-bench-letters-"))
    url = args.database or f"sqlite:///{folder}/letters.sqlite3"
    db = open_database(url, advisor="bench")
    print(f"database: {db.display}")
    try:
        if not args.no_generate:
            wall = time.perf_counter()
            generate(db, args.cases, seed=args.seed, on=ON)
            print(f"generated {args.cases:,} cases in {time.perf_counter() - wall:.1f} s")
        wall = time.perf_counter()
        with db.session() as s:
            made = recompute_all(s)
        print(f"deadlines computed in {time.perf_counter() - wall:.1f} s: {made}")
        if args.cold:
            print("letters not warmed up: the batch is this process's first letters")
        else:
            cpu = time.process_time()
            warm_up()
            print(
                "letters warmed up as the app does after start (documents.warm): "
                f"{1000 * (time.process_time() - cpu):.0f} ms CPU"
            )
        with db.session() as s:
            ids = list(
                s.scalars(
                    select(Debtor.id)
                    .where(select(Loan.id).where(Loan.debtor_id == Debtor.id).exists())
                    .order_by(Debtor.id)
                    .limit(args.letters)
                )
            )
        print(f"\nbatch: {args.template}, {len(ids):,} letters (each debtor's language)")
        marks: dict[str, float] = {}
        cpu_marks: dict[str, float] = {}

        def progress(done: int, all_: int) -> None:
            now, now_cpu = time.perf_counter(), time.process_time()
            if done == len(ids):
                marks["prepared"], cpu_marks["prepared"] = now, now_cpu
            elif done == all_ - 1:
                marks["laid out"], cpu_marks["laid out"] = now, now_cpu

        out = folder / "batch.pdf"
        memos: list[ParagraphMemo] = []  # this process's, to count the line-breaking paths

        def kept_memo() -> ParagraphMemo:
            memos.append(ParagraphMemo())
            return memos[-1]

        pdf_module.ParagraphMemo = kept_memo  # type: ignore[assignment,misc]
        waited: list[float] = []  # wall seconds this process waited for the helper's part
        helper_result = parallel.Helper.result

        def timed_result(helper: parallel.Helper) -> tuple[bytes, list[tuple[int, int]]]:
            t0 = time.perf_counter()
            try:
                return helper_result(helper)
            finally:
                waited.append(time.perf_counter() - t0)

        parallel.Helper.result = timed_result  # type: ignore[method-assign]
        helper_cpu0 = _children_cpu()
        profiler = cProfile.Profile() if args.profile else None
        cpu, start = time.process_time(), time.perf_counter()
        with db.session() as s:
            if profiler:
                profiler.enable()
            result = batch_letters(s, args.template, ids, progress=progress, skip_incomplete=True)
            if profiler:
                profiler.disable()
            registered, registered_cpu = time.perf_counter(), time.process_time()
            _write(out, result.pdf)
        end, end_cpu = time.perf_counter(), time.process_time()
        cpu_start, cpu = cpu, end_cpu - cpu
        pages = result.letters[-1][3] if result.letters else 0
        phases = [
            ("contexts and checks", start, cpu_start, marks["prepared"], cpu_marks["prepared"]),
            ("numbers, markup, layout", marks["prepared"], cpu_marks["prepared"],
             marks["laid out"], cpu_marks["laid out"]),
            ("registering", marks["laid out"], cpu_marks["laid out"], registered, registered_cpu),
            ("file written, commit", registered, registered_cpu, end, end_cpu),
        ]  # fmt: skip
        for name, wall0, cpu0, wall1, cpu1 in phases:
            print(f"  {name:<24} {wall1 - wall0:7.2f} s  (CPU {cpu1 - cpu0:6.2f} s)")
        status = "within" if end - start <= TARGET_BATCH_S else "OVER"
        print(
            f"  total                    {end - start:7.2f} s  ({status} the {TARGET_BATCH_S:g} s "
            f"target; this process's CPU {cpu:.2f} s)"
        )
        print(
            f"  {len(result.letters):,} letters, {pages:,} pages, "
            f"{len(result.pdf) / 2**20:.1f} MiB "
            f"({len(result.pdf) / max(1, len(result.letters)) / 1024:.1f} KiB a letter), "
            f"{1000 * (end - start) / max(1, pages):.1f} ms a page; "
            f"{len(result.skipped)} cases left out"
        )
        fast = sum(memo.fast_breaks for memo in memos)
        slow = sum(memo.slow_breaks for memo in memos)
        print(
            f"  paragraphs broken into lines (this process): {fast:,} by the fast path, "
            f"{slow:,} by reportlab's ({100 * slow / max(1, fast + slow):.1f}%: several "
            f"fragments, words wider than a line)"
        )
        if parallel.usable_cpus() < 2 or len(result.letters) < parallel.MIN_LETTERS:
            print("  no helper process (one processor, or a small batch): all in this one")
        else:
            helper_cpu = _children_cpu(after=helper_cpu0) - helper_cpu0
            print(
                f"  helper process CPU         {helper_cpu:.2f} s (a second process laying out "
                f"part of a large batch; both processes {cpu + helper_cpu:.2f} s)"
            )
            print(
                f"  this process waited        {sum(waited):.2f} s for the helper's part "
                f"({FILL_SHARE} of the letters were its own)"
            )
        if profiler:
            pstats.Stats(profiler, stream=sys.stdout).sort_stats("cumulative").print_stats(25)

        print(f"\nsingle letter end to end ({args.single} times): create_letter + file + commit")
        timings: list[float] = []
        cpu_timings: list[float] = []
        for n in range(args.single):
            case_id = ids[n % len(ids)]
            t0, c0 = time.perf_counter(), time.process_time()
            with db.session() as s:
                letter = create_letter(s, args.template, case_id)
                _write(folder / "one.pdf", letter.pdf)
            timings.append(1000 * (time.perf_counter() - t0))
            cpu_timings.append(1000 * (time.process_time() - c0))
        print(
            f"  p50 {statistics.median(timings):.0f} ms, p95 {_percentile(timings, 0.95):.0f} ms, "
            f"max {max(timings):.0f} ms; {letter.pages} page(s), {len(letter.pdf) / 1024:.0f} KiB"
        )
        print(f"  CPU p50 {statistics.median(cpu_timings):.0f} ms (this process)")
    finally:
        db.dispose()
        if args.keep:
            print(f"kept: {folder}")
        else:
            shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
