"""The household's income and expenditure statement as a PDF page.

It is what the deferral application attaches: income and expenses by category
(named in the page's language), the month's surplus or deficit beside the
subsistence minimum, and a line for the debtor to sign.
"""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal
from typing import Any

from debtdesk.documents import blocks as b
from debtdesk.documents.formatting import format_date
from debtdesk.documents.markup import escape_text
from debtdesk.documents.story import build_story
from debtdesk.documents.styles import load_stylesheet
from debtdesk.finance.budget import Budget
from debtdesk.finance.case import CaseHeader
from debtdesk.finance.labels import category, norm_lang, word
from debtdesk.finance.pdf.page import header_blocks, money, render

__all__ = ["budget_pdf"]


def _budget_rows(lines: Iterable[Any], lang: str) -> tuple[tuple[str, str], ...]:
    rows = tuple(
        (escape_text(category(c.category, lang)), money(c.amount, "KZT", lang)) for c in lines
    )
    return rows or ((escape_text(word("no_lines", lang)), ""),)


def budget_pdf(who: CaseHeader, budget: Budget, lang: str, *, invariant: bool = False) -> bytes:
    """The household's income and expenditure statement, as the deferral application attaches it."""
    lang = norm_lang(lang)
    sheet = load_stylesheet("base")
    header = (escape_text(word("col_category", lang)), escape_text(word("col_month", lang)))
    blocks = header_blocks(word("budget_title", lang), who, budget.on, lang, "person")
    if budget.household_size:
        family = word("household", lang).format(n=budget.household_size, m=budget.minors or 0)
    else:
        family = word("household_unknown", lang)
    blocks.append(b.Paragraph(escape_text(family)))

    def bold_row(label: str, value: Decimal) -> tuple[str, str]:
        return (f"<b>{escape_text(label)}</b>", f"<b>{money(value, 'KZT', lang)}</b>")

    blocks += [
        b.Heading(2, escape_text(word("income", lang))),
        b.Table(
            header,
            (
                *_budget_rows(budget.income, lang),
                bold_row(word("total_income", lang), budget.income_total),
            ),
            (3, 1.4),
            ("l", "r"),
        ),
        b.Heading(2, escape_text(word("expenses", lang))),
        b.Table(
            header,
            (
                *_budget_rows(budget.expenses, lang),
                bold_row(word("total_expenses", lang), budget.expense_total),
            ),
            (3, 1.4),
            ("l", "r"),
        ),
    ]
    balance = word("deficit" if budget.deficit else "surplus", lang)
    rows = [bold_row(balance, abs(budget.surplus))]
    if budget.income_per_person is not None:
        rows.append(
            (escape_text(word("per_person", lang)), money(budget.income_per_person, "KZT", lang))
        )
    year = budget.on.year
    if budget.subsistence_minimum is not None:
        rows.append(
            (
                escape_text(word("minimum", lang).format(year=year)),
                money(budget.subsistence_minimum, "KZT", lang),
            )
        )
    blocks.append(
        b.Table(("", escape_text(word("col_month", lang))), tuple(rows), (3, 1.4), ("l", "r"))
    )
    if budget.below_minimum is not None:
        verdict = word("below" if budget.below_minimum else "not_below", lang)
        blocks.append(b.Paragraph(f"<b>{escape_text(verdict)}</b>"))
    elif budget.subsistence_minimum is None:
        blocks.append(
            b.Paragraph(escape_text(word("minimum_unset", lang).format(year=year)), "note")
        )
    blocks += [
        b.Spacer(1),
        b.Paragraph(escape_text(word("confirm", lang))),
        b.Signature(
            format_date(budget.on, lang),
            escape_text(who.full_name),
            escape_text(word("signature", lang)),
        ),
    ]
    return render(
        build_story(blocks, sheet), sheet, word("budget_title", lang), who, lang, invariant
    )
