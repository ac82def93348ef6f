"""The Court tab on a real database: quick hearing and decision forms, edits, conflicts."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, time

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox, QPushButton, QWidget
from sqlalchemy import select

from debtdesk.model import Deadline, Event
from debtdesk.services.proceedings import update_event
from tests.ui.conftest import HEARING_CASE, fill_register
from ui.case_file.court_tab import CourtTab
from ui.case_file.deadlines_tab import DeadlinesTab
from ui.case_file.table import select_where
from ui.formatting import format_day


def answer_modal(handle: Callable[[QWidget], None]) -> None:
    """Run ``handle`` on the modal dialog the next action opens; never leave it open.

    A failed check inside ``handle`` would otherwise leave the dialog's own
    event loop running and the test hanging instead of failing.
    """

    def run() -> None:
        widget = QApplication.activeModalWidget()
        try:
            assert widget is not None, "no modal dialog opened"
            handle(widget)
        finally:
            if widget is not None and widget.isVisible():
                widget.close()

    QTimer.singleShot(0, run)


def _line(dialog, field):
    editor = dialog.findChild(QLineEdit, f"{field}Edit")
    assert editor is not None, field
    return editor


def test_a_hearing_is_recorded_in_the_quick_form_with_enter(qtbot, db, fixed_today):
    case_id = fill_register(db)[HEARING_CASE]
    tab = CourtTab(db, case_id)
    qtbot.addWidget(tab)
    assert tab.events_model.rowCount() == 1  # the hearing the sample register has

    seen: dict[str, object] = {}

    def type_and_press_enter(dialog: QWidget) -> None:
        assert dialog.objectName() == "hearingDialog"
        date_edit = _line(dialog, "date")
        seen["focus"] = dialog.focusWidget() is date_edit  # the cursor is in the date
        date_edit.setText("15.12.2026")
        _line(dialog, "time").setText("10.30")
        _line(dialog, "place").setText("каб. 305")
        qtbot.keyClick(_line(dialog, "place"), Qt.Key.Key_Return)  # Enter saves
        seen["open"] = dialog.isVisible()

    answer_modal(type_and_press_enter)
    qtbot.mouseClick(tab.hearing_button, Qt.MouseButton.LeftButton)
    assert seen == {"focus": True, "open": False}
    day = format_day(date(2026, 12, 15))
    assert tab.confirmation.text() == f"Hearing on {day} saved. No deadline follows from it."

    with db.session() as s:
        event = s.scalar(select(Event).where(Event.date == date(2026, 12, 15)))
        assert event is not None and event.kind == "hearing" and event.debtor_id == case_id
        assert event.time == time(10, 30) and event.place == "каб. 305"
        assert event.proceeding_id is not None  # the case's one proceeding, chosen for us
    shown = [(r.date, r.kind, r.place) for r in tab.events_model.rows()]
    assert (date(2026, 12, 15), "hearing", "каб. 305") in shown


def test_a_decision_date_computes_its_deadline_which_the_deadlines_tab_shows(
    qtbot, db, fixed_today
):
    case_id = fill_register(db)[HEARING_CASE]
    court = CourtTab(db, case_id)
    deadlines = DeadlinesTab(db, case_id)
    qtbot.addWidget(court)
    qtbot.addWidget(deadlines)
    assert deadlines.model.rowCount() == 0

    # Through the button, as an advisor does: the quick form opens modally.
    def fill_and_save(dialog: QWidget) -> None:
        assert dialog.objectName() == "decisionDialog"
        _line(dialog, "date").setText("20.11.2026")
        dialog.findChild(QPushButton, "saveButton").click()

    answer_modal(fill_and_save)
    qtbot.mouseClick(court.decision_button, Qt.MouseButton.LeftButton)

    text = court.confirmation.text()
    decided, due = format_day(date(2026, 11, 20)), format_day(date(2026, 12, 21))
    assert f"Decision in final form on {decided} saved." in text
    assert f"1 deadline(s) computed (due {due})" in text  # 20.12 is a Sunday
    appeal = [r for r in court.events_model.rows() if r.kind == "decision_final_form"]
    assert len(appeal) == 1 and appeal[0].open_deadlines == 1

    deadlines.reload()
    rows = deadlines.model.rows()
    assert [(r.title, r.due_date, r.status) for r in rows] == [
        ("Appeal", date(2026, 12, 21), "open")
    ]
    assert (rows[0].trigger, rows[0].trigger_date) == ("Decision in final form", date(2026, 11, 20))
    assert deadlines.model.index(0, 4).data() == f"Decision in final form, {decided}"


def test_a_hearing_form_refuses_a_bad_date_beside_it_and_saves_nothing(qtbot, db, fixed_today):
    case_id = fill_register(db)[HEARING_CASE]
    tab = CourtTab(db, case_id)
    qtbot.addWidget(tab)
    dialog = tab.quick_dialog("hearing")
    _line(dialog, "date").setText("32.12.2026")
    dialog.accept()
    assert "not a date" in dialog.messages()["date"]
    _line(dialog, "date").setText("")
    dialog.accept()
    assert dialog.messages()["date"] == "this field is required"
    _line(dialog, "date").setText("01.12.2026")
    _line(dialog, "time").setText("25:00")
    dialog.accept()
    assert "not a time" in dialog.messages()["time"]
    with db.session() as s:
        assert len(s.scalars(select(Event)).all()) == 1


def _edit_first_event_while_another_advisor_changes_it(qtbot, db, choose: str):
    case_id = fill_register(db)[HEARING_CASE]
    tab = CourtTab(db, case_id)
    qtbot.addWidget(tab)
    row = tab.events_model.row(0)
    assert select_where(tab.events_view, lambda r: r.id == row.id)
    dialog = tab.event_dialog(row)
    qtbot.addWidget(dialog)
    _line(dialog, "place").setText("зал 2")

    with db.session() as other:  # another laptop saves first
        other.info["advisor"] = "Айгүл С."
        update_event(other, row.id, {"place": "каб. 101"}, expected_version=row.version)

    seen: dict[str, str] = {}

    def answer(box: QWidget) -> None:
        assert isinstance(box, QMessageBox) and box.objectName() == "conflictBox"
        seen["text"] = box.text()
        seen["details"] = box.detailedText()
        box.findChild(QPushButton, choose).click()

    answer_modal(answer)
    dialog.accept()
    return tab, dialog, row, seen


def test_editing_an_event_changed_by_another_session_shows_the_conflict(qtbot, db, fixed_today):
    tab, dialog, row, seen = _edit_first_event_while_another_advisor_changes_it(
        qtbot, db, "reloadButton"
    )
    assert seen["text"].startswith("Changed by Айгүл С. at ")
    assert "place" in seen["details"]
    assert dialog.reload_requested and dialog.result() != dialog.DialogCode.Accepted
    with db.session() as s:
        assert s.get(Event, row.id).place == "каб. 101"  # theirs kept, ours not written
    tab.reload()
    assert tab.events_model.row(0).place == "каб. 101"


def test_keeping_mine_after_a_conflict_saves_over_theirs(qtbot, db, fixed_today):
    _tab, dialog, row, seen = _edit_first_event_while_another_advisor_changes_it(
        qtbot, db, "keepButton"
    )
    assert seen["text"].startswith("Changed by Айгүл С.")
    assert dialog.result() == dialog.DialogCode.Accepted
    with db.session() as s:
        assert s.get(Event, row.id).place == "зал 2"


def test_deleting_an_event_cancels_its_deadlines(qtbot, sqlite_db, fixed_today):
    db = sqlite_db
    case_id = fill_register(db)[HEARING_CASE]
    tab = CourtTab(db, case_id)
    qtbot.addWidget(tab)
    dialog = tab.quick_dialog("decision")
    _line(dialog, "date").setText("20.11.2026")
    dialog.accept()
    tab.reload()
    decision = next(r for r in tab.events_model.rows() if r.kind == "decision_final_form")
    assert select_where(tab.events_view, lambda r: r.id == decision.id)

    def yes(box: QWidget) -> None:
        assert isinstance(box, QMessageBox) and "Delete Decision in final form" in box.text()
        box.button(QMessageBox.StandardButton.Yes).click()

    answer_modal(yes)
    qtbot.mouseClick(tab.delete_event_button, Qt.MouseButton.LeftButton)
    assert "1 deadline(s) cancelled." in tab.confirmation.text()
    with db.session() as s:
        assert s.get(Event, decision.id) is None
        assert [d.status for d in s.scalars(select(Deadline))] == ["cancelled"]


def test_moving_a_decision_date_names_the_moved_appeal_deadline_and_marks_it(
    qtbot, db, fixed_today, tmp_path
):
    from ui.case_file.window import CaseFileWindow

    old, new = format_day(date(2026, 12, 21)), format_day(date(2026, 12, 28))

    case_id = fill_register(db)[HEARING_CASE]
    window = CaseFileWindow(db, case_id)
    qtbot.addWidget(window)
    court = window.show_tab("court")
    deadlines = window.tab("deadlines")

    def decision_on(day: str) -> Callable[[QWidget], None]:
        def fill_and_save(dialog: QWidget) -> None:
            _line(dialog, "date").setText(day)
            dialog.findChild(QPushButton, "saveButton").click()

        return fill_and_save

    answer_modal(decision_on("20.11.2026"))
    qtbot.mouseClick(court.decision_button, Qt.MouseButton.LeftButton)
    assert f"(due {old})" in court.confirmation.text()

    decision = [r for r in court.events_model.rows() if r.kind == "decision_final_form"]
    assert select_where(court.events_view, lambda r: r.id == decision[0].id)
    answer_modal(decision_on("27.11.2026"))
    qtbot.mouseClick(court.edit_event_button, Qt.MouseButton.LeftButton)
    # 27.12.2026 is a Sunday: the appeal deadline moves to Monday 28.12.
    day = format_day(date(2026, 11, 27))
    assert court.confirmation.text() == (
        f"Decision in final form on {day} saved. Moved: Appeal from {old} to {new}."
    )
    window.grab().save(str(tmp_path / "moved.png"))

    window.show_tab("deadlines")
    rows = deadlines.model.rows()
    assert [(r.title, r.due_date) for r in rows] == [("Appeal", date(2026, 12, 28))]
    assert deadlines.model.index(0, 1).data() == f"{new} (moved from {old})"
    assert deadlines.model.index(0, 1).data(Qt.ItemDataRole.ToolTipRole) == f"Moved from {old}"
    with db.session() as s:
        stored = s.scalars(select(Deadline).where(Deadline.debtor_id == case_id)).one()
        assert (stored.due_date, stored.previous_due_date) == (
            date(2026, 12, 28),
            date(2026, 12, 21),
        )


def test_a_selected_hearing_opens_its_checklist(qtbot, db, fixed_today):
    from debtdesk.model import Checklist
    from ui.checklists.checklist_dialog import ChecklistDialog

    case_id = fill_register(db)[HEARING_CASE]
    tab = CourtTab(db, case_id)
    qtbot.addWidget(tab)
    tab.events_view.clearSelection()
    assert not tab.checklist_button.isEnabled(), "nothing chosen: no checklist"
    (hearing,) = [r for r in tab.events_model.rows() if r.kind == "hearing"]
    select_where(tab.events_view, lambda r: r.id == hearing.id)
    assert tab.checklist_button.isEnabled()
    qtbot.mouseClick(tab.checklist_button, Qt.MouseButton.LeftButton)
    dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, ChecklistDialog)]
    assert len(dialogs) == 1 and dialogs[0].isVisible()
    with db.session() as s:
        made = s.scalar(select(Checklist).where(Checklist.event_id == hearing.id))
        assert made is not None and made.items, "opening a hearing makes its checklist"
    dialogs[0].close()
