"""Keep the Qt catalogs of the screens in step with ``ui/``: extract, merge, compile, check.

One command after anyone adds or changes a translatable string in ``ui/``::

    .venv/bin/python tools/qt_catalogs.py          # re-extract into kk/ru .ts, compile .qm
    .venv/bin/python tools/qt_catalogs.py --check  # change nothing; fail on gaps or stale .qm

Extraction is ``pyside6-lupdate`` (existing translations kept, obsolete ones
dropped), compilation ``pyside6-lrelease``. The compiled ``.qm`` files are
committed, so a fresh clone runs without a build step; ``tests/ui/test_qt_catalogs.py``
fails when they no longer match the ``.ts`` files.

Why a rewritten copy of ``ui/`` is fed to lupdate: its Python parser only knows
literal ``self.tr("…")``, ``QCoreApplication.translate("Ctx", "…")`` and
``QT_TRANSLATE_NOOP("Ctx", "…")``. The code also writes ``tr = self.tr`` then
``tr("…")``, module helpers ``def _tr(text): return QCoreApplication.translate("Ctx", text)``
and contexts held in a module constant (``_C = "HouseholdPanel"``). lupdate
would file the first under an empty context (never looked up at run time) and
miss the others entirely; and it takes ``translate(ctx, text, "", n)`` for a
plural only when ``n`` is a literal. The copy spells each such call out literally, keeping
every line where it was, so locations in the ``.ts`` point at the real source.
"""

from __future__ import annotations

import argparse
import ast
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SOURCE = REPO / "ui"
TRANSLATIONS = REPO / "resources" / "translations"
LANGUAGES = ("kk", "ru")
BIN = Path(sys.executable).parent
TRANSLATE = "QCoreApplication.translate"


def ts_path(lang: str, folder: Path = TRANSLATIONS) -> Path:
    return folder / f"debtdesk_{lang}.ts"


def qm_path(lang: str, folder: Path = TRANSLATIONS) -> Path:
    return folder / f"debtdesk_{lang}.qm"


def _tool(name: str) -> str:
    """``pyside6-<name>`` next to the running Python, else on PATH."""
    local = BIN / f"pyside6-{name}"
    found = str(local) if local.exists() else shutil.which(f"pyside6-{name}")
    if not found:
        raise SystemExit(f"pyside6-{name} not found: install PySide6 (Essentials)")
    return found


# --- rewriting the source so lupdate sees every string --------------------------------


@dataclass(frozen=True)
class _Edit:
    start: tuple[int, int]  # (line, byte column), as ast gives them
    end: tuple[int, int]
    text: str


def _dotted(node: ast.expr) -> str:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return f"{_dotted(node.value)}.{node.attr}"
    return ""


def _string_constants(tree: ast.Module) -> dict[str, str]:
    """Module-level ``NAME = "text"`` assignments (contexts held in a constant)."""
    found: dict[str, str] = {}
    for node in tree.body:
        if (
            isinstance(node, ast.Assign)
            and len(node.targets) == 1
            and isinstance(node.targets[0], ast.Name)
            and isinstance(node.value, ast.Constant)
            and isinstance(node.value.value, str)
        ):
            found[node.targets[0].id] = node.value.value
    return found


def _helpers(tree: ast.Module, constants: dict[str, str]) -> dict[str, str]:
    """Module functions ``def f(text): return QCoreApplication.translate("Ctx", text)``."""
    found: dict[str, str] = {}
    for node in tree.body:
        if not isinstance(node, ast.FunctionDef) or len(node.args.args) != 1:
            continue
        body = [stmt for stmt in node.body if not isinstance(stmt, ast.Expr)]
        if len(body) != 1 or not isinstance(body[0], ast.Return):
            continue
        call = body[0].value
        if not (isinstance(call, ast.Call) and _dotted(call.func) == TRANSLATE):
            continue
        if len(call.args) != 2 or not isinstance(call.args[1], ast.Name):
            continue
        if call.args[1].id != node.args.args[0].arg:
            continue
        context = _literal_context(call.args[0], constants)
        if context is not None:
            found[node.name] = context
    return found


def _literal_context(node: ast.expr, constants: dict[str, str]) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.Name):
        return constants.get(node.id)
    return None


def _aliases(function: ast.FunctionDef | ast.AsyncFunctionDef) -> dict[str, str]:
    """``tr = self.tr`` / ``tr = QCoreApplication.translate`` inside one function."""
    found: dict[str, str] = {}
    for node in ast.walk(function):
        if (
            isinstance(node, ast.Assign)
            and len(node.targets) == 1
            and isinstance(node.targets[0], ast.Name)
            and _dotted(node.value) in ("self.tr", TRANSLATE)
        ):
            found[node.targets[0].id] = _dotted(node.value)
    return found


def _edits(tree: ast.Module) -> list[_Edit]:
    constants = _string_constants(tree)
    helpers = _helpers(tree, constants)
    edits: dict[tuple[int, int], _Edit] = {}
    scopes: list[tuple[ast.AST, dict[str, str]]] = [(tree, {})]
    scopes += [
        (node, _aliases(node))
        for node in ast.walk(tree)
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef)
    ]
    # A call inside a nested function is met once per enclosing scope: keyed by
    # position, the innermost scope (walked last) decides.
    for scope, aliases in scopes:
        for node in ast.walk(scope):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            func, first = node.func, node.args[0]
            name = func.id if isinstance(func, ast.Name) else ""
            edit: _Edit | None = None
            if name in aliases:
                edit = _Edit(
                    (func.lineno, func.col_offset),
                    (func.end_lineno or func.lineno, func.end_col_offset or 0),
                    aliases[name],
                )
            elif name in helpers and scope is tree:
                edit = _Edit(
                    (func.lineno, func.col_offset),
                    (first.lineno, first.col_offset),
                    f'{TRANSLATE}("{helpers[name]}", ',
                )
            elif (
                _dotted(func) in (TRANSLATE, "QT_TRANSLATE_NOOP")
                and isinstance(first, ast.Name)
                and first.id in constants
                and scope is tree
            ):
                edit = _Edit(
                    (first.lineno, first.col_offset),
                    (first.end_lineno or first.lineno, first.end_col_offset or 0),
                    f'"{constants[first.id]}"',
                )
            if edit is not None:
                edits[edit.start] = edit
            plural = node.args[3] if len(node.args) > 3 else None
            translate = _dotted(func) == TRANSLATE or aliases.get(name) == TRANSLATE
            if translate and plural is not None and not isinstance(plural, ast.Constant):
                # lupdate marks translate(ctx, text, "", n) plural only for a literal n.
                edits[(plural.lineno, plural.col_offset)] = _Edit(
                    (plural.lineno, plural.col_offset),
                    (plural.end_lineno or plural.lineno, plural.end_col_offset or 0),
                    "1",
                )
    return list(edits.values())


def rewrite(source: str) -> str:
    """The module with aliased and helper translation calls spelled out literally.

    Every line stays where it was (an edit spanning lines keeps its newlines),
    so lupdate's locations are those of the real file.
    """
    tree = ast.parse(source)
    edits = _edits(tree)
    if not edits:
        return source
    lines = source.encode().splitlines(keepends=True)
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line))
    data = b"".join(lines)

    def offset(position: tuple[int, int]) -> int:
        return starts[position[0] - 1] + position[1]

    for edit in sorted(edits, key=lambda e: offset(e.start), reverse=True):
        begin, end = offset(edit.start), offset(edit.end)
        newlines = data[begin:end].count(b"\n")
        data = data[:begin] + edit.text.encode() + b"\n" * newlines + data[end:]
    return data.decode()


def _rewritten_tree(target: Path) -> list[Path]:
    files = []
    for path in sorted(SOURCE.rglob("*.py")):
        copy = target / path.relative_to(REPO)
        copy.parent.mkdir(parents=True, exist_ok=True)
        copy.write_text(rewrite(path.read_text(encoding="utf-8")), encoding="utf-8")
        files.append(copy)
    return files


# --- extraction, compilation, checks --------------------------------------------------


def extract(folder: Path) -> None:
    """Run lupdate over a rewritten copy of ``ui/`` into the .ts files held in ``folder``.

    ``folder`` must be ``<root>/resources/translations`` of a scratch root, so the
    relative locations lupdate writes (``../../ui/…``) hold in the repository too.
    """
    root = folder.parent.parent
    files = _rewritten_tree(root)
    for lang in LANGUAGES:
        ts = ts_path(lang, folder)
        if not ts.exists():
            ts.write_text(
                '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
                f'<TS version="2.1" language="{lang}_KZ"></TS>\n',
                encoding="utf-8",
            )
        command = [_tool("lupdate"), "-silent", "-no-obsolete", "-locations", "relative"]
        command += [str(f) for f in files] + ["-ts", str(ts)]
        subprocess.run(command, check=True, cwd=root)


def compile_qm(ts: Path, qm: Path) -> None:
    """Unfinished translations stay out of the .qm, so the English shows instead of a guess."""
    command = [_tool("lrelease"), "-silent", "-nounfinished", str(ts), "-qm", str(qm)]
    subprocess.run(command, check=True)


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    translations: tuple[str, ...]
    unfinished: bool
    plural: bool


def messages(ts: Path) -> list[Message]:
    """Every message of a .ts file (obsolete and vanished ones excluded)."""
    found = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            kind = translation.get("type", "")
            if kind in ("obsolete", "vanished"):
                continue
            forms = translation.findall("numerusform")
            texts = tuple(f.text or "" for f in forms) if forms else (translation.text or "",)
            found.append(
                Message(
                    name,
                    message.findtext("source") or "",
                    texts,
                    kind == "unfinished" or not all(texts),
                    message.get("numerus") == "yes",
                )
            )
    return found


def problems() -> list[str]:
    """What --check reports: strings missing from the .ts, untranslated, stale .qm."""
    found: list[str] = []
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch) / "resources" / "translations"
        folder.mkdir(parents=True)
        for lang in LANGUAGES:
            if ts_path(lang).exists():
                shutil.copy(ts_path(lang), ts_path(lang, folder))
        extract(folder)
        for lang in LANGUAGES:
            fresh = {(m.context, m.source) for m in messages(ts_path(lang, folder))}
            committed = (
                {(m.context, m.source) for m in messages(ts_path(lang))}
                if ts_path(lang).exists()
                else set()
            )
            found += [f"{lang}: not in the .ts: [{c}] {s!r}" for c, s in sorted(fresh - committed)]
            found += [
                f"{lang}: obsolete in the .ts: [{c}] {s!r}" for c, s in sorted(committed - fresh)
            ]
            for message in messages(ts_path(lang, folder)):
                if message.unfinished:
                    found.append(f"{lang}: untranslated: [{message.context}] {message.source!r}")
            qm = qm_path(lang, folder)
            compile_qm(ts_path(lang), qm)
            if not qm_path(lang).exists() or qm_path(lang).read_bytes() != qm.read_bytes():
                found.append(f"{lang}: {qm_path(lang).name} is stale: run tools/qt_catalogs.py")
    return found


def update() -> list[str]:
    """Re-extract into the committed .ts files, compile them; the gaps left to translate."""
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch) / "resources" / "translations"
        folder.mkdir(parents=True)
        for lang in LANGUAGES:
            if ts_path(lang).exists():
                shutil.copy(ts_path(lang), ts_path(lang, folder))
        extract(folder)
        for lang in LANGUAGES:
            shutil.copy(ts_path(lang, folder), ts_path(lang))
    gaps = []
    for lang in LANGUAGES:
        compile_qm(ts_path(lang), qm_path(lang))
        gaps += [
            f"{lang}: untranslated: [{m.context}] {m.source!r}"
            for m in messages(ts_path(lang))
            if m.unfinished
        ]
    return gaps


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--check", action="store_true", help="change nothing; fail on gaps or stale .qm"
    )
    args = parser.parse_args(argv)
    found = problems() if args.check else update()
    for line in found:
        print(line)
    if found:
        print(f"{len(found)} problem(s)" if args.check else f"{len(found)} string(s) to translate")
        return 1
    print("Qt catalogs complete" if args.check else "Qt catalogs updated and compiled")
    return 0


if __name__ == "__main__":
    sys.exit(main())
