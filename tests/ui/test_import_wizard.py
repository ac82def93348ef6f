"""The sheet import wizard, driven page by page on real widgets and a real SQLite file.

The sheets are made here the way groups keep them: a title row above the
header, Kazakh or Russian header names, a column the guess cannot know
("Аймақ" for the city), dates as cells and as text, a bad phone, an
impossible date, and a row for a person already on file.
"""

from __future__ import annotations

import csv
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from debtdesk.db import Database
from debtdesk.model import Debtor, Loan
from ui.sheets.import_wizard import ImportWizard
from ui.workers import Worker

WAIT_MS = 30000
KK_HEADERS = [
    "№",
    "Аты-жөні",
    "Телефон нөмірі",
    "Аймақ",
    "Несие беруші",
    "Несие сомасы",
    "Сот күні",
]
# (name, phone, region, bank, amount, hearing); rows 3… of the file (title, header above)
KK_ROWS: list[tuple[Any, ...]] = [
    (
        "Нұрланова Гүлнар",
        "8 701 000 00 01",
        "Алматы",
        "Kaspi Bank",
        "1 500 000",
        date(2026, 12, 15),
    ),
    ("Петров Сергей Иванович", "+7 702 000 00 02", "Астана", "Halyk", 2000000, "16.12.2026"),
    ("Төлегенова Айгүл", "12345", "Шымкент", "Halyk", 900000, None),  # row 5: bad phone
    ("Құрманғазы Әлібек", "87011112233", "Алматы", "Kaspi", 700000, None),  # on file
    ("Ким Владимир", "+7 705 000 00 05", "Тараз", "", "", "32.12.2026"),  # row 7: bad date
    ("Оспанова Сәуле", "+7 706 000 00 06", "Актобе", "Jusan", "3 000 000,50", None),
]
NEW_NAMES = {"Нұрланова Гүлнар", "Петров Сергей Иванович", "Оспанова Сәуле"}


def kazakh_sheet(path: Path, rows: list[tuple[Any, ...]] = KK_ROWS) -> Path:
    book = Workbook()
    sheet = book.active
    sheet.append(["Қарыз алушылар тізімі, 2026"])  # a title above the header
    sheet.append(KK_HEADERS)
    for i, row in enumerate(rows, start=1):
        sheet.append([i, *row])
    book.save(path)
    return path


def russian_csv(path: Path) -> Path:
    """Windows-1251 with ";" as Excel on a Russian Windows saves it."""
    with path.open("w", encoding="cp1251", newline="") as f:
        writer = csv.writer(f, delimiter=";")
        writer.writerow(["ФИО", "Тел.", "Город", "Сумма кредита, тг", "Дата заседания"])
        writer.writerow(
            ["Смагулова Асель", "8 777 000 00 11", "Караганда", "1 200 000", "01.12.2026"]
        )
        writer.writerow(["Кузнецов Игорь", "8 777 000 00 12", "Павлодар", "800000", "02.12.2026"])
    return path


def count(db: Database, model: type = Debtor) -> int:
    with db.session() as s:
        return int(s.scalar(select(func.count()).select_from(model)) or 0)


def names_on_file(db: Database) -> set[str]:
    with db.session() as s:
        return set(s.scalars(select(Debtor.full_name)))


def open_wizard(qtbot: QtBot, db: Database, path: Path) -> ImportWizard:
    wizard = ImportWizard(db)
    qtbot.addWidget(wizard)
    wizard.show()
    assert wizard.file_page.load(str(path)), wizard.file_page.error.text()
    wizard.next()
    assert wizard.currentPage() is wizard.mapping_page
    return wizard


def column_of(wizard: ImportWizard, field: str) -> str | None:
    combo = wizard.mapping_page.combos[field]
    return combo.currentText() if combo.currentData() is not None else None


def to_dry_run(qtbot: QtBot, wizard: ImportWizard) -> None:
    wizard.next()
    assert wizard.currentPage() is wizard.dry_run_page
    wait_dry_run(qtbot, wizard)


def wait_dry_run(qtbot: QtBot, wizard: ImportWizard) -> None:
    page = wizard.dry_run_page
    qtbot.waitUntil(lambda: page.isComplete() or page.error.isVisibleTo(page), timeout=WAIT_MS)
    assert page.report is not None, page.error.text()


def table_rows(table: Any) -> list[list[str]]:
    return [
        [table.item(r, c).text() for c in range(table.columnCount())]
        for r in range(table.rowCount())
    ]


def run_import(qtbot: QtBot, wizard: ImportWizard) -> None:
    wizard.next()
    assert wizard.currentPage() is wizard.run_page
    qtbot.waitUntil(lambda: not wizard.running(), timeout=WAIT_MS)
    qtbot.wait(50)  # the worker's queued signals


# --- the file and the mapping ---------------------------------------------------------------


def test_kazakh_headers_are_guessed_and_a_column_can_be_changed(
    qtbot: QtBot, ui_db: Database, tmp_path: Path
) -> None:
    wizard = open_wizard(qtbot, ui_db, kazakh_sheet(tmp_path / "тізім.xlsx"))
    info = wizard.file_page.info.text()
    assert "6 rows" in info and "Excel" in info and "row 2" in info
    assert column_of(wizard, "full_name") == "Аты-жөні"
    assert column_of(wizard, "phone") == "Телефон нөмірі"
    assert column_of(wizard, "bank") == "Несие беруші"
    assert column_of(wizard, "principal") == "Несие сомасы"
    assert column_of(wizard, "next_hearing") == "Сот күні"
    assert column_of(wizard, "city") is None  # "Аймақ" (region) is no name of a city column
    assert "Guessed" in wizard.mapping_page.source_label.text()

    wizard.mapping_page.choose("city", "Аймақ")
    assert column_of(wizard, "city") == "Аймақ"
    preview = wizard.mapping_page.preview
    headers = [preview.horizontalHeaderItem(c).text() for c in range(preview.columnCount())]
    assert "City" in headers and "Phone" in headers
    assert preview.rowCount() == 5
    city_col = headers.index("City")
    assert preview.item(0, city_col).text() == "Алматы"
    bad_phone = preview.item(2, headers.index("Phone"))  # row 5 of the file
    assert bad_phone.text() == "12345" and "phone" in bad_phone.toolTip()

    # The name is required: without it the page cannot go on.
    wizard.mapping_page.choose("full_name", None)
    assert not wizard.mapping_page.isComplete()
    assert wizard.mapping_page.error.isVisibleTo(wizard.mapping_page)
    wizard.mapping_page.choose("full_name", "Аты-жөні")
    assert wizard.mapping_page.isComplete()

    # A column feeds one field: giving "Аймақ" to the bank takes it from the city.
    wizard.mapping_page.choose("bank", "Аймақ")
    assert column_of(wizard, "city") is None and column_of(wizard, "bank") == "Аймақ"


def test_windows_1251_csv_with_russian_headers(
    qtbot: QtBot, ui_db: Database, tmp_path: Path
) -> None:
    wizard = open_wizard(qtbot, ui_db, russian_csv(tmp_path / "список.csv"))
    info = wizard.file_page.info.text()
    assert "Windows-1251" in info and "semicolon" in info and "2 rows" in info
    assert column_of(wizard, "full_name") == "ФИО"
    assert column_of(wizard, "phone") == "Тел."
    assert column_of(wizard, "city") == "Город"
    assert column_of(wizard, "principal") == "Сумма кредита, тг"
    assert column_of(wizard, "next_hearing") == "Дата заседания"
    assert wizard.mapping_page.preview.item(0, 1).text() == "Смагулова Асель"


def test_unreadable_file_is_said_and_blocks_the_page(
    qtbot: QtBot, ui_db: Database, tmp_path: Path
) -> None:
    bad = tmp_path / "cases.xls"
    bad.write_bytes(b"\xd0\xcf\x11\xe0 old excel")
    wizard = ImportWizard(ui_db)
    qtbot.addWidget(wizard)
    wizard.show()
    assert not wizard.file_page.load(str(bad))
    assert ".xlsx" in wizard.file_page.error.text()
    assert not wizard.file_page.isComplete()


# --- the dry run ----------------------------------------------------------------------------


def test_dry_run_counts_every_problem_and_changes_nothing(
    qtbot: QtBot, ui_db: Database, tmp_path: Path
) -> None:
    before = names_on_file(ui_db)
    wizard = open_wizard(qtbot, ui_db, kazakh_sheet(tmp_path / "тізім.xlsx"))
    wizard.mapping_page.choose("city", "Аймақ")
    to_dry_run(qtbot, wizard)
    page = wizard.dry_run_page
    report = page.report
    assert report is not None and report.dry_run
    assert (report.rows, len(report.imported), len(report.invalid_rows)) == (6, 3, 2)
    assert page.summary.text().startswith("6 rows: 3 would be imported (0 merged")
    assert "2 have problems, 1 possible duplicates are skipped" in page.summary.text()
    problems = table_rows(page.problems)
    assert [p[:2] for p in problems] == [["5", "Телефон нөмірі"], ["7", "Сот күні"]]
    assert "phone" in problems[0][2] and "32.12.2026" in problems[1][2]
    duplicates = table_rows(page.duplicates)
    assert len(duplicates) == 1
    row, name, action, matches = duplicates[0]
    assert (row, name, action) == ("6", "Құрманғазы Әлібек", "skipped")
    assert "Құрманғазы Әлібек" in matches and "same phone" in matches
    assert names_on_file(ui_db) == before  # a dry run is rolled back

    # Merging instead: the dry run is made again with that choice.
    page.duplicate_choice.setCurrentIndex(page.duplicate_choice.findData("merge"))
    wait_dry_run(qtbot, wizard)
    assert page.report is not None
    assert sum(i.merged for i in page.report.imported) == 1
    assert table_rows(page.duplicates)[0][2] == "merged"
    assert names_on_file(ui_db) == before


# --- the import -----------------------------------------------------------------------------


def test_an_invalid_row_stops_the_import_and_names_itself(
    qtbot: QtBot, ui_db: Database, tmp_path: Path
) -> None:
    before = count(ui_db)
    wizard = open_wizard(qtbot, ui_db, kazakh_sheet(tmp_path / "тізім.xlsx"))
    to_dry_run(qtbot, wizard)
    assert not wizard.dry_run_page.skip_invalid.isChecked()
    run_import(qtbot, wizard)
    assert wizard.currentPage() is wizard.run_page and wizard.report is None
    outcome = wizard.run_page.outcome.text()
    assert "row 5, column Телефон нөмірі" in outcome and "nothing was imported" in outcome
    assert count(ui_db) == before
    assert wizard.button(QWizard.WizardButton.BackButton).isEnabled()


def test_skip_invalid_imports_exactly_the_valid_rows_then_undo(
    qtbot: QtBot, ui_db: Database, tmp_path: Path
) -> None:
    before_names = names_on_file(ui_db)
    before_loans = count(ui_db, Loan)
    wizard = open_wizard(qtbot, ui_db, kazakh_sheet(tmp_path / "тізім.xlsx"))
    wizard.mapping_page.choose("city", "Аймақ")
    to_dry_run(qtbot, wizard)
    wizard.dry_run_page.skip_invalid.setChecked(True)
    changed: list[bool] = []
    wizard.casesChanged.connect(lambda: changed.append(True))
    run_import(qtbot, wizard)
    assert wizard.currentPage() is wizard.done_page, wizard.run_page.outcome.text()
    report = wizard.report
    assert report is not None and report.batch and not report.dry_run
    assert names_on_file(ui_db) == before_names | NEW_NAMES
    with ui_db.session() as s:
        cities = {n: c for n, c in s.execute(select(Debtor.full_name, Debtor.city))}
    assert cities["Петров Сергей Иванович"] == "Астана"  # the column chosen by hand
    assert count(ui_db, Loan) == before_loans + 3
    done = wizard.done_page
    assert done.summary.text().startswith("3 cases imported from тізім.xlsx (0 merged")
    assert "2 invalid rows were left out" in done.summary.text()
    assert [r[0] for r in table_rows(done.skipped)] == ["5", "7"]
    assert changed == [True]

    qtbot.mouseClick(done.undo_button, Qt.MouseButton.LeftButton)
    assert names_on_file(ui_db) == before_names
    assert count(ui_db, Loan) == before_loans
    assert "3 cases deleted" in done.undo_label.text()
    assert not done.undo_button.isEnabled()
    assert changed == [True, True]


def test_merge_adds_to_the_case_on_file_and_undo_takes_it_back(
    qtbot: QtBot, ui_db: Database, tmp_path: Path
) -> None:
    with ui_db.session() as s:
        on_file = s.scalar(select(Debtor.id).where(Debtor.full_name == "Құрманғазы Әлібек"))
    before = count(ui_db)
    wizard = open_wizard(qtbot, ui_db, kazakh_sheet(tmp_path / "тізім.xlsx"))
    to_dry_run(qtbot, wizard)
    page = wizard.dry_run_page
    page.duplicate_choice.setCurrentIndex(page.duplicate_choice.findData("merge"))
    wait_dry_run(qtbot, wizard)
    page.skip_invalid.setChecked(True)
    run_import(qtbot, wizard)
    assert wizard.report is not None
    assert count(ui_db) == before + 3  # the fourth row went into the case on file
    with ui_db.session() as s:
        merged_loans = s.scalars(select(Loan.principal).where(Loan.debtor_id == on_file)).all()
    assert [int(p) for p in merged_loans] == [700000]
    wizard.done_page.undo()
    assert count(ui_db) == before
    with ui_db.session() as s:
        assert s.scalars(select(Loan.id).where(Loan.debtor_id == on_file)).all() == []


def test_cancel_midway_leaves_the_database_as_it_was(
    qtbot: QtBot, ui_db: Database, tmp_path: Path
) -> None:
    rows = [(f"Арманов Ерлан {i}", None, "Алматы", "", "", None) for i in range(150)]
    before = count(ui_db)
    wizard = open_wizard(qtbot, ui_db, kazakh_sheet(tmp_path / "үлкен.xlsx", rows))
    to_dry_run(qtbot, wizard)
    seen: list[int] = []

    def follow(worker: Worker) -> None:
        def cancel_at_50(done: int, _total: int, _text: str) -> None:
            seen.append(done)
            if done >= 50:
                worker.cancel()  # as the Cancel button does, while rows are going in

        # Direct: runs on the worker thread inside the progress call, before its check.
        worker.progressed.connect(cancel_at_50, Qt.ConnectionType.DirectConnection)

    wizard.workerStarting.connect(follow)
    run_import(qtbot, wizard)
    assert seen and seen[0] == 50 and seen[-1] < 150
    assert wizard.run_page.cancelled
    assert wizard.run_page.outcome.text() == "Cancelled: nothing was imported."
    assert wizard.report is None and wizard.currentPage() is wizard.run_page
    assert count(ui_db) == before


def test_the_corrected_mapping_is_remembered_for_the_same_headers(
    qtbot: QtBot, ui_db: Database, tmp_path: Path
) -> None:
    first = open_wizard(qtbot, ui_db, kazakh_sheet(tmp_path / "қараша.xlsx"))
    first.mapping_page.choose("city", "Аймақ")
    first.mapping_page.choose("principal", None)  # taken off: stays off next time
    to_dry_run(qtbot, first)
    first.dry_run_page.skip_invalid.setChecked(True)
    run_import(qtbot, first)
    assert first.report is not None

    later = [("Жаңа Адам Бірінші", "+7 700 123 45 67", "Орал", "Halyk", 100, None)]
    second = open_wizard(qtbot, ui_db, kazakh_sheet(tmp_path / "желтоқсан.xlsx", later))
    assert column_of(second, "city") == "Аймақ"
    assert column_of(second, "principal") is None
    assert column_of(second, "full_name") == "Аты-жөні"
    assert "Remembered" in second.mapping_page.source_label.text()


@pytest.fixture
def cases_page(qtbot: QtBot, ui_db: Database) -> Callable[[], Any]:
    from tests.ui.conftest import UI_TODAY
    from ui.operations.register import UrgencyBounds
    from ui.pages.cases_page import CasesPage

    def make() -> CasesPage:
        page = CasesPage(ui_db, bounds=UrgencyBounds.weekends_only(UI_TODAY))
        qtbot.addWidget(page)
        page.show()
        return page

    return make


def test_the_cases_page_opens_the_wizard_and_shows_the_imported_cases(
    qtbot: QtBot, ui_db: Database, tmp_path: Path, cases_page: Callable[[], Any]
) -> None:
    page = cases_page()
    assert page.match_count == 6
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    wizard = page.findChild(ImportWizard)
    assert wizard is not None and wizard.isVisible()
    assert wizard.file_page.load(str(kazakh_sheet(tmp_path / "тізім.xlsx")))
    wizard.next()
    to_dry_run(qtbot, wizard)
    wizard.dry_run_page.skip_invalid.setChecked(True)
    with qtbot.waitSignal(page.casesChanged, timeout=WAIT_MS):
        run_import(qtbot, wizard)
    assert page.match_count == 9
    wizard.done_page.undo()
    assert page.match_count == 6
