"""The free-text parts a letter asks the advisor for, with messages beside each.

A template lists the parts it cannot do without (``fields.reasons`` in its
``meta.toml``) and those it can; the form shows the required ones first,
marked, and puts "needed for this letter" beside every one the core reports
missing, all at once (the core names them all in one ``MissingData``).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from debtdesk.errors import ValidationError
from ui.letters.labels import SHORT_FIELDS, field_label
from ui.widgets.forms import ERROR_STYLE

FIELD_PREFIX = "fields."
MAX_FIELD_CHARS = 20000


class LetterFieldsForm(QWidget):
    """Inputs for a template's free-text parts; ``values()`` gives what was typed."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None, *, nothing_more: str | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("letterFields")
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        self.general = QLabel()
        self.general.setObjectName("fieldsError")
        self.general.setStyleSheet(ERROR_STYLE)
        self.general.setWordWrap(True)
        self.general.hide()
        if nothing_more is None:
            nothing_more = self.tr("This letter needs nothing more: go on to the preview.")
        self.none_label = QLabel(nothing_more)
        self.none_label.setObjectName("noFields")
        self.none_label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.none_label)
        layout.addLayout(self.form)
        layout.addWidget(self.general)
        layout.addStretch(1)
        self.inputs: dict[str, QLineEdit | QPlainTextEdit] = {}
        self.messages: dict[str, QLabel] = {}
        self.required: tuple[str, ...] = ()

    def set_fields(self, required: tuple[str, ...], optional: tuple[str, ...]) -> None:
        """Show inputs for ``required`` (marked) then ``optional``; keeps text already typed."""
        typed = self.values()
        while self.form.rowCount():
            self.form.removeRow(0)
        self.inputs.clear()
        self.messages.clear()
        self.required = required
        for name in (*required, *[n for n in optional if n not in required]):
            editor: QLineEdit | QPlainTextEdit
            if name in SHORT_FIELDS:
                editor = QLineEdit(typed.get(name, ""))
                editor.setMaxLength(500)
                editor.textChanged.connect(self.edited)
            else:
                editor = QPlainTextEdit(typed.get(name, ""))
                editor.setTabChangesFocus(True)
                editor.setFixedHeight(editor.fontMetrics().lineSpacing() * 4 + 14)
                editor.textChanged.connect(self.edited)
            editor.setObjectName(f"field_{name}")
            caption = field_label(name) + (" *" if name in required else "")
            self.form.addRow(caption + ":", editor)
            message = QLabel()
            message.setObjectName(f"error_{name}")
            message.setStyleSheet(ERROR_STYLE)
            message.setWordWrap(True)
            message.hide()
            self.form.addRow("", message)
            self.inputs[name] = editor
            self.messages[name] = message
        self.none_label.setVisible(not self.inputs and bool(self.none_label.text()))
        self.clear_messages()

    def values(self) -> dict[str, str]:
        out = {}
        for name, editor in self.inputs.items():
            text = editor.text() if isinstance(editor, QLineEdit) else editor.toPlainText()
            if text.strip():
                out[name] = text
        return out

    def set_value(self, name: str, text: str) -> None:
        editor = self.inputs[name]
        if isinstance(editor, QLineEdit):
            editor.setText(text)
        else:
            editor.setPlainText(text)

    def check(self) -> bool:
        """Mark every required part left empty or too long; True when none is."""
        self.clear_messages()
        values = self.values()
        bad = False
        for name in self.inputs:
            if name in self.required and name not in values:
                self._say(name, self.tr("Needed for this letter"))
                bad = True
            elif len(values.get(name, "")) > MAX_FIELD_CHARS:
                self._say(name, self.tr("At most {n} characters").format(n=MAX_FIELD_CHARS))
                bad = True
        return not bad

    def show_missing(self, paths: list[str]) -> None:
        """Mark the ``fields.*`` paths the core reported missing; others go form-wide."""
        self.clear_messages()
        rest = []
        for path in paths:
            name = path[len(FIELD_PREFIX) :] if path.startswith(FIELD_PREFIX) else None
            if name is not None and name in self.messages:
                self._say(name, self.tr("Needed for this letter"))
            else:
                rest.append(path)
        if rest:
            self.general.setText(
                self.tr("The letter also needs: {what}").format(what=", ".join(rest))
            )
            self.general.show()

    def show_error(self, error: ValidationError) -> None:
        name = error.field[len(FIELD_PREFIX) :] if error.field.startswith(FIELD_PREFIX) else ""
        self.clear_messages()
        if name in self.messages:
            self._say(name, error.message)
        else:
            self.general.setText(str(error))
            self.general.show()

    def current_messages(self) -> dict[str, str]:
        """Messages now shown, by part (``""`` for the form-wide one); for tests."""
        shown = {n: lb.text() for n, lb in self.messages.items() if lb.isVisibleTo(self)}
        if self.general.isVisibleTo(self):
            shown[""] = self.general.text()
        return shown

    def clear_messages(self) -> None:
        for label in self.messages.values():
            label.clear()
            label.hide()
        self.general.clear()
        self.general.hide()

    def _say(self, name: str, text: str) -> None:
        label = self.messages[name]
        label.setText(text)
        label.show()
        if not any(lb.isVisibleTo(self) for n, lb in self.messages.items() if n != name):
            self.inputs[name].setFocus()
