"""Screenshots of the letters workflow on a demo database → /tmp/shots-letters/.

The letter wizard at each step (the preview included), the batch dialog
before and after its run, the Letters page, and a case's papers list. Run:
``QT_QPA_PLATFORM=offscreen .venv/bin/python tools/letters_shots.py``.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtWidgets import QApplication, QWidget

from debtdesk import clock
from debtdesk.db import migrate, open_database
from debtdesk.db.engine import make_engine
from debtdesk.demo import generate

OUT = Path("/tmp/shots-letters")
TODAY = date(2026, 11, 30)


def wait_for(app: QApplication, done, timeout: float = 30.0) -> None:  # type: ignore[no-untyped-def]
    end = time.monotonic() + timeout
    while not done():
        if time.monotonic() > end:
            raise TimeoutError("the worker did not finish")
        app.processEvents()
        time.sleep(0.01)
    for _ in range(5):
        app.processEvents()


def shot(app: QApplication, widget: QWidget, name: str) -> None:
    # QPdfView renders pages on a thread of its own: let it finish before grabbing.
    end = time.monotonic() + 1.5
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.02)
    widget.grab().save(str(OUT / f"{name}.png"))
    print("wrote", OUT / f"{name}.png")


def scan_photo() -> bytes:
    """A stand-in for a phone photo of a bank's reply (PNG bytes)."""
    from PySide6.QtCore import QBuffer, QIODevice, Qt
    from PySide6.QtGui import QColor, QFont, QImage, QPainter

    image = QImage(1240, 1754, QImage.Format.Format_RGB32)
    image.fill(QColor("#f4f1e8"))
    painter = QPainter(image)
    painter.setFont(QFont("DejaVu Sans", 28))
    painter.drawText(120, 200, "АО «Демо Банк»")
    painter.drawText(120, 280, "Исх. № 12-3/4567 от 20.11.2026")
    painter.setFont(QFont("DejaVu Sans", 22))
    for n, line in enumerate(("Ответ на заявление о реструктуризации.", "Банк готов рассмотреть…")):
        painter.drawText(120, 420 + n * 50, line)
    painter.setPen(Qt.GlobalColor.darkBlue)
    painter.drawEllipse(800, 1400, 260, 260)
    painter.end()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(buffer.data())


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    clock.set_today(TODAY)
    app = QApplication.instance() or QApplication(sys.argv)
    folder = Path(tempfile.mkdtemp(prefix="letters-shots-"))
    url = f"sqlite:///{folder / 'demo.sqlite3'}"
    engine = make_engine(url)
    migrate.upgrade(engine)
    engine.dispose()
    db = open_database(url, advisor="Айгерим Сапарова")
    generate(db, 300, seed=7, on=TODAY)

    from ui.case_file.letters_tab import LettersTab
    from ui.letters.batch_dialog import BatchDialog
    from ui.letters.wizard import LetterWizard
    from ui.operations import documents as ops
    from ui.pages.letters_page import LettersPage

    case_id = ops.hearing_cases(db, 30)[0]
    wizard = LetterWizard(db, case_id)
    wizard.resize(900, 700)
    wizard.show()
    shot(app, wizard, "wizard-1-template")
    wizard.template_page.show_all.setChecked(True)
    shot(app, wizard, "wizard-1b-template-all")
    wizard.template_page.show_all.setChecked(False)
    wizard.template_page.select("restructuring_request")
    wizard.next()
    shot(app, wizard, "wizard-2-recipient")
    wizard.next()
    wizard.fields_page.form.set_value(
        "reasons", "Потеряла работу в марте 2026 года; доход семьи упал вдвое."
    )
    shot(app, wizard, "wizard-3-fields")
    wizard.next()
    wait_for(app, lambda: wizard.preview_page.ready)
    shot(app, wizard, "wizard-4-preview")
    wizard.save_target = folder / "letter.pdf"
    wizard.next()
    wait_for(
        app, lambda: wizard.registered is not None and wizard.currentPage() is wizard.done_page
    )
    shot(app, wizard, "wizard-5-done")
    wizard.close()

    register = ops.hearing_cases(db, 14)
    batch = BatchDialog(db, register[:5])
    batch.resize(900, 700)
    batch.show()
    shot(app, batch, "batch-1-choose")
    batch.template_box.setCurrentIndex(batch.template_box.findData("hearing_notice"))
    batch.hearings_radio.setChecked(True)
    batch.start()
    wait_for(app, lambda: batch.outcome is not None or batch.error_text())
    shot(app, batch, "batch-2-done")
    batch.close()

    page = LettersPage(db)
    page.resize(1200, 700)
    page.show()
    page.page_shown()
    wait_for(app, lambda: page.model.rowCount() > 0)
    page.view.selectRow(0)
    page.open_selected()
    shot(app, page, "letters-page")

    papers = LettersTab(db, case_id)
    papers.resize(900, 500)
    papers.show()
    papers.view.selectRow(0)
    shot(app, papers, "papers-list")
    ops.add_paper(db, case_id, "bank-reply.png", scan_photo())
    papers.reload()
    kinds = [p.kind for p in papers.model.rows()]
    papers.view.selectRow(kinds.index("attachment"))
    shot(app, papers, "papers-list-photo")
    db.dispose()


if __name__ == "__main__":
    main()
