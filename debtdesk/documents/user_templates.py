"""The advisor's own copies of templates: copy a built-in, edit one language, revert.

A local group words its letters in its own way (the court's habits, the
group's name, a phrase a judge dislikes) without waiting for a new version of
the program. ``TemplateLibrary`` already prefers a file in the user folder to
the built-in one; this module is what the template editor does to that folder:

- **copy** a built-in template's whole folder (``meta.toml`` and every language),
  so the copy is complete and a later edit of the built-in never half-changes it;
  files already copied are never overwritten (they may hold the advisor's edits);
- **list** every template with where it comes from (built-in, overridden by the
  user's copy, or the user's own) and what is wrong with a broken one;
- **save** one language's Jinja text. Only a valid template is saved: the
  wizard, batches and the meeting sheet use a saved template at once, and a
  broken one would stop letters on the evening of a meeting. The text must
  compile, and when sample data is given (the editor's chosen case) it must
  render and give valid block markup; otherwise ``TemplateError`` names the
  template, the line and the problem, and the file is left as it was;
- **revert** to the built-in by removing the user's copy.

No Qt here: the editor (``ui/templates``) calls these through ``ui.operations``.
Files are written whole or not at all (a ``.part`` file renamed).
"""

from __future__ import annotations

import os
import re
import shutil
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any

from jinja2 import TemplateSyntaxError

from debtdesk.documents.context import raw_meta
from debtdesk.documents.errors import MarkupError, TemplateError
from debtdesk.documents.markup import parse
from debtdesk.documents.pdf import PdfMeta, render_pdf
from debtdesk.documents.rendering import describe
from debtdesk.documents.templates import TemplateLibrary, missing_fields
from debtdesk.errors import ValidationError
from debtdesk.i18n import LANGUAGES, _

_KEY = re.compile(r"^[a-z0-9][a-z0-9_]{0,63}$")  # no "_internal" keys: those are not edited
FIELD_PREFIX = "fields."


class Origin(StrEnum):
    BUILTIN = "builtin"  # only the program's copy
    OVERRIDDEN = "overridden"  # the user's copy overrides (some files of) the built-in
    MINE = "mine"  # only in the user's folder


@dataclass(frozen=True)
class TemplateEntry:
    """One template as the editor lists it."""

    key: str
    title: str  # in the language asked for; the key when the meta cannot be read
    category: str
    origin: Origin
    languages: tuple[str, ...]
    user_files: tuple[str, ...]  # file names in the user's copy
    problem: str | None  # why the template cannot be used (a broken meta.toml), else None

    @property
    def has_builtin(self) -> bool:
        return self.origin != Origin.MINE


@dataclass(frozen=True)
class TemplateText:
    """One language's Jinja text and whether it is the user's copy."""

    key: str
    lang: str
    text: str
    from_user: bool


def _check_key(key: str) -> str:
    if not isinstance(key, str) or not _KEY.match(key):
        raise ValidationError("key", _("not a template name: {key!r}").format(key=key))
    return key


def _check_lang(lang: str) -> str:
    if lang not in LANGUAGES:
        raise ValidationError(
            "lang", _("a template is written in {langs}").format(langs=", ".join(LANGUAGES))
        )
    return lang


def _user_root(library: TemplateLibrary) -> Path:
    if library.user_dir is None:
        raise ValidationError("user_dir", _("this template library has no user folder"))
    return library.user_dir


def _builtin(library: TemplateLibrary, key: str) -> Path | None:
    folder = library.builtin_dir / key
    return folder if (folder / "meta.toml").is_file() else None


def _user_files(library: TemplateLibrary, key: str) -> tuple[str, ...]:
    if library.user_dir is None:
        return ()
    folder = library.user_dir / key
    if not folder.is_dir():
        return ()
    return tuple(sorted(p.name for p in folder.iterdir() if p.is_file()))


def forget_compiled(library: TemplateLibrary) -> None:
    """Drop compiled templates, so the next render reads the files as they are now.

    Jinja checks only the file it compiled: a user copy that appears beside a
    cached built-in would otherwise go unnoticed until the program restarts.
    """
    cache = library.env.cache
    if cache is not None:
        cache.clear()


def origin_of(library: TemplateLibrary, key: str) -> Origin:
    _check_key(key)
    if not _user_files(library, key):
        return Origin.BUILTIN
    return Origin.OVERRIDDEN if _builtin(library, key) is not None else Origin.MINE


def list_templates(library: TemplateLibrary, lang: str) -> list[TemplateEntry]:
    """Every template (not the internal ``_`` ones) with its origin, sorted by key.

    A template whose ``meta.toml`` is broken is listed with its ``problem``
    instead of being left out: the advisor must be able to find and revert it.
    """
    entries = []
    for key in library.template_keys():
        origin = origin_of(library, key)
        files = _user_files(library, key)
        try:
            info = library.info(key)
        except TemplateError as exc:
            entries.append(TemplateEntry(key, key, "", origin, (), files, exc.message))
            continue
        entries.append(
            TemplateEntry(key, info.title(lang), info.category, origin, info.languages, files, None)
        )
    return entries


def copy_to_user(library: TemplateLibrary, key: str) -> list[str]:
    """Copy the built-in template ``key`` into the user's folder; the file names copied.

    Files the user already has are kept as they are (they may hold edits).
    """
    _check_key(key)
    source = _builtin(library, key)
    if source is None:
        raise ValidationError("key", _("there is no built-in template {key}").format(key=key))
    target = _user_root(library) / key
    target.mkdir(parents=True, exist_ok=True)
    copied = []
    for path in sorted(source.iterdir()):
        if path.is_file() and not (target / path.name).exists():
            _write(target / path.name, path.read_bytes())
            copied.append(path.name)
    forget_compiled(library)
    return copied


def template_text(library: TemplateLibrary, key: str, lang: str) -> TemplateText:
    """The Jinja text of ``key`` in ``lang`` that letters use now (the user's copy first)."""
    _check_key(key)
    _check_lang(lang)
    for root in library.roots:
        path = root / key / f"{lang}.j2"
        if path.is_file():
            text = path.read_text(encoding="utf-8")
            return TemplateText(key, lang, text, root == library.user_dir)
    raise ValidationError(
        "lang", _("the template {key} has no {lang} version").format(key=key, lang=lang)
    )


def check_text(
    library: TemplateLibrary,
    key: str,
    lang: str,
    text: str,
    data: Mapping[str, Any] | None = None,
) -> str | None:
    """Raise ``TemplateError`` (name, line, problem) if ``text`` is not a usable template.

    The text must compile. With ``data`` (a case's letter context) it must also
    render within the limits and give valid block markup, which finds the
    misspelt field the compiler cannot see; the markup is returned. When the
    case lacks data the template needs, only the compile check is made (the
    template is not at fault), and None is returned.
    """
    name = f"{_check_key(key)}/{_check_lang(lang)}.j2"
    if len(text) > library.limits.max_template_chars:
        raise TemplateError(name, None, _("the template is too long"))
    try:
        library.env.compile(text, name=name)
    except TemplateSyntaxError as exc:
        raise describe(exc, name, library.limits) from None
    if data is None:
        return None
    info = library.info(key)
    if missing_fields(info.fields, data):
        return None
    markup = library.render_string(text, data, lang=lang, name=name)
    try:
        parse(markup, source=f"{name} (output)")
    except MarkupError as exc:
        raise TemplateError(
            name,
            None,
            _("the text it produced, line {line}: {problem}").format(
                line=exc.line, problem=exc.problem
            ),
        ) from None
    return markup


def save_text(
    library: TemplateLibrary,
    key: str,
    lang: str,
    text: str,
    data: Mapping[str, Any] | None = None,
) -> list[str]:
    """Save ``text`` as the user's ``key/lang.j2`` if it is a valid template (``check_text``).

    A built-in template is copied to the user's folder first; returns the file
    names that copy added. Nothing is written when the text is refused.
    """
    check_text(library, key, lang, text, data)
    folder = _user_root(library) / key
    builtin = _builtin(library, key) is not None
    if not builtin and not folder.is_dir():
        raise ValidationError("key", _("no such template: {key}").format(key=key))
    folder.mkdir(parents=True, exist_ok=True)
    _write(folder / f"{lang}.j2", text.encode("utf-8"))  # first, so the copy keeps it
    copied = copy_to_user(library, key) if builtin else []
    forget_compiled(library)
    return copied


def revert(library: TemplateLibrary, key: str) -> bool:
    """Remove the user's copy of ``key`` so the built-in is used again; False if none.

    The user's own templates (no built-in behind them) are not removed this way.
    """
    _check_key(key)
    if _builtin(library, key) is None:
        raise ValidationError(
            "key",
            _("{key} is your own template: there is no built-in one to go back to").format(key=key),
        )
    folder = _user_root(library) / key
    if not folder.exists():
        return False
    shutil.rmtree(folder)
    forget_compiled(library)
    return True


def preview_fields(library: TemplateLibrary, key: str) -> dict[str, str]:
    """Placeholders for the free-text parts a letter asks the advisor for.

    Both the needed ones (``fields.*`` in ``fields``) and the ``optional_fields``:
    a preview shows where the typed text will go rather than refusing to render.
    """
    info = library.info(key)
    names = [p[len(FIELD_PREFIX) :] for p in info.fields if p.startswith(FIELD_PREFIX)]
    optional = raw_meta(library, key).get("optional_fields") or []
    names += [str(name) for name in optional if isinstance(name, str)]
    return {name: f"[{name}]" for name in names}


def sample_checklist(library: TemplateLibrary, key: str, lang: str) -> dict[str, Any]:
    """``checklist`` data for previewing a checklist template: its items, none ticked.

    A checklist template prints stored items; for a preview the items of its
    ``meta.toml`` in ``lang`` stand in (every one, whatever its ``when``).
    """
    items = []
    for item in raw_meta(library, key).get("items", []) or []:
        text = item.get(lang) if isinstance(item, dict) else None
        if isinstance(text, str) and text.strip():
            section = item.get("section")
            items.append({"section": section, "text": text.strip(), "done": False, "note": None})
    return {"items": items, "kind": None, "template": key, "note": None}


def audience_style(library: TemplateLibrary, key: str, for_whom: str) -> str | None:
    """The style sheet a checklist template's meta gives the printout for ``for_whom``."""
    styles = raw_meta(library, key).get("audience_styles") or {}
    style = styles.get(for_whom) if isinstance(styles, dict) else None
    return str(style) if style else None


def preview_pdf(
    library: TemplateLibrary,
    key: str,
    lang: str,
    text: str,
    data: Mapping[str, Any],
    *,
    style: str | None = None,
) -> bytes:
    """The PDF ``text`` (not saved yet) gives for ``data``; errors as ``TemplateError``.

    The case must hold what the template's meta asks for: a missing piece is
    a ``TemplateError`` naming it, as the letter wizard would say.
    """
    info = library.info(key)
    missing = missing_fields(info.fields, data)
    if missing:
        raise TemplateError(
            f"{key}/{lang}.j2",
            None,
            _("the case lacks: {fields}").format(fields=", ".join(missing)),
        )
    markup = check_text(library, key, lang, text, data)
    assert markup is not None  # nothing is missing, so check_text rendered it
    return render_pdf(markup, style or info.style, PdfMeta(title=info.title(lang)), lang=lang)


def _write(target: Path, data: bytes) -> None:
    part = target.with_name(target.name + ".part")
    try:
        with open(part, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        part.replace(target)
    except OSError:
        part.unlink(missing_ok=True)
        raise
