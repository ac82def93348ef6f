"""The Person & household tab on a real database: saving, refusals, conflicts, budget lines."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QComboBox, QLineEdit, QMessageBox
from sqlalchemy import func, select

from debtdesk.db import Database
from debtdesk.model import BudgetLine, Debtor
from debtdesk.services.debtors import update_debtor
from tests.ui.case_file.case_windows import (
    OpenCaseFile,
    click_named,
    click_standard,
    open_case_file_fixture,  # noqa: F401 - the open_case_file fixture
    when_modal,
)
from tests.ui.conftest import HEARING_CASE, fill_register
from ui.case_file.person_tab import PersonTab
from ui.case_file.window import CaseFileWindow


def _debtor(db: Database, case_id: int) -> dict[str, object]:
    with db.session() as s:
        d = s.get(Debtor, case_id)
        assert d is not None
        return {
            "phone": d.phone,
            "city": d.city,
            "iin": d.iin,
            "address": d.address,
            "household_size": d.household_size,
            "minors": d.minors,
            "consent_date": d.consent_date,
            "language": d.language,
            "version": d.version,
        }


def _open(open_case_file: OpenCaseFile, db: Database) -> tuple[CaseFileWindow, PersonTab, int]:
    case_id = fill_register(db)[HEARING_CASE]
    window = open_case_file(db, case_id)
    tab = window.tab("person")
    assert isinstance(tab, PersonTab)
    return window, tab, case_id


def test_edits_saved_with_ctrl_s_persist_and_reopen(
    qtbot, open_case_file, db, fixed_today, type_text
) -> None:
    window, tab, case_id = _open(open_case_file, db)
    tab.phone.setText("8 777 123 45 67")
    tab.city.clear()
    type_text(tab.city, "Қарағанды")
    tab.household_size.setValue(5)
    tab.minors.setValue(3)
    tab.consent_date.setText("01.11.2026")
    tab.language.setCurrentIndex(tab.language.findData("kk"))
    assert tab.is_dirty() and window.save_button.isEnabled()

    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    QTest.keyClick(tab.phone, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)

    assert not tab.is_dirty() and not window.save_button.isEnabled()
    stored = _debtor(db, case_id)
    assert stored["phone"] == "+77771234567"
    assert stored["city"] == "Қарағанды"
    assert (stored["household_size"], stored["minors"]) == (5, 3)
    assert stored["consent_date"] == date(2026, 11, 1)
    assert stored["language"] == "kk"
    window.close()

    again = open_case_file(db, case_id)
    person = again.tab("person")
    assert isinstance(person, PersonTab)
    assert person.phone.text() == "+7 777 123 45 67"
    assert person.city.text() == "Қарағанды"
    assert person.consent_date.text() == "1 Nov 2026"
    assert not person.is_dirty()


def test_a_bad_iin_shows_its_message_beside_the_field_and_saves_nothing(
    open_case_file, db, fixed_today
) -> None:
    window, tab, case_id = _open(open_case_file, db)
    before = _debtor(db, case_id)
    tab.phone.setText("+7 777 000 00 00")
    tab.iin.setText("123456789012")

    assert window.save() is False
    shown = tab.errors.current()
    assert list(shown) == ["iin"] and "7th digit" in shown["iin"]
    message = tab.errors.label("iin")
    assert message is not None and message.isVisibleTo(tab)
    # Beside the field: right under the IIN input, above the phone.
    iin_bottom = tab.iin.mapTo(tab, tab.iin.rect().bottomLeft()).y()
    assert iin_bottom <= message.mapTo(tab, message.rect().topLeft()).y()
    assert (
        message.mapTo(tab, message.rect().bottomLeft()).y()
        <= tab.phone.mapTo(tab, tab.phone.rect().topLeft()).y()
    )
    assert _debtor(db, case_id) == before  # the phone was not saved either
    assert tab.is_dirty()

    tab.iin.setText(before["iin"])  # type: ignore[arg-type]
    assert window.save() is True
    assert not message.isVisibleTo(tab)
    assert _debtor(db, case_id)["phone"] == "+77770000000"


def test_more_minors_than_people_is_shown_beside_minors(open_case_file, db, fixed_today) -> None:
    _window, tab, case_id = _open(open_case_file, db)
    tab.household_size.setValue(2)
    tab.minors.setValue(4)
    assert tab.save() is False
    assert "more minors" in tab.errors.current()["minors"]
    assert _debtor(db, case_id)["household_size"] == 4


def _edit_elsewhere(db: Database, case_id: int, changes: dict[str, object]) -> None:
    """Another advisor's save, through the core service, in a session of its own."""
    with db.session() as s:
        update_debtor(s, case_id, changes)


def test_conflict_reload_drops_mine_and_shows_theirs(open_case_file, db, fixed_today) -> None:
    _window, tab, case_id = _open(open_case_file, db)
    _edit_elsewhere(db, case_id, {"phone": "+7 701 999 88 77", "address": "ул. Абая, 1"})
    tab.city.setText("Тараз")

    when_modal(click_named("reloadButton"))
    assert tab.save() is False

    stored = _debtor(db, case_id)
    assert stored["city"] == "Караганда" and stored["phone"] == "+77019998877"
    assert tab.city.text() == "Караганда"
    assert tab.phone.text() == "+7 701 999 88 77"
    assert tab.address.text() == "ул. Абая, 1"
    assert not tab.is_dirty()
    assert tab.form is not None and tab.form.version == stored["version"]


def test_conflict_keep_mine_saves_over_theirs(open_case_file, db, fixed_today) -> None:
    _window, tab, case_id = _open(open_case_file, db)
    _edit_elsewhere(db, case_id, {"phone": "+7 701 999 88 77", "address": "ул. Абая, 1"})
    tab.phone.setText("+7 702 555 44 33")
    tab.city.setText("Тараз")

    box_text: list[str] = []

    def keep(box: QMessageBox) -> None:
        assert box.objectName() == "conflictBox"
        box_text.append(box.text())
        click_named("keepButton")(box)

    when_modal(keep)
    assert tab.save() is True

    assert box_text and "Test Advisor" in box_text[0]
    stored = _debtor(db, case_id)
    assert stored["phone"] == "+77025554433" and stored["city"] == "Тараз"
    assert stored["address"] == "ул. Абая, 1"  # their edit of a field I left alone stays
    assert not tab.is_dirty()
    # Saved at the new version: a further edit saves without another question.
    tab.city.setText("Шымкент")
    assert tab.save() is True
    assert _debtor(db, case_id)["city"] == "Шымкент"


def test_budget_lines_are_added_edited_deleted_with_totals(open_case_file, db, fixed_today) -> None:
    _window, tab, _case_id = _open(open_case_file, db)
    panel = tab.household
    changed: list[bool] = []
    tab.changed.connect(lambda: changed.append(True))

    dialog = panel.budget_dialog(None)
    dialog.findChild(QComboBox, "kindEdit").setCurrentIndex(0)  # income
    dialog.findChild(QComboBox, "categoryEdit").setCurrentText("Зарплата")
    dialog.findChild(QLineEdit, "amountEdit").setText("250 000,50")
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted, dialog.messages()
    spend = panel.budget_dialog(None)
    spend.findChild(QComboBox, "kindEdit").setCurrentIndex(1)  # expense
    spend.findChild(QComboBox, "categoryEdit").setCurrentText("Аренда")
    spend.findChild(QLineEdit, "amountEdit").setText("300000")
    spend.accept()
    panel.reload()

    rows = panel.budget_model.rows()
    assert [(r.kind, r.category, r.amount) for r in rows] == [
        ("income", "Зарплата", Decimal("250000.50")),
        ("expense", "Аренда", Decimal("300000.00")),
    ]
    assert "left −₸49,999.50" in panel.totals.text()

    bad = panel.budget_dialog(rows[1])
    bad.findChild(QLineEdit, "amountEdit").setText("12,5,00")
    bad.accept()
    assert bad.result() != bad.DialogCode.Accepted
    assert "decimal separator" in bad.messages()["amount"]
    with db.session() as s:
        assert s.scalar(select(BudgetLine.amount).where(BudgetLine.id == rows[1].id)) == Decimal(
            "300000.00"
        )

    panel.budget_view.selectRow(1)
    when_modal(click_standard(QMessageBox.StandardButton.Yes))
    panel.delete_budget_line()
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(BudgetLine)) == 1
    assert [r.category for r in panel.budget_model.rows()] == ["Зарплата"]
    assert changed and not tab.is_dirty()  # lines save at once, never dirty the form


def test_a_property_is_added_through_its_dialog(open_case_file, db, fixed_today) -> None:
    _window, tab, _case_id = _open(open_case_file, db)
    dialog = tab.household.property_dialog(None)
    dialog.findChild(QLineEdit, "addressEdit").setText("г. Караганда, ул. Ерубаева, 5-12")
    dialog.findChild(QLineEdit, "areaEdit").setText("54,3")
    dialog.findChild(QLineEdit, "residentsEdit").setText("5")
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted, dialog.messages()
    tab.household.reload()
    (prop,) = tab.household.property_model.rows()
    assert prop.area == Decimal("54.30") and prop.residents == 5 and prop.sole_home
