"""``debtdesk deadline``, ``agenda``, ``calendar`` and ``ical``: the deadline engine in a shell."""

from __future__ import annotations

import argparse
from dataclasses import asdict
from datetime import date
from pathlib import Path
from typing import Any

from debtdesk.clock import today
from debtdesk.commands.context import Context, add_command
from debtdesk.commands.output import note, print_json, say, table
from debtdesk.db.engine import sqlite_path
from debtdesk.errors import ValidationError
from debtdesk.i18n import _, current_language

LANGS = ("kk", "ru", "en")
# Kept in step with debtdesk.deadlines.agenda (a test checks), which is not
# imported here so that ``debtdesk --help`` stays quick.
AGENDA_SECTIONS = ("threat", "overdue", "due", "hearing", "awaiting_reply")
AGENDA_LIMIT = 50


def _date(field: str, text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError as exc:
        raise ValidationError(field, _("not a date (use YYYY-MM-DD): {v}").format(v=text)) from exc


def register(subparsers: Any) -> None:
    p = add_command(
        subparsers, "deadline", help=_("compute a deadline from a rule and its trigger date")
    )
    p.add_argument("rule", help=_("rule key, e.g. appeal, private_complaint, cassation"))
    p.add_argument("trigger_date", metavar="TRIGGER_DATE", help="YYYY-MM-DD")
    p.add_argument("--jurisdiction", default="kz")
    p.add_argument("--lang", choices=LANGS, default=None)
    p.add_argument("--format", choices=("text", "json"), default="text")
    p.set_defaults(run=run_deadline)

    p = add_command(
        subparsers, "agenda", help=_("what needs attention: evictions, deadlines, hearings")
    )
    p.add_argument("--days", type=int, default=14)
    p.add_argument("--from", dest="start", metavar="DATE", default=None)
    p.add_argument(
        "--advisor-filter",
        dest="advisor_filter",
        metavar="NAME",
        default=None,
        help=_("only the cases of this advisor"),
    )
    p.add_argument("--city", default=None)
    p.add_argument(
        "--limit",
        type=int,
        default=None,
        metavar="N",
        help=_("at most N items a section (default {n}; 0 shows all)").format(n=AGENDA_LIMIT),
    )
    p.add_argument(
        "--section",
        dest="sections",
        action="append",
        choices=AGENDA_SECTIONS,
        default=None,
        help=_("only this section (repeat for more)"),
    )
    p.add_argument(
        "--offset", type=int, default=0, metavar="N", help=_("skip the first N items a section")
    )
    p.add_argument("--lang", choices=LANGS, default=None)
    p.add_argument("--format", choices=("table", "json"), default="table")
    p.set_defaults(run=run_agenda)

    p = add_command(
        subparsers, "calendar", help=_("decreed days off, working days, court closures")
    )
    sub = p.add_subparsers(dest="calendar_command", metavar="ACTION", required=True)
    add = add_command(sub, "add", help=_("record a day off, a working day or a court closure"))
    add.add_argument("day", metavar="DATE")
    kind = add.add_mutually_exclusive_group(required=True)
    kind.add_argument("--off", dest="kind", action="store_const", const="day_off")
    kind.add_argument("--working", dest="kind", action="store_const", const="working")
    kind.add_argument("--closure", dest="kind", action="store_const", const="court_closure")
    add.add_argument("--reason", required=True)
    add.set_defaults(run=run_calendar_add)
    rm = add_command(sub, "remove", help=_("remove a recorded calendar day"))
    rm.add_argument("day", metavar="DATE")
    rm.set_defaults(run=run_calendar_remove)
    ls = add_command(sub, "list", help=_("list recorded calendar days"))
    ls.add_argument("--year", type=int, default=None)
    ls.add_argument("--format", choices=("table", "json"), default="table")
    ls.set_defaults(run=run_calendar_list)

    p = add_command(subparsers, "ical", help=_("export hearings, deadlines and evictions (.ics)"))
    p.add_argument("-o", "--output", required=True, metavar="FILE.ics")
    p.add_argument("--days", type=int, default=90)
    p.add_argument("--lang", choices=LANGS, default=None)
    p.set_defaults(run=run_ical)


def _lang(args: argparse.Namespace) -> str:
    return args.lang or current_language()


def run_deadline(args: argparse.Namespace, ctx: Context) -> int:
    from debtdesk.deadlines import (
        WorkingCalendar,
        compute_deadline,
        load_jurisdiction,
        render_explanation,
        render_steps,
    )

    trigger = _date("trigger_date", args.trigger_date)
    jurisdiction = load_jurisdiction(args.jurisdiction)
    rule = jurisdiction.rule(args.rule)
    lang = _lang(args)
    # Advisors' calendar days count when a database exists; without one, the law alone.
    days: list[Any] = []
    path = sqlite_path(ctx.url)
    if path is None or path.exists():
        from debtdesk.services.deadlines import list_calendar_days

        with ctx.database().session() as session:
            days = [d for d in list_calendar_days(session) if d.jurisdiction == jurisdiction.code]
            session.expunge_all()
    result = compute_deadline(rule, trigger, WorkingCalendar.from_days(jurisdiction, days))
    explanation = result.to_json()
    if args.format == "json":
        print_json(
            {
                "rule": rule.key,
                "jurisdiction": jurisdiction.code,
                "trigger": trigger,
                "due": result.due,
                "confidence": rule.confidence,
                "check_with_lawyer": result.needs_lawyer,
                "explanation": render_explanation(explanation, lang),
                "steps": explanation["steps"],
            }
        )
    else:
        say(result.due.isoformat())
        for line in render_steps(explanation, lang):
            say("  " + line)
    return 0


def run_agenda(args: argparse.Namespace, ctx: Context) -> int:
    from debtdesk.deadlines.agenda import agenda_page

    if args.days < 0 or args.days > 3660:
        raise ValidationError("days", _("must be between 0 and 3660"))
    limit = AGENDA_LIMIT if args.limit is None else args.limit
    if limit < 0:
        raise ValidationError("limit", _("must not be negative"))
    start = _date("from", args.start) if args.start else today()
    with ctx.database().session() as session:
        page = agenda_page(
            session,
            start=start,
            days=args.days,
            advisor=args.advisor_filter,
            city=args.city,
            lang=_lang(args),
            limit=limit or None,
            offset=args.offset,
            sections=args.sections or AGENDA_SECTIONS,
        )
    items = page.items
    if args.format == "json":
        print_json(
            {
                "from": page.start,
                "to": page.end,
                "limit": limit or None,
                "offset": args.offset,
                "sections": [
                    {
                        "section": section.name,
                        "total": section.total,
                        "offset": section.offset,
                        "shown": len(section.items),
                        "remaining": section.remaining,
                    }
                    for section in page.sections
                ],
                "items": [asdict(item) for item in items],
            }
        )
        return 0
    if not items:
        say(_("nothing needs attention from {d} for {n} days").format(d=start, n=args.days))
        return 0
    headers = [_("Section"), _("Date"), _("Days"), _("What"), _("Who"), _("City"), _("Case no.")]
    rows = [
        [i.section, i.date, i.days_left, i.title, i.full_name, i.city, i.case_no] for i in items
    ]
    say(table(headers, rows, right=(2,)))
    for section in page.sections:
        if section.remaining:
            shown_to = section.offset + len(section.items)
            say(
                _(
                    "{section}: {first}–{last} of {total} shown; "
                    "the next with --section {section} --offset {last}"
                ).format(
                    section=section.name,
                    first=section.offset + 1,
                    last=shown_to,
                    total=section.total,
                )
            )
    return 0


def _report_moves(changes: list[Any]) -> None:
    for change in changes:
        note(
            _("deadline {id} ({rule}) of case {case}: {old} → {new}").format(
                id=change.deadline_id,
                rule=change.rule,
                case=change.debtor_id,
                old=change.old_due,
                new=change.new_due,
            )
        )


def run_calendar_add(args: argparse.Namespace, ctx: Context) -> int:
    from debtdesk.services.deadlines import set_calendar_day

    with ctx.database(create=True).session() as session:
        row, changes = set_calendar_day(
            session, {"date": args.day, "kind": args.kind, "reason": args.reason}
        )
        say(_("{d}: {kind} — {reason}").format(d=row.date, kind=row.kind, reason=row.reason))
    _report_moves(changes)
    say(_("{n} deadline(s) moved").format(n=len(changes)))
    return 0


def run_calendar_remove(args: argparse.Namespace, ctx: Context) -> int:
    from debtdesk.services.deadlines import remove_calendar_day

    with ctx.database().session() as session:
        changes = remove_calendar_day(session, _date("date", args.day))
    _report_moves(changes)
    say(_("{n} deadline(s) moved").format(n=len(changes)))
    return 0


def run_calendar_list(args: argparse.Namespace, ctx: Context) -> int:
    from debtdesk.services.deadlines import list_calendar_days

    with ctx.database().session() as session:
        rows = [
            {"date": d.date, "working": d.working, "kind": d.kind, "reason": d.reason}
            for d in list_calendar_days(session, args.year)
        ]
    if args.format == "json":
        print_json(rows)
    elif not rows:
        say(_("no calendar days recorded"))
    else:
        headers = [_("Date"), _("Kind"), _("Reason")]
        say(table(headers, [[r["date"], r["kind"], r["reason"]] for r in rows]))
    return 0


def run_ical(args: argparse.Namespace, ctx: Context) -> int:
    from debtdesk.deadlines.ical import build_ical

    if args.days < 1 or args.days > 3660:
        raise ValidationError("days", _("must be between 1 and 3660"))
    with ctx.database().session() as session:
        data = build_ical(session, days=args.days, lang=_lang(args))
    out = Path(args.output)
    tmp = out.with_name(out.name + ".part")
    tmp.write_bytes(data)
    tmp.replace(out)
    say(_("wrote {path}").format(path=out))
    return 0
