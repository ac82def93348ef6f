"""The Today page: who is in danger, what is late, what is due — the assembly's triage order.

The app opens here. Sections follow DOMAIN.md §6: evictions and auctions
within 30 days (days left, address), overdue deadlines, deadlines in the next
14 days, hearings this week with who from the group goes, and letters whose
reply is late. Each section shows its first rows and its total ("Show all n"
for the rest). Enter or a double-click opens the row's case (``openCase``);
the "Done" box marks a deadline done at once, and the strip below offers Undo.

It must be on screen within 200 ms of switching to it on a 20,000-case
desk: the first four sections are read on the spot (a few indexed queries), and
what needs slow imports — the holiday calendar for exact urgency, the letter
register for late replies — is loaded in worker threads and filled in when it
comes (see ``ui.operations.today``).
"""

from __future__ import annotations

import importlib
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from debtdesk.clock import today
from debtdesk.db.deferred import DeferredDatabase
from debtdesk.deadlines.agenda_items import AgendaItem, AgendaSection
from debtdesk.errors import ConflictError, DebtdeskError
from debtdesk.i18n import current_language
from ui.formatting import format_day_with_weekday
from ui.operations import register
from ui.operations import today as ops
from ui.operations.base import ready
from ui.pages.base import Page
from ui.today.section_box import SectionBox
from ui.today.undo_strip import UndoStrip
from ui.workers import Worker, after_first_paint

if TYPE_CHECKING:
    from debtdesk.db.database import Database

# Rows a section shows before "Show all n": enough to act on, short enough to
# see every section's heading on one screen.
SECTION_ROWS = 10
# How often a late section asks whether the database opened behind the first screen.
_WAIT_FOR_OPEN_MS = 50
# Showing the page again within this many seconds of reading it reads nothing.
FRESH_FOR_S = 1.0
# The same for its first show, just after it was built and read (MainWindow.page):
# a slow laptop may take longer than FRESH_FOR_S over the rest of the window, and
# a second read would only double the start.
BUILT_FRESH_FOR_S = 15.0


class TodayPage(Page):
    """The triage sections, filters, "Print meeting sheet…" and the undo strip."""

    NAME = "today"

    # Open this case (the debtor's id); the main window opens its case file.
    openCase = Signal(int)
    # Every section shows what the database held at the last refresh (tests wait on it).
    loaded = Signal()

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(db, parent)
        self.filters = ops.NO_FILTERS
        self.expanded: set[str] = set()
        self.error: str | None = None
        self._generation = 0
        self._pending: dict[str, Worker] = {}
        self._read_at = float("-inf")
        self._shown = False
        self._calendar_worker: Worker | None = None
        self._done: tuple[AgendaItem, int] | None = None  # last marked done, new version

        self.date_label = QLabel()
        self.date_label.setObjectName("todayDate")
        font = QFont(self.date_label.font())
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.date_label.setFont(font)

        self.mine = QCheckBox(self.tr("My cases"))
        self.mine.setObjectName("todayMine")
        if db.advisor:
            self.mine.setToolTip(self.tr("Only the cases of {name}").format(name=db.advisor))
        else:
            self.mine.setEnabled(False)
            self.mine.setToolTip(self.tr("No advisor is set for this database"))
        self.advisor_filter = QComboBox()
        self.advisor_filter.setObjectName("todayAdvisor")
        self.advisor_filter.setAccessibleName(self.tr("Advisor"))
        self.city_filter = QComboBox()
        self.city_filter.setObjectName("todayCity")
        self.city_filter.setAccessibleName(self.tr("City"))
        # The label exists before the first read: a failing read shows its message there.
        self.error_label = QLabel()
        self.error_label.setObjectName("todayError")
        self.error_label.setWordWrap(True)
        palette = self.error_label.palette()
        palette.setColor(QPalette.ColorRole.WindowText, QColor("#b3261e"))
        self.error_label.setPalette(palette)
        self.error_label.hide()
        self._load_choices()

        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.refresh_button.setObjectName("todayRefresh")
        self.refresh_button.setShortcut("F5")
        self.meeting_button = QPushButton(self.tr("Print meeting sheet…"))
        self.meeting_button.setObjectName("todayMeetingSheet")
        self.meeting_button.setToolTip(
            self.tr("This week's hearings, evictions and auctions, to read out at the meeting")
        )

        self.boxes: dict[str, SectionBox] = {}
        body = QWidget()
        body.setObjectName("todayBody")
        sections = QVBoxLayout(body)
        sections.setContentsMargins(8, 0, 8, 8)
        for name, title, hint in self._section_titles():
            box = SectionBox(name, title, hint)
            box.itemActivated.connect(self._open_item)
            box.showAllRequested.connect(self.show_all)
            box.model.doneRequested.connect(self.mark_done)
            self.boxes[name] = box
            sections.addWidget(box)
        sections.addStretch(1)
        self.scroll = QScrollArea()
        self.scroll.setObjectName("todayScroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.scroll.setWidget(body)

        self.undo_strip = UndoStrip()
        self.undo_strip.undoRequested.connect(self.undo)

        top = QHBoxLayout()
        top.addWidget(self.date_label, 1)
        top.addWidget(self.refresh_button)
        top.addWidget(self.meeting_button)
        filters = QHBoxLayout()
        filters.addWidget(self.mine)
        filters.addWidget(self.advisor_filter)
        filters.addWidget(self.city_filter)
        filters.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 0)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(self.error_label)
        layout.addWidget(self.scroll, 1)
        layout.addWidget(self.undo_strip)

        self.mine.toggled.connect(self._mine_toggled)
        self.advisor_filter.currentIndexChanged.connect(self._filters_changed)
        self.city_filter.currentIndexChanged.connect(self._filters_changed)
        self.refresh_button.clicked.connect(self.refresh)
        self.meeting_button.clicked.connect(self.open_meeting_sheet)
        self.refresh()

    def title(self) -> str:
        return self.tr("Today")

    def _section_titles(self) -> list[tuple[str, str, str]]:
        return [
            ("threat", self.tr("Homes in danger: evictions and auctions within 30 days"), ""),
            ("overdue", self.tr("Overdue deadlines"), ""),
            ("due", self.tr("Deadlines in the next 14 days"), ""),
            (
                "hearing",
                self.tr("Hearings this week"),
                self.tr("“Who goes”: who from the group will attend. Nobody yet? Ask the meeting."),
            ),
            ("awaiting_reply", self.tr("Letters awaiting a reply past their date"), ""),
        ]

    # -- filters ---------------------------------------------------------------------------

    def _load_choices(self) -> None:
        try:
            choices = register.register_choices(self.db)
        except DebtdeskError as exc:
            self._show_error(exc.message)
            choices = register.RegisterChoices(cities=(), advisors=())
        for combo, everyone, values in (
            (
                self.advisor_filter,
                self.tr("All advisors"),
                [name for _id, name in choices.advisors],
            ),
            (self.city_filter, self.tr("All cities"), list(choices.cities)),
        ):
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everyone, None)
            for value in values:
                combo.addItem(value, value)
            combo.blockSignals(False)

    def set_filters(self, filters: ops.TodayFilters) -> None:
        """Narrow the page (the boxes show the same choice) and read it again."""
        for combo, value in (
            (self.advisor_filter, filters.advisor),
            (self.city_filter, filters.city),
        ):
            combo.blockSignals(True)
            found = combo.findData(value) if value is not None else 0
            if found < 0:  # an advisor or city added since the boxes were filled
                combo.addItem(str(value), value)
                found = combo.count() - 1
            combo.setCurrentIndex(found)
            combo.blockSignals(False)
        self.mine.blockSignals(True)
        self.mine.setChecked(bool(self.db.advisor) and filters.advisor == self.db.advisor)
        self.mine.blockSignals(False)
        self.advisor_filter.setEnabled(not self.mine.isChecked())
        self.filters = filters
        self.refresh()

    def _mine_toggled(self, checked: bool) -> None:
        advisor = self.db.advisor if checked else None
        self.set_filters(ops.TodayFilters(advisor=advisor, city=self.filters.city))

    def _filters_changed(self) -> None:
        self.filters = ops.TodayFilters(
            advisor=self.advisor_filter.currentData(), city=self.city_filter.currentData()
        )
        self.refresh()

    # -- reading ---------------------------------------------------------------------------

    def page_shown(self) -> None:
        fresh_for = FRESH_FOR_S if self._shown else BUILT_FRESH_FOR_S
        self._shown = True
        if time.monotonic() - self._read_at > fresh_for:
            self.refresh()

    def data_changed(self) -> None:
        if self.isVisible():
            self.refresh()
        else:
            self._read_at = float("-inf")  # stale: read again when shown

    @Slot()
    def refresh(self) -> None:
        """Read every section again (after a change elsewhere, a filter, a click)."""
        self._generation += 1
        self._read_at = time.monotonic()
        self._pending.clear()
        self.date_label.setText(self._date_text())
        lang = current_language()
        first = tuple(n for n in ops.FIRST_SECTIONS if n not in self.expanded)
        # Late sections are read at once only when nothing has to be loaded for them:
        # the letter register imported, and the database open (not still opening
        # behind the first screen, which has no letters).
        opening = isinstance(self.db, DeferredDatabase) and not self.db.opened
        late_now = ops.late_sections_ready() and not opening
        now = first + tuple(n for n in ops.LATE_SECTIONS if late_now and n not in self.expanded)
        try:
            found = ops.load_sections(
                self.db, self.filters, lang=lang, limit=SECTION_ROWS, sections=now
            )
        except DebtdeskError as exc:
            self._show_error(exc.message)
            return
        self._show_error(None)
        for section in found.sections:
            self.boxes[section.name].set_section(section)
        for name in ops.FIRST_SECTIONS + ops.LATE_SECTIONS:
            if name not in now:
                limit = None if name in self.expanded else SECTION_ROWS
                self._load_later(name, limit)
        if not found.exact and self._calendar_worker is None:
            self._load_calendar()
        self._maybe_loaded()

    def _date_text(self) -> str:
        return self.tr("Today: {date}").format(date=format_day_with_weekday(today()))

    def _load_later(self, name: str, limit: int | None) -> None:
        """Read section ``name`` in a worker thread (slow imports, or every row)."""
        self.boxes[name].set_section(None, loading=True)
        db, filters, lang = self.db, self.filters, current_language()

        def read(_progress: Any) -> ops.TodaySections:
            return ops.load_sections(db, filters, lang=lang, limit=limit, sections=(name,))

        worker = Worker(read)
        self._pending[name] = worker
        # Bound methods, not lambdas: Qt drops the connection if the page goes first.
        worker.succeeded.connect(self._arrived)
        worker.failed.connect(self._late_failed)
        generation = self._generation

        def start() -> None:
            # Started once the event loop has painted the page: a thread importing
            # the PDF machinery would hold the GIL while the first screen is drawn.
            # The import itself happens here, on the GUI thread: the documents
            # package imports itself in a circle, and a case file opened meanwhile
            # importing it too could get it half-initialised from the worker.
            if generation != self._generation:
                return
            if isinstance(db, DeferredDatabase) and not db.settled:
                # The database and the letters are still being loaded in their
                # thread (``DeferredDatabase.settle``): importing them here too would
                # freeze the window, and two threads must not import them at once.
                QTimer.singleShot(_WAIT_FOR_OPEN_MS, start)
                return
            importlib.import_module("debtdesk.documents.register")
            worker.start()

        after_first_paint(self, start)

    def _sender_section(self) -> str | None:
        """The section whose worker sent the signal, if it is still awaited."""
        sender = self.sender()
        return next((name for name, w in self._pending.items() if w is sender), None)

    @Slot(object)
    def _arrived(self, found: ops.TodaySections) -> None:
        name = self._sender_section()
        if name is None:
            return  # a newer refresh has asked again
        self.boxes[name].set_section(found.section(name))
        del self._pending[name]
        self._maybe_loaded()

    @Slot(str)
    def _late_failed(self, message: str) -> None:
        name = self._sender_section()
        if name is None:
            return
        self.boxes[name].set_section(AgendaSection(name, 0, 0, ()))
        del self._pending[name]
        self._show_error(message)
        self._maybe_loaded()

    def _maybe_loaded(self) -> None:
        if not self._pending:
            self.loaded.emit()

    def busy(self) -> bool:
        """Whether a section (or the holiday calendar) is still being read."""
        return bool(self._pending) or self._calendar_worker is not None

    def _load_calendar(self) -> None:
        db = self.db
        worker = Worker(lambda _p: ops.load_working_calendar(db))
        self._calendar_worker = worker
        worker.succeeded.connect(self._calendar_loaded)
        worker.failed.connect(self._calendar_failed)
        after_first_paint(self, worker.start)

    @Slot(object)
    def _calendar_loaded(self, changed: bool) -> None:
        self._calendar_worker = None
        if changed:  # a holiday moved the "3 working days" bound: urgency changes
            self.refresh()

    @Slot(str)
    def _calendar_failed(self, _message: str) -> None:
        self._calendar_worker = None  # urgency stays counted on weekends; no harm

    @Slot(str)
    def show_all(self, name: str) -> None:
        """Every row of section ``name`` (read in a worker: it may be thousands)."""
        self.expanded.add(name)
        self.boxes[name].expanded = True
        self._load_later(name, None)

    def _show_error(self, message: str | None) -> None:
        self.error = message
        self.error_label.setText(message or "")
        self.error_label.setVisible(bool(message))

    # -- acting ----------------------------------------------------------------------------

    def _open_item(self, item: AgendaItem) -> None:
        self.openCase.emit(item.debtor_id)

    @Slot(object)
    def mark_done(self, item: AgendaItem) -> None:
        """Mark the row's deadline done (who and when are kept) and offer Undo."""
        if item.deadline_id is None:
            return
        version = self._act(lambda: ops.mark_done(self.db, item.deadline_id, item.version))
        if version is None:
            return
        self._done = (item, version)
        self.undo_strip.offer(
            self.tr("Marked done: {what} — {who}").format(what=item.title, who=item.full_name)
        )
        self.refresh()

    @Slot()
    def undo(self) -> None:
        """Open the last deadline marked done again."""
        if self._done is None:
            return
        item, version = self._done
        self._done = None
        if self._act(lambda: ops.reopen(self.db, item.deadline_id, version)) is None:
            return
        self.undo_strip.say(
            self.tr("Open again: {what} — {who}").format(what=item.title, who=item.full_name)
        )
        self.refresh()

    def _act(self, run: Callable[[], int]) -> int | None:
        try:
            return run()
        except ConflictError:
            self.undo_strip.say(
                self.tr("Someone else changed this deadline meanwhile; the list is read again.")
            )
            self.refresh()
        except DebtdeskError as exc:
            self.undo_strip.say(exc.message)
        return None

    def open_meeting_sheet(self) -> None:
        """The meeting sheet for this week with the page's filters: preview, save, print."""
        ready(self.db)
        from ui.today.meeting_dialog import MeetingSheetDialog

        dialog = MeetingSheetDialog(self.db, self.filters, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
