"""Screenshots of the Reports page on a demo database → /tmp/shots-reports/.

The page with its first report (the year so far, all cities) and the PDF
preview, in English and in Russian (Russian strings appear once the translator
has added them to the catalog), then one city, then a range refused beside its
field. Run: ``QT_QPA_PLATFORM=offscreen .venv/bin/python tools/reports_shots.py``.
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

from PySide6.QtCore import QLocale, QTranslator
from PySide6.QtWidgets import QApplication, QWidget

from debtdesk import clock, i18n
from debtdesk.db import open_database
from debtdesk.demo import generate
from debtdesk.resources import resource_path

OUT = Path("/tmp/shots-reports")
TODAY = date(2026, 11, 30)


def wait_for(app: QApplication, done, timeout: float = 60.0) -> None:  # type: ignore[no-untyped-def]
    end = time.monotonic() + timeout
    while not done():
        if time.monotonic() > end:
            raise TimeoutError("the report was not counted")
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


def use_language(app: QApplication, lang: str) -> None:
    """The interface language, without touching the laptop's saved preferences."""
    for translator in app.findChildren(QTranslator):
        app.removeTranslator(translator)
    locale = QLocale(lang)
    QLocale.setDefault(locale)
    i18n.set_language(lang)
    translator = QTranslator(app)
    if translator.load(locale, "debtdesk", "_", str(resource_path("translations"))):
        app.installTranslator(translator)


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    clock.set_today(TODAY)
    app = QApplication.instance() or QApplication(sys.argv)
    folder = Path(tempfile.mkdtemp(prefix="reports-shots-"))
    db = open_database(f"sqlite:///{folder / 'demo.sqlite3'}", advisor="Айгерим Сапарова")
    started = time.process_time(), time.monotonic()
    generate(db, 300, seed=7, on=TODAY)
    print(f"demo: {time.monotonic() - started[1]:.1f} s")

    from ui.pages.reports_page import ReportsPage

    for lang in ("en", "ru"):
        use_language(app, lang)
        page = ReportsPage(db)
        page.resize(1280, 760)
        page.show()
        cpu, wall = time.process_time(), time.monotonic()
        page.page_shown()
        wait_for(app, lambda p=page: p.report is not None and not p.busy())
        print(
            f"{lang}: first report in {time.monotonic() - wall:.2f} s wall, "
            f"{time.process_time() - cpu:.2f} s CPU (all threads of this process)"
        )
        shot(app, page, f"reports-{lang}")
        if lang == "en":
            page.choose_city(page.city.itemData(1))
            page.show_report()
            wait_for(app, lambda p=page: not p.busy())
            shot(app, page, "reports-en-city")
            page.set_range(date(2026, 9, 1), date(2026, 3, 1))
            page.show_report()
            shot(app, page, "reports-en-bad-range")
        page.close()
        page.deleteLater()
    db.dispose()


if __name__ == "__main__":
    main()
