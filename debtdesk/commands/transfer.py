"""``debtdesk export`` and ``debtdesk import``: cases moved between databases as bundles."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from debtdesk.bundle import (
    ImportSummary,
    export_bundle,
    import_bundle,
    parse_bundle,
    read_bundle,
    save_bundle,
)
from debtdesk.bundle import render as render_bundle
from debtdesk.commands.context import Context, add_command, find_case
from debtdesk.commands.output import note, print_json, say
from debtdesk.i18n import _


def register(subparsers: Any) -> None:
    exp = add_command(
        subparsers,
        "export",
        help=_("write cases to a bundle file (docs/BUNDLE.md)"),
        description=_("Write cases, with everything in them, to a JSON bundle file."),
    )
    exp.add_argument(
        "--case",
        dest="cases",
        action="append",
        metavar="ID",
        help=_("a case to export (id or UUID; repeat for more); all cases when not given"),
    )
    exp.add_argument(
        "-o",
        "--output",
        required=True,
        metavar="FILE",
        help=_("bundle file to write ('-': stdout)"),
    )
    exp.set_defaults(run=run_export)

    imp = add_command(
        subparsers,
        "import",
        help=_("read cases from a bundle file"),
        description=_(
            "Read a bundle file. Everything is checked first; then all of it is imported "
            "or, on any problem, nothing. Cases already present are skipped."
        ),
    )
    imp.add_argument("file", metavar="FILE", help=_("bundle file to read ('-': stdin)"))
    imp.add_argument(
        "--replace",
        action="store_true",
        help=_("replace cases already present with the bundle's version"),
    )
    imp.add_argument(
        "--dry-run", action="store_true", help=_("check the file and report, change nothing")
    )
    imp.add_argument("--format", choices=("text", "json"), default="text")
    imp.set_defaults(run=run_import)


def run_export(args: argparse.Namespace, ctx: Context) -> int:
    with ctx.database().session() as session:
        ids = [find_case(session, key).id for key in args.cases] if args.cases else None
        if args.output == "-":
            bundle = export_bundle(session, ids)
            sys.stdout.write(render_bundle(bundle))
            note(_("exported {n} cases").format(n=len(bundle["cases"])))
            return 0
        count = save_bundle(session, args.output, ids)
    say(_("exported {n} cases to {file}").format(n=count, file=args.output))
    return 0


def run_import(args: argparse.Namespace, ctx: Context) -> int:
    # The file is read and parsed before the database is even opened.
    data = parse_bundle(sys.stdin.read(), "stdin") if args.file == "-" else read_bundle(args.file)
    with ctx.database(create=True).session() as session:
        summary = import_bundle(session, data, replace=args.replace, dry_run=args.dry_run)
    if args.format == "json":
        print_json(summary.as_dict())
    else:
        say(describe(summary))
    return 0


def describe(summary: ImportSummary) -> str:
    """The import's outcome in a few lines for the person who ran it."""
    lines = []
    if summary.dry_run:
        lines.append(_("Dry run: nothing was changed. The import would do this:"))
    lines.append(
        _("imported {n} cases ({r} replaced)").format(
            n=len(summary.imported), r=len(summary.replaced)
        )
    )
    added = _("added {c} creditors, {k} courts, {a} advisors").format(
        c=summary.creditors_added, k=summary.courts_added, a=summary.advisors_added
    )
    lines.append(added)
    if summary.skipped:
        lines.append(
            _("skipped {n} cases already present (use --replace to replace them):").format(
                n=len(summary.skipped)
            )
        )
        lines.extend(f"  {ref.uuid}  #{ref.id}  {ref.full_name}" for ref in summary.skipped)
    return "\n".join(lines)
