"""A case's papers in its Letters tab: letters and scans together, newest first, previewed."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtWidgets import QComboBox
from sqlalchemy import select

from debtdesk.db import Database
from debtdesk.model import Attachment, Event
from tests.ui.letters.conftest import PNG
from ui.case_file.letters_tab import LettersTab
from ui.letters.dialogs import CaseChooser
from ui.operations import documents as ops
from ui.pages.letters_page import LettersPage


def test_attached_photo_is_listed_and_shown(
    qtbot, demo_db: Database, fixed_today: date, tmp_path: Path
) -> None:
    case_id = ops.hearing_cases(demo_db, 60)[0]
    ops.run_batch(demo_db, "hearing_notice", [case_id])
    papers = LettersTab(demo_db, case_id)
    qtbot.addWidget(papers)
    papers.show()
    assert [p.kind for p in papers.model.rows()] == ["letter"]
    assert papers.preview.page_count() >= 1  # the letter, shown on opening

    with demo_db.session() as s:
        event_id = s.scalar(select(Event.id).where(Event.debtor_id == case_id).limit(1))
    dialog = papers.attach_dialog()
    qtbot.addWidget(dialog)
    too_big = tmp_path / "video.pdf"
    too_big.write_bytes(b"%PDF-" + b"\0" * (ops.MAX_SIZE + 1))
    dialog.picker.line.setText(str(too_big))
    dialog.accept()
    assert "at most 20 MB" in dialog.messages()["paper_file"]
    photo = tmp_path / "решение.png"
    photo.write_bytes(PNG)
    dialog.picker.line.setText(str(photo))
    combo = dialog.findChild(QComboBox, "event_idEdit")
    combo.setCurrentIndex(combo.findData(event_id))
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted
    with demo_db.session() as s:
        stored = s.scalars(select(Attachment)).one()
        assert (stored.debtor_id, stored.event_id, stored.file_name) == (
            case_id,
            event_id,
            "решение.png",
        )

    papers.reload()
    kinds = [p.kind for p in papers.model.rows()]
    assert sorted(kinds) == ["attachment", "letter"]
    papers.view.selectRow(kinds.index("attachment"))
    assert papers.preview.stack.currentWidget() is papers.preview.image_area
    assert papers.preview.image_label.pixmap().width() >= 1


def test_new_letter_from_the_letters_page(qtbot, demo_db: Database, type_text) -> None:
    page = LettersPage(demo_db)
    qtbot.addWidget(page)
    page.page_shown()
    assert page.model.rowCount() == 0
    case_id = ops.hearing_cases(demo_db, 60)[0]
    chooser = CaseChooser(demo_db, page)
    qtbot.addWidget(chooser)
    name = ops.letter_choices(demo_db, case_id, "en").full_name
    type_text(chooser.search, name)
    chooser.refresh()
    assert chooser.case_id() == case_id
    wizard = page.new_letter(case_id)
    assert wizard is not None and page.wizard is wizard
    assert wizard.template_page.select("hearing_notice")
    wizard.next()
    wizard.next()
    wizard.next()
    qtbot.waitUntil(lambda: wizard.preview_page.ready, timeout=30000)
    wizard.preview_page.save_check.setChecked(False)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.registered is not None, timeout=30000)
    # the page refreshed itself when the letter was registered
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert page.model.row(0).outgoing_no == wizard.registered.outgoing_no


def test_new_letter_from_the_case_reloads_the_tab(qtbot, demo_db: Database) -> None:
    case_id = ops.hearing_cases(demo_db, 60)[0]
    tab = LettersTab(demo_db, case_id)
    qtbot.addWidget(tab)
    assert tab.model.rowCount() == 0 and not tab.empty_hint.isHidden()
    wizard = tab.new_letter()
    assert wizard is not None and wizard.case_id == case_id
    assert tab.new_letter() is wizard  # one wizard per tab: a second click raises it
    assert wizard.template_page.select("hearing_notice")
    wizard.next()
    wizard.next()
    wizard.next()
    qtbot.waitUntil(lambda: wizard.preview_page.ready, timeout=30000)
    wizard.preview_page.save_check.setChecked(False)
    with qtbot.waitSignal(tab.changed, timeout=30000):
        wizard.next()
    letter = tab.current_letter()
    assert tab.model.rowCount() == 1 and letter is not None
    assert letter.outgoing_no == wizard.registered.outgoing_no
    assert letter.template == "hearing_notice"
    assert tab.preview.page_count() >= 1  # the new letter, shown in the tab
