"""The Settings page: which database, who is working, which languages.

What belongs to this laptop (database location, advisor, interface language) is
remembered in QSettings through ``ui.preferences``; the default language of new
letters is shared by everyone on the database (``ui.operations.settings``).
Opening another database is not done here: the page asks for it
(``databaseRequested``) and the ``ui.app.Application`` opens it, asks for a
password when the server wants one, and rebuilds the window; a failure comes
back as a message beside the field (``show_database_error``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from debtdesk.errors import DebtdeskError, ValidationError
from ui import preferences
from ui.operations import settings as ops
from ui.pages.base import Page
from ui.widgets.forms import FieldErrors
from ui.widgets.vault_panel import VaultPanel

if TYPE_CHECKING:
    from debtdesk.db.database import Database

_SQLITE_FILTER = "*.sqlite3 *.sqlite *.db"
_COLUMN_WIDTH = 620


class SettingsPage(Page):
    """Database location, advisor identity, interface and letter languages."""

    NAME = "settings"

    # A database URL to open instead of this one (a SQLite URL or a PostgreSQL one).
    databaseRequested = Signal(str)
    # The advisor now working on this laptop ("" for nobody).
    advisorChanged = Signal(str)
    # A ui.operations.vault.VaultRequest (restore, encrypt, rekey) for the Application.
    vaultRequested = Signal(object)

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(db, parent)
        self._file_dialog: QFileDialog | None = None
        self._stored_letter_index = 0
        self._built = False
        self._outer = QVBoxLayout(self)
        self._outer.setContentsMargins(0, 0, 0, 0)

    def ensure_built(self) -> None:
        """Build the form (on first show: the window starts on another page, and fast)."""
        if self._built:
            return
        self._built = True
        column = QWidget()
        column.setObjectName("settingsColumn")
        column.setMaximumWidth(_COLUMN_WIDTH)
        # One form for every section, so all captions share one column.
        form = QFormLayout(column)
        form.setContentsMargins(24, 8, 24, 24)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        form.setHorizontalSpacing(12)

        general = QLabel()
        general.setObjectName("settingsError")
        self.errors = FieldErrors(general, self)
        form.addRow(general)
        self._build_database(form)
        self._build_advisor(form)
        self._build_languages(form)

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        holder = QWidget()
        row = QHBoxLayout(holder)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(column, 3, Qt.AlignmentFlag.AlignTop)
        row.addStretch(1)
        scroll.setWidget(holder)
        self._outer.addWidget(scroll)

    def title(self) -> str:
        return self.tr("Settings")

    # -- building -------------------------------------------------------------------

    def _heading(self, form: QFormLayout, text: str) -> None:
        label = QLabel(text)
        font = label.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        label.setFont(font)
        label.setContentsMargins(0, 16, 0, 2)
        form.addRow(label)

    def _note(self, text: str) -> QLabel:
        label = QLabel(text)
        label.setWordWrap(True)
        label.setStyleSheet("color: palette(placeholder-text);")
        return label

    def _build_database(self, form: QFormLayout) -> None:
        self._heading(form, self.tr("Database"))
        self.database_label = QLabel(self.db.display)
        self.database_label.setObjectName("currentDatabase")
        self.database_label.setWordWrap(True)
        self.database_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow(self.tr("In use:"), self.database_label)
        if self.db.read_only_reason:
            read_only = QLabel(self.tr("Read-only: {why}").format(why=self.db.read_only_reason))
            read_only.setObjectName("readOnlyNote")
            read_only.setWordWrap(True)
            form.addRow("", read_only)

        self.open_file_button = QPushButton(self.tr("Open or create a database file…"))
        self.open_file_button.setObjectName("openFileButton")
        self.open_file_button.clicked.connect(self.choose_file)
        file_row = QHBoxLayout()
        file_row.addWidget(self.open_file_button)
        file_row.addStretch(1)
        file_holder = QWidget()
        file_holder.setLayout(file_row)
        file_row.setContentsMargins(0, 0, 0, 0)
        self.errors.add_row(form, "file", self.tr("On this laptop:"), file_holder)
        self.errors.register("file", self.open_file_button, self.errors.label("file") or QLabel())

        self.url_edit = QLineEdit()
        self.url_edit.setObjectName("postgresUrl")
        self.url_edit.setPlaceholderText("postgresql://advisor@server/debtdesk")
        self.url_edit.setAccessibleName(self.tr("PostgreSQL address"))
        self.url_edit.returnPressed.connect(self.connect_url)
        self.connect_button = QPushButton(self.tr("Connect"))
        self.connect_button.setObjectName("connectButton")
        self.connect_button.clicked.connect(self.connect_url)
        url_row = QHBoxLayout()
        url_row.setContentsMargins(0, 0, 0, 0)
        url_row.addWidget(self.url_edit, 1)
        url_row.addWidget(self.connect_button)
        url_holder = QWidget()
        url_holder.setLayout(url_row)
        self.errors.add_row(form, "url", self.tr("Shared server:"), url_holder)
        self.errors.register("url", self.url_edit, self.errors.label("url") or QLabel())
        form.addRow(
            "",
            self._note(
                self.tr(
                    "debtdesk never saves a server password. It takes it from your "
                    "PostgreSQL password file (.pgpass) or asks for it each time."
                )
            ),
        )
        self.vault_panel = VaultPanel(self.db, self)
        self.vault_panel.requested.connect(self.vaultRequested)
        form.addRow(self.tr("Safety:"), self.vault_panel)

    def _build_advisor(self, form: QFormLayout) -> None:
        self._heading(form, self.tr("Advisor"))
        self.advisor_combo = QComboBox()
        self.advisor_combo.setObjectName("advisorCombo")
        self.advisor_combo.activated.connect(self._advisor_chosen)
        form.addRow(self.tr("Working as:"), self.advisor_combo)

        self.new_advisor_edit = QLineEdit()
        self.new_advisor_edit.setObjectName("newAdvisor")
        self.new_advisor_edit.setPlaceholderText(self.tr("Full name"))
        self.new_advisor_edit.returnPressed.connect(self.add_advisor)
        self.add_advisor_button = QPushButton(self.tr("Add"))
        self.add_advisor_button.setObjectName("addAdvisorButton")
        self.add_advisor_button.clicked.connect(self.add_advisor)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.new_advisor_edit, 1)
        row.addWidget(self.add_advisor_button)
        holder = QWidget()
        holder.setLayout(row)
        self.errors.add_row(form, "name", self.tr("New advisor:"), holder)
        self.errors.register("name", self.new_advisor_edit, self.errors.label("name") or QLabel())
        if self.db.read_only_reason:
            for widget in (self.new_advisor_edit, self.add_advisor_button):
                widget.setEnabled(False)
                widget.setToolTip(self.db.read_only_reason)
        form.addRow(
            "",
            self._note(
                self.tr(
                    "Your changes are recorded in the audit log under this name. "
                    "This laptop remembers it."
                )
            ),
        )

    def _build_languages(self, form: QFormLayout) -> None:
        self._heading(form, self.tr("Languages"))
        self.interface_combo = QComboBox()
        self.interface_combo.setObjectName("interfaceLanguage")
        # Each language in its own name: found by whoever reads it, whatever is shown now.
        for code, name in (
            ("system", self.tr("Same as the system")),
            ("kk", "Қазақша"),
            ("ru", "Русский"),
            ("en", "English"),
        ):
            self.interface_combo.addItem(name, code)
        self.interface_combo.activated.connect(self._interface_chosen)
        form.addRow(self.tr("Interface:"), self.interface_combo)
        form.addRow("", self._note(self.tr("Takes effect when debtdesk starts again.")))

        self.letter_combo = QComboBox()
        self.letter_combo.setObjectName("letterLanguage")
        for code, name in (
            ("debtor", self.tr("The debtor's own language")),
            ("kk", self.tr("Kazakh")),
            ("ru", self.tr("Russian")),
            ("en", self.tr("English")),
        ):
            self.letter_combo.addItem(name, code)
        self.letter_combo.activated.connect(self._letter_language_chosen)
        self.errors.add_row(form, "letter_language", self.tr("New letters:"), self.letter_combo)
        if self.db.read_only_reason:
            self.letter_combo.setEnabled(False)
            self.letter_combo.setToolTip(self.db.read_only_reason)
        form.addRow("", self._note(self.tr("The same for everyone who works on this database.")))

    # -- loading --------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        # Built and loaded when shown, not with the window (start-up time matters);
        # shown again, it reads what other advisors may have changed.
        if not event.spontaneous():
            self.ensure_built()
            self.reload()
        super().showEvent(event)

    def reload(self) -> None:
        """Show the values now in force (another advisor may have changed the shared ones)."""
        self.ensure_built()
        self.errors.clear()
        self._fill_advisors()
        index = self.interface_combo.findData(preferences.interface_language())
        self.interface_combo.setCurrentIndex(max(index, 0))
        try:
            lang = ops.letter_language(self.db)
        except DebtdeskError as exc:
            self.errors.show(ValidationError("letter_language", str(exc)))
            return
        self._stored_letter_index = max(self.letter_combo.findData(lang), 0)
        self.letter_combo.setCurrentIndex(self._stored_letter_index)

    def _fill_advisors(self) -> None:
        self.advisor_combo.clear()
        self.advisor_combo.addItem(self.tr("(nobody chosen)"), "")
        try:
            names = [choice.name for choice in ops.advisors(self.db)]
        except DebtdeskError as exc:
            self.errors.show(ValidationError("name", str(exc)))
            names = []
        current = self.db.advisor or ""
        if current and current not in names:
            names.append(current)  # created in the database with the first change
        for name in names:
            self.advisor_combo.addItem(name, name)
        self.advisor_combo.setCurrentIndex(max(self.advisor_combo.findData(current), 0))

    # -- actions --------------------------------------------------------------------

    def choose_file(self) -> None:
        """Ask for a database file (an existing one, or a new name to start afresh)."""
        start = str(self.db.path.parent) if self.db.path is not None else ""
        dialog = QFileDialog(self, self.tr("Open a database file"), start)
        dialog.setObjectName("databaseFileDialog")
        dialog.setNameFilters(
            [
                self.tr("debtdesk databases ({patterns})").format(patterns=_SQLITE_FILTER),
                self.tr("All files (*)"),
            ]
        )
        dialog.setFileMode(QFileDialog.FileMode.AnyFile)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
        dialog.setDefaultSuffix("sqlite3")
        dialog.fileSelected.connect(self._file_chosen)
        dialog.finished.connect(dialog.deleteLater)
        self._file_dialog = dialog
        dialog.open()

    @property
    def file_dialog(self) -> QFileDialog | None:
        return self._file_dialog

    def _file_chosen(self, path: str) -> None:
        self._file_dialog = None
        if not path:
            return
        self.errors.clear()
        self.databaseRequested.emit(ops.sqlite_url(path))

    def connect_url(self) -> None:
        self.errors.clear()
        try:
            url = ops.check_database_input(self.url_edit.text())
        except ValidationError as exc:
            self.errors.show(exc)
            return
        self.databaseRequested.emit(url)

    def show_database_error(self, url: str, message: str) -> None:
        """Opening ``url`` failed: say why beside the field it came from."""
        self.ensure_built()
        field = "file" if url.startswith("sqlite") else "url"
        self.errors.show(ValidationError(field, message))

    def _advisor_chosen(self, index: int) -> None:
        self.use_advisor(str(self.advisor_combo.itemData(index) or ""))

    def use_advisor(self, name: str) -> None:
        """Work as ``name`` from the next action on, and remember it on this laptop."""
        self.db.advisor = name or None
        preferences.remember_advisor(name or None)
        index = self.advisor_combo.findData(name)
        self.advisor_combo.setCurrentIndex(max(index, 0))
        self.advisorChanged.emit(name)

    def add_advisor(self) -> None:
        self.errors.clear()
        try:
            choice = ops.add_advisor(self.db, self.new_advisor_edit.text())
        except ValidationError as exc:
            self.errors.show(exc)
            return
        except DebtdeskError as exc:
            self.errors.show(ValidationError("name", str(exc)))
            return
        self.new_advisor_edit.clear()
        self._fill_advisors()
        self.use_advisor(choice.name)

    def _interface_chosen(self, index: int) -> None:
        preferences.remember_interface_language(str(self.interface_combo.itemData(index)))

    def _letter_language_chosen(self, index: int) -> None:
        self.errors.clear()
        try:
            ops.set_letter_language(self.db, str(self.letter_combo.itemData(index)))
        except DebtdeskError as exc:
            error = exc if isinstance(exc, ValidationError) else None
            self.errors.show(error or ValidationError("letter_language", str(exc)))
            self.letter_combo.setCurrentIndex(self._stored_letter_index)
            return
        self._stored_letter_index = index

    def save_state(self, settings: QSettings) -> None:
        """Nothing to save on close: every choice here is saved when it is made."""
