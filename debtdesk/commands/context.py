"""What every command gets: the global options, a lazily opened database, case lookup.

The database is opened only by commands that need it (``--help`` and ``db
upgrade`` never go through ``open_database``) and closed once by ``cli.main``.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from debtdesk.db import Database, open_database, resolve_url
from debtdesk.db.crypto import check_passphrase, is_encrypted
from debtdesk.db.engine import ENV_URL, sqlite_path
from debtdesk.errors import DebtdeskError, NotFoundError, PassphraseRequired, ValidationError
from debtdesk.i18n import _
from debtdesk.model import Debtor

ENV_ADVISOR = "DEBTDESK_ADVISOR"
ENV_PASSPHRASE = "DEBTDESK_PASSPHRASE"
ENV_NEW_PASSPHRASE = "DEBTDESK_NEW_PASSPHRASE"


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
    parser.add_argument(
        "--passphrase-stdin",
        action="store_true",
        default=argparse.SUPPRESS if after_command else False,
        help=_(
            "read the passphrase of an encrypted database from the first line of stdin "
            "(else ${env}, else a prompt on a terminal)"
        ).format(env=ENV_PASSPHRASE),
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
    passphrase_stdin: bool = False
    _db: Database | None = field(default=None, repr=False)
    _passphrase: str | None = field(default=None, repr=False)

    @classmethod
    def from_args(cls, args: argparse.Namespace) -> Context:
        return cls(
            database_url=args.database or None,
            advisor=args.advisor or os.environ.get(ENV_ADVISOR) or None,
            passphrase_stdin=bool(getattr(args, "passphrase_stdin", False)),
        )

    # --- passphrases: never an argument (it would show in ps and shell history) ---

    def _given(self, env: str) -> str | None:
        """A passphrase from stdin (one line each, in the order asked) or ``env``."""
        if self.passphrase_stdin:
            line = sys.stdin.readline()
            if not line:
                raise ValidationError("passphrase", _("no passphrase on stdin"))
            return line.rstrip("\r\n")
        return os.environ.get(env) or None

    def passphrase(self, path: Path) -> str:
        """The passphrase of the encrypted database ``path``: stdin, environment or prompt."""
        if self._passphrase is None:
            given = self._given(ENV_PASSPHRASE)
            if given is None:
                if not sys.stdin.isatty():
                    raise PassphraseRequired(path)
                given = getpass.getpass(_("Passphrase for {path}: ").format(path=path))
            self._passphrase = check_passphrase(given)
        return self._passphrase

    def new_passphrase(self, *, env: str = ENV_PASSPHRASE) -> str:
        """A passphrase to encrypt with; typed twice when it comes from a prompt."""
        given = self._given(env)
        if given is None:
            if not sys.stdin.isatty():
                raise ValidationError(
                    "passphrase",
                    _(
                        "give the new passphrase on a terminal, with --passphrase-stdin or ${env}"
                    ).format(env=env),
                )
            given = getpass.getpass(_("New passphrase: "))
            if getpass.getpass(_("The same again: ")) != given:
                raise ValidationError("passphrase", _("the two passphrases differ"))
        return check_passphrase(given, new=True)

    def passphrase_for(self, url: str) -> str | None:
        """The passphrase to open ``url`` with: needed for an encrypted file, used for a new one.

        A passphrase given on stdin or in the environment creates a new file
        encrypted; a plain file opens as it is.
        """
        path = sqlite_path(url)
        if path is None:
            return None
        if is_encrypted(path):
            return self.passphrase(path)
        if path.is_file() and path.stat().st_size > 0:
            return None
        if self.passphrase_stdin or os.environ.get(ENV_PASSPHRASE):
            return check_passphrase(self.passphrase(path), new=True)
        return None

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
            self._db = open_database(url, advisor=self.advisor, passphrase=self.passphrase_for(url))
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
