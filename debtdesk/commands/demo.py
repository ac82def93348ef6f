"""``debtdesk demo``: fill a database with invented cases to try the program on.

The generator (``debtdesk.demo``) is imported only when this command runs: it
is large, and no other command needs it.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from typing import Any

from debtdesk.clock import today
from debtdesk.commands.cases import count
from debtdesk.commands.context import Context, add_command
from debtdesk.commands.output import say
from debtdesk.i18n import _


def register(subparsers: Any) -> None:
    parser = add_command(
        subparsers,
        "demo",
        help=_("add invented demonstration cases"),
        description=_(
            "Add invented cases (people, loans, court cases, events) to try debtdesk on. "
            "The same seed gives the same cases; DEBTDESK_TODAY fixes the day they centre on."
        ),
    )
    parser.add_argument("--cases", type=count, required=True, metavar="N", help=_("how many"))
    parser.add_argument("--seed", type=int, default=0, metavar="S", help=_("random seed (0)"))
    parser.set_defaults(run=run)


def _progress() -> Callable[[int, int], None] | None:
    """A progress line on stderr, only when a person is watching it."""
    if not sys.stderr.isatty():
        return None

    def show(done: int, total: int) -> None:
        end = "\n" if done >= total else ""
        sys.stderr.write(f"\r{_('generating')} {done}/{total}{end}")
        sys.stderr.flush()

    return show


def run(args: argparse.Namespace, ctx: Context) -> int:
    from debtdesk.demo import generate
    from debtdesk.demo.deadlines import compute_demo_deadlines

    db = ctx.database(create=True)
    on = today()
    made = generate(db, cases=args.cases, seed=args.seed, on=on, progress=_progress())
    with db.session() as session:
        stats = compute_demo_deadlines(session, on)
    say(_("added {n} demonstration cases to {db}").format(n=made, db=db.display))
    say(
        _("computed {n} deadlines ({settled} long past marked done)").format(
            n=stats["created"] + stats["moved"], settled=stats["settled"]
        )
    )
    return 0
