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

An encrypted SQLite file's passphrase is asked for (again after a wrong one)
and kept only on the ``Database``, never in QSettings or a log. The file's
integrity check runs in a worker after the window is shown; damage found
then, or while opening, offers the newest good backup (``ui.widgets.
damaged_dialog``). Restore, encryption and a new passphrase (asked for in
Settings: ``ui.widgets.vault_panel``) close the window and the database,
change the file in a worker and reopen; closing or switching makes the
automatic backup (docs/SECURITY.md).
"""

from __future__ import annotations

import argparse
import importlib
import logging
import os
import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QLocale,
    QObject,
    QSettings,
    Qt,
    QTranslator,
    Signal,
    Slot,
)
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from debtdesk.db.deferred import DeferredDatabase
from debtdesk.errors import DamagedDatabase, DebtdeskError
from ui import preferences
from ui.widgets.dialog_parent import dialog_parent

if TYPE_CHECKING:
    from debtdesk.db.database import Database
    from ui.main_window import MainWindow
    from ui.operations.vault import Outcome, VaultRequest

log = logging.getLogger(__name__)

ORGANIZATION = "debtdesk"
APPLICATION = "debtdesk"
ENV_ADVISOR = "DEBTDESK_ADVISOR"

# Called with a title and a message when the database cannot be opened.
Reporter = Callable[[str, str], None]
# Called with the database shown to people and why the last try failed ("" at
# first); returns the password, or None when the person cancelled.
PasswordAsker = Callable[[str, str], "str | None"]
# The same for the passphrase of an encrypted SQLite file (the file shown to people).
PassphraseAsker = Callable[[str, str], "str | None"]
# Shown the damage, the window (None at start) and whether the other way out is
# to quit (else: keep the database in use); True to restore the backup it names.
DamageAsker = Callable[[DamagedDatabase, "QWidget | None", bool], bool]


class DamagedAtOpen(DebtdeskError):
    """``open_database`` found the file damaged; carries what a restore needs.

    The passphrase that opened it (if any) travels in memory to the restore
    and the reopening, so the person is not asked twice.
    """

    def __init__(self, damage: DamagedDatabase, url: str, passphrase: str | None) -> None:
        super().__init__(damage.message)
        self.damage = damage
        self.url = url
        self.passphrase = passphrase


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


def show_info_box(title: str, message: str) -> None:
    """A modal note (the default way to say what a restore or encryption did)."""
    box = QMessageBox(QMessageBox.Icon.Information, title, message, QMessageBox.StandardButton.Ok)
    box.setParent(dialog_parent(), box.windowFlags())
    box.exec()


def error_box(title: str, message: str, parent: QWidget | None = None) -> QMessageBox:
    box = QMessageBox(QMessageBox.Icon.Critical, title, message, QMessageBox.StandardButton.Ok)
    if parent is not None:
        box.setParent(parent, box.windowFlags())
    return box


def ask_password_dialog(server: str, problem: str) -> str | None:
    """The default password asker: a small modal dialog."""
    from ui.widgets.password_dialog import ask_password

    return ask_password(server, problem, dialog_parent())


def ask_passphrase_dialog(database: str, problem: str) -> str | None:
    """The default passphrase asker: the passphrase dialog (the key stays in memory)."""
    from ui.widgets.passphrase_dialog import ask_passphrase

    return ask_passphrase(database, problem, dialog_parent())


def ask_restore_dialog(damage: DamagedDatabase, window: QWidget | None, quit_else: bool) -> bool:
    """The default damage asker: the damaged-file dialog."""
    from ui.widgets.damaged_dialog import ask_restore

    return ask_restore(damage, window, quit_else=quit_else)


def _open_asking_password(
    url: str | None,
    advisor: str | None,
    ask: PasswordAsker,
    *,
    passphrase: str | None = None,
    quick_check: bool = True,
) -> Database:
    """``open_database``; when a PostgreSQL server wants a password, ask (again if refused).

    libpq first looks in the password file (``.pgpass`` or ``PGPASSFILE``), so
    the question comes only when no password was found there.
    """
    from debtdesk.db.database import open_database
    from debtdesk.db.engine import display_url, resolve_url
    from ui.operations import settings as ops

    try:
        return open_database(url, advisor=advisor, passphrase=passphrase, quick_check=quick_check)
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


def _open_asking(
    url: str | None,
    advisor: str | None,
    ask_password: PasswordAsker,
    ask_passphrase: PassphraseAsker | None,
    *,
    passphrase: str | None = None,
    quick_check: bool = True,
) -> Database:
    """``_open_asking_password``; an encrypted file's passphrase is asked (again if wrong).

    Without ``ask_passphrase`` an encrypted file is an error like any other.
    Damage found on the way comes out as ``DamagedAtOpen``, with the
    passphrase that opened the file.
    """
    from debtdesk.db.engine import resolve_url, sqlite_path
    from debtdesk.errors import PassphraseRequired, WrongPassphrase

    resolved = resolve_url(url)
    while True:
        try:
            return _open_asking_password(
                resolved, advisor, ask_password, passphrase=passphrase, quick_check=quick_check
            )
        except (PassphraseRequired, WrongPassphrase) as exc:
            if ask_passphrase is None:
                raise
            from ui.widgets.passphrase_dialog import wrong_passphrase_text  # only when asked

            error: DebtdeskError = exc
            problem = wrong_passphrase_text() if isinstance(exc, WrongPassphrase) else ""
        except DamagedDatabase as exc:
            raise DamagedAtOpen(exc, resolved, passphrase) from exc
        shown = str(sqlite_path(resolved) or resolved)
        passphrase = ask_passphrase(shown, problem)
        if passphrase is None:
            message = QCoreApplication.translate(
                "app", "The database {path} is encrypted and no passphrase was given."
            )
            raise DebtdeskError(message.format(path=shown)) from error


def open_database_or_report(
    options: Options,
    report: Reporter = show_error_box,
    ask_password: PasswordAsker = ask_password_dialog,
    ask_passphrase: PassphraseAsker | None = None,
    *,
    passphrase: str | None = None,
    quick_check: bool = True,
    on_damaged: Callable[[DamagedAtOpen], Database | None] | None = None,
) -> Database | None:
    """Open the database the options name, or tell the person why not and return None.

    Schema and storage problems arrive as ``DebtdeskError`` with a message
    meant for people; anything else is logged with its traceback and reported
    in one line, so the window never shows a traceback. A damaged file goes
    to ``on_damaged`` when given (it offers a restore and returns what it
    opened), else it is reported like any other problem.
    """
    title = QCoreApplication.translate("app", "debtdesk cannot open the database")
    try:
        return _open_asking(
            options.database,
            options.advisor,
            ask_password,
            ask_passphrase,
            passphrase=passphrase,
            quick_check=quick_check,
        )
    except DamagedAtOpen as exc:
        if on_damaged is not None:
            return on_damaged(exc)
        report(title, str(exc))
    except DebtdeskError as exc:
        report(title, str(exc))
    except Exception as exc:
        log.exception("opening the database failed")
        message = QCoreApplication.translate("app", "Unexpected error: {error}")
        report(title, message.format(error=f"{type(exc).__name__}: {exc}"))
    return None


def _warm_letters() -> None:
    """The first letter as quick as the next ones: fonts, styles, caches
    (``debtdesk.documents.warm``), in a thread of its own; a failure only logged.

    What it loaded then joins start-up's objects out of garbage collection
    (``ui.gc_tuning``): left in, the next full collection walked it all on
    the person's second letter (38 -> 75 ms).
    """
    try:
        importlib.import_module("debtdesk.documents.warm").warm_up()
    except Exception as exc:  # the first letter then loads them itself
        log.warning("loading the letters' fonts and styles ahead failed: %s", exc)
        return
    from ui.gc_tuning import freeze_start_up

    freeze_start_up()


class Application(QObject):
    """Owns the open database and its window; reopens both when Settings picks another.

    It also keeps the file safe around the window (issue 8): the passphrase of
    an encrypted file is asked for at open and kept only on the ``Database``;
    the integrity check runs in a worker once the window is up (start-up stays
    fast); a damaged file offers its newest good backup; a restore, an
    encryption or a passphrase change closes the window and the database, runs
    in a worker and reopens; closing makes the automatic backup.
    """

    # A database opened after the first paint is open (sent from the opening thread).
    deferredOpened = Signal(object)
    # ... and the letters are loaded too (``DeferredDatabase.settle``).
    deferredSettled = Signal(object)

    def __init__(
        self,
        options: Options,
        report: Reporter = show_error_box,
        ask_password: PasswordAsker = ask_password_dialog,
        ask_passphrase: PassphraseAsker = ask_passphrase_dialog,
        ask_damaged: DamageAsker = ask_restore_dialog,
        inform: Reporter = show_info_box,
    ) -> None:
        super().__init__()
        self.options = options
        self.report = report
        self.ask_password = ask_password
        self.ask_passphrase = ask_passphrase
        self.ask_damaged = ask_damaged
        self.inform = inform
        self.db: Database | None = None
        self.window: MainWindow | None = None
        # Set when the open file failed its check: no backup of it on close.
        self.damaged = False
        # The person chose Quit in the damaged-file dialog: no fallback database.
        self.quit_chosen = False
        self.last_backup: Path | None = None
        # The thread opening a database behind its first screen (``_open_in_background``).
        self.opening: threading.Thread | None = None

    def start(self) -> bool:
        """Open the start database and show its window; False (reported) if impossible."""
        from debtdesk.db.engine import ENV_URL

        advisor = self.options.advisor or preferences.advisor()
        explicit = self.options.database or os.environ.get(ENV_URL)
        remembered = None if explicit else preferences.database_url()
        fast = self._open_after_paint(explicit or remembered, advisor)
        if fast is not None:
            return self._show(fast)
        db = self._open(explicit or remembered, advisor, self._report_start(remembered))
        if db is None and remembered and not self.quit_chosen:
            db = self._open(None, advisor, self.report)  # the file on this laptop
        if db is None:
            return False
        return self._show(db)

    def _open_after_paint(self, url: str | None, advisor: str | None) -> DeferredDatabase | None:
        """The database to open after the first paint, its first screen read now; or None.

        A plain SQLite file at this program's schema (the usual case: the file
        in the user data folder) shows its first screen without SQLAlchemy
        (``debtdesk.first_screen``), and ``_show`` opens it in a thread once the
        window is painted. Anything else (PostgreSQL, an encrypted file, one to
        upgrade or that cannot be read) returns None and opens the usual way.
        """
        from debtdesk.db.engine import resolve_url
        from debtdesk.db.migrate import head_revision
        from debtdesk.first_screen import FirstScreen

        resolved = resolve_url(url)
        first = FirstScreen.open(resolved, head_revision())
        if first is None:
            return None

        def opener(who: str | None) -> Database:
            from debtdesk.db.database import open_database

            # The header and schema were read by the first screen; the full check
            # follows in a worker (``_check_in_background``), as on a usual start.
            return open_database(resolved, advisor=who, quick_check=False)

        def letters() -> None:
            # Today's "letters awaiting a reply" and every letter screen need it;
            # the documents package imports itself in a circle, so it is imported
            # here and never by two threads at once (a screen beyond the first
            # waits for it: ``ui.operations.base.ready``).
            importlib.import_module("debtdesk.documents.register")

        from ui.operations.register import prepare_search

        return DeferredDatabase(
            resolved, advisor, first, opener, warm_ups=(prepare_search,), settle_ups=(letters,)
        )

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

    def _open(
        self,
        url: str | None,
        advisor: str | None,
        report: Reporter,
        passphrase: str | None = None,
    ) -> Database | None:
        """Open ``url`` asking for what it needs; the quick check is left to ``_show``."""

        def damaged(found: DamagedAtOpen) -> Database | None:
            return self._offer_restore_at_open(found, advisor, report)

        options = Options(database=url, advisor=advisor)
        return open_database_or_report(
            options,
            report,
            self.ask_password,
            self.ask_passphrase,
            passphrase=passphrase,
            quick_check=False,
            on_damaged=damaged,
        )

    def _offer_restore_at_open(
        self, found: DamagedAtOpen, advisor: str | None, report: Reporter
    ) -> Database | None:
        """The file was damaged as it opened: offer its backup, restore, open the result."""
        from ui.operations.vault import VaultRequest

        damage = found.damage
        if not self.ask_damaged(damage, self.window, self.window is None) or not damage.backup:
            self.quit_chosen = self.window is None
            return None
        request = VaultRequest(
            "restore", backup=Path(str(damage.backup)), passphrase=found.passphrase
        )
        outcome = self._carry_out(Path(str(damage.path)), request, self.window)
        if outcome is None:
            return None
        options = Options(database=found.url, advisor=advisor)
        return open_database_or_report(
            options,
            report,
            self.ask_password,
            self.ask_passphrase,
            passphrase=outcome.passphrase,
            quick_check=False,
        )

    def _show(self, db: Database) -> bool:
        """The window on ``db``; False when it could not be shown (and nothing is open)."""
        from ui.main_window import MainWindow

        self.db = db
        self.damaged = False
        try:
            window = MainWindow(db)
        except Exception:
            # A page reads its first rows as it is built: on a damaged file that
            # can fail before the background check has said why.
            shown = self._show_damaged(db)
            if shown is None:
                raise  # not damage: a bug, with its traceback
            return shown
        window.databaseRequested.connect(self.switch_database)
        window.vaultRequested.connect(self.vault_request)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.window = window
        window.show()
        from ui.gc_tuning import freeze_after_start

        freeze_after_start(
            window, self.deferredSettled if isinstance(db, DeferredDatabase) else None
        )
        if isinstance(db, DeferredDatabase):
            # The file's check waits for the open: both want the processor, and
            # what a person does first waits for the open alone.
            self.deferredOpened.connect(self._check_opened, Qt.ConnectionType.UniqueConnection)
            self._open_in_background(db)
        else:
            self._check_in_background(db)
            self._warm_after_paint()
        return True

    def _warm_after_paint(self) -> None:
        """The letters' warm-up (``_warm_letters``) in a thread once the window has painted,
        for a database opened the usual way (PostgreSQL, an encrypted file).

        The letters are imported first, on the GUI thread, where Today's late
        sections import them after the paint anyway: the documents package
        imports itself in a circle and must never be imported by two threads
        at once. The thread then only lays out, as the deferred open does.
        """
        from ui.workers import after_first_paint

        def start() -> None:
            if self.window is None:
                return
            importlib.import_module("debtdesk.documents.register")
            warm = importlib.import_module("debtdesk.documents.warm")
            if not warm.warmed.is_set():  # once a process: another database needs no more
                threading.Thread(target=_warm_letters, name="warm-letters", daemon=True).start()

        assert self.window is not None
        after_first_paint(self.window, start)

    @Slot(object)
    def _check_opened(self, db: DeferredDatabase) -> None:
        if db is self.db:
            self._check_in_background(db, painted=True)

    def _open_in_background(self, db: DeferredDatabase) -> None:
        """Open ``db`` in a thread once the window has painted its first screen.

        Importing SQLAlchemy and the model is most of the open (about a second
        of CPU on an old laptop); a thread lets the window answer meanwhile
        (Python hands the processor back and forth every few milliseconds).
        Whatever needs the database before it is open waits for it
        (``DeferredDatabase.open``); a failure is kept and raised there.
        """
        from ui.workers import after_first_paint

        def run() -> None:
            try:
                db.open()  # and the search's modules: a key typed now waits for this alone
                self.deferredOpened.emit(db)  # queued: this object lives on the GUI thread
                db.settle()  # the letters, for the screens beyond the first
                self.deferredSettled.emit(db)
            except Exception as exc:  # raised again, and reported, where it is needed
                log.warning("opening the database after the first paint failed: %s", exc)
                return
            _warm_letters()

        def start() -> None:
            if db is self.db:
                self.opening = threading.Thread(target=run, name="open-database", daemon=True)
                self.opening.start()

        assert self.window is not None
        after_first_paint(self.window, start)

    def _show_damaged(self, db: Database) -> bool | None:
        """The window failed on ``db``: None if the file is sound, else offer its backup.

        True when the backup was restored and the window is up on it.
        """
        from ui.operations import vault as vault_ops
        from ui.workers import Worker

        Worker.cancel_all()  # the half-built pages' loaders
        self.db = None
        try:
            vault_ops.check_file(db)
        except DamagedDatabase as exc:
            damage = exc
        else:
            db.dispose()
            return None
        db.dispose()
        log.warning("the window failed on a damaged database file")
        if not self.ask_damaged(damage, None, True) or damage.backup is None:
            self.quit_chosen = True
            return False
        request = vault_ops.VaultRequest(
            "restore", backup=Path(str(damage.backup)), passphrase=db.passphrase
        )
        outcome = self._carry_out(Path(str(damage.path)), request, None)
        if outcome is None:
            return False
        reopened = self._open(db.url, db.advisor, self.report, outcome.passphrase)
        if reopened is None or not self._show(reopened):
            return False
        self.inform(self._vault_title(request), outcome.message)
        return True

    # -- integrity ------------------------------------------------------------------

    def _check_in_background(self, db: Database, *, painted: bool = False) -> None:
        """``check_database`` in a worker: the window is up before the whole file is read.

        The worker starts once the window has painted: reading the whole file
        (~0.7 s of CPU on 20,000 cases) would otherwise compete with the first
        screen for the disk, and on a one-core laptop for the processor.
        """
        if not db.is_sqlite or self.window is None:
            return
        from ui.workers import Worker, after_first_paint

        def start() -> None:
            if db is not self.db:
                return  # closed or replaced before the window was painted

            def check(_progress: object) -> None:
                from ui.operations import vault as vault_ops  # the database layer: not on
                # the GUI thread, which may still be answering the first screen

                vault_ops.check_file(db)

            worker = Worker(check)
            worker.failed.connect(lambda _message: self._check_failed(db, worker.error))
            worker.start()
            self.check_worker = worker

        if painted:
            start()
        else:
            after_first_paint(self.window, start)

    def _check_failed(self, db: Database, error: BaseException | None) -> None:
        if db is not self.db:
            return  # another database is open by now
        if not isinstance(error, DamagedDatabase):
            log.warning("the integrity check could not run: %s", type(error).__name__)
            return
        self.damaged = True
        if self.ask_damaged(error, self.window, True) and error.backup is not None:
            from ui.operations.vault import VaultRequest

            backup = Path(str(error.backup))
            self.vault_request(VaultRequest("restore", backup=backup, passphrase=db.passphrase))
        elif self.window is not None:
            self.window.close()  # quits with the last window

    # -- restore, encrypt, rekey: the file changes under a closed database ----------

    def vault_request(self, request: VaultRequest) -> bool:
        """Close the window and the database, do ``request`` to the file, reopen.

        A failure is reported and the database reopened as it was (the core
        changes nothing unless the new file passed its checks).
        """
        from ui.workers import Worker

        db, window = self.db, self.window
        if db is None or db.path is None:
            return False
        with self._no_quit_meanwhile():
            if window is not None and not window.close():
                return False  # unsaved work: the window stays
            Worker.cancel_all()
            db.dispose()
            self.db, self.window = None, None
            outcome = self._carry_out(db.path, request, None)
            passphrase = outcome.passphrase if outcome is not None else db.passphrase
            new_db = self._open(db.url, db.advisor, self.report, passphrase)
            shown = new_db is not None and self._show(new_db)
        if not shown:
            QCoreApplication.quit()  # no window left to work in
            return False
        if outcome is not None:
            self.inform(self._vault_title(request), outcome.message)
        return outcome is not None

    def _carry_out(
        self, path: Path, request: VaultRequest, parent: QWidget | None
    ) -> Outcome | None:
        """``ui.operations.vault.carry_out`` in a worker with a progress window; None if failed."""
        from ui.operations import vault as vault_ops
        from ui.widgets.progress_wait import run_with_progress

        texts = {
            "restore": QCoreApplication.translate(
                "app", "Checking the backup in full and putting it in place…"
            ),
            "encrypt": QCoreApplication.translate(
                "app",
                "Encrypting the database and its older backups. A big database takes "
                "minutes; the plain file is removed only when the encrypted one is checked.",
            ),
            "rekey": QCoreApplication.translate(
                "app", "Changing the passphrase of the database and its backups…"
            ),
        }
        title = self._vault_title(request)
        try:
            outcome: Outcome = run_with_progress(
                lambda _progress: vault_ops.carry_out(path, request),
                title,
                texts[request.kind],
                parent,
            )
        except DebtdeskError as exc:
            self.report(title, str(exc))
            return None
        except Exception as exc:
            log.error("a vault operation failed", exc_info=exc)
            message = QCoreApplication.translate("app", "Unexpected error: {error}")
            self.report(title, message.format(error=f"{type(exc).__name__}: {exc}"))
            return None
        return outcome

    def _vault_title(self, request: VaultRequest) -> str:
        titles = {
            "restore": QCoreApplication.translate("app", "Restore a backup"),
            "encrypt": QCoreApplication.translate("app", "Encrypt the database"),
            "rekey": QCoreApplication.translate("app", "Change the passphrase"),
        }
        return titles[request.kind]

    @contextmanager
    def _no_quit_meanwhile(self) -> Iterator[None]:
        """No window for a moment is not a reason to quit."""
        app = QApplication.instance()
        if not isinstance(app, QApplication):
            yield
            return
        quit_on_close = app.quitOnLastWindowClosed()
        app.setQuitOnLastWindowClosed(False)
        try:
            yield
        finally:
            app.setQuitOnLastWindowClosed(quit_on_close)

    # -- switching and closing ------------------------------------------------------

    def switch_database(self, url: str) -> bool:
        """Open ``url`` and reopen the window on it; on failure keep everything as it was.

        The failure is shown beside the Settings field the request came from.
        The database left behind gets its automatic backup.
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

        with self._no_quit_meanwhile():
            if old_window is not None and not old_window.close():
                db.dispose()  # the window refused to close (unsaved work): stay
                return False
            Worker.cancel_all()
            if old_db is not None:
                self._backup_on_close(old_db)
                old_db.dispose()
            preferences.remember_database(db.url)
            shown = self._show(db)
        if not shown:
            QCoreApplication.quit()  # the old window is gone and the new one failed
        return shown

    def _backup_on_close(self, db: Database) -> None:
        """The automatic backup of a SQLite file being closed; a failure is said, not fatal."""
        if not db.is_sqlite or self.damaged:
            return
        if isinstance(db, DeferredDatabase) and not db.opened:
            return  # closed before it opened behind the first screen: nothing was written
        from debtdesk.db.backup import backup_on_close

        try:
            self.last_backup = backup_on_close(db)
        except Exception as exc:
            log.warning("the backup on close failed: %s", exc)
            title = QCoreApplication.translate("app", "debtdesk could not back up the database")
            self.report(title, str(exc))

    def shutdown(self) -> None:
        """Stop background work, back up and close the database (after the event loop ends)."""
        from ui.workers import Worker

        Worker.cancel_all()
        if self.opening is not None:
            self.opening.join(30)  # imports running while Python shuts down can crash it
            self.opening = None
        if self.db is not None:
            self._backup_on_close(self.db)
            self.db.dispose()
            self.db = None


def run(args: Sequence[str]) -> int:
    """Start the window and run until it closes; the exit status (non-zero on failure)."""
    from debtdesk.privacy import keep_people_out_of_logs

    keep_people_out_of_logs()  # SQL parameters (names, IINs) never reach a log
    options = parse_options(args)
    app = make_application(options.qt_args)
    controller = Application(options)
    if not controller.start():
        return 1
    try:
        return app.exec()
    finally:
        controller.shutdown()
