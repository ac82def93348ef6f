"""Encryption at rest of SQLite files with SQLCipher (``sqlcipher3``).

An encrypted file has no plain header: a plain SQLite file starts with
``SQLite format 3\\0``, an SQLCipher file with random salt. That is how the
core tells them apart without a passphrase.

The passphrase lives only in memory (the engine's connection factory and the
``Database`` that opened it). It is never put into a URL, a log line or a file:
SQLAlchemy's URL would show up in messages, so encrypted engines are built with
a ``creator`` instead of ``sqlite+pysqlcipher://:passphrase@/path``.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import closing, contextmanager
from pathlib import Path
from typing import Any

from debtdesk.errors import StorageError, ValidationError, WrongPassphrase
from debtdesk.i18n import _

SQLITE_HEADER = b"SQLite format 3\x00"
MIN_NEW_PASSPHRASE = 8
# Files SQLite keeps beside a database; a plain one left there would hold plain pages.
SIDE_SUFFIXES = ("-wal", "-shm", "-journal")


def dbapi() -> Any:
    """The ``sqlcipher3`` DB-API module, imported on first use (it is a C extension)."""
    import sqlcipher3.dbapi2

    return sqlcipher3.dbapi2


def is_encrypted(path: Path) -> bool:
    """True when ``path`` holds data without the plain SQLite header.

    A missing or empty file is a new database, not an encrypted one. A file
    that is neither SQLite nor SQLCipher also counts as encrypted: opening it
    then fails with "wrong passphrase or not a debtdesk database".
    """
    try:
        with open(path, "rb") as f:
            head = f.read(len(SQLITE_HEADER))
    except FileNotFoundError:
        return False
    return bool(head) and head != SQLITE_HEADER


def check_passphrase(passphrase: str, *, new: bool = False) -> str:
    """The passphrase if usable; a new one must be long enough to resist guessing."""
    if not passphrase:
        raise ValidationError("passphrase", _("the passphrase is empty"))
    if "\x00" in passphrase:
        raise ValidationError("passphrase", _("the passphrase contains a NUL character"))
    if new and len(passphrase) < MIN_NEW_PASSPHRASE:
        raise ValidationError(
            "passphrase",
            _("a new passphrase needs at least {n} characters").format(n=MIN_NEW_PASSPHRASE),
        )
    return passphrase


def quoted(passphrase: str) -> str:
    """The passphrase as an SQL string literal (PRAGMA key takes no bound parameters)."""
    return "'" + passphrase.replace("'", "''") + "'"


def key_connection(conn: Any, passphrase: str) -> None:
    """Give ``conn`` its key; the first read after this tells whether it was right."""
    # SQLCipher writes a wrong key's HMAC failures to stderr unless told not to.
    conn.execute("PRAGMA cipher_log_level = NONE")
    conn.execute(f"PRAGMA key = {quoted(check_passphrase(passphrase))}")


def connect(path: Path, passphrase: str, *, read_only: bool = False, **kwargs: Any) -> Any:
    """An SQLCipher connection to ``path``, keyed and proven to decrypt it.

    A wrong key raises ``WrongPassphrase`` and leaves the file untouched (with
    ``read_only`` SQLite cannot even create a journal beside it).
    """
    module = dbapi()
    target = path.resolve().as_uri() + ("?mode=ro" if read_only else "")
    conn = module.connect(target, uri=True, **kwargs)
    try:
        key_connection(conn, passphrase)
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except module.DatabaseError as exc:
        conn.close()
        raise WrongPassphrase(path) from exc
    except BaseException:
        conn.close()
        raise
    return conn


@contextmanager
def opened(path: Path, passphrase: str | None, *, read_only: bool = True) -> Iterator[Any]:
    """A DB-API connection to a plain (``passphrase`` None) or encrypted file, closed after."""
    if passphrase is None:
        import sqlite3

        target = path.resolve().as_uri() + ("?mode=ro" if read_only else "")
        with closing(sqlite3.connect(target, uri=True)) as conn:
            yield conn
    else:
        with closing(connect(path, passphrase, read_only=read_only)) as conn:
            yield conn


def export_encrypted(source: Path, dest: Path, passphrase: str) -> None:
    """Write an encrypted copy of the plain database ``source`` to the new file ``dest``.

    ``sqlcipher_export`` copies schema, rows and settings into an attached
    encrypted database; the alembic revision is a table, so it travels too.
    """
    if dest.exists():
        raise FileExistsError(dest)
    module = dbapi()
    with closing(module.connect(source.resolve().as_uri() + "?mode=ro", uri=True)) as conn:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute("ATTACH DATABASE ? AS encrypted KEY ?", (str(dest), passphrase))
        conn.execute("SELECT sqlcipher_export('encrypted')")
        conn.execute("DETACH DATABASE encrypted")


def table_counts(conn: Any) -> dict[str, int]:
    """Rows per table: the cheap proof that a copy holds what the original held."""
    names = [
        row[0]
        for row in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        )
    ]
    return {
        name: conn.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0] for name in sorted(names)
    }


def fsync_file(path: Path) -> None:
    with open(path, "rb+") as f:
        os.fsync(f.fileno())


def fsync_dir(path: Path) -> None:
    """Make a rename in ``path`` durable (POSIX; Windows has no directory handles)."""
    if os.name != "posix":
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def swap_in(new: Path, path: Path, aside: Path) -> Path | None:
    """Put ``new`` at ``path``; the file that was there (with its WAL) ends up at ``aside``.

    A hard link keeps the old file reachable while ``os.replace`` swaps the new
    one in atomically, so ``path`` is never missing; where links are not
    supported (FAT on a USB stick) the old file is renamed first. The old WAL
    goes along with it: left beside the new file, SQLite would replay it there.
    Returns ``aside``, or None when nothing was at ``path``.
    """
    if aside.exists():
        raise FileExistsError(aside)
    existed = path.exists()
    linked = False
    if existed:
        try:
            os.link(path, aside)
            linked = True
        except OSError:
            linked = False
    for suffix in SIDE_SUFFIXES:
        side = path.with_name(path.name + suffix)
        if not side.exists():
            continue
        if suffix == "-shm":  # only an index of the WAL, rebuilt by SQLite
            side.unlink()
        else:
            os.replace(side, aside.with_name(aside.name + suffix))
    if existed and not linked:
        os.replace(path, aside)
    os.replace(new, path)
    fsync_dir(path.parent)
    if aside.parent != path.parent:
        fsync_dir(aside.parent)
    return aside if existed else None


def checkpoint(path: Path) -> None:
    """Fold a plain database's WAL into its main file (nothing is lost if it cannot)."""
    import sqlite3

    with closing(sqlite3.connect(path)) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()


def verify_copy(copy: Path, passphrase: str | None, expected: dict[str, int]) -> None:
    """Refuse a copy that fails the full integrity check or lost a row anywhere."""
    with opened(copy, passphrase) as conn:
        result = [row[0] for row in conn.execute("PRAGMA integrity_check")]
        counts = table_counts(conn)
    if result != ["ok"]:
        raise StorageError(
            _("the copy {path} failed its integrity check: {why}").format(
                path=copy, why="; ".join(result[:3])
            )
        )
    if counts != expected:
        raise StorageError(
            _("the copy {path} does not hold the same rows as the original").format(path=copy)
        )


def encrypt_file(path: Path, passphrase: str) -> None:
    """Replace the plain database ``path`` by an encrypted copy; no plain file is left.

    The copy is written beside it, checked (integrity and row counts per
    table), then swapped in; only then is the plain file wiped and deleted.
    Any failure before the swap leaves the plain file as it was.
    """
    check_passphrase(passphrase, new=True)
    if is_encrypted(path):
        raise ValidationError("passphrase", _("{path} is already encrypted").format(path=path))
    checkpoint(path)
    with opened(path, None) as conn:
        expected = table_counts(conn)
    tmp = path.with_name(path.name + ".encrypting")
    aside = path.with_name(path.name + ".plain")
    for leftover in (tmp, aside):  # from an attempt that was cut off
        if leftover.exists():
            remove_plain(leftover)
    try:
        export_encrypted(path, tmp, passphrase)
        fsync_file(tmp)
        verify_copy(tmp, passphrase, expected)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    swap_in(tmp, path, aside)
    remove_plain(aside)


def rekey_file(path: Path, old: str, new: str) -> None:
    """Change the passphrase of the encrypted file ``path`` (``PRAGMA rekey``, in place).

    SQLCipher re-encrypts every page inside one transaction: a crash midway
    leaves the file under the old passphrase.
    """
    check_passphrase(new, new=True)
    with closing(connect(path, old)) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
        conn.execute(f"PRAGMA rekey = {quoted(new)}")
    with opened(path, new) as conn:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()


def remove_plain(path: Path) -> None:
    """Delete a plain database file and the files SQLite keeps beside it.

    The contents are overwritten with zeros first. That only helps on a
    spinning disk without journaling of data: an SSD, a copy-on-write file
    system or a snapshot may keep the old blocks anyway (docs/SECURITY.md).
    """
    for victim in (path, *(path.with_name(path.name + s) for s in SIDE_SUFFIXES)):
        if not victim.exists():
            continue
        size = victim.stat().st_size
        with open(victim, "rb+") as f:
            block = b"\x00" * (1 << 20)
            done = 0
            while done < size:
                done += f.write(block[: min(len(block), size - done)])
            f.flush()
            os.fsync(f.fileno())
        victim.unlink()
