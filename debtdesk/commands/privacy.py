"""``debtdesk export-anon`` and ``debtdesk forget``: statistics without people, erasing a person."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from debtdesk.commands.context import Context, add_command, find_case
from debtdesk.commands.letters import atomic_output
from debtdesk.commands.output import say
from debtdesk.errors import DebtdeskError
from debtdesk.i18n import _


def register(subparsers: Any) -> None:
    exp = add_command(
        subparsers,
        "export-anon",
        help=_("write anonymous case data for statistics (no names, IINs, phones, addresses)"),
        description=_(
            "Write every case as anonymous data for statistics: amounts, kinds and months, "
            "each case under a pseudonym only this database can compute. No names, IINs, "
            "phones, addresses or notes; dates are cut to the month."
        ),
    )
    exp.add_argument("-o", "--output", required=True, metavar="FILE", help=_("file to write"))
    exp.add_argument("--format", choices=("json", "csv"), default="json")
    exp.set_defaults(run=run_export_anon)

    forget = add_command(
        subparsers,
        "forget",
        help=_("erase a person: the case and everything in it"),
        description=_(
            "Erase a case and everything in it (loans, court cases, events, deadlines, notes, "
            "letters and their files, attachments). Other people's letters printed in the "
            "same batch keep their own pages. One audit line without personal data remains. "
            "Asks first on a terminal; --yes skips the question."
        ),
    )
    forget.add_argument("case", metavar="CASE_ID", help=_("case id or uuid"))
    forget.add_argument("--yes", action="store_true", help=_("do not ask for confirmation"))
    forget.set_defaults(run=run_forget)


def run_export_anon(args: argparse.Namespace, ctx: Context) -> int:
    from debtdesk.privacy import anonymous_cases, to_csv, to_json

    with atomic_output(args.output) as write, ctx.database().session() as session:
        export = anonymous_cases(session)
        text = to_csv(export) if args.format == "csv" else to_json(export)
        write(text.encode("utf-8"))
    say(_("wrote {n} anonymous cases to {file}").format(n=len(export["cases"]), file=args.output))
    return 0


def _confirmed(case_id: int, name: str) -> bool:
    """Ask on a terminal; without one (a script, a pipe) nothing is erased unasked."""
    if not sys.stdin.isatty():
        raise DebtdeskError(
            _("not erasing case {id} without confirmation: run it on a terminal or add --yes")
            .format(id=case_id)
        )  # fmt: skip
    answer = input(
        _("Erase case {id} ({name}) and everything in it, for good? Type 'yes': ").format(
            id=case_id, name=name
        )
    )
    return answer.strip().lower() in ("yes", _("yes"))


def run_forget(args: argparse.Namespace, ctx: Context) -> int:
    from debtdesk.privacy import forget_person, scrub

    db = ctx.database()
    with db.session() as session:
        debtor = find_case(session, args.case)
        case_id, version = debtor.id, debtor.version
        if not args.yes and not _confirmed(case_id, debtor.full_name):
            say(_("nothing was erased"))
            return 1
        report = forget_person(session, case_id, expected_version=version)
    scrub(db.engine)
    say(
        _("erased case {id}: {n} records").format(id=case_id, n=report.total)
        + (
            _("; {b} batch prints split, {k} other letters kept as their own files").format(
                b=report.batches_dissolved, k=report.letters_cut_out
            )
            if report.batches_dissolved
            else ""
        )
    )
    return 0
