"""Keep the core's gettext catalogs in step with the code: extract, update, compile, check.

One command after anyone adds or changes a ``_()`` string in ``debtdesk/``::

    .venv/bin/python tools/catalogs.py          # extract, merge into kk/ru .po, compile .mo
    .venv/bin/python tools/catalogs.py --check  # change nothing; fail on gaps or stale .mo

The run lists every message that still lacks a Kazakh or Russian translation;
translate those in ``resources/locale/<lang>/LC_MESSAGES/debtdesk.po`` (following
``resources/translations/GLOSSARY.md``) and run it again to compile. The
compiled ``.mo`` files are committed, so a fresh clone runs without a build step;
``tests/core/i18n`` fails when they no longer match the ``.po`` files.

New messages are merged without fuzzy matching: a guessed translation of a
similar message would read as finished and could say the wrong thing in a
legal letter, so a new message stays empty until a person translates it.
"""

from __future__ import annotations

import argparse
import io
import re
import sys
from collections.abc import Iterable
from pathlib import Path

from babel.messages.catalog import Catalog, Message
from babel.messages.extract import extract_from_dir
from babel.messages.mofile import read_mo, write_mo
from babel.messages.pofile import read_po, write_po

REPO = Path(__file__).resolve().parent.parent
SOURCE = REPO / "debtdesk"
LOCALE = REPO / "resources" / "locale"
DOMAIN = "debtdesk"
LANGUAGES = ("kk", "ru")
# ``_`` translates now, ``N_`` marks for later, ``ngettext`` chooses a plural.
KEYWORDS = {"_": None, "N_": None, "ngettext": (1, 2)}
PLACEHOLDER = re.compile(r"\{[^{}]*\}|%\(\w+\)[sdr]|%\d")


def po_path(lang: str) -> Path:
    return LOCALE / lang / "LC_MESSAGES" / f"{DOMAIN}.po"


def mo_path(lang: str) -> Path:
    return po_path(lang).with_suffix(".mo")


def extract(source: Path = SOURCE) -> Catalog:
    """Every translatable message of the core, as a template catalog."""
    template = Catalog(project="debtdesk", charset="utf-8", fuzzy=False)
    found = extract_from_dir(
        str(source),
        method_map=[("**.py", "python")],
        keywords=KEYWORDS,
        comment_tags=("TRANSLATORS:",),
        strip_comment_tags=True,
    )
    for filename, lineno, message, comments, context in found:
        path = (source / filename).relative_to(REPO).as_posix()
        template.add(message, None, [(path, lineno)], auto_comments=comments, context=context)
    return template


def read_catalog(lang: str) -> Catalog:
    with po_path(lang).open("rb") as handle:
        return read_po(handle, locale=lang, domain=DOMAIN)


def write_catalog(catalog: Catalog, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    buffer = io.BytesIO()
    write_po(buffer, catalog, width=100, sort_output=True, include_lineno=False)
    path.write_bytes(buffer.getvalue())


def update(lang: str, template: Catalog) -> Catalog:
    """Merge ``template`` into the ``lang`` catalog (new messages empty, gone ones dropped)."""
    if po_path(lang).is_file():
        catalog = read_catalog(lang)
    else:
        catalog = Catalog(locale=lang, domain=DOMAIN, project="debtdesk", fuzzy=False)
    catalog.update(template, no_fuzzy_matching=True, update_header_comment=False)
    catalog.obsolete.clear()  # git keeps the history; stale entries only confuse
    catalog.fuzzy = False
    catalog.project, catalog.version = "debtdesk", ""
    catalog.msgid_bugs_address = ""
    catalog.copyright_holder = "debtdesk"
    catalog.last_translator = "debtdesk translators (terms: resources/translations/GLOSSARY.md)"
    catalog.language_team = {"kk": "Kazakh", "ru": "Russian"}.get(lang, lang)
    write_catalog(catalog, po_path(lang))
    return catalog


def mo_bytes(catalog: Catalog) -> bytes:
    """The compiled catalog; fuzzy and untranslated entries are left out, as msgfmt does."""
    buffer = io.BytesIO()
    write_mo(buffer, catalog, use_fuzzy=False)
    return buffer.getvalue()


def messages(data: bytes) -> dict[object, object]:
    """The message table of compiled catalog bytes, to compare two ``.mo`` files by meaning."""
    catalog = read_mo(io.BytesIO(data))
    return {m.id: m.string for m in catalog if m.id}


def compile_catalog(lang: str) -> None:
    mo_path(lang).write_bytes(mo_bytes(read_catalog(lang)))


def _texts(value: object) -> Iterable[str]:
    if isinstance(value, (tuple, list)):
        return [str(v) for v in value]
    return [str(value or "")]


def placeholders(text: str) -> set[str]:
    """``{name}``, ``{value!r}``, ``%(name)s``, ``%1`` as written, to compare id and translation."""
    return set(PLACEHOLDER.findall(text))


def entry_problem(lang: str, entry: Message | None, msgid: object) -> str | None:
    """Why one catalog entry is not a finished translation of ``msgid``; None if it is."""
    if entry is None:
        return f"{lang}: missing: {msgid!r}"
    strings = _texts(entry.string)
    if not all(s.strip() for s in strings):
        return f"{lang}: untranslated: {msgid!r}"
    if entry.fuzzy:
        return f"{lang}: fuzzy: {msgid!r}"
    wanted = placeholders("".join(_texts(entry.id)))
    for text in strings:
        if placeholders(text) != wanted:
            got = sorted(placeholders(text))
            return f"{lang}: placeholders {got} != {sorted(wanted)}: {msgid!r}"
    return None


def problems(lang: str, template: Catalog | None = None) -> list[str]:
    """What keeps the ``lang`` catalog from being finished, one line per message."""
    template = template or extract()
    catalog = read_catalog(lang)
    found = (
        entry_problem(lang, catalog.get(message.id, message.context), message.id)
        for message in template
        if message.id
    )
    return [line for line in found if line]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--check", action="store_true", help="change nothing; fail on gaps or stale .mo"
    )
    args = parser.parse_args(argv)
    template = extract()
    trouble: list[str] = []
    for lang in LANGUAGES:
        if not args.check:
            update(lang, template)
            compile_catalog(lang)
        elif not mo_path(lang).is_file() or messages(mo_path(lang).read_bytes()) != messages(
            mo_bytes(read_catalog(lang))
        ):
            stale = mo_path(lang).relative_to(REPO)
            trouble.append(f"{lang}: {stale} is stale: run without --check")
        trouble += problems(lang, template)
    for line in trouble:
        print(line)
    count = sum(1 for m in template if m.id)
    print(f"{count} messages; {len(trouble)} problems", file=sys.stderr)
    return 1 if trouble else 0


if __name__ == "__main__":
    sys.exit(main())
