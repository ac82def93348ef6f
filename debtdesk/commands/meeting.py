"""``debtdesk meeting-sheet``: the week's hearings, evictions and auctions as a PDF agenda."""

from __future__ import annotations

import argparse
from datetime import date
from typing import Any

from debtdesk.commands.context import Context, add_command
from debtdesk.commands.output import say
from debtdesk.errors import ValidationError
from debtdesk.i18n import _, current_language

LANGS = ("kk", "ru", "en")


def register(subparsers: Any) -> None:
    p = add_command(
        subparsers,
        "meeting-sheet",
        help=_("print the week's hearings, evictions and auctions for the group's meeting (PDF)"),
    )
    p.add_argument("-o", "--output", required=True, metavar="FILE.pdf")
    p.add_argument("--days", type=int, default=7, help=_("days of hearings to list (default 7)"))
    p.add_argument("--from", dest="start", metavar="DATE", default=None)
    p.add_argument("--lang", choices=LANGS, default=None)
    p.add_argument(
        "--advisor-filter",
        dest="advisor_filter",
        metavar="NAME",
        default=None,
        help=_("only the cases of this advisor"),
    )
    p.add_argument("--city", default=None)
    p.set_defaults(run=run_meeting_sheet)


def run_meeting_sheet(args: argparse.Namespace, ctx: Context) -> int:
    # Imported here: the PDF machinery is heavy and ``debtdesk --help`` must stay quick.
    from debtdesk.commands.letters import atomic_output
    from debtdesk.documents.meeting_sheet import meeting_sheet, sheet_pdf

    start = None
    if args.start:
        try:
            start = date.fromisoformat(args.start)
        except ValueError as exc:
            raise ValidationError(
                "from", _("not a date (use YYYY-MM-DD): {v}").format(v=args.start)
            ) from exc
    with atomic_output(args.output) as write:
        with ctx.database().session() as session:
            sheet = meeting_sheet(
                session,
                start=start,
                days=args.days,
                lang=args.lang or current_language(),
                advisor=args.advisor_filter,
                city=args.city,
            )
        write(sheet_pdf(sheet))
    say(
        _("wrote {path}: {threats} evictions and auctions, {hearings} hearings").format(
            path=args.output, threats=len(sheet.threats), hearings=len(sheet.hearings)
        )
    )
    return 0
