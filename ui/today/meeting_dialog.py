"""The meeting sheet on screen: choose the language and days, look at it, save or print it.

The sheet is made in a worker thread (it lays out a PDF with embedded fonts,
which takes a moment for a big group) and shown in the letters' QtPdf preview,
so the advisor sees what will be read out before the printer starts.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal, Slot
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from debtdesk.clock import today
from debtdesk.i18n import current_language
from ui.letters.printing import print_pdf_on, save_pdf_to
from ui.operations import today as ops
from ui.widgets.pdf_preview import PdfPreview
from ui.workers import Worker

if TYPE_CHECKING:
    from debtdesk.db.database import Database

LANGS = ("kk", "ru", "en")


class MeetingSheetDialog(QDialog):
    """Preview of the meeting sheet with Save as PDF… and Print…; ``ready`` when shown."""

    # The sheet for the current choices is in the preview (tests wait on it).
    ready = Signal()

    def __init__(
        self, db: Database, filters: ops.TodayFilters, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("meetingSheetDialog")
        self.setWindowTitle(self.tr("Meeting sheet"))
        self.db = db
        self.filters = filters
        self.pdf: bytes | None = None
        self._worker: Worker | None = None

        self.lang = QComboBox()
        self.lang.setObjectName("meetingLanguage")
        names = {"kk": self.tr("Kazakh"), "ru": self.tr("Russian"), "en": self.tr("English")}
        for code in LANGS:
            self.lang.addItem(names[code], code)
        self.lang.setCurrentIndex(max(0, self.lang.findData(current_language())))
        self.days = QSpinBox()
        self.days.setObjectName("meetingDays")
        self.days.setRange(1, 31)
        self.days.setValue(7)
        self.days.setSuffix(self.tr(" days"))
        self.status = QLabel()
        self.status.setObjectName("meetingStatus")
        self.preview = PdfPreview(self)

        self.save_button = QPushButton(self.tr("Save as PDF…"))
        self.save_button.setObjectName("meetingSave")
        self.print_button = QPushButton(self.tr("Print…"))
        self.print_button.setObjectName("meetingPrint")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)

        choices = QHBoxLayout()
        choices.addWidget(QLabel(self.tr("Language")))
        choices.addWidget(self.lang)
        choices.addSpacing(12)
        choices.addWidget(QLabel(self.tr("Hearings in the next")))
        choices.addWidget(self.days)
        choices.addStretch(1)
        choices.addWidget(self.status)
        layout = QVBoxLayout(self)
        layout.addLayout(choices)
        layout.addWidget(self.preview, 1)
        layout.addWidget(buttons)
        self.resize(760, 860)

        self.lang.currentIndexChanged.connect(self.make)
        self.days.valueChanged.connect(self.make)
        self.save_button.clicked.connect(lambda: self.save_pdf())
        self.print_button.clicked.connect(lambda: self.print_sheet())
        self.make()

    def make(self) -> None:
        """Make the sheet for the chosen language and days (in a worker thread)."""
        self._set_busy(True)
        db, filters = self.db, self.filters
        lang, days = str(self.lang.currentData()), self.days.value()
        worker = Worker(lambda _p: ops.meeting_sheet_pdf(db, filters, days=days, lang=lang))
        # Bound methods: Qt drops the connections if the dialog is closed first.
        worker.succeeded.connect(self._made)
        worker.failed.connect(self._failed)
        self._worker = worker
        worker.start()

    def _set_busy(self, busy: bool) -> None:
        self.status.setText(self.tr("Making the sheet…") if busy else "")
        self.save_button.setEnabled(not busy and self.pdf is not None)
        self.print_button.setEnabled(not busy and self.pdf is not None)

    @Slot(object)
    def _made(self, data: bytes) -> None:
        if self.sender() is not self._worker:
            return  # made for choices changed since
        self.pdf = data
        self.preview.set_pdf(data)
        self._set_busy(False)
        self.ready.emit()

    @Slot(str)
    def _failed(self, message: str) -> None:
        if self.sender() is not self._worker:
            return
        self.pdf = None
        self._set_busy(False)
        self.status.setText(message)

    def file_name(self) -> str:
        raw = f"{self.tr('meeting-sheet')}-{today().isoformat()}.pdf"
        return "".join(c if c.isalnum() or c in "-_." else "-" for c in raw)

    def save_pdf(self, target: Path | None = None) -> Path | None:
        """Save the sheet (to ``target``, else where the save-as dialog says)."""
        if self.pdf is None:
            return None
        saved = save_pdf_to(
            self,
            self.pdf,
            target,
            title=self.tr("Save the meeting sheet as"),
            suggested=self.file_name(),
            file_filter=self.tr("PDF files (*.pdf)"),
            failed="",
            report=lambda path, why: self.status.setText(
                self.tr("Cannot save {path}: {why}").format(path=path, why=why)
            ),
        )
        if saved is not None:
            self.status.setText(self.tr("Saved {path}").format(path=saved))
        return saved

    def print_sheet(self, printer: QPrinter | None = None) -> int:
        """Print the sheet (on ``printer``, else the one chosen in the print dialog)."""
        if self.pdf is None:
            return 0
        pages = print_pdf_on(
            self,
            self.pdf,
            printer,
            title=self.tr("Print the meeting sheet"),
            failed="",
            report=lambda why: self.status.setText(self.tr("Cannot print: {why}").format(why=why)),
        )
        if pages:
            self.status.setText(self.tr("Printed %n page(s).", "", pages))
        return pages

    def done(self, result: int) -> None:
        if self._worker is not None:
            self._worker.wait(10.0)
        super().done(result)
