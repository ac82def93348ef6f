"""The rule that holds the layers together: the core ``debtdesk`` never imports Qt or ``ui``."""

from __future__ import annotations

import ast
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
CORE = REPO / "debtdesk"
FORBIDDEN = ("PySide6", "shiboken6", "ui")
LINT_IMPORTS = Path(sys.executable).parent / "lint-imports"


def lint_imports(cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    return subprocess.run(
        [str(LINT_IMPORTS), "--no-cache"],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def forbidden_imports(source: str, filename: str = "<source>") -> list[str]:
    """Every import of a forbidden package in ``source``, as ``line: name``.

    Catches plain and ``from`` imports at any depth (inside functions too: "not
    even lazily"), and ``importlib.import_module`` / ``__import__`` with a
    literal name.
    """
    found = []
    for node in ast.walk(ast.parse(source, filename)):
        names: list[str] = []
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names = [node.module]
        elif isinstance(node, ast.Call) and node.args:
            func = node.func
            called = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            first = node.args[0]
            if called in ("import_module", "__import__") and isinstance(first, ast.Constant):
                names = [str(first.value)]
        for name in names:
            if name.split(".")[0] in FORBIDDEN:
                found.append(f"{node.lineno}: {name}")
    return found


def test_import_contract_is_kept() -> None:
    result = lint_imports(REPO)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout


def test_no_core_module_imports_qt_or_ui() -> None:
    offenders = {}
    for path in sorted(CORE.rglob("*.py")):
        found = forbidden_imports(path.read_text(encoding="utf-8"), str(path))
        if found:
            offenders[str(path.relative_to(REPO))] = found
    assert offenders == {}


@pytest.mark.parametrize(
    "source",
    [
        "import PySide6",
        "from PySide6.QtWidgets import QMessageBox",
        "import shiboken6",
        "from ui import operations",
        "import ui.app as app",
        "def later():\n    from PySide6 import QtCore\n",
        "import importlib\nimportlib.import_module('PySide6.QtGui')",
        "__import__('ui.launcher')",
    ],
)
def test_scan_finds_every_kind_of_import(source: str) -> None:
    assert forbidden_imports(source)


@pytest.mark.parametrize(
    "source", ["import uuid", "from debtdesk import ui_texts", "from . import ui", "import sqlite3"]
)
def test_scan_leaves_allowed_imports_alone(source: str) -> None:
    assert forbidden_imports(source) == []


def test_contract_breaks_when_the_core_imports_the_ui(tmp_path: Path) -> None:
    # The same contract on a copy of the code with one offending module added:
    # proves the check can fail, i.e. that the contract is really declared.
    for name in ("debtdesk", "ui"):
        shutil.copytree(REPO / name, tmp_path / name, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(REPO / "pyproject.toml", tmp_path)
    (tmp_path / "debtdesk" / "contract_probe.py").write_text(
        '"""Breaks the contract on purpose."""\n\nfrom ui import launcher\n'
    )
    result = lint_imports(tmp_path)
    assert result.returncode != 0, result.stdout
    assert "debtdesk.contract_probe -> ui" in result.stdout
