"""A case's papers: outgoing letters and incoming scans and photos, newest first, with a preview.

Made to be embedded (the case file's Letters tab, a meeting view): one case,
one list, the selected paper shown on the right (a PDF in the PDF preview, a
photo scaled to the width). "Attach a paper…" stores a scan or photo of a
decision, a bank's reply or a notice, for the case or one of its events.
Emits ``changed`` after it wrote, so the host can refresh what it shows.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from debtdesk.errors import DebtdeskError
from debtdesk.i18n import current_language
from ui.case_file.inputs import format_day
from ui.case_file.table import Column, RowsModel, make_view, select_where, selected_row
from ui.letters.dialogs import attach_dialog
from ui.operations import documents as ops
from ui.widgets.forms import ERROR_STYLE
from ui.widgets.pdf_preview import PdfPreview

if TYPE_CHECKING:
    from debtdesk.db.database import Database


def _size(size: int | None) -> str:
    if size is None:
        return ""
    if size < 1024 * 1024:
        return f"{max(1, round(size / 1024))} KB"
    return f"{size / 1024 / 1024:.1f} MB"


class PapersList(QWidget):
    """Outgoing letters and incoming papers of case ``case_id``, with the selected one shown."""

    changed = Signal()

    def __init__(self, db: Database, case_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("papersList")
        self.db = db
        self.case_id = case_id
        tr = self.tr
        self.model: RowsModel[ops.Paper] = RowsModel(
            [
                Column(tr("Date"), lambda p: format_day(p.on)),
                Column(
                    tr("Way"),
                    lambda p: tr("sent") if p.kind == "letter" else tr("received"),
                ),
                Column(tr("Paper"), lambda p: p.title, tooltip=lambda p: p.detail),
                Column(
                    tr("Details"),
                    lambda p: p.detail if p.kind == "letter" else _size(p.size),
                ),
            ],
            self,
        )
        self.view = make_view(self.model, "papersTable", stretch=3)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self.show_selected())
        self.preview = PdfPreview()
        self.attach_button = QPushButton(tr("Attach a paper…"))
        self.attach_button.setObjectName("attachPaper")
        self.attach_button.setToolTip(tr("A scan or photo (PDF, JPEG, PNG) of a paper received"))
        self.attach_button.clicked.connect(lambda _c=False: self.attach())
        self.empty_hint = QLabel(tr("No letters or papers for this case yet."))
        self.empty_hint.setObjectName("papersEmpty")
        self.empty_hint.setEnabled(False)
        self.error_label = QLabel()
        self.error_label.setObjectName("papersError")
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.setWordWrap(True)
        self.error_label.hide()

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        buttons = QHBoxLayout()
        buttons.addWidget(self.attach_button)
        buttons.addStretch(1)
        left_layout.addLayout(buttons)
        left_layout.addWidget(self.error_label)
        left_layout.addWidget(self.view, 1)
        left_layout.addWidget(self.empty_hint)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.preview)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)
        self.reload()

    def reload(self) -> None:
        """Read the case's papers again (after a letter or a paper was added elsewhere)."""
        keep = self.current()
        try:
            papers = ops.papers_of(self.db, self.case_id, current_language())
        except DebtdeskError as exc:
            self._error(str(exc))
            return
        self.model.set_rows(papers)
        self.empty_hint.setVisible(not papers)
        kept = keep is not None and select_where(
            self.view, lambda p: (p.kind, p.id) == (keep.kind, keep.id)
        )
        if not kept and papers:
            self.view.selectRow(0)
        self.show_selected()

    def current(self) -> ops.Paper | None:
        return selected_row(self.view)

    def show_selected(self) -> bool:
        """Show the selected paper in the preview (a PDF, or a photo)."""
        paper = self.current()
        if paper is None:
            self.preview.clear()
            return False
        try:
            file = ops.paper_file(self.db, paper)
        except DebtdeskError as exc:
            self.preview.clear()
            self._error(str(exc))
            return False
        self.error_label.hide()
        return self.preview.set_file(file.mime_type, file.data)

    def attach(self) -> bool:
        """Ask for a scan or photo and store it (refusals shown beside the file)."""
        dialog = attach_dialog(self, self.db, self.case_id)
        if not dialog.exec():
            return False
        self.reload()
        select_where(self.view, lambda p: p.kind == "attachment" and p.id == dialog.result_value)
        self.changed.emit()
        return True

    def _error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()
