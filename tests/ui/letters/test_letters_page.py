"""The Letters page: the register paged and filtered, the PDF shown, sent and reply recorded."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from sqlalchemy import select

from debtdesk.db import Database
from debtdesk.model import Attachment, Deadline, Debtor, Document
from tests.ui.letters.conftest import PNG, pdf_text
from ui.letters.dialogs import reply_dialog, sent_dialog
from ui.letters.register_model import LetterTableModel
from ui.operations import documents as ops
from ui.pages.letters_page import LettersPage

WAIT_MS = 60000


def make_letters(db: Database, today: date) -> tuple[list[int], list[int]]:
    """A batch of hearing notices, and three restructuring requests (two of them sent)."""
    notices = ops.hearing_cases(db, 60)[:12]
    ops.run_batch(db, "hearing_notice", notices, skip_incomplete=True)
    requests = []
    with db.session() as s:
        ids = list(s.scalars(select(Debtor.id).order_by(Debtor.id)))
    for case_id in ids:
        choice = next(
            c
            for c in ops.letter_choices(db, case_id, "en").templates
            if c.key == "restructuring_request"
        )
        if choice.available:
            sent = today if len(requests) < 2 else None
            made = ops.register_letter(
                db,
                ops.NewLetter(case_id, "restructuring_request", "ru", (("reasons", "job"),), sent),
            )
            requests.append(made.document_id)
        if len(requests) == 3:
            break
    return notices, requests


def test_filters_paging_preview_and_dates(
    qtbot, demo_db: Database, fixed_today: date, type_text, tmp_path: Path
) -> None:
    notices, requests = make_letters(demo_db, fixed_today)
    total = len(notices) + len(requests)
    page = LettersPage(demo_db)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    page.page_shown()
    assert page.model.rowCount() == page.model.match_count == total
    assert page.count_label.text() == f"{total} letters"
    # newest first: the last request registered heads the list
    assert page.model.row(0).id == requests[-1]

    # awaiting a reply: the two sent requests only
    page.awaiting.setChecked(True)
    assert sorted(page.model.row(i).id for i in range(page.model.rowCount())) == requests[:2]
    page.awaiting.setChecked(False)

    # the type filter lists the kinds of letter in the register
    index = page.template_filter.findData("restructuring_request")
    assert index > 0
    page.template_filter.setCurrentIndex(index)
    assert page.model.rowCount() == 3
    page.template_filter.setCurrentIndex(0)

    # the debtor's name, typed in Cyrillic
    with demo_db.session() as s:
        name = s.get(Debtor, notices[0]).full_name
    type_text(page.name_filter, name.split()[0].lower())
    qtbot.waitUntil(lambda: 0 < page.model.rowCount() < total)
    assert all(name.split()[0] in page.model.row(i).full_name for i in range(page.model.rowCount()))
    page.name_filter.clear()
    qtbot.waitUntil(lambda: page.model.rowCount() == total)

    # dates: nothing was printed after today
    page.since.setText("01.12.2026")
    qtbot.waitUntil(lambda: page.model.rowCount() == 0)
    page.since.setText("")
    qtbot.waitUntil(lambda: page.model.rowCount() == total)

    # selecting a letter shows its stored PDF (a batch letter: its own pages only)
    row = next(i for i in range(page.model.rowCount()) if page.model.row(i).id != requests[-1])
    page.view.selectRow(row)
    letter = page.model.row(row)
    assert page.preview.page_count() >= 1
    own = ops.paper_file(
        demo_db,
        ops.Paper(
            "letter", letter.id, letter.created_on, "", "", "application/pdf", None, letter.id, None
        ),
    )
    assert letter.full_name in pdf_text(own.data)

    # sent on…: the third request starts its reply deadline
    page.view.selectRow(0)
    third = page.current()
    assert third is not None and third.id == requests[2] and third.reply_due is None
    dialog = sent_dialog(page, demo_db, third)
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted
    page.refresh()
    assert page.current() is not None and page.current().reply_due is not None


def test_reply_received_attaches_the_reply_or_refuses_a_bad_file(
    qtbot, demo_db: Database, fixed_today: date, tmp_path: Path
) -> None:
    _notices, requests = make_letters(demo_db, fixed_today)
    rows = {r.id: r for r in ops.search_letters(demo_db, ops.LetterFilters(awaiting_reply=True))}
    letter = rows[requests[0]]
    dialog = reply_dialog(None, demo_db, letter)
    qtbot.addWidget(dialog)
    bad = tmp_path / "reply.pdf"
    bad.write_text("this is a note, not a scan", encoding="utf-8")
    dialog.picker.line.setText(str(bad))
    dialog.accept()
    assert dialog.messages() == {
        "reply_file": "only PDF, JPEG and PNG files can be attached (scans and photos)"
    }
    with demo_db.session() as s:  # refused as one action: still awaiting its reply
        assert s.get(Document, letter.id).reply_on is None
        assert s.scalars(select(Attachment)).all() == []
    good = tmp_path / "reply.png"
    good.write_bytes(PNG)
    dialog.picker.line.setText(str(good))
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted
    with demo_db.session() as s:
        assert s.get(Document, letter.id).reply_on == fixed_today
        attachment = s.scalars(select(Attachment)).one()
        assert (attachment.document_id, attachment.mime_type) == (letter.id, "image/png")
        deadline = s.scalars(select(Deadline).where(Deadline.document_id == letter.id)).one()
        assert deadline.status == "done"
    assert letter.id not in {
        r.id for r in ops.search_letters(demo_db, ops.LetterFilters(awaiting_reply=True))
    }


def test_the_model_fetches_a_page_at_a_time(qtbot, demo_db: Database, fixed_today: date) -> None:
    notices, requests = make_letters(demo_db, fixed_today)
    total = len(notices) + len(requests)
    model = LetterTableModel(demo_db, page_size=4)
    model.set_filters(ops.ALL_LETTERS)
    assert model.rowCount() == 4 and model.canFetchMore()
    assert model.match_count == total
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == total
    ids = [model.row(i).id for i in range(total)]
    assert len(set(ids)) == total


def test_the_templates_button_opens_the_template_editor(qtbot, demo_db: Database) -> None:
    from PySide6.QtWidgets import QApplication

    from ui.templates.editor import TemplateEditorDialog

    page = LettersPage(demo_db)
    qtbot.addWidget(page)
    qtbot.mouseClick(page.templates_button, Qt.MouseButton.LeftButton)
    editors = [w for w in QApplication.topLevelWidgets() if isinstance(w, TemplateEditorDialog)]
    assert len(editors) == 1 and editors[0].isVisible()
    editors[0].close()
