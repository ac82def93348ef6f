"""A database whose opening waits until the window is on screen.

The window's first screen is read by ``debtdesk.first_screen`` (the standard
library's ``sqlite3``, no SQLAlchemy); meanwhile this stands where the
``Database`` will be. ``open()`` opens it - once, from whichever thread asks
first; other threads wait for that one - and every attribute a caller asks
for that is not known without opening (``session``, ``engine``…) opens it
first, so code written for a ``Database`` works unchanged, only later.

The window starts ``open()`` in a thread right after its first paint, so by
the time a person types a search the database is usually open; if not, that
search waits for it (about a second on an old laptop, once).
"""

from __future__ import annotations

import logging
import sqlite3
import threading
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from debtdesk.db.database import Database
    from debtdesk.first_screen import FirstScreen

log = logging.getLogger(__name__)

# Opens the real database for an advisor (e.g. ``open_database`` with its options).
Opener = Callable[[str | None], "Database"]
T = TypeVar("T")


class DeferredDatabase:
    """Where the data is, who works on it, and the first screen, until ``open()``."""

    def __init__(
        self,
        url: str,
        advisor: str | None,
        first: FirstScreen,
        opener: Opener,
        warm_ups: Sequence[Callable[[], object]] = (),
        settle_ups: Sequence[Callable[[], object]] = (),
    ) -> None:
        """``warm_ups`` run right after the open, before anyone is told it is open
        (what the first search needs); ``settle_ups`` after that, in ``settle``
        (what screens beyond the first need: the letters). Both load modules in the
        opening thread, so no other thread imports the same ones meanwhile: a
        caller about to import such a screen calls ``settle`` first."""
        self.url = url
        self._warm_ups = tuple(warm_ups)
        self._settle_ups = tuple(settle_ups)
        self._settled = False
        self._settle_lock = threading.Lock()
        self._advisor = advisor
        self._first: FirstScreen | None = first
        self._first_failed = False  # a read failed: the usual path from then on
        self._path = first.path
        self._opener = opener
        self._db: Database | None = None
        self._error: BaseException | None = None
        self._lock = threading.Lock()

    # -- known without opening ----------------------------------------------------

    @property
    def advisor(self) -> str | None:
        return self._db.advisor if self._db is not None else self._advisor

    @advisor.setter
    def advisor(self, name: str | None) -> None:
        with self._lock:
            self._advisor = name
            if self._db is not None:
                self._db.advisor = name

    @property
    def is_sqlite(self) -> bool:
        return True  # only a plain SQLite file has a first screen

    @property
    def path(self) -> Path | None:
        return self._path

    @property
    def display(self) -> str:
        return str(self.path)

    @property
    def passphrase(self) -> str | None:
        return None  # an encrypted file is opened the usual way

    @property
    def read_only_reason(self) -> str | None:
        # The first screen reads only files at this program's schema: never newer.
        return self._db.read_only_reason if self._db is not None else None

    @property
    def opened(self) -> bool:
        return self._db is not None

    def first_screen(self) -> FirstScreen | None:
        """The first screen's reader while the database is not open yet, else None.

        Its read-only connection stays open, idle, until ``dispose``: closing it
        from the opening thread could pull it from under a read on the GUI thread.
        """
        return self._first if self._db is None and not self._first_failed else None

    def read_first(self, read: Callable[[FirstScreen], T]) -> tuple[T] | None:
        """``(read(first_screen),)`` while the first screen can answer, else None.

        None also when the read fails (the file locked by another program at
        that moment, a damaged page): the failure is logged and the first screen
        given up, so this caller and every later one take the usual path, which
        opens the database and reports what is wrong with it in its own words.
        Nothing was lost: the first screen only reads.
        """
        first = self.first_screen()
        if first is None:
            return None
        try:
            return (read(first),)
        except sqlite3.Error as exc:
            log.warning("the first screen could not be read (%s): opening the database", exc)
            self._first_failed = True
            return None

    # -- opening ------------------------------------------------------------------

    def open(self) -> Database:
        """The real database, opened now if no thread has opened it yet.

        A failure is kept and raised again to every later caller: the window
        reports it once and closes, as if the usual open had failed.
        """
        db = self._db
        if db is not None:
            return db
        with self._lock:
            if self._db is None:
                if self._error is not None:
                    raise self._error
                try:
                    db = self._opener(self._advisor)
                except BaseException as exc:
                    self._error = exc
                    raise
                _head_start(self._warm_ups)
                self._db = db
            return self._db

    @property
    def settled(self) -> bool:
        """Whether ``settle`` has run: open, and what screens beyond the first need loaded."""
        return self._settled

    def settle(self) -> Database:
        """``open``, then the settle-ups (once, in whichever thread asks first).

        The opening thread calls it after ``open``; a caller about to import a
        screen beyond the first calls it too and waits for that thread's imports.
        """
        db = self.open()
        if self._settled:
            return db
        with self._settle_lock:
            if not self._settled:
                _head_start(self._settle_ups)
                self._settled = True
        return db

    def dispose(self) -> None:
        """Close what is open: the database if it was opened, else the first screen's file."""
        with self._lock:
            if self._db is not None:
                self._db.dispose()
            if self._first is not None:
                self._first.close()
                self._first = None

    def __getattr__(self, name: str) -> Any:
        # Only names not defined above arrive here: they need the real database.
        if name.startswith("_"):
            raise AttributeError(name)
        return getattr(self.open(), name)


def _head_start(steps: Sequence[Callable[[], object]]) -> None:
    """Run ``steps``, loading what comes next; a failure is only logged (the real use
    of what failed to load raises, and is reported, where it is needed)."""
    for step in steps:
        try:
            step()
        except Exception as exc:
            log.warning("loading ahead after the open failed: %s", exc)
