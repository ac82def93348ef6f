"""``debtdesk db upgrade|check|encrypt|rekey``: the schema and the file's encryption.

``upgrade`` and ``check`` build the engine themselves: ``open_database`` refuses an out-of-date
PostgreSQL schema (that is the point of ``db upgrade``) and would silently
upgrade a SQLite file (which ``db check`` must not do).
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, func, inspect, select
from sqlalchemy.exc import OperationalError

from debtdesk.commands.context import ENV_NEW_PASSPHRASE, ENV_PASSPHRASE, Context, add_command
from debtdesk.commands.output import print_json, say, table
from debtdesk.db import crypto, migrate, open_database, vault
from debtdesk.db.crypto import is_encrypted
from debtdesk.db.engine import display_url, is_sqlite, make_engine, sqlite_path
from debtdesk.errors import DebtdeskError, SchemaError, StorageError
from debtdesk.i18n import _
from debtdesk.model import Base


def register(subparsers: Any) -> None:
    db = add_command(subparsers, "db", help=_("check or upgrade the database schema"))
    actions = db.add_subparsers(dest="db_action", metavar="ACTION", required=True)
    upgrade = add_command(
        actions, "upgrade", help=_("bring the schema up to this version of debtdesk")
    )
    upgrade.set_defaults(run=run_upgrade)
    check = add_command(
        actions, "check", help=_("show the schema revision and the number of rows per table")
    )
    check.add_argument("--format", choices=("text", "json"), default="text")
    check.set_defaults(run=run_check)
    encrypt = add_command(
        actions,
        "encrypt",
        help=_("encrypt the SQLite file with a passphrase (SQLCipher), its backups too"),
        description=_(
            "Encrypt the SQLite file: an encrypted copy is written, checked, and put in "
            "its place; the plain file is deleted. Close debtdesk everywhere first. The new "
            "passphrase comes from a prompt (typed twice), --passphrase-stdin or ${env}."
        ).format(env=ENV_PASSPHRASE),
    )
    encrypt.add_argument(
        "--old-backups",
        choices=("encrypt", "remove"),
        default="encrypt",
        help=_("what to do with the plain backups beside it (default: encrypt)"),
    )
    encrypt.set_defaults(run=run_encrypt)
    rekey = add_command(
        actions,
        "rekey",
        help=_("change the passphrase of an encrypted SQLite file and of its backups"),
        description=_(
            "Change the passphrase. The current one comes from a prompt, the first line of "
            "--passphrase-stdin or ${env}; the new one from a prompt (typed twice), the "
            "second line of --passphrase-stdin or ${new}."
        ).format(env=ENV_PASSPHRASE, new=ENV_NEW_PASSPHRASE),
    )
    rekey.set_defaults(run=run_rekey)


def _engine(ctx: Context, *, must_exist: bool) -> tuple[str, Engine]:
    url = ctx.url
    path = sqlite_path(url)
    if must_exist and path is not None and not path.exists():
        raise DebtdeskError(_("no database at {path}").format(path=path))
    return url, make_engine(url, passphrase=ctx.passphrase_for(url))


def _state(url: str, engine: Engine) -> migrate.SchemaState:
    try:
        return migrate.schema_state(engine)
    except OperationalError as exc:
        why = str(exc.orig).splitlines()[0] if exc.orig else str(exc)
        raise StorageError(
            _("cannot open the database {url}: {why}").format(url=display_url(url), why=why)
        ) from exc


def run_upgrade(args: argparse.Namespace, ctx: Context) -> int:
    url, engine = _engine(ctx, must_exist=False)
    try:
        state = _state(url, engine)
        if state.newer:
            raise SchemaError(
                _(
                    "the database has schema {rev}, newer than this debtdesk knows: update debtdesk"
                ).format(rev=state.current)
            )
        if state.up_to_date:
            say(_("{url}: already at {rev}").format(url=display_url(url), rev=state.head))
            return 0
        if is_sqlite(url):
            engine.dispose()
            # open_database backs the file up with SQLite's backup API first.
            db = open_database(url, advisor=ctx.advisor, passphrase=ctx.passphrase_for(url))
            backup = db.migration_backup
            db.dispose()
            if backup is not None:
                say(_("backup before upgrading: {path}").format(path=backup))
        else:
            migrate.upgrade(engine)
    finally:
        engine.dispose()
    say(
        _("{url}: upgraded {old} → {new}").format(
            url=display_url(url), old=state.current or _("(empty)"), new=state.head
        )
    )
    return 0


def run_check(args: argparse.Namespace, ctx: Context) -> int:
    url, engine = _engine(ctx, must_exist=True)
    try:
        state = _state(url, engine)
        present = set(inspect(engine).get_table_names())
        counts: dict[str, int] = {}
        with engine.connect() as conn:
            for table_ in sorted(Base.metadata.sorted_tables, key=lambda t: t.name):
                if table_.name in present:
                    counts[table_.name] = conn.scalar(select(func.count()).select_from(table_)) or 0
    finally:
        engine.dispose()
    if state.up_to_date:
        status = "ok"
    elif state.current is None:
        status = "empty"
    elif state.newer:
        status = "newer"
    else:
        status = "behind"
    report = {
        "backend": engine.dialect.name,
        "url": display_url(url),
        "revision": state.current,
        "head": state.head,
        "status": status,
        "tables": counts,
    }
    if args.format == "json":
        print_json(report)
    else:
        say(_("backend:  {b}").format(b=report["backend"]))
        say(_("database: {u}").format(u=report["url"]))
        say(_("revision: {r} (this debtdesk: {h})").format(r=state.current or "-", h=state.head))
        if counts:
            say("")
            say(table([_("table"), _("rows")], sorted(counts.items()), right=(1,)))
    problems = {
        "empty": _("the database has no schema: run 'debtdesk db upgrade'"),
        "behind": _("the schema is out of date ({cur} < {head}): run 'debtdesk db upgrade'"),
        "newer": _("the schema {cur} is newer than this debtdesk ({head}): update debtdesk"),
    }
    if status in problems:
        raise SchemaError(problems[status].format(cur=state.current, head=state.head))
    return 0


def _sqlite_file(ctx: Context) -> Path:
    path = sqlite_path(ctx.url)
    if path is None:
        raise DebtdeskError(
            _("only a SQLite file is encrypted by debtdesk; a server encrypts its own disks")
        )
    if not path.is_file():
        raise DebtdeskError(_("no database at {path}").format(path=path))
    return path


def run_encrypt(args: argparse.Namespace, ctx: Context) -> int:
    path = _sqlite_file(ctx)
    if is_encrypted(path):
        raise DebtdeskError(
            _("{path} is already encrypted: change its passphrase with 'debtdesk db rekey'").format(
                path=path
            )
        )
    report = vault.encrypt_database(path, ctx.new_passphrase(), args.old_backups)
    say(_("{path}: encrypted; the plain file is deleted").format(path=path))
    if report.encrypted:
        say(_("encrypted {n} older backups").format(n=len(report.encrypted)))
    if report.removed:
        say(_("removed {n} plain copies").format(n=len(report.removed)))
    say(
        _(
            "keep the passphrase safe: without it nobody, you included, can read this "
            "database or its backups"
        )
    )
    return 0


def run_rekey(args: argparse.Namespace, ctx: Context) -> int:
    path = _sqlite_file(ctx)
    if not is_encrypted(path):
        raise DebtdeskError(
            _("{path} is not encrypted: encrypt it with 'debtdesk db encrypt'").format(path=path)
        )
    old = ctx.passphrase(path)
    crypto.connect(path, old, read_only=True).close()  # a wrong one stops here, before asking on
    report = vault.rekey_database(path, old, ctx.new_passphrase(env=ENV_NEW_PASSPHRASE))
    say(_("{path}: passphrase changed").format(path=path))
    if report.rekeyed:
        say(_("changed it on {n} backups too").format(n=len(report.rekeyed)))
    for skipped in report.skipped:
        say(_("left alone (another passphrase): {path}").format(path=skipped))
    return 0
