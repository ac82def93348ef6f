"""Core messages come out in the language chosen: services' errors and the command line."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import func, select

from debtdesk import i18n
from debtdesk.errors import ValidationError
from debtdesk.model import Debtor
from debtdesk.services import debtors

REFUSED = {
    "en": "more minors than people in the household",
    "ru": "несовершеннолетних больше, чем членов семьи",
    "kk": "кәмелетке толмағандар отбасы мүшелерінен көп",
}


@pytest.mark.parametrize("lang", ["ru", "kk", "en"])
def test_a_service_refuses_in_the_language_set(db, lang) -> None:
    i18n.set_language(lang)
    with db.session() as s, pytest.raises(ValidationError) as refused:
        debtors.create_debtor(s, {"full_name": "Сапарова Айгүл", "household_size": 2, "minors": 3})
    assert refused.value.field == "minors"
    assert refused.value.message == REFUSED[lang]
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(Debtor)) == 0


def test_a_field_error_names_the_field_and_is_translated(db) -> None:
    i18n.set_language("kk")
    with db.session() as s, pytest.raises(ValidationError) as refused:
        debtors.create_debtor(s, {"full_name": "Сапарова Айгүл", "iin": "12345"})
    assert refused.value.field == "iin"
    assert refused.value.message == "ЖСН дәл 12 цифрдан тұрады"


def test_the_language_is_read_at_the_raise_not_at_import() -> None:
    i18n.set_language("ru")
    assert i18n._("this field is required") == "это поле обязательно"
    i18n.set_language("kk")
    assert i18n._("this field is required") == "бұл өрісті толтыру міндетті"
    i18n.set_language("en")
    assert i18n._("this field is required") == "this field is required"


def test_language_names_are_normalised_and_unknown_ones_read_english() -> None:
    i18n.set_language("ru_KZ.UTF-8")
    assert i18n.current_language() == "ru"
    i18n.set_language("kk-KZ")
    assert i18n.current_language() == "kk"
    i18n.set_language("de")
    assert i18n.current_language() == "en"


def test_a_message_no_catalog_knows_stays_english() -> None:
    i18n.set_language("kk")
    assert i18n._("a message added after the catalogs were made") == (
        "a message added after the catalogs were made"
    )


def test_the_system_language_falls_back_to_russian(monkeypatch) -> None:
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "kk_KZ.UTF-8")
    assert i18n.system_language() == "kk"
    monkeypatch.setenv("LANGUAGE", "de:en")
    assert i18n.system_language() == "en"
    monkeypatch.setenv("LANGUAGE", "de")
    monkeypatch.setenv("LANG", "de_DE.UTF-8")
    assert i18n.system_language() in ("ru", "en", "kk")  # then Python's own locale, else ru


def _cli(tmp_path: Path, lang: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("DEBTDESK_")}
    env["DEBTDESK_LANG"] = lang
    return subprocess.run(
        [sys.executable, "-m", "debtdesk", "--database", str(tmp_path / "absent.sqlite3"), "cases"],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        timeout=120,
    )


@pytest.mark.parametrize(
    ("lang", "words"),
    [("ru", "нет базы данных по адресу"), ("kk", "жолында дерекқор жоқ"), ("en", "no database at")],
)
def test_the_command_line_speaks_debtdesk_lang(tmp_path, lang, words) -> None:
    result = _cli(tmp_path, lang)
    assert result.returncode != 0
    assert words in result.stderr, result.stderr
