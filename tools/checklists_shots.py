"""Screenshots of the checklist dialog and the template editor on a demo database.

Writes to /tmp/shots-checklists/: the checklist of a coming hearing with some
items ticked, a note and the advisor's copy previewed; the template editor
with a built-in template, with the user's copy previewed for a case, and with
an error shown at its line. The user's templates folder is a temporary one
(``XDG_DATA_HOME`` is pointed there first), so your own copies are never
touched. Run: ``QT_QPA_PLATFORM=offscreen .venv/bin/python tools/checklists_shots.py``.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

FOLDER = Path(tempfile.mkdtemp(prefix="checklists-shots-"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["XDG_DATA_HOME"] = str(FOLDER / "data")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from debtdesk import clock  # noqa: E402
from debtdesk.db import migrate, open_database  # noqa: E402
from debtdesk.db.engine import make_engine  # noqa: E402
from debtdesk.demo import generate  # noqa: E402

OUT = Path("/tmp/shots-checklists")
TODAY = date(2026, 11, 30)


def wait_for(app: QApplication, done: Callable[[], bool], timeout: float = 30.0) -> None:
    end = time.monotonic() + timeout
    while not done():
        if time.monotonic() > end:
            raise TimeoutError("the worker did not finish")
        app.processEvents()
        time.sleep(0.01)


def shot(app: QApplication, widget: QWidget, name: str) -> None:
    # QPdfView renders pages on a thread of its own: let it finish before grabbing.
    end = time.monotonic() + 1.5
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.02)
    widget.grab().save(str(OUT / f"{name}.png"))
    print("wrote", OUT / f"{name}.png")


def coming_hearing(db) -> int:  # type: ignore[no-untyped-def]
    """A hearing in the next weeks of a case with a proceeding, its debtor speaking Russian."""
    from sqlalchemy import select

    from debtdesk.model import Debtor, Event

    with db.session() as s:
        return s.scalar(
            select(Event.id)
            .join(Debtor, Event.debtor_id == Debtor.id)
            .where(
                Event.kind == "hearing",
                Event.date >= TODAY,
                Event.proceeding_id.is_not(None),
                Debtor.language == "ru",
            )
            .order_by(Event.date, Event.id)
            .limit(1)
        )


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    clock.set_today(TODAY)
    app = QApplication.instance() or QApplication(sys.argv)
    from ui.app import apply_palette

    app.setStyle("Fusion")  # as ui.app.make_application does
    apply_palette(app)
    url = f"sqlite:///{FOLDER / 'demo.sqlite3'}"
    engine = make_engine(url)
    migrate.upgrade(engine)
    engine.dispose()
    db = open_database(url, advisor="Айгерим Сапарова")
    generate(db, 200, seed=7, on=TODAY)

    from ui.checklists.checklist_dialog import ChecklistDialog
    from ui.templates.editor import TemplateEditorDialog

    event_id = coming_hearing(db)
    dialog = ChecklistDialog(db, event_id)
    dialog.resize(1280, 760)
    dialog.show()
    assert dialog.view is not None
    for item in dialog.view.items[:4:2] + dialog.view.items[5:6]:
        dialog.set_ticked(item.id, True)
    dialog.set_item_note(dialog.view.items[0].id, "оригинал у дочери, принесёт к 9:30")
    dialog.note_edit.setPlainText("Судья просила расчёт пени; идёт Ерлан из группы.")
    dialog.save_note()
    dialog.items_view.selectRow(dialog.row_of(dialog.view.items[2].id))
    shot(app, dialog, "checklist-1-ticked")
    dialog.audience.setCurrentIndex(dialog.audience.findData("advisor"))
    dialog.show_preview("advisor")
    wait_for(app, lambda: dialog.preview.page_count() > 0)
    shot(app, dialog, "checklist-2-advisor-preview")
    dialog.audience.setCurrentIndex(dialog.audience.findData("debtor"))
    wait_for(app, lambda: "Preview:" in dialog.status.text())
    shot(app, dialog, "checklist-3-debtor-preview")
    dialog.accept()

    editor = TemplateEditorDialog(db)
    editor.resize(1400, 820)
    editor.show()
    editor.select_template("hearing_notice", "ru")
    shot(app, editor, "editor-1-builtin")
    editor.copy_template()
    text = editor.editor.text().replace("::title ", "::title Наша группа напоминает: ", 1)
    editor.editor.setPlainText(text)
    case_id = dialog.view.case_id
    editor.find_cases(dialog.view.debtor_name.split()[0])
    editor.choose_case(case_id)
    editor.preview_now()
    wait_for(app, lambda: editor.preview.page_count() > 0)
    editor.save()
    shot(app, editor, "editor-2-copy-previewed")
    lines = text.split("\n")
    lines[8] = lines[8] + " {{ hearing.rooom }}"
    editor.editor.setPlainText("\n".join(lines))
    editor.save()
    shot(app, editor, "editor-3-error-at-line")
    lines[8] = "{% if hearing.time %"
    editor.editor.setPlainText("\n".join(lines))
    editor.check()
    shot(app, editor, "editor-4-syntax-error")
    editor.editor.setPlainText(text)
    editor.kind_combo.setCurrentIndex(editor.kind_combo.findData("checklists"))
    shot(app, editor, "editor-5-checklists")
    editor.loaded_text = editor.editor.text()
    editor.close()
    db.dispose()


if __name__ == "__main__":
    main()
