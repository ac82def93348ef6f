"""``debtdesk backup`` and ``debtdesk restore``: a copy of the data now, and putting one back.

Neither needs the window: a damaged database is exactly when the app may not
start, so ``restore`` never opens the database it replaces.
"""

from __future__ import annotations

import argparse
import sys
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy.engine import make_url

from debtdesk.commands.context import Context, add_command
from debtdesk.commands.output import say
from debtdesk.db import crypto
from debtdesk.db.backup import MANUAL, backup_sqlite, make_backup
from debtdesk.db.engine import data_dir, sqlite_path
from debtdesk.db.restore import needs_passphrase, restore_backup
from debtdesk.errors import DebtdeskError
from debtdesk.i18n import _


def register(subparsers: Any) -> None:
    backup = add_command(
        subparsers,
        "backup",
        help=_("copy the database now (SQLite: a database file; PostgreSQL: a JSON bundle)"),
        description=_(
            "Copy the database. A SQLite file is copied with SQLite's backup API (an "
            "encrypted database gives an encrypted copy) into the backups folder beside "
            "it, or to FILE. On PostgreSQL every case is written as a JSON bundle; the "
            "server's keeper backs up the server itself with pg_dump (docs/SECURITY.md)."
        ),
    )
    backup.add_argument("-o", "--output", metavar="FILE", help=_("where to write the copy"))
    backup.set_defaults(run=run_backup)
    restore = add_command(
        subparsers,
        "restore",
        help=_("put a backup in place of the SQLite database (the current file is kept aside)"),
        description=_(
            "Check FILE in full, then put it in place of the database. The database it "
            "replaces is moved into the backups folder, never overwritten. Close debtdesk "
            "first. Asks for confirmation on a terminal; elsewhere it needs --yes."
        ),
    )
    restore.add_argument("file", metavar="FILE", help=_("the backup to restore"))
    restore.add_argument("--yes", action="store_true", help=_("do not ask for confirmation"))
    restore.set_defaults(run=run_restore)


def run_backup(args: argparse.Namespace, ctx: Context) -> int:
    db = ctx.database()
    output = Path(args.output).expanduser() if args.output else None
    path = db.path
    if path is None:
        return _bundle_backup(ctx, output)
    if output is not None:
        made = backup_sqlite(path, output, db.passphrase)
    else:
        made = make_backup(path, MANUAL, db.passphrase)
    if db.passphrase is not None:
        say(
            _("backup written to {path} (encrypted with the database's passphrase)").format(
                path=made
            )
        )
    else:
        say(_("backup written to {path}").format(path=made))
        say(_("it is not encrypted: keep it as safe as the database itself"))
    return 0


def _bundle_backup(ctx: Context, output: Path | None) -> int:
    from debtdesk.bundle import save_bundle

    db = ctx.database()
    if output is None:
        name = make_url(db.url).database or "debtdesk"
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        output = data_dir() / "backups" / f"{name}-bundle-{stamp}.json"
        output.parent.mkdir(parents=True, exist_ok=True)
    if output.exists():
        raise FileExistsError(17, _("will not overwrite"), str(output))
    with db.session() as session:
        count = save_bundle(session, output)
    say(
        _("{n} cases written to {path} (a JSON bundle, not encrypted)").format(n=count, path=output)
    )
    say(_("back up the server itself with pg_dump: see docs/SECURITY.md"))
    return 0


def run_restore(args: argparse.Namespace, ctx: Context) -> int:
    database = sqlite_path(ctx.url)
    if database is None:
        raise DebtdeskError(
            _(
                "restore works on a SQLite file; on PostgreSQL import a bundle with "
                "'debtdesk import' or have the keeper run pg_restore (docs/SECURITY.md)"
            )
        )
    backup = Path(args.file).expanduser().resolve()
    if not backup.is_file():
        raise DebtdeskError(_("no backup file at {path}").format(path=backup))
    if not args.yes and not sys.stdin.isatty():
        raise DebtdeskError(
            _("restore replaces {db}: confirm on a terminal, or give --yes").format(db=database)
        )
    passphrase = ctx.passphrase(backup) if needs_passphrase(database, backup) else None
    if crypto.is_encrypted(backup) and passphrase is not None:
        crypto.connect(backup, passphrase, read_only=True).close()
    if not args.yes:
        answer = input(
            _("Replace {db} with {backup}? The current file is kept aside. [y/N] ").format(
                db=database, backup=backup
            )
        )
        if answer.strip().lower() not in ("y", "yes"):
            say(_("nothing changed"))
            return 1
    done = restore_backup(database, backup, passphrase)
    say(
        _("restored {backup} (schema {rev}) to {db}").format(
            backup=backup, rev=done.revision, db=database
        )
    )
    if done.kept_aside is not None:
        say(_("the database it replaced is kept at {path}").format(path=done.kept_aside))
    return 0
