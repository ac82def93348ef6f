"""The key figures of a report as lines of a two-column table: what is counted, how many.

The PDF beside it holds every table and chart; this list is what an advisor
reads out on the phone to a journalist, in the interface language, so each
figure is one line with its name and its number. Each line keeps a stable
``key`` (tests and the by-stage lines find their figure by it).
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from debtdesk import formats
from debtdesk.i18n import current_language
from ui.case_file.table import Column, RowsModel
from ui.formatting import format_count

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from debtdesk.reports.figures import CityFigures

STAGE_KEY = "stage:"  # the key of a by-stage line is this and the stage's key


def _tr(text: str) -> str:
    return QCoreApplication.translate("ReportSummary", text)


@dataclass(frozen=True)
class FigureLine:
    key: str
    label: str
    value: str
    total: bool = False  # a total with lines under it (bold)
    detail: bool = False  # a line under a total (indented, grey)


def tenge(amount: Decimal) -> str:
    """Whole tenge, as the report prints them: ``1 234 567 ₸`` (kk, ru), ``₸1,234,567`` (en)."""
    whole = formats.format_number(amount.quantize(Decimal(1), ROUND_HALF_UP), digits=0)
    return f"₸{whole}" if current_language() == "en" else f"{whole}\xa0₸"


def figure_lines(figures: CityFigures) -> list[FigureLine]:
    """The lines shown for ``figures`` (one city's or all cities'); none when withheld."""
    # Imported here: the report modules load the document pipeline (see ui.operations.reports).
    from debtdesk.reports.figures import STAGES
    from debtdesk.reports.labels import stage

    if figures.suppressed:
        return []
    order = {key: n for n, key in enumerate(STAGES)}
    lang = current_language()

    def count(key: str, label: str, value: int, *, total: bool = False) -> FigureLine:
        return FigureLine(key, label, format_count(value), total=total)

    def detail(key: str, label: str, value: int) -> FigureLine:
        return FigureLine(key, "    " + label, format_count(value), detail=True)

    by_stage = sorted(
        figures.open_cases_by_stage.items(), key=lambda kv: (order.get(kv[0], len(order)), kv[0])
    )
    return [
        count("families_helped", _tr("Families helped"), figures.families_helped),
        count("open_cases", _tr("Open cases"), figures.open_cases, total=True),
        # The stages in the PDF's own words, so screen and paper name them alike.
        *(detail(STAGE_KEY + key, stage(key, lang), n) for key, n in by_stage),
        count("hearings", _tr("Court hearings"), figures.hearings, total=True),
        detail("hearings_attended", _tr("with someone from the group"), figures.hearings_attended),
        count("decisions_won", _tr("Decisions won"), figures.decisions_won),
        count("decisions_lost", _tr("Decisions lost"), figures.decisions_lost),
        count("evictions_scheduled", _tr("Eviction dates scheduled"), figures.evictions_scheduled),
        count("evictions_stopped", _tr("Evictions stopped"), figures.evictions_stopped),
        FigureLine("borrowed_kzt", _tr("Borrowed"), tenge(figures.borrowed_kzt)),
        FigureLine("claimed_kzt", _tr("Claimed"), tenge(figures.claimed_kzt)),
        count("letters_sent", _tr("Letters sent"), figures.letters_sent),
        count("letters_answered", _tr("Replies received"), figures.letters_answered),
    ]


def summary_model(parent: QWidget | None = None) -> RowsModel[FigureLine]:
    columns = [
        Column[FigureLine](
            _tr("Figure"),
            lambda line: line.label,
            bold=lambda line: line.total,
            dimmed=lambda line: line.detail,
        ),
        Column[FigureLine](
            _tr("Number"), lambda line: line.value, bold=lambda line: line.total, right=True
        ),
    ]
    return RowsModel(columns, parent)
