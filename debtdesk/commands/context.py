"""What every command gets: the global options, a lazily opened database, case lookup.

The database is opened only by commands that need it (``--help`` and ``db
upgrade`` never go through ``open_database``) and closed once by ``cli.main``.
"""

from __future__ import annotations

import argparse
import os
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from debtdesk.db import Database, open_database, resolve_url
from debtdesk.db.engine import ENV_URL, sqlite_path
from debtdesk.errors import DebtdeskError, NotFoundError
from debtdesk.i18n import _
from debtdesk.model import Debtor

ENV_ADVISOR = "DEBTDESK_ADVISOR"


def global_options(*, after_command: bool = False) -> argparse.ArgumentParser:
    """``--database`` and ``--advisor``, accepted before the command and after it.

    After the command they default to "not given", so they never overwrite
    values given before it.
    """
    parser = argparse.ArgumentParser(add_help=False, allow_abbrev=False)
    default: Any = argparse.SUPPRESS if after_command else None
    parser.add_argument(
        "--database",
        metavar="URL",
        default=default,
        help=_("database URL or SQLite file (default: ${env}, else the user data folder)").format(
            env=ENV_URL
        ),
    )
    parser.add_argument(
        "--advisor",
        metavar="NAME",
        default=default,
        help=_("your name, recorded in the audit trail (default: ${env})").format(env=ENV_ADVISOR),
    )
    return parser


def add_command(
    subparsers: Any, name: str, *, help: str, description: str | None = None
) -> argparse.ArgumentParser:
    """A new subcommand parser that also takes the global options."""
    return subparsers.add_parser(
        name,
        help=help,
        description=description or help,
        parents=[global_options(after_command=True)],
        allow_abbrev=False,
    )


@dataclass
class Context:
    """The global options of one run and the database they lead to."""

    database_url: str | None = None
    advisor: str | None = None
    _db: Database | None = field(default=None, repr=False)

    @classmethod
    def from_args(cls, args: argparse.Namespace) -> Context:
        return cls(
            database_url=args.database or None,
            advisor=args.advisor or os.environ.get(ENV_ADVISOR) or None,
        )

    @property
    def url(self) -> str:
        return resolve_url(self.database_url)

    def database(self, *, create: bool = False) -> Database:
        """The open database; a missing SQLite file is an error unless ``create``.

        Reading commands refuse to conjure an empty database out of a mistyped path.
        """
        if self._db is None:
            url = self.url
            path = sqlite_path(url)
            if not create and path is not None and not path.exists():
                raise DebtdeskError(
                    _("no database at {path} (check --database or ${env})").format(
                        path=path, env=ENV_URL
                    )
                )
            self._db = open_database(url, advisor=self.advisor)
        return self._db

    def close(self) -> None:
        if self._db is not None:
            self._db.dispose()
            self._db = None


def find_case(session: Session, key: str | int) -> Debtor:
    """The case with integer id ``key``, or with UUID ``key``."""
    text = str(key).strip()
    if text.isdigit():
        debtor = session.get(Debtor, int(text))
    else:
        debtor = session.scalar(select(Debtor).where(Debtor.uuid == text.lower()))
    if debtor is None:
        raise NotFoundError(_("case"), text)
    return debtor
