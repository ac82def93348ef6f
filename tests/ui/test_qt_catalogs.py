"""The Qt catalogs of the screens: complete in Kazakh and Russian, and what the app loads.

Fails when a string of ``ui/`` has no finished kk or ru translation (run
``tools/qt_catalogs.py`` and translate what it lists), when a translation drops
or invents a placeholder or an ``&`` accelerator, when the committed ``.qm``
files lag behind the ``.ts`` files, and when the app started in Russian or
Kazakh still shows English on the rail or the case file's tabs.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QThreadPool, QTranslator
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from debtdesk import i18n
from debtdesk.db import Database
from debtdesk.model import Debtor
from ui import app, preferences
from ui.case_file.window import CaseFileWindow
from ui.main_window import MainWindow

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tools"))
import qt_catalogs

LANGUAGES = qt_catalogs.LANGUAGES
PLACEHOLDER = re.compile(r"\{[^{}]*\}|%n|%\d+|%L\d+")
# A single "&" marks the accelerator; "&&" is a literal ampersand.
ACCELERATOR = re.compile(r"(?<!&)&(?!&)")


def _messages(lang: str) -> list[qt_catalogs.Message]:
    return qt_catalogs.messages(qt_catalogs.ts_path(lang))


@pytest.fixture(scope="module")
def fresh(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """What lupdate extracts from ``ui/`` now, merged into copies of the committed .ts."""
    folder = tmp_path_factory.mktemp("qt") / "resources" / "translations"
    folder.mkdir(parents=True)
    for lang in LANGUAGES:
        folder.joinpath(qt_catalogs.ts_path(lang).name).write_bytes(
            qt_catalogs.ts_path(lang).read_bytes()
        )
    qt_catalogs.extract(folder)
    return folder


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_string_of_ui_is_in_the_catalog(lang: str, fresh: Path) -> None:
    committed = {(m.context, m.source) for m in _messages(lang)}
    extracted = {
        (m.context, m.source) for m in qt_catalogs.messages(qt_catalogs.ts_path(lang, fresh))
    }
    assert len(extracted) > 900, "lupdate found too few strings: is the rewrite broken?"
    assert sorted(extracted - committed) == [], "new strings: run tools/qt_catalogs.py"
    assert sorted(committed - extracted) == [], "obsolete strings: run tools/qt_catalogs.py"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_string_is_translated(lang: str) -> None:
    unfinished = [(m.context, m.source) for m in _messages(lang) if m.unfinished]
    assert unfinished == []


@pytest.mark.parametrize("lang", LANGUAGES)
def test_translations_keep_placeholders_and_accelerators(lang: str) -> None:
    wrong = []
    for m in _messages(lang):
        wanted = sorted(PLACEHOLDER.findall(m.source))
        keys = len(ACCELERATOR.findall(m.source))
        for text in m.translations:
            found = sorted(PLACEHOLDER.findall(text))
            # A plural form may spell out "%n" (or not) only where the source has it.
            if m.plural:
                found = [p for p in found if p != "%n"] + (["%n"] if "%n" in wanted else [])
                found.sort()
            if found != wanted:
                wrong.append((m.context, m.source, text, "placeholders"))
            if len(ACCELERATOR.findall(text)) != keys:
                wrong.append((m.context, m.source, text, "accelerator"))
    assert wrong == []


@pytest.mark.parametrize("lang", LANGUAGES)
def test_translations_are_cyrillic_not_copies(lang: str) -> None:
    """A left-over English source would read as finished: letters must be Cyrillic."""
    latin_words = re.compile(
        r"\b(?!debtdesk|PostgreSQL|SQLite|PDF|JPEG|PNG|Esc|Ctrl|Enter|Excel|Windows)[A-Za-z]{4,}\b"
    )
    english = [
        (m.context, t)
        for m in _messages(lang)
        for t in m.translations
        if latin_words.search(PLACEHOLDER.sub("", re.sub(r"\S*[./:]\S*", "", t)))
    ]
    assert english == []


def test_kazakh_uses_its_own_letters() -> None:
    text = " ".join(t for m in _messages("kk") for t in m.translations).lower()
    assert set("әғқңөұүі") <= set(text)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_committed_qm_is_what_lrelease_makes(lang: str, tmp_path: Path) -> None:
    fresh_qm = tmp_path / f"debtdesk_{lang}.qm"
    qt_catalogs.compile_qm(qt_catalogs.ts_path(lang), fresh_qm)
    assert qt_catalogs.qm_path(lang).read_bytes() == fresh_qm.read_bytes(), (
        "stale .qm: run tools/qt_catalogs.py"
    )


@pytest.mark.parametrize(
    ("lang", "context", "source", "expected"),
    [
        ("ru", "CourtTab", "Add &hearing", "&Заседание"),
        ("ru", "TodayPage", "Overdue deadlines", "Просроченные сроки"),
        ("kk", "CourtTab", "Court", "Сот"),
        ("kk", "HouseholdPanel", "Salary", "Жалақы"),  # a context held in a constant
        ("kk", "labels", "Court order", "Сот бұйрығы"),  # through a module's _tr helper
    ],
)
def test_the_qm_translates(
    lang: str, context: str, source: str, expected: str, qapp: QApplication
) -> None:
    translator = QTranslator()
    assert translator.load(str(qt_catalogs.qm_path(lang)))
    assert translator.translate(context, source) == expected


def test_russian_plurals(qapp: QApplication) -> None:
    translator = QTranslator()
    assert translator.load(QLocale("ru"), "debtdesk", "_", str(qt_catalogs.TRANSLATIONS))
    qapp.installTranslator(translator)
    try:
        said = [QCoreApplication.translate("CasesPage", "%n cases", "", n) for n in (1, 3, 5, 21)]
    finally:
        qapp.removeTranslator(translator)
    assert said == ["1 дело", "3 дела", "5 дел", "21 дело"]


# --- the app in Russian and Kazakh -----------------------------------------------------


@pytest.fixture
def interface(qapp: QApplication, ui_settings: Path) -> Iterator[object]:
    """Start the app's translators for a language; take them out again afterwards."""
    before = QLocale()

    def start(lang: str) -> None:
        preferences.remember_interface_language(lang)
        app.install_translators(qapp)

    yield start
    for translator in qapp.findChildren(QTranslator):
        qapp.removeTranslator(translator)
        translator.deleteLater()
    QLocale.setDefault(before)
    i18n.set_language("en")


@pytest.mark.parametrize(
    ("lang", "rail", "tabs", "qt_button"),
    [
        (
            "ru",
            ["Сегодня", "Дела", "Календарь", "Письма", "Отчёты", "Настройки"],
            {"Суд", "Сроки", "Займы и долг", "Письма"},
            "Отмена",
        ),
        (
            "kk",
            ["Бүгін", "Істер", "Күнтізбе", "Хаттар", "Есептер", "Баптаулар"],
            {"Сот", "Мерзімдер", "Қарыздар мен борыш", "Хаттар"},
            "Бас тарту",
        ),
    ],
)
def test_the_app_speaks_the_chosen_language(
    lang: str,
    rail: list[str],
    tabs: set[str],
    qt_button: str,
    interface: object,
    qtbot: QtBot,
    ui_db: Database,
) -> None:
    interface(lang)  # type: ignore[operator]
    window = MainWindow(ui_db)
    qtbot.addWidget(window)
    titles = [window.rail.item(i).text() for i in range(window.rail.count())]
    assert titles[: len(rail)] == rail
    with ui_db.session() as s:
        case_id = s.query(Debtor.id).order_by(Debtor.id).limit(1).scalar()
    case = CaseFileWindow(ui_db, case_id)
    qtbot.addWidget(case)
    captions = {case.tabs.tabText(i) for i in range(case.tabs.count())}
    assert tabs <= captions, captions
    # Qt's own strings (standard buttons) come from qtbase_<lang>.
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == qt_button
    # Let the pages' background reads finish before the windows go.
    QThreadPool.globalInstance().waitForDone()
    qtbot.wait(20)
