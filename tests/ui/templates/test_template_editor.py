"""The template editor: copy a built-in, errors at their line, preview of an edit, revert."""

from __future__ import annotations

import io
import shutil
from collections.abc import Callable, Iterator

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from shiboken6 import isValid
from sqlalchemy import select

from debtdesk.db import Database
from debtdesk.documents.context import checklist_library, letter_library, user_folder
from debtdesk.documents.user_templates import forget_compiled
from debtdesk.model import Debtor
from debtdesk.resources import resource_path
from tests.ui.case_file.case_windows import click_standard, when_modal
from tests.ui.conftest import HEARING_CASE
from ui.operations import documents
from ui.templates.editor import TemplateEditorDialog

BUILTIN_NOTICE = resource_path("templates") / "hearing_notice" / "ru.j2"


def text_of(pdf: bytes) -> str:
    reader = PdfReader(io.BytesIO(pdf))
    return " ".join(" ".join(page.extract_text() or "" for page in reader.pages).split())


@pytest.fixture(autouse=True)
def clean_user_templates() -> Iterator[None]:
    """The session's user folders hold no copies before and after each test."""

    def clean() -> None:
        for name in ("templates", "checklists"):
            shutil.rmtree(user_folder(name), ignore_errors=True)
        forget_compiled(letter_library())
        forget_compiled(checklist_library())

    clean()
    yield
    clean()


@pytest.fixture
def open_editor(qtbot) -> Iterator[Callable[..., TemplateEditorDialog]]:
    """Open editors; edits left unsaved are dropped after the test, so closing asks nothing."""
    opened: list[TemplateEditorDialog] = []

    def open_(db: Database, kind: str = "letters") -> TemplateEditorDialog:
        dialog = TemplateEditorDialog(db, kind=kind)
        dialog.show()
        opened.append(dialog)
        return dialog

    yield open_
    for dialog in opened:
        if isValid(dialog):
            dialog.loaded_text = dialog.editor.text()
            dialog.close()
            dialog.deleteLater()


@pytest.fixture
def editor(ui_db, open_editor) -> TemplateEditorDialog:
    dialog = open_editor(ui_db)
    dialog.select_template("hearing_notice", "ru")
    return dialog


def case_of(db: Database, name: str = HEARING_CASE) -> int:
    with db.session() as s:
        return s.scalar(select(Debtor.id).where(Debtor.full_name == name))


def choose(editor: TemplateEditorDialog, case_id: int) -> None:
    editor.find_cases(HEARING_CASE.split()[0])
    assert editor.choose_case(case_id)
    assert editor.case_id() == case_id


def letter_text(db: Database, case_id: int) -> str:
    """The hearing notice as the letter wizard would print it now."""
    return text_of(
        documents.preview_letter(db, documents.NewLetter(case_id, "hearing_notice", "ru"))
    )


def test_a_builtin_is_read_only_until_copied_to_my_templates(editor, qtbot):
    item = editor.template_list.currentItem()
    assert "hearing_notice · built-in" in item.text()
    assert editor.editor.isReadOnly() and editor.editor.text() == BUILTIN_NOTICE.read_text(
        encoding="utf-8"
    )
    assert editor.copy_button.isEnabled() and not editor.revert_button.isEnabled()

    qtbot.mouseClick(editor.copy_button, Qt.MouseButton.LeftButton)

    copy = user_folder("templates") / "hearing_notice"
    assert sorted(p.name for p in copy.iterdir()) == ["en.j2", "kk.j2", "meta.toml", "ru.j2"]
    assert "hearing_notice · my copy" in editor.template_list.currentItem().text()
    assert not editor.editor.isReadOnly()
    assert not editor.copy_button.isEnabled() and editor.revert_button.isEnabled()
    assert "Copied to your templates" in editor.status.text()


def test_a_broken_template_is_not_saved_and_its_line_is_marked(editor, ui_db, qtbot):
    editor.copy_template()
    choose(editor, case_of(ui_db))
    saved = (user_folder("templates") / "hearing_notice" / "ru.j2").read_text(encoding="utf-8")
    lines = saved.split("\n")
    lines[8] += " {{ hearing.rooom }}"  # line 9: a field the case data does not have
    editor.editor.setPlainText("\n".join(lines))
    assert editor.save_button.isEnabled()

    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)

    assert editor.error_label.isVisible()
    assert "hearing_notice/ru.j2, line 9" in editor.error_label.text()
    assert "rooom" in editor.error_label.text()
    assert editor.editor.error_line == 9 and editor.editor.current_line() == 9
    marked = editor.editor.extraSelections()
    assert len(marked) == 1 and marked[0].cursor.blockNumber() == 8
    assert "Not saved" in editor.status.text()
    on_disk = (user_folder("templates") / "hearing_notice" / "ru.j2").read_text(encoding="utf-8")
    assert on_disk == saved

    lines[8] = saved.split("\n")[8]
    lines.insert(2, "{% endif %}")  # line 3: a syntax error, found without a case too
    editor.editor.setPlainText("\n".join(lines))
    assert editor.editor.error_line is None  # editing clears the old mark
    editor.case_combo.setEditText("")
    qtbot.mouseClick(editor.check_button, Qt.MouseButton.LeftButton)

    assert editor.editor.error_line == 3
    assert "line 3" in editor.error_label.text() and "syntax error" in editor.error_label.text()


def test_the_preview_shows_an_unsaved_edit_and_letters_use_it_once_saved(editor, ui_db, qtbot):
    case_id = case_of(ui_db)
    editor.copy_template()
    choose(editor, case_id)
    text = editor.editor.text().replace("::title ", "::title Наша группа напоминает: ", 1)
    editor.editor.setPlainText(text)

    qtbot.mouseClick(editor.preview_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: editor.last_preview is not None, timeout=20000)

    shown = text_of(editor.last_preview)
    assert "Наша группа напоминает" in shown and HEARING_CASE in shown
    assert editor.preview.page_count() >= 1
    assert "Наша группа" not in letter_text(ui_db, case_id)  # not saved yet

    assert editor.save()

    on_disk = (user_folder("templates") / "hearing_notice" / "ru.j2").read_text(encoding="utf-8")
    assert on_disk == text and "\u00a0" in on_disk  # no-break spaces kept as typed
    assert "Наша группа напоминает" in letter_text(ui_db, case_id)
    assert "Saved hearing_notice (ru)" in editor.status.text()


def test_revert_restores_the_builtin_after_asking(editor, ui_db, qtbot):
    case_id = case_of(ui_db)
    editor.copy_template()
    editor.editor.setPlainText(editor.editor.text() + "\nДописано группой\n")
    assert editor.save()
    assert "Дописано группой" in letter_text(ui_db, case_id)

    when_modal(click_standard(QMessageBox.StandardButton.Cancel))
    qtbot.mouseClick(editor.revert_button, Qt.MouseButton.LeftButton)
    assert (user_folder("templates") / "hearing_notice").is_dir()

    when_modal(click_standard(QMessageBox.StandardButton.Yes))
    qtbot.mouseClick(editor.revert_button, Qt.MouseButton.LeftButton)

    assert not (user_folder("templates") / "hearing_notice").exists()
    assert editor.editor.text() == BUILTIN_NOTICE.read_text(encoding="utf-8")
    assert editor.editor.isReadOnly()
    assert "hearing_notice · built-in" in editor.template_list.currentItem().text()
    assert "Дописано группой" not in letter_text(ui_db, case_id)


def test_unsaved_edits_are_asked_about_before_another_template_shows(editor, qtbot):
    editor.copy_template()
    editor.editor.setPlainText("::title Черновик\n")

    when_modal(click_standard(QMessageBox.StandardButton.Cancel))
    editor.select_template("penalty_complaint")
    assert editor.key == "hearing_notice" and editor.editor.text() == "::title Черновик\n"

    when_modal(click_standard(QMessageBox.StandardButton.Discard))
    editor.select_template("penalty_complaint")
    assert editor.key == "penalty_complaint"
    copy = user_folder("templates") / "hearing_notice" / "ru.j2"
    assert copy.read_text(encoding="utf-8") == BUILTIN_NOTICE.read_text(encoding="utf-8")


def test_checklist_templates_are_edited_and_previewed_for_each_copy(ui_db, open_editor, qtbot):
    dialog = open_editor(ui_db, kind="checklists")
    dialog.select_template("claim", "ru")
    assert dialog.audience_combo.isVisible()
    dialog.copy_template()
    text = dialog.editor.text().replace("::title Чек-лист", "::title Мой чек-лист", 1)
    dialog.editor.setPlainText(text)
    choose(dialog, case_of(ui_db))
    dialog.audience_combo.setCurrentIndex(dialog.audience_combo.findData("advisor"))

    dialog.preview_now()
    qtbot.waitUntil(lambda: dialog.last_preview is not None, timeout=20000)

    shown = text_of(dialog.last_preview)
    assert "Мой чек-лист" in shown and "Готово: 0 из" in shown
    assert dialog.save()
    saved = user_folder("checklists") / "claim" / "ru.j2"
    assert saved.read_text(encoding="utf-8") == text
