"""The movement-figures report as an A4 PDF, ready to quote in a press release.

Made of the documents pipeline's blocks, style sheet and embedded DejaVu faces
(Kazakh letters and ₸ print), with two reportlab charts: open cases by stage,
and borrowed against claimed by city. The charts are black and grey so a
photocopy keeps them readable. Only the published figures reach the page: a
withheld (small) cell prints as "fewer than 5", never as a number.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from babel.numbers import format_compact_decimal
from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.shapes import Drawing, Rect, String
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from debtdesk.documents import blocks as b
from debtdesk.documents.fonts import clean_text, face_name
from debtdesk.documents.formatting import format_date, format_number, locale_for
from debtdesk.documents.markup import escape_text
from debtdesk.documents.paper import render_paper
from debtdesk.documents.story import build_story
from debtdesk.documents.styles import StyleSheet, load_stylesheet
from debtdesk.reports.figures import OTHER_CITIES, CityFigures, MovementFigures
from debtdesk.reports.labels import norm_lang, stage, word

STYLE = "figures"  # resources/styles/figures.toml
_FONT_SIZE = 7.5
_GREY = colors.Color(0.62, 0.62, 0.62)


def tenge(value: Decimal, lang: str) -> str:
    """Whole tenge, grouped: ``1 234 567 ₸`` (kk, ru) or ``₸1,234,567`` (en)."""
    whole = format_number(value.quantize(Decimal(1), ROUND_HALF_UP), lang, 0)
    return f"₸{whole}" if lang == "en" else f"{whole}\xa0₸"


def ratio(claimed: Decimal, borrowed: Decimal) -> Decimal | None:
    """How many times the claim is the loan, to one decimal; None without a loan."""
    if not borrowed:
        return None
    return (claimed / borrowed).quantize(Decimal("0.1"), ROUND_HALF_UP)


def city_name(row: CityFigures, lang: str) -> str:
    if row.city is None:
        return word("total", lang)
    if row.city == OTHER_CITIES:
        if row.cities_merged:
            return word("other_cities", lang).format(n=row.cities_merged)
        return word("other_cities_plain", lang)
    return row.city


def month_range(figures: MovementFigures, lang: str) -> str:
    """ "January 2026 – March 2026": the range is whole months, never days."""
    q = figures.query
    start, end = (format_date(day, lang, "LLLL y") for day in (q.first_day, q.last_day))
    if lang == "kk":  # babel capitalises Kazakh month names; inside a sentence they are not
        start, end = start.lower(), end.lower()
    return word("range", lang).format(start=start, end=end)


def _num(value: int, lang: str) -> str:
    return format_number(value, lang, 0)


def millions(value: Decimal, lang: str) -> str:
    """Millions of tenge to one decimal (``2 374,9``): the by-city table's money columns."""
    return format_number((value / 1_000_000).quantize(Decimal("0.1"), ROUND_HALF_UP), lang, 1)


def _headline(f: CityFigures, lang: str) -> list[b.Block]:
    """The key figures, two to a row, and the claim-to-loan ratio as a sentence to quote."""
    pairs = (
        ("families", _num(f.families_helped, lang)),
        ("open_cases", _num(f.open_cases, lang)),
        ("hearings", _num(f.hearings, lang)),
        ("attended", _num(f.hearings_attended, lang)),
        ("won", _num(f.decisions_won, lang)),
        ("lost", _num(f.decisions_lost, lang)),
        ("scheduled", _num(f.evictions_scheduled, lang)),
        ("stopped", _num(f.evictions_stopped, lang)),
        ("borrowed", tenge(f.borrowed_kzt, lang)),
        ("claimed", tenge(f.claimed_kzt, lang)),
        ("sent", _num(f.letters_sent, lang)),
        ("answered", _num(f.letters_answered, lang)),
    )
    cells = [(escape_text(word(k, lang)), f"<b>{escape_text(v)}</b>") for k, v in pairs]
    rows = tuple((*cells[i], *cells[i + 1]) for i in range(0, len(cells), 2))
    head = (escape_text(word("col_figure", lang)), escape_text(word("col_value", lang)))
    blocks: list[b.Block] = [
        b.Heading(1, escape_text(word("headline", lang))),
        b.Table((*head, *head), rows, (2.3, 1.5, 2.3, 1.5), ("l", "r", "l", "r")),
    ]
    times = ratio(f.claimed_kzt, f.borrowed_kzt)
    if times is not None:
        sentence = word("ratio_sentence", lang).format(x=format_number(times, lang, 1))
        blocks.append(b.Paragraph(f"<b>{escape_text(sentence)}</b>"))
    return blocks


CITY_COLUMNS = (
    "col_city", "col_families", "col_open", "col_hearings", "col_won_lost", "col_evictions",
    "col_letters", "col_borrowed", "col_claimed", "col_ratio",
)  # fmt: skip


def _city_rows(figures: MovementFigures, lang: str, small: str) -> tuple[tuple[str, ...], ...]:
    rows = []
    # One city asked for: its row is the whole report, no total under it.
    if figures.query.city is None or not figures.by_city:
        shown = (*figures.by_city, figures.overall)
    else:
        shown = figures.by_city
    for f in shown:
        name = escape_text(city_name(f, lang))
        if f.city is None:
            name = f"<b>{name}</b>"
        if f.suppressed:
            rows.append((name, escape_text(small), *("—",) * (len(CITY_COLUMNS) - 2)))
            continue
        times = ratio(f.claimed_kzt, f.borrowed_kzt)
        rows.append(
            (
                name,
                _num(f.families_helped, lang),
                _num(f.open_cases, lang),
                f"{_num(f.hearings, lang)} ({_num(f.hearings_attended, lang)})",
                f"{_num(f.decisions_won, lang)} / {_num(f.decisions_lost, lang)}",
                f"{_num(f.evictions_scheduled, lang)} / {_num(f.evictions_stopped, lang)}",
                f"{_num(f.letters_sent, lang)} / {_num(f.letters_answered, lang)}",
                millions(f.borrowed_kzt, lang),
                millions(f.claimed_kzt, lang),
                "—" if times is None else format_number(times, lang, 1),
            )
        )
    return tuple(rows)


def _stage_chart(f: CityFigures, lang: str, width: float) -> Drawing:
    """Open cases by stage, one horizontal bar a stage, the count at its end."""
    font, bold = face_name("sans"), face_name("sans", bold=True)
    stages = list(f.open_cases_by_stage.items())
    height = 12 * mm + 4.6 * mm * max(len(stages), 1)
    drawing = Drawing(width, height)
    title = clean_text(word("chart_stages", lang), bold)
    drawing.add(String(0, height - 4 * mm, title, fontName=bold, fontSize=9))
    if not stages:
        return drawing
    chart = HorizontalBarChart()
    chart.x, chart.y = 38 * mm, 4 * mm
    chart.width, chart.height = width - 52 * mm, height - 12 * mm
    chart.data = [[n for _s, n in reversed(stages)]]
    names = [clean_text(stage(s, lang), font) for s, _n in reversed(stages)]
    chart.categoryAxis.categoryNames = names
    chart.categoryAxis.labels.fontName = font
    chart.categoryAxis.labels.fontSize = _FONT_SIZE
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.labels.dx = -3
    chart.valueAxis.valueMin = 0
    chart.valueAxis.visible = False
    chart.bars[0].fillColor = _GREY
    chart.bars[0].strokeColor = colors.black
    chart.bars[0].strokeWidth = 0.4
    chart.barLabelFormat = "%d"
    chart.barLabels.fontName = font
    chart.barLabels.fontSize = _FONT_SIZE
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 3
    drawing.add(chart)
    return drawing


def _money_chart(figures: MovementFigures, lang: str, width: float) -> Drawing:
    """Borrowed (grey) against claimed (black) in tenge, one pair of bars a city."""
    font, bold = face_name("sans"), face_name("sans", bold=True)
    rows = [f for f in figures.by_city if not f.suppressed]
    height = 80 * mm
    drawing = Drawing(width, height)
    drawing.add(
        String(0, height - 4 * mm, clean_text(word("chart_money", lang), bold),
               fontName=bold, fontSize=9)
    )  # fmt: skip
    legend_y = height - 9 * mm
    for i, (key, fill) in enumerate((("borrowed", _GREY), ("claimed", colors.black))):
        at = i * 40 * mm
        drawing.add(Rect(at, legend_y, 3 * mm, 3 * mm, fillColor=fill, strokeWidth=0.4))
        drawing.add(
            String(at + 4.5 * mm, legend_y + 0.5 * mm, clean_text(word(key, lang), font),
                   fontName=font, fontSize=_FONT_SIZE)
        )  # fmt: skip
    if not rows:
        return drawing
    chart = VerticalBarChart()
    chart.x, chart.y = 20 * mm, 24 * mm
    chart.width, chart.height = width - 22 * mm, height - 36 * mm
    chart.data = [[float(f.borrowed_kzt) for f in rows], [float(f.claimed_kzt) for f in rows]]
    chart.categoryAxis.categoryNames = [clean_text(city_name(f, lang), font) for f in rows]
    labels = chart.categoryAxis.labels
    labels.fontName, labels.fontSize = font, _FONT_SIZE
    labels.angle, labels.boxAnchor, labels.dy = 40, "ne", -2
    chart.valueAxis.valueMin = 0
    chart.valueAxis.rangeRound = "ceiling"
    chart.valueAxis.labels.fontName = font
    chart.valueAxis.labels.fontSize = _FONT_SIZE
    locale = locale_for(lang)
    chart.valueAxis.labelTextFormat = lambda v: clean_text(
        format_compact_decimal(v, locale=locale, fraction_digits=1), font
    )
    chart.valueAxis.gridStrokeColor = colors.Color(0.85, 0.85, 0.85)
    chart.valueAxis.visibleGrid = True
    chart.bars[0].fillColor = _GREY
    chart.bars[1].fillColor = colors.black
    chart.bars.strokeWidth = 0.3
    chart.barSpacing = 0.5
    chart.groupSpacing = 4
    drawing.add(chart)
    return drawing


def _notes(figures: MovementFigures, lang: str) -> list[b.Block]:
    n = figures.small_cell
    notes = [word("note_months", lang), word("note_families", lang), word("note_stages", lang)]
    notes += [word("note_money", lang), word("note_small", lang).format(n=n)]
    if figures.overall.unconverted:
        notes.append(word("note_unconverted", lang).format(n=figures.overall.unconverted))
    return [
        b.Heading(2, escape_text(word("about", lang))),
        *(b.Paragraph(escape_text(text), "note") for text in notes),
    ]


def figures_pdf(figures: MovementFigures, lang: str, *, invariant: bool = False) -> bytes:
    """The report in ``lang`` (kk, ru, en): headline, charts, tables by city, notes."""
    lang = norm_lang(lang)
    sheet = load_stylesheet(STYLE)
    q, f = figures.query, figures.overall
    city = word("city", lang).format(city=q.city) if q.city else word("all_cities", lang)
    made = word("generated", lang).format(date=format_date(figures.generated_on, lang))
    head: list[b.Block] = [
        b.Title(escape_text(word("title", lang))),
        b.Paragraph(f"<b>{escape_text(month_range(figures, lang))}</b>", "center"),
        b.Paragraph(escape_text(f"{city} · {made}"), "center"),
    ]
    small = word("fewer", lang).format(n=figures.small_cell)
    if f.suppressed:
        head.append(b.Paragraph(escape_text(word("suppressed", lang).format(n=figures.small_cell))))
        story = build_story([*head, *_notes(figures, lang)], sheet)
        return _render(story, sheet, word("title", lang), lang, invariant)
    story: list[Flowable] = build_story([*head, *_headline(f, lang)], sheet)
    story += [Spacer(1, 4 * mm), _stage_chart(f, lang, sheet.frame_width)]
    tables: list[b.Block] = [
        b.Heading(1, escape_text(word("by_city", lang))),
        b.Table(
            tuple(escape_text(word(k, lang)) for k in CITY_COLUMNS),
            _city_rows(figures, lang, small),
            (2.6, 1.25, 1.0, 1.25, 1.15, 1.25, 1.1, 1.4, 1.4, 0.65),
            ("l", *("r",) * (len(CITY_COLUMNS) - 1)),
        ),
        b.Paragraph(escape_text(word("by_city_note", lang)), "note"),
    ]
    story += build_story(tables, sheet)
    if len(figures.by_city) > 1:
        story += [Spacer(1, 4 * mm), _money_chart(figures, lang, sheet.frame_width)]
    story += build_story(_notes(figures, lang), sheet)
    return _render(story, sheet, word("title", lang), lang, invariant)


def _render(
    story: list[Flowable], sheet: StyleSheet, title: str, lang: str, invariant: bool
) -> bytes:
    footer = word("made_by", lang)
    return render_paper(
        story, sheet, title=title, footer=footer, lang=lang, invariant=invariant, template="figures"
    )


__all__ = ["city_name", "figures_pdf", "month_range", "ratio", "tenge"]
