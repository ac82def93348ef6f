"""Benchmark of letter layout and drawing alone: N letters laid out in one process (prints figures).

The batch benchmark (``bench/letters.py``) times a whole batch, two processes
and the database included; this one times only what ``documents/`` does with
letters already written: story building, layout, drawing and the PDF file, in
this process, on the letters of one real batch.

1. Generates demo cases (``--cases``, "today" 2026-11-30) and writes the
   letters of ``--template`` for the first ``--letters`` debtors with a loan,
   each in the debtor's language, exactly as a batch does (its blocks are
   captured just before layout).
2. Lays them out ``--repeat`` times with ``render_many`` (no helper process)
   and prints, per letter, the CPU milliseconds of each run, the minimum and
   the median (on a busy machine the minimum is the figure to compare), and
   how that time divides between story building, layout + drawing and
   writing the file.

    PYTHONPATH=. .venv/bin/python bench/layout.py
    PYTHONPATH=. .venv/bin/python bench/layout.py --letters 300 --repeat 7 --profile

``--compare`` alternates, in this one process, runs with the direct table paths
and lean page placement (``documents/quicktable.py``, ``documents/placement.py``)
and runs with reportlab's own methods in their place, checks that both give the
same bytes and prints the minimum and median of each: on a shared machine two
processes compared one after the other differ by more than what is measured.

    PYTHONPATH=. .venv/bin/python bench/layout.py --compare --repeat 8
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import pstats
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from reportlab.platypus import BaseDocTemplate, Frame
from reportlab.platypus import Table as RLTable
from sqlalchemy import select

from debtdesk.clock import set_today
from debtdesk.db import open_database
from debtdesk.demo import generate
from debtdesk.documents import batch as batch_module
from debtdesk.documents import pdf as pdf_module
from debtdesk.documents.batch import batch_letters
from debtdesk.documents.pdf import Letter, PdfMeta, render_many
from debtdesk.documents.quicktable import QuickTable
from debtdesk.model import Debtor, Loan

ON = date(2026, 11, 30)


def capture_letters(cases: int, letters: int, template: str) -> list[Letter]:
    """The letters a batch of ``template`` lays out, captured on their way to layout."""
    folder = Path(tempfile.mkdtemp(prefix="debtdesk-bench-layout-"))
    db = open_database(f"sqlite:///{folder}/layout.sqlite3", advisor="bench")
    generate(db, cases, seed=1, on=ON)
    captured: list[Letter] = []
    real = batch_module.render_many

    def capture(done: list[Letter], meta: Any, *args: Any, **kwargs: Any) -> Any:
        captured.extend(done)
        return real(done, meta)  # laid out here, without the helper: the batch needs its file

    batch_module.render_many = capture  # type: ignore[assignment]
    # Without the helper process: every letter then goes through render_many here.
    no_helper = getattr(batch_module, "start_helper", None)
    if no_helper is not None:
        batch_module.start_helper = lambda _letters: None  # type: ignore[attr-defined]
    try:
        with db.session() as s:
            ids = list(
                s.scalars(
                    select(Debtor.id)
                    .where(select(Loan.id).where(Loan.debtor_id == Debtor.id).exists())
                    .order_by(Debtor.id)
                    .limit(letters)
                )
            )
            batch_letters(s, template, ids, skip_incomplete=True)
            s.rollback()
    finally:
        batch_module.render_many = real  # type: ignore[assignment]
        if no_helper is not None:
            batch_module.start_helper = no_helper  # type: ignore[attr-defined]
    return captured


def _timed(owner: Any, name: str, totals: dict[str, float], label: str) -> Callable[[], None]:
    """Add the CPU time of ``owner.name`` to ``totals[label]``; returns the undo."""
    original = getattr(owner, name)

    def timed(*args: Any, **kwargs: Any) -> Any:
        start = time.process_time()
        try:
            return original(*args, **kwargs)
        finally:
            totals[label] += time.process_time() - start

    setattr(owner, name, timed)
    return lambda: setattr(owner, name, original)


def _reportlabs_own() -> Callable[[], None]:
    """reportlab's methods in place of the direct table paths and lean placement; gives the undo."""
    swaps: list[tuple[Any, str, Any]] = [
        (pdf_module, "LetterDocTemplate", BaseDocTemplate),
        (pdf_module, "LetterFrame", Frame),
        *(
            (QuickTable, name, getattr(RLTable, name))
            for name in ("draw", "_calc_height", "setStyle")
        ),
    ]
    saved = [(owner, name, owner.__dict__[name]) for owner, name, _new in swaps]
    for owner, name, new in swaps:
        setattr(owner, name, new)

    def undo() -> None:
        for owner, name, old in saved:
            setattr(owner, name, old)

    return undo


def compare(letters: list[Letter], repeat: int) -> None:
    """Alternating runs with and without the fast paths, in this process (see the docstring)."""
    n = len(letters)
    figures: dict[str, list[float]] = {"fast paths": [], "reportlab's own": []}
    first: bytes | None = None
    for run in range(2 * repeat):
        label = list(figures)[(run + run // 2) % 2]  # on, off, off, on, on, off, ...
        undo = _reportlabs_own() if label != "fast paths" else (lambda: None)
        gc.collect()
        try:
            cpu = time.process_time()
            pdf, _ranges = render_many(letters, PdfMeta(), invariant=True)
            figures[label].append(1000 * (time.process_time() - cpu) / n)
        finally:
            undo()
        first = first or pdf
        if pdf != first:
            raise SystemExit("the two ways gave different files")
    for label, runs in figures.items():
        print(
            f"{label:16} min {min(runs):.2f}, median {statistics.median(runs):.2f} ms a letter "
            f"(CPU; {len(runs)} runs)"
        )
    print("both ways: the same bytes")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=900)
    parser.add_argument("--letters", type=int, default=300)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--template", default="debt_statement_request")
    parser.add_argument("--profile", action="store_true", help="profile one more run")
    parser.add_argument(
        "--compare", action="store_true", help="fast paths against reportlab's own, alternating"
    )
    args = parser.parse_args()
    set_today(ON)
    wall = time.perf_counter()
    letters = capture_letters(args.cases, args.letters, args.template)
    seconds = time.perf_counter() - wall
    print(f"{len(letters)} letters of {args.template} written in {seconds:.1f} s")
    render_many(letters[:5], PdfMeta(), invariant=True)  # fonts registered, caches warm
    if args.compare:
        compare(letters, args.repeat)
        return 0

    runs: list[float] = []
    phases: list[dict[str, float]] = []
    for _ in range(args.repeat):
        totals = {"story": 0.0, "file": 0.0}
        undo = [
            _timed(pdf_module, "build_story", totals, "story"),
            _timed(pdf_module._FooterCanvas, "save", totals, "file"),
        ]
        cpu, start = time.process_time(), time.perf_counter()
        pdf, ranges = render_many(letters, PdfMeta(), invariant=True)
        cpu, elapsed = time.process_time() - cpu, time.perf_counter() - start
        for step in undo:
            step()
        runs.append(cpu)
        phases.append(totals)
        per = 1000 * cpu / len(letters)
        print(
            f"  CPU {cpu:.2f} s = {per:.2f} ms a letter (wall {elapsed:.2f} s); "
            f"{ranges[-1][1]} pages, {len(pdf) / 2**20:.1f} MiB"
        )
    best = min(range(len(runs)), key=runs.__getitem__)
    n = len(letters)
    story, file_ = phases[best]["story"], phases[best]["file"]
    print(
        f"min {1000 * runs[best] / n:.2f} ms a letter, median "
        f"{1000 * statistics.median(runs) / n:.2f} ms; the fastest run: story "
        f"{1000 * story / n:.2f}, layout + drawing {1000 * (runs[best] - story - file_) / n:.2f}, "
        f"footers + file {1000 * file_ / n:.2f} ms a letter"
    )
    if args.profile:
        profiler = cProfile.Profile()
        profiler.enable()
        render_many(letters, PdfMeta(), invariant=True)
        profiler.disable()
        pstats.Stats(profiler, stream=sys.stdout).sort_stats("tottime").print_stats(30)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
