"""The register's table model: lazy pages, named roles, display of dates and phones."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem, QTableView
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from debtdesk.db import Database
from ui.models.case_table_model import (
    PAGE_SIZE,
    CaseIdRole,
    CaseRowRole,
    CaseTableModel,
    Column,
    format_phone,
)
from ui.operations import CaseFilters, CaseRow
from ui.operations.register import UrgencyBounds


def test_rows_come_a_page_at_a_time(thousand_db: Database) -> None:
    model = CaseTableModel(thousand_db)
    model.set_query("")
    assert model.rowCount() == PAGE_SIZE == 50
    assert model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 100
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    assert model.rowCount() == 1000
    names = [model.index(r, Column.NAME).data() for r in range(1000)]
    assert names == [f"Debtor {i:04d}" for i in range(1000)]  # no row twice, none lost


def test_a_new_search_starts_again_from_one_page(thousand_db: Database) -> None:
    model = CaseTableModel(thousand_db, page_size=50)
    model.set_query("")
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 100
    model.set_query("debtor 09")
    assert model.rowCount() == 50
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 100
    assert not model.canFetchMore(QModelIndex())  # exactly 100 match: 0900–0999
    model.set_query("debtor 099")
    assert model.rowCount() == 10
    assert not model.canFetchMore(QModelIndex())


def test_a_view_fetches_more_only_when_scrolled(qtbot: QtBot, thousand_db: Database) -> None:
    model = CaseTableModel(thousand_db)
    model.set_query("")
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.resize(800, 400)
    view.show()
    qtbot.waitExposed(view)
    assert model.rowCount() == PAGE_SIZE
    view.scrollToBottom()
    qtbot.waitUntil(lambda: model.rowCount() > PAGE_SIZE, timeout=2000)
    assert model.rowCount() < 1000


def test_roles_and_display(ui_db: Database) -> None:
    model = CaseTableModel(ui_db)
    model.set_query("иванова")
    assert model.rowCount() == 1
    row = model.index(0, 0).data(CaseRowRole)
    assert isinstance(row, CaseRow)
    assert model.index(0, Column.STATUS).data(CaseIdRole) == row.id == model.case_id(0)
    shown = {c: model.index(0, c).data() for c in Column}
    assert shown[Column.NAME] == "Иванова Мария Петровна"
    assert shown[Column.CITY] == "Караганда"
    assert shown[Column.PHONE] == "+7 702 222 33 44"
    assert shown[Column.NEXT_HEARING] == "9 Dec 2026"  # 30 Nov + 9 days, as English writes it
    assert shown[Column.NEXT_DEADLINE] == ""
    assert shown[Column.URGENCY] == ""  # a hearing is no deadline and no threat
    assert shown[Column.STATUS] == "open"
    assert shown[Column.ADVISOR] == "Test Advisor"
    assert len(shown[Column.IIN]) == 12
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in Column]
    assert headers == [
        "Name",
        "City",
        "IIN",
        "Phone",
        "Next hearing",
        "Next deadline",
        "Urgency",
        "Status",
        "Advisor",
    ]


def test_filters_narrow_the_search(ui_db: Database) -> None:
    model = CaseTableModel(ui_db)
    model.set_query("", CaseFilters(city="Алматы"))
    assert model.rowCount() == 2
    model.set_query("", CaseFilters(city="Алматы", status="closed"))
    assert [model.index(0, 0).data()] == ["Ахметов Данияр"]


def test_a_failing_page_is_reported_not_raised(qtbot: QtBot, thousand_db: Database) -> None:
    model = CaseTableModel(thousand_db)
    model.set_query("")
    with thousand_db.engine.begin() as conn:  # the database breaks under the window
        conn.execute(text("ALTER TABLE debtor RENAME TO debtor_gone"))
    with qtbot.waitSignal(model.fetchFailed, timeout=1000) as blocker:
        model.fetchMore(QModelIndex())
    assert "debtor" in blocker.args[0]
    assert model.rowCount() == PAGE_SIZE
    assert not model.canFetchMore(QModelIndex())


def test_phone_format() -> None:
    assert format_phone("+77011234567") == "+7 701 123 45 67"
    assert format_phone("+4930123456") == "+4930123456"
    assert format_phone(None) == ""


class _Delegate(QStyledItemDelegate):
    """The view's own delegate, asked what it would paint (``initStyleOption``)."""

    def painted(self, index: QModelIndex) -> tuple[str, bool, QColor]:
        option = QStyleOptionViewItem()
        self.initStyleOption(option, index)
        return option.text, option.font.bold(), option.palette.color(QPalette.ColorRole.Text)


def test_the_delegate_paints_what_data_says(qtbot: QtBot, ui_db: Database) -> None:
    # The delegate asks all its roles at once (multiData) and reuses its array from
    # cell to cell: a bold or red cell must not leave its mark on the next ones.
    with ui_db.session() as s:
        s.execute(text("UPDATE event SET date = :d WHERE kind = 'hearing'"), {"d": "2026-12-02"})
    model = CaseTableModel(ui_db)
    model.set_query("")
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    delegate = _Delegate(view)
    plain = QStyleOptionViewItem()
    delegate.initStyleOption(plain, QModelIndex())
    normal_ink = plain.palette.color(QPalette.ColorRole.Text)
    seen_bold = seen_plain = 0
    for row in range(model.rowCount()):
        for column in Column:
            index = model.index(row, column)
            shown, bold, ink = delegate.painted(index)
            assert shown == (index.data() or "")
            font = index.data(Qt.ItemDataRole.FontRole)
            assert bold == (font is not None and font.bold()), (row, column)
            red = index.data(Qt.ItemDataRole.ForegroundRole)
            assert ink == (red if red is not None else normal_ink), (row, column)
            seen_bold += bold
            seen_plain += not bold
    assert seen_bold and seen_plain  # both kinds of cell, in the order painted


def test_cells_kept_between_searches_follow_an_edited_case_and_new_bounds(
    ui_db: Database,
) -> None:
    # A case's texts are kept from one search to the next (typing narrows the list):
    # an edited case and other urgency bounds must still show what they now say.
    model = CaseTableModel(ui_db)
    model.set_query("иванова")
    assert model.index(0, Column.NAME).data() == "Иванова Мария Петровна"
    urgency = model.index(0, Column.URGENCY).data()
    with ui_db.session() as s:
        s.execute(
            text("UPDATE debtor SET full_name = 'Иванова Мария Ивановна' WHERE id = :i"),
            {"i": model.case_id(0)},
        )
    model.set_query("иванова")
    assert model.index(0, Column.NAME).data() == "Иванова Мария Ивановна"
    assert model.headerData(Column.NAME, Qt.Orientation.Horizontal) == "Name"
    assert model.headerData(Column.NAME, Qt.Orientation.Vertical) is None
    tip = Qt.ItemDataRole.ToolTipRole
    assert model.headerData(Column.NAME, Qt.Orientation.Horizontal, tip) is None
    # Bounds of a later day: the hearing (9 Dec) is now within the week, in bold.
    later = UrgencyBounds.weekends_only(date(2026, 12, 7))
    model.set_bounds(later)
    assert model.index(0, Column.NEXT_HEARING).data(Qt.ItemDataRole.FontRole) is not None
    # A new search takes today's bounds again: the texts of the later day are not kept.
    model.set_query("иванова")
    assert model.index(0, Column.NEXT_HEARING).data(Qt.ItemDataRole.FontRole) is None
    assert model.cell(0, Column.URGENCY)[0] == urgency == ""
