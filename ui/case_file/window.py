"""The case file: one case in a window of its own, a header over its tabs.

A window rather than a dialog, and not modal: an advisor keeps the register and
several case files open side by side at a meeting. The caller keeps one
window per case (``case_id``) and calls ``bring_to_front`` to show it again.

The tabs come from ``TABS``, each a ``CaseTab``. A tab reads the database the
first time it is shown, and again when shown after another tab wrote (unless
it holds edits of its own). Save (Ctrl+S) saves every tab with edits; Cancel
drops them; closing (Esc) with edits asks Save / Discard / Cancel first.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSettings, Qt, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from debtdesk.errors import DebtdeskError
from debtdesk.i18n import current_language
from ui.case_file.base import CaseTab
from ui.case_file.court_tab import CourtTab
from ui.case_file.deadlines_tab import DeadlinesTab
from ui.case_file.header import CaseHeaderBar
from ui.case_file.letters_tab import LettersTab
from ui.case_file.loans_tab import LoansTab
from ui.case_file.person_tab import PersonTab
from ui.case_file.timeline_tab import TimelineTab
from ui.operations import case_file as ops

if TYPE_CHECKING:
    from debtdesk.db.database import Database

# The tabs, in the order advisors go through a case.
TABS: list[type[CaseTab]] = [PersonTab, LoansTab, CourtTab, DeadlinesTab, LettersTab, TimelineTab]

_GEOMETRY_KEY = "case_file/geometry"
DIRTY_MARK = " •"


class CaseFileWindow(QWidget):
    """Header and tabs of case ``case_id``; Save, Cancel and Close at the bottom.

    Building it reads the case's header, so a case deleted meanwhile raises
    ``NotFoundError`` (and an unreachable database ``StorageError``) here.
    """

    # A tab wrote to the database: the register (and other windows) may refresh.
    caseChanged = Signal(int)
    # The window closed (it deletes itself): drop any reference to it.
    closed = Signal(int)

    def __init__(self, db: Database, case_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowFlag(Qt.WindowType.Window, True)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        self.setObjectName("caseFileWindow")
        self.db = db
        self.case_id = case_id
        self._loaded: set[CaseTab] = set()
        self._stale: set[CaseTab] = set()

        self.header = CaseHeaderBar(self)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("caseTabs")
        self.tabs.setDocumentMode(True)
        self.tab_list: list[CaseTab] = []
        for tab_class in TABS:
            tab = tab_class(db, case_id, self)
            self.tab_list.append(tab)
            self.tabs.addTab(tab, tab.title())
            tab.changed.connect(lambda tab=tab: self._tab_wrote(tab))
            tab.dirtyChanged.connect(lambda _dirty, tab=tab: self._dirty_flipped(tab))
        court, deadlines = self.tab(CourtTab.NAME), self.tab(DeadlinesTab.NAME)
        if isinstance(court, CourtTab) and isinstance(deadlines, DeadlinesTab):
            court.deadlinesMoved.connect(deadlines.mark_moved)  # mark what a new date moved

        self.message = QLabel()
        self.message.setObjectName("caseFileMessage")
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setObjectName("saveButton")
        self.save_button.setToolTip(QKeySequence(QKeySequence.StandardKey.Save).toString())
        self.save_button.clicked.connect(self.save)
        self.cancel_button = QPushButton(self.tr("Cancel changes"))
        self.cancel_button.setObjectName("cancelButton")
        self.cancel_button.clicked.connect(self.cancel_changes)
        close_button = QPushButton(self.tr("Close"))
        close_button.setObjectName("closeButton")
        close_button.setToolTip(self.tr("Esc"))
        close_button.clicked.connect(self.close)
        buttons = QHBoxLayout()
        buttons.setContentsMargins(12, 6, 12, 10)
        buttons.setSpacing(8)
        buttons.addWidget(self.message, 1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(close_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.header)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(buttons)

        save_keys = QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self)
        save_keys.activated.connect(self.save)
        close_keys = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        close_keys.activated.connect(self.close)

        self.refresh_header()
        self._update_buttons()
        self._restore_geometry()
        self.tabs.currentChanged.connect(self._shown)
        self._shown(self.tabs.currentIndex())

    # --- Public -------------------------------------------------------------------------

    def tab(self, name: str) -> CaseTab:
        """The tab whose ``NAME`` is ``name`` (``KeyError`` if there is none)."""
        for tab in self.tab_list:
            if name == tab.NAME:
                return tab
        raise KeyError(name)

    def show_tab(self, name: str) -> CaseTab:
        tab = self.tab(name)
        self.tabs.setCurrentWidget(tab)
        return tab

    def bring_to_front(self) -> None:
        """Show the window again above the others (the caller keeps one per case)."""
        if self.isMinimized():
            self.showNormal()
        self.show()
        self.raise_()
        self.activateWindow()

    def dirty_tabs(self) -> list[CaseTab]:
        return [tab for tab in self.tab_list if tab.is_dirty()]

    def refresh_header(self) -> None:
        data = ops.case_header(self.db, self.case_id, current_language())
        self.header.show_case(data)
        self.setWindowTitle(self.tr("{name} — case file").format(name=data.full_name) + "[*]")

    def save(self) -> bool:
        """Save every tab with edits; stops at (and shows) the first that is refused."""
        for tab in self.dirty_tabs():
            if not tab.save():
                self.tabs.setCurrentWidget(tab)
                return False
        self.message.setText(self.tr("Saved."))
        return True

    def cancel_changes(self) -> None:
        """Drop the edits of every tab: each shows what the database holds."""
        for tab in self.dirty_tabs():
            self._load(tab)
        self.message.clear()

    def unsaved_box(self) -> QMessageBox:
        """The question asked when closing with edits (built apart so tests can reach it)."""
        box = QMessageBox(self)
        box.setObjectName("unsavedBox")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Unsaved changes"))
        names = ", ".join(tab.title().replace("&&", "&") for tab in self.dirty_tabs())
        box.setText(self.tr("Save the changes to {tabs} before closing?").format(tabs=names))
        buttons = QMessageBox.StandardButton
        box.setStandardButtons(buttons.Save | buttons.Discard | buttons.Cancel)
        box.setDefaultButton(buttons.Save)
        return box

    # --- Qt -----------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.dirty_tabs():
            box = self.unsaved_box()
            answer = box.exec()
            buttons = QMessageBox.StandardButton
            if answer == buttons.Cancel or (answer == buttons.Save and not self.save()):
                event.ignore()
                return
        QSettings().setValue(_GEOMETRY_KEY, self.saveGeometry())
        event.accept()
        self.closed.emit(self.case_id)

    # --- Inside -------------------------------------------------------------------------

    def _restore_geometry(self) -> None:
        geometry = QSettings().value(_GEOMETRY_KEY)
        if isinstance(geometry, QByteArray) and self.restoreGeometry(geometry):
            return
        # Fits a 1366×768 laptop with its task bar; roomier screens get a calm default.
        screen = QGuiApplication.primaryScreen()
        free = screen.availableGeometry() if screen else None
        width = min(1180, free.width() - 40) if free else 1180
        height = min(760, free.height() - 40) if free else 760
        self.resize(width, height)

    def _load(self, tab: CaseTab) -> None:
        try:
            tab.reload()
        except DebtdeskError as error:
            self.message.setText(str(error))
            return
        self._loaded.add(tab)
        self._stale.discard(tab)

    def _shown(self, index: int) -> None:
        tab = self.tabs.widget(index)
        if not isinstance(tab, CaseTab):
            return
        if tab not in self._loaded or (tab in self._stale and not tab.is_dirty()):
            self._load(tab)

    def _tab_wrote(self, source: CaseTab) -> None:
        """Another tab's data may show what ``source`` wrote: reload them when next shown."""
        self._stale.update(t for t in self._loaded if t is not source)
        try:
            self.refresh_header()
        except DebtdeskError as error:
            self.message.setText(str(error))
        self.caseChanged.emit(self.case_id)

    def _dirty_flipped(self, tab: CaseTab) -> None:
        index = self.tabs.indexOf(tab)
        self.tabs.setTabText(index, tab.title() + (DIRTY_MARK if tab.is_dirty() else ""))
        if tab.is_dirty():
            self.message.clear()
        self._update_buttons()

    def _update_buttons(self) -> None:
        dirty = bool(self.dirty_tabs())
        self.save_button.setEnabled(dirty)
        self.cancel_button.setEnabled(dirty)
        self.setWindowModified(dirty)
