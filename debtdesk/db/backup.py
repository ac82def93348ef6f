"""Copies of a SQLite database made with SQLite's online backup API, and their rotation.

A plain file copy of a database in WAL mode can miss what is still in the
WAL file; the backup API copies a consistent snapshot. An encrypted database
is copied page by page into a file keyed with the same passphrase, so its
backups are encrypted too.

Backups live in ``backups/`` beside the database and are named
``<stem>-<label>-<YYYYmmdd-HHMMSS-ffffff><suffix>``; the label says why one
was made (``auto`` on close, ``manual``, ``pre-<revision>`` before a
migration, ``replaced`` for a database a restore moved aside). Only ``auto``
backups are rotated; the others are kept until someone deletes them.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterable
from contextlib import closing
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from debtdesk.db import crypto
from debtdesk.errors import DamagedDatabase, WrongPassphrase

if TYPE_CHECKING:
    from debtdesk.db.database import Database

AUTO = "auto"
MANUAL = "manual"
REPLACED = "replaced"
_STAMP = "%Y%m%d-%H%M%S-%f"
_LABEL = r"auto|manual|replaced|pre-[0-9a-f]{1,32}"


def backup_sqlite(source: Path, dest: Path, passphrase: str | None = None) -> Path:
    """Copy the database at ``source`` to ``dest`` (which must not exist yet).

    With ``passphrase`` (the source's own) the copy is encrypted with it.
    Written as ``dest.part`` and renamed, so a cut-off backup never looks whole.
    """
    dest.parent.mkdir(parents=True, exist_ok=True)
    if dest.exists():
        raise FileExistsError(dest)
    tmp = dest.with_name(dest.name + ".part")
    tmp.unlink(missing_ok=True)
    try:
        with crypto.opened(source, passphrase) as src:
            if passphrase is None:
                out = sqlite3.connect(tmp)
            else:
                out = crypto.dbapi().connect(str(tmp))
                crypto.key_connection(out, passphrase)
            with closing(out):
                src.backup(out)
                # One self-contained file (no -wal beside it) to copy to a stick
                # or open read-only; a restored copy gets WAL back on open.
                out.execute("PRAGMA journal_mode=DELETE").fetchall()
        crypto.fsync_file(tmp)
        tmp.replace(dest)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return dest


def backup_dir(database: Path) -> Path:
    return database.parent / "backups"


def timestamped_name(database: Path, label: str, now: datetime | None = None) -> str:
    stamp = (now or datetime.now()).strftime(_STAMP)
    return f"{database.stem}-{label}-{stamp}{database.suffix}"


@dataclass(frozen=True)
class BackupFile:
    """One file in the backup folder of a database, with what its name says."""

    path: Path
    label: str
    made: datetime


def list_backups(database: Path, labels: Iterable[str] | None = None) -> list[BackupFile]:
    """The backups of ``database`` in its backup folder, newest first."""
    folder = backup_dir(database)
    if not folder.is_dir():
        return []
    pattern = re.compile(
        rf"{re.escape(database.stem)}-(?P<label>{_LABEL})-(?P<stamp>\d{{8}}-\d{{6}}-\d{{6}})"
        rf"{re.escape(database.suffix)}"
    )
    wanted = set(labels) if labels is not None else None
    found = []
    for path in folder.iterdir():
        match = pattern.fullmatch(path.name)
        if match is None or (wanted is not None and match["label"] not in wanted):
            continue
        found.append(BackupFile(path, match["label"], datetime.strptime(match["stamp"], _STAMP)))
    return sorted(found, key=lambda b: b.made, reverse=True)


@dataclass(frozen=True)
class RotationPolicy:
    """How many automatic backups to keep: the newest of each of the last days and weeks.

    The defaults keep a week of days and two months of weeks: enough to go
    back before a mistake noticed late, small enough for a laptop disk.
    """

    daily: int = 7
    weekly: int = 8


def keep(backups: list[BackupFile], policy: RotationPolicy) -> set[Path]:
    """The backups ``policy`` keeps among ``backups`` (newest first)."""
    kept: set[Path] = set()
    for count, period in ((policy.daily, _day), (policy.weekly, _week)):
        seen: list[object] = []
        for backup in backups:
            key = period(backup.made.date())
            if key in seen:
                continue
            if len(seen) == count:
                break
            seen.append(key)
            kept.add(backup.path)
    return kept


def _day(day: date) -> object:
    return day


def _week(day: date) -> object:
    return day.isocalendar()[:2]


def rotate(database: Path, policy: RotationPolicy) -> list[Path]:
    """Delete the automatic backups ``policy`` does not keep; returns what went."""
    backups = list_backups(database, [AUTO])
    kept = keep(backups, policy)
    removed = []
    for backup in backups:
        if backup.path not in kept:
            backup.path.unlink(missing_ok=True)
            removed.append(backup.path)
    return removed


def make_backup(
    database: Path, label: str, passphrase: str | None = None, now: datetime | None = None
) -> Path:
    """A new backup of ``database`` in its backup folder."""
    dest = backup_dir(database) / timestamped_name(database, label, now)
    return backup_sqlite(database, dest, passphrase)


def plain_copies(database: Path) -> list[Path]:
    """Unencrypted backups of ``database`` (and cut-off ``.part`` files) in its backup folder."""
    found = [b.path for b in list_backups(database) if not crypto.is_encrypted(b.path)]
    folder = backup_dir(database)
    if folder.is_dir():
        prefix = database.stem + "-"
        found += [
            p for p in folder.iterdir() if p.name.startswith(prefix) and p.name.endswith(".part")
        ]
    return found


def encrypt_copies(database: Path, passphrase: str, *, remove: bool) -> list[Path]:
    """Encrypt (or, with ``remove``, delete) every plain copy beside ``database``.

    Run after the database itself is encrypted, so no plain copy of it stays.
    """
    handled = []
    for path in plain_copies(database):
        if remove or path.name.endswith(".part"):
            crypto.remove_plain(path)
        else:
            crypto.encrypt_file(path, passphrase)
        handled.append(path)
    return handled


def rekey_copies(database: Path, old: str, new: str) -> tuple[list[Path], list[Path]]:
    """Move the encrypted backups of ``database`` from ``old`` to ``new``.

    Returns (changed, skipped): a backup ``old`` does not open (made under an
    even older passphrase) is left as it is and reported.
    """
    changed, skipped = [], []
    for backup in list_backups(database):
        if not crypto.is_encrypted(backup.path):
            continue
        try:
            crypto.rekey_file(backup.path, old, new)
        except WrongPassphrase:
            skipped.append(backup.path)
            continue
        changed.append(backup.path)
    return changed, skipped


def backup_on_close(
    db: Database, *, policy: RotationPolicy | None = None, now: datetime | None = None
) -> Path | None:
    """The automatic backup the app makes when it closes a SQLite database, then rotation.

    Returns the new backup, or None when there is nothing of ours to copy: a
    PostgreSQL database is backed up by its server's keeper (pg_dump,
    docs/SECURITY.md), and a read-only or damaged file is not copied over
    good backups.
    """
    path = db.path
    if path is None or db.read_only_reason or not path.exists():
        return None
    # A copy of a file damaged during the session must not rotate a good one away.
    from debtdesk.db import integrity

    try:
        made = make_backup(path, AUTO, db.passphrase, now)
    except (sqlite3.DatabaseError, crypto.dbapi().DatabaseError) as exc:  # an unreadable page
        raise DamagedDatabase(
            path, str(exc), integrity.newest_good_backup(path, db.passphrase)
        ) from exc
    problems = integrity.file_problems(made, db.passphrase)
    if problems:
        made.unlink()
        raise DamagedDatabase(path, problems[0], integrity.newest_good_backup(path, db.passphrase))
    rotate(path, policy or RotationPolicy())
    return made
