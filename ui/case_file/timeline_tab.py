"""The Timeline tab: notes and the audit history of the case, newest first.

Audit lines are stored as (entity, action, changed field names); here they
become sentences an advisor reads ("Changed the person: phone, address"), never
raw JSON. Notes are the advisors' own words and stand out from the audit lines.
A note typed but not yet added counts as an unsaved edit: Ctrl+S adds it and
closing the window asks.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont, QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from debtdesk.errors import DebtdeskError, ValidationError
from ui.case_file import labels
from ui.case_file.base import CaseTab
from ui.case_file.vocab_labels import label, note_kinds
from ui.formatting import format_moment
from ui.operations import case_file as ops
from ui.widgets.forms import FieldErrors

if TYPE_CHECKING:
    from debtdesk.db.database import Database

_Index = QModelIndex | QPersistentModelIndex


def _tr(text: str) -> str:
    return QCoreApplication.translate("Timeline", text)


def entity_words(entity: str) -> str:
    """What an audited record is, as the object of a sentence."""
    words = {
        "debtor": _tr("the person"),
        "budget_line": _tr("a budget line"),
        "property": _tr("a property"),
        "loan": _tr("a loan"),
        "payment": _tr("a payment"),
        "debt_statement": _tr("a debt statement"),
        "proceeding": _tr("a court case"),
        "event": _tr("an event"),
        "deadline": _tr("a deadline"),
        "document": _tr("a letter"),
        "attachment": _tr("an attachment"),
        "checklist": _tr("a checklist"),
        "checklist_item": _tr("a checklist item"),
        "note": _tr("a note"),
    }
    return words.get(entity, entity.replace("_", " "))


def field_words(field: str) -> str:
    words = {
        "full_name": _tr("name"),
        "iin": _tr("IIN"),
        "phone": _tr("phone"),
        "address": _tr("address"),
        "city": _tr("city"),
        "language": _tr("language"),
        "problem_kind": _tr("problem"),
        "household_size": _tr("household size"),
        "minors": _tr("minors"),
        "vulnerable_status": _tr("vulnerable status"),
        "consent_date": _tr("consent date"),
        "advisor_id": _tr("advisor"),
        "status": _tr("status"),
        "tags": _tr("tags"),
        "notes": _tr("notes"),
        "date": _tr("date"),
        "time": _tr("time"),
        "place": _tr("place"),
        "kind": _tr("kind"),
        "amount": _tr("amount"),
        "category": _tr("category"),
        "text": _tr("text"),
        "due_date": _tr("due date"),
        "case_no": _tr("case number"),
        "stage": _tr("stage"),
        "outcome": _tr("outcome"),
    }
    return words.get(field, field.replace("_id", "").replace("_", " "))


def describe(item: ops.TimelineItem) -> str:
    """One timeline line in words: the note itself, or what the audit line records."""
    if item.source == "note":
        prefix = "" if item.note_kind in ("", "note") else label(note_kinds(), item.note_kind)
        return f"{prefix}: {item.text}" if prefix else item.text
    thing = entity_words(item.entity)
    if item.entity == "event" and item.subject:
        thing = _tr("the event “{kind}”").format(kind=labels.event_kind(item.subject))
    if item.action == "create":
        if item.entity == "debtor":
            return _tr("Opened the case")
        return _tr("Added {thing}").format(thing=thing)
    if item.action == "update":
        if not item.changed:
            return _tr("Changed {thing}").format(thing=thing)
        changed = ", ".join(field_words(f) for f in item.changed)
        return _tr("Changed {thing}: {fields}").format(thing=thing, fields=changed)
    if item.action == "delete":
        return _tr("Deleted {thing}").format(thing=thing)
    if item.action == "import":
        return _tr("Imported {thing}").format(thing=thing)
    if item.action == "forget":
        return _tr("Erased the personal data of {thing}").format(thing=thing)
    return f"{item.action} {thing}"


def local_time(at: datetime) -> str:
    """A stored UTC time as the laptop's local time (minutes are enough to read)."""
    return format_moment(at.replace(tzinfo=UTC).astimezone())


class TimelineModel(QAbstractTableModel):
    """The case's timeline items as When / Who / What rows; notes in bold."""

    WHEN, WHO, WHAT = range(3)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.items: list[ops.TimelineItem] = []
        self._text: list[tuple[str, str, str]] = []

    def set_items(self, items: Sequence[ops.TimelineItem]) -> None:
        self.beginResetModel()
        self.items = list(items)
        self._text = [(local_time(i.at), i.who or "", describe(i)) for i in self.items]
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 3

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text[index.row()][index.column()]
        item = self.items[index.row()]
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == self.WHEN:
            return item.at.replace(tzinfo=UTC).astimezone().isoformat(timespec="minutes")
        if role == Qt.ItemDataRole.ForegroundRole and item.source == "audit":
            return QGuiApplication.palette().placeholderText()
        if role == Qt.ItemDataRole.FontRole and item.source == "note" and index.column() == 2:
            font = QFont()
            font.setWeight(QFont.Weight.Medium)
            return font
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (_tr("When"), _tr("Who"), _tr("What"))[section]
        return None

    def lines(self) -> list[str]:
        """The What column, top to bottom (for tests)."""
        return [text[2] for text in self._text]


class TimelineTab(CaseTab):
    """Add a note; read the notes and every recorded change, newest first."""

    NAME = "timeline"
    SHOW_ALL, SHOW_NOTES, SHOW_CHANGES = range(3)

    def __init__(self, db: Database, case_id: int, parent: QWidget | None = None) -> None:
        super().__init__(db, case_id, parent)
        self._items: list[ops.TimelineItem] = []
        self._dirty = False
        self.note_kind = QComboBox()
        self.note_kind.setObjectName("noteKind")
        for value, text in note_kinds():
            if value != "system":  # written by the program, not typed
                self.note_kind.addItem(text, value)
        self.note = QPlainTextEdit()
        self.note.setObjectName("noteText")
        self.note.setPlaceholderText(self.tr("What happened, what was agreed, what is next…"))
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(self.note.fontMetrics().lineSpacing() * 4 + 12)
        self.add_button = QPushButton(self.tr("Add note"))
        self.add_button.setObjectName("addNote")
        self.add_button.setToolTip(self.tr("Ctrl+Enter"))
        self.add_button.clicked.connect(self.add_note)
        shortcut = QShortcut(QKeySequence("Ctrl+Return"), self.note)
        shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        shortcut.activated.connect(self.add_note)
        general = QLabel()
        self.errors = FieldErrors(general, self)
        self.error_label = general
        text_error = QLabel()
        text_error.setObjectName("error_text")
        text_error.setWordWrap(True)
        text_error.setStyleSheet(general.styleSheet())
        text_error.hide()
        self.errors.register("text", self.note, text_error)

        self.show_filter = QComboBox()
        self.show_filter.setObjectName("timelineFilter")
        self.show_filter.addItems([self.tr("Everything"), self.tr("Notes"), self.tr("Changes")])
        self.show_filter.currentIndexChanged.connect(self._refilter)

        self.model = TimelineModel(self)
        self.view = QTableView()
        self.view.setObjectName("timelineView")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setWordWrap(True)
        self.view.setShowGrid(False)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # Air between lines: notes run over several lines and must read as separate.
        self.view.setStyleSheet("QTableView::item { padding: 4px 6px; }")
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)

        side = QVBoxLayout()
        side.addWidget(self.note_kind)
        side.addWidget(self.add_button)
        side.addStretch(1)
        entry = QHBoxLayout()
        entry.addWidget(self.note, 1)
        entry.addLayout(side)
        above = QHBoxLayout()
        caption = QLabel(self.tr("History"))
        font = caption.font()
        font.setBold(True)
        caption.setFont(font)
        above.addWidget(caption)
        above.addStretch(1)
        above.addWidget(QLabel(self.tr("Show")))
        above.addWidget(self.show_filter)

        layout = QVBoxLayout(self)
        layout.addLayout(entry)
        layout.addWidget(text_error)
        layout.addWidget(general)
        layout.addLayout(above)
        layout.addWidget(self.view, 1)
        self.note.textChanged.connect(self._note_edited)

    def title(self) -> str:
        return self.tr("Timeline")

    def reload(self) -> None:
        """Read the timeline again; a note being typed is kept (it is not on the timeline)."""
        self._items = ops.timeline(self.db, self.case_id)
        self._refilter()

    def is_dirty(self) -> bool:
        return self._dirty

    def save(self) -> bool:
        return self.add_note() if self._dirty else True

    def add_note(self) -> bool:
        """Add the typed note to the timeline; False (message shown) if refused."""
        self.errors.clear()
        try:
            ops.add_note(
                self.db, self.case_id, self.note.toPlainText(), self.note_kind.currentData()
            )
        except ValidationError as error:
            self.errors.show(error)
            return False
        except DebtdeskError as error:
            self.error_label.setText(str(error))
            self.error_label.show()
            return False
        self.note.clear()
        self.reload()
        self.changed.emit()
        return True

    def _note_edited(self) -> None:
        dirty = bool(self.note.toPlainText().strip())
        if dirty != self._dirty:
            self._dirty = dirty
            self.dirtyChanged.emit(dirty)

    def _refilter(self) -> None:
        shown = self.show_filter.currentIndex()
        if shown == self.SHOW_NOTES:
            items = [i for i in self._items if i.source == "note"]
        elif shown == self.SHOW_CHANGES:
            items = [i for i in self._items if i.source == "audit"]
        else:
            items = self._items
        self.model.set_items(items)
