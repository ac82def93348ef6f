"""Storage: engine factory, sessions, migrations, backups."""

from debtdesk.db.database import Database, open_database
from debtdesk.db.engine import default_database_path, make_engine, resolve_url

__all__ = ["Database", "default_database_path", "make_engine", "open_database", "resolve_url"]
