"""The ``debtdesk`` command line: global options, dispatch, and one-line errors.

The commands themselves live in ``debtdesk.commands`` (one module per group).
A person never sees a traceback: every error the program expects (bad input,
missing files, an unreachable or damaged database) is one line on stderr,
``debtdesk: error: …``, with a non-zero exit status. Nothing here imports Qt;
``ui.launcher`` asks ``wants_gui`` first and starts the window only then.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING, NoReturn

from debtdesk import __version__
from debtdesk.errors import DebtdeskError
from debtdesk.i18n import _

if TYPE_CHECKING:
    from sqlalchemy.exc import SQLAlchemyError

# The commands (and SQLAlchemy behind them) are imported only when a command
# runs: ``wants_gui`` is asked on every start of the program, GUI included.

PROG = "debtdesk"
EXIT_ERROR = 1
EXIT_USAGE = 2
# The global options that take a value: what ``wants_gui`` must step over.
_VALUED = ("--database", "--advisor")


class UsageError(Exception):
    """A command line argparse refused; reported on one line like every other error."""


class Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise UsageError(message)


def build_parser() -> Parser:
    from debtdesk.commands import register_all
    from debtdesk.commands.context import global_options

    parser = Parser(
        prog=PROG,
        description=_(
            "Case desk for volunteer debt advisors. Without a command, opens the window."
        ),
        parents=[global_options()],
        allow_abbrev=False,
    )
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)
    register_all(subparsers)
    return parser


def wants_gui(args: Sequence[str]) -> bool:
    """True when ``args`` hold only global options (so the window should open).

    Decided without argparse, which would print help and exit for ``--help``.
    Anything else — a command, ``--help``, ``--version``, an unknown option —
    goes to ``main``, which runs it or says what is wrong.
    """
    i = 0
    while i < len(args):
        arg = args[i]
        if arg in _VALUED and i + 1 < len(args):
            i += 2
        elif any(arg.startswith(option + "=") for option in _VALUED):
            i += 1
        else:
            return False
    return True


def _error(message: str) -> None:
    first = (message.strip().splitlines() or [""])[0]
    print(f"{PROG}: error: {first}", file=sys.stderr)


def _database_message(exc: SQLAlchemyError) -> str:
    orig = getattr(exc, "orig", None)
    why = str(orig if orig is not None else exc).strip().splitlines()
    return _("database error: {why}").format(why=why[0] if why else type(exc).__name__)


def _os_message(exc: OSError) -> str:
    if exc.filename is not None and exc.strerror:
        return f"{exc.filename}: {exc.strerror}"
    return str(exc) or type(exc).__name__


def _utf8_output() -> None:
    # Kazakh letters must print on a Windows console in a legacy code page too.
    for stream in (sys.stdout, sys.stderr):
        encoding = (getattr(stream, "encoding", None) or "").lower().replace("-", "")
        reconfigure = getattr(stream, "reconfigure", None)
        if encoding != "utf8" and reconfigure is not None:
            with contextlib.suppress(ValueError, OSError):
                reconfigure(encoding="utf-8")


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command in ``argv`` (default ``sys.argv[1:]``); returns the exit status."""
    from sqlalchemy.exc import SQLAlchemyError

    from debtdesk.commands.context import Context
    from debtdesk.privacy.logs import keep_people_out_of_logs

    keep_people_out_of_logs()

    args = list(sys.argv[1:] if argv is None else argv)
    _utf8_output()
    parser = build_parser()
    try:
        ns = parser.parse_args(args)
    except UsageError as exc:
        _error(f"{exc} " + _("(see '{prog} --help')").format(prog=PROG))
        return EXIT_USAGE
    except SystemExit as exc:  # --help and --version print, then "exit"
        return exc.code if isinstance(exc.code, int) else 0
    if ns.command is None:
        _error(_("choose a command (see '{prog} --help')").format(prog=PROG))
        return EXIT_USAGE
    ctx = Context.from_args(ns)
    try:
        return int(ns.run(ns, ctx) or 0)
    except DebtdeskError as exc:
        _error(str(exc))
    except SQLAlchemyError as exc:
        _error(_database_message(exc))
    except BrokenPipeError:
        # The reader went away (``debtdesk cases | head``): not worth a word.
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - keeps the exit quiet
    except OSError as exc:
        _error(_os_message(exc))
    except KeyboardInterrupt:
        _error(_("interrupted"))
        return 130
    except Exception as exc:
        if os.environ.get("DEBTDESK_DEBUG"):
            raise
        _error(
            _("internal error ({kind}: {why}); set DEBTDESK_DEBUG=1 to see where").format(
                kind=type(exc).__name__, why=exc
            )
        )
    finally:
        ctx.close()
    return EXIT_ERROR
