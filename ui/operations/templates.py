"""Template editor operations: list, copy, edit, check, preview and revert templates.

Two collections are edited the same way: letter templates and hearing
checklist templates (``KINDS``), each built in and overridable from the user's
folder (``debtdesk.documents.context.user_folder``). Checking and previewing
use a real case's letter context, so a misspelt field is found before the
template is saved rather than on the evening of a meeting. Only reading the
case needs the database; the template files are the user's own folder.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from debtdesk.documents.user_templates import Origin, TemplateEntry, TemplateText
from ui.operations.base import action as _action

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from debtdesk.db.database import Database
    from debtdesk.documents.templates import TemplateLibrary

__all__ = [
    "KINDS",
    "CaseChoice",
    "Origin",
    "TemplateEntry",
    "TemplateText",
    "check_template",
    "copy_template",
    "find_cases",
    "list_templates",
    "preview_template",
    "revert_template",
    "save_template",
    "template_text",
    "user_folder",
]

LETTERS = "letters"
CHECKLISTS = "checklists"
KINDS = (LETTERS, CHECKLISTS)


@dataclass(frozen=True)
class CaseChoice:
    id: int
    full_name: str
    city: str | None


def _library(kind: str) -> TemplateLibrary:
    from debtdesk.documents.context import checklist_library, letter_library
    from debtdesk.errors import ValidationError

    if kind == LETTERS:
        return letter_library()
    if kind == CHECKLISTS:
        return checklist_library()
    raise ValidationError("kind", f"letters or checklists, not {kind!r}")


def user_folder(kind: str) -> str:
    """Where the user's copies of ``kind`` live (shown in the editor)."""
    library = _library(kind)
    return str(library.user_dir) if library.user_dir is not None else ""


def list_templates(kind: str, lang: str) -> list[TemplateEntry]:
    from debtdesk.documents import user_templates

    return user_templates.list_templates(_library(kind), lang)


def template_text(kind: str, key: str, lang: str) -> TemplateText:
    from debtdesk.documents import user_templates

    return user_templates.template_text(_library(kind), key, lang)


def copy_template(kind: str, key: str) -> list[str]:
    """Copy the built-in template into the user's folder; the file names copied."""
    from debtdesk.documents import user_templates

    return user_templates.copy_to_user(_library(kind), key)


def revert_template(kind: str, key: str) -> bool:
    """Remove the user's copy, so the built-in is used again."""
    from debtdesk.documents import user_templates

    return user_templates.revert(_library(kind), key)


def _case_data(
    session: Session,
    library: TemplateLibrary,
    kind: str,
    key: str,
    lang: str,
    case_id: int,
    for_whom: str,
) -> dict[str, Any]:
    from debtdesk.documents import user_templates
    from debtdesk.documents.context import letter_context

    if kind == CHECKLISTS:
        data = letter_context(session, key, case_id, lang=lang, library=library)
        data["checklist"] = user_templates.sample_checklist(library, key, lang)
        data["for_whom"] = for_whom
        return data
    fields = user_templates.preview_fields(library, key)
    return letter_context(session, key, case_id, lang=lang, fields=fields, library=library)


def check_template(
    db: Database | None,
    kind: str,
    key: str,
    lang: str,
    text: str,
    case_id: int | None = None,
    for_whom: str = "advisor",
) -> None:
    """Raise ``TemplateError`` (template, line, problem) if ``text`` is not usable.

    With a case, the text is also rendered for it (read-only).
    """
    from debtdesk.documents import user_templates

    library = _library(kind)
    if db is None or case_id is None:
        user_templates.check_text(library, key, lang, text)
        return
    with _action(db) as s:
        data = _case_data(s, library, kind, key, lang, case_id, for_whom)
        s.rollback()
    user_templates.check_text(library, key, lang, text, data)


def save_template(
    db: Database | None,
    kind: str,
    key: str,
    lang: str,
    text: str,
    case_id: int | None = None,
    for_whom: str = "advisor",
) -> list[str]:
    """Save ``text`` as the user's copy if it is valid (checked with the case when given).

    Returns the files of the built-in copied alongside it (the first save of a
    built-in template copies it whole).
    """
    from debtdesk.documents import user_templates

    library = _library(kind)
    data = None
    if db is not None and case_id is not None:
        with _action(db) as s:
            data = _case_data(s, library, kind, key, lang, case_id, for_whom)
            s.rollback()
    return user_templates.save_text(library, key, lang, text, data)


def preview_template(
    db: Database,
    kind: str,
    key: str,
    lang: str,
    text: str,
    case_id: int,
    for_whom: str = "debtor",
) -> bytes:
    """The PDF ``text`` (saved or not) gives for case ``case_id``; nothing is stored.

    A checklist template is previewed with its items from ``meta.toml`` for
    ``for_whom`` (the debtor's or the advisor's printout).
    """
    from debtdesk.documents import user_templates

    library = _library(kind)
    with _action(db) as s:
        data = _case_data(s, library, kind, key, lang, case_id, for_whom)
        s.rollback()
    style = user_templates.audience_style(library, key, for_whom) if kind == CHECKLISTS else None
    return user_templates.preview_pdf(library, key, lang, text, data, style=style)


def find_cases(db: Database, text: str, limit: int = 30) -> list[CaseChoice]:
    """Cases whose name, IIN, phone or case number matches ``text`` (best first)."""
    from debtdesk.services.cases import search_cases

    with _action(db) as s:
        rows = search_cases(s, text.strip() or None, limit=limit)
    return [CaseChoice(r.id, r.full_name, r.city) for r in rows]
