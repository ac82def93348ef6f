"""Start the window: global options, the QApplication and its look, the database, exec.

``ui.launcher`` calls ``run(args)`` when ``debtdesk`` has no subcommand. The
steps are separate so tests can drive every one but ``exec``:
``parse_options`` → ``make_application`` → ``Application.start`` (which opens
the database with ``open_database_or_report`` and builds the ``MainWindow``).
Nothing here imports what the first screen does not need (no reportlab, no
holidays): start-up time on old laptops matters.

``Application`` owns the open ``Database`` and its window. Which database:
``--database`` (or ``DEBTDESK_DATABASE_URL``) for this run only, else the one
last chosen in Settings, else the file in the user data folder. Who: ``--advisor``
(or ``DEBTDESK_ADVISOR``), else the advisor last chosen in Settings. Choosing
another database in Settings reopens the window on it and remembers it (its URL
without the password: see ``ui.preferences``).
"""

from __future__ import annotations

import argparse
import logging
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, QObject, QSettings, Qt, QTranslator
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from ui import preferences

if TYPE_CHECKING:
    from debtdesk.db.database import Database
    from ui.main_window import MainWindow

log = logging.getLogger(__name__)

ORGANIZATION = "debtdesk"
APPLICATION = "debtdesk"
ENV_ADVISOR = "DEBTDESK_ADVISOR"

# Called with a title and a message when the database cannot be opened.
Reporter = Callable[[str, str], None]
# Called with the database shown to people and why the last try failed ("" at
# first); returns the password, or None when the person cancelled.
PasswordAsker = Callable[[str, str], "str | None"]


@dataclass(frozen=True)
class Options:
    """The global options the window understands; anything else goes to Qt."""

    database: str | None = None
    advisor: str | None = None
    qt_args: tuple[str, ...] = field(default=())


def parse_options(args: Sequence[str]) -> Options:
    """``--database URL`` and ``--advisor NAME``, defaulting from the environment.

    The database URL itself is resolved by the core (``resolve_url``: the option,
    else ``DEBTDESK_DATABASE_URL``, else the default file), so only the advisor's
    environment variable is read here.
    """
    parser = argparse.ArgumentParser(prog="debtdesk", add_help=False)
    parser.add_argument("--database", metavar="URL")
    parser.add_argument("--advisor", metavar="NAME")
    known, rest = parser.parse_known_args(list(args))
    advisor = known.advisor or os.environ.get(ENV_ADVISOR) or None
    return Options(database=known.database, advisor=advisor, qt_args=tuple(rest))


def make_application(qt_args: Sequence[str] = ()) -> QApplication:
    """The QApplication (reused when one exists, as under tests), named and styled."""
    app = QApplication.instance()
    if app is None:
        app = QApplication(["debtdesk", *qt_args])
    assert isinstance(app, QApplication)
    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationName(APPLICATION)
    QGuiApplication.setApplicationDisplayName("debtdesk")
    # INI files on every system: readable, and the same code path everywhere.
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    app.setStyle("Fusion")
    apply_palette(app)
    if not app.property("debtdeskConfigured"):  # once per process (tests call this often)
        app.setProperty("debtdeskConfigured", True)
        app.styleHints().colorSchemeChanged.connect(lambda _scheme: apply_palette(app))
        install_translators(app)
    return app


def is_dark() -> bool:
    return QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark


def make_palette(dark: bool) -> QPalette:
    """A calm palette: soft contrast for long evenings, one quiet teal accent."""
    if dark:
        window, base, alt, text = "#2b2d30", "#232427", "#2b2d31", "#e6e6e6"
        button, accent, accent_text, mid = "#35373b", "#3d8c86", "#ffffff", "#4a4d52"
        disabled, link, quiet_accent = "#808080", "#7cc4bd", "#34504d"
    else:
        window, base, alt, text = "#f4f4f1", "#ffffff", "#f3f5f4", "#1f2328"
        button, accent, accent_text, mid = "#ecece8", "#2f6f6a", "#ffffff", "#c8c8c2"
        disabled, link, quiet_accent = "#8a8a8a", "#1f5f8b", "#d3e4e1"
    p = QPalette()
    role = QPalette.ColorRole
    group = QPalette.ColorGroup
    for r, colour in (
        (role.Window, window),
        (role.WindowText, text),
        (role.Base, base),
        (role.AlternateBase, alt),
        (role.Text, text),
        (role.Button, button),
        (role.ButtonText, text),
        (role.ToolTipBase, base),
        (role.ToolTipText, text),
        (role.PlaceholderText, disabled),
        (role.Highlight, accent),
        (role.HighlightedText, accent_text),
        (role.Link, link),
        (role.Mid, mid),
        (role.BrightText, "#ff5a4f"),
    ):
        p.setColor(r, QColor(colour))
    for r in (role.WindowText, role.Text, role.ButtonText):
        p.setColor(group.Disabled, r, QColor(disabled))
    # The selected row of a list without focus stays visible but stops shouting:
    # the register keeps row 1 current while the cursor is in the search box.
    p.setColor(group.Inactive, role.Highlight, QColor(quiet_accent))
    p.setColor(group.Inactive, role.HighlightedText, QColor(text))
    return p


def apply_palette(app: QApplication) -> None:
    app.setPalette(make_palette(is_dark()))


def interface_locale() -> QLocale:
    """The language chosen in Settings (applied at start), else the system's."""
    lang = preferences.interface_language()
    return QLocale.system() if lang == "system" else QLocale(lang)


def install_translators(app: QApplication) -> None:
    """Load the app's catalog and Qt's own for the interface language, if they exist.

    The core's own messages (validation, storage errors) follow the same
    language through ``debtdesk.i18n``.
    """
    from PySide6.QtCore import QLibraryInfo

    from debtdesk import i18n
    from debtdesk.resources import resource_path

    locale = interface_locale()
    QLocale.setDefault(locale)
    i18n.set_language(QLocale.languageToCode(locale.language()))
    ours = QTranslator(app)
    if ours.load(locale, "debtdesk", "_", str(resource_path("translations"))):
        app.installTranslator(ours)
    qt = QTranslator(app)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt.load(locale, "qtbase", "_", qt_dir):
        app.installTranslator(qt)


def show_error_box(title: str, message: str, parent: QWidget | None = None) -> None:
    """A modal error box (the default reporter when running for real)."""
    error_box(title, message, parent).exec()


def error_box(title: str, message: str, parent: QWidget | None = None) -> QMessageBox:
    box = QMessageBox(QMessageBox.Icon.Critical, title, message, QMessageBox.StandardButton.Ok)
    if parent is not None:
        box.setParent(parent, box.windowFlags())
    return box


def ask_password_dialog(server: str, problem: str) -> str | None:
    """The default password asker: a small modal dialog."""
    from ui.widgets.password_dialog import ask_password

    return ask_password(server, problem, QApplication.activeWindow())


def _open_asking_password(url: str | None, advisor: str | None, ask: PasswordAsker) -> Database:
    """``open_database``; when a PostgreSQL server wants a password, ask (again if refused).

    libpq first looks in the password file (``.pgpass`` or ``PGPASSFILE``), so
    the question comes only when no password was found there.
    """
    from debtdesk.db.database import open_database
    from debtdesk.db.engine import display_url, resolve_url
    from debtdesk.errors import DebtdeskError
    from ui.operations import settings as ops

    try:
        return open_database(url, advisor=advisor)
    except DebtdeskError as exc:
        resolved = resolve_url(url)
        if not (ops.is_postgres(resolved) and ops.needs_password(exc)):
            raise
        error = exc
    problem = ""
    from ui.widgets.password_dialog import refused_text

    while True:
        password = ask(display_url(resolved), problem)
        if password is None:
            raise error
        try:
            return open_database(ops.with_password(resolved, password), advisor=advisor)
        except DebtdeskError as exc:
            if not ops.needs_password(exc):
                raise
            error = exc
            problem = refused_text()


def open_database_or_report(
    options: Options,
    report: Reporter = show_error_box,
    ask_password: PasswordAsker = ask_password_dialog,
) -> Database | None:
    """Open the database the options name, or tell the person why not and return None.

    Schema and storage problems arrive as ``DebtdeskError`` with a message
    meant for people; anything else is logged with its traceback and reported
    in one line, so the window never shows a traceback.
    """
    from debtdesk.errors import DebtdeskError

    title = QCoreApplication.translate("app", "debtdesk cannot open the database")
    try:
        return _open_asking_password(options.database, options.advisor, ask_password)
    except DebtdeskError as exc:
        report(title, str(exc))
    except Exception as exc:
        log.exception("opening the database failed")
        message = QCoreApplication.translate("app", "Unexpected error: {error}")
        report(title, message.format(error=f"{type(exc).__name__}: {exc}"))
    return None


class Application(QObject):
    """Owns the open database and its window; reopens both when Settings picks another."""

    def __init__(
        self,
        options: Options,
        report: Reporter = show_error_box,
        ask_password: PasswordAsker = ask_password_dialog,
    ) -> None:
        super().__init__()
        self.options = options
        self.report = report
        self.ask_password = ask_password
        self.db: Database | None = None
        self.window: MainWindow | None = None

    def start(self) -> bool:
        """Open the start database and show its window; False (reported) if impossible."""
        from debtdesk.db.engine import ENV_URL

        advisor = self.options.advisor or preferences.advisor()
        explicit = self.options.database or os.environ.get(ENV_URL)
        remembered = None if explicit else preferences.database_url()
        db = self._open(explicit or remembered, advisor, self._report_start(remembered))
        if db is None and remembered:
            db = self._open(None, advisor, self.report)  # the file on this laptop
        if db is None:
            return False
        self._show(db)
        return True

    def _report_start(self, remembered: str | None) -> Reporter:
        if not remembered:
            return self.report

        def report(title: str, message: str) -> None:
            from debtdesk.db.engine import default_database_path

            fallback = QCoreApplication.translate(
                "app", "debtdesk opens the database on this laptop instead: {path}"
            ).format(path=default_database_path())
            self.report(title, f"{message}\n\n{fallback}")

        return report

    def _open(self, url: str | None, advisor: str | None, report: Reporter) -> Database | None:
        options = Options(database=url, advisor=advisor)
        return open_database_or_report(options, report, self.ask_password)

    def _show(self, db: Database) -> None:
        from ui.main_window import MainWindow

        self.db = db
        window = MainWindow(db)
        window.databaseRequested.connect(self.switch_database)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.window = window
        window.show()

    def switch_database(self, url: str) -> bool:
        """Open ``url`` and reopen the window on it; on failure keep everything as it was.

        The failure is shown beside the Settings field the request came from.
        """
        old_window, old_db = self.window, self.db
        advisor = old_db.advisor if old_db is not None else self.options.advisor

        def report(_title: str, message: str) -> None:
            if old_window is not None:
                old_window.settings_page.show_database_error(url, message)
            else:
                self.report(_title, message)

        db = self._open(url, advisor, report)
        if db is None:
            return False
        from ui.workers import Worker

        app = QApplication.instance()
        quit_on_close = isinstance(app, QApplication) and app.quitOnLastWindowClosed()
        if isinstance(app, QApplication):
            app.setQuitOnLastWindowClosed(False)  # no window for a moment: not a reason to quit
        try:
            if old_window is not None and not old_window.close():
                db.dispose()  # the window refused to close (unsaved work): stay
                return False
            Worker.cancel_all()
            if old_db is not None:
                old_db.dispose()
            preferences.remember_database(db.url)
            self._show(db)
        finally:
            if isinstance(app, QApplication):
                app.setQuitOnLastWindowClosed(quit_on_close)
        return True

    def shutdown(self) -> None:
        """Stop background work and close the database (after the event loop ends)."""
        from ui.workers import Worker

        Worker.cancel_all()
        if self.db is not None:
            self.db.dispose()
            self.db = None


def run(args: Sequence[str]) -> int:
    """Start the window and run until it closes; the exit status (non-zero on failure)."""
    options = parse_options(args)
    app = make_application(options.qt_args)
    controller = Application(options)
    if not controller.start():
        return 1
    try:
        return app.exec()
    finally:
        controller.shutdown()
