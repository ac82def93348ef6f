"""Encrypting a database and changing its passphrase, its backups included.

Encrypting only the database would leave its history readable: every plain
backup and pre-migration copy beside it holds the same names and IINs. So the
operations here take the backup folder along.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from debtdesk.db import backup, crypto, integrity
from debtdesk.errors import DebtdeskError, ValidationError
from debtdesk.i18n import _

OldBackups = Literal["encrypt", "remove"]


@dataclass
class VaultReport:
    """What an encrypt or rekey did to the database's copies."""

    encrypted: list[Path] = field(default_factory=list)
    removed: list[Path] = field(default_factory=list)
    rekeyed: list[Path] = field(default_factory=list)
    skipped: list[Path] = field(default_factory=list)  # under a passphrase we do not have


def _existing(path: Path) -> None:
    if not path.is_file() or path.stat().st_size == 0:
        raise DebtdeskError(_("no database at {path}").format(path=path))


def encrypt_database(
    path: Path, passphrase: str, old_backups: OldBackups = "encrypt"
) -> VaultReport:
    """Encrypt the plain database ``path`` and then its plain backups (or remove them).

    The database must be closed by everyone else (the app included) while this runs.
    """
    if old_backups not in ("encrypt", "remove"):
        raise ValidationError("old_backups", _("choose 'encrypt' or 'remove'"))
    crypto.check_passphrase(passphrase, new=True)
    _existing(path)
    if crypto.is_encrypted(path):
        raise ValidationError(
            "passphrase",
            _("{path} is already encrypted: change its passphrase with 'debtdesk db rekey'").format(
                path=path
            ),
        )
    problems = integrity.file_problems(path, None, full=True)
    if problems:
        raise DebtdeskError(
            _("{path} fails its integrity check ({why}): restore a backup first").format(
                path=path, why=problems[0]
            )
        )
    crypto.encrypt_file(path, passphrase)
    report = VaultReport()
    for copy in backup.encrypt_copies(path, passphrase, remove=old_backups == "remove"):
        gone = old_backups == "remove" or copy.suffix == ".part"
        (report.removed if gone else report.encrypted).append(copy)
    return report


def rekey_database(path: Path, old: str, new: str) -> VaultReport:
    """Change the passphrase of ``path`` and of every backup the old one opens."""
    crypto.check_passphrase(new, new=True)
    _existing(path)
    if not crypto.is_encrypted(path):
        raise ValidationError(
            "passphrase",
            _("{path} is not encrypted: encrypt it with 'debtdesk db encrypt'").format(path=path),
        )
    crypto.rekey_file(path, old, new)
    report = VaultReport()
    report.rekeyed, report.skipped = backup.rekey_copies(path, old, new)
    return report
