"""Letter templates: ``<key>/<lang>.j2`` plus ``<key>/meta.toml``, built-in or the user's copy.

Built-in templates live in ``resources/templates``; an advisor may copy one
into the user templates folder and edit it, and that copy wins (file by file:
a copied ``ru.j2`` overrides only Russian). Keys starting with ``_`` are
internal (test samples) and are not listed for people.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from jinja2 import FileSystemLoader, TemplateNotFound, TemplateSyntaxError, meta, nodes
from jinja2.environment import Environment

from debtdesk.documents import blocks as b
from debtdesk.documents.errors import TemplateError
from debtdesk.documents.limits import RenderLimits
from debtdesk.documents.markup import parse
from debtdesk.documents.pdf import Letter, PdfMeta, render_pdf
from debtdesk.documents.rendering import render_limited
from debtdesk.documents.sandbox import LetterEnvironment
from debtdesk.i18n import LANGUAGES, _
from debtdesk.resources import resource_path

RECIPIENTS = ("bank", "creditor", "court", "bailiff", "regulator", "debtor", "advisor", "other")
_KEY = re.compile(r"^_?[a-z0-9][a-z0-9_]{0,63}$")


@dataclass(frozen=True)
class TemplateInfo:
    """What ``meta.toml`` says about a template, and which languages it has."""

    key: str
    titles: Mapping[str, str]
    category: str
    recipient: str
    fields: tuple[str, ...]
    reply_rule: str | None
    large_print: bool
    languages: tuple[str, ...]
    customised: bool  # the user folder holds a copy of some file of it

    @property
    def style(self) -> str:
        return "large" if self.large_print else "base"

    def title(self, lang: str) -> str:
        return self.titles.get(lang) or self.titles.get("en") or next(iter(self.titles.values()))


class _Loader(FileSystemLoader):
    """Only ``.j2`` files, of bounded size, from the template folders (user first)."""

    def __init__(self, roots: list[Path], max_chars: int) -> None:
        super().__init__([str(root) for root in roots])
        self.max_chars = max_chars

    def get_source(self, environment: Environment, template: str) -> Any:
        if not template.endswith(".j2"):
            raise TemplateNotFound(template)
        source, filename, uptodate = super().get_source(environment, template)
        if len(source) > self.max_chars:
            raise TemplateError(template, None, _("the template is too long"))
        return source, filename, uptodate


def _meta_error(key: str, problem: str) -> TemplateError:
    return TemplateError(f"{key}/meta.toml", None, problem)


def _read_meta(key: str, path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as fh:
            meta = tomllib.load(fh)
    except tomllib.TOMLDecodeError as exc:
        raise _meta_error(key, str(exc)) from None
    titles = meta.get("title")
    if (
        not isinstance(titles, dict)
        or not titles
        or not all(isinstance(v, str) for v in titles.values())
    ):
        raise _meta_error(key, _("needs a [title] table with the title in each language"))
    if meta.get("recipient") not in RECIPIENTS:
        raise _meta_error(
            key, _("recipient must be one of: {kinds}").format(kinds=", ".join(RECIPIENTS))
        )
    fields = meta.get("fields", [])
    if not isinstance(fields, list) or not all(isinstance(f, str) for f in fields):
        raise _meta_error(key, _("fields must be a list of names"))
    if not isinstance(meta.get("large_print", False), bool):
        raise _meta_error(key, _("large_print must be true or false"))
    return meta


def is_empty(value: Any) -> bool:
    """True for what counts as missing data: None, blank text, an empty list or mapping.

    ``0``, ``False`` and a zero amount are data (a household with no minors).
    """
    if value is None:
        return True
    if isinstance(value, str):
        return not value.strip()
    if isinstance(value, Mapping | list | tuple | set | frozenset):
        return not value
    return False


def _lookup(data: Mapping[str, Any], dotted: str) -> bool:
    """True when the dotted path ``dotted`` of ``data`` holds a value that is not empty."""
    value: Any = data
    for part in dotted.split("."):
        if isinstance(value, Mapping) and part in value:
            value = value[part]
        elif not isinstance(value, Mapping) and hasattr(value, part):
            value = getattr(value, part)
        else:
            return False
    return not is_empty(value)


def missing_fields(fields: Iterable[str], data: Mapping[str, Any]) -> list[str]:
    """The dotted paths of ``fields`` that ``data`` lacks or holds empty (see CONTEXT.md)."""
    return [field for field in fields if not _lookup(data, field)]


def _reads(env: Environment, source: str, name: str) -> bool:
    """Whether template ``source`` may read the data ``name`` (see ``may_read``)."""
    try:
        tree = env.parse(source)
    except TemplateSyntaxError:
        return True
    if any(tree.find_all((nodes.Include, nodes.Import, nodes.FromImport, nodes.Extends))):
        return True
    return name in meta.find_undeclared_variables(tree)


class TemplateLibrary:
    """Built-in templates, overridden by the user's copies in ``user_dir``."""

    def __init__(
        self,
        user_dir: Path | str | None = None,
        *,
        builtin_dir: Path | None = None,
        limits: RenderLimits | None = None,
    ) -> None:
        self.builtin_dir = builtin_dir or resource_path("templates")
        self.user_dir = Path(user_dir) if user_dir is not None else None
        self.limits = limits or RenderLimits()
        self.roots = tuple(p for p in (self.user_dir, self.builtin_dir) if p is not None)
        self.env = LetterEnvironment(_Loader(list(self.roots), self.limits.max_template_chars))
        # may_read's answers, by template, data name and the sources as they were read.
        self._reads: dict[tuple[Any, ...], bool] = {}

    # -- what there is --------------------------------------------------------
    def template_keys(self, *, include_internal: bool = False) -> list[str]:
        """Keys of every template with a ``meta.toml``, sorted."""
        found = {
            folder.name
            for root in self.roots
            if root.is_dir()
            for folder in root.iterdir()
            if (folder / "meta.toml").is_file() and _KEY.match(folder.name)
        }
        return sorted(k for k in found if include_internal or not k.startswith("_"))

    def info(self, key: str) -> TemplateInfo:
        """The template's meta data; raises TemplateError if unknown or malformed."""
        if not _KEY.match(key):
            raise TemplateError(key, None, _("not a template name"))
        folders = [root / key for root in self.roots]
        meta_path = next((f / "meta.toml" for f in folders if (f / "meta.toml").is_file()), None)
        if meta_path is None:
            raise TemplateError(key, None, _("no such template"))
        meta = _read_meta(key, meta_path)
        languages = tuple(
            lang for lang in LANGUAGES if any((f / f"{lang}.j2").is_file() for f in folders)
        )
        user = self.user_dir / key if self.user_dir is not None else None
        rule = meta.get("reply_rule") or None
        return TemplateInfo(
            key=key,
            titles=dict(meta["title"]),
            category=str(meta.get("category", "")),
            recipient=str(meta["recipient"]),
            fields=tuple(meta.get("fields", [])),
            reply_rule=str(rule) if rule else None,
            large_print=bool(meta.get("large_print", False)),
            languages=languages,
            customised=user is not None and user.is_dir() and any(user.iterdir()),
        )

    def may_read(self, info: TemplateInfo, name: str) -> bool:
        """False only when no language of the template can read the data ``name`` at all.

        A batch skips working out data that its template never prints (the
        wording of every deadline's explanation). Conservative: a template that
        includes, imports or extends another, or that cannot be parsed, may
        read anything, and so may one whose required fields name it. The
        answer is kept for the sources as read (parsing every language is a
        twentieth of a batch's data work; an edited file is a new question).
        """
        if any(field == name or field.startswith(f"{name}.") for field in info.fields):
            return True
        try:
            sources = tuple(
                self.env.loader.get_source(self.env, f"{info.key}/{lang}.j2")[0]  # type: ignore[union-attr]
                for lang in info.languages
            )
        except (TemplateError, TemplateNotFound, OSError):
            return True
        key = (info.key, name, sources)
        found = self._reads.get(key)
        if found is None:
            if len(self._reads) >= 64:
                self._reads.clear()
            found = self._reads[key] = any(_reads(self.env, source, name) for source in sources)
        return found

    # -- rendering ---------------------------------------------------------------
    def render_markup(
        self, key: str, lang: str, data: Mapping[str, Any], *, info: TemplateInfo | None = None
    ) -> str:
        """The block markup template ``key`` gives in ``lang`` for ``data``.

        ``info``: the template's meta data when the caller already has it (a
        batch reads ``meta.toml`` once, not once a letter).
        """
        info = info if info is not None and info.key == key else self.info(key)
        name = f"{key}/{lang}.j2"
        if lang not in info.languages:
            raise TemplateError(
                name, None, _("this template has no {lang} version").format(lang=lang)
            )
        missing = missing_fields(info.fields, data)
        if missing:
            raise TemplateError(
                name, None, _("data missing: {fields}").format(fields=", ".join(missing))
            )
        return render_limited(
            lambda: self.env.get_template(name), data, self.limits, lang, name, self.roots
        )

    def render_string(
        self, source: str, data: Mapping[str, Any], *, lang: str = "ru", name: str = "<template>"
    ) -> str:
        """Render template text not saved yet (the editor's preview), same rules."""
        if len(source) > self.limits.max_template_chars:
            raise TemplateError(name, None, _("the template is too long"))
        return render_limited(
            lambda: self.env.from_string(source), data, self.limits, lang, name, self.roots
        )

    def render_blocks(
        self, key: str, lang: str, data: Mapping[str, Any], *, info: TemplateInfo | None = None
    ) -> list[b.Block]:
        markup = self.render_markup(key, lang, data, info=info)
        return parse(markup, source=f"{key}/{lang}.j2 (output)")

    def letter(self, key: str, lang: str, data: Mapping[str, Any]) -> Letter:
        """One item for :func:`~debtdesk.documents.pdf.render_many` (batch printing)."""
        return Letter(self.render_blocks(key, lang, data), self.info(key).style, lang)

    def render_pdf(
        self,
        key: str,
        lang: str,
        data: Mapping[str, Any],
        *,
        style: str | None = None,
        meta: PdfMeta | None = None,
        invariant: bool = False,
    ) -> bytes:
        """PDF of template ``key`` in ``lang``; large print if its meta (or ``style``) says so."""
        info = self.info(key)
        blocks = self.render_blocks(key, lang, data)
        meta = meta or PdfMeta(title=info.title(lang))
        return render_pdf(blocks, style or info.style, meta, lang=lang, invariant=invariant)
