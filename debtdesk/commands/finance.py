"""``debtdesk debt``, ``budget`` and ``bankruptcy-check``: a case's money in a shell.

Each prints figures for people (in ``--lang``, default the program's language)
or JSON for programs; ``debt`` and ``budget`` also write their PDF with ``-o``
(in the debtor's language unless ``--lang`` says otherwise).
"""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path
from typing import Any

from debtdesk.commands.context import Context, add_command, find_case
from debtdesk.commands.output import note, print_json, say, table
from debtdesk.errors import ValidationError
from debtdesk.i18n import _, current_language

LANGS = ("kk", "ru", "en")


def register(subparsers: Any) -> None:
    for name, help_text, pdf in (
        ("debt", _("how a case's debt grew: borrowed, paid, claimed, in tenge too"), True),
        ("budget", _("the household's monthly income and expenditure"), True),
        (
            "bankruptcy-check",
            _("screen the case against the 2023 bankruptcy law (not advice)"),
            False,
        ),
    ):
        p = add_command(subparsers, name, help=help_text)
        p.add_argument("case", metavar="CASE_ID", help=_("case id or UUID"))
        p.add_argument(
            "--on", metavar="DATE", default=None, help=_("as of this day (default today)")
        )
        p.add_argument("--lang", choices=LANGS, default=None)
        p.add_argument("--format", choices=("text", "json"), default="text")
        if pdf:
            p.add_argument(
                "-o", "--output", metavar="FILE.pdf", default=None, help=_("write the PDF here")
            )
        p.set_defaults(run=_RUNS[name])


def _on(args: argparse.Namespace) -> date | None:
    if args.on is None:
        return None
    try:
        return date.fromisoformat(args.on)
    except ValueError as exc:
        raise ValidationError(
            "on", _("not a date (use YYYY-MM-DD): {v}").format(v=args.on)
        ) from exc


def _write(path: str, pdf: bytes) -> None:
    Path(path).write_bytes(pdf)
    note(_("wrote {path}").format(path=path))


def run_debt(args: argparse.Namespace, ctx: Context) -> int:
    from debtdesk.documents.formatting import format_money, format_number
    from debtdesk.finance.case import debt_report
    from debtdesk.finance.labels import word
    from debtdesk.finance.present import debt_json

    with ctx.database().session() as session:
        who, debt = debt_report(session, find_case(session, args.case).id, _on(args))
    if args.output:
        from debtdesk.finance.pdf import debt_history_pdf

        _write(args.output, debt_history_pdf(who, debt, args.lang or who.language))
    if args.format == "json":
        print_json(debt_json(who, debt))
        return 0
    lang = args.lang or current_language()

    def money(value: Any, currency: str = "KZT") -> str:
        return "" if value is None else format_money(value, currency, lang)

    def times(value: Any) -> str:
        return "" if value is None else format_number(value, lang, 2)

    say(f"{who.full_name} — {word('as_of', lang).format(date=debt.on.isoformat())}")
    rows = []
    for g in debt.loans:
        claimed = g.claimed
        rows.append(
            [
                g.contract_no or g.loan_id,
                g.currency,
                money(g.borrowed.amount, g.currency),
                money(g.borrowed.tenge),
                money(g.paid.tenge),
                money(claimed.tenge if claimed else None),
                times(g.claimed_to_borrowed_tenge),
                times(g.paid_and_claimed_to_borrowed_tenge),
                money(g.devaluation.total),
            ]
        )
    headers = [
        "loan", "", word("borrowed", lang), "₸", word("paid", lang).split("(")[0].strip() + " ₸",
        word("claimed", lang) + " ₸", "÷", "(+)÷", word("dev_total", lang) + " ₸",
    ]  # fmt: skip
    say(table(headers, rows, right=range(2, 9)))
    say(
        f"{word('case_totals', lang)}: {money(debt.borrowed_tenge)} → "
        f"{money(debt.paid_tenge)} + {money(debt.claimed_tenge)} "
        f"({word('ratio_claimed', lang)}: {times(debt.claimed_to_borrowed_tenge)})"
    )
    return 0


def run_budget(args: argparse.Namespace, ctx: Context) -> int:
    from debtdesk.documents.formatting import format_money
    from debtdesk.finance.case import budget_report
    from debtdesk.finance.labels import category, word
    from debtdesk.finance.present import budget_json

    with ctx.database().session() as session:
        who, budget = budget_report(session, find_case(session, args.case).id, _on(args))
    if args.output:
        from debtdesk.finance.pdf import budget_pdf

        _write(args.output, budget_pdf(who, budget, args.lang or who.language))
    if args.format == "json":
        print_json(budget_json(who, budget))
        return 0
    lang = args.lang or current_language()

    def money(value: Any) -> str:
        return "" if value is None else format_money(value, "KZT", lang)

    rows: list[list[Any]] = [[word("income", lang), "", ""]]
    rows += [["", category(c.category, lang), money(c.amount)] for c in budget.income]
    rows.append(["", word("total_income", lang), money(budget.income_total)])
    rows.append([word("expenses", lang), "", ""])
    rows += [["", category(c.category, lang), money(c.amount)] for c in budget.expenses]
    rows.append(["", word("total_expenses", lang), money(budget.expense_total)])
    say(f"{who.full_name} — {word('as_of', lang).format(date=budget.on.isoformat())}")
    say(table(["", word("col_category", lang), word("col_month", lang)], rows, right=[2]))
    balance = word("deficit" if budget.deficit else "surplus", lang)
    say(f"{balance}: {money(abs(budget.surplus))}")
    say(f"{word('per_person', lang)}: {money(budget.income_per_person) or word('unknown', lang)}")
    year = budget.on.year
    if budget.subsistence_minimum is None:
        say(word("minimum_unset", lang).format(year=year))
    else:
        say(f"{word('minimum', lang).format(year=year)}: {money(budget.subsistence_minimum)}")
        if budget.below_minimum is not None:
            say(word("below" if budget.below_minimum else "not_below", lang))
    return 0


_MARKS = {"met": "[+]", "not_met": "[-]", "unknown": "[?]"}


def run_bankruptcy(args: argparse.Namespace, ctx: Context) -> int:
    from debtdesk.finance.case import bankruptcy_report
    from debtdesk.finance.labels import word
    from debtdesk.finance.present import condition_text, screen_json

    lang = args.lang or current_language()
    with ctx.database().session() as session:
        who, screen = bankruptcy_report(session, find_case(session, args.case).id, _on(args))
    if args.format == "json":
        print_json(screen_json(who, screen, lang))
        return 0
    as_of = word("as_of", lang).format(date=screen.facts.on.isoformat())
    say(f"{word('screen_title', lang)}: {who.full_name} — {as_of}")
    say(word("disclaimer", lang))
    for check in screen.checks:
        say("")
        say(f"{word(check.procedure.value, lang)}: {word(check.verdict.value, lang)}")
        for condition in check.conditions:
            say(f"  {_MARKS[condition.status.value]} {condition_text(condition, lang)}")
    return 0


_RUNS = {"debt": run_debt, "budget": run_budget, "bankruptcy-check": run_bankruptcy}
