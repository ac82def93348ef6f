"""The Reports page's actions: the cities to filter by, the figures with their PDF, saving.

The figures and their PDF are made together in one call run off the GUI thread
(``ui.workers``): counting a large desk's cases and drawing the charts both take
seconds on an old laptop. The report modules are imported inside the calls,
never when this module is: ``debtdesk.reports.figures`` brings the privacy
package and with it the document pipeline (reportlab, a second and more on an
old laptop), so the Reports page paints first and imports them after
(``ReportsPage.page_shown``), on the GUI thread as the Today page does.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from debtdesk.errors import ValidationError
from debtdesk.i18n import LANGUAGES, current_language
from ui.operations.base import action as _action
from ui.operations.settings import letter_language

if TYPE_CHECKING:
    from debtdesk.db.database import Database
    from debtdesk.reports.figures import FigureQuery, MovementFigures

__all__ = [
    "FiguresReport",
    "figure_query",
    "make_report",
    "report_choices",
    "report_language",
    "save_report_xlsx",
]


def _tr(text: str) -> str:
    return QCoreApplication.translate("operations", text)


@dataclass(frozen=True)
class FiguresReport:
    """The figures of one query and their PDF in ``lang``, as the page shows them."""

    figures: MovementFigures
    pdf: bytes
    lang: str


def figure_query(start: date | None, end: date | None, city: str | None) -> FigureQuery:
    """The query for the range typed; ``ValidationError`` naming ``start`` or ``end``.

    Checked on the GUI thread before any worker starts, so a range that ends
    before it starts is shown beside the field and nothing is computed.
    """
    from debtdesk.reports.figures import FigureQuery

    if start is None:
        raise ValidationError("start", _tr("type the first day of the range"))
    if end is None:
        raise ValidationError("end", _tr("type the last day of the range"))
    return FigureQuery(start, end, city)


def report_choices(db: Database) -> tuple[str, ...]:
    """The cities that have cases, for the city filter."""
    from debtdesk.reports.figures import report_cities

    with _action(db) as s:
        return tuple(report_cities(s))


def report_language(db: Database) -> str:
    """The default language of a report: the letters' default if it is one, else the UI's.

    Reports go to the same addressees as the group's letters (the akimat, the
    press), so the group's letter language is the better guess; "the debtor's
    own language" means nothing for a report, so then the interface language.
    """
    lang = letter_language(db)
    return lang if lang in LANGUAGES else current_language()


def make_report(db: Database, query: FigureQuery, lang: str) -> FiguresReport:
    """The figures of ``query`` and their PDF in ``lang`` (slow: run it in a worker)."""
    from debtdesk.reports.figures import movement_figures
    from debtdesk.reports.pdf import figures_pdf

    with _action(db) as s:
        figures = movement_figures(s, query)
    return FiguresReport(figures, figures_pdf(figures, lang), lang)


def save_report_xlsx(report: FiguresReport, target: str | Path) -> None:
    """Write the spreadsheet of ``report`` (its figures, in its language) to ``target``.

    The core writes the file whole or not at all; ``OSError`` when it cannot.
    """
    from debtdesk.reports.xlsx import write_figures_xlsx

    write_figures_xlsx(report.figures, target, report.lang)
