"""The Reports page: its place in the rail, the figures it shows, bad ranges, saving.

On a demo database (sqlite, built once per session and copied per test); the
numbers shown are compared with those ``movement_figures`` returns for the
same query, read back from the summary table as the screen shows them.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from debtdesk.db import Database
from debtdesk.i18n import current_language
from debtdesk.reports.figures import FigureQuery, MovementFigures, movement_figures
from tests.ui.conftest import UI_TODAY, copied_db, demo_template
from ui.formatting import format_count
from ui.main_window import MainWindow
from ui.operations.settings import set_letter_language
from ui.pages.reports_page import ReportsPage
from ui.reports.periods import (
    LAST_QUARTER,
    LAST_YEAR,
    THIS_MONTH,
    THIS_YEAR,
    matching_period,
    period_range,
)
from ui.reports.summary import STAGE_KEY, tenge

YEAR = (date(2026, 1, 1), date(2026, 11, 30))
WAIT_MS = 60000


@pytest.fixture(scope="session")
def _reports_demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return demo_template(tmp_path_factory.mktemp("reports-demo"), 80, seed=11)


@pytest.fixture
def demo_db(_reports_demo_template: Path, tmp_path: Path, fixed_today: date) -> Iterator[Database]:
    """80 demo cases in several cities as of 2026-11-30."""
    yield from copied_db(_reports_demo_template, tmp_path)


def core_figures(db: Database, start: date, end: date, city: str | None) -> MovementFigures:
    with db.session() as s:
        return movement_figures(s, FigureQuery(start, end, city))


def shown(page: ReportsPage) -> dict[str, str]:
    """The summary as the screen shows it: each line's figure by its key."""
    model = page.summary_view.model()
    keys = [line.key for line in page.shown_lines()]
    return {
        key: model.index(row, 1).data(Qt.ItemDataRole.DisplayRole) for row, key in enumerate(keys)
    }


def expected(figures: MovementFigures) -> dict[str, str]:
    f = figures.overall
    lines = {
        "families_helped": format_count(f.families_helped),
        "open_cases": format_count(f.open_cases),
        "hearings": format_count(f.hearings),
        "hearings_attended": format_count(f.hearings_attended),
        "decisions_won": format_count(f.decisions_won),
        "decisions_lost": format_count(f.decisions_lost),
        "evictions_scheduled": format_count(f.evictions_scheduled),
        "evictions_stopped": format_count(f.evictions_stopped),
        "borrowed_kzt": tenge(f.borrowed_kzt),
        "claimed_kzt": tenge(f.claimed_kzt),
        "letters_sent": format_count(f.letters_sent),
        "letters_answered": format_count(f.letters_answered),
    }
    lines.update({STAGE_KEY + k: format_count(n) for k, n in f.open_cases_by_stage.items()})
    return lines


def open_page(qtbot: QtBot, db: Database) -> ReportsPage:
    """The page shown, with its first report (the year so far, all cities) counted."""
    page = ReportsPage(db)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    with qtbot.waitSignal(page.computed, timeout=WAIT_MS):
        page.show()
        page.page_shown()
    return page


def show(qtbot: QtBot, page: ReportsPage) -> None:
    with qtbot.waitSignal(page.computed, timeout=WAIT_MS):
        assert page.show_report()


def test_reports_sit_between_letters_and_settings_in_the_rail(
    qtbot: QtBot, demo_db: Database, ui_settings: Path
) -> None:
    window = MainWindow(demo_db)
    qtbot.addWidget(window)
    names = window.rail.names()
    assert names[names.index("letters") + 1 :] == ["reports", "settings"]
    row = names.index("reports")
    assert window.rail.item(row).text() == "Reports"
    assert window.rail.item(row).toolTip() == f"Reports (Ctrl+{row + 1})"
    assert "reports" not in window.pages, "built when first shown, not at start"
    window.show_page("reports")
    page = window.current_page()
    assert isinstance(page, ReportsPage)
    qtbot.waitSignal(page.computed, timeout=WAIT_MS).wait()


def test_opens_on_the_year_so_far_and_shows_the_core_figures(
    qtbot: QtBot, demo_db: Database
) -> None:
    page = open_page(qtbot, demo_db)
    assert (page.start.value(), page.end.value()) == YEAR
    assert page.period.currentData() == THIS_YEAR
    core = core_figures(demo_db, *YEAR, None)
    assert core.overall.families_helped > 0, "the demo has families to count"
    assert shown(page) == expected(core)
    assert page.heading.text() == "All cities: January 2026 – November 2026"
    assert page.preview.page_count() >= 1, "the PDF is previewed"


def test_a_city_changes_the_figures(qtbot: QtBot, demo_db: Database) -> None:
    page = open_page(qtbot, demo_db)
    everyone = shown(page)
    cities = [page.city.itemData(i) for i in range(1, page.city.count())]
    assert len(cities) > 1
    city = max(cities, key=lambda c: core_figures(demo_db, *YEAR, c).overall.families_helped)
    core = core_figures(demo_db, *YEAR, city)
    assert not core.overall.suppressed, "the demo's largest city has enough families"
    page.choose_city(city)
    show(qtbot, page)
    assert shown(page) == expected(core)
    assert shown(page) != everyone
    assert int(shown(page)["families_helped"]) < int(everyone["families_helped"])
    assert page.heading.text().startswith(f"{city}: ")


def test_a_range_ending_before_it_starts_is_refused_beside_the_field(
    qtbot: QtBot, demo_db: Database
) -> None:
    page = open_page(qtbot, demo_db)
    before = page.report
    page.set_range(date(2026, 6, 1), date(2026, 3, 1))
    assert page.period.currentData() is None, "a typed range is no quick choice"
    assert not page.show_report()
    assert not page.busy(), "nothing is counted"
    assert page.end_error.isVisible()
    assert page.end_error.text() == "the end of the range is before its start"
    assert page.errors.current() == {"end": "the end of the range is before its start"}
    assert page.report is before

    page.start.setText("31.02.2026")
    assert not page.show_report()
    assert not page.busy()
    assert set(page.errors.current()) == {"start"}
    assert "not a date" in page.start_error.text()


def test_quick_choices_fill_the_range(qtbot: QtBot, demo_db: Database) -> None:
    page = ReportsPage(demo_db)
    qtbot.addWidget(page)
    page.set_period(LAST_QUARTER)
    assert (page.start.value(), page.end.value()) == (date(2026, 7, 1), date(2026, 9, 30))
    page.set_period(LAST_YEAR)
    assert (page.start.value(), page.end.value()) == (date(2025, 1, 1), date(2025, 12, 31))
    page.set_period(THIS_MONTH)
    assert (page.start.value(), page.end.value()) == (date(2026, 11, 1), UI_TODAY)
    page.set_range(*YEAR)
    assert page.period.currentData() == THIS_YEAR, "typing a quick range selects it"


@pytest.mark.parametrize(
    ("today", "period", "expected"),
    [
        (date(2026, 2, 10), LAST_QUARTER, (date(2025, 10, 1), date(2025, 12, 31))),
        (date(2026, 4, 1), LAST_QUARTER, (date(2026, 1, 1), date(2026, 3, 31))),
        (date(2026, 11, 30), THIS_MONTH, (date(2026, 11, 1), date(2026, 11, 30))),
        (date(2024, 3, 5), LAST_YEAR, (date(2023, 1, 1), date(2023, 12, 31))),
    ],
)
def test_period_ranges(today: date, period: str, expected: tuple[date, date]) -> None:
    assert period_range(period, today) == expected
    assert matching_period(*expected, today) == period


def test_save_pdf_writes_the_previewed_pdf(qtbot: QtBot, demo_db: Database, tmp_path: Path) -> None:
    page = open_page(qtbot, demo_db)
    target = page.save_pdf(tmp_path / "figures.pdf")
    assert target == tmp_path / "figures.pdf"
    data = target.read_bytes()
    assert data.startswith(b"%PDF")
    assert page.report is not None and data == page.report.pdf
    assert page.file_name(".pdf") == "movement-figures-2026-01-01-2026-11-30.pdf"


def test_save_spreadsheet_writes_a_workbook(
    qtbot: QtBot, demo_db: Database, tmp_path: Path
) -> None:
    openpyxl = pytest.importorskip("openpyxl")
    page = open_page(qtbot, demo_db)
    target = page.save_spreadsheet(tmp_path / "figures.xlsx")
    assert target == tmp_path / "figures.xlsx"
    assert not (tmp_path / "figures.xlsx.part").exists()
    book = openpyxl.load_workbook(target, read_only=True)
    cells = [
        c for sheet in book.worksheets for row in sheet.iter_rows(values_only=True) for c in row
    ]
    families = core_figures(demo_db, *YEAR, None).overall.families_helped
    assert families in cells, "the workbook holds the figures counted"


def test_the_language_of_the_report(qtbot: QtBot, demo_db: Database) -> None:
    set_letter_language(demo_db, "kk")
    page = open_page(qtbot, demo_db)
    assert page.language.currentData() == "kk", "the letters' default language"
    assert page.report is not None and page.report.lang == "kk"
    with qtbot.waitSignal(page.computed, timeout=WAIT_MS):
        page.choose_language("en")
    assert page.report.lang == "en"
    assert b"%PDF" in page.report.pdf[:8]


def test_a_case_changed_elsewhere_counts_again(qtbot: QtBot, demo_db: Database) -> None:
    page = open_page(qtbot, demo_db)
    first = page.report
    with qtbot.waitSignal(page.computed, timeout=WAIT_MS):
        page.data_changed()
    assert page.report is not first


def test_a_city_with_too_few_families_shows_no_figures(qtbot: QtBot, demo_db: Database) -> None:
    page = open_page(qtbot, demo_db)
    cities = [page.city.itemData(i) for i in range(1, page.city.count())]
    small = next(c for c in cities if core_figures(demo_db, *YEAR, c).overall.suppressed)
    page.choose_city(small)
    show(qtbot, page)
    assert shown(page) == {}, "no number of a family that could be recognised"
    assert page.notes.isVisible()
    assert "Fewer than 5 families" in page.notes.text()


def test_the_cores_refusal_of_a_city_is_shown_beside_the_city(
    qtbot: QtBot, demo_db: Database
) -> None:
    page = open_page(qtbot, demo_db)
    before = page.report
    page.city.addItem("Байқоңыр", "Байқоңыр")  # a city no case lives in (any more)
    page.choose_city("Байқоңыр")
    with qtbot.waitSignal(page.failed, timeout=WAIT_MS):
        assert page.show_report(), "the range is fine: the core is asked"
    assert page.errors.current() == {"city": "no cases in the city Байқоңыр"}
    assert page.city_error.isVisible()
    assert page.report is before and not page.busy()


def test_without_a_letter_language_the_report_is_in_the_interface_language(
    qtbot: QtBot, demo_db: Database
) -> None:
    set_letter_language(demo_db, "debtor")
    page = open_page(qtbot, demo_db)
    assert page.language.currentData() == current_language()
