"""``debtdesk report-figures``: the movement's figures for a range of months, for the press."""

from __future__ import annotations

import argparse
from datetime import date
from typing import Any

from debtdesk.commands.context import Context, add_command
from debtdesk.commands.output import note, print_json, say, table
from debtdesk.errors import ValidationError
from debtdesk.i18n import LANGUAGES, _, current_language


def _date(field: str, text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise ValidationError(field, _("not a date (use YYYY-MM-DD): {v}").format(v=text)) from None


def register(subparsers: Any) -> None:
    p = add_command(
        subparsers,
        "report-figures",
        help=_("the movement's figures for a range of months, by city (PDF, xlsx)"),
        description=_(
            "Families helped, open cases by stage, hearings, decisions won and lost, evictions "
            "scheduled and stopped, borrowed against claimed in tenge, letters sent and "
            "answered: for whole months, by city and overall, from anonymised data only. "
            "Cities with fewer than 5 families are merged into 'other cities'."
        ),
    )
    p.add_argument("--from", dest="start", required=True, metavar="YYYY-MM-DD")
    p.add_argument("--to", dest="end", required=True, metavar="YYYY-MM-DD")
    p.add_argument("--city", default=None, help=_("only this city"))
    p.add_argument("--lang", choices=LANGUAGES, default=None, help=_("language of the files"))
    p.add_argument("--pdf", metavar="FILE", default=None, help=_("write the PDF here"))
    p.add_argument("--xlsx", metavar="FILE", default=None, help=_("write the spreadsheet here"))
    p.add_argument("--format", choices=("text", "json"), default="text")
    p.set_defaults(run=run_report_figures)


def run_report_figures(args: argparse.Namespace, ctx: Context) -> int:
    from debtdesk.commands.letters import write_file
    from debtdesk.reports.figures import FigureQuery, figures_dict, movement_figures
    from debtdesk.reports.pdf import city_name
    from debtdesk.reports.xlsx import write_figures_xlsx

    query = FigureQuery(_date("from", args.start), _date("to", args.end), args.city)
    with ctx.database().session() as session:
        figures = movement_figures(session, query)
    lang = args.lang or current_language()
    if args.pdf:
        from debtdesk.reports.pdf import figures_pdf

        write_file(args.pdf, figures_pdf(figures, lang))
        note(_("wrote {path}").format(path=args.pdf))
    if args.xlsx:
        write_figures_xlsx(figures, args.xlsx, lang)
        note(_("wrote {path}").format(path=args.xlsx))
    if args.format == "json":
        print_json(figures_dict(figures))
        return 0
    q = figures.query
    say(_("Movement figures, {start} to {end} (whole months)").format(
        start=q.first_day.isoformat(), end=q.last_day.isoformat()
    ))  # fmt: skip
    headers = (
        _("city"), _("families"), _("open"), _("hearings"), _("attended"), _("won"), _("lost"),
        _("evictions"), _("stopped"), _("borrowed KZT"), _("claimed KZT"), _("sent"),
        _("answered"),
    )  # fmt: skip
    rows = []
    for row in (*figures.by_city, figures.overall):
        name = city_name(row, lang)
        if row.suppressed:
            rows.append([name, _("fewer than {n}").format(n=figures.small_cell)])
            continue
        rows.append(
            [
                name, row.families_helped, row.open_cases, row.hearings, row.hearings_attended,
                row.decisions_won, row.decisions_lost, row.evictions_scheduled,
                row.evictions_stopped, f"{row.borrowed_kzt:,.0f}".replace(",", " "),
                f"{row.claimed_kzt:,.0f}".replace(",", " "), row.letters_sent,
                row.letters_answered,
            ]
        )  # fmt: skip
    rows = [r + [""] * (len(headers) - len(r)) for r in rows]
    say(table(headers, rows, right=tuple(range(1, len(headers)))))
    return 0
