"""The case register page, driven by real key events on real widgets."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from debtdesk.db import Database
from debtdesk.text import fold
from ui import operations
from ui.models.case_table_model import CaseIdRole, Column
from ui.pages.cases_page import CasesPage

TypeText = Callable[[QWidget, str], None]


def make_page(qtbot: QtBot, db: Database) -> CasesPage:
    page = CasesPage(db)
    qtbot.addWidget(page)
    page.resize(1100, 600)
    page.show()
    qtbot.waitExposed(page)
    return page


def names(page: CasesPage) -> list[str]:
    model = page.model
    return [model.index(row, Column.NAME).data() for row in range(model.rowCount())]


def row_of(page: CasesPage, name: str) -> int:
    return names(page).index(name)


def search(qtbot: QtBot, page: CasesPage, type_text: TypeText, text: str) -> None:
    with qtbot.waitSignal(page.searchFinished, timeout=3000):
        type_text(page.search, text)


def test_starts_with_every_case_by_name(qtbot: QtBot, register_db: Database) -> None:
    page = make_page(qtbot, register_db)
    assert len(names(page)) == 6
    assert names(page) == sorted(names(page), key=fold)  # Қ sorts as К, Ё as Е
    assert page.count_label.text() == "6 cases"
    assert page.results.currentWidget() is page.table


def test_russian_keyboard_fragment_finds_kazakh_name(
    qtbot: QtBot, register_db: Database, type_text: TypeText
) -> None:
    page = make_page(qtbot, register_db)
    search(qtbot, page, type_text, "курман")
    assert names(page) == ["Құрманғазы Әлібек"]
    assert page.count_label.text() == "1 case"


@pytest.mark.parametrize("typed", ["иванова", "ИВАНОВА", "Иванова м"])
def test_russian_name_found_whatever_the_case(
    qtbot: QtBot, register_db: Database, type_text: TypeText, typed: str
) -> None:
    page = make_page(qtbot, register_db)
    search(qtbot, page, type_text, typed)
    assert names(page) == ["Иванова Мария Петровна"]


def test_fragment_matching_two_people_lists_both(
    qtbot: QtBot, ui_db: Database, type_text: TypeText
) -> None:
    page = make_page(qtbot, ui_db)
    search(qtbot, page, type_text, "иван")
    assert names(page) == ["Иванов Сергей", "Иванова Мария Петровна"]
    assert page.count_label.text() == "2 cases"


def test_yo_and_e_are_the_same_letter(qtbot: QtBot, ui_db: Database, type_text: TypeText) -> None:
    page = make_page(qtbot, ui_db)
    search(qtbot, page, type_text, "елкина")
    assert names(page) == ["Ёлкина Ольга"]


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("8 701 111 22 33", "Құрманғазы Әлібек"),  # a phone as people write it locally
        ("701 111 2", "Құрманғазы Әлібек"),  # part of it
        ("2/1234", "Иванова Мария Петровна"),  # part of a court case number
    ],
)
def test_search_by_phone_and_case_number(
    qtbot: QtBot, ui_db: Database, type_text: TypeText, typed: str, expected: str
) -> None:
    page = make_page(qtbot, ui_db)
    search(qtbot, page, type_text, typed)
    assert names(page) == [expected]


def test_search_by_iin(qtbot: QtBot, ui_db: Database, type_text: TypeText) -> None:
    page = make_page(qtbot, ui_db)
    iin = page.model.index(row_of(page, "Сәрсенбаева Гүлнар"), Column.IIN).data()
    search(qtbot, page, type_text, iin[:8])
    assert names(page) == ["Сәрсенбаева Гүлнар"]


def test_no_match_says_so(qtbot: QtBot, ui_db: Database, type_text: TypeText) -> None:
    page = make_page(qtbot, ui_db)
    search(qtbot, page, type_text, "жжжж")
    assert page.model.rowCount() == 0
    assert page.count_label.text() == "no cases match"
    assert page.results.currentWidget() is page.hint
    assert "жжжж" in page.hint.text()


def test_clearing_the_box_shows_everyone_again(
    qtbot: QtBot, ui_db: Database, type_text: TypeText
) -> None:
    page = make_page(qtbot, ui_db)
    search(qtbot, page, type_text, "курман")
    assert page.model.rowCount() == 1
    with qtbot.waitSignal(page.searchFinished, timeout=3000):
        page.search.clear()  # what the line edit's clear button does
    assert page.model.rowCount() == 6
    assert page.count_label.text() == "6 cases"


def test_escape_clears_the_search_at_once(
    qtbot: QtBot, ui_db: Database, type_text: TypeText
) -> None:
    page = make_page(qtbot, ui_db)
    search(qtbot, page, type_text, "курман")
    page.search.setFocus()
    qtbot.keyClick(page.search, Qt.Key.Key_Escape)
    assert page.search.text() == ""
    assert page.model.rowCount() == 6  # no waiting for the debounce timer


def test_fast_typing_runs_one_query(
    qtbot: QtBot, ui_db: Database, type_text: TypeText, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = make_page(qtbot, ui_db)
    calls: list[str] = []
    real = operations.search_cases

    def counting(*args: Any, **kwargs: Any) -> Any:
        calls.append(args[1])
        return real(*args, **kwargs)

    monkeypatch.setattr(operations, "search_cases", counting)
    resets: list[int] = []
    page.model.modelReset.connect(lambda: resets.append(1))
    with qtbot.waitSignal(page.searchFinished, timeout=3000):
        for char in "сәрсен":
            type_text(page.search, char)
            qtbot.wait(15)  # a fast typist: well under the debounce delay between keys
    qtbot.wait(200)  # nothing else is pending
    assert calls == ["сәрсен"]
    assert len(resets) == 1
    assert names(page) == ["Сәрсенбаева Гүлнар"]


def test_empty_database_shows_how_to_make_demo_data(qtbot: QtBot, empty_ui_db: Database) -> None:
    page = make_page(qtbot, empty_ui_db)
    assert page.results.currentWidget() is page.hint
    assert "debtdesk demo --cases 200" in page.hint.text()
    assert page.count_label.text() == "no cases"


def test_enter_on_selected_row_emits_its_case_id(qtbot: QtBot, ui_db: Database) -> None:
    page = make_page(qtbot, ui_db)
    row = row_of(page, "Ахметов Данияр")
    expected = page.model.index(row, 0).data(CaseIdRole)
    page.table.setFocus()
    page.table.selectRow(row)
    with qtbot.waitSignal(page.caseActivated, timeout=1000) as blocker:
        qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert blocker.args == [expected]


def test_double_click_emits_its_case_id(qtbot: QtBot, ui_db: Database) -> None:
    page = make_page(qtbot, ui_db)
    row = row_of(page, "Ёлкина Ольга")
    index = page.model.index(row, Column.CITY)
    expected = index.data(CaseIdRole)
    centre = page.table.visualRect(index).center()
    with qtbot.waitSignal(page.caseActivated, timeout=1000) as blocker:
        qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=centre)
        qtbot.mouseDClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    assert blocker.args == [expected]


def test_type_then_enter_twice_opens_the_best_match(
    qtbot: QtBot, ui_db: Database, type_text: TypeText
) -> None:
    page = make_page(qtbot, ui_db)
    page.search.setFocus()
    type_text(page.search, "ахмет")
    qtbot.keyClick(page.search, Qt.Key.Key_Return)  # searches at once, moves to row 1
    assert page.table.hasFocus() or page.table.currentIndex().row() == 0
    assert names(page) == ["Ахметов Данияр"]
    with qtbot.waitSignal(page.caseActivated, timeout=1000) as blocker:
        qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert blocker.args == [page.model.case_id(0)]
