"""The letter wizard, driven click by click on a demo database: real PDFs, real register."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import Qt
from sqlalchemy import func, select

from debtdesk.db import Database
from debtdesk.model import Deadline, Debtor, Document, Proceeding
from tests.ui.letters.conftest import pdf_pages, pdf_text
from ui.letters.printing import pdf_printer
from ui.letters.wizard import LetterWizard
from ui.operations import documents as ops

WAIT_MS = 30000


def case_for(db: Database, template: str) -> int:
    """A demo case that can get ``template`` (the first, by id)."""
    with db.session() as s:
        ids = list(s.scalars(select(Debtor.id).order_by(Debtor.id)))
    for case_id in ids:
        choice = next(
            c for c in ops.letter_choices(db, case_id, "en").templates if c.key == template
        )
        if choice.available:
            return case_id
    raise AssertionError(f"no demo case can get {template}")


def test_letter_from_the_wizard_is_registered_with_its_reply_deadline(
    qtbot, demo_db: Database, tmp_path: Path, fixed_today: date
) -> None:
    case_id = case_for(demo_db, "restructuring_request")
    with demo_db.session() as s:
        debtor = s.get(Debtor, case_id)
        name, language = debtor.full_name, debtor.language
    wizard = LetterWizard(demo_db, case_id)
    qtbot.addWidget(wizard)
    wizard.show()

    # 1. the template
    assert not wizard.template_page.isComplete()
    assert wizard.template_page.select("restructuring_request")
    assert wizard.template_page.isComplete()
    wizard.next()
    # 2. the recipient comes from the case (the loan's bank); the debtor's language
    assert wizard.currentPage() is wizard.recipient_page
    choice = wizard.choice()
    assert choice is not None and choice.recipient is not None
    assert wizard.recipient_page.name_label.text() == choice.recipient.name
    assert wizard.recipient_page.language.currentData() == language
    wizard.next()
    # 3. the reasons are needed: refused beside the field, then typed
    assert wizard.currentPage() is wizard.fields_page
    wizard.next()
    assert wizard.currentPage() is wizard.fields_page
    assert wizard.fields_page.form.current_messages() == {"reasons": "Needed for this letter"}
    wizard.fields_page.form.set_value("reasons", "Lost my job in March; income halved.")
    wizard.next()
    # 4. the preview, rendered on a worker thread, registers nothing
    assert wizard.currentPage() is wizard.preview_page
    qtbot.waitUntil(lambda: wizard.preview_page.ready, timeout=WAIT_MS)
    assert wizard.preview_page.preview.page_count() >= 1
    with demo_db.session() as s:
        assert s.scalar(select(func.count()).select_from(Document)) == 0
    wizard.save_target = tmp_path / "letter.pdf"
    wizard.printer = pdf_printer(tmp_path / "printed.pdf")
    wizard.preview_page.print_check.setChecked(True)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.done_page, timeout=WAIT_MS)

    done = wizard.registered
    assert done is not None and done.reply_due is not None and not done.follow_up
    with demo_db.session() as s:
        doc = s.scalars(select(Document)).one()
        assert (doc.id, doc.outgoing_no, doc.debtor_id) == (
            done.document_id,
            done.outgoing_no,
            case_id,
        )
        assert (doc.template, doc.language, doc.sent_on) == (
            "restructuring_request",
            language,
            fixed_today,
        )
        deadline = s.scalars(select(Deadline).where(Deadline.document_id == doc.id)).one()
        assert deadline.due_date == done.reply_due > fixed_today
        assert deadline.rule == "bank_reply" and deadline.status == "open"
        assert doc.pdf == done.pdf
    saved = (tmp_path / "letter.pdf").read_bytes()
    assert saved == done.pdf
    text = pdf_text(saved)
    assert name in text and done.outgoing_no in text and "Lost my job in March" in text
    # printed through Qt: one printed page per page of the letter
    assert wizard.printed_pages == pdf_pages(saved)
    assert len(PdfReader(tmp_path / "printed.pdf").pages) == pdf_pages(saved)
    assert done.outgoing_no in wizard.done_page.summary.text()


def test_templates_are_filtered_to_the_case(qtbot, demo_db: Database) -> None:
    with demo_db.session() as s:
        no_court = s.scalar(
            select(Debtor.id)
            .where(~select(Proceeding.id).where(Proceeding.debtor_id == Debtor.id).exists())
            .order_by(Debtor.id)
        )
    assert no_court is not None
    wizard = LetterWizard(demo_db, no_court)
    qtbot.addWidget(wizard)
    tree = wizard.template_page.tree

    def listed() -> dict[str, bool]:
        items = (tree.topLevelItem(i) for i in range(tree.topLevelItemCount()))
        return {
            it.data(0, Qt.ItemDataRole.UserRole + 1): bool(it.flags() & Qt.ItemFlag.ItemIsEnabled)
            for it in items
            if it.data(0, Qt.ItemDataRole.UserRole + 1)
        }

    offered = listed()
    # court letters need a proceeding: not offered; a letter to the debtor is
    assert "appeal" not in offered and "postponement_request" not in offered
    assert offered.get("consent_form") is True
    assert not wizard.template_page.select("appeal")
    wizard.template_page.show_all.setChecked(True)
    everything = listed()
    assert everything["appeal"] is False and everything["consent_form"] is True


def test_missing_case_data_reported_by_the_preview(qtbot, demo_db: Database) -> None:
    """A template chosen although the case lacks its data: the preview names what is missing."""
    case_id = case_for(demo_db, "consent_form")
    wizard = LetterWizard(demo_db, case_id, template="consent_form")
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    wizard.next()
    # the debtor's name is wiped behind the wizard's back
    with demo_db.session() as s:
        s.get(Debtor, case_id).full_name = " "
    wizard.next()
    page = wizard.preview_page
    qtbot.waitUntil(lambda: page.error.isVisibleTo(page), timeout=WAIT_MS)
    assert "the debtor's name" in page.error.text()
    assert not page.isComplete()
