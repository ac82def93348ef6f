"""The movement-figures report as a spreadsheet: numbers a journalist can total.

Two sheets: "overall" (one figure a row) and "by city" (one city a row, the
total last). Counts are integers and amounts numbers in tenge with a number
format, never text, so a spreadsheet can sum and chart them. A withheld (small)
cell holds the text "fewer than 5" instead of its figures, like the PDF.

The workbook is made in memory and written with ``write_file`` (a temporary
file renamed at the end), so an interrupted export never leaves half a file
where the last good one was.
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

from debtdesk.reports.figures import STAGES, CityFigures, MovementFigures
from debtdesk.reports.labels import norm_lang, stage, word
from debtdesk.reports.pdf import city_name, month_range

AMOUNT_FORMAT = "#,##0"  # whole tenge; the cells hold the exact amount
RATIO_FORMAT = "0.0"

# (label key, attribute, kind): the figures, in the order of the PDF's headline.
FIGURES: tuple[tuple[str, str, str], ...] = (
    ("families", "families_helped", "count"),
    ("open_cases", "open_cases", "count"),
    ("hearings", "hearings", "count"),
    ("attended", "hearings_attended", "count"),
    ("won", "decisions_won", "count"),
    ("lost", "decisions_lost", "count"),
    ("scheduled", "evictions_scheduled", "count"),
    ("stopped", "evictions_stopped", "count"),
    ("borrowed", "borrowed_kzt", "amount"),
    ("claimed", "claimed_kzt", "amount"),
    ("sent", "letters_sent", "count"),
    ("answered", "letters_answered", "count"),
)


def _value(row: CityFigures, attr: str) -> Any:
    return getattr(row, attr)


def figures_xlsx(figures: MovementFigures, lang: str) -> bytes:
    """The workbook's bytes: sheets "overall" and "by city", headers in ``lang``."""
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    lang = norm_lang(lang)
    bold = Font(bold=True)
    small = word("fewer", lang).format(n=figures.small_cell)
    book = Workbook()
    overall = book.active
    overall.title = word("total", lang)[:31]
    overall.append([word("title", lang)])
    overall["A1"].font = Font(bold=True, size=13)
    q = figures.query
    overall.append([month_range(figures, lang)])
    overall.append([word("city", lang).format(city=q.city) if q.city else word("all_cities", lang)])
    overall.append([])
    overall.append([word("col_figure", lang), word("col_value", lang)])
    for cell in overall[overall.max_row]:
        cell.font = bold
    f = figures.overall
    for key, attr, kind in FIGURES:
        overall.append([word(key, lang), small if f.suppressed else _value(f, attr)])
        if kind == "amount" and not f.suppressed:
            overall.cell(overall.max_row, 2).number_format = AMOUNT_FORMAT
    if not f.suppressed:
        overall.append([])
        overall.append([word("stages", lang), word("col_cases", lang)])
        for cell in overall[overall.max_row]:
            cell.font = bold
        for key in STAGES:
            if key in f.open_cases_by_stage:
                overall.append([stage(key, lang), f.open_cases_by_stage[key]])
    overall.column_dimensions["A"].width = 40
    overall.column_dimensions["B"].width = 20

    cities = book.create_sheet(word("by_city", lang)[:31])
    header = [word("col_city", lang), *(word(key, lang) for key, _a, _k in FIGURES)]
    header.append(word("col_ratio", lang))
    cities.append(header)
    for cell in cities[1]:
        cell.font = bold
    cities.freeze_panes = "B2"
    for row in (*figures.by_city, figures.overall):
        name = city_name(row, lang)
        if row.suppressed:
            cities.append([name, small])
            continue
        values: list[Any] = [name, *(_value(row, attr) for _k, attr, _kind in FIGURES)]
        values.append(float(row.claimed_kzt / row.borrowed_kzt) if row.borrowed_kzt else None)
        cities.append(values)
        r = cities.max_row
        if row.city is None:
            for cell in cities[r]:
                cell.font = bold
        for i, (_key, _attr, kind) in enumerate(FIGURES, start=2):
            if kind == "amount":
                cities.cell(r, i).number_format = AMOUNT_FORMAT
        cities.cell(r, len(values)).number_format = RATIO_FORMAT
    cities.column_dimensions["A"].width = 24
    for i in range(2, len(header) + 1):
        cities.column_dimensions[get_column_letter(i)].width = 16
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def write_figures_xlsx(figures: MovementFigures, path: str | Path, lang: str) -> None:
    """Write the workbook to ``path`` whole or not at all (see the module's docstring)."""
    from debtdesk.commands.letters import write_file

    write_file(path, figures_xlsx(figures, lang))
