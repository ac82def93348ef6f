"""The gettext catalogs are complete, finished, faithful to placeholders, and compiled.

Completeness is checked against the code as it is now: the messages are
extracted again, so a new ``_()`` string without a Kazakh or Russian
translation fails here, listed by name. The fix is one command,
``.venv/bin/python tools/catalogs.py``, then translating what it lists.
"""

from __future__ import annotations

import gettext
from types import ModuleType

import pytest
from babel.messages.catalog import Message

from debtdesk.resources import resource_path

LANGS = ("kk", "ru")


@pytest.fixture(scope="module")
def template(catalogs: ModuleType):
    return catalogs.extract()


def test_extraction_finds_the_core_messages(template) -> None:
    ids = {m.id for m in template if m.id}
    assert len(ids) > 400
    assert "this field is required" in ids
    assert "an IIN is exactly 12 digits" in ids


@pytest.mark.parametrize("lang", LANGS)
def test_every_core_message_has_a_finished_translation(catalogs, template, lang) -> None:
    problems = catalogs.problems(lang, template)
    assert not problems, (
        f"{len(problems)} messages lack a finished {lang} translation; run "
        "'.venv/bin/python tools/catalogs.py' and translate them:\n" + "\n".join(problems)
    )


@pytest.mark.parametrize("lang", LANGS)
def test_every_translation_keeps_its_placeholders(catalogs, lang) -> None:
    """Checked on the whole catalog too, not only on the messages the code has today."""
    catalog = catalogs.read_catalog(lang)
    bad = []
    for message in catalog:
        if not message.id:
            continue
        problem = catalogs.entry_problem(lang, message, message.id)
        if problem:
            bad.append(problem)
    assert not bad, "\n".join(bad)
    assert not catalog.fuzzy
    assert catalog.locale is not None and str(catalog.locale) == lang
    assert "nplurals" in (catalog.plural_forms or "")


def test_the_check_catches_dropped_and_changed_placeholders(catalogs) -> None:
    msgid = "the copy {path} failed its integrity check: {why}"
    good = Message(msgid, "копия {path} не прошла проверку целостности: {why}")
    dropped = Message(msgid, "копия не прошла проверку целостности: {why}")
    renamed = Message(msgid, "копия {путь} не прошла проверку: {why}")
    conversion = Message("not a date: {value!r}", "не дата: {value}")
    fuzzy = Message(msgid, good.string, flags=["fuzzy"])
    assert catalogs.entry_problem("ru", good, msgid) is None
    assert "placeholders" in catalogs.entry_problem("ru", dropped, msgid)
    assert "placeholders" in catalogs.entry_problem("ru", renamed, msgid)
    assert "placeholders" in catalogs.entry_problem("ru", conversion, conversion.id)
    assert "fuzzy" in catalogs.entry_problem("ru", fuzzy, msgid)
    assert "untranslated" in catalogs.entry_problem("ru", Message(msgid, " "), msgid)
    assert "missing" in catalogs.entry_problem("ru", None, msgid)
    assert catalogs.placeholders("%(name)s and %1 and {n}") == {"%(name)s", "%1", "{n}"}


@pytest.mark.parametrize("lang", LANGS)
def test_the_committed_mo_is_the_compiled_po(catalogs, lang) -> None:
    """Recompiled from the .po here, the message table must equal the committed .mo's."""
    committed = catalogs.mo_path(lang)
    assert committed.is_file(), f"run .venv/bin/python tools/catalogs.py to compile {committed}"
    fresh = catalogs.messages(catalogs.mo_bytes(catalogs.read_catalog(lang)))
    assert catalogs.messages(committed.read_bytes()) == fresh, (
        f"{committed} is stale: run .venv/bin/python tools/catalogs.py"
    )
    assert len(fresh) > 400


@pytest.mark.parametrize("lang", LANGS)
def test_the_program_finds_the_catalog_where_it_looks(lang) -> None:
    """``debtdesk.i18n`` reads resources/locale (inside the wheel as _resources/locale)."""
    found = gettext.find("debtdesk", str(resource_path("locale")), languages=[lang])
    assert found is not None
    translation = gettext.translation("debtdesk", str(resource_path("locale")), languages=[lang])
    assert translation.gettext("this field is required") != "this field is required"
