"""The main window: a stacked page area, window-wide keys and the status bar.

The window stays thin (Anki and Picard both regret 2,000-line main windows):
pages are classes listed in ``PAGES``, each built from the open database; the
window only switches between them, forwards window-wide keys, shows where the
data lives and remembers its size and place on this laptop (QSettings).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox, QStackedWidget, QWidget

from debtdesk.errors import DebtdeskError
from ui import operations
from ui.pages.base import Page
from ui.pages.cases_page import CasesPage

if TYPE_CHECKING:
    from debtdesk.db.database import Database

# Every page of the stacked area, in the order the navigation rail will list them.
PAGES: tuple[type[Page], ...] = (CasesPage,)

_GEOMETRY_KEY = "main_window/geometry"


class MainWindow(QMainWindow):
    """One window per open database: pages in a stack, the database in the status bar."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.setObjectName("mainWindow")
        self.setWindowTitle("debtdesk")

        self.stack = QStackedWidget()
        self.stack.setObjectName("pageStack")
        self.setCentralWidget(self.stack)
        self.pages: dict[str, Page] = {}
        for page_class in PAGES:
            page = page_class(db, self.stack)
            self.pages[page.NAME] = page
            self.stack.addWidget(page)
        self.cases_page.caseActivated.connect(self.open_case)
        self._case_dialog: QWidget | None = None

        self._create_actions()
        self._create_status_bar()
        self._restore_settings()
        self.show_page(CasesPage.NAME)

    @property
    def cases_page(self) -> CasesPage:
        page = self.pages[CasesPage.NAME]
        assert isinstance(page, CasesPage)
        return page

    def current_page(self) -> Page:
        page = self.stack.currentWidget()
        assert isinstance(page, Page)
        return page

    def show_page(self, name: str) -> None:
        page = self.pages[name]
        self.stack.setCurrentWidget(page)
        page.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- actions ------------------------------------------------------------------

    def _create_actions(self) -> None:
        # Window-wide actions live on the window so their keys work from any page;
        # a later menu bar or rail adds the same QAction objects.
        self.find_action = QAction(self.tr("&Find case"), self)
        self.find_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Find))
        self.find_action.triggered.connect(self.focus_search)
        self.addAction(self.find_action)

        self.quit_action = QAction(self.tr("&Quit"), self)
        self.quit_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Quit))
        self.quit_action.triggered.connect(self.close)
        self.addAction(self.quit_action)

    def focus_search(self) -> None:
        self.current_page().focus_search()

    def open_case(self, case_id: int) -> None:
        """Show the case's basic fields (the tabbed case file replaces this later)."""
        from ui.widgets.case_summary_dialog import CaseSummaryDialog

        try:
            summary = operations.case_summary(self.db, case_id)
        except DebtdeskError as exc:
            QMessageBox.warning(self, self.tr("Cannot open the case"), str(exc))
            return
        if self._case_dialog is not None:
            self._case_dialog.close()
        dialog = CaseSummaryDialog(summary, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.destroyed.connect(self._forget_dialog)
        self._case_dialog = dialog
        dialog.open()

    def _forget_dialog(self) -> None:
        self._case_dialog = None

    @property
    def case_dialog(self) -> QWidget | None:
        """The case dialog now open, if any."""
        return self._case_dialog

    # -- status bar ---------------------------------------------------------------

    def _create_status_bar(self) -> None:
        bar = self.statusBar()
        self.database_label = QLabel(self.tr("Database: {db}").format(db=self.db.display))
        self.database_label.setObjectName("databaseLabel")
        self.database_label.setToolTip(self.db.display)
        advisor = self.db.advisor or self.tr("not set (start with --advisor NAME)")
        self.advisor_label = QLabel(self.tr("Advisor: {name}").format(name=advisor))
        self.advisor_label.setObjectName("advisorLabel")
        bar.addWidget(self.database_label, 1)
        if self.db.read_only_reason:
            self.read_only_label = QLabel(self.tr("Read-only"))
            self.read_only_label.setObjectName("readOnlyLabel")
            self.read_only_label.setToolTip(self.db.read_only_reason)
            bar.addPermanentWidget(self.read_only_label)
        bar.addPermanentWidget(self.advisor_label)

    # -- settings -----------------------------------------------------------------

    def _restore_settings(self) -> None:
        settings = QSettings()
        geometry = settings.value(_GEOMETRY_KEY)
        if geometry is None or not self.restoreGeometry(geometry):
            self._default_geometry()
        for page in self.pages.values():
            page.restore_state(settings)

    def _default_geometry(self) -> None:
        # Old laptops have 1366×768 screens: fill most of the screen, never more.
        screen = QGuiApplication.primaryScreen()
        if screen is None:
            self.resize(1100, 680)
            return
        available = screen.availableGeometry()
        width = min(1200, int(available.width() * 0.9))
        height = min(760, int(available.height() * 0.9))
        self.resize(width, height)
        frame = self.frameGeometry()
        frame.moveCenter(available.center())
        self.move(frame.topLeft())

    def save_settings(self) -> None:
        settings = QSettings()
        settings.setValue(_GEOMETRY_KEY, self.saveGeometry())
        for page in self.pages.values():
            page.save_state(settings)
        settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_settings()
        super().closeEvent(event)
