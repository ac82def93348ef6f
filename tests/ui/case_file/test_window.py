"""The case file window: header, tabs, Save / Cancel, Esc, and the unsaved-changes question."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox
from shiboken6 import isValid

from debtdesk.db import Database
from debtdesk.model import Debtor
from debtdesk.services.deadlines import add_manual_deadline
from debtdesk.services.proceedings import add_event
from tests.ui.case_file.case_windows import (
    OpenCaseFile,
    click_standard,
    open_case_file_fixture,  # noqa: F401 - the open_case_file fixture
    when_modal,
)
from tests.ui.conftest import HEARING_CASE, UI_TODAY, fill_register
from ui.case_file.person_tab import PersonTab
from ui.case_file.window import DIRTY_MARK, TABS, CaseFileWindow


def _city(db: Database, case_id: int) -> str | None:
    with db.session() as s:
        debtor = s.get(Debtor, case_id)
        assert debtor is not None
        return debtor.city


def _person(window: CaseFileWindow) -> PersonTab:
    tab = window.tab("person")
    assert isinstance(tab, PersonTab)
    return tab


def test_tabs_come_in_the_order_advisors_go_through_a_case(open_case_file, ui_db) -> None:
    case_id = fill_register(ui_db)[HEARING_CASE]
    window = open_case_file(ui_db, case_id)
    names = [tab.NAME for tab in window.tab_list]
    assert names == [t.NAME for t in TABS]
    assert names[0] == "person" and names[-1] == "timeline"
    titles = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert titles[0] == "Person && household" and titles[-1] == "Timeline"


def test_header_shows_who_what_is_urgent_and_what_comes_next(
    open_case_file: OpenCaseFile, db: Database, fixed_today
) -> None:
    case_id = fill_register(db)[HEARING_CASE]
    with db.session() as s:
        add_event(s, case_id, {"kind": "eviction", "date": UI_TODAY + timedelta(days=12)})
        add_manual_deadline(
            s, case_id, {"title": "Отзыв на иск", "due_date": UI_TODAY - timedelta(days=2)}
        )
    window = open_case_file(db, case_id)
    header = window.header

    assert header.name.text() == HEARING_CASE
    assert header.facts.text().startswith("Караганда")
    assert "Test Advisor" in header.facts.text()
    assert header.badge_texts() == ["Eviction in 12 days", "Overdue"]
    assert "Отзыв на иск" in header.next_deadline.text()
    assert header.next_deadline.text() == (
        "Next deadline: Saturday, 28 November 2026 — Отзыв на иск"
    )
    assert header.next_deadline.toolTip() == "28 Nov 2026"
    assert header.next_hearing.text() == "Next hearing: Wednesday, 9 December 2026"
    assert header.next_hearing.toolTip() == "9 Dec 2026"
    assert HEARING_CASE in window.windowTitle()


def test_header_without_dates_says_so(open_case_file, ui_db) -> None:
    case_id = fill_register(ui_db)["Ёлкина Ольга"]
    header = open_case_file(ui_db, case_id).header
    assert header.badge_texts() == []
    assert header.next_deadline.text() == "No open deadlines"
    assert header.next_hearing.text() == "No hearing scheduled"
    assert "no advisor" in header.facts.text()


def test_a_save_refreshes_the_header_and_marks_tabs(open_case_file, ui_db) -> None:
    case_id = fill_register(ui_db)[HEARING_CASE]
    window = open_case_file(ui_db, case_id)
    changed: list[int] = []
    window.caseChanged.connect(changed.append)
    person = _person(window)
    assert not window.save_button.isEnabled() and not window.cancel_button.isEnabled()

    person.city.setText("Тараз")
    assert window.tabs.tabText(0).endswith(DIRTY_MARK)
    assert window.save_button.isEnabled() and window.isWindowModified()

    window.save_button.click()
    assert window.tabs.tabText(0) == "Person && household"
    assert not window.save_button.isEnabled() and not window.isWindowModified()
    assert window.header.facts.text().startswith("Тараз")
    assert changed == [case_id]


def test_cancel_changes_brings_back_what_is_stored(open_case_file, ui_db) -> None:
    case_id = fill_register(ui_db)[HEARING_CASE]
    window = open_case_file(ui_db, case_id)
    person = _person(window)
    person.city.setText("Тараз")
    window.cancel_button.click()
    assert person.city.text() == "Караганда" and not person.is_dirty()
    assert _city(ui_db, case_id) == "Караганда"


def test_closing_with_unsaved_changes_asks_and_cancel_keeps_the_edits(
    open_case_file, ui_db
) -> None:
    case_id = fill_register(ui_db)[HEARING_CASE]
    window = open_case_file(ui_db, case_id)
    person = _person(window)
    person.city.setText("Тараз")
    asked: list[str] = []

    def cancel(box: QMessageBox) -> None:
        asked.append(box.objectName() + ": " + box.text())
        box.button(QMessageBox.StandardButton.Cancel).click()

    when_modal(cancel)
    assert window.close() is False
    assert asked == ["unsavedBox: Save the changes to Person & household before closing?"]
    assert window.isVisible() and person.city.text() == "Тараз"
    assert _city(ui_db, case_id) == "Караганда"


def test_closing_with_unsaved_changes_discard_closes_and_saves_nothing(
    open_case_file, ui_db
) -> None:
    case_id = fill_register(ui_db)[HEARING_CASE]
    window = open_case_file(ui_db, case_id)
    closed: list[int] = []
    window.closed.connect(closed.append)
    _person(window).city.setText("Тараз")

    when_modal(click_standard(QMessageBox.StandardButton.Discard))
    assert window.close() is True
    assert closed == [case_id]
    assert _city(ui_db, case_id) == "Караганда"


def test_closing_with_unsaved_changes_save_saves_then_closes(open_case_file, ui_db) -> None:
    case_id = fill_register(ui_db)[HEARING_CASE]
    window = open_case_file(ui_db, case_id)
    _person(window).city.setText("Тараз")

    when_modal(click_standard(QMessageBox.StandardButton.Save))
    assert window.close() is True
    assert _city(ui_db, case_id) == "Тараз"


def test_save_refused_on_close_keeps_the_window_open(open_case_file, ui_db) -> None:
    case_id = fill_register(ui_db)[HEARING_CASE]
    window = open_case_file(ui_db, case_id)
    person = _person(window)
    person.iin.setText("1")

    when_modal(click_standard(QMessageBox.StandardButton.Save))
    assert window.close() is False
    assert "iin" in person.errors.current() and window.isVisible()


def test_esc_closes_a_window_without_edits(qtbot, open_case_file, ui_db) -> None:
    case_id = fill_register(ui_db)[HEARING_CASE]
    window = open_case_file(ui_db, case_id)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    QTest.keyClick(_person(window).city, Qt.Key.Key_Escape)
    assert not isValid(window) or not window.isVisible()


def test_a_tab_is_read_when_first_shown_and_again_after_another_tab_wrote(
    open_case_file, ui_db
) -> None:
    case_id = fill_register(ui_db)[HEARING_CASE]
    window = open_case_file(ui_db, case_id)
    timeline = window.tab("timeline")
    window.show_tab("timeline")
    before = timeline.model.rowCount()  # type: ignore[attr-defined]

    window.show_tab("person")
    _person(window).city.setText("Тараз")
    assert window.save()
    window.show_tab("timeline")
    assert timeline.model.rowCount() == before + 1  # type: ignore[attr-defined]
