"""The Timeline tab: notes added by the advisor and the audit history, in words, newest first."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from sqlalchemy import func, select

from debtdesk.db import Database
from debtdesk.model import Note
from debtdesk.services.household import add_budget_line
from debtdesk.services.proceedings import add_event
from tests.ui.case_file.case_windows import (
    open_case_file_fixture,  # noqa: F401 - the open_case_file fixture
)
from tests.ui.conftest import ADVISOR, HEARING_CASE, UI_TODAY, fill_register
from ui.case_file.timeline_tab import TimelineTab, describe
from ui.operations.case_file import TimelineItem


def _timeline(window) -> TimelineTab:
    tab = window.show_tab("timeline")
    assert isinstance(tab, TimelineTab)
    return tab


def _notes(db: Database) -> int:
    with db.session() as s:
        return s.scalar(select(func.count()).select_from(Note)) or 0


def test_a_note_and_an_edit_show_newest_first_in_words(
    open_case_file, db, fixed_today, type_text
) -> None:
    case_id = fill_register(db)[HEARING_CASE]
    window = open_case_file(db, case_id)
    person = window.tab("person")
    person.phone.setText("+7 777 123 45 67")  # type: ignore[attr-defined]
    person.city.setText("Тараз")  # type: ignore[attr-defined]
    assert window.save()

    tab = _timeline(window)
    type_text(tab.note, "Позвонила: решение суда получено")
    tab.note_kind.setCurrentIndex(tab.note_kind.findData("call"))
    assert tab.is_dirty()
    tab.add_button.click()

    lines = tab.model.lines()
    assert lines[0] == "Phone call: Позвонила: решение суда получено"
    assert (
        lines[1] == "Changed the person: phone, city"
        or lines[1] == "Changed the person: city, phone"
    )
    assert lines[-1] == "Opened the case"
    assert tab.model.index(0, 1).data() == ADVISOR
    assert tab.model.index(1, 1).data() == ADVISOR
    when = tab.model.index(0, 0).data()
    assert datetime.strptime(when, "%d %b %Y %H:%M")  # "30 Nov 2026 13:24": minutes, no seconds
    assert not any("{" in line or "[" in line for line in lines)  # never raw JSON
    assert not tab.is_dirty() and tab.note.toPlainText() == ""
    assert _notes(db) == 1


def test_an_empty_note_is_refused_beside_the_text(open_case_file, ui_db) -> None:
    case_id = fill_register(ui_db)[HEARING_CASE]
    tab = _timeline(open_case_file(ui_db, case_id))
    tab.note.setPlainText("   ")
    assert tab.add_note() is False
    assert tab.errors.current() == {"text": "this field is required"}
    assert tab.errors.label("text").isVisibleTo(tab)  # type: ignore[union-attr]
    assert _notes(ui_db) == 0


def test_ctrl_enter_adds_the_note(qtbot, open_case_file, ui_db, type_text) -> None:
    case_id = fill_register(ui_db)[HEARING_CASE]
    window = open_case_file(ui_db, case_id)
    tab = _timeline(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    tab.note.setFocus()
    type_text(tab.note, "Придёт в четверг")
    QTest.keyClick(tab.note, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert tab.model.lines()[0] == "Придёт в четверг"
    assert _notes(ui_db) == 1


def test_a_typed_note_is_an_unsaved_edit_that_save_adds(open_case_file, ui_db) -> None:
    case_id = fill_register(ui_db)[HEARING_CASE]
    window = open_case_file(ui_db, case_id)
    tab = _timeline(window)
    tab.note.setPlainText("Принесёт справку о доходах")
    assert window.dirty_tabs() == [tab]
    assert window.save()
    assert _notes(ui_db) == 1 and not window.dirty_tabs()


def test_records_of_the_case_are_named_and_filters_split_notes_from_changes(
    open_case_file, ui_db
) -> None:
    case_id = fill_register(ui_db)[HEARING_CASE]
    with ui_db.session() as s:
        add_event(s, case_id, {"kind": "eviction", "date": UI_TODAY})
        add_budget_line(s, case_id, {"kind": "income", "category": "Пенсия", "amount": "90000"})
    tab = _timeline(open_case_file(ui_db, case_id))
    tab.note.setPlainText("Заметка")
    tab.add_note()

    lines = tab.model.lines()
    assert "Added the event “Eviction”" in lines
    assert "Added the event “Hearing”" in lines
    assert "Added a budget line" in lines
    assert "Added a court case" in lines
    tab.show_filter.setCurrentIndex(TimelineTab.SHOW_NOTES)
    assert tab.model.lines() == ["Заметка"]
    tab.show_filter.setCurrentIndex(TimelineTab.SHOW_CHANGES)
    assert "Заметка" not in tab.model.lines() and "Opened the case" in tab.model.lines()


def test_audit_lines_read_as_sentences() -> None:
    at = datetime(2026, 11, 30, 9, 0)

    def audit(action: str, entity: str, changed: tuple[str, ...] = ()) -> str:
        return describe(
            TimelineItem(at, "A", "audit", action=action, entity=entity, changed=changed)
        )

    assert audit("update", "debtor", ("iin", "advisor_id")) == "Changed the person: IIN, advisor"
    assert audit("delete", "loan") == "Deleted a loan"
    assert audit("update", "proceeding", ()) == "Changed a court case"
    assert audit("update", "loan", ("contract_no",)) == "Changed a loan: contract no"
    assert audit("import", "debtor") == "Imported the person"
