"""The shared door: one session per user action, driver failures as StorageError."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from sqlalchemy.exc import DBAPIError

from debtdesk.errors import StorageError

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from debtdesk.db.database import Database

__all__ = ["action"]


@contextmanager
def action(db: Database) -> Iterator[Session]:
    """One session for one user action, with driver failures turned into StorageError."""
    try:
        with db.session() as session:
            yield session
    except DBAPIError as exc:
        first_line = str(getattr(exc, "orig", exc)).strip().splitlines()[:1]
        why = first_line[0] if first_line else type(exc).__name__
        message = QCoreApplication.translate("operations", "The database {db} failed: {why}")
        raise StorageError(message.format(db=db.display, why=why)) from exc
