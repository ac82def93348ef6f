"""The Letters tab on a real database: the register, the preview, the stored PDF, dates."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QObject, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QLineEdit

from debtdesk.documents.register import create_letter, document_pdf
from debtdesk.model import Document
from debtdesk.services.debtors import update_debtor
from debtdesk.services.institutions import find_or_create_creditor
from debtdesk.services.loans import create_loan
from tests.ui.conftest import HEARING_CASE, fill_register
from ui.case_file.letters_tab import LettersTab
from ui.formatting import format_day


def _case_with_letter(db) -> tuple[int, int, bytes]:
    case_id = fill_register(db)[HEARING_CASE]
    with db.session() as s:
        update_debtor(s, case_id, {"address": "г. Караганда, ул. Ерубаева, 12"})
        bank = find_or_create_creditor(s, "АО «Тест Банк»")
        create_loan(
            s,
            case_id,
            {"creditor_id": bank.id, "contract_no": "KZ-77", "principal": "1000000"},
        )
        letter = create_letter(
            s, "restructuring_request", case_id, lang="ru", fields={"reasons": "потеря работы"}
        )
    return case_id, letter.document_id, letter.pdf


class Viewer(QObject):
    """Stands in for the system's PDF viewer: Qt hands it the file URLs it would open."""

    def __init__(self) -> None:
        super().__init__()
        self.opened: list[Path] = []

    @Slot(QUrl)
    def show(self, url: QUrl) -> None:
        self.opened.append(Path(url.toLocalFile()))


def test_the_tab_lists_a_registered_letter_and_opens_and_saves_its_bytes(
    qtbot, db, fixed_today, tmp_path
):
    case_id, document_id, pdf = _case_with_letter(db)
    tab = LettersTab(db, case_id)
    qtbot.addWidget(tab)
    assert tab.model.rowCount() == 1
    assert tab.current().kind == "letter"
    row = tab.current_letter()
    assert row.id == document_id and row.outgoing_no == "DD-2026-0001"
    assert row.title == "Application for restructuring of a loan" and row.language == "ru"
    assert row.recipient and "Тест Банк" in row.recipient
    assert tab.model.index(0, 3).data() == "Russian"
    assert tab.preview.page_count() >= 1  # shown in the app on opening the tab

    viewer = Viewer()
    QDesktopServices.setUrlHandler("file", viewer, "show")
    try:
        opened = tab.open_in_viewer()
    finally:
        QDesktopServices.unsetUrlHandler("file")
    assert viewer.opened == [opened]
    assert opened.read_bytes() == pdf and opened.stat().st_mode & 0o077 == 0

    target = tmp_path / "letter.pdf"
    assert tab.save_to(target)
    with db.session() as s:
        assert target.read_bytes() == document_pdf(s, document_id) == pdf
    assert not target.with_name("letter.pdf.part").exists()


def test_received_by_addressee_recomputes_the_reply_deadline(qtbot, db, fixed_today):
    case_id, document_id, _pdf = _case_with_letter(db)
    tab = LettersTab(db, case_id)
    qtbot.addWidget(tab)
    assert tab.current_letter().reply_due is None  # not sent yet: nothing to wait for

    dialog = tab.date_dialog("received_on")
    today_text = format_day(date(2026, 11, 30))
    assert dialog.findChild(QLineEdit, "received_onEdit").text() == today_text  # today
    dialog.findChild(QLineEdit, "received_onEdit").setText("01.12.2026")
    dialog.accept()
    assert "in the future" in dialog.messages()["received_on"]
    dialog.findChild(QLineEdit, "received_onEdit").setText("25.11.2026")
    dialog.accept()
    assert "before the letter was printed" in dialog.messages()["received_on"]
    dialog.findChild(QLineEdit, "received_onEdit").setText("30.11.2026")
    dialog.accept()
    # The bank answers within 15 calendar days of receiving it (Law on Banks art. 36).
    assert dialog.result_value == date(2026, 12, 15)
    tab.reload()
    row = tab.current_letter()
    assert (row.received_on, row.reply_due, row.provisional) == (
        date(2026, 11, 30),
        date(2026, 12, 15),
        False,
    )
    assert tab.model.index(0, 7).data() == format_day(date(2026, 12, 15))
    assert tab.model.index(0, 8).data() == "awaiting"
    with db.session() as s:
        assert s.get(Document, document_id).sent_on == date(2026, 11, 30)
