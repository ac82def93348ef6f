"""Batch letters from the dialog: one merged PDF, one registered letter per selected debtor."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from pypdf import PdfReader
from sqlalchemy import func, select

from debtdesk.db import Database
from debtdesk.model import Debtor, Document, PrintBatch
from tests.ui.letters.conftest import pdf_pages, pdf_text
from ui.letters.batch_dialog import BatchDialog
from ui.letters.printing import pdf_printer
from ui.operations import documents as ops

WAIT_MS = 60000


def test_batch_over_the_selection_has_one_letter_per_debtor(
    qtbot, demo_db: Database, tmp_path: Path
) -> None:
    selected = ops.hearing_cases(demo_db, 60)[:6]
    assert len(selected) == 6
    dialog = BatchDialog(demo_db, selected)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.selected_radio.isChecked()
    dialog.template_box.setCurrentIndex(dialog.template_box.findData("hearing_notice"))
    dialog.skip_check.setChecked(False)
    dialog.start()
    qtbot.waitUntil(
        lambda: dialog.outcome is not None or bool(dialog.error_text()), timeout=WAIT_MS
    )
    outcome = dialog.outcome
    assert outcome is not None, dialog.error_text()
    assert outcome.letters == 6 and outcome.case_ids == tuple(selected)

    with demo_db.session() as s:
        names = dict(s.execute(select(Debtor.id, Debtor.full_name)).all())
        docs = s.scalars(select(Document).order_by(Document.seq)).all()
        assert [d.debtor_id for d in docs] == selected
        assert {d.template for d in docs} == {"hearing_notice"}
        batch = s.scalars(select(PrintBatch)).one()
        assert batch.pdf == outcome.pdf and batch.letters == 6
    text = pdf_text(outcome.pdf)
    for case_id in selected:
        assert text.count(names[case_id]) >= 1
    others = set(names) - set(selected)
    assert not any(names[o] in text for o in others if names[o] not in {names[c] for c in selected})
    # the preview shows the merged file; it prints and saves whole
    assert dialog.preview.page_count() == outcome.pages == pdf_pages(outcome.pdf)
    dialog.printer = pdf_printer(tmp_path / "printed.pdf")
    assert dialog.print_batch(ask=False) == outcome.pages
    assert len(PdfReader(tmp_path / "printed.pdf").pages) == outcome.pages
    dialog.save_target = tmp_path / "batch.pdf"
    assert dialog.save_pdf(ask=False) == tmp_path / "batch.pdf"
    assert (tmp_path / "batch.pdf").read_bytes() == outcome.pdf


def test_batch_by_hearings_within_days(qtbot, demo_db: Database, fixed_today: date) -> None:
    expected = ops.hearing_cases(demo_db, 10)
    assert expected
    dialog = BatchDialog(demo_db)
    qtbot.addWidget(dialog)
    assert dialog.hearings_radio.isChecked() and not dialog.selected_radio.isEnabled()
    dialog.template_box.setCurrentIndex(dialog.template_box.findData("hearing_notice"))
    dialog.days.setValue(10)
    dialog.start()
    qtbot.waitUntil(
        lambda: dialog.outcome is not None or bool(dialog.error_text()), timeout=WAIT_MS
    )
    assert dialog.outcome is not None, dialog.error_text()
    with demo_db.session() as s:
        printed = list(s.scalars(select(Document.debtor_id).order_by(Document.seq)))
    assert printed == expected == list(dialog.outcome.case_ids)


def test_required_parts_are_asked_before_the_batch_runs(qtbot, demo_db: Database) -> None:
    dialog = BatchDialog(demo_db, ops.hearing_cases(demo_db, 60)[:3])
    qtbot.addWidget(dialog)
    dialog.template_box.setCurrentIndex(dialog.template_box.findData("meeting_invitation"))
    dialog.start()
    assert dialog.worker is None
    assert dialog.fields.current_messages()["meeting_date"] == "Needed for this letter"
    with demo_db.session() as s:
        assert s.scalar(select(func.count()).select_from(Document)) == 0


def test_cancel_registers_nothing(qtbot, demo_db: Database) -> None:
    ids = ops.hearing_cases(demo_db, 366)
    dialog = BatchDialog(demo_db, ids)
    qtbot.addWidget(dialog)
    dialog.template_box.setCurrentIndex(dialog.template_box.findData("hearing_notice"))
    dialog.start()
    dialog.progress.cancel()  # before the first letter is prepared
    worker = dialog.worker
    assert worker is not None
    qtbot.waitUntil(lambda: not worker.is_running(), timeout=WAIT_MS)
    qtbot.waitUntil(lambda: "Cancelled" in dialog.result_label.text(), timeout=WAIT_MS)
    assert dialog.outcome is None
    with demo_db.session() as s:
        assert s.scalar(select(func.count()).select_from(Document)) == 0
        assert s.scalar(select(func.count()).select_from(PrintBatch)) == 0
