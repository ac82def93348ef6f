"""The export dialog opened from the Cases page: the file holds what the register shows.

Real widgets, a real SQLite file; the written files are read back with openpyxl
and ``csv`` as LibreOffice and Excel would see them.
"""

from __future__ import annotations

import csv
from datetime import datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from debtdesk.db import Database
from debtdesk.model import Debtor
from debtdesk.services.deadlines import add_manual_deadline
from debtdesk.services.loans import create_loan
from debtdesk.services.proceedings import add_event
from tests.ui.conftest import UI_TODAY
from ui.operations.register import CaseFilters, UrgencyBounds
from ui.pages.cases_page import CasesPage
from ui.sheets.export_dialog import ExportDialog

WAIT_MS = 30000
HEARING = UI_TODAY + timedelta(days=5)


@pytest.fixture
def almaty(ui_db: Database) -> Database:
    """An Almaty case with a loan, a hearing and a deadline; a Karaganda one with a loan
    and a deadline."""
    with ui_db.session() as s:
        ids = dict(s.execute(select(Debtor.full_name, Debtor.id)).all())
        create_loan(s, ids["Ахметов Данияр"], {"principal": Decimal("1500000.50")})
        create_loan(s, ids["Иванова Мария Петровна"], {"principal": Decimal("900000")})
        add_event(s, ids["Ахметов Данияр"], {"kind": "hearing", "date": HEARING})
        for name in ("Ахметов Данияр", "Иванова Мария Петровна"):
            add_manual_deadline(s, ids[name], {"title": f"Отзыв ({name})", "due_date": HEARING})
    return ui_db


def page_with_city(qtbot: QtBot, db: Database, city: str, shown: int = 2) -> CasesPage:
    page = CasesPage(db, bounds=UrgencyBounds.weekends_only(UI_TODAY))
    qtbot.addWidget(page)
    page.show()
    page.city_filter.setCurrentIndex(page.city_filter.findData(city))  # as the person does
    assert page.filters == CaseFilters(city=city)
    assert page.match_count == shown
    return page


def open_export(qtbot: QtBot, page: CasesPage) -> ExportDialog:
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    dialog = page.findChild(ExportDialog)
    assert dialog is not None and dialog.isVisible()
    return dialog


def export(qtbot: QtBot, dialog: ExportDialog, path: Path) -> None:
    dialog.path_edit.setText(str(path))
    with qtbot.waitSignal(dialog.exported, timeout=WAIT_MS):
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    worker = dialog.worker
    assert worker is not None
    qtbot.waitUntil(lambda: not worker.is_running(), timeout=WAIT_MS)


def test_xlsx_holds_only_the_filtered_city_with_typed_cells(
    qtbot: QtBot, almaty: Database, tmp_path: Path
) -> None:
    page = page_with_city(qtbot, almaty, "Алматы")
    dialog = open_export(qtbot, page)
    assert dialog.only_shown.isChecked() and "Алматы" in dialog.only_shown.text()
    assert dialog.where.city == "Алматы"
    assert dialog.path_edit.text().endswith(".xlsx")
    target = tmp_path / "алматы.xlsx"
    export(qtbot, dialog, target)
    assert dialog.result is not None and dialog.result.rows == 2
    assert "Exported 2 rows" in dialog.status.text()

    sheet = load_workbook(target).active
    rows = list(sheet.iter_rows(values_only=True))
    header, body = rows[0], rows[1:]
    by_name = {row[header.index("Name")]: row for row in body}
    assert set(by_name) == {"Құрманғазы Әлібек", "Ахметов Данияр"}
    assert {row[header.index("City")] for row in body} == {"Алматы"}
    akhmetov = by_name["Ахметов Данияр"]
    hearing = akhmetov[header.index("Next hearing")]
    assert isinstance(hearing, datetime) and hearing.date() == HEARING
    borrowed = akhmetov[header.index("Borrowed (KZT)")]
    assert isinstance(borrowed, int | float) and borrowed == pytest.approx(1500000.50)


def test_without_the_filter_every_case_is_exported(
    qtbot: QtBot, almaty: Database, tmp_path: Path
) -> None:
    page = page_with_city(qtbot, almaty, "Алматы")
    dialog = open_export(qtbot, page)
    dialog.only_shown.setChecked(False)
    export(qtbot, dialog, tmp_path / "all.xlsx")
    assert dialog.result is not None and dialog.result.rows == 6


def test_csv_in_windows_1251_reads_back_with_csv(
    qtbot: QtBot, almaty: Database, tmp_path: Path
) -> None:
    page = page_with_city(qtbot, almaty, "Алматы")
    dialog = open_export(qtbot, page)
    dialog.format.setCurrentIndex(dialog.format.findData("csv-cp1251"))
    assert dialog.separator.currentData() == ";"  # as Russian Excel splits
    assert dialog.path_edit.text().endswith(".csv")
    target = tmp_path / "алматы.csv"
    export(qtbot, dialog, target)
    with target.open(encoding="cp1251", newline="") as f:
        rows = list(csv.reader(f, delimiter=";"))
    header, body = rows[0], rows[1:]
    names = {row[header.index("Name")] for row in body}
    # Windows-1251 has no Қ, Ә, Ғ (it has і): the nearest Russian letters, and the dialog
    # says so.
    assert names == {"Курмангазы Алібек", "Ахметов Данияр"}
    assert dialog.result is not None and dialog.result.replaced_cells >= 1
    assert "Kazakh letters" in dialog.status.text()
    akhmetov = next(r for r in body if r[header.index("Name")] == "Ахметов Данияр")
    assert akhmetov[header.index("Next hearing")] == HEARING.isoformat()
    assert akhmetov[header.index("Borrowed (KZT)")] == "1500000,50"  # decimal comma with ";"


def test_deadlines_follow_the_filter_too(qtbot: QtBot, almaty: Database, tmp_path: Path) -> None:
    page = page_with_city(qtbot, almaty, "Караганда", shown=1)
    dialog = open_export(qtbot, page)
    dialog.what.setCurrentIndex(dialog.what.findData("deadlines"))
    assert Path(dialog.path_edit.text()).name.startswith("deadlines-")
    dialog.format.setCurrentIndex(dialog.format.findData("csv-utf8"))
    target = tmp_path / "deadlines.csv"
    export(qtbot, dialog, target)
    text = target.read_text(encoding="utf-8-sig")
    rows = list(csv.reader(text.splitlines()))
    header, body = rows[0], rows[1:]
    assert [(r[header.index("City")], r[header.index("Deadline")]) for r in body] == [
        ("Караганда", "Отзыв (Иванова Мария Петровна)")
    ]
    assert body[0][header.index("Due")] == HEARING.isoformat()
    assert dialog.result is not None and dialog.result.rows == 1


def test_search_text_narrows_the_export(qtbot: QtBot, almaty: Database, tmp_path: Path) -> None:
    page = CasesPage(almaty, bounds=UrgencyBounds.weekends_only(UI_TODAY))
    qtbot.addWidget(page)
    page.show()
    page.search.setText("Иван")
    page.run_search()
    assert page.match_count == 2
    dialog = open_export(qtbot, page)
    assert dialog.where.text == "Иван" and "Иван" in dialog.only_shown.text()
    export(qtbot, dialog, tmp_path / "ivan.xlsx")
    assert dialog.result is not None and dialog.result.rows == 2
