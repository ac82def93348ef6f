"""Template folders: meta.toml, user copies overriding built-ins, required data."""

from __future__ import annotations

import shutil
from decimal import Decimal
from pathlib import Path

import pytest

from debtdesk.documents import blocks as b
from debtdesk.documents.errors import TemplateError
from debtdesk.documents.templates import TemplateLibrary, missing_fields
from debtdesk.resources import resource_path


def _write(folder: Path, name: str, text: str) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_text(text, encoding="utf-8")


def test_sample_meta_is_read(library):
    info = library.info("_sample")
    assert info.languages == ("kk", "ru", "en")
    assert info.title("kk") == "Үлгі: сот отырысы туралы хабарлама"
    assert info.recipient == "debtor" and info.category == "sample"
    assert info.reply_rule is None and info.large_print is False and info.style == "base"
    assert "debtor.full_name" in info.fields
    assert not info.customised


def test_internal_templates_are_not_listed_for_people(library):
    assert "_sample" not in library.template_keys()
    assert "_sample" in library.template_keys(include_internal=True)


def test_user_copy_overrides_the_builtin_file_by_file(tmp_path, sample_data, pdf_text):
    user = tmp_path / "templates"
    _write(user / "_sample", "ru.j2", "::title Моя копия\nДолг: {{ amount|money }}\n")
    library = TemplateLibrary(user)
    assert library.info("_sample").customised
    assert library.render_markup("_sample", "ru", sample_data) == (
        "::title Моя копия\nДолг: 1\xa0234\xa0567,89\xa0₸\n"
    )
    # Kazakh was not copied: the built-in one is used
    assert "Құрметті" in library.render_markup("_sample", "kk", sample_data)
    assert "Моя копия" in pdf_text(library.render_pdf("_sample", "ru", sample_data))


def test_user_copy_of_meta_wins_and_new_templates_appear(tmp_path, sample_data):
    # Built-ins of our own, so the listing does not depend on which letters ship.
    builtin = tmp_path / "builtin"
    shutil.copytree(resource_path("templates", "_sample"), builtin / "_sample")
    _write(builtin / "notice", "meta.toml", 'recipient = "debtor"\n[title]\nen = "Notice"\n')
    _write(builtin / "notice", "en.j2", "::h1 Notice\n")
    user = tmp_path / "templates"
    shutil.copytree(builtin / "_sample", user / "_sample")
    meta = (user / "_sample" / "meta.toml").read_text(encoding="utf-8")
    assert "large_print = false" in meta
    _write(user / "_sample", "meta.toml", meta.replace("large_print = false", "large_print = true"))
    _write(
        user / "reminder",
        "meta.toml",
        'recipient = "debtor"\nreply_rule = "bank_reply"\nfields = ["who"]\n'
        '[title]\nen = "Reminder"\n',
    )
    _write(user / "reminder", "en.j2", "::h1 Hello {{ who }}\n")
    assert TemplateLibrary(builtin_dir=builtin).info("_sample").style == "base"
    assert TemplateLibrary(builtin_dir=builtin).template_keys() == ["notice"]

    library = TemplateLibrary(user, builtin_dir=builtin)
    assert library.info("_sample").style == "large"  # the user's meta.toml wins
    assert library.info("_sample").customised and not library.info("notice").customised
    assert library.template_keys() == ["notice", "reminder"]  # built-ins and the new one
    assert library.template_keys(include_internal=True) == ["_sample", "notice", "reminder"]
    info = library.info("reminder")
    assert info.reply_rule == "bank_reply" and info.languages == ("en",)
    assert library.render_blocks("reminder", "en", {"who": "Aigul"}) == [
        b.Heading(1, "Hello Aigul")
    ]


def test_user_templates_add_to_the_real_builtin_set(tmp_path, library):
    user = tmp_path / "templates"
    _write(user / "reminder", "meta.toml", 'recipient = "debtor"\n[title]\nen = "Reminder"\n')
    _write(user / "reminder", "en.j2", "::h1 Hello\n")
    keys = TemplateLibrary(user).template_keys()
    assert "reminder" in keys
    assert set(library.template_keys()) == set(keys) - {"reminder"}


def test_missing_data_is_named_before_rendering(library, sample_data):
    del sample_data["debtor"]["iin"]
    sample_data["advisor"] = {"name": None}
    with pytest.raises(
        TemplateError,
        match=r"^_sample/ru\.j2: data missing: debtor\.iin, "
        r"advisor\.name$",
    ):
        library.render_markup("_sample", "ru", sample_data)


@pytest.mark.parametrize(
    "empty",
    ["", "   ", "\n\t ", [], {}, ()],
    ids=["empty", "spaces", "blank", "list", "dict", "tuple"],
)
def test_empty_required_field_counts_as_missing(tmp_path, empty):
    user = tmp_path / "templates"
    _write(
        user / "plea",
        "meta.toml",
        'recipient = "court"\nfields = ["fields.reasons", "debtor.full_name"]\n[title]\nru = "x"\n',
    )
    _write(user / "plea", "ru.j2", "{{ debtor.full_name }}: {{ fields.reasons }}\n")
    library = TemplateLibrary(user)
    data = {"debtor": {"full_name": "Иванова Анна"}, "fields": {"reasons": empty}}
    with pytest.raises(TemplateError, match=r"^plea/ru\.j2: data missing: fields\.reasons$"):
        library.render_markup("plea", "ru", data)
    with pytest.raises(TemplateError, match=r"^plea/ru\.j2: data missing: fields\.reasons$"):
        library.render_pdf("plea", "ru", data)
    data["fields"]["reasons"] = "Потеряла работу"
    assert library.render_markup("plea", "ru", data) == "Иванова Анна: Потеряла работу\n"


def test_zero_and_false_are_data_not_missing():
    data = {"a": 0, "b": False, "c": Decimal(0), "d": "x"}
    assert missing_fields(["a", "b", "c", "d"], data) == []
    assert missing_fields(["a.b", "c"], {"a": {"b": " "}, "c": None}) == ["a.b", "c"]


@pytest.mark.parametrize(("key", "lang", "words"), [
    ("nope", "ru", "no such template"),
    ("../etc", "ru", "not a template name"),
    ("_sample", "de", "no de version"),
])  # fmt: skip
def test_unknown_template_or_language(library, sample_data, key, lang, words):
    with pytest.raises(TemplateError, match=words):
        library.render_markup(key, lang, sample_data)


def test_malformed_meta_is_reported(tmp_path):
    user = tmp_path / "templates"
    _write(user / "bad", "meta.toml", 'recipient = "martian"\n[title]\nen = "x"\n')
    _write(user / "broken", "meta.toml", "recipient = \n")
    library = TemplateLibrary(user)
    with pytest.raises(TemplateError, match=r"^bad/meta\.toml: recipient must be one of"):
        library.info("bad")
    with pytest.raises(TemplateError, match=r"^broken/meta\.toml: "):
        library.info("broken")


def test_markup_mistake_in_output_names_the_template(tmp_path):
    user = tmp_path / "templates"
    _write(user / "typo", "meta.toml", 'recipient = "bank"\n[title]\nru = "x"\n')
    _write(user / "typo", "ru.j2", "{% for i in [1] %}\n::titel Опечатка\n{% endfor %}\n")
    with pytest.raises(TemplateError, match=r"^typo/ru\.j2 \(output\), line 1: unknown block"):
        TemplateLibrary(user).render_blocks("typo", "ru", {})


def test_non_j2_files_cannot_be_included(tmp_path):
    user = tmp_path / "templates"
    _write(user / "inc", "meta.toml", 'recipient = "bank"\n[title]\nru = "x"\n')
    _write(user / "inc", "ru.j2", "{% include 'inc/meta.toml' %}")
    _write(user / "inc", "part.j2", "::h1 Часть")
    with pytest.raises(TemplateError, match=r"no template inc/meta\.toml"):
        TemplateLibrary(user).render_markup("inc", "ru", {})
    _write(user / "inc", "ru.j2", "{% include 'inc/part.j2' %}")
    assert TemplateLibrary(user).render_markup("inc", "ru", {}) == "::h1 Часть"


# --- which data a template may read (a batch skips wording what none reads) -----------


def _reads_deadlines(tmp_path, bodies: dict[str, str], fields: str = "[]") -> bool:
    from tests.core.documents.test_context import SIMPLE_META, write_template

    meta = SIMPLE_META.format(recipient="debtor", fields=fields, extra="")
    lib = write_template(tmp_path / "t", "_t_reads", meta, bodies)
    return lib.may_read(lib.info("_t_reads"), "deadlines")


@pytest.mark.parametrize(
    ("body", "reads"),
    [
        ("{{ debtor.full_name }}", False),
        ("{% for d in deadlines %}{{ d.title }}{% endfor %}", True),
        ("{% if deadlines %}x{% endif %}", True),
        ("{% set ds = deadlines %}{{ ds|length }}", True),
        ('{% include "_sample/ru.j2" %}', True),  # what an included file reads is unknown
        ('{% from "_sample/ru.j2" import x %}', True),
        ("{% for d in deadlines %", True),  # does not parse: assume it reads everything
    ],
)
def test_a_template_may_read_deadlines(tmp_path, body, reads):
    assert _reads_deadlines(tmp_path, {"ru": "{{ lang }}", "kk": body}) is reads


def test_a_required_field_counts_as_reading(tmp_path):
    assert _reads_deadlines(tmp_path, {"ru": "x"}, fields='["deadlines"]') is True


def test_the_builtin_letters_that_read_deadlines():
    lib = TemplateLibrary()
    reading = {key for key in lib.template_keys() if lib.may_read(lib.info(key), "deadlines")}
    assert "eviction_alert" in reading and "debt_statement_request" not in reading
