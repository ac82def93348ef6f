"""The "Debt history" of a case as PDF pages: per loan, the figures, the growth and a chart.

The debt chart is a reportlab drawing placed between the blocks; amounts and
dates are formatted by babel in the page's language, not the program's.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from debtdesk.documents import blocks as b
from debtdesk.documents.formatting import format_date, format_number
from debtdesk.documents.markup import escape_text
from debtdesk.documents.story import build_story
from debtdesk.documents.styles import load_stylesheet
from debtdesk.finance.case import CaseHeader
from debtdesk.finance.chart import debt_chart
from debtdesk.finance.growth import CaseDebt, Figure, LoanGrowth
from debtdesk.finance.labels import norm_lang, word
from debtdesk.finance.pdf.page import header_blocks, money, render
from debtdesk.finance.rates import Rate

__all__ = ["debt_history_pdf"]

_SHORT = "dd.MM.y"
_ILLUSTRATIVE = "illustrative"  # the demo rates' source says so


def _times(value: Decimal | None, lang: str) -> str:
    return "—" if value is None else word("times", lang).format(x=format_number(value, lang, 2))


def _percent(value: Decimal | None, lang: str) -> str:
    return "—" if value is None else f"{format_number(value * 100, lang, 1)}\xa0%"


def _day(value: date | None, lang: str) -> str:
    return "" if value is None else format_date(value, lang, _SHORT)


def _rate_text(rate: Rate | None, lang: str) -> str:
    if rate is None:
        return ""
    return word("rate_line", lang).format(
        currency=rate.currency, rate=format_number(rate.rate, lang, 2), date=_day(rate.day, lang)
    )


def _figure_row(
    label: str, fig: Figure, currency: str, lang: str, when: str, foreign: bool
) -> tuple[str, ...]:
    cells = [escape_text(label)]
    if foreign:
        cells.append(money(fig.amount, currency, lang))
    cells += [money(fig.tenge, "KZT", lang), escape_text(when)]
    return tuple(cells)


def _loan_blocks(g: LoanGrowth, lang: str) -> tuple[list[b.Block], list[b.Block]]:
    """Blocks before the chart and after it, for one loan."""
    foreign = g.currency != "KZT"
    number = g.contract_no or word("no_number", lang)
    when = format_date(g.contract_date, lang) if g.contract_date else word("no_date", lang)
    before: list[b.Block] = [
        b.Heading(1, escape_text(word("loan", lang).format(no=number, date=when)))
    ]
    facts = []
    if g.creditor:
        facts.append(word("creditor", lang).format(name=g.creditor))
    if g.contract_rate:
        facts.append(_rate_text(g.contract_rate, lang))
    if facts:
        before.append(b.Paragraph(escape_text("; ".join(facts))))
    header = [word("col_item", lang)]
    if foreign:
        header.append(word("col_loan", lang))
    header += [word("col_tenge", lang), word("col_when", lang)]
    rows = [
        _figure_row(
            word("borrowed", lang),
            g.borrowed,
            g.currency,
            lang,
            _day(g.contract_date, lang),
            foreign,
        ),
        _figure_row(
            word("paid", lang).format(n=g.payments),
            g.paid,
            g.currency,
            lang,
            word("paid_dates", lang),
            foreign,
        ),
    ]
    claim = g.claim
    if claim is not None:
        rows.append(
            _figure_row(
                word("claimed", lang),
                claim.total,
                g.currency,
                lang,
                _day(claim.as_of, lang),
                foreign,
            )
        )
        for key, part in (
            ("claim_principal", claim.principal),
            ("claim_interest", claim.interest),
            ("claim_penalties", claim.penalties),
            ("claim_fees", claim.fees),
        ):
            rows.append(
                _figure_row("– " + word(key, lang).strip(), part, g.currency, lang, "", foreign)
            )
    widths = (3.2, 2.2, 2.2, 2.0) if foreign else (3.6, 2.4, 2.4)
    aligns = ("l", "r", "r", "l") if foreign else ("l", "r", "l")
    before.append(b.Table(tuple(escape_text(h) for h in header), tuple(rows), widths, aligns))
    if claim is None:
        before.append(b.Paragraph(escape_text(word("no_claim", lang))))
        return before, _schedule_blocks(g, lang)
    if claim.source:
        before.append(
            b.Paragraph(escape_text(word("claim_source", lang).format(source=claim.source)), "note")
        )
    ratios = [
        (word("ratio_claimed", lang), g.claimed_to_borrowed_tenge, g.claimed_to_borrowed),
        (
            word("ratio_total", lang),
            g.paid_and_claimed_to_borrowed_tenge,
            g.paid_and_claimed_to_borrowed,
        ),
    ]
    lines = []
    for label, tenge, own in ratios:
        text = f"{label}: <b>{escape_text(_times(tenge, lang))}</b> (₸)"
        if foreign:
            text += f"; {escape_text(_times(own, lang))} ({g.currency})"
        lines.append(text)
    share = _percent(g.penalties_and_fees_share, lang)
    lines.append(f"{escape_text(word('share_penalties_fees', lang))}: <b>{share}</b>")
    before.append(b.ListBlock(False, tuple(lines)))
    if foreign and g.at_contract_rate is not None:
        parts = g.at_contract_rate
        growth_rows = [
            (word("borrowed", lang), g.borrowed.tenge),
            (word("at_rate_principal", lang), parts.principal),
            (word("at_rate_interest", lang), parts.interest),
            (word("at_rate_penalties", lang), parts.penalties),
            (word("at_rate_fees", lang), parts.fees),
            (word("dev_claim", lang), g.devaluation.on_claim),
            (word("dev_payments", lang), g.devaluation.on_payments),
        ]
        table_rows = tuple((escape_text(k), money(v, "KZT", lang)) for k, v in growth_rows)
        total_row = (
            f"<b>{escape_text(word('dev_total', lang))}</b>",
            f"<b>{money(g.devaluation.total, 'KZT', lang)}</b>",
        )
        before += [
            b.Heading(2, escape_text(word("growth_heading", lang))),
            b.Table(
                ("", escape_text(word("col_tenge", lang))),
                (*table_rows, total_row),
                (3, 1.4),
                ("l", "r"),
            ),
            b.Paragraph(escape_text(word("growth_note", lang)), "note"),
        ]
    return before, _schedule_blocks(g, lang)


def _schedule_blocks(g: LoanGrowth, lang: str) -> list[b.Block]:
    s = g.schedule
    if s is None or not s.years:
        return []
    cur = g.currency
    rows = tuple(
        (
            str(y.year),
            money(y.promised, cur, lang),
            money(y.paid, cur, lang),
            money(y.behind, cur, lang),
        )
        for y in s.years
        if y.promised or y.paid
    )
    summary = word("schedule_summary", lang).format(
        date=format_date(s.on, lang),
        promised=money(s.promised_by_on, cur, lang),
        paid=money(s.paid_by_on, cur, lang),
        behind=money(s.behind, cur, lang),
        n=format_number(s.instalments_behind, lang, 1),
        level=money(s.level_payment, cur, lang),
    )
    header = tuple(
        escape_text(word(k, lang)) for k in ("col_year", "col_promised", "col_paid", "col_behind")
    )
    return [
        b.Heading(2, escape_text(word("schedule_heading", lang))),
        b.Table(header, rows, (1, 2, 2, 2), ("l", "r", "r", "r")),
        b.Paragraph(escape_text(summary)),
    ]


def _rates_used(debt: CaseDebt) -> list[Rate]:
    found = []
    for g in debt.loans:
        found.append(g.contract_rate)
        found.append(g.claim.rate if g.claim else None)
    return [r for r in found if r is not None]


def _totals_blocks(debt: CaseDebt, lang: str) -> list[b.Block]:
    if len(debt.loans) < 2:
        return []
    rows = (
        (escape_text(word("borrowed", lang)), money(debt.borrowed_tenge, "KZT", lang)),
        (
            escape_text(word("paid", lang).split("(")[0].strip()),
            money(debt.paid_tenge, "KZT", lang),
        ),
        (escape_text(word("claimed", lang)), money(debt.claimed_tenge, "KZT", lang)),
        (
            escape_text(word("ratio_claimed", lang)),
            escape_text(_times(debt.claimed_to_borrowed_tenge, lang)),
        ),
        (escape_text(word("dev_total", lang)), money(debt.devaluation_tenge, "KZT", lang)),
    )
    return [
        b.Heading(1, escape_text(word("case_totals", lang))),
        b.Table(("", escape_text(word("col_tenge", lang))), rows, (3, 1.6), ("l", "r")),
    ]


class _Chart(Flowable):
    """A reportlab drawing as a flowable that keeps its own size."""

    def __init__(self, drawing: Any) -> None:
        super().__init__()
        self.drawing = drawing
        self.width, self.height = drawing.width, drawing.height

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        self.drawing.drawOn(self.canv, 0, 0)


def debt_history_pdf(
    who: CaseHeader, debt: CaseDebt, lang: str, *, invariant: bool = False
) -> bytes:
    """The "Debt history" of every loan of a case: tables, growth and a chart per loan."""
    lang = norm_lang(lang)
    sheet = load_stylesheet("base")
    story = build_story(header_blocks(word("debt_title", lang), who, debt.on, lang), sheet)
    for g in debt.loans:
        before, after = _loan_blocks(g, lang)
        story += build_story(before, sheet)
        if g.series:
            story += [Spacer(1, 3 * mm), _Chart(debt_chart(g, lang, sheet.frame_width))]
            story += build_story(
                [b.Paragraph(escape_text(word("chart_note", lang)), "note")], sheet
            )
        story += build_story(after, sheet)
    notes: list[b.Block] = list(_totals_blocks(debt, lang))
    sources = sorted({r.source or "" for r in _rates_used(debt)} - {""})
    if sources:
        notes.append(
            b.Paragraph(
                escape_text(word("rates_from", lang).format(sources="; ".join(sources))), "note"
            )
        )
    if any(_ILLUSTRATIVE in s for s in sources):
        notes.append(b.Paragraph(f"<b>{escape_text(word('illustrative', lang))}</b>", "note"))
    story += build_story(notes, sheet)
    return render(story, sheet, word("debt_title", lang), who, lang, invariant)
