"""Vault operations: back up, restore, encrypt, change the passphrase, check the file.

The Settings page and the damaged-file dialog reach ``debtdesk.db.backup``,
``restore`` and ``vault`` only through here. These functions touch no widget,
so ``ui.workers`` can run them off the GUI thread: a backup or an encryption
of a big file takes seconds to minutes.

Restore, encrypt and rekey replace the database file, so they must run while
nobody holds it open: the panel only *describes* what to do (a
``VaultRequest``); ``ui.app.Application`` closes the window and the database,
calls ``carry_out`` in a worker and reopens with the passphrase it returns.
The passphrases in a request live in memory for that one action only.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from PySide6.QtCore import QCoreApplication

from debtdesk.db import backup as backups
from debtdesk.db import crypto
from debtdesk.db.database import check_database
from debtdesk.db.restore import needs_passphrase, restore_backup
from debtdesk.db.vault import OldBackups, encrypt_database, rekey_database
from debtdesk.errors import DebtdeskError, ValidationError

if TYPE_CHECKING:
    from debtdesk.db.database import Database

__all__ = [
    "BackupChoice",
    "Outcome",
    "VaultRequest",
    "available_backups",
    "backup_date",
    "backup_now",
    "carry_out",
    "check_file",
    "needs_passphrase",
    "plain_backup_count",
    "sqlite_path_of",
]


def _tr(text: str) -> str:
    return QCoreApplication.translate("vault", text)


@dataclass(frozen=True)
class BackupChoice:
    """One backup as the restore list shows it."""

    path: Path
    label: str  # auto, manual, replaced, pre-<revision>
    made: datetime
    encrypted: bool


def sqlite_path_of(db: Database) -> Path:
    """The file of ``db``; a ValidationError for PostgreSQL (its keeper backs it up)."""
    path = db.path
    if path is None:
        raise ValidationError(
            "database",
            _tr("The server's keeper backs up a PostgreSQL database: see docs/SECURITY.md."),
        )
    return path


def check_file(db: Database) -> None:
    """The quick integrity check of an open database (``DamagedDatabase`` if it fails)."""
    check_database(db)


def backup_now(db: Database) -> Path:
    """A manual backup beside the database (encrypted when the database is)."""
    path = sqlite_path_of(db)
    return backups.make_backup(path, backups.MANUAL, db.passphrase)


def available_backups(db: Database) -> list[BackupChoice]:
    """The backups in the database's backup folder, newest first."""
    path = sqlite_path_of(db)
    return [
        BackupChoice(b.path, b.label, b.made, crypto.is_encrypted(b.path))
        for b in backups.list_backups(path)
    ]


def plain_backup_count(db: Database) -> int:
    """How many unencrypted copies lie in the backup folder (to ask what to do with them)."""
    return len(backups.plain_copies(sqlite_path_of(db)))


def backup_date(database: Path, backup: Path) -> datetime:
    """When ``backup`` was made: from its name in the backup folder, else its file time."""
    for found in backups.list_backups(database):
        if found.path == backup:
            return found.made
    return datetime.fromtimestamp(backup.stat().st_mtime)


@dataclass(frozen=True)
class VaultRequest:
    """What to do to the closed database file.

    ``kind``: ``restore`` (``backup``), ``encrypt`` (``new_passphrase``,
    ``old_backups``) or ``rekey`` (``passphrase`` = the current one as typed,
    ``new_passphrase``). For restore, ``passphrase`` is the key of the
    database or of the backup when one of them is encrypted.
    """

    kind: Literal["restore", "encrypt", "rekey"]
    backup: Path | None = None
    passphrase: str | None = field(default=None, repr=False)
    new_passphrase: str | None = field(default=None, repr=False)
    old_backups: OldBackups = "encrypt"


@dataclass(frozen=True)
class Outcome:
    """What ``carry_out`` did: the passphrase to reopen with and what to tell the person."""

    passphrase: str | None = field(repr=False)
    message: str
    kept_aside: Path | None = None


def carry_out(database: Path, request: VaultRequest) -> Outcome:
    """Do ``request`` to the (closed) database file; raises a DebtdeskError on failure.

    A failure changes nothing: the core checks every copy before it swaps it in.
    """
    if request.kind == "restore":
        if request.backup is None:
            raise ValidationError("backup", _tr("Choose a backup to restore."))
        done = restore_backup(database, request.backup, request.passphrase)
        where = done.kept_aside
        message = _tr("The backup {backup} is back in place.").format(backup=request.backup.name)
        if where is not None:
            message += " " + _tr("The database it replaced is kept as {path}.").format(path=where)
        return Outcome(request.passphrase if done.encrypted else None, message, where)
    if request.new_passphrase is None:
        raise ValidationError("passphrase", _tr("Choose a passphrase."))
    if request.kind == "encrypt":
        report = encrypt_database(database, request.new_passphrase, request.old_backups)
        message = _tr("The database is encrypted.")
        if report.encrypted:
            message += " " + _tr("Older plain backups encrypted too: {n}.").format(
                n=len(report.encrypted)
            )
        if report.removed:
            message += " " + _tr("Older plain backups deleted: {n}.").format(n=len(report.removed))
        return Outcome(request.new_passphrase, message)
    if request.kind == "rekey":
        if not request.passphrase:
            raise ValidationError("passphrase", _tr("Type the current passphrase."))
        report = rekey_database(database, request.passphrase, request.new_passphrase)
        message = _tr("The passphrase is changed, for the database and {n} backups.").format(
            n=len(report.rekeyed)
        )
        if report.skipped:
            message += " " + _tr(
                "{n} older backups keep an earlier passphrase: they did not open with this one."
            ).format(n=len(report.skipped))
        return Outcome(request.new_passphrase, message)
    raise DebtdeskError(_tr("Unknown action: {kind}").format(kind=request.kind))
