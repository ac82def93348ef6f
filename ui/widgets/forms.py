"""Validation messages beside the field, and the conflict question, for every form.

Services raise ``ValidationError(field, message)``; a form registers each input
under the service's field name and ``FieldErrors.show`` puts the message in a
red label right under that input (and focuses it), so the advisor sees what to
fix where they look. A field the form does not show gets the message in the
form-wide label instead, never lost.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QFormLayout, QLabel, QMessageBox, QWidget

from debtdesk.errors import ConflictError, ValidationError
from ui.formatting import format_moment

# A fixed red, not palette(bright-text): that role is white in Qt's default palette
# (dialogs built before the app's palette, tests), so messages vanished. This red
# reads on the light palette (4.6:1) and, bold, on the dark one.
ERROR_STYLE = "color: #d0342c; font-weight: 600;"


class FieldErrors(QObject):
    """Maps service field names to their inputs and shows messages beside them."""

    def __init__(self, general: QLabel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._general = general
        self._general.setObjectName(self._general.objectName() or "formError")
        self._general.setStyleSheet(ERROR_STYLE)
        self._general.setWordWrap(True)
        self._general.hide()
        self._inputs: dict[str, QWidget] = {}
        self._labels: dict[str, QLabel] = {}

    def add_row(self, form: QFormLayout, field: str, caption: str, editor: QWidget) -> QLabel:
        """Add ``editor`` to ``form`` under ``caption`` with its (hidden) message label."""
        form.addRow(caption, editor)
        label = QLabel()
        label.setObjectName(f"error_{field}")
        label.setStyleSheet(ERROR_STYLE)
        label.setWordWrap(True)
        label.hide()
        form.addRow("", label)
        self.register(field, editor, label)
        return label

    def register(self, field: str, editor: QWidget, label: QLabel) -> None:
        """Use ``label`` for messages about ``field`` (a form with its own layout)."""
        self._inputs[field] = editor
        self._labels[field] = label

    def label(self, field: str) -> QLabel | None:
        return self._labels.get(field)

    def clear(self) -> None:
        for label in self._labels.values():
            label.clear()
            label.hide()
        self._general.clear()
        self._general.hide()

    def show(self, error: ValidationError) -> None:
        """Show ``error`` beside its field (or form-wide if the form lacks it)."""
        self.clear()
        label = self._labels.get(error.field)
        if label is None:
            self._general.setText(str(error))
            self._general.show()
            return
        label.setText(error.message)
        label.show()
        editor = self._inputs[error.field]
        editor.setFocus()

    def current(self) -> dict[str, str]:
        """Messages now shown, by field (``""`` for the form-wide one); for tests."""
        shown = {f: lb.text() for f, lb in self._labels.items() if lb.text()}
        if self._general.text():
            shown[""] = self._general.text()
        return shown


class ConflictChoice(Enum):
    RELOAD = "reload"
    KEEP = "keep"


def conflict_box(parent: QWidget | None, error: ConflictError) -> QMessageBox:
    """The question shown when another advisor saved first: reload theirs or keep yours."""
    tr = QCoreApplication.translate
    box = QMessageBox(parent)
    box.setObjectName("conflictBox")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(tr("forms", "Changed by someone else"))
    who = error.changed_by or tr("forms", "another advisor")
    when = format_moment(error.changed_at) if error.changed_at else "?"
    box.setText(
        tr("forms", "Changed by {who} at {when}: reload or keep yours?").format(who=who, when=when)
    )
    box.setInformativeText(
        tr(
            "forms",
            "Reload shows their version and drops your edits. Keep yours saves your "
            "version over theirs.",
        )
    )
    if error.fields:
        box.setDetailedText(", ".join(error.fields))
    reload_button = box.addButton(tr("forms", "Reload"), QMessageBox.ButtonRole.AcceptRole)
    reload_button.setObjectName("reloadButton")
    keep_button = box.addButton(tr("forms", "Keep mine"), QMessageBox.ButtonRole.DestructiveRole)
    keep_button.setObjectName("keepButton")
    box.setDefaultButton(reload_button)
    return box


def ask_conflict(parent: QWidget | None, error: ConflictError) -> ConflictChoice:
    """Ask (modally) whether to reload the other advisor's version or keep ours."""
    box = conflict_box(parent, error)
    box.exec()
    if box.clickedButton() is box.findChild(QWidget, "keepButton"):
        return ConflictChoice.KEEP
    return ConflictChoice.RELOAD
