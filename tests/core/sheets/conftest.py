"""Messy sheets, made by the tests as local groups make them, and table counts."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook
from sqlalchemy import func, select

from debtdesk.db import Database
from debtdesk.model import AuditEntry, Creditor, Deadline, Debtor, Event, Loan, Proceeding
from debtdesk.services.iin import make_iin

TABLES = (Debtor, Loan, Proceeding, Event, Deadline, Creditor)


def iin(n: int) -> str:
    """A valid IIN, different for each ``n`` (born in the 1980s)."""
    for serial in range(n * 10, n * 10 + 10):
        found = make_iin(date(1980 + n % 10, 1 + n % 12, 1 + n % 28), 3, serial)
        if found:
            return found
    raise AssertionError(n)


def zero_iin() -> str:
    """A valid IIN starting with 0 (born 2001): a spreadsheet loses that zero."""
    for serial in range(100):
        found = make_iin(date(2001, 2, 3), 5, serial)
        if found:
            return found
    raise AssertionError


def counts(db: Database) -> dict[str, int]:
    with db.session() as s:
        found = {t.__tablename__: s.scalar(select(func.count()).select_from(t)) for t in TABLES}
        found["audit_entry"] = s.scalar(select(func.count()).select_from(AuditEntry))
        return found


def write_xlsx(path: Path, rows: list[list[Any]], merges: tuple[str, ...] = ()) -> Path:
    book = Workbook()
    sheet = book.active
    for row in rows:
        sheet.append(row)
    for cells in merges:
        sheet.merge_cells(cells)
    book.save(path)
    return path


@pytest.fixture
def messy_xlsx(tmp_path: Path) -> Path:
    """A title row, a header merged over two rows and over two columns, mixed dates,
    amounts and phones, an IIN that lost its leading zero, empty rows."""
    rows: list[list[Any]] = [
        ["Список должников, г. Алматы", None, None, None, None, None, None],
        ["Ф.И.О.", "ИИН", "Тел.", "Кредит", None, "Дата суда", "Город"],
        [None, None, None, "Банк", "Сумма, тг", None, None],
        [
            "Иванова Мария Петровна",
            iin(1),
            "8 (701) 123-45-67",
            "Халык",
            "1 500 000 ₸",
            "12.12.2026",
            "Алматы",
        ],
        [],
        [
            "Сейткали Асхат",
            int(zero_iin()),
            87011234568,
            "Халык",
            2500000,
            datetime(2026, 12, 14),
            "Алматы",
        ],
        [
            "Петров Иван",
            iin(3),
            "+7 702 000 11 22",
            "Отбасы",
            "3,200,000.50",
            "15 декабря 2026",
            "Астана",
        ],
        ["Жұмабаев Ерлан", None, None, None, None, "2026 жылғы 16 желтоқсан", "Шымкент"],
        [None, None, None, None, None, None, None],
        ["Ким Ольга", iin(5), "7011234599", "Каспи", "$ 12,000", 46372, "Алматы"],
    ]
    return write_xlsx(tmp_path / "messy.xlsx", rows, ("A2:A3", "B2:B3", "C2:C3", "D2:E2"))


@pytest.fixture
def run(capsys: pytest.CaptureFixture[str], db_url: str) -> Any:
    """``run("import-sheet", FILE)``: the CLI in-process on the test database."""
    from debtdesk.cli import main

    def invoke(*args: str) -> tuple[int, str, str]:
        capsys.readouterr()
        code = main(["--database", db_url, *args])
        out, err = capsys.readouterr()
        return code, out, err

    return invoke
