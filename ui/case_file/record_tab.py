"""What the list-and-dialog tabs of the case file share: buttons, dialogs, deletes.

Loans, Court, Deadlines and Letters change records one at a time through a
dialog or a button that saves at once, so they never hold unsaved edits
(``is_dirty`` stays False). After every write they reload and emit ``changed``
so the window can refresh its header and the other tabs.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QHBoxLayout, QLabel, QMessageBox, QPushButton, QWidget

from debtdesk.errors import ConflictError, DebtdeskError
from ui.case_file.base import CaseTab
from ui.case_file.form_dialog import FormDialog
from ui.widgets.forms import ConflictChoice, ask_conflict


def heading(text: str) -> QLabel:
    """A bold caption above a list."""
    label = QLabel(text)
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    return label


def button_row(*widgets: QWidget, stretch_at: int | None = None) -> QHBoxLayout:
    """Buttons left-aligned in a row (the stretch goes after ``stretch_at`` if given)."""
    row = QHBoxLayout()
    row.setContentsMargins(0, 0, 0, 0)
    for number, widget in enumerate(widgets):
        row.addWidget(widget)
        if stretch_at is not None and number == stretch_at:
            row.addStretch(1)
    if stretch_at is None:
        row.addStretch(1)
    return row


class RecordTab(CaseTab):
    """A case tab made of lists whose records change through dialogs and buttons."""

    def button(self, text: str, name: str, slot: Callable[[], Any]) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(f"{name}Button")
        button.clicked.connect(lambda _checked=False: slot())
        return button

    def run_dialog(self, dialog: FormDialog) -> bool:
        """Show ``dialog`` modally; reload after a save (or a conflict answered "reload")."""
        accepted = dialog.exec() == FormDialog.DialogCode.Accepted
        if accepted or dialog.reload_requested:
            self.reload()
        if accepted:
            self.changed.emit()
        return accepted

    def confirm(self, title: str, question: str) -> bool:
        answer = QMessageBox.question(self, title, question)
        return answer == QMessageBox.StandardButton.Yes

    def act(self, work: Callable[[int | None], Any], version: int | None = None) -> Any:
        """Run one write read at ``version``; conflicts ask, refusals are shown.

        Returns what ``work`` returned, or None when it was refused. The tab
        reloads either way, so it shows what the database now holds.
        """
        try:
            result = work(version)
        except ConflictError as exc:
            if ask_conflict(self, exc) is not ConflictChoice.KEEP:
                self.reload()
                return None
            return self.act(work, None)
        except DebtdeskError as exc:
            QMessageBox.warning(self, self.tr("Not done"), str(exc))
            self.reload()
            return None
        self.reload()
        self.changed.emit()
        return result
