"""One section of the Today page: its heading with the count, its rows, "Show all n".

A section shows its first rows only (the agenda says how many there are in
all); the table is as tall as its rows, so the page scrolls as one and the
triage order reads from top to bottom. "Show all" asks the page for every row;
the table then scrolls inside a screenful.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from debtdesk.deadlines.agenda_items import AgendaItem, AgendaSection
from ui.formatting import format_count
from ui.today.section_model import AgendaTableModel, ItemRole

# Rows an expanded section shows before it scrolls inside the page.
EXPANDED_ROWS = 15


class SectionBox(QWidget):
    """Heading, table and "Show all" of one agenda section."""

    # The row's item was activated (Enter, double-click): open its case.
    itemActivated = Signal(object)
    # The person asked for every row of this section (the section's name).
    showAllRequested = Signal(str)

    def __init__(self, name: str, title: str, hint: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.name = name
        self.setObjectName(f"todaySection_{name}")
        self.title_text = title
        self.total = 0
        self.expanded = False

        self.heading = QLabel()
        self.heading.setObjectName(f"todayHeading_{name}")
        font = QFont(self.heading.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.heading.setFont(font)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)

        self.hint = QLabel(hint)
        self.hint.setObjectName(f"todayHint_{name}")
        self.hint.setWordWrap(True)
        self.hint.setVisible(bool(hint))
        self.hint.setEnabled(False)  # greyed: an aside, not data

        self.empty = QLabel(self.tr("Nothing here."))
        self.empty.setObjectName(f"todayEmpty_{name}")
        self.empty.setEnabled(False)

        self.model = AgendaTableModel(name, self)
        self.table = QTableView()
        self.table.setObjectName(f"todayTable_{name}")
        self.table.setModel(self.model)
        self.table.setAccessibleName(title)
        self._setup_table()

        self.show_all = QPushButton()
        self.show_all.setObjectName(f"todayShowAll_{name}")
        self.show_all.setFlat(True)
        self.show_all.setCursor(Qt.CursorShape.PointingHandCursor)
        self.show_all.clicked.connect(lambda: self.showAllRequested.emit(self.name))
        more = QHBoxLayout()
        more.setContentsMargins(0, 0, 0, 0)
        more.addWidget(self.show_all)
        more.addStretch(1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 6)
        layout.setSpacing(4)
        layout.addWidget(self.heading)
        layout.addWidget(self.hint)
        layout.addWidget(self.empty)
        layout.addWidget(self.table)
        layout.addLayout(more)
        self.table.activated.connect(self._activated)
        self.set_section(None)

    def _setup_table(self) -> None:
        view = self.table
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setAlternatingRowColors(True)
        view.setWordWrap(False)
        view.setShowGrid(False)
        view.setTabKeyNavigation(False)  # Tab moves on to the next section
        view.verticalHeader().hide()
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)
        # Long cells are elided rather than scrolled: the page scrolls, not each table.
        view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = view.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)

    # -- data ------------------------------------------------------------------------------

    def set_section(self, section: AgendaSection | None, *, loading: bool = False) -> None:
        """Show ``section``'s rows and total (None: not read yet)."""
        items = section.items if section is not None else ()
        self.total = section.total if section is not None else 0
        self.model.set_items(items)
        if loading:
            count = self.tr("loading…")
        elif section is None:
            count = ""
        else:
            count = format_count(self.total)
        self.heading.setText(f"{self.title_text} ({count})" if count else self.title_text)
        self.empty.setText(self.tr("Loading…") if loading else self.tr("Nothing here."))
        self.empty.setVisible(loading or (section is not None and not items))
        self.table.setVisible(bool(items))
        hidden = self.total - len(items)
        self.show_all.setVisible(hidden > 0)
        self.show_all.setText(self.tr("Show all {n}").format(n=format_count(self.total)))
        self._fit_height()

    def _fit_height(self) -> None:
        rows = self.model.rowCount()
        shown = min(rows, EXPANDED_ROWS) if self.expanded else rows
        row_height = self.table.verticalHeader().defaultSectionSize()
        header = self.table.horizontalHeader().sizeHint().height()
        frame = 2 * self.table.frameWidth()
        self.table.setFixedHeight(header + shown * row_height + frame)
        policy = (
            Qt.ScrollBarPolicy.ScrollBarAsNeeded
            if self.expanded and rows > EXPANDED_ROWS
            else Qt.ScrollBarPolicy.ScrollBarAlwaysOff
        )
        self.table.setVerticalScrollBarPolicy(policy)

    def items(self) -> list[AgendaItem]:
        return self.model.items()

    def row_of(self, predicate: Callable[[AgendaItem], bool]) -> int:
        """The first row whose item satisfies ``predicate``, or -1."""
        return next((n for n, item in enumerate(self.model.items()) if predicate(item)), -1)

    def _activated(self, index: QModelIndex) -> None:
        item = index.data(ItemRole)
        if item is not None:
            self.itemActivated.emit(item)
