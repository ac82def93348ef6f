"""Fixtures for the Qt front end: filled databases, typed Cyrillic, temporary QSettings.

``qtbot.keyClicks`` with non-Latin text aborts Qt's offscreen platform, so
``type_text`` sends key events that carry the text instead (what a keyboard
layout delivers to a widget anyway).
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import shutil
from collections.abc import Callable, Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QSettings, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from debtdesk import clock
from debtdesk.db import Database, open_database
from debtdesk.services.audit import current_advisor
from debtdesk.services.debtors import create_debtor
from debtdesk.services.iin import make_iin
from debtdesk.services.proceedings import add_event, create_proceeding

UI_TODAY = date(2026, 11, 30)
ADVISOR = "Test Advisor"

# (full name, city, status, birth date for the IIN, phone)
DEBTORS: list[tuple[str, str, str, date, str]] = [
    ("Құрманғазы Әлібек", "Алматы", "open", date(1978, 3, 14), "+7 701 111 22 33"),
    ("Иванова Мария Петровна", "Караганда", "open", date(1965, 7, 2), "8 702 222 33 44"),
    ("Иванов Сергей", "Астана", "watch", date(1959, 1, 25), "87053334455"),
    ("Сәрсенбаева Гүлнар", "Шымкент", "open", date(1984, 11, 9), "+7 707 444 55 66"),
    ("Ахметов Данияр", "Алматы", "closed", date(1990, 5, 30), "+7 747 555 66 77"),
    ("Ёлкина Ольга", "Павлодар", "open", date(1972, 12, 1), "+7 700 666 77 88"),
]
HEARING_CASE = "Иванова Мария Петровна"
CASE_NO = "7594-26-00-2/1234"


def _iin(birth: date, index: int) -> str:
    century_sex = 3 if birth.year < 2000 else 5
    for serial in range(index * 10 + 1, index * 10 + 10):
        iin = make_iin(birth, century_sex, serial)
        if iin:
            return iin
    raise AssertionError("no valid IIN serial")


def fill_register(db: Database) -> dict[str, int]:
    """The sample debtors above (the first three with an advisor); their ids by name."""
    ids: dict[str, int] = {}
    with db.session() as s:
        advisor = current_advisor(s)
        assert advisor is not None
        for i, (name, city, status, birth, phone) in enumerate(DEBTORS):
            debtor = create_debtor(
                s,
                {
                    "full_name": name,
                    "city": city,
                    "status": status,
                    "iin": _iin(birth, i),
                    "phone": phone,
                    "household_size": 4,
                    "minors": 2,
                    "advisor_id": advisor.id if i < 3 else None,
                },
            )
            ids[name] = debtor.id
        proceeding = create_proceeding(s, ids[HEARING_CASE], {"kind": "claim", "case_no": CASE_NO})
        add_event(
            s,
            ids[HEARING_CASE],
            {
                "kind": "hearing",
                "date": UI_TODAY + timedelta(days=9),
                "proceeding_id": proceeding.id,
            },
        )
    return ids


@pytest.fixture
def fixed_today() -> Iterator[date]:
    clock.set_today(UI_TODAY)
    try:
        yield UI_TODAY
    finally:
        clock.set_today(None)


@pytest.fixture
def ui_db(sqlite_url: str, fixed_today: date) -> Iterator[Database]:
    """A fresh SQLite database holding the sample register."""
    db = open_database(sqlite_url, advisor=ADVISOR)
    fill_register(db)
    try:
        yield db
    finally:
        db.dispose()


@pytest.fixture
def register_db(db: Database, fixed_today: date) -> Database:
    """The sample register on each backend (``db`` runs on SQLite and PostgreSQL)."""
    fill_register(db)
    return db


@pytest.fixture
def empty_ui_db(sqlite_url: str) -> Iterator[Database]:
    db = open_database(sqlite_url, advisor=ADVISOR)
    try:
        yield db
    finally:
        db.dispose()


@pytest.fixture(scope="session")
def _thousand_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("ui-thousand") / "thousand.sqlite3"
    db = open_database(f"sqlite:///{path}", advisor=ADVISOR)
    try:
        with db.session() as s:
            for i in range(1000):
                create_debtor(s, {"full_name": f"Debtor {i:04d}", "city": "Алматы"})
    finally:
        db.dispose()  # the last connection checkpoints the WAL into the file
    return path


def demo_template(folder: Path, cases: int, seed: int) -> Path:
    """Invented cases as of UI_TODAY in a file built once (a session fixture), copied per test."""
    from debtdesk.demo import generate

    path = folder / "demo.sqlite3"
    db = open_database(f"sqlite:///{path}", advisor=ADVISOR)
    try:
        generate(db, cases, seed=seed, on=UI_TODAY)
    finally:
        db.dispose()  # the last connection checkpoints the WAL into the file
    return path


def copied_db(template: Path, tmp_path: Path) -> Iterator[Database]:
    """A copy of ``template`` opened for one test (a fixture body: yields, then closes)."""
    path = tmp_path / template.name
    shutil.copyfile(template, path)
    db = open_database(f"sqlite:///{path}", advisor=ADVISOR)
    try:
        yield db
    finally:
        db.dispose()


@pytest.fixture
def thousand_db(_thousand_template: Path, tmp_path: Path) -> Iterator[Database]:
    """1,000 cases (copied from a file built once per session)."""
    yield from copied_db(_thousand_template, tmp_path)


@pytest.fixture
def ui_settings(tmp_path: Path, qapp: QApplication) -> Iterator[Path]:
    """QSettings in a temporary folder, under test organisation and application names."""
    folder = tmp_path / "settings"
    folder.mkdir()
    old_org = QCoreApplication.organizationName()
    old_app = QCoreApplication.applicationName()
    old_format = QSettings.defaultFormat()
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    QCoreApplication.setOrganizationName("debtdesk-tests")
    QCoreApplication.setApplicationName("debtdesk-ui-tests")
    try:
        yield folder
    finally:
        QCoreApplication.setOrganizationName(old_org)
        QCoreApplication.setApplicationName(old_app)
        QSettings.setDefaultFormat(old_format)


def _type_text(widget: QWidget, text: str) -> None:
    """Type ``text`` into ``widget`` one character at a time, as key events carrying it."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
            QApplication.sendEvent(widget, event)


@pytest.fixture
def type_text() -> Callable[[QWidget, str], None]:
    return _type_text
