"""The checklist dialog: made on opening, ticks and notes saved at once, printed as ticked."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit
from sqlalchemy import select

from debtdesk.db import Database
from debtdesk.model import Checklist, ChecklistItem, Debtor, Event
from debtdesk.services.proceedings import add_event
from tests.ui.conftest import HEARING_CASE, UI_TODAY
from ui.checklists.checklist_dialog import ChecklistDialog
from ui.formatting import format_day
from ui.letters.printing import pdf_printer


def hearing_of(db: Database, name: str = HEARING_CASE) -> int:
    with db.session() as s:
        return s.scalar(
            select(Event.id)
            .join(Debtor, Event.debtor_id == Debtor.id)
            .where(Debtor.full_name == name, Event.kind == "hearing")
        )


def stored_items(db: Database) -> list[tuple[int, bool, str | None]]:
    with db.session() as s:
        rows = s.scalars(select(ChecklistItem).order_by(ChecklistItem.position)).all()
        return [(i.id, i.done, i.note) for i in rows]


@pytest.fixture
def open_dialog(qtbot):
    def open_(db: Database, event_id: int) -> ChecklistDialog:
        dialog = ChecklistDialog(db, event_id)
        qtbot.addWidget(dialog)
        dialog.show()
        return dialog

    return open_


def press_space_on(qtbot, dialog: ChecklistDialog, item_id: int) -> None:
    """Select the item's row and press Space, as an advisor ticks with the keyboard."""
    view = dialog.items_view
    view.setFocus()
    view.setCurrentIndex(dialog.model.index(dialog.row_of(item_id), 0))
    qtbot.keyClick(view, Qt.Key.Key_Space)


def test_opening_a_hearing_makes_its_checklist_once(ui_db, open_dialog):
    event_id = hearing_of(ui_db)

    dialog = open_dialog(ui_db, event_id)

    assert dialog.view is not None and dialog.view.created
    assert dialog.view.template == "claim" and dialog.view.language == "ru"
    assert dialog.title_label.text() == "Чек-лист к заседанию по иску"
    assert HEARING_CASE in dialog.hearing_label.text()
    assert format_day(UI_TODAY + timedelta(days=9)) in dialog.hearing_label.text()
    stored = stored_items(ui_db)
    assert len(dialog.view.items) == len(stored) > 5
    assert all(dialog.row_of(item_id) >= 0 for item_id, _d, _n in stored)
    assert dialog.done_label.text() == f"Done: 0 of {len(stored)}"

    again = open_dialog(ui_db, event_id)

    assert again.view.id == dialog.view.id and not again.view.created
    with ui_db.session() as s:
        assert len(s.scalars(select(Checklist)).all()) == 1


def test_a_ticked_item_prints_as_ticked(register_db, open_dialog, qtbot, pdf_text, tick_marks):
    dialog = open_dialog(register_db, hearing_of(register_db))
    first, second = dialog.view.items[0].id, dialog.view.items[1].id
    total = len(dialog.view.items)
    before = tick_marks(dialog.pdf("debtor"))
    assert before[:total] == [False] * total

    press_space_on(qtbot, dialog, second)

    assert dialog.is_ticked(second) and not dialog.is_ticked(first)
    assert [done for _i, done, _n in stored_items(register_db)][:2] == [False, True]
    assert dialog.done_label.text() == f"Done: 1 of {total}"
    debtor = dialog.pdf("debtor")
    advisor = dialog.pdf("advisor")
    expected = [False, True] + [False] * (total - 2)
    assert tick_marks(debtor)[:total] == expected
    assert tick_marks(advisor)[:total] == expected
    assert f"Готово: 1 из {total}" in pdf_text(advisor)
    assert HEARING_CASE in pdf_text(debtor) and HEARING_CASE in pdf_text(advisor)

    press_space_on(qtbot, dialog, second)  # untick

    assert not dialog.is_ticked(second)
    assert not any(done for _i, done, _n in stored_items(register_db))
    assert tick_marks(dialog.pdf("debtor"))[:total] == [False] * total
    assert f"Готово: 0 из {total}" in pdf_text(dialog.pdf("advisor"))


def test_notes_persist_and_print_on_the_advisors_copy(
    ui_db, open_dialog, qtbot, type_text, pdf_text
):
    event_id = hearing_of(ui_db)
    dialog = open_dialog(ui_db, event_id)
    item = dialog.view.items[0]
    view = dialog.items_view
    index = dialog.model.index(dialog.row_of(item.id), 1)
    view.setCurrentIndex(index)
    view.edit(index)
    editor = view.viewport().findChild(QLineEdit)
    assert editor is not None and editor.isVisible()
    type_text(editor, "оригинал у дочери")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the delegate commits on the next event loop turn
    qtbot.waitUntil(lambda: dialog.status.text() == "Note saved.")
    type_text(dialog.note_edit, "Судья просила расчёт пени")
    assert dialog.save_note_button.isEnabled()
    qtbot.mouseClick(dialog.save_note_button, Qt.MouseButton.LeftButton)
    assert not dialog.save_note_button.isEnabled()
    dialog.accept()

    assert stored_items(ui_db)[0] == (item.id, False, "оригинал у дочери")
    reopened = open_dialog(ui_db, event_id)
    row = reopened.row_of(item.id)
    assert reopened.model.item(row, 1).text() == "оригинал у дочери"
    assert reopened.note_edit.toPlainText() == "Судья просила расчёт пени"
    advisor = pdf_text(reopened.pdf("advisor"))
    debtor = pdf_text(reopened.pdf("debtor"))
    assert "Заметка: оригинал у дочери" in advisor
    assert "Заметки к заседанию" in advisor and "Судья просила расчёт пени" in advisor
    assert "оригинал у дочери" not in debtor and "Судья просила" not in debtor


def test_an_unsaved_note_is_saved_when_the_dialog_closes(ui_db, open_dialog, type_text):
    event_id = hearing_of(ui_db)
    dialog = open_dialog(ui_db, event_id)
    type_text(dialog.note_edit, "Взять второй экземпляр")

    dialog.close()

    with ui_db.session() as s:
        assert s.scalars(select(Checklist)).one().note == "Взять второй экземпляр"


def test_a_tick_made_meanwhile_by_another_advisor_is_shown_not_overwritten(
    ui_db, open_dialog, qtbot
):
    event_id = hearing_of(ui_db)
    mine = open_dialog(ui_db, event_id)
    theirs = open_dialog(ui_db, event_id)
    item_id = mine.view.items[0].id
    theirs.set_item_note(item_id, "принесла копию")  # saved by the other advisor first

    press_space_on(qtbot, mine, item_id)  # my dialog still holds the old version

    assert "Another advisor changed this checklist" in mine.status.text()
    assert not mine.is_ticked(item_id)
    assert mine.model.item(mine.row_of(item_id), 1).text() == "принесла копию"
    assert stored_items(ui_db)[0] == (item_id, False, "принесла копию")

    press_space_on(qtbot, mine, item_id)  # again, now with the version reloaded

    assert stored_items(ui_db)[0] == (item_id, True, "принесла копию")


def test_saved_printed_and_previewed_printouts(ui_db, open_dialog, qtbot, tmp_path, pdf_text):
    dialog = open_dialog(ui_db, hearing_of(ui_db))
    dialog.set_ticked(dialog.view.items[0].id, True)

    saved = dialog.save_pdf("debtor", tmp_path / "debtor.pdf")

    assert saved == tmp_path / "debtor.pdf"
    text = pdf_text(saved.read_bytes())
    assert "Памятка: заседание суда" in text and HEARING_CASE in text
    assert str(saved) in dialog.status.text()

    pages = dialog.print_checklist("advisor", pdf_printer(tmp_path / "printed.pdf"))

    assert pages >= 1 and (tmp_path / "printed.pdf").stat().st_size > 0

    dialog.audience.setCurrentIndex(dialog.audience.findData("advisor"))
    qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.preview.page_count() > 0, timeout=15000)
    assert dialog.preview.isVisible()


def test_a_hearing_outside_any_proceeding_asks_which_checklist(ui_db, open_dialog, qtbot):
    with ui_db.session() as s:
        case_id = s.scalar(select(Debtor.id).where(Debtor.full_name == "Иванов Сергей"))
        event = add_event(s, case_id, {"kind": "hearing", "date": UI_TODAY + timedelta(days=3)})
        event_id = event.id

    dialog = open_dialog(ui_db, event_id)

    assert dialog.pages.currentIndex() == 0 and dialog.view is None
    keys = [dialog.template_combo.itemData(i) for i in range(dialog.template_combo.count())]
    assert sorted(keys) == ["appeal", "claim", "court_order", "enforcement"]
    dialog.template_combo.setCurrentIndex(keys.index("enforcement"))
    qtbot.mouseClick(dialog.make_button, Qt.MouseButton.LeftButton)

    assert dialog.pages.currentIndex() == 1 and dialog.view.template == "enforcement"
    with ui_db.session() as s:
        assert s.scalars(select(Checklist)).one().event_id == event_id


def test_saved_pdf_path_none_when_the_save_dialog_is_cancelled(ui_db, open_dialog, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    dialog = open_dialog(ui_db, hearing_of(ui_db))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: ("", ""))

    assert dialog.save_pdf("debtor") is None
    assert not list(Path.home().glob("checklist-*.pdf"))


def test_a_save_that_fails_says_why_in_the_dialog(ui_db, open_dialog, tmp_path):
    dialog = open_dialog(ui_db, hearing_of(ui_db))
    target = tmp_path / "no-such-folder" / "debtor.pdf"

    assert dialog.save_pdf("debtor", target) is None

    assert not target.exists()
    assert str(target) in dialog.error.text() and "Cannot save" in dialog.error.text()
