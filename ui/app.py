"""Start the window: global options, the QApplication and its look, the database, exec.

``ui.launcher`` calls ``run(args)`` when ``debtdesk`` has no subcommand. The
steps are separate functions so tests can drive every one but ``exec``:
``parse_options`` → ``make_application`` → ``open_database_or_report`` →
``MainWindow``. Nothing here imports what the first screen does not need
(no reportlab, no holidays): start-up time on old laptops matters.
"""

from __future__ import annotations

import argparse
import logging
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, QSettings, Qt, QTranslator
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

if TYPE_CHECKING:
    from debtdesk.db.database import Database

log = logging.getLogger(__name__)

ORGANIZATION = "debtdesk"
APPLICATION = "debtdesk"
ENV_ADVISOR = "DEBTDESK_ADVISOR"

# Called with a title and a message when the database cannot be opened.
Reporter = Callable[[str, str], None]


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


def install_translators(app: QApplication) -> None:
    """Load the app's catalog and Qt's own for the system language, if they exist."""
    from PySide6.QtCore import QLibraryInfo

    from debtdesk.resources import resource_path

    locale = QLocale()
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


def open_database_or_report(options: Options, report: Reporter = show_error_box) -> Database | None:
    """Open the database the options name, or tell the person why not and return None.

    Schema and storage problems arrive as ``DebtdeskError`` with a message
    meant for people; anything else is logged with its traceback and reported
    in one line, so the window never shows a traceback.
    """
    from debtdesk.db.database import open_database
    from debtdesk.errors import DebtdeskError

    title = QCoreApplication.translate("app", "debtdesk cannot open the database")
    try:
        return open_database(options.database, advisor=options.advisor)
    except DebtdeskError as exc:
        report(title, str(exc))
    except Exception as exc:
        log.exception("opening the database failed")
        message = QCoreApplication.translate("app", "Unexpected error: {error}")
        report(title, message.format(error=f"{type(exc).__name__}: {exc}"))
    return None


def run(args: Sequence[str]) -> int:
    """Start the window and run until it closes; the exit status (non-zero on failure)."""
    options = parse_options(args)
    app = make_application(options.qt_args)
    db = open_database_or_report(options)
    if db is None:
        return 1
    from ui.main_window import MainWindow

    window = MainWindow(db)
    window.show()
    try:
        return app.exec()
    finally:
        db.dispose()
