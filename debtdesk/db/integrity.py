"""Is a SQLite file whole? The quick check on open, and finding a good backup.

``PRAGMA quick_check`` reads every page and checks the b-trees, but not that
each index matches its table (what ``integrity_check`` adds, several times
slower). That is the check on every open; a backup about to be restored gets
the full one.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from debtdesk.db import crypto, migrate
from debtdesk.db.backup import list_backups
from debtdesk.errors import DebtdeskError, PassphraseRequired, StorageError
from debtdesk.i18n import _

OK = ["ok"]
# SQLite's words for a file whose pages do not make sense.
DAMAGE_SIGNS = ("malformed", "not a database", "corrupt", "disk image")


def check(conn: Any, *, full: bool = False) -> list[str]:
    """The problems SQLite finds in the open database ``conn`` (empty: none)."""
    pragma = "integrity_check" if full else "quick_check"
    rows = [str(row[0]) for row in conn.execute(f"PRAGMA {pragma}").fetchall()]
    if rows == OK:
        return []
    # One problem a line, without SQLite's "*** in database main ***" headings.
    lines = [line for row in rows for line in row.splitlines() if not line.startswith("***")]
    return lines or rows


def is_damage(exc: BaseException) -> bool:
    """True when a DB-API error says the file is damaged (not locked, not missing)."""
    text = str(getattr(exc, "orig", None) or exc).lower()
    return any(sign in text for sign in DAMAGE_SIGNS)


def file_problems(path: Path, passphrase: str | None, *, full: bool = False) -> list[str]:
    """What is wrong with the database file ``path``; raises WrongPassphrase for a wrong key."""
    import sqlite3

    errors: tuple[type[BaseException], ...] = (sqlite3.DatabaseError,)
    if passphrase is not None:
        errors += (crypto.dbapi().DatabaseError,)
    try:
        with crypto.opened(path, passphrase) as conn:
            return check(conn, full=full)
    except errors as exc:
        return [str(exc)]


def probe_problems(path: Path, passphrase: str | None) -> list[str]:
    """What a cheap read-only look at ``path`` finds: its header and its schema pages.

    For a fast start the full quick check runs after the window is up; until
    then this keeps a file whose first pages are gone from being opened for
    writing (where a leftover WAL could be checkpointed into it). A wrong key
    raises WrongPassphrase; a locked or missing file is left to the real open.
    """
    import sqlite3

    errors: tuple[type[BaseException], ...] = (sqlite3.DatabaseError,)
    if passphrase is not None:
        errors += (crypto.dbapi().DatabaseError,)
    try:
        with crypto.opened(path, passphrase) as conn:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except errors as exc:
        return [str(exc)] if is_damage(exc) else []
    return []


def revision_of(path: Path, passphrase: str | None) -> str | None:
    """The alembic revision stored in the file, or None when it has no schema."""
    with crypto.opened(path, passphrase) as conn:
        has_table = conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
        ).fetchone()
        if not has_table:
            return None
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    return str(row[0]) if row else None


def known_revision(revision: str | None) -> bool:
    if revision is None:
        return False
    return revision in migrate.shipped_revisions()


def verify_backup(path: Path, passphrase: str | None, *, full: bool = True) -> str:
    """The schema revision of a backup fit to restore; else a DebtdeskError saying why.

    Fit: it opens (with ``passphrase`` when encrypted), passes the integrity
    check, and holds a debtdesk schema at a revision this program knows.
    """
    if not path.is_file():
        raise DebtdeskError(_("no backup file at {path}").format(path=path))
    encrypted = crypto.is_encrypted(path)
    key = passphrase if encrypted else None
    if encrypted and passphrase is None:
        raise PassphraseRequired(path)
    problems = file_problems(path, key, full=full)
    if problems:
        raise StorageError(
            _("the backup {path} is damaged: {why}").format(path=path, why=problems[0])
        )
    revision = revision_of(path, key)
    if not known_revision(revision):
        raise StorageError(
            _("{path} is not a debtdesk database this version knows (schema {rev})").format(
                path=path, rev=revision or "-"
            )
        )
    assert revision is not None
    return revision


def newest_good_backup(database: Path, passphrase: str | None) -> Path | None:
    """The newest backup of ``database`` that passes ``verify_backup`` (quick check)."""
    for backup in list_backups(database):
        try:
            verify_backup(backup.path, passphrase, full=False)
        except DebtdeskError:
            continue
        return backup.path
    return None
