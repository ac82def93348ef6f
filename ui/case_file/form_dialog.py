"""The add/edit dialog of the case-file tabs: a form, OK saves through one operation.

The dialog gathers the values, hands them to the ``submit`` function (an
operation) and closes only when it succeeded. A ``ValidationError`` puts its
message beside the field and keeps the dialog open with what was typed; a
``ConflictError`` asks "reload or keep yours": keep saves again over the other
advisor's version, reload closes the dialog and the tab shows theirs.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import date
from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from debtdesk.errors import ConflictError, DebtdeskError, ValidationError
from ui.case_file.inputs import DateField, parse_time
from ui.formatting import amount_text, format_time, parse_amount
from ui.widgets.forms import ConflictChoice, FieldErrors, ask_conflict

# submit(values, expected_version) → whatever the operation returns.
Submit = Callable[[dict[str, Any], "int | None"], Any]


class FormDialog(QDialog):
    """A titled form whose OK button runs ``submit`` and shows what it refuses."""

    def __init__(
        self,
        parent: QWidget | None,
        title: str,
        submit: Submit,
        expected_version: int | None = None,
        name: str = "formDialog",
    ) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setWindowTitle(title)
        self.setMinimumWidth(440)
        self._submit = submit
        self.expected_version = expected_version
        self.result_value: Any = None
        # True when the advisor chose to see the other advisor's version instead.
        self.reload_requested = False
        self._getters: dict[str, Callable[[], Any]] = {}
        self._first: QWidget | None = None

        self.form = QFormLayout()
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        general = QLabel()
        general.setObjectName("formError")
        self.errors = FieldErrors(general, self)
        self._general = general
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setObjectName("saveButton")
        save.setDefault(True)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(general)
        layout.addWidget(self.buttons)

    # --- building the form ---------------------------------------------------------

    def add(self, field: str, caption: str, editor: QWidget, getter: Callable[[], Any]) -> None:
        editor.setObjectName(editor.objectName() or f"{field}Edit")
        self.errors.add_row(self.form, field, caption, editor)
        self._getters[field] = getter
        if self._first is None:
            self._first = editor

    def add_line(
        self, field: str, caption: str, text: str | None = "", placeholder: str = ""
    ) -> QLineEdit:
        edit = QLineEdit(text or "")
        edit.setPlaceholderText(placeholder)
        self.add(field, caption, edit, edit.text)
        return edit

    def add_amount(
        self, field: str, caption: str, amount: Decimal | None = None, placeholder: str = ""
    ) -> QLineEdit:
        """An amount or other decimal, shown and read the way the interface language writes it.

        ``1 234 567,89`` in Russian and Kazakh, ``1,234,567.89`` in English; the
        services get plain decimal text (``1234567.89``), which they read in any
        language, so the English grouping comma is never taken for a decimal one.
        """
        edit = QLineEdit(amount_text(amount))
        edit.setPlaceholderText(placeholder)
        self.add(field, caption, edit, lambda: parse_amount(edit.text(), field))
        return edit

    def add_date(self, field: str, caption: str, day: date | None = None) -> DateField:
        editor = DateField(field, day)
        self.add(field, caption, editor, editor.value)
        return editor

    def add_time(self, field: str, caption: str, value: Any = None) -> QLineEdit:
        edit = QLineEdit(format_time(value))
        edit.setPlaceholderText(self.tr("hh:mm"))
        edit.setMaxLength(5)
        self.add(field, caption, edit, lambda: parse_time(edit.text(), field))
        return edit

    def add_choice(
        self,
        field: str,
        caption: str,
        options: Sequence[tuple[Any, str]],
        current: Any = None,
    ) -> QComboBox:
        combo = QComboBox()
        for value, label in options:
            combo.addItem(label, value)
        index = combo.findData(current)
        combo.setCurrentIndex(max(index, 0))
        self.add(field, caption, combo, combo.currentData)
        return combo

    def add_text(self, field: str, caption: str, text: str | None = "") -> QPlainTextEdit:
        edit = QPlainTextEdit(text or "")
        edit.setTabChangesFocus(True)
        edit.setFixedHeight(edit.fontMetrics().height() * 4 + 12)
        self.add(field, caption, edit, edit.toPlainText)
        return edit

    def focus_first(self) -> None:
        if self._first is not None:
            self._first.setFocus()

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        self.focus_first()

    # --- saving ------------------------------------------------------------------------

    def values(self) -> dict[str, Any]:
        """Every field's value (a badly typed date or time raises ``ValidationError``)."""
        return {field: get() for field, get in self._getters.items()}

    def accept(self) -> None:
        self.errors.clear()
        try:
            self.result_value = self._submit(self.values(), self.expected_version)
        except ValidationError as exc:
            self.errors.show(exc)
            return
        except ConflictError as exc:
            if ask_conflict(self, exc) is ConflictChoice.KEEP:
                self.expected_version = None  # save ours over theirs
                self.accept()
            else:
                self.reload_requested = True
                super().reject()
            return
        except DebtdeskError as exc:  # storage trouble, a record deleted meanwhile, …
            self._general.setText(str(exc))
            self._general.show()
            return
        super().accept()

    def messages(self) -> Mapping[str, str]:
        """Messages now shown, by field; for tests."""
        return self.errors.current()
