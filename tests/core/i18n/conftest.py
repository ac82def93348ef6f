"""Fixtures for the language tests: the core's language is put back after each test."""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest

from debtdesk import i18n

REPO = Path(__file__).resolve().parents[3]


@pytest.fixture(autouse=True)
def english_again() -> Iterator[None]:
    """Each test starts and ends with the core speaking English, whatever it set."""
    before = i18n.current_language()
    i18n.set_language("en")
    yield
    i18n.set_language(before)


@pytest.fixture(scope="session")
def catalogs() -> ModuleType:
    """``tools/catalogs.py``, the one command that extracts, merges and compiles."""
    path = REPO / "tools" / "catalogs.py"
    spec = importlib.util.spec_from_file_location("debtdesk_tools_catalogs", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module
