"""Storage: engine factory, sessions, migrations, backups.

The names below are loaded on first use (PEP 562): the window's first screen
reads a SQLite file through ``debtdesk.first_screen`` before SQLAlchemy is
imported, and importing a light module of this package (``crypto``,
``deferred``) must not bring the engine with it.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from debtdesk.db.database import Database, open_database
    from debtdesk.db.engine import default_database_path, make_engine, resolve_url

__all__ = ["Database", "default_database_path", "make_engine", "open_database", "resolve_url"]

_HOMES = {
    "Database": "debtdesk.db.database",
    "open_database": "debtdesk.db.database",
    "default_database_path": "debtdesk.db.engine",
    "make_engine": "debtdesk.db.engine",
    "resolve_url": "debtdesk.db.engine",
}


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(home), name)
