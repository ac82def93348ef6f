"""The register's cell delegate: painted exactly as Qt's own delegate, without asking the style."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QStyledItemDelegate, QTableView
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from debtdesk.db import Database
from debtdesk.services.proceedings import add_event
from ui.models.case_cell_delegate import CaseCellDelegate
from ui.models.case_table_model import CaseTableModel, Column
from ui.pages.cases_page import CasesPage


class _CountingModel(CaseTableModel):
    """The register's model, counting the cells Qt's delegate asks about."""

    asked = 0

    def multiData(self, index: Any, roleDataSpan: Any) -> None:
        self.asked += 1
        super().multiData(index, roleDataSpan)


def _view(qtbot: QtBot, db: Database, fixed_today: date) -> tuple[QTableView, _CountingModel]:
    # Hearings in two days (bold cells) and an eviction today (a red urgency cell).
    with db.session() as s:
        s.execute(text("UPDATE event SET date = :d WHERE kind = 'hearing'"), {"d": "2026-12-02"})
        first = s.scalar(text("SELECT min(id) FROM debtor"))
        add_event(s, first, {"kind": "eviction", "date": fixed_today})
    model = _CountingModel(db)
    model.set_query("")
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.setAlternatingRowColors(True)
    view.setShowGrid(False)
    view.setWordWrap(False)
    view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    view.resize(1200, 500)
    view.setColumnWidth(Column.NAME, 90)  # names elided
    view.show()
    qtbot.waitExposed(view)
    return view, model


def _painted(view: QTableView, delegate: QStyledItemDelegate) -> QImage:
    view.setItemDelegate(delegate)
    return view.viewport().grab().toImage()


def test_cells_look_as_qts_own_delegate_paints_them(
    qtbot: QtBot, ui_db: Database, fixed_today: date
) -> None:
    view, model = _view(qtbot, ui_db, fixed_today)
    marks = {model.cell(r, c)[1] for r in range(model.rowCount()) for c in Column}
    assert {"overdue", "soon", None} <= marks  # red, bold and plain cells on screen
    names = [model.cell(r, Column.NAME)[0] for r in range(model.rowCount())]
    narrow = view.fontMetrics().horizontalAdvance
    assert any(narrow(name) > 90 for name in names)  # some names elided
    ours = CaseCellDelegate(model, view)
    assert _painted(view, ours) == _painted(view, QStyledItemDelegate(view))
    # A selected row, with the focus (its frame), and the view out of focus.
    view.selectionModel().setCurrentIndex(
        model.index(2, 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
    view.setFocus()
    assert _painted(view, ours) == _painted(view, QStyledItemDelegate(view))
    view.clearFocus()
    assert _painted(view, ours) == _painted(view, QStyledItemDelegate(view))


def test_a_selected_row_looks_as_qt_paints_it_bold_red_elided_and_kazakh(
    qtbot: QtBot, ui_db: Database, fixed_today: date
) -> None:
    # The selected row is painted by our delegate too (the style's selection
    # background, the highlighted text colour): each row in turn is selected, so a
    # selected bold, red, elided and Kazakh cell are all compared with Qt's own.
    view, model = _view(qtbot, ui_db, fixed_today)
    with ui_db.session() as s:
        debtor = s.scalar(text("SELECT min(id) FROM debtor"))
        s.execute(
            text("UPDATE debtor SET full_name = :n WHERE id = :i"),
            {"n": "Әбдіқадырова Ғалия Құрманқызы", "i": debtor},
        )
    model.set_query("")
    names = [model.cell(r, Column.NAME)[0] for r in range(model.rowCount())]
    assert "Әбдіқадырова Ғалия Құрманқызы" in names
    ours = CaseCellDelegate(model, view)
    seen: set[str | None] = set()
    for number in range(model.rowCount()):
        seen |= {model.cell(number, c)[1] for c in Column}
        view.selectionModel().setCurrentIndex(
            model.index(number, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        assert _painted(view, ours) == _painted(view, QStyledItemDelegate(view)), number
    assert {"overdue", "soon", None} <= seen


def test_only_the_focused_cell_is_laid_out_by_the_style(
    qtbot: QtBot, ui_db: Database, fixed_today: date
) -> None:
    # Qt's delegate asks the model about every cell it paints (multiData); ours reads
    # the worked-out rows and leaves only the cell with the focus frame to Qt.
    view, model = _view(qtbot, ui_db, fixed_today)
    _painted(view, QStyledItemDelegate(view))
    assert model.asked >= model.rowCount() * len(Column) >= 5 * len(Column)
    view.selectionModel().setCurrentIndex(
        model.index(0, 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
    ours = CaseCellDelegate(model, view)
    model.asked = 0
    _painted(view, ours)
    assert model.asked == 0  # the selected row, out of focus: ours
    view.activateWindow()
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    model.asked = 0
    _painted(view, ours)
    assert model.asked == 1  # the current cell, with its focus frame


def test_a_cell_painted_by_qt_between_ours_leaves_the_colours_right(
    qtbot: QtBot, ui_db: Database, fixed_today: date
) -> None:
    # Our cells set the pen and font only when they change from the cell before; a
    # focused cell (Qt's) and selected cells (ours, highlighted) in the middle of the
    # screen must not leave their colour or font to the plain and red cells after.
    view, model = _view(qtbot, ui_db, fixed_today)
    middle = model.rowCount() // 2
    view.selectionModel().setCurrentIndex(
        model.index(middle, Column.URGENCY),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
    view.activateWindow()
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    ours = CaseCellDelegate(model, view)
    assert _painted(view, ours) == _painted(view, QStyledItemDelegate(view))


def test_the_register_paints_with_it(qtbot: QtBot, ui_db: Database) -> None:
    page = CasesPage(ui_db)
    qtbot.addWidget(page)
    assert isinstance(page.table.itemDelegate(), CaseCellDelegate)
    assert page.table.itemDelegate().parent() is page.table
    # The model leaves flags to QAbstractTableModel (C++, no Python call a cell).
    flags = page.model.flags(page.model.index(0, 0))
    assert flags == (
        Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemNeverHasChildren
    )
    assert page.model.flags(QModelIndex()) == Qt.ItemFlag.NoItemFlags
