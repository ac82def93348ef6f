"""``debtdesk show``: one whole case, as JSON for programs or as sections for people.

Unlike a bundle, this is a view of one database: records keep their integer
ids (to name them in other commands) and links show names as well as ids.
"""

from __future__ import annotations

import argparse
from typing import Any

from sqlalchemy import func, inspect, select
from sqlalchemy.orm import Session

from debtdesk.commands.context import Context, add_command, find_case
from debtdesk.commands.output import print_json, say
from debtdesk.i18n import _
from debtdesk.model import Attachment, Deadline, Debtor, Document, Entity

# Internal search keys and file contents are not shown.
_HIDDEN = frozenset({"name_key", "search_text", "pdf", "content"})
_FIRST = {"id": 0, "uuid": 1}


def columns(obj: Entity, **extra: Any) -> dict[str, Any]:
    """Every column of ``obj`` but the hidden ones (id and uuid first), then ``extra``."""
    keys = [a.key for a in inspect(type(obj)).column_attrs if a.key not in _HIDDEN]
    keys.sort(key=lambda k: _FIRST.get(k, len(_FIRST)))  # stable: the rest keep model order
    out = {key: getattr(obj, key) for key in keys}
    out.update(extra)
    return out


def _name(obj: Any) -> str | None:
    return None if obj is None else obj.name


def gather(session: Session, debtor: Debtor) -> dict[str, Any]:
    """The whole case as plain values (ids included), in the order it is shown."""
    loans = [
        columns(
            loan,
            creditor=_name(loan.creditor),
            payments=[columns(p) for p in loan.payments],
            statements=[columns(s, total=s.total) for s in loan.statements],
        )
        for loan in debtor.loans
    ]
    proceedings = [
        columns(
            p,
            court=_name(p.court),
            events=[columns(e) for e in sorted(p.events, key=_event_order)],
        )
        for p in debtor.proceedings
    ]
    loose_events = [
        columns(e) for e in sorted(debtor.events, key=_event_order) if e.proceeding_id is None
    ]
    deadlines = session.scalars(
        select(Deadline).where(Deadline.debtor_id == debtor.id).order_by(Deadline.due_date)
    ).all()
    sizes = dict(
        session.execute(
            select(Document.id, func.length(Document.pdf)).where(Document.debtor_id == debtor.id)
        ).all()
    )
    documents = session.scalars(
        select(Document).where(Document.debtor_id == debtor.id).order_by(Document.created_on)
    ).all()
    attachments = session.scalars(
        select(Attachment).where(Attachment.debtor_id == debtor.id).order_by(Attachment.id)
    ).all()
    return {
        "debtor": columns(debtor, advisor=_name(debtor.advisor)),
        "budget_lines": [columns(b) for b in debtor.budget_lines],
        "properties": [columns(p) for p in debtor.properties],
        "loans": loans,
        "proceedings": proceedings,
        "events": loose_events,
        "deadlines": [columns(d) for d in deadlines],
        "notes": [columns(n, advisor=_name(n.advisor)) for n in debtor.case_notes],
        "documents": [columns(d, pdf_size=sizes.get(d.id)) for d in documents],
        "attachments": [columns(a) for a in attachments],
    }


def _event_order(event: Any) -> tuple:
    return (event.date, event.time is None, event.time or 0, event.id)


def register(subparsers: Any) -> None:
    parser = add_command(subparsers, "show", help=_("show one whole case"))
    parser.add_argument("case", metavar="ID", help=_("the case's id (or its UUID)"))
    parser.add_argument("--format", choices=("text", "json"), default="text")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace, ctx: Context) -> int:
    with ctx.database().session() as session:
        case = gather(session, find_case(session, args.case))
    if args.format == "json":
        print_json(case)
    else:
        from debtdesk.commands.show_text import render_case

        say(render_case(case))
    return 0
