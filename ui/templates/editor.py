"""The template editor: copy a built-in template, edit one language, check, preview, revert.

An advisor adapts a letter (or a hearing checklist) to the local court without
a programmer. Built-in templates are shown read-only; "Copy to my templates"
puts a copy in the user's templates folder, which then overrides the built-in
for every letter. Only a valid template is saved (``debtdesk.documents.
user_templates``): the text must compile and, with the chosen case, render
into valid block markup; otherwise the message names the line, and the editor
paints that line red and puts the cursor on it. The preview renders the text
in the editor (saved or not) for a case chosen by name, off the GUI thread.
"Revert to the built-in" removes the copy after asking.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from debtdesk.documents.errors import TemplateError
from debtdesk.errors import DebtdeskError
from debtdesk.i18n import current_language
from ui.operations import templates as ops
from ui.templates.code_editor import CodeEditor
from ui.widgets.forms import ERROR_STYLE
from ui.widgets.pdf_preview import PdfPreview
from ui.workers import Worker

if TYPE_CHECKING:
    from debtdesk.db.database import Database

KEY_ROLE = Qt.ItemDataRole.UserRole + 1
SEARCH_DELAY_MS = 250
LANGUAGE_NAMES = {"kk": "Қазақша", "ru": "Русский", "en": "English"}


class TemplateEditorDialog(QDialog):
    """Edit the letter templates (or, with ``kind="checklists"``, the checklist ones)."""

    def __init__(
        self, db: Database | None, parent: QWidget | None = None, kind: str = ops.LETTERS
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.setObjectName("templateEditor")
        self.setWindowTitle(self.tr("Templates"))
        self.resize(1280, 800)
        self.entries: dict[str, ops.TemplateEntry] = {}
        self.key: str | None = None
        self.lang: str | None = None
        self.loaded_text = ""
        self.error_shown: TemplateError | None = None
        self.last_preview: bytes | None = None  # the PDF the preview shows
        self._worker: Worker | None = None
        self._busy = False  # filling lists: their change signals are not the advisor's

        # --- the list of templates ---------------------------------------------------------
        self.kind_combo = QComboBox()
        self.kind_combo.setObjectName("kindCombo")
        self.kind_combo.addItem(self.tr("Letters"), ops.LETTERS)
        self.kind_combo.addItem(self.tr("Hearing checklists"), ops.CHECKLISTS)
        self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(kind)))
        self._kind = self.kind()
        self.kind_combo.currentIndexChanged.connect(lambda _i: self._kind_changed())
        self.template_list = QListWidget()
        self.template_list.setObjectName("templateList")
        self.template_list.setWordWrap(True)
        self.template_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.template_list.setSpacing(2)
        self.template_list.currentItemChanged.connect(lambda *_: self._template_chosen())
        self.copy_button = QPushButton(self.tr("&Copy to my templates"))
        self.copy_button.setObjectName("copyButton")
        self.copy_button.setToolTip(
            self.tr("Your copy replaces the built-in template for every letter")
        )
        self.copy_button.clicked.connect(self.copy_template)
        self.revert_button = QPushButton(self.tr("&Revert to the built-in…"))
        self.revert_button.setObjectName("revertButton")
        self.revert_button.clicked.connect(lambda: self.revert_template())
        self.folder_label = QLabel()
        self.folder_label.setObjectName("folderLabel")
        self.folder_label.setWordWrap(True)
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.kind_combo)
        left_layout.addWidget(self.template_list, 1)
        left_layout.addWidget(self.copy_button)
        left_layout.addWidget(self.revert_button)
        left_layout.addWidget(self.folder_label)

        # --- the text ----------------------------------------------------------------------------
        self.lang_combo = QComboBox()
        self.lang_combo.setObjectName("langCombo")
        self.lang_combo.currentIndexChanged.connect(lambda _i: self._lang_chosen())
        self.origin_label = QLabel()
        self.origin_label.setObjectName("originLabel")
        self.editor = CodeEditor()
        self.editor.textChanged.connect(self._text_changed)
        self.error_label = QLabel()
        self.error_label.setObjectName("errorLabel")
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.setWordWrap(True)
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error_label.hide()
        self.check_button = QPushButton(self.tr("Chec&k"))
        self.check_button.setObjectName("checkButton")
        self.check_button.setToolTip(self.tr("Look for errors, with the chosen case if any"))
        self.check_button.clicked.connect(self.check)
        self.save_button = QPushButton(self.tr("&Save"))
        self.save_button.setObjectName("saveButton")
        self.save_button.setToolTip(
            self.tr("Saved only when the template has no error (checked with the chosen case)")
        )
        self.save_button.clicked.connect(self.save)
        head = QHBoxLayout()
        head.addWidget(QLabel(self.tr("Language:")))
        head.addWidget(self.lang_combo)
        head.addWidget(self.origin_label, 1)
        actions = QHBoxLayout()
        actions.addWidget(self.check_button)
        actions.addWidget(self.save_button)
        actions.addStretch(1)
        middle = QWidget()
        middle_layout = QVBoxLayout(middle)
        middle_layout.setContentsMargins(0, 0, 0, 0)
        middle_layout.addLayout(head)
        middle_layout.addWidget(self.editor, 1)
        middle_layout.addWidget(self.error_label)
        middle_layout.addLayout(actions)

        # --- the preview ---------------------------------------------------------------------
        self.case_combo = QComboBox()
        self.case_combo.setObjectName("caseCombo")
        self.case_combo.setEditable(True)
        self.case_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.case_combo.lineEdit().setPlaceholderText(self.tr("Type a name to find a case"))
        self.case_combo.lineEdit().textEdited.connect(lambda _t: self._search_timer.start())
        self.case_combo.setMinimumWidth(220)
        self.audience_combo = QComboBox()
        self.audience_combo.setObjectName("audienceCombo")
        self.audience_combo.addItem(self.tr("Debtor's copy"), "debtor")
        self.audience_combo.addItem(self.tr("Advisor's copy"), "advisor")
        self.preview_button = QPushButton(self.tr("&Preview"))
        self.preview_button.setObjectName("previewButton")
        self.preview_button.clicked.connect(self.preview_now)
        self.preview = PdfPreview()
        self.preview_status = QLabel()
        self.preview_status.setObjectName("previewStatus")
        self.preview_status.setWordWrap(True)
        case_row = QHBoxLayout()
        case_row.addWidget(QLabel(self.tr("Case:")))
        case_row.addWidget(self.case_combo, 1)
        case_row.addWidget(self.audience_combo)
        case_row.addWidget(self.preview_button)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addLayout(case_row)
        right_layout.addWidget(self.preview, 1)
        right_layout.addWidget(self.preview_status)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(middle)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        splitter.setStretchFactor(2, 2)
        splitter.setSizes([250, 560, 470])
        splitter.setChildrenCollapsible(False)

        self.status = QLabel()
        self.status.setObjectName("status")
        self.status.setWordWrap(True)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setObjectName("closeButton")
        self.close_button.clicked.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(lambda: self.find_cases(self.case_combo.currentText()))
        self.find_cases("")
        self._kind_changed()

    # --- which template -----------------------------------------------------------------------

    def kind(self) -> str:
        return str(self.kind_combo.currentData())

    def _kind_changed(self) -> None:
        if self._busy:
            return
        if not self._may_leave():
            self._busy = True
            try:  # back to the collection being edited
                self.kind_combo.setCurrentIndex(self.kind_combo.findData(self._kind))
            finally:
                self._busy = False
            return
        self._kind = self.kind()
        self._set_text("", editable=False)
        self.audience_combo.setVisible(self.kind() == ops.CHECKLISTS)
        self.folder_label.setText(
            self.tr("Your templates: {folder}").format(folder=ops.user_folder(self.kind()))
        )
        self.key = None
        self.reload_list()

    def reload_list(self, select: str | None = None) -> None:
        """List the templates again (origins change on copy, save and revert)."""
        select = select or self.key
        try:
            entries = ops.list_templates(self.kind(), current_language())
        except DebtdeskError as exc:
            self._say_error(exc.message)
            return
        self.entries = {e.key: e for e in entries}
        self._busy = True
        try:
            self.template_list.clear()
            for entry in entries:
                item = QListWidgetItem(self._entry_text(entry))
                item.setData(KEY_ROLE, entry.key)
                item.setToolTip(entry.problem or entry.key)
                if entry.problem:
                    item.setForeground(QColor(190, 0, 0))
                elif entry.origin != ops.Origin.BUILTIN:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                self.template_list.addItem(item)
        finally:
            self._busy = False
        keys = [e.key for e in entries]
        row = keys.index(select) if select in keys else 0
        if keys:
            self.template_list.setCurrentRow(row)
            if self.template_list.currentItem() is not None and self.key != keys[row]:
                self._template_chosen()

    def _entry_text(self, entry: ops.TemplateEntry) -> str:
        origin = {
            ops.Origin.BUILTIN: self.tr("built-in"),
            ops.Origin.OVERRIDDEN: self.tr("my copy"),
            ops.Origin.MINE: self.tr("mine"),
        }[entry.origin]
        if entry.problem:
            origin = self.tr("broken")
        return f"{entry.title}\n{entry.key} · {origin}"

    def select_template(self, key: str, lang: str | None = None) -> None:
        """Show template ``key`` (in ``lang``), as choosing it in the list would."""
        for row in range(self.template_list.count()):
            if self.template_list.item(row).data(KEY_ROLE) == key:
                self.template_list.setCurrentRow(row)
                break
        if lang is not None and lang != self.lang:
            self.lang_combo.setCurrentIndex(self.lang_combo.findData(lang))

    def _template_chosen(self) -> None:
        if self._busy:
            return
        item = self.template_list.currentItem()
        key = item.data(KEY_ROLE) if item is not None else None
        if key == self.key:
            return
        if not self._may_leave():
            self._busy = True
            try:  # back to the template being edited
                for row in range(self.template_list.count()):
                    if self.template_list.item(row).data(KEY_ROLE) == self.key:
                        self.template_list.setCurrentRow(row)
            finally:
                self._busy = False
            return
        self.key = key
        self._set_text("", editable=False)  # saved or dropped: nothing more to ask about
        self.preview.clear()  # it showed another template
        self.last_preview = None
        self.preview_status.clear()
        self.status.clear()
        entry = self.entries.get(key) if key else None
        self._busy = True
        try:
            self.lang_combo.clear()
            for lang in entry.languages if entry else ():
                self.lang_combo.addItem(LANGUAGE_NAMES.get(lang, lang), lang)
        finally:
            self._busy = False
        languages = entry.languages if entry else ()
        wanted = self.lang if self.lang in languages else None
        wanted = wanted or (current_language() if current_language() in languages else None)
        index = self.lang_combo.findData(wanted) if wanted else 0
        self.lang = None
        self.lang_combo.setCurrentIndex(max(0, index))
        self._lang_chosen()
        if entry is not None and entry.problem:
            self._say_error(entry.problem)

    def _lang_chosen(self) -> None:
        if self._busy:
            return
        lang = self.lang_combo.currentData()
        if lang == self.lang:
            return
        if not self._may_leave():
            self._busy = True
            try:
                self.lang_combo.setCurrentIndex(self.lang_combo.findData(self.lang))
            finally:
                self._busy = False
            return
        self.lang = lang
        self.load_text()

    def load_text(self) -> None:
        """Show the text of the chosen template and language as letters use it now."""
        self.clear_error()
        if self.key is None or self.lang is None:
            self._set_text("", editable=False)
            self._update_buttons()
            return
        try:
            text = ops.template_text(self.kind(), self.key, self.lang)
        except DebtdeskError as exc:
            self._set_text("", editable=False)
            self._say_error(exc.message)
            self._update_buttons()
            return
        entry = self.entries.get(self.key)
        builtin_only = entry is not None and entry.origin == ops.Origin.BUILTIN
        self._set_text(text.text, editable=not builtin_only)
        if builtin_only:
            self.origin_label.setText(
                self.tr("Built-in (read-only): copy it to your templates to edit it.")
            )
        elif text.from_user:
            self.origin_label.setText(self.tr("Your copy: letters use this text."))
        else:
            self.origin_label.setText(self.tr("Built-in text (no copy of this language)."))
        self._update_buttons()

    def _set_text(self, text: str, *, editable: bool) -> None:
        self._busy = True
        try:
            self.editor.setPlainText(text)
        finally:
            self._busy = False
        self.loaded_text = text
        self.editor.setReadOnly(not editable)

    def _update_buttons(self) -> None:
        entry = self.entries.get(self.key or "")
        self.copy_button.setEnabled(entry is not None and entry.origin == ops.Origin.BUILTIN)
        self.revert_button.setEnabled(entry is not None and entry.origin == ops.Origin.OVERRIDDEN)
        editable = not self.editor.isReadOnly()
        self.save_button.setEnabled(editable and self.is_modified())
        self.check_button.setEnabled(self.key is not None and self.lang is not None)
        self.preview_button.setEnabled(self.key is not None and self.db is not None)

    def is_modified(self) -> bool:
        return self.editor.text() != self.loaded_text

    def _text_changed(self) -> None:
        if not self._busy:
            self._update_buttons()

    def _may_leave(self) -> bool:
        """True when the text is saved, or the advisor chose to save or drop the edits."""
        if not self.is_modified() or self.editor.isReadOnly():
            return True
        answer = QMessageBox.question(
            self,
            self.tr("Unsaved template"),
            self.tr("Save your changes to {key} ({lang})?").format(key=self.key, lang=self.lang),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    # --- copy, save, revert ------------------------------------------------------------------

    def copy_template(self) -> bool:
        if self.key is None:
            return False
        try:
            copied = ops.copy_template(self.kind(), self.key)
        except DebtdeskError as exc:
            self._say_error(exc.message)
            return False
        self.status.setText(
            self.tr("Copied to your templates: {files}. You can edit it now.").format(
                files=", ".join(copied) or self.tr("nothing new")
            )
        )
        self._refresh_after_change()
        return True

    def save(self) -> bool:
        """Save the text if it is a valid template; else show the error at its line."""
        if self.key is None or self.lang is None or self.editor.isReadOnly():
            return False
        text = self.editor.text()
        try:
            ops.save_template(
                self.db, self.kind(), self.key, self.lang, text, self.case_id(), self.for_whom()
            )
        except TemplateError as exc:
            self.show_error(exc)
            self.status.setText(self.tr("Not saved: the template has an error."))
            return False
        except DebtdeskError as exc:
            self._say_error(exc.message)
            return False
        self.loaded_text = text
        self.clear_error()
        self.status.setText(
            self.tr("Saved {key} ({lang}): letters use it from now on.").format(
                key=self.key, lang=self.lang
            )
        )
        self._refresh_after_change(reload_text=False)
        return True

    def revert_template(self, *, ask: bool = True) -> bool:
        """Remove the user's copy (after asking) so the built-in is used again."""
        if self.key is None:
            return False
        if ask:
            answer = QMessageBox.question(
                self,
                self.tr("Revert to the built-in"),
                self.tr(
                    "Delete your copy of {key} (every language) and use the built-in "
                    "template again? Your edits are lost."
                ).format(key=self.key),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return False
        try:
            ops.revert_template(self.kind(), self.key)
        except DebtdeskError as exc:
            self._say_error(exc.message)
            return False
        self.loaded_text = self.editor.text()  # nothing left to ask about
        self.status.setText(self.tr("{key} is the built-in template again.").format(key=self.key))
        self._refresh_after_change()
        return True

    def _refresh_after_change(self, *, reload_text: bool = True) -> None:
        key = self.key
        self.reload_list(select=key)
        if reload_text:
            self.load_text()
        else:
            self._update_buttons()
            entry = self.entries.get(key or "")
            if entry is not None and entry.origin != ops.Origin.BUILTIN:
                self.origin_label.setText(self.tr("Your copy: letters use this text."))

    # --- checking and errors -----------------------------------------------------------------

    def check(self) -> bool:
        """Look for errors in the text (with the chosen case); True when there are none."""
        if self.key is None or self.lang is None:
            return False
        try:
            ops.check_template(
                self.db,
                self.kind(),
                self.key,
                self.lang,
                self.editor.text(),
                self.case_id(),
                self.for_whom(),
            )
        except TemplateError as exc:
            self.show_error(exc)
            self.status.setText(self.tr("The check found an error."))
            return False
        except DebtdeskError as exc:
            self._say_error(exc.message)
            return False
        self.clear_error()
        case = self.case_combo.currentText() if self.case_id() is not None else None
        self.status.setText(
            self.tr("No error found (rendered for {case}).").format(case=case)
            if case
            else self.tr("No error found (syntax only: choose a case to check more).")
        )
        return True

    def show_error(self, error: TemplateError) -> None:
        """Show the message; paint its line red when it is a line of this text."""
        self.error_shown = error
        own = error.template == f"{self.key}/{self.lang}.j2"
        self.editor.mark_error_line(error.line if own else None)
        self._say_error(error.message)

    def _say_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.show()

    def clear_error(self) -> None:
        self.error_shown = None
        self.editor.mark_error_line(None)
        self.error_label.clear()
        self.error_label.hide()

    # --- the preview -----------------------------------------------------------------------------

    def find_cases(self, text: str) -> None:
        """Fill the case list with the cases matching ``text``."""
        if self.db is None:
            return
        try:
            found = ops.find_cases(self.db, text)
        except DebtdeskError as exc:
            self.preview_status.setText(exc.message)
            return
        keep = self.case_combo.currentText()
        self.case_combo.blockSignals(True)
        try:
            self.case_combo.clear()
            for case in found:
                label = f"{case.full_name} ({case.city})" if case.city else case.full_name
                self.case_combo.addItem(label, case.id)
            if text:
                self.case_combo.setEditText(keep)
        finally:
            self.case_combo.blockSignals(False)

    def choose_case(self, case_id: int) -> bool:
        index = self.case_combo.findData(case_id)
        if index < 0:
            return False
        self.case_combo.setCurrentIndex(index)
        return True

    def case_id(self) -> int | None:
        index = self.case_combo.currentIndex()
        if index < 0 or self.case_combo.currentText() != self.case_combo.itemText(index):
            return None
        data = self.case_combo.itemData(index)
        return int(data) if data is not None else None

    def for_whom(self) -> str:
        return str(self.audience_combo.currentData())

    def preview_now(self) -> None:
        """Render the text in the editor for the chosen case, off the GUI thread."""
        if self.db is None or self.key is None or self.lang is None:
            return
        case_id = self.case_id()
        if case_id is None:
            self.preview_status.setText(self.tr("Choose a case to preview with."))
            return
        if self._worker is not None and self._worker.is_running():
            return
        db, kind, key, lang = self.db, self.kind(), self.key, self.lang
        text, for_whom = self.editor.text(), self.for_whom()
        worker = Worker(
            lambda _p: ops.preview_template(db, kind, key, lang, text, case_id, for_whom), self
        )
        self._worker = worker
        self.preview_button.setEnabled(False)
        self.preview_status.setText(self.tr("Preparing the preview…"))

        def shown(pdf: bytes) -> None:
            self.last_preview = pdf
            self.preview.set_pdf(pdf)
            self.clear_error()
            self.preview_status.setText(
                self.tr("{n} page(s), from the text in the editor (saved or not).").format(
                    n=self.preview.page_count()
                )
            )

        def failed(message: str) -> None:
            if isinstance(worker.error, TemplateError):
                self.show_error(worker.error)
            else:
                self._say_error(message)
            self.preview_status.setText(self.tr("No preview: see the error."))

        def finished() -> None:
            self._update_buttons()

        worker.succeeded.connect(shown)
        worker.failed.connect(failed)
        worker.finished.connect(finished)
        worker.start()

    # --- closing -------------------------------------------------------------------------------

    def reject(self) -> None:
        # Escape, the Close button and the window's close box all come here.
        if not self._may_leave():
            return
        if self._worker is not None:
            self._worker.wait(10.0)
        super().reject()


def open_template_editor(
    db: Database | None, parent: QWidget | None = None, kind: str = ops.LETTERS
) -> TemplateEditorDialog:
    """Build and show the editor (non-modal)."""
    dialog = TemplateEditorDialog(db, parent, kind)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog


__all__ = ["TemplateEditorDialog", "open_template_editor"]
