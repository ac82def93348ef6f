"""Package attributes imported on first use (PEP 562), for packages on the start-up path.

A package's ``__init__`` that imports its modules at once makes every light
import of one of them (``debtdesk.db.crypto``, ``debtdesk.deadlines.rules``)
pay for all the others: the database layer, the PDF pipeline. Such a package
names where each of its attributes lives and hands ``__getattr__`` to this.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping
from typing import Any


def attributes_from(package: str, homes: Mapping[str, str]) -> Callable[[str], Any]:
    """A module ``__getattr__`` for ``package``: ``name`` from submodule ``homes[name]``."""

    def __getattr__(name: str) -> Any:
        home = homes.get(name)
        if home is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        return getattr(importlib.import_module(f"{package}.{home}"), name)

    return __getattr__
