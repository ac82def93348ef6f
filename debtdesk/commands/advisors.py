"""``debtdesk advisors``: who is in the group, and how many cases each one follows."""

from __future__ import annotations

import argparse
from typing import Any

from sqlalchemy import func, select

from debtdesk.commands.context import Context, add_command
from debtdesk.commands.output import print_json, say, table
from debtdesk.i18n import _
from debtdesk.model import Advisor, Debtor


def register(subparsers: Any) -> None:
    parser = add_command(subparsers, "advisors", help=_("list the advisors and their cases"))
    parser.add_argument("--format", choices=("table", "json"), default="table")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace, ctx: Context) -> int:
    cases = (
        select(Debtor.advisor_id, func.count(Debtor.id).label("n"))
        .group_by(Debtor.advisor_id)
        .subquery()
    )
    query = (
        select(Advisor, func.coalesce(cases.c.n, 0))
        .outerjoin(cases, cases.c.advisor_id == Advisor.id)
        .order_by(Advisor.name)
    )
    with ctx.database().session() as session:
        rows = [
            {
                "id": a.id,
                "uuid": a.uuid,
                "name": a.name,
                "local_group": a.local_group,
                "phone": a.phone,
                "active": a.active,
                "cases": n,
            }
            for a, n in session.execute(query)
        ]
    if args.format == "json":
        print_json(rows)
    elif not rows:
        say(_("no advisors yet"))
    else:
        headers = [_("ID"), _("Name"), _("Group"), _("Phone"), _("Active"), _("Cases")]
        keys = ("id", "name", "local_group", "phone", "active", "cases")
        say(table(headers, [[r[k] for k in keys] for r in rows], right=(0, 5)))
    return 0
