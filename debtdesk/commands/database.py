"""``debtdesk db upgrade`` and ``debtdesk db check``: the schema, for whoever keeps the server.

Both build the engine themselves: ``open_database`` refuses an out-of-date
PostgreSQL schema (that is the point of ``db upgrade``) and would silently
upgrade a SQLite file (which ``db check`` must not do).
"""

from __future__ import annotations

import argparse
from typing import Any

from sqlalchemy import Engine, func, inspect, select
from sqlalchemy.exc import OperationalError

from debtdesk.commands.context import Context, add_command
from debtdesk.commands.output import print_json, say, table
from debtdesk.db import migrate, open_database
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


def _engine(ctx: Context, *, must_exist: bool) -> tuple[str, Engine]:
    url = ctx.url
    path = sqlite_path(url)
    if must_exist and path is not None and not path.exists():
        raise DebtdeskError(_("no database at {path}").format(path=path))
    return url, make_engine(url)


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
            db = open_database(url, advisor=ctx.advisor)
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
