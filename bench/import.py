"""Benchmark of a sheet import (prints figures; not a test).

Generates a 10,000-row ``.xlsx`` as a local group keeps it (a title row, a
header merged over two rows, dates and amounts written every which way, a
bank, a court date on half the rows, a decision on a quarter), then times on a
fresh SQLite file: reading the sheet, the dry run, and the real import
(duplicate check, intake with its deadlines, one transaction). Target: the
real import of 10,000 rows in **≤ 20 s**.

    python bench/import.py                  # 10,000 rows, temporary SQLite file
    python bench/import.py --rows 2000 --no-dry-run
    python bench/import.py --database postgresql+psycopg://…/bench   # an empty, upgraded db
    python bench/import.py --rows 2000 --profile      # where the real import spends its time

Measured (2 shared, loaded cores; CPU seconds are the stable figure): row by row
through the services, 312 s CPU for 10,000 rows; with the duplicate index and
the chunked writer (``debtdesk.sheets.bulk``), about 13 s CPU.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import shutil
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date, timedelta
from pathlib import Path
from random import Random
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from openpyxl import Workbook

from debtdesk.clock import set_today
from debtdesk.db import open_database
from debtdesk.services.iin import make_iin
from debtdesk.sheets import import_sheet, open_sheet
from debtdesk.sheets.mapping import resolve_mapping

ON = date(2026, 11, 30)
TARGET_S = 20.0
SURNAMES = ("Иванов", "Петров", "Сейткали", "Жұмабаев", "Ким", "Ахметов", "Нұрланов", "Смагулов")
NAMES = ("Асхат", "Мария", "Ерлан", "Ольга", "Айгерім", "Дмитрий", "Гүлнар", "Серік", "Әсел")
BANKS = ("Халык", "Отбасы", "Каспи", "Евразийский", "Jusan", "Береке", "ЦентрКредит")
CITIES = ("Алматы", "Астана", "Шымкент", "Караганда", "Актобе", "Тараз")


def _date_text(day: date, rng: Random) -> Any:
    style = rng.randrange(4)
    if style == 0:
        return day.strftime("%d.%m.%Y")
    if style == 1:
        return day.isoformat()
    if style == 2:
        return (day - date(1899, 12, 30)).days  # an Excel serial number
    months = ("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
              "сентября", "октября", "ноября", "декабря")  # fmt: skip
    return f"{day.day} {months[day.month - 1]} {day.year}"


def _word(n: int) -> str:
    """A made-up second surname, different for every row: rows are different people."""
    letters = "бвгдклмнпрстшз"
    vowels = "аеиоуы"
    word = ""
    while True:
        n, c = divmod(n, len(letters))
        n, v = divmod(n, len(vowels))
        word += letters[c] + vowels[v]
        if not n:
            return word.capitalize() + "ов"


def make_sheet(path: Path, rows: int, seed: int = 1) -> None:
    rng = Random(seed)
    book = Workbook(write_only=True)
    sheet = book.create_sheet("Должники")
    sheet.append(["Список должников движения"])
    sheet.append(["ФИО", "ИИН", "Телефон", "Кредит", None, "Дата суда", "Дата решения", "Город"])
    sheet.append([None, None, None, "Банк", "Сумма, тг", None, None, None])
    for n in range(rows):
        born = date(1960, 1, 1) + timedelta(days=rng.randrange(14000))  # before 2000
        iin = None
        while iin is None:
            iin = make_iin(born, rng.choice((3, 4)), rng.randrange(10000))
        amount = rng.randrange(2_000_000, 60_000_000)
        hearing = ON + timedelta(days=rng.randrange(1, 200)) if n % 2 else None
        decided = ON - timedelta(days=rng.randrange(1, 25)) if n % 4 == 1 else None
        sheet.append(
            [
                f"{rng.choice(SURNAMES)} {_word(n)} {rng.choice(NAMES)}",
                int(iin) if rng.random() < 0.3 else iin,
                f"8 (70{rng.randrange(10)}) {rng.randrange(1000000, 9999999)}",
                rng.choice(BANKS),
                f"{amount:,} ₸".replace(",", " ") if rng.random() < 0.5 else amount,
                _date_text(hearing, rng) if hearing else None,
                _date_text(decided, rng) if decided else None,
                rng.choice(CITIES),
            ]
        )
    book.save(path)


@contextmanager
def timed(label: str, results: dict[str, tuple[float, float]]) -> Iterator[None]:
    wall, cpu = time.perf_counter(), time.process_time()
    yield
    results[label] = (time.perf_counter() - wall, time.process_time() - cpu)
    print(f"{label:<28} wall {results[label][0]:7.2f} s   cpu {results[label][1]:7.2f} s")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=10_000)
    parser.add_argument("--database", help="an empty, upgraded database (default: temporary)")
    parser.add_argument("--no-dry-run", action="store_true")
    parser.add_argument("--profile", action="store_true", help="profile the real import")
    args = parser.parse_args(argv)
    set_today(ON)
    folder = Path(tempfile.mkdtemp(prefix="debtdesk-bench-import-"))
    results: dict[str, tuple[float, float]] = {}
    try:
        path = folder / "sheet.xlsx"
        with timed("generate the sheet", results):
            make_sheet(path, args.rows)
        url = args.database or f"sqlite:///{folder / 'bench.sqlite3'}"
        db = open_database(url, advisor="Bench")
        with timed("read the sheet", results):
            sheet = open_sheet(path)
        print(f"  {len(sheet.rows)} rows, {len(sheet.columns)} columns")
        runs: list[tuple[str, bool]] = [] if args.no_dry_run else [("dry run", True)]
        runs.append(("import (target ≤ 20 s)", False))
        for label, dry in runs:
            report: Any = None
            done: Callable[[int, int], None] = lambda d, t: None  # noqa: E731
            profiler = cProfile.Profile() if args.profile and not dry else None
            with timed(label, results), db.session() as session:
                mapping = resolve_mapping(session, sheet.columns)
                if profiler is not None:
                    profiler.enable()
                report = import_sheet(session, sheet, mapping, dry_run=dry, progress=done)
                if profiler is not None:
                    profiler.disable()
            if profiler is not None:
                pstats.Stats(profiler).sort_stats("tottime").print_stats(25)
            print(
                f"  {len(report.imported)} imported, {len(report.invalid_rows)} invalid, "
                f"{len(report.skipped_duplicates)} duplicates skipped"
            )
        wall = results["import (target ≤ 20 s)"][0]
        verdict = "meets" if wall <= TARGET_S else "MISSES"
        print(f"{verdict} the target: {args.rows / wall:,.0f} rows/s")
        db.dispose()
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
