"""What both finance papers share: the page with its footer, the heading lines, money.

The "Debt history" and the income and expenditure statement are attached to
the same letters, so they open alike (title, whose, as of when) and end every
page alike (who it is about, "Prepared with debtdesk", the page number); the
pages are built from the documents pipeline's fonts and style sheet, so Kazakh
letters and ₸ print with the embedded DejaVu faces.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from reportlab.platypus import Flowable

from debtdesk.documents import blocks as b
from debtdesk.documents.formatting import format_date, format_money
from debtdesk.documents.markup import escape_text
from debtdesk.documents.paper import render_paper
from debtdesk.documents.styles import StyleSheet
from debtdesk.finance.case import CaseHeader
from debtdesk.finance.labels import word

__all__ = ["header_blocks", "money", "render"]


def money(value: Decimal | None, currency: str, lang: str) -> str:
    """An amount in the page's language; a dash where the figure is not known (not 0)."""
    return "—" if value is None else format_money(value, currency, lang)


def header_blocks(
    title: str, who: CaseHeader, on: date, lang: str, who_key: str = "debtor"
) -> list[b.Block]:
    """The title, whom the paper is about (``who_key`` names the role) and as of which day."""
    line = f"{word(who_key, lang)}: <b>{escape_text(who.full_name)}</b>"
    if who.iin:
        line += f", {word('iin', lang)} {escape_text(who.iin)}"
    return [
        b.Title(escape_text(title)),
        b.Paragraph(line, "center"),
        b.Paragraph(escape_text(word("as_of", lang).format(date=format_date(on, lang))), "center"),
    ]


def render(
    story: list[Flowable],
    sheet: StyleSheet,
    title: str,
    who: CaseHeader,
    lang: str,
    invariant: bool,
) -> bytes:
    """The PDF of ``story`` on the style sheet's pages, footed with the debtor's name."""
    return render_paper(
        story,
        sheet,
        title=title,
        footer=f"{who.full_name} · {word('made_by', lang)}",
        lang=lang,
        invariant=invariant,
        template="finance",
    )
