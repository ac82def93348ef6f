"""The Calendar page on the crafted desk: days hold their items, clicks open cases, .ics export."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from icalendar import Calendar
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import event

from debtdesk.model import Deadline, Event
from tests.ui.today.conftest import TODAY, Desk
from ui.operations.today import TodayFilters
from ui.pages.calendar_page import MONTH, WEEK, CalendarPage


def make_page(qtbot: QtBot, desk: Desk) -> CalendarPage:
    page = CalendarPage(desk.db)
    qtbot.addWidget(page)
    page.resize(1300, 900)
    with qtbot.waitSignal(page.loaded):
        page.show()
    qtbot.waitExposed(page)
    return page


def names_on(page: CalendarPage, day: date) -> list[tuple[str, str]]:
    return [(item.kind, item.full_name) for item in page.model.items_on(day)]


def test_month_view_shows_each_item_on_its_day(qtbot: QtBot, desk: Desk) -> None:
    page = make_page(qtbot, desk)
    assert page.mode == MONTH
    assert page.shown_range() == (date(2026, 10, 26), date(2026, 12, 6))
    assert names_on(page, date(2026, 12, 2)) == [("hearing", "Иванова Мария Петровна")]
    assert names_on(page, date(2026, 12, 5)) == [("eviction", "Құрманғазы Әлібек")]
    assert names_on(page, date(2026, 11, 27)) == [("deadline", "Сәрсенбаева Гүлнар")]
    assert names_on(page, date(2026, 12, 4)) == [("deadline", "Сәрсенбаева Гүлнар")]
    assert names_on(page, date(2026, 12, 10)) == []  # next month's grid
    overdue = page.model.items_on(date(2026, 11, 27))[0]
    assert overdue.urgency == "overdue" and overdue.title == "Submit the objection"
    page.step(1)
    assert names_on(page, date(2026, 12, 10)) == [("hearing", "Ёлкина Ольга")]
    page.step(1)
    assert page.range_label.text().endswith("2027")
    assert names_on(page, date(2027, 1, 20)) == [("auction", "Иванова Мария Петровна")]


def test_clicking_an_item_in_a_day_opens_its_case(qtbot: QtBot, desk: Desk) -> None:
    page = make_page(qtbot, desk)
    found = page.item_rect(date(2026, 12, 5), 0)
    assert found is not None, "the day's first line is not drawn"
    viewport, point = found
    with qtbot.waitSignal(page.openCase) as opened:
        qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=point)
    assert opened.args == [desk.ids["kurmangazy"]]
    # The click selected the day: its items are listed beside the grid.
    assert [r.full_name for r in page.day_model.rows()] == ["Құрманғазы Әлібек"]
    with qtbot.waitSignal(page.openCase) as opened:
        page.day_list.setCurrentIndex(page.day_model.index(0, 0))
        qtbot.keyClick(page.day_list, Qt.Key.Key_Return)
    assert opened.args == [desk.ids["kurmangazy"]]


def test_week_view_and_filters(qtbot: QtBot, desk: Desk) -> None:
    page = make_page(qtbot, desk)
    page.week_button.click()
    assert page.mode == WEEK
    assert page.shown_range() == (TODAY, date(2026, 12, 6))
    assert page.model.rowCount() == 1
    assert {i.full_name for i in page.items} == {
        "Иванова Мария Петровна",
        "Құрманғазы Әлібек",
        "Сәрсенбаева Гүлнар",
    }
    page.city_filter.setCurrentIndex(page.city_filter.findData("Алматы"))
    assert [(i.kind, i.full_name) for i in page.items] == [("eviction", "Құрманғазы Әлібек")]
    page.set_filters(TodayFilters(advisor="Other Advisor"))
    assert [(i.kind, i.full_name) for i in page.items] == [("hearing", "Иванова Мария Петровна")]
    page.next_button.click()
    assert page.shown_range() == (date(2026, 12, 7), date(2026, 12, 13))
    assert page.items == []


def test_ics_export_holds_exactly_the_items_shown(qtbot: QtBot, desk: Desk, tmp_path: Path) -> None:
    page = make_page(qtbot, desk)
    page.step(1)  # December: 30 Nov to 10 Jan
    page.city_filter.setCurrentIndex(page.city_filter.findData("Караганда"))
    assert [(i.kind, i.date) for i in page.items] == [("hearing", date(2026, 12, 2))]
    page.city_filter.setCurrentIndex(0)
    shown = {f"{i.uuid}@debtdesk": i for i in page.items}
    assert {(i.kind, i.full_name) for i in shown.values()} == {
        ("deadline", "Сәрсенбаева Гүлнар"),
        ("eviction", "Құрманғазы Әлібек"),
        ("hearing", "Иванова Мария Петровна"),
        ("hearing", "Ёлкина Ольга"),
    }
    target = page.export_ics(tmp_path / "december.ics")
    assert target is not None
    parsed = Calendar.from_ical(target.read_bytes())
    entries = {str(e["uid"]): e for e in parsed.walk("VEVENT")}
    assert set(entries) == set(shown)
    uid = next(u for u, i in shown.items() if i.full_name.startswith("Иванова"))
    assert "Иванова Мария Петровна" in str(entries[uid]["summary"])
    assert str(entries[uid]["location"]) == "Суд №2 г. Караганды"
    assert entries[uid].decoded("dtstart").date() == date(2026, 12, 2)


def test_a_range_is_read_with_one_query(qtbot: QtBot, desk: Desk) -> None:
    page = make_page(qtbot, desk)
    statements: list[str] = []

    def seen(_conn, _cursor, statement, *_args) -> None:
        statements.append(statement)

    event.listen(desk.db.engine, "before_cursor_execute", seen)
    try:
        page.step(1)
    finally:
        event.remove(desk.db.engine, "before_cursor_execute", seen)
    items = [s for s in statements if Event.__tablename__ in s or Deadline.__tablename__ in s]
    assert len(items) == 1, items
    assert "UNION ALL" in items[0]
