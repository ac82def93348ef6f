"""``debtdesk cases``: the case register, searched the way the Cases page searches it."""

from __future__ import annotations

import argparse
from dataclasses import asdict
from typing import Any

from debtdesk.commands.context import Context, add_command
from debtdesk.commands.output import print_json, say, table
from debtdesk.i18n import _
from debtdesk.services.cases import search_cases
from debtdesk.vocab import DebtorStatus


def count(text: str) -> int:
    """A whole number not below zero (for ``--limit``)."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(_("not a whole number: {v}").format(v=text)) from None
    if value < 0:
        raise argparse.ArgumentTypeError(_("must not be negative: {v}").format(v=text))
    return value


def register(subparsers: Any) -> None:
    parser = add_command(
        subparsers,
        "cases",
        help=_("list cases, or find them by name, IIN, phone or case number"),
    )
    parser.add_argument(
        "--search", metavar="TEXT", help=_("name, IIN, phone or court case number (any part)")
    )
    parser.add_argument("--city", metavar="CITY", help=_("only cases in this city"))
    parser.add_argument(
        "--status", choices=[s.value for s in DebtorStatus], help=_("only cases with this status")
    )
    parser.add_argument("--limit", type=count, metavar="N", help=_("at most N cases"))
    parser.add_argument("--format", choices=("table", "json"), default="table")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace, ctx: Context) -> int:
    db = ctx.database()
    with db.session() as session:
        rows = search_cases(
            session, args.search, limit=args.limit, city=args.city, status=args.status
        )
    if args.format == "json":
        print_json([asdict(row) for row in rows])
        return 0
    if not rows:
        say(_("no matching cases"))
        return 0
    headers = [
        _("ID"),
        _("Name"),
        _("City"),
        _("IIN"),
        _("Phone"),
        _("Status"),
        _("Advisor"),
        _("Next hearing"),
        _("Next deadline"),
    ]
    body = [
        (
            r.id,
            r.full_name,
            r.city,
            r.iin,
            r.phone,
            r.status,
            r.advisor,
            r.next_hearing,
            r.next_deadline,
        )
        for r in rows
    ]
    say(table(headers, body, right=(0,)))
    say(_("total: {n}").format(n=len(rows)))
    return 0
