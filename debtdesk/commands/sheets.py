"""``debtdesk import-sheet``, ``undo-import`` and ``export-sheet``: spreadsheets in and out."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from debtdesk.commands.context import Context, add_command
from debtdesk.commands.output import note, print_json, say
from debtdesk.i18n import _, current_language


def register(subparsers: Any) -> None:
    imp = add_command(
        subparsers,
        "import-sheet",
        help=_("import cases from an .xlsx or .csv sheet"),
        description=_(
            "Import cases from a spreadsheet (.xlsx, or .csv in UTF-8 or Windows-1251). "
            "Columns are matched by their headers; all rows go in or, on a problem, none. "
            "Run with --dry-run first to see what would happen."
        ),
    )
    imp.add_argument("file", metavar="FILE", help=_("the sheet to import"))
    imp.add_argument(
        "--mapping",
        metavar="FILE.json",
        help=_('which column is which field, as JSON: {"full_name": "ФИО", "phone": "C"}'),
    )
    imp.add_argument(
        "--dry-run", action="store_true", help=_("check every row and report, change nothing")
    )
    imp.add_argument(
        "--skip-invalid",
        action="store_true",
        help=_("import the valid rows and list the others (default: an invalid row stops it)"),
    )
    imp.add_argument(
        "--on-duplicate",
        choices=("skip", "merge", "add"),
        default="skip",
        help=_("a row that may be a case on file: skip it (default), merge it in, or add it"),
    )
    imp.add_argument("--format", choices=("text", "json"), default="text")
    imp.set_defaults(run=run_import)

    undo = add_command(
        subparsers,
        "undo-import",
        help=_("undo a sheet import"),
        description=_("Delete what one sheet import created, as one action."),
    )
    undo.add_argument("batch", metavar="BATCH", help=_("the batch id the import printed"))
    undo.add_argument("--format", choices=("text", "json"), default="text")
    undo.set_defaults(run=run_undo)

    exp = add_command(
        subparsers,
        "export-sheet",
        help=_("export cases, deadlines or letters to .xlsx or .csv"),
        description=_(
            "Write the case register, the deadlines or the letter register to a spreadsheet "
            "(the file's suffix chooses .xlsx or .csv), narrowed by the register's filters."
        ),
    )
    exp.add_argument("what", choices=("cases", "deadlines", "letters"))
    exp.add_argument("-o", "--output", required=True, metavar="FILE", help=_(".xlsx or .csv"))
    exp.add_argument(
        "--encoding",
        choices=("utf-8", "cp1251"),
        default="utf-8",
        help=_("of a .csv (default utf-8 with a BOM, which Excel recognises)"),
    )
    exp.add_argument(
        "--separator",
        choices=(",", ";"),
        default=",",
        help=_("of a .csv; with ';' amounts get a decimal comma, as Russian Excel reads them"),
    )
    exp.add_argument("--city", help=_("only cases in this city"))
    exp.add_argument("--status", choices=("open", "watch", "closed"), help=_("only these cases"))
    exp.add_argument("--search", metavar="TEXT", help=_("only cases the register search finds"))
    exp.set_defaults(run=run_export)


def _progress(done: int, total: int) -> None:
    if sys.stderr.isatty():
        print(f"\r{done}/{total}", end="" if done < total else "\n", file=sys.stderr)


def run_import(args: argparse.Namespace, ctx: Context) -> int:
    from debtdesk.sheets import import_file

    with ctx.database(create=True).session() as session:
        report = import_file(
            session,
            args.file,
            mapping_file=args.mapping,
            dry_run=args.dry_run,
            skip_invalid=args.skip_invalid,
            on_duplicate=args.on_duplicate,
            progress=_progress,
        )
    if args.format == "json":
        print_json(report.as_dict())
    else:
        say(describe(report))
    return 0


def describe(report: Any) -> str:
    """The import's outcome for the person who ran it: counts, then each problem."""
    lines = []
    if report.dry_run:
        lines.append(_("Dry run: nothing was changed. The import would do this:"))
    lines.append(
        _(
            "{rows} rows: {n} to import ({m} merged into cases on file), {bad} with problems, "
            "{dup} possible duplicates skipped"
        ).format(
            rows=report.rows,
            n=len(report.imported),
            m=sum(i.merged for i in report.imported),
            bad=len(report.invalid_rows),
            dup=len(report.skipped_duplicates),
        )
    )
    lines.append(
        _("columns: {m}").format(m=", ".join(f"{k} ← {v}" for k, v in report.mapping.items()))
    )
    if report.problems:
        lines.append(_("problems (row, column: reason):"))
        lines.extend(f"  {p.row}, {p.column}: {p.message}" for p in report.problems)
        if report.dry_run:
            lines.append(_("  a real run stops at the first of these unless --skip-invalid"))
    if report.duplicates:
        lines.append(_("possible duplicates (row → case on file):"))
        for d in report.duplicates:
            found = "; ".join(f"#{m.id} {m.full_name} ({', '.join(m.reasons)})" for m in d.matches)
            lines.append(f"  {d.row} {d.full_name} → {found}: {d.action}")
    if report.batch:
        lines.append(
            _("imported as batch {b} (undo: debtdesk undo-import {b})").format(b=report.batch)
        )
    return "\n".join(lines)


def run_undo(args: argparse.Namespace, ctx: Context) -> int:
    from debtdesk.sheets import undo_import

    with ctx.database().session() as session:
        summary = undo_import(session, args.batch)
    if args.format == "json":
        print_json(summary.as_dict())
    else:
        say(
            _(
                "undone: {c} cases deleted, {r} merged cases restored, {x} added records "
                "and {k} creditors deleted"
            ).format(
                c=summary.cases_deleted,
                r=summary.cases_restored,
                x=summary.records_deleted,
                k=summary.creditors_deleted,
            )
        )
    return 0


def run_export(args: argparse.Namespace, ctx: Context) -> int:
    from debtdesk.sheets.exporting import RegisterFilter, export_sheet

    where = RegisterFilter(text=args.search, city=args.city, status=args.status)
    with ctx.database().session() as session:
        result = export_sheet(
            session,
            args.what,
            args.output,
            where=where,
            encoding=args.encoding,
            delimiter=args.separator,
            lang=current_language(),
        )
    say(_("exported {n} rows to {file}").format(n=result.rows, file=result.path))
    if result.replaced_cells:
        note(
            _(
                "{n} cells had Kazakh letters Windows-1251 cannot hold: written with the "
                "nearest Russian letter (use --encoding utf-8 to keep them)"
            ).format(n=result.replaced_cells)
        )
    return 0
