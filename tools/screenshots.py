"""Screenshots of the main window, offscreen, for looking at the UI without a display.

    PYTHONPATH=. python tools/screenshots.py [OUT_DIR] [--cases 200] [--lang ru|kk|en]

Builds a demo-like database in a temporary folder (with ``debtdesk.demo.generate``
when it exists, else ~30 varied cases made through the services), opens the
main window at 1280×800 and saves PNGs of: the register, the register filtered
by a Cyrillic fragment, a search with no match, the case dialog, an empty
database, the dark palette, the Settings page (light and dark) and the
navigation rail alone (light and dark), and the main window at 1366×768 (an old
laptop's screen), the Today page and the case file's tabs one by one.
Settings go to the temporary folder too, so the developer's own window geometry
and interface language are neither used nor changed; ``--lang`` picks the
interface language (as chosen in Settings) to look for clipped translations.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from datetime import date, timedelta
from pathlib import Path
from random import Random

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import QCoreApplication, QEvent, QSettings, Qt, QTranslator
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from debtdesk import clock
from debtdesk.db import Database, open_database

TODAY = date(2026, 11, 30)
SIZE = (1280, 800)

_NAMES = [
    "Құрманғазы Әлібек",
    "Нұрланова Гүлнар",
    "Иванова Мария Петровна",
    "Сәрсенбаев Ерлан Серікұлы",
    "Ахметова Динара",
    "Ким Владимир Николаевич",
    "Жұмабаев Дәурен",
    "Петров Сергей Иванович",
    "Төлегенова Айгүл",
    "Курмангазиева Жанар",
    "Ёлкина Ольга Викторовна",
    "Бекқожа Мейрам",
    "Оспанова Сәуле Қайратқызы",
    "Шевченко Татьяна",
    "Әбдірахманов Нұржан",
    "Курмангазин Асқар",
    "Смагулова Әсел",
    "Кузнецов Игорь Петрович",
    "Байжанова Мөлдір",
    "Омаров Бауыржан",
    "Сулейменова Жанна Маратовна",
    "Ғабитов Ғалымжан",
    "Лебедева Наталья",
    "Мұхамеджанов Санжар",
    "Тлеубаева Роза Кенесовна",
    "Ержанов Ержігіт",
    "Абенова Дәмеш",
    "Сидоренко Алексей Викторович",
    "Қасымова Іңкәр",
    "Нургалиев Темірлан",
]
_CITIES = ["Алматы", "Астана", "Шымкент", "Караганда", "Павлодар", "Усть-Каменогорск", "Тараз"]
_STATUSES = ["open", "open", "open", "watch", "closed"]


def _fill_with_services(db: Database, cases: int) -> None:
    """About ``cases`` varied debtors, made the way the program makes them."""
    from debtdesk.model import Deadline
    from debtdesk.services.advisors import create_advisor
    from debtdesk.services.debtors import create_debtor
    from debtdesk.services.iin import make_iin
    from debtdesk.services.proceedings import add_event, create_proceeding

    rnd = Random(7)
    with db.session() as s:
        advisors = [
            create_advisor(s, {"name": name}).id
            for name in ("Айгүл С. (демо)", "Марат К. (демо)", "Елена В. (демо)")
        ]
        for i in range(cases):
            birth = date(1950 + rnd.randrange(50), rnd.randrange(1, 13), rnd.randrange(1, 28))
            iin = None
            serial = rnd.randrange(1000, 9000)
            while iin is None:
                iin = make_iin(birth, 3 + rnd.randrange(2), serial)
                serial += 1
            debtor = create_debtor(
                s,
                {
                    "full_name": _NAMES[i % len(_NAMES)],
                    "city": _CITIES[i % len(_CITIES)] if i % 9 else None,
                    "iin": iin if i % 7 else None,
                    "phone": f"+7 7{rnd.randrange(0, 80):02d} {rnd.randrange(100, 999)} "
                    f"{rnd.randrange(10, 99)} {rnd.randrange(10, 99)}",
                    "status": _STATUSES[i % len(_STATUSES)],
                    "advisor_id": advisors[i % 3] if i % 4 else None,
                    "household_size": 2 + i % 5,
                    "minors": i % 3,
                    "language": "kk" if i % 2 else "ru",
                    "address": f"ул. Абая, д. {10 + i}, кв. {i + 3}",
                },
            )
            if i % 3 == 0:
                proceeding = create_proceeding(
                    s, debtor.id, {"kind": "claim", "case_no": f"7594-26-00-2/{1000 + i}"}
                )
                add_event(
                    s,
                    debtor.id,
                    {
                        "kind": "hearing",
                        "date": TODAY + timedelta(days=rnd.randrange(1, 60)),
                        "proceeding_id": proceeding.id,
                    },
                )
            if i % 4 == 1:
                # No deadline service exists yet: a manual deadline, as an advisor types one.
                s.add(
                    Deadline(
                        debtor_id=debtor.id,
                        title="Appeal",
                        due_date=TODAY + timedelta(days=rnd.randrange(-5, 30)),
                        manual=True,
                    )
                )


def fill(db: Database, cases: int) -> str:
    """Demo data through the demo generator if there is one; returns how it was made."""
    try:
        from debtdesk.demo import generate  # type: ignore[attr-defined]
    except ImportError:
        generate = None
    if generate is not None:
        generate(db, cases=cases, seed=1, on=TODAY, progress=None)
        return f"debtdesk.demo.generate ({cases} cases)"
    _fill_with_services(db, min(cases, 30))
    return "services (30 cases; debtdesk.demo.generate not available)"


def type_text(widget: QWidget, text: str) -> None:
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
            QApplication.sendEvent(widget, event)


def settle(ms: int = 250) -> None:
    """Let timers (the search debounce) fire and the widgets paint."""
    QTest.qWait(ms)


def _use_language(qt: QApplication, lang: str) -> None:
    """The interface language as if chosen in Settings, in place of the system's."""
    from ui import app as ui_app
    from ui import preferences

    for translator in qt.findChildren(QTranslator):
        qt.removeTranslator(translator)
    preferences.remember_interface_language(lang)
    ui_app.install_translators(qt)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", nargs="?", default="/tmp/debtdesk-shots", type=Path)
    parser.add_argument("--cases", type=int, default=200)
    parser.add_argument("--fragment", default="курман", help="Cyrillic text to search for")
    parser.add_argument(
        "--lang", choices=("en", "ru", "kk"), default="en", help="interface language"
    )
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    clock.set_today(TODAY)

    # Imported here, before any background read starts: a page's worker thread
    # importing debtdesk.documents while this thread does can meet it half-made.
    import ui.case_file.window  # noqa: F401
    from ui import app as ui_app
    from ui.main_window import MainWindow

    work = Path(tempfile.mkdtemp(prefix="debtdesk-shots-"))
    qt = ui_app.make_application([])
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(work))
    QCoreApplication.setOrganizationName("debtdesk-screenshots")
    _use_language(qt, args.lang)
    saved: list[Path] = []

    def shot(widget: QWidget, name: str, wait: int = 250) -> None:
        settle(wait)
        path = args.out / name
        widget.grab().save(str(path))
        saved.append(path)

    db = open_database(f"sqlite:///{work / 'demo.sqlite3'}", advisor="Айгүл С. (демо)")
    how = fill(db, args.cases)
    window = MainWindow(db)
    window.resize(*SIZE)
    window.show()
    window.show_page("cases")  # the window opens on Today
    page = window.cases_page
    page.run_search()  # the data arrived after the page was built
    shot(window, "01-register.png")

    page.focus_search()
    type_text(page.search, args.fragment)
    shot(window, "02-register-filtered.png")

    # The best match of the fragment: usually a case with a hearing and a court case.
    case_id = page.model.case_id(0) if page.model.rowCount() else 1
    window.open_case(case_id)
    case_file = window.case_window(case_id)
    assert case_file is not None
    case_file.resize(*SIZE)  # the offscreen screen is small; a laptop's is not
    shot(case_file, "04-case-file.png")
    for number, tab in enumerate(("loans", "court", "deadlines", "letters", "timeline"), 1):
        case_file.show_tab(tab)
        shot(case_file, f"04{chr(ord('a') + number - 1)}-case-file-{tab}.png")
    case_file.close()

    page.clear_search()
    type_text(page.search, "жжжж")
    shot(window, "03-no-match.png")
    page.clear_search()

    qt.setPalette(ui_app.make_palette(dark=True))
    shot(window, "05-register-dark.png")
    window.show_page("settings")
    shot(window, "08-settings-dark.png")
    shot(window.rail, "10-rail-dark.png")
    qt.setPalette(ui_app.make_palette(dark=False))
    shot(window, "07-settings.png")
    shot(window.rail, "09-rail.png")
    window.show_page("cases")
    window.resize(1366, 768 - 28)  # the screen less a task bar
    shot(window, "11-laptop-1366x768.png")
    window.resize(*SIZE)
    window.show_page("today")
    shot(window, "12-today.png", wait=1000)
    window.show_page("letters")
    shot(window, "13-letters.png", wait=1000)
    window.show_page("calendar")
    shot(window, "14-calendar.png", wait=1000)
    window.close()
    db.dispose()

    empty = open_database(f"sqlite:///{work / 'empty.sqlite3'}", advisor=None)
    empty_window = MainWindow(empty)
    empty_window.resize(*SIZE)
    empty_window.show()
    shot(empty_window, "06-empty-database.png")
    empty_window.close()
    empty.dispose()

    print(f"data: {how}")
    for path in saved:
        print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
