"""The main window: navigation rail, stacked page area, window-wide keys, status bar.

The window stays thin (Anki and Picard both regret 2,000-line main windows):
pages are classes listed in ``PAGES``, each built from the open database; the
window lists them in the rail, switches between them (Ctrl+1…Ctrl+n), forwards
window-wide keys, shows where the data lives and who is working, and remembers
its size and place on this laptop (QSettings). It opens on the first page of
``START_PAGES`` that is registered: the Today page when a later issue adds it,
the register until then.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from debtdesk.errors import DebtdeskError
from ui.operations.base import ready
from ui.pages import registry
from ui.pages.base import Page
from ui.pages.registry import PageEntry
from ui.widgets.elided_label import ElidedLabel
from ui.widgets.rail import NavigationRail

if TYPE_CHECKING:
    from debtdesk.db.database import Database
    from ui.case_file.window import CaseFileWindow
    from ui.pages.cases_page import CasesPage
    from ui.pages.settings_page import SettingsPage

# Every page, in the order the navigation rail lists them. An entry of the
# registry is imported and built when first shown; a Page class is built at once.
Entry = PageEntry | type[Page]
PAGES: tuple[Entry, ...] = (
    registry.TODAY,
    registry.CASES,
    registry.CALENDAR,
    registry.LETTERS,
    registry.REPORTS,
    registry.SETTINGS,
)

# The page the window opens on: the first of these that is registered.
START_PAGES: tuple[str, ...] = ("today", "cases")
# Pages read by the first screen (``debtdesk.first_screen``) while the database is
# still opening behind it: built at once, without waiting for that.
FIRST_SCREEN_PAGES = frozenset({"today", "cases"})

_GEOMETRY_KEY = "main_window/geometry"


class MainWindow(QMainWindow):
    """One window per open database: rail and pages, the database and advisor below."""

    # Settings asked for another database (a URL); ``ui.app.Application`` opens it.
    databaseRequested = Signal(str)
    # Settings asked to restore, encrypt or rekey (a ``VaultRequest``), passed on
    # from the page once it is built: the window does not build Settings to start.
    vaultRequested = Signal(object)

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self._built = False
        self.setObjectName("mainWindow")
        self.setWindowTitle("debtdesk")

        self.rail = NavigationRail()
        self.stack = QStackedWidget()
        self.stack.setObjectName("pageStack")
        # Built pages by name; the stack holds an empty stand-in for each page
        # not built yet, swapped for the page when it is first shown.
        self.pages: dict[str, Page] = {}
        self.entries: dict[str, Entry] = {entry.NAME: entry for entry in PAGES}
        self._stand_ins: dict[str, QWidget] = {}
        self.page_actions: dict[str, QAction] = {}
        self._case_windows: dict[int, CaseFileWindow] = {}
        self._intake: QWidget | None = None
        for entry in PAGES:
            if isinstance(entry, PageEntry):
                stand_in = QWidget(self.stack)
                self._stand_ins[entry.NAME] = stand_in
                self.stack.addWidget(stand_in)
            else:
                self._add_page(entry(db, self.stack))
        self.rail.pageChosen.connect(self.show_page)
        self.rail.pageEntered.connect(self._enter_page)

        line = QFrame()
        line.setFrameShape(QFrame.Shape.VLine)
        line.setFrameShadow(QFrame.Shadow.Plain)
        line.setForegroundRole(QPalette.ColorRole.Mid)
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.rail)
        layout.addWidget(line)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self._create_actions()
        self._create_status_bar()
        self._restore_settings()
        self.show_page(self.start_page())
        self._built = True

    def page(self, name: str) -> Page:
        """The page ``name``, importing and building it the first time it is asked for."""
        page = self.pages.get(name)
        if page is not None:
            return page
        entry = self.entries[name]
        assert isinstance(entry, PageEntry)
        if self._built and name not in FIRST_SCREEN_PAGES:
            ready(self.db)  # a page beyond the first screen: its modules need the database
        page = entry.load()(self.db, self.stack)
        stand_in = self._stand_ins.pop(name)
        self.stack.insertWidget(self.stack.indexOf(stand_in), page)
        self.stack.removeWidget(stand_in)
        stand_in.deleteLater()
        self._add_page(page)
        page.restore_state(QSettings())
        return page

    def _add_page(self, page: Page) -> None:
        """Register a built page and connect what every page of its kind offers."""
        self.pages[page.NAME] = page
        if self.stack.indexOf(page) < 0:
            self.stack.addWidget(page)
        for signal_name in ("caseActivated", "openCase"):
            signal = getattr(page, signal_name, None)
            if signal is not None:
                signal.connect(self.open_case)
        requested = getattr(page, "databaseRequested", None)
        if requested is not None:
            requested.connect(self.databaseRequested)
        vault = getattr(page, "vaultRequested", None)
        if vault is not None:
            vault.connect(self.vaultRequested)
        cases_changed = getattr(page, "casesChanged", None)  # e.g. a sheet imported
        if cases_changed is not None:
            cases_changed.connect(self._case_changed)
        advisor_changed = getattr(page, "advisorChanged", None)
        if advisor_changed is not None:
            advisor_changed.connect(self._show_advisor)

    @property
    def cases_page(self) -> CasesPage:
        return self.page("cases")  # type: ignore[return-value]

    @property
    def settings_page(self) -> SettingsPage:
        return self.page("settings")  # type: ignore[return-value]

    def start_page(self) -> str:
        """The first of ``START_PAGES`` that is registered (else the first page)."""
        return next((name for name in START_PAGES if name in self.entries), PAGES[0].NAME)

    def current_page(self) -> Page:
        page = self.stack.currentWidget()
        assert isinstance(page, Page)
        return page

    def show_page(self, name: str) -> None:
        """Make ``name`` the current page; the cursor goes into it unless the rail has it."""
        page = self.page(name)
        changed = self.stack.currentWidget() is not page
        self.stack.setCurrentWidget(page)
        self.rail.set_current(name)
        if not self.rail.hasFocus():
            page.setFocus(Qt.FocusReason.OtherFocusReason)
        if changed:
            page.page_shown()

    def _enter_page(self, name: str) -> None:
        self.show_page(name)
        self.page(name).setFocus(Qt.FocusReason.TabFocusReason)

    # -- actions ------------------------------------------------------------------

    def _create_actions(self) -> None:
        # Window-wide actions live on the window so their keys work from any page;
        # a later menu bar or rail adds the same QAction objects.
        self.find_action = QAction(self.tr("&Find case"), self)
        self.find_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Find))
        self.find_action.triggered.connect(self.focus_search)
        self.addAction(self.find_action)

        self.quit_action = QAction(self.tr("&Quit"), self)
        # The standard Quit key is empty on Windows: Ctrl+Q everywhere, plus the platform's.
        keys = [QKeySequence("Ctrl+Q")]
        keys += [
            k for k in QKeySequence.keyBindings(QKeySequence.StandardKey.Quit) if k not in keys
        ]
        self.quit_action.setShortcuts(keys)
        # From any window of the program (a case file too): quitting closes them all,
        # each asking about its unsaved changes; one that refuses stops the quit.
        self.quit_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.quit_action.triggered.connect(QApplication.closeAllWindows)
        self.addAction(self.quit_action)

        self.intake_action = QAction(self.tr("&New person at the meeting…"), self)
        self.intake_action.setShortcut(QKeySequence(QKeySequence.StandardKey.New))
        self.intake_action.triggered.connect(self.open_intake)
        self.addAction(self.intake_action)

        # Ctrl+1…Ctrl+9: the pages in rail order.
        for number, entry in enumerate(PAGES, start=1):
            name = entry.NAME
            title = entry.title() if isinstance(entry, PageEntry) else self.pages[name].title()
            action = QAction(title, self)
            if number <= 9:
                action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            action.triggered.connect(lambda _checked=False, n=name: self.show_page(n))
            self.addAction(action)
            self.page_actions[name] = action
            shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            self.rail.add_entry(name, title, entry.icon_name(), shortcut)

    def focus_search(self) -> None:
        """Ctrl+F: the current page's search, or the register's from a page without one."""
        page = self.current_page()
        if type(page).focus_search is Page.focus_search:
            self.show_page("cases")
            page = self.cases_page
        page.focus_search()

    def open_intake(self) -> None:
        """Ctrl+N: the meeting intake; each person saved shows up in the register at once."""
        if self._intake is not None:
            self._intake.raise_()
            self._intake.activateWindow()
            return
        ready(self.db)
        from ui.widgets.intake_dialog import IntakeDialog

        dialog = IntakeDialog(self.db, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.caseCreated.connect(self._case_created)
        dialog.openCase.connect(self.open_case)
        dialog.destroyed.connect(self._forget_intake)
        self._intake = dialog
        dialog.show()

    @property
    def intake_dialog(self) -> QWidget | None:
        """The meeting intake now open, if any."""
        return self._intake

    def _forget_intake(self) -> None:
        self._intake = None

    def _case_created(self, _case_id: int) -> None:
        for page in self.pages.values():
            page.data_changed()

    def open_case(self, case_id: int) -> None:
        """Open the case file of ``case_id``, or bring its open window to the front.

        One window per case: a second Enter on the same row must not give two
        windows editing one person. Case files are top-level windows (an advisor
        compares two families side by side); a save in any of them refreshes the
        register so its next-deadline and urgency columns stay true.
        """
        existing = self._case_windows.get(case_id)
        if existing is not None:
            existing.bring_to_front()
            return
        ready(self.db)
        from ui.case_file.window import CaseFileWindow

        try:
            window = CaseFileWindow(self.db, case_id)
        except DebtdeskError as exc:
            QMessageBox.warning(self, self.tr("Cannot open the case"), str(exc))
            return
        window.caseChanged.connect(self._case_changed)
        window.closed.connect(self._forget_case_window)
        self._case_windows[case_id] = window
        window.show()
        window.bring_to_front()

    def _case_changed(self, _case_id: int) -> None:
        """A case file saved: the built pages that list cases show it as it is now."""
        for page in self.pages.values():
            page.data_changed()

    def _forget_case_window(self, case_id: int) -> None:
        self._case_windows.pop(case_id, None)

    def case_window(self, case_id: int) -> QWidget | None:
        """The open case file of ``case_id``, if any."""
        return self._case_windows.get(case_id)

    def close_case_windows(self) -> bool:
        """Close every open case file (each asks about unsaved edits); False if one refused."""
        return all(window.close() for window in list(self._case_windows.values()))

    # -- status bar ---------------------------------------------------------------

    def _create_status_bar(self) -> None:
        bar = self.statusBar()
        self.database_label = ElidedLabel(self.tr("Database: {db}").format(db=self.db.display))
        self.database_label.setObjectName("databaseLabel")
        self.database_label.setToolTip(self.db.display)
        self.advisor_label = QLabel()
        self.advisor_label.setObjectName("advisorLabel")
        self._show_advisor(self.db.advisor or "")
        bar.addWidget(self.database_label, 1)
        if self.db.read_only_reason:
            self.read_only_label = QLabel(self.tr("Read-only"))
            self.read_only_label.setObjectName("readOnlyLabel")
            self.read_only_label.setToolTip(self.db.read_only_reason)
            bar.addPermanentWidget(self.read_only_label)
        bar.addPermanentWidget(self.advisor_label)

    def _show_advisor(self, name: str) -> None:
        shown = name or self.tr("nobody chosen (see Settings)")
        self.advisor_label.setText(self.tr("Advisor: {name}").format(name=shown))

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
        # A case file with unsaved edits may refuse (its Cancel): then the window stays.
        if not self.close_case_windows():
            event.ignore()
            return
        self.save_settings()
        super().closeEvent(event)
