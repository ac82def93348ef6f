"""The user's template copies: copy a built-in, save only valid text, preview, revert."""

from __future__ import annotations

from pathlib import Path

import pytest

from debtdesk.documents.context import letter_context
from debtdesk.documents.errors import TemplateError
from debtdesk.documents.templates import TemplateLibrary
from debtdesk.documents.user_templates import (
    Origin,
    check_text,
    copy_to_user,
    list_templates,
    origin_of,
    preview_fields,
    preview_pdf,
    revert,
    save_text,
    template_text,
)
from debtdesk.errors import ValidationError
from debtdesk.resources import resource_path
from tests.core.documents.test_context import make_case

BUILTIN = resource_path("templates")


@pytest.fixture
def lib(tmp_path: Path) -> TemplateLibrary:
    """The real built-in templates with an empty user folder of this test."""
    return TemplateLibrary(tmp_path / "mine", builtin_dir=BUILTIN)


@pytest.fixture
def notice_data(db, today, lib):
    """The letter context of a case with a coming hearing, for ``hearing_notice`` in Russian."""
    case = make_case(db)
    with db.session() as s:
        return letter_context(s, "hearing_notice", case.id, lang="ru", library=lib)


def test_builtins_are_listed_as_builtin_and_a_copy_overrides_them(lib):
    entries = {e.key: e for e in list_templates(lib, "en")}
    assert "_sample" not in entries and "hearing_notice" in entries
    assert all(e.origin == Origin.BUILTIN and not e.user_files for e in entries.values())
    assert entries["hearing_notice"].title == "Notice of a court hearing"

    copied = copy_to_user(lib, "hearing_notice")

    assert copied == ["en.j2", "kk.j2", "meta.toml", "ru.j2"]
    folder = lib.user_dir / "hearing_notice"
    for name in copied:
        assert (folder / name).read_bytes() == (BUILTIN / "hearing_notice" / name).read_bytes()
    entry = next(e for e in list_templates(lib, "ru") if e.key == "hearing_notice")
    assert entry.origin == Origin.OVERRIDDEN and entry.user_files == tuple(copied)
    assert entry.title == "Уведомление о судебном заседании" and entry.has_builtin
    assert template_text(lib, "hearing_notice", "kk").from_user


def test_copying_again_keeps_the_users_edits(lib):
    folder = lib.user_dir / "hearing_notice"
    folder.mkdir(parents=True)
    (folder / "en.j2").write_text("::title Mine\n", encoding="utf-8")

    copied = copy_to_user(lib, "hearing_notice")

    assert copied == ["kk.j2", "meta.toml", "ru.j2"]
    assert (folder / "en.j2").read_text(encoding="utf-8") == "::title Mine\n"
    assert template_text(lib, "hearing_notice", "en").text == "::title Mine\n"
    assert not template_text(lib, "penalty_complaint", "en").from_user


def test_own_and_broken_templates_are_listed_with_the_problem(lib):
    own = lib.user_dir / "my_letter"
    own.mkdir(parents=True)
    (own / "meta.toml").write_text('recipient = "bank"\n[title]\nen = "Mine"\n', encoding="utf-8")
    (own / "en.j2").write_text("Hello\n", encoding="utf-8")
    broken = lib.user_dir / "penalty_complaint"
    broken.mkdir()
    (broken / "meta.toml").write_text("recipient = 'nobody'\n[title]\nen='x'\n", encoding="utf-8")

    entries = {e.key: e for e in list_templates(lib, "en")}

    assert entries["my_letter"].origin == Origin.MINE and not entries["my_letter"].has_builtin
    assert entries["my_letter"].languages == ("en",) and entries["my_letter"].problem is None
    assert entries["penalty_complaint"].origin == Origin.OVERRIDDEN
    assert "penalty_complaint/meta.toml" in entries["penalty_complaint"].problem
    assert "recipient" in entries["penalty_complaint"].problem
    with pytest.raises(ValidationError) as refused:
        revert(lib, "my_letter")
    assert refused.value.field == "key" and own.is_dir()
    with pytest.raises(ValidationError) as no_builtin:
        copy_to_user(lib, "my_letter")
    assert no_builtin.value.field == "key"


def test_a_syntax_error_is_refused_with_its_line_and_nothing_is_written(lib):
    text = "::title Test\nLine two\nLine three\n{% endif %}\nLine five\n"

    with pytest.raises(TemplateError) as refused:
        save_text(lib, "hearing_notice", "en", text)

    assert refused.value.template == "hearing_notice/en.j2"
    assert refused.value.line == 4 and "syntax error" in refused.value.problem
    assert "hearing_notice/en.j2, line 4" in refused.value.message
    assert not (lib.user_dir / "hearing_notice").exists()
    assert origin_of(lib, "hearing_notice") == Origin.BUILTIN


def test_a_misspelt_field_is_found_with_a_case_and_its_line_named(lib, notice_data):
    original = template_text(lib, "hearing_notice", "ru").text
    lines = original.split("\n")
    lines.insert(6, "{{ debtor.ful_name }}")  # becomes line 7
    text = "\n".join(lines)

    with pytest.raises(TemplateError) as refused:
        save_text(lib, "hearing_notice", "ru", text, notice_data)

    assert (refused.value.template, refused.value.line) == ("hearing_notice/ru.j2", 7)
    assert "ful_name" in refused.value.problem
    assert not (lib.user_dir / "hearing_notice" / "ru.j2").exists()
    # Without a case the compiler cannot see it: the text would be saved.
    assert check_text(lib, "hearing_notice", "ru", text) is None


def test_markup_errors_and_runaway_templates_are_refused(lib, notice_data):
    with pytest.raises(TemplateError) as markup:
        check_text(lib, "hearing_notice", "ru", "::title A\n::boxx B\n", notice_data)
    assert "line 2" in markup.value.problem and markup.value.line is None
    with pytest.raises(TemplateError) as huge:
        check_text(lib, "hearing_notice", "ru", "A\nB\n{{ 'x' * 10**9 }}\n", notice_data)
    assert huge.value.line == 3


def test_a_saved_edit_is_used_at_once_and_revert_restores_the_builtin(lib, notice_data, pdf_text):
    before = lib.render_markup("hearing_notice", "ru", notice_data)  # compiled and cached
    text = template_text(lib, "hearing_notice", "ru").text.replace(
        "::title ", "::title Наша группа: ", 1
    )

    copied = save_text(lib, "hearing_notice", "ru", text, notice_data)

    assert copied == ["en.j2", "kk.j2", "meta.toml"]  # ru.j2 was written, not copied
    assert (lib.user_dir / "hearing_notice" / "ru.j2").read_text(encoding="utf-8") == text
    after = lib.render_markup("hearing_notice", "ru", notice_data)
    assert "Наша группа:" in after and "Наша группа:" not in before
    assert origin_of(lib, "hearing_notice") == Origin.OVERRIDDEN

    assert revert(lib, "hearing_notice") is True

    assert not (lib.user_dir / "hearing_notice").exists()
    assert lib.render_markup("hearing_notice", "ru", notice_data) == before
    assert origin_of(lib, "hearing_notice") == Origin.BUILTIN
    assert revert(lib, "hearing_notice") is False


def test_preview_renders_unsaved_text_for_the_case(lib, notice_data, pdf_text):
    text = template_text(lib, "hearing_notice", "ru").text + "\nОтредактировано для проверки\n"

    pdf = preview_pdf(lib, "hearing_notice", "ru", text, notice_data)

    extracted = " ".join(pdf_text(pdf).split())
    assert "Отредактировано для проверки" in extracted
    assert "Иванова Мария Петровна" in extracted
    assert not (lib.user_dir / "hearing_notice").exists()  # a preview saves nothing


def test_preview_names_what_the_case_lacks(lib, notice_data):
    data = dict(notice_data, hearing=None)
    with pytest.raises(TemplateError) as lacking:
        preview_pdf(lib, "hearing_notice", "ru", "x\n", data)
    assert "hearing.date" in lacking.value.problem


def test_free_text_parts_get_placeholders_for_a_preview(lib):
    fields = preview_fields(lib, "postponement_request")
    assert fields and all(value == f"[{name}]" for name, value in fields.items())


def test_names_and_languages_are_checked(lib):
    with pytest.raises(ValidationError) as key:
        template_text(lib, "../etc", "ru")
    assert key.value.field == "key"
    with pytest.raises(ValidationError) as lang:
        save_text(lib, "hearing_notice", "de", "x")
    assert lang.value.field == "lang"
    with pytest.raises(ValidationError) as internal:
        copy_to_user(lib, "_sample")
    assert internal.value.field == "key"
    with pytest.raises(ValidationError) as no_folder:
        copy_to_user(TemplateLibrary(None, builtin_dir=BUILTIN), "hearing_notice")
    assert no_folder.value.field == "user_dir"
