"""The register answers a key with its rows first, and counts the matches after."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from debtdesk.db import Database
from tests.ui.conftest import UI_TODAY
from ui.models.case_table_model import PAGE_SIZE, CaseTableModel, Column
from ui.operations.register import UrgencyBounds
from ui.pages.cases_page import CasesPage

TypeText = Callable[[QWidget, str], None]


def make_page(qtbot: QtBot, db: Database) -> CasesPage:
    page = CasesPage(db, bounds=UrgencyBounds.weekends_only(UI_TODAY))
    qtbot.addWidget(page)
    page.resize(1100, 600)
    page.show()
    qtbot.waitExposed(page)
    return page


def test_rows_are_shown_before_the_count_then_the_count(
    qtbot: QtBot, thousand_db: Database, type_text: TypeText
) -> None:
    page = make_page(qtbot, thousand_db)
    seen: list[tuple[str, int, object]] = []
    page.resultsShown.connect(lambda n: seen.append(("rows", n, page.model.count_pending)))
    page.searchFinished.connect(lambda n: seen.append(("count", n, page.count_label.text())))
    with qtbot.waitSignal(page.searchFinished, timeout=3000):
        type_text(page.search, "debtor 0")  # 1,000 matches: a full page, then a count
    # The rows came while the count was still to run, then the count.
    assert seen == [("rows", PAGE_SIZE, True), ("count", 1000, "1000 cases")]
    assert page.model.rowCount() == PAGE_SIZE
    assert page.model.index(0, Column.NAME).data() == "Debtor 0000"


def test_a_key_typed_before_the_count_replaces_it(
    qtbot: QtBot, thousand_db: Database, type_text: TypeText
) -> None:
    page = make_page(qtbot, thousand_db)
    finished: list[int] = []
    page.searchFinished.connect(finished.append)
    with qtbot.waitSignal(page.resultsShown, timeout=3000):
        type_text(page.search, "debtor")
    # The count of "debtor" is pending; the next key supersedes it before it runs.
    assert page.model.count_pending
    with qtbot.waitSignal(page.searchFinished, timeout=3000):
        type_text(page.search, " 09")
    qtbot.wait(50)  # nothing left to come from the search replaced
    assert finished == [100]
    assert page.count_label.text() == "100 cases"
    assert page.match_count == 100


def test_model_counts_on_request_after_a_full_page(thousand_db: Database) -> None:
    model = CaseTableModel(thousand_db, page_size=10)
    model.set_query("debtor 09", count=False)
    assert model.rowCount() == 10
    assert model.count_pending
    assert model.match_count == 10  # the rows shown, until counted
    model.count_rest()
    assert not model.count_pending
    assert model.match_count == 100
    model.set_query("debtor 099", count=False)  # a page not full is its own count
    assert not model.count_pending
    assert model.match_count == 10
