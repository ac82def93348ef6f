"""The Deadlines tab on a real database: urgency, explanation, done/reopen, manual ones."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit
from sqlalchemy import select

from debtdesk.model import Deadline
from debtdesk.services.proceedings import add_event
from tests.ui.conftest import ADVISOR, HEARING_CASE, fill_register
from ui.case_file.deadlines_tab import DeadlinesTab
from ui.case_file.table import RowRole


def _case_with_appeal(db) -> int:
    case_id = fill_register(db)[HEARING_CASE]
    with db.session() as s:
        add_event(s, case_id, {"kind": "decision_final_form", "date": date(2026, 11, 20)})
    return case_id


def test_mark_done_persists_who_and_when_and_reopen_clears_them(qtbot, db, fixed_today):
    case_id = _case_with_appeal(db)
    tab = DeadlinesTab(db, case_id)
    qtbot.addWidget(tab)
    row = tab.current()
    assert row is not None and row.title == "Appeal" and row.status == "open"
    assert tab.reopen_button.isEnabled() is False

    qtbot.mouseClick(tab.done_button, Qt.MouseButton.LeftButton)

    with db.session() as s:
        stored = s.get(Deadline, row.id)
        assert stored.status == "done" and stored.done_at is not None
        assert stored.done_by is not None and stored.done_by.name == ADVISOR
    shown = tab.current()
    assert shown.status == "done" and shown.done_by == ADVISOR
    assert f"Done by {ADVISOR} on " in tab.summary.text()
    assert tab.model.index(0, 3).data() == "Done"

    qtbot.mouseClick(tab.reopen_button, Qt.MouseButton.LeftButton)
    with db.session() as s:
        stored = s.get(Deadline, row.id)
        assert stored.status == "open" and stored.done_at is None and stored.done_by_id is None


def test_the_explanation_reads_in_the_chosen_language(qtbot, db, fixed_today):
    case_id = _case_with_appeal(db)
    tab = DeadlinesTab(db, case_id)
    qtbot.addWidget(tab)
    english = tab.explanation_text()
    assert english.startswith("Appeal: 1 month from")
    assert "Monday 21 December 2026" in english  # moved off Sunday the 20th
    tab.language.setCurrentIndex(tab.language.findData("ru"))
    russian = tab.explanation_text()
    assert russian.startswith("Апелляционная жалоба") and "декабря 2026" in russian
    assert tab.model.index(0, 2).data().startswith("Appeal")  # the list stays in English


def test_urgency_is_a_word_as_well_as_a_colour(qtbot, db, fixed_today):
    case_id = fill_register(db)[HEARING_CASE]
    tab = DeadlinesTab(db, case_id)
    qtbot.addWidget(tab)
    for title, day in (("Отзыв на иск", "29.11.2026"), ("Ходатайство", "31.12.2026")):
        dialog = tab.deadline_dialog()
        dialog.findChild(QLineEdit, "titleEdit").setText(title)
        dialog.findChild(QLineEdit, "due_dateEdit").setText(day)
        dialog.accept()
        assert dialog.result() == dialog.DialogCode.Accepted, dialog.messages()
    tab.reload()
    cells = [
        (tab.model.index(i, 0).data(), tab.model.index(i, 2).data())
        for i in range(tab.model.rowCount())
    ]
    assert cells == [("Overdue", "Отзыв на иск"), ("Later", "Ходатайство")]
    overdue = tab.model.index(0, 0)
    assert overdue.data(Qt.ItemDataRole.BackgroundRole) is not None
    assert tab.model.index(1, 0).data(Qt.ItemDataRole.BackgroundRole) is None
    assert overdue.data(RowRole).manual


def test_a_manual_deadline_with_a_bad_date_is_refused_beside_it(qtbot, db, fixed_today):
    case_id = fill_register(db)[HEARING_CASE]
    tab = DeadlinesTab(db, case_id)
    qtbot.addWidget(tab)
    dialog = tab.deadline_dialog()
    dialog.findChild(QLineEdit, "titleEdit").setText("Statement of defence")
    dialog.findChild(QLineEdit, "due_dateEdit").setText("12.13.2026")
    dialog.accept()
    assert list(dialog.messages()) == ["due_date"]
    dialog.findChild(QLineEdit, "due_dateEdit").setText("")
    dialog.accept()
    assert dialog.messages() == {"due_date": "this field is required"}
    with db.session() as s:
        assert s.scalars(select(Deadline)).all() == []
