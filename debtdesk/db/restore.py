"""Putting a backup back in place of the database, without losing what was there.

The backup is checked in full first (it opens, passes ``integrity_check``,
holds a schema this program knows). The database it replaces — perhaps the
damaged file that made someone restore — is never overwritten: it is moved
into the backup folder as ``<stem>-replaced-<time>``, WAL and all, where a
specialist can still look at it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from debtdesk.db import crypto, integrity
from debtdesk.db.backup import REPLACED, backup_dir, backup_sqlite, timestamped_name
from debtdesk.errors import DebtdeskError, PassphraseRequired, StorageError
from debtdesk.i18n import _


@dataclass(frozen=True)
class Restored:
    """What a restore did: which backup, at which schema, and where the old file went."""

    database: Path
    backup: Path
    revision: str
    kept_aside: Path | None
    encrypted: bool


def needs_passphrase(database: Path, backup: Path) -> bool:
    """True when the backup or the database it replaces is encrypted."""
    return crypto.is_encrypted(backup) or crypto.is_encrypted(database)


def restore_backup(
    database: Path, backup: Path, passphrase: str | None = None, *, now: datetime | None = None
) -> Restored:
    """Replace ``database`` by a copy of ``backup``; the old file is kept aside.

    With ``passphrase`` and an encrypted backup or database, the restored file
    is encrypted with it (a plain backup restored over an encrypted database
    does not leave a plain database behind). Nothing is changed unless the
    backup passed its check and its copy was written and checked in full.
    """
    if backup.resolve() == database.resolve():
        raise DebtdeskError(_("{path} is the database itself, not a backup").format(path=backup))
    if passphrase is None and crypto.is_encrypted(database):
        # Restoring a plain backup without it would leave a plain database behind.
        raise PassphraseRequired(database)
    revision = integrity.verify_backup(backup, passphrase)
    source_encrypted = crypto.is_encrypted(backup)
    encrypt = passphrase is not None and (source_encrypted or crypto.is_encrypted(database))
    tmp = database.with_name(database.name + ".restoring")
    tmp.unlink(missing_ok=True)
    try:
        if source_encrypted:
            backup_sqlite(backup, tmp, passphrase)
        elif encrypt:
            assert passphrase is not None
            crypto.export_encrypted(backup, tmp, passphrase)
            crypto.fsync_file(tmp)
        else:
            backup_sqlite(backup, tmp)
        problems = integrity.file_problems(tmp, passphrase if encrypt else None, full=True)
        if problems:
            raise StorageError(
                _("the restored copy failed its check: {why}").format(why=problems[0])
            )
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    aside = backup_dir(database) / timestamped_name(database, REPLACED, now)
    aside.parent.mkdir(parents=True, exist_ok=True)
    kept = crypto.swap_in(tmp, database, aside)
    return Restored(database, backup, revision, kept, encrypt)
