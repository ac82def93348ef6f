"""The shared door: one session per user action, driver failures as StorageError.

Besides ``action``, the few steps that several areas' operations take alike:
a form that names an institution (a loan's creditor, a proceeding's court)
rather than choosing it from a list, and saves a record that refers to it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QCoreApplication

from debtdesk.errors import StorageError, ValidationError

if TYPE_CHECKING:
    from sqlalchemy.orm import InstrumentedAttribute, Session

    from debtdesk.db.database import Database

__all__ = ["NamedInstitution", "action", "known_names", "ready", "save_naming"]


def ready(db: Database) -> None:
    """Wait until a database opening behind the first screen is open and warmed up.

    Call it before importing what a screen beyond the first one needs (a page,
    a case file, a dialog): the opening thread imports the database layer and
    the letters meanwhile (``debtdesk.db.deferred``), and two threads importing
    a package that imports itself in a circle can see it half-made. Returns at
    once for a database opened the usual way.
    """
    from debtdesk.db.deferred import DeferredDatabase

    if isinstance(db, DeferredDatabase):
        db.settle()


@contextmanager
def action(db: Database) -> Iterator[Session]:
    """One session for one user action, with driver failures turned into StorageError."""
    # Imported here, not at the top: the window's first screen is read before
    # SQLAlchemy is loaded (``debtdesk.first_screen``); any action loads it anyway.
    from sqlalchemy.exc import DBAPIError

    try:
        with db.session() as session:
            yield session
    except DBAPIError as exc:
        first_line = str(getattr(exc, "orig", exc)).strip().splitlines()[:1]
        why = first_line[0] if first_line else type(exc).__name__
        message = QCoreApplication.translate("operations", "The database {db} failed: {why}")
        raise StorageError(message.format(db=db.display, why=why)) from exc


def known_names(
    db: Database, name: InstrumentedAttribute[str], key: InstrumentedAttribute[str]
) -> list[str]:
    """Every ``name`` on record, in ``key`` order: the choices of a form's completer."""
    from sqlalchemy import select

    with action(db) as s:
        return list(s.scalars(select(name).order_by(key)))


class _Record(Protocol):
    id: int


class NamedInstitution(Protocol):
    """How a form names what its record refers to: ``find_or_create(session, name)``."""

    def __call__(self, session: Session, name: str, /) -> _Record: ...


def save_naming(
    db: Database,
    record_id: int | None,
    values: Mapping[str, Any],
    *,
    name_field: str,
    id_field: str,
    find_or_create: NamedInstitution,
    create: Callable[[Session, dict[str, Any]], _Record],
    update: Callable[[Session, int, dict[str, Any]], object],
) -> int:
    """Create (``record_id`` None) or change a record whose form names an institution.

    The form's ``name_field`` (say "creditor") becomes the service's ``id_field``
    ("creditor_id") in the same action: a name the database does not know yet
    becomes a new institution, so an advisor never leaves the form to add a bank
    first, and a blank name clears the link. The institution's own refusal of
    the name is reported on the form's field, where the advisor typed it.
    """
    values = dict(values)
    with action(db) as s:
        if name_field in values:
            values[id_field] = _institution_id(
                s, values.pop(name_field), find_or_create, name_field
            )
        if record_id is None:
            return create(s, values).id
        update(s, record_id, values)
        return record_id


def _institution_id(
    session: Session, name: Any, find_or_create: NamedInstitution, name_field: str
) -> int | None:
    """The id of the institution called ``name``, created if new; None for a blank name."""
    if name is None or not str(name).strip():
        return None
    try:
        return find_or_create(session, str(name).strip()).id
    except ValidationError as exc:  # the institution's own "name" is the form's field
        raise ValidationError(name_field, exc.message) from exc
