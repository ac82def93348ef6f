"""The case register page, driven by real key events on real widgets."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from debtdesk.db import Database
from debtdesk.text import fold
from tests.ui.conftest import UI_TODAY
from ui.models.case_table_model import CaseIdRole, Column
from ui.operations import register
from ui.operations.register import UrgencyBounds
from ui.pages.cases_page import CasesPage

TypeText = Callable[[QWidget, str], None]


def make_page(qtbot: QtBot, db: Database) -> CasesPage:
    # Today's bounds given: no thread loading the holiday calendar in every test.
    page = CasesPage(db, bounds=UrgencyBounds.weekends_only(UI_TODAY))
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


def test_keys_arriving_together_run_one_query(
    qtbot: QtBot, ui_db: Database, type_text: TypeText, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Keys queued before the page gets to run (a paste, a busy moment) cost one search."""
    page = make_page(qtbot, ui_db)
    calls: list[str] = []
    real = register.search_cases

    def counting(*args: Any, **kwargs: Any) -> Any:
        calls.append(args[1])
        return real(*args, **kwargs)

    monkeypatch.setattr(register, "search_cases", counting)
    resets: list[int] = []
    page.model.modelReset.connect(lambda: resets.append(1))
    with qtbot.waitSignal(page.searchFinished, timeout=3000):
        type_text(page.search, "сәрсен")  # six key events before the event loop runs
    qtbot.wait(50)  # nothing else is pending
    assert calls == ["сәрсен"]
    assert len(resets) == 1
    assert names(page) == ["Сәрсенбаева Гүлнар"]


def test_each_key_typed_updates_the_list_without_waiting(
    qtbot: QtBot, ui_db: Database, type_text: TypeText
) -> None:
    """No debounce delay: the list follows every key as soon as the event loop runs."""
    page = make_page(qtbot, ui_db)
    seen = []
    for char in "ива":
        with qtbot.waitSignal(page.searchFinished, timeout=1000):
            type_text(page.search, char)
        seen.append((page.model.text, len(names(page))))
    assert seen == [("и", 5), ("ив", 2), ("ива", 2)]


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


def test_filter_boxes_narrow_the_list_and_count(
    qtbot: QtBot, register_db: Database, type_text: TypeText
) -> None:
    page = make_page(qtbot, register_db)
    box = page.city_filter
    with qtbot.waitSignal(page.searchFinished, timeout=3000):
        box.setCurrentIndex(box.findData("Алматы"))
    assert sorted(names(page)) == ["Ахметов Данияр", "Құрманғазы Әлібек"]
    assert page.count_label.text() == "2 cases"
    status = page.status_filter
    with qtbot.waitSignal(page.searchFinished, timeout=3000):
        status.setCurrentIndex(status.findData("closed"))
    assert names(page) == ["Ахметов Данияр"]
    assert page.count_label.text() == "1 case"
    advisor = page.advisor_filter
    with qtbot.waitSignal(page.searchFinished, timeout=3000):
        advisor.setCurrentIndex(advisor.findText("Test Advisor"))
    assert names(page) == []  # Ахметов has no advisor
    assert page.hint.isVisible() and "filters" in page.hint.text()
    with qtbot.waitSignal(page.searchFinished, timeout=3000):
        page.set_filters(operations_filters())
    assert len(names(page)) == 6


def operations_filters():  # type: ignore[no-untyped-def]
    from ui.operations.register import CaseFilters

    return CaseFilters()


def test_urgency_box_lists_the_home_at_risk(
    qtbot: QtBot, register_db: Database, fixed_today
) -> None:
    from datetime import timedelta

    from debtdesk.services.proceedings import add_event

    with register_db.session() as s:
        add_event(s, 4, {"kind": "eviction", "date": fixed_today + timedelta(days=10)})
    page = make_page(qtbot, register_db)
    box = page.urgency_filter
    with qtbot.waitSignal(page.searchFinished, timeout=3000):
        box.setCurrentIndex(box.findData("home_at_risk"))
    assert page.model.rowCount() == 1
    shown = page.model.index(0, Column.URGENCY).data()
    assert shown == "within 14 days · ⚠ eviction in 10 d"
    with qtbot.waitSignal(page.searchFinished, timeout=3000):
        box.setCurrentIndex(box.findData("overdue"))
    assert page.model.rowCount() == 0


def test_header_clicks_sort_then_reverse_then_best_match(
    qtbot: QtBot, ui_db: Database, type_text: TypeText
) -> None:
    page = make_page(qtbot, ui_db)
    header = page.table.horizontalHeader()
    cities = lambda: [page.model.index(r, Column.CITY).data() for r in range(6)]  # noqa: E731
    with qtbot.waitSignal(page.searchFinished, timeout=3000):
        qtbot.mouseClick(
            header.viewport(),
            Qt.MouseButton.LeftButton,
            pos=header.viewport().rect().topLeft()
            + QPoint(header.sectionViewportPosition(Column.CITY) + 5, 5),
        )
    assert cities() == sorted(cities())
    assert header.isSortIndicatorShown() and header.sortIndicatorSection() == Column.CITY
    with qtbot.waitSignal(page.searchFinished, timeout=3000):
        header.sectionClicked.emit(Column.CITY)
    assert cities() == sorted(cities(), reverse=True)
    with qtbot.waitSignal(page.searchFinished, timeout=3000):
        header.sectionClicked.emit(Column.CITY)
    assert not header.isSortIndicatorShown()
    assert page.model.order.key is None


def test_the_calendar_bounds_arrive_from_a_thread(qtbot: QtBot, ui_db: Database) -> None:
    page = CasesPage(ui_db)  # no bounds given: the page loads them
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.urgencyReady, timeout=30000) as blocker:
        pass
    assert blocker.args[0].today == UI_TODAY
    qtbot.waitUntil(lambda: page.model.bounds == blocker.args[0], timeout=3000)
