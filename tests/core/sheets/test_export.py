"""Exported sheets read back: typed cells in .xlsx, both encodings of .csv, the filters."""

from __future__ import annotations

import csv
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook

from debtdesk.db import Database
from debtdesk.model import Document
from debtdesk.services import intake
from debtdesk.sheets.exporting import RegisterFilter, export_sheet

pytestmark = pytest.mark.usefixtures("today")


@pytest.fixture
def filled(db: Database) -> Database:
    with db.session() as s:
        a = intake.intake(
            s,
            {
                "full_name": "Құрманғазы Әсел",
                "city": "Алматы",
                "phone": "87011234567",
                "bank": "Халық Банк",
                "principal": Decimal("1500000.50"),
                "next_hearing": date(2026, 12, 14),
                "decision_date": date(2026, 11, 2),
            },
        )
        intake.intake(
            s,
            {
                "full_name": "Петров Иван",
                "city": "Астана",
                "bank": "Отбасы",
                "principal": Decimal("2000000"),
                "next_hearing": date(2026, 12, 20),
                "decision_date": date(2026, 11, 10),
            },
        )
        s.add(
            Document(
                debtor_id=a.debtor_id,
                template="bank_request",
                language="ru",
                recipient="Халық Банк",
                outgoing_no="2026/001",
                year=2026,
                seq=1,
                created_on=date(2026, 11, 20),
                sent_on=date(2026, 11, 21),
            )
        )
    return db


def test_cases_xlsx_has_dates_as_dates_and_amounts_as_numbers(
    filled: Database, tmp_path: Path
) -> None:
    path = tmp_path / "cases.xlsx"
    with filled.session() as s:
        result = export_sheet(s, "cases", path)
    assert result.rows == 2
    book = load_workbook(path)
    sheet = book.active
    assert sheet.freeze_panes == "A2"
    header = [c.value for c in sheet[1]]
    assert header[:2] == ["Case", "Name"] and header[-1] == "Borrowed (KZT)"
    assert all(c.font.b for c in sheet[1])
    rows = {r[1]: r for r in sheet.iter_rows(min_row=2, values_only=True)}
    kurmangazy = rows["Құрманғазы Әсел"]
    assert kurmangazy[header.index("Next hearing")] == datetime(2026, 12, 14)
    assert kurmangazy[header.index("Borrowed (KZT)")] == pytest.approx(1500000.50)
    assert isinstance(kurmangazy[header.index("Borrowed (KZT)")], float | int)
    hearing_cell = sheet.cell(row=2, column=header.index("Next hearing") + 1)
    assert hearing_cell.is_date and hearing_cell.number_format == "DD.MM.YYYY"
    assert sheet.column_dimensions["B"].width >= 30


def test_the_registers_filter_narrows_every_export(filled: Database, tmp_path: Path) -> None:
    almaty = RegisterFilter(city="Алматы")
    with filled.session() as s:
        export_sheet(s, "cases", tmp_path / "c.xlsx", where=almaty)
        export_sheet(s, "deadlines", tmp_path / "d.xlsx", where=almaty)
        export_sheet(s, "deadlines", tmp_path / "all.xlsx")
        export_sheet(s, "letters", tmp_path / "l.xlsx", where=RegisterFilter(city="Астана"))
    names = [
        r[1]
        for r in load_workbook(tmp_path / "c.xlsx").active.iter_rows(min_row=2, values_only=True)
    ]
    assert names == ["Құрманғазы Әсел"]
    deadlines = list(
        load_workbook(tmp_path / "d.xlsx").active.iter_rows(min_row=2, values_only=True)
    )
    everyone = list(
        load_workbook(tmp_path / "all.xlsx").active.iter_rows(min_row=2, values_only=True)
    )
    assert deadlines and {r[4] for r in deadlines} == {"Құрманғазы Әсел"}
    assert {r[4] for r in everyone} == {"Құрманғазы Әсел", "Петров Иван"}
    assert all(isinstance(r[0], datetime) for r in everyone)
    assert [r[0] for r in everyone] == sorted(r[0] for r in everyone)
    assert list(load_workbook(tmp_path / "l.xlsx").active.iter_rows(min_row=2)) == []


def test_letters_csv_in_utf8_with_bom(filled: Database, tmp_path: Path) -> None:
    path = tmp_path / "letters.csv"
    with filled.session() as s:
        export_sheet(s, "letters", path)
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    with path.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    assert rows[0][:2] == ["Number", "Created"]
    assert rows[1][:4] == ["2026/001", "2026-11-20", "1", "Құрманғазы Әсел"]


def test_cases_csv_in_windows_1251_with_semicolons(filled: Database, tmp_path: Path) -> None:
    path = tmp_path / "cases.csv"
    with filled.session() as s:
        result = export_sheet(s, "cases", path, encoding="cp1251", delimiter=";")
    assert result.replaced_cells == 1  # the one name with Kazakh letters
    with path.open(encoding="cp1251", newline="") as f:
        rows = list(csv.reader(f, delimiter=";"))
    by_name = {r[1]: r for r in rows[1:]}
    assert set(by_name) == {"Курмангазы Асел", "Петров Иван"}
    assert by_name["Курмангазы Асел"][-1] == "1500000,50"  # Russian Excel's decimal comma
    assert by_name["Петров Иван"][rows[0].index("Next hearing")] == "2026-12-20"


def test_an_unknown_suffix_is_refused(filled: Database, tmp_path: Path) -> None:
    with pytest.raises(Exception, match=r"\.xlsx or \.csv"), filled.session() as s:
        export_sheet(s, "cases", tmp_path / "cases.ods")
