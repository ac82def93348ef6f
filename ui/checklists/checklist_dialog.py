"""A hearing's checklist: tick items, write notes, print the debtor's and the advisor's copy.

Opened from a hearing in the case file's Court tab. The checklist is made on
first opening (from the proceeding's kind, in the debtor's language) and every
tick or note is saved at once, each carrying the version it was read at: at the
meeting the advisor ticks while the debtor talks, there is no "Save" to forget,
and when a colleague ticked the same item meanwhile the dialog reloads their
version and says so instead of overwriting it.

Two printouts come from the core as PDF bytes: the debtor's (large print,
boxes to tick) and the advisor's (case facts, open deadlines, ticks and notes).
They are previewed beside the list (QtPdf, refreshed after each change while
shown), saved with a save-as dialog, or printed through the Qt print dialog.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QFont, QPalette, QStandardItem, QStandardItemModel
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from debtdesk.errors import ConflictError, DebtdeskError, ValidationError
from debtdesk.i18n import current_language
from ui.formatting import format_day, format_time
from ui.letters.printing import print_pdf_on, save_pdf_to
from ui.operations import checklists as ops
from ui.widgets.forms import ERROR_STYLE
from ui.widgets.pdf_preview import PdfPreview
from ui.workers import Worker

if TYPE_CHECKING:
    from debtdesk.db.database import Database

ITEM_ID = Qt.ItemDataRole.UserRole + 1
ITEM_VERSION = Qt.ItemDataRole.UserRole + 2
SECTIONS = ("bring", "at_hearing", "after")
PREVIEW_DELAY_MS = 400  # ticks in a row re-render the shown preview once


class ChecklistDialog(QDialog):
    """The checklist of hearing ``event_id`` (made now if it has none).

    ``caseChanged(case_id)`` is emitted after every saved tick or note.
    """

    caseChanged = Signal(int)

    def __init__(self, db: Database, event_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.event_id = int(event_id)
        self.view: ops.ChecklistView | None = None
        self._loading = False
        self._worker: Worker | None = None
        self._preview_for: str | None = None  # the audience shown in the preview, if any
        self.setObjectName("checklistDialog")
        self.setWindowTitle(self.tr("Hearing checklist"))
        self.resize(1100, 720)

        self.title_label = QLabel()
        self.title_label.setObjectName("checklistTitle")
        font = self.title_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title_label.setFont(font)
        self.hearing_label = QLabel()
        self.hearing_label.setObjectName("hearingLabel")
        self.hearing_label.setWordWrap(True)
        self.done_label = QLabel()
        self.done_label.setObjectName("doneLabel")

        self.pages = QStackedWidget()
        self.pages.addWidget(self._chooser_page())
        self.pages.addWidget(self._checklist_page())

        self.status = QLabel()
        self.status.setObjectName("status")
        self.status.setWordWrap(True)
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()

        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setObjectName("closeButton")
        self.close_button.clicked.connect(self.accept)

        top = QHBoxLayout()
        heading = QVBoxLayout()
        heading.addWidget(self.title_label)
        heading.addWidget(self.hearing_label)
        top.addLayout(heading, 1)
        top.addWidget(self.done_label, 0, Qt.AlignmentFlag.AlignTop)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.error)
        layout.addLayout(bottom)

        self._preview_timer = QTimer(self)
        self._preview_timer.setSingleShot(True)
        self._preview_timer.setInterval(PREVIEW_DELAY_MS)
        self._preview_timer.timeout.connect(self._refresh_preview)
        self.open_checklist()

    # --- building -------------------------------------------------------------------------

    def _chooser_page(self) -> QWidget:
        page = QWidget()
        self.template_combo = QComboBox()
        self.template_combo.setObjectName("templateCombo")
        self.make_button = QPushButton(self.tr("Make the checklist"))
        self.make_button.setObjectName("makeButton")
        self.make_button.clicked.connect(
            lambda: self.open_checklist(self.template_combo.currentData())
        )
        explain = QLabel(
            self.tr(
                "This hearing belongs to no proceeding, so the kind of checklist is not "
                "known. Choose one:"
            )
        )
        explain.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.template_combo, 1)
        row.addWidget(self.make_button)
        layout = QVBoxLayout(page)
        layout.addWidget(explain)
        layout.addLayout(row)
        layout.addStretch(1)
        return page

    def _checklist_page(self) -> QWidget:
        self.model = QStandardItemModel(0, 2, self)
        self.model.setHorizontalHeaderLabels([self.tr("Item"), self.tr("Note")])
        self.model.itemChanged.connect(self._item_changed)
        self.items_view = QTableView()
        self.items_view.setObjectName("itemsView")
        self.items_view.setModel(self.model)
        self.items_view.setWordWrap(True)
        self.items_view.setAlternatingRowColors(True)
        self.items_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.items_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.items_view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.items_view.verticalHeader().hide()
        header = self.items_view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(1, 240)
        header.sectionResized.connect(lambda *_: self.items_view.resizeRowsToContents())
        self.items_view.setToolTip(
            self.tr("Space or a click ticks an item; double-click a note to write it")
        )

        self.note_edit = QPlainTextEdit()
        self.note_edit.setObjectName("checklistNote")
        self.note_edit.setPlaceholderText(
            self.tr("Notes on this hearing (printed on the advisor's copy)")
        )
        self.note_edit.setMaximumHeight(90)
        self.note_edit.textChanged.connect(self._note_edited)
        self.save_note_button = QPushButton(self.tr("Save note"))
        self.save_note_button.setObjectName("saveNoteButton")
        self.save_note_button.setEnabled(False)
        self.save_note_button.clicked.connect(self.save_note)
        note_caption = QLabel(self.tr("Notes on this hearing:"))
        note_caption.setBuddy(self.note_edit)
        note_row = QHBoxLayout()
        note_row.addWidget(self.note_edit, 1)
        note_row.addWidget(self.save_note_button, 0, Qt.AlignmentFlag.AlignBottom)

        self.audience = QComboBox()
        self.audience.setObjectName("audienceCombo")
        self.audience.addItem(self.tr("The debtor's copy (large print)"), "debtor")
        self.audience.addItem(self.tr("The advisor's copy (facts, deadlines, notes)"), "advisor")
        self.audience.currentIndexChanged.connect(lambda _i: self._audience_changed())
        self.preview_button = QPushButton(self.tr("Pre&view"))
        self.preview_button.setObjectName("previewButton")
        self.preview_button.clicked.connect(lambda: self.show_preview(self.for_whom()))
        self.save_button = QPushButton(self.tr("&Save as PDF…"))
        self.save_button.setObjectName("savePdfButton")
        self.save_button.clicked.connect(lambda: self.save_pdf(self.for_whom()))
        self.print_button = QPushButton(self.tr("&Print…"))
        self.print_button.setObjectName("printButton")
        self.print_button.clicked.connect(lambda: self.print_checklist(self.for_whom()))
        printing = QHBoxLayout()
        printing.addWidget(QLabel(self.tr("Printout:")))
        printing.addWidget(self.audience)
        printing.addWidget(self.preview_button)
        printing.addWidget(self.save_button)
        printing.addWidget(self.print_button)
        printing.addStretch(1)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.items_view, 1)
        left_layout.addWidget(note_caption)
        left_layout.addLayout(note_row)
        left_layout.addLayout(printing)

        self.preview = PdfPreview()
        self.preview.hide()
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.preview)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        return self.splitter

    # --- opening and showing --------------------------------------------------------------

    def open_checklist(self, template: str | None = None) -> bool:
        """Open (or make) the hearing's checklist; False when it could not be."""
        try:
            view = ops.open_checklist(self.db, self.event_id, template)
        except ValidationError as exc:
            if exc.field == "template" and template is None:
                self._offer_templates(exc.message)
                return False
            self._show_error(exc.message)
            return False
        except DebtdeskError as exc:
            self._show_error(exc.message)
            return False
        self._show(view)
        if view.created:
            self.status.setText(self.tr("Checklist made from “{title}”.").format(title=view.title))
        return True

    def _offer_templates(self, why: str) -> None:
        self.template_combo.clear()
        try:
            for choice in ops.checklist_templates(self._ui_lang()):
                self.template_combo.addItem(choice.title, choice.key)
        except DebtdeskError as exc:
            self._show_error(exc.message)
        self.title_label.setText(self.tr("Hearing checklist"))
        self.hearing_label.setText(why)
        self.pages.setCurrentIndex(0)

    def _ui_lang(self) -> str:
        return current_language()

    def _show(self, view: ops.ChecklistView) -> None:
        self.view = view
        self.pages.setCurrentIndex(1)
        self.title_label.setText(view.title)
        when = format_day(view.hearing_date)
        if view.hearing_time is not None:
            when += " " + format_time(view.hearing_time)
        parts = [view.debtor_name, self.tr("hearing {when}").format(when=when)]
        parts += [p for p in (view.court, view.place, view.case_no) if p]
        self.hearing_label.setText(" · ".join(parts))
        self.setWindowTitle(
            self.tr("Checklist — {name}, {day}").format(
                name=view.debtor_name, day=format_day(view.hearing_date)
            )
        )
        self._fill(view.items)
        self._loading = True
        try:
            if self.note_edit.toPlainText() != (view.note or ""):
                self.note_edit.setPlainText(view.note or "")
        finally:
            self._loading = False
        self.save_note_button.setEnabled(False)
        self._update_done()

    def _section_title(self, section: str | None) -> str:
        titles = {
            "bring": self.tr("What to bring"),
            "at_hearing": self.tr("At the hearing"),
            "after": self.tr("After the hearing"),
        }
        return titles.get(section or "", self.tr("Other"))

    def _fill(self, items: tuple[ops.ItemRow, ...]) -> None:
        self._loading = True
        try:
            self.model.removeRows(0, self.model.rowCount())
            order = {s: i for i, s in enumerate(SECTIONS)}
            ordered = sorted(items, key=lambda i: (order.get(i.section or "", 99), i.position))
            section: object = object()
            for item in ordered:
                key = item.section if item.section in order else None
                if key != section:
                    section = key
                    self._add_heading(self._section_title(key))
                self._add_item(item)
        finally:
            self._loading = False
        self.items_view.resizeRowsToContents()

    def _add_heading(self, text: str) -> None:
        head = QStandardItem(text)
        head.setFlags(Qt.ItemFlag.ItemIsEnabled)
        font = QFont(head.font())
        font.setBold(True)
        head.setFont(font)
        shade = self.palette().color(QPalette.ColorRole.Mid)
        shade.setAlpha(90)
        head.setBackground(shade)
        rest = QStandardItem()
        rest.setFlags(Qt.ItemFlag.ItemIsEnabled)
        self.model.appendRow([head, rest])
        self.items_view.setSpan(self.model.rowCount() - 1, 0, 1, 2)

    def _add_item(self, item: ops.ItemRow) -> None:
        text = QStandardItem(item.text)
        text.setFlags(
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsUserCheckable
        )
        text.setCheckState(Qt.CheckState.Checked if item.done else Qt.CheckState.Unchecked)
        text.setData(item.id, ITEM_ID)
        text.setData(item.version, ITEM_VERSION)
        note = QStandardItem(item.note or "")
        note.setFlags(
            Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable
        )
        note.setData(item.id, ITEM_ID)
        note.setToolTip(self.tr("Double-click to write a note on this item"))
        self.model.appendRow([text, note])

    def _update_done(self) -> None:
        if self.view is None:
            return
        total = len(self.view.items)
        self.done_label.setText(
            self.tr("Done: {done} of {total}").format(done=self.view.done, total=total)
        )

    # --- ticks and notes ------------------------------------------------------------------

    def row_of(self, item_id: int) -> int:
        """The table row of checklist item ``item_id`` (-1 if not shown)."""
        for row in range(self.model.rowCount()):
            if self.model.item(row, 0).data(ITEM_ID) == item_id:
                return row
        return -1

    def is_ticked(self, item_id: int) -> bool:
        row = self.row_of(item_id)
        return row >= 0 and self.model.item(row, 0).checkState() == Qt.CheckState.Checked

    def set_ticked(self, item_id: int, done: bool) -> None:
        """Tick or untick an item as a click would (saved at once)."""
        row = self.row_of(item_id)
        state = Qt.CheckState.Checked if done else Qt.CheckState.Unchecked
        self.model.item(row, 0).setCheckState(state)

    def set_item_note(self, item_id: int, note: str) -> None:
        """Write an item's note as the cell editor would (saved at once)."""
        self.model.item(self.row_of(item_id), 1).setText(note)

    def _item_changed(self, changed: QStandardItem) -> None:
        if self._loading or self.view is None:
            return
        item_id = changed.data(ITEM_ID)
        if item_id is None:
            return
        row = changed.row()
        head = self.model.item(row, 0)
        done = head.checkState() == Qt.CheckState.Checked
        note = self.model.item(row, 1).text() if changed.column() == 1 else None
        self._save_item(int(item_id), done, head.data(ITEM_VERSION), note)

    def _save_item(self, item_id: int, done: bool, version: int, note: str | None) -> None:
        try:
            saved = ops.tick_item(self.db, item_id, done, version, note)
        except ConflictError:
            self._reload(
                self.tr(
                    "Another advisor changed this checklist meanwhile: it now shows what "
                    "is saved. Tick again if needed."
                )
            )
            return
        except DebtdeskError as exc:
            self._reload(None)
            self._show_error(exc.message)
            return
        assert self.view is not None
        items = tuple(saved if i.id == saved.id else i for i in self.view.items)
        self.view = _replace_items(self.view, items)
        self._loading = True
        try:
            row = self.row_of(item_id)
            self.model.item(row, 0).setData(saved.version, ITEM_VERSION)
            self.model.item(row, 1).setText(saved.note or "")
        finally:
            self._loading = False
        self.items_view.resizeRowToContents(self.row_of(item_id))
        self.error.hide()
        self._update_done()
        what = self.tr("Ticked.") if saved.done else self.tr("Unticked.")
        self.status.setText(self.tr("Note saved.") if note is not None else what)
        self._changed()

    def _note_edited(self) -> None:
        if not self._loading:
            self.save_note_button.setEnabled(self.note_modified())

    def note_modified(self) -> bool:
        current = self.view.note if self.view is not None else None
        return self.note_edit.toPlainText().strip() != (current or "").strip()

    def save_note(self) -> bool:
        """Save the note on the whole checklist; False when it could not be."""
        if self.view is None or not self.note_modified():
            return True
        text = self.note_edit.toPlainText()
        try:
            version = ops.set_checklist_note(self.db, self.view.id, text, self.view.version)
        except ConflictError:
            self.error.setText(
                self.tr(
                    "Another advisor changed the note meanwhile. Copy your text, then "
                    "close and open the checklist again to see theirs."
                )
            )
            self.error.show()
            return False
        except DebtdeskError as exc:
            self._show_error(exc.message)
            return False
        self.view = _replace_note(self.view, text.strip() or None, version)
        self.save_note_button.setEnabled(False)
        self.error.hide()
        self.status.setText(self.tr("Note saved."))
        self._changed()
        return True

    def _reload(self, message: str | None) -> None:
        if self.view is None:
            return
        try:
            view = ops.checklist_view(self.db, self.view.id)
        except DebtdeskError as exc:
            self._show_error(exc.message)
            return
        keep_note = self.note_edit.toPlainText() if self.note_modified() else None
        self._show(view)
        if keep_note is not None:  # an unsaved note survives a reload of the ticks
            self.note_edit.setPlainText(keep_note)
        if message:
            self.status.setText(message)
        self._changed()

    def _changed(self) -> None:
        if self.view is not None:
            self.caseChanged.emit(self.view.case_id)
        if self._preview_for is not None:
            self._preview_timer.start()

    def _show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()

    # --- printouts ------------------------------------------------------------------------

    def for_whom(self) -> str:
        return str(self.audience.currentData())

    def _audience_changed(self) -> None:
        if self._preview_for is not None:
            self.show_preview(self.for_whom())

    def pdf(self, for_whom: str) -> bytes | None:
        """The printout's PDF as saved now (None, with the message shown, on failure)."""
        if self.view is None or not self.save_note():
            return None
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            return ops.checklist_pdf(self.db, self.view.id, for_whom)
        except DebtdeskError as exc:
            self._show_error(exc.message)
            return None
        finally:
            QApplication.restoreOverrideCursor()

    def show_preview(self, for_whom: str) -> None:
        """Render the printout off the GUI thread and show it beside the list."""
        self._preview_for = for_whom
        if not self.preview.isVisible():
            self.preview.show()
            width = self.splitter.width()
            self.splitter.setSizes([width * 11 // 20, width * 9 // 20])
        self._refresh_preview()

    def _refresh_preview(self) -> None:
        if self.view is None or self._preview_for is None:
            return
        if self._worker is not None and self._worker.is_running():
            self._preview_timer.start()  # one at a time: try again shortly
            return
        checklist_id, for_whom, db = self.view.id, self._preview_for, self.db
        worker = Worker(lambda _p: ops.checklist_pdf(db, checklist_id, for_whom), self)
        self._worker = worker
        self.status.setText(self.tr("Preparing the preview…"))

        def shown(pdf: bytes) -> None:
            if self._preview_for == for_whom:
                self.preview.set_pdf(pdf)
                self.status.setText(
                    self.tr("Preview: {n} page(s).").format(n=self.preview.page_count())
                )

        worker.succeeded.connect(shown)
        worker.failed.connect(self._show_error)
        worker.start()

    def file_name(self, for_whom: str) -> str:
        name = self.view.debtor_name if self.view else "checklist"
        day = self.view.hearing_date.isoformat() if self.view else ""
        who = self.tr("debtor") if for_whom == "debtor" else self.tr("advisor")
        raw = f"{self.tr('checklist')}-{name}-{day}-{who}.pdf"
        return "".join(c if c.isalnum() or c in "-_." else "-" for c in raw)

    def save_pdf(self, for_whom: str, target: Path | None = None) -> Path | None:
        """Save the printout (to ``target``, else where the save-as dialog says)."""
        data = self.pdf(for_whom)
        if data is None:
            return None
        saved = save_pdf_to(
            self,
            data,
            target,
            title=self.tr("Save the checklist as"),
            suggested=self.file_name(for_whom),
            file_filter=self.tr("PDF files (*.pdf)"),
            failed="",
            report=lambda path, why: self._show_error(
                self.tr("Cannot save {path}: {why}").format(path=path, why=why)
            ),
        )
        if saved is not None:
            self.status.setText(self.tr("Saved {path}").format(path=saved))
        return saved

    def print_checklist(self, for_whom: str, printer: QPrinter | None = None) -> int:
        """Print the printout (on ``printer``, else the one chosen in the print dialog)."""
        data = self.pdf(for_whom)
        if data is None:
            return 0
        pages = print_pdf_on(
            self,
            data,
            printer,
            title=self.tr("Print the checklist"),
            failed="",
            report=lambda why: self._show_error(self.tr("Cannot print: {why}").format(why=why)),
        )
        if pages:
            self.status.setText(self.tr("Printed {n} page(s).").format(n=pages))
        return pages

    # --- closing --------------------------------------------------------------------------

    def done(self, result: int) -> None:
        if self.pages.currentIndex() == 1 and not self.save_note():
            return  # the note could not be saved: keep the dialog (and the text) open
        self._preview_timer.stop()
        if self._worker is not None:
            self._worker.wait(10.0)
        super().done(result)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.pages.currentIndex() == 1 and not self.save_note():
            event.ignore()
            return
        super().closeEvent(event)


def _replace_items(view: ops.ChecklistView, items: tuple[ops.ItemRow, ...]) -> ops.ChecklistView:
    return replace(view, items=items)


def _replace_note(view: ops.ChecklistView, note: str | None, version: int) -> ops.ChecklistView:
    return replace(view, note=note, version=version)


def open_checklist_dialog(
    db: Database, event_id: int, parent: QWidget | None = None
) -> ChecklistDialog:
    """Build and show the dialog (non-modal)."""
    dialog = ChecklistDialog(db, event_id, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog


__all__ = ["ChecklistDialog", "open_checklist_dialog"]
