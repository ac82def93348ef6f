"""The meeting intake dialog, driven by real key events and clicks on real widgets.

Cyrillic is typed with key events carrying the text (``type_text``); Enter, Tab
and Esc are real key presses, so the dialog's default button and tab order are
what is tested, not methods called behind the widgets' backs.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from debtdesk.db import Database
from debtdesk.errors import ValidationError
from debtdesk.model import Creditor, Deadline, Debtor, Event, Loan, Proceeding
from ui import operations
from ui.pages.cases_page import CasesPage
from ui.widgets.intake_dialog import IntakeDialog

TypeText = Callable[[QWidget, str], None]


def make_dialog(qtbot: QtBot, db: Database) -> IntakeDialog:
    dialog = IntakeDialog(db)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=2000)  # key presses go to the focus
    return dialog


def press(qtbot: QtBot, key: Qt.Key, widget: QWidget | None = None) -> None:
    """Press ``key`` where the keyboard focus is (or on ``widget``)."""
    target = widget or QApplication.focusWidget()
    assert target is not None
    qtbot.keyClick(target, key)


def fill(dialog: IntakeDialog, type_text: TypeText, **fields: str) -> None:
    """Type into the named fields, in the dialog's order."""
    editors: dict[str, QWidget] = {
        "name": dialog.name_edit,
        "phone": dialog.phone_edit,
        "iin": dialog.iin_edit,
        "city": dialog.city_combo.lineEdit(),
        "bank": dialog.bank_combo.lineEdit(),
        "principal": dialog.principal_edit,
        "hearing": dialog.hearing_date,
        "time": dialog.hearing_time,
        "decision": dialog.decision_date,
        "eviction": dialog.eviction_date,
    }
    for key, text in fields.items():
        editors[key].setFocus()
        type_text(editors[key], text)


def count(db: Database, model: type) -> int:
    with db.session() as s:
        return s.scalar(select(func.count()).select_from(model)) or 0


def question(dialog: IntakeDialog, name: str) -> QMessageBox:
    shown = [b for b in dialog.findChildren(QMessageBox, name) if b.isVisible()]
    assert len(shown) == 1, f"{name} is not shown"
    return shown[0]


def answer(qtbot: QtBot, box: QMessageBox, button: str) -> None:
    clicked = box.findChild(QPushButton, button)
    assert clicked is not None
    qtbot.mouseClick(clicked, Qt.MouseButton.LeftButton)


def test_intake_creates_a_case_the_register_finds_by_a_cyrillic_fragment(
    qtbot: QtBot, register_db: Database, type_text: TypeText
) -> None:
    dialog = make_dialog(qtbot, register_db)
    fill(dialog, type_text, name="Жұмабаева Сәуле Қайратқызы", phone="8 705 987 65 43")
    fill(dialog, type_text, city="Тараз")
    with qtbot.waitSignal(dialog.caseCreated, timeout=3000) as created:
        press(qtbot, Qt.Key.Key_Return)  # from the city combo: Enter is Save and next
    case_id = created.args[0]

    assert [r.id for r in operations.search_cases(register_db, "жұмаба", 10)] == [case_id]
    assert [r.id for r in operations.search_cases(register_db, "САУЛЕ", 10)] == [case_id]
    (row,) = operations.search_cases(register_db, "кайратк", 10)
    assert (row.full_name, row.city) == ("Жұмабаева Сәуле Қайратқызы", "Тараз")

    page = CasesPage(register_db)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    with qtbot.waitSignal(page.searchFinished, timeout=3000):
        type_text(page.search, "жумабаева")  # typed on a Russian keyboard
    assert page.model.rowCount() == 1
    assert page.model.case_id(0) == case_id


def test_save_and_next_keeps_city_language_and_bank_and_counts(
    qtbot: QtBot, ui_db: Database, type_text: TypeText
) -> None:
    dialog = make_dialog(qtbot, ui_db)
    assert dialog.saved_label.text() == "Saved this meeting: none yet"
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("kk"))
    dialog.problem_combo.setCurrentIndex(dialog.problem_combo.findData("microfinance"))
    fill(dialog, type_text, name="Бекова Айжан", city="Кызылорда")
    fill(dialog, type_text, bank="Отбасы банк", principal="9 500 000", hearing="101226")
    with qtbot.waitSignal(dialog.caseCreated, timeout=3000):
        press(qtbot, Qt.Key.Key_Return)

    assert dialog.isVisible()
    assert dialog.name_edit.text() == "" and dialog.hearing_date.text() == ""
    assert dialog.principal_edit.text() == "" and dialog.problem_combo.currentData() == "mortgage"
    assert dialog.city_combo.currentText() == "Кызылорда"
    assert dialog.language_combo.currentData() == "kk"
    assert dialog.bank_combo.currentText() == "Отбасы банк"
    assert dialog.saved_label.text() == "Saved this meeting: 1"
    assert QApplication.focusWidget() is dialog.name_edit

    fill(dialog, type_text, name="Сейітова Гүлмира", principal="3000000")
    with qtbot.waitSignal(dialog.caseCreated, timeout=3000):
        press(qtbot, Qt.Key.Key_Return)
    assert dialog.saved_label.text() == "Saved this meeting: 2"
    assert [dialog.saved.name(i) for i in range(2)] == ["Сейітова Гүлмира", "Бекова Айжан"]
    assert dialog.saved.index(1).data() == "Бекова Айжан"  # a hearing starts no deadline

    with ui_db.session() as s:
        people = s.execute(
            select(Debtor.full_name, Debtor.city, Debtor.language, Debtor.problem_kind)
            .where(Debtor.full_name.in_(["Бекова Айжан", "Сейітова Гүлмира"]))
            .order_by(Debtor.id)
        ).all()
        banks = s.scalars(select(Creditor.name)).all()
        lenders = s.scalars(select(Loan.creditor_id).order_by(Loan.id)).all()
    assert [tuple(p) for p in people] == [
        ("Бекова Айжан", "Кызылорда", "kk", "microfinance"),
        ("Сейітова Гүлмира", "Кызылорда", "kk", "mortgage"),
    ]
    assert banks == ["Отбасы банк"]
    assert len(lenders) == 2 and lenders[0] == lenders[1] is not None


def test_duplicates_for_the_same_phone_in_another_format_are_shown_before_saving(
    qtbot: QtBot, ui_db: Database, type_text: TypeText
) -> None:
    dialog = make_dialog(qtbot, ui_db)
    fill(dialog, type_text, name="Смагулова Әсел")
    with qtbot.waitSignal(dialog.duplicatesChecked, timeout=3000) as checked:
        fill(dialog, type_text, phone="+7 (702) 222-33-44")  # stored from "8 702 222 33 44"
    assert checked.args == [1]
    assert dialog.duplicate_list.isVisible()
    assert dialog.duplicate_label.text() == "Possibly already on file: 1"
    shown = dialog.duplicates.index(0).data().splitlines()
    assert shown[:2] == ["Иванова Мария Петровна", "same phone"]
    cases_before = operations.count_cases(ui_db)

    press(qtbot, Qt.Key.Key_Return)  # saving asks first
    answer(qtbot, question(dialog, "duplicateQuestion"), "noButton")
    assert operations.count_cases(ui_db) == cases_before
    assert QApplication.focusWidget() is dialog.duplicate_list  # to look at the list
    press(qtbot, Qt.Key.Key_Return, dialog.phone_edit)  # not confirmed yet: asks again
    answer(qtbot, question(dialog, "duplicateQuestion"), "yesButton")
    assert operations.count_cases(ui_db) == cases_before + 1


def test_the_duplicate_question_is_asked_once(
    qtbot: QtBot, ui_db: Database, type_text: TypeText
) -> None:
    dialog = make_dialog(qtbot, ui_db)
    fill(dialog, type_text, name="Мария Иванова", decision="31.02.2026")
    press(qtbot, Qt.Key.Key_Return)  # the duplicate check runs at once, without waiting
    assert dialog.duplicates.rowCount() == 1
    answer(qtbot, question(dialog, "duplicateQuestion"), "yesButton")
    assert dialog.errors.current() == {
        "decision_date": "not a date: write it as dd.mm.yyyy, e.g. 15.12.2026"
    }
    assert QApplication.focusWidget() is dialog.decision_date
    dialog.decision_date.clear()
    type_text(dialog.decision_date, "02.11.2026")
    with qtbot.waitSignal(dialog.caseCreated, timeout=3000):
        press(qtbot, Qt.Key.Key_Return)  # the same duplicate again: no second question
    assert not question_shown(dialog)


def question_shown(dialog: IntakeDialog) -> bool:
    return any(box.isVisible() for box in dialog.findChildren(QMessageBox))


def test_clicking_a_duplicate_offers_that_case_instead(
    qtbot: QtBot, ui_db: Database, type_text: TypeText
) -> None:
    dialog = make_dialog(qtbot, ui_db)
    (kurman,) = operations.search_cases(ui_db, "курман", 5)
    with qtbot.waitSignal(dialog.duplicatesChecked, timeout=3000):
        fill(dialog, type_text, name="Әлібек Курманғазы")
    assert dialog.duplicates.case_id(0) == kurman.id
    cases_before = operations.count_cases(ui_db)

    view = dialog.duplicate_list
    rect = view.visualRect(dialog.duplicates.index(0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    answer(qtbot, question(dialog, "openCaseQuestion"), "noButton")
    assert dialog.isVisible() and dialog.name_edit.text() == "Әлібек Курманғазы"

    view.setFocus()
    view.setCurrentIndex(dialog.duplicates.index(0))
    with qtbot.assertNotEmitted(dialog.caseCreated):
        press(qtbot, Qt.Key.Key_Return, view)  # Enter in the list offers the case, never saves
    with qtbot.waitSignal(dialog.openCase, timeout=3000) as opened:
        answer(qtbot, question(dialog, "openCaseQuestion"), "yesButton")
    assert opened.args == [kurman.id]
    assert not dialog.isVisible()
    assert operations.count_cases(ui_db) == cases_before


def test_a_bad_iin_shows_its_message_beside_the_field_and_creates_nothing(
    qtbot: QtBot, ui_db: Database, type_text: TypeText
) -> None:
    dialog = make_dialog(qtbot, ui_db)
    before = {m: count(ui_db, m) for m in (Debtor, Creditor, Loan, Proceeding, Event, Deadline)}
    fill(dialog, type_text, name="Новикова Светлана", iin="850315400016")
    fill(dialog, type_text, bank="Халык", principal="100000", hearing="10.12.2026")
    with qtbot.assertNotEmitted(dialog.caseCreated):
        press(qtbot, Qt.Key.Key_Return)

    shown = dialog.errors.current()
    assert list(shown) == ["iin"] and "check digit" in shown["iin"]
    label = dialog.errors.label("iin")
    assert label is not None and label.isVisible()
    # Beside the field: right under the IIN input, above the next row.
    iin_box = dialog.iin_edit.geometry()
    assert label.geometry().top() >= iin_box.bottom()
    assert label.geometry().bottom() <= dialog.city_combo.geometry().top()
    assert QApplication.focusWidget() is dialog.iin_edit
    assert dialog.name_edit.text() == "Новикова Светлана"  # nothing typed is lost
    assert {m: count(ui_db, m) for m in before} == before

    dialog.iin_edit.clear()
    with qtbot.waitSignal(dialog.caseCreated, timeout=3000):
        press(qtbot, Qt.Key.Key_Return, dialog.iin_edit)
    assert dialog.errors.current() == {}


def test_the_dates_become_events_with_their_deadlines(
    qtbot: QtBot, register_db: Database, type_text: TypeText
) -> None:
    dialog = make_dialog(qtbot, register_db)
    fill(dialog, type_text, name="Оспанова Сәуле", phone="87471234567")
    fill(dialog, type_text, hearing="101226", time="1030", decision="20.11.26", eviction="150127")
    assert dialog.hearing_date.text() == "10 Dec 2026"  # shown as understood on leaving it
    dialog.decision_date.tidy()
    assert dialog.decision_date.text() == "20 Nov 2026"
    assert dialog._decision_hint.text() == "Friday"
    with qtbot.waitSignal(dialog.caseCreated, timeout=3000) as created:
        qtbot.keyClick(dialog.eviction_date, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not dialog.isVisible()  # Save (Ctrl+S) closes
    case_id = created.args[0]

    with register_db.session() as s:
        events = s.execute(
            select(Event.kind, Event.date, Event.time).where(Event.debtor_id == case_id)
        ).all()
        deadlines = s.execute(
            select(Deadline.rule, Deadline.due_date).where(Deadline.debtor_id == case_id)
        ).all()
        kinds = s.scalars(
            select(Proceeding.kind).where(Proceeding.debtor_id == case_id).order_by(Proceeding.id)
        ).all()
    assert sorted(tuple(e) for e in events) == [
        ("decision_final_form", date(2026, 11, 20), None),
        ("eviction", date(2027, 1, 15), None),
        ("hearing", date(2026, 12, 10), time(10, 30)),
    ]
    assert [tuple(d) for d in deadlines] == [("appeal", date(2026, 12, 21))]
    assert kinds == ["claim", "eviction"]
    (row,) = operations.search_cases(register_db, "оспанова", 5)
    assert (row.next_hearing, row.next_deadline) == (date(2026, 12, 10), date(2026, 12, 21))


def test_the_first_deadline_shows_in_the_queue(
    qtbot: QtBot, ui_db: Database, type_text: TypeText
) -> None:
    dialog = make_dialog(qtbot, ui_db)
    fill(dialog, type_text, name="Оспанова Сәуле", decision="201126")
    with qtbot.waitSignal(dialog.caseCreated, timeout=3000):
        press(qtbot, Qt.Key.Key_Return)
    assert dialog.saved.index(0).data().splitlines() == ["Оспанова Сәуле", "Appeal by 21 Dec 2026"]


@pytest.mark.parametrize(
    ("field", "typed", "message"),
    [
        ("eviction", "15.01.2206", "more than five years away"),
        ("hearing", "01.11.2026", "cannot be in the past"),
        ("time", "25:00", "not a time"),
    ],
)
def test_implausible_dates_are_refused_beside_their_field(
    qtbot: QtBot, ui_db: Database, type_text: TypeText, field: str, typed: str, message: str
) -> None:
    dialog = make_dialog(qtbot, ui_db)
    fill(dialog, type_text, name="Нуртаева Камила", hearing="101226")
    if field != "hearing":
        fill(dialog, type_text, **{field: typed})
    else:
        dialog.hearing_date.clear()
        type_text(dialog.hearing_date, typed)
    before = operations.count_cases(ui_db)
    press(qtbot, Qt.Key.Key_Return)
    service_field = {"eviction": "eviction_date", "hearing": "next_hearing"}.get(
        field, "next_hearing_time"
    )
    label = dialog.errors.label(service_field)
    assert label is not None and label.isVisible() and message in label.text()
    assert operations.count_cases(ui_db) == before


def test_tab_goes_through_the_fields_in_reading_order(qtbot: QtBot, ui_db: Database) -> None:
    dialog = make_dialog(qtbot, ui_db)
    expected = [
        dialog.name_edit,
        dialog.phone_edit,
        dialog.iin_edit,
        dialog.city_combo,
        dialog.language_combo,
        dialog.problem_combo,
        dialog.bank_combo,
        dialog.principal_edit,
        dialog.hearing_date,
        dialog.hearing_time,
        dialog.decision_date,
        dialog.eviction_date,
    ]
    dialog.name_edit.setFocus()
    seen = []
    for _ in expected:
        focused = QApplication.focusWidget()
        assert focused is not None
        # An editable combo box takes the focus in its line edit.
        seen.append(focused.parentWidget() if focused in _combo_edits(dialog) else focused)
        press(qtbot, Qt.Key.Key_Tab)
    assert seen == expected


def _combo_edits(dialog: IntakeDialog) -> list[QWidget]:
    return [dialog.city_combo.lineEdit(), dialog.bank_combo.lineEdit()]


def test_escape_closes_without_saving(qtbot: QtBot, ui_db: Database, type_text: TypeText) -> None:
    dialog = make_dialog(qtbot, ui_db)
    fill(dialog, type_text, name="Нуртаева Камила")
    before = operations.count_cases(ui_db)
    with qtbot.assertNotEmitted(dialog.caseCreated):
        press(qtbot, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert operations.count_cases(ui_db) == before


def test_known_cities_and_banks_are_offered(qtbot: QtBot, ui_db: Database) -> None:
    with ui_db.session() as s:
        from debtdesk.services.institutions import create_creditor

        create_creditor(s, {"name": "Halyk Bank", "kind": "bank"})
    dialog = make_dialog(qtbot, ui_db)
    cities = [dialog.city_combo.itemText(i) for i in range(dialog.city_combo.count())]
    assert cities == sorted(["Алматы", "Караганда", "Астана", "Шымкент", "Павлодар"])
    assert [dialog.bank_combo.itemText(i) for i in range(dialog.bank_combo.count())] == [
        "Halyk Bank"
    ]
    assert dialog.city_combo.currentText() == "" and dialog.bank_combo.currentText() == ""


def test_the_operations_take_and_give_plain_values(register_db: Database) -> None:
    from ui.operations import intake

    found = intake.possible_duplicates(register_db, {"phone": "8 (702) 222-33-44", "iin": ""})
    assert [(d.full_name, d.reasons) for d in found] == [("Иванова Мария Петровна", ("phone",))]
    case_id = intake.create_case(
        register_db, {"full_name": "Ержанова Дана", "eviction_date": date(2026, 12, 20)}
    )
    assert isinstance(case_id, int)
    assert [r.id for r in operations.search_cases(register_db, "ержанова", 5)] == [case_id]
    with pytest.raises(ValidationError) as caught:
        intake.create_case(register_db, {"full_name": "Ержанова Дана", "iin": "123"})
    assert caught.value.field == "iin"
