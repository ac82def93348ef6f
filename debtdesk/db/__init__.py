"""Storage: engine factory, sessions, migrations, backups.

The names below are loaded on first use (PEP 562): the window's first screen
reads a SQLite file through ``debtdesk.first_screen`` before SQLAlchemy is
imported, and importing a light module of this package (``crypto``,
``deferred``) must not bring the engine with it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from debtdesk.lazy import attributes_from

if TYPE_CHECKING:
    from debtdesk.db.database import Database, open_database
    from debtdesk.db.engine import default_database_path, make_engine, resolve_url

__all__ = ["Database", "default_database_path", "make_engine", "open_database", "resolve_url"]

_HOMES = {
    "Database": "database",
    "open_database": "database",
    "default_database_path": "engine",
    "make_engine": "engine",
    "resolve_url": "engine",
}


__getattr__ = attributes_from(__name__, _HOMES)
