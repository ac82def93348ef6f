"""A PDF (or a scanned image) shown inside the app: zoom, fit width, "page n of N".

Letters are checked on screen before they take a number and are printed, and
an advisor at a meeting has no time to hunt for the system's PDF viewer (nor a
certainty there is one), so the preview is Qt's own PDF engine (QtPdf, from
the PySide6-Addons wheel). The bytes are held by a QBuffer the document reads
from; nothing is written to disk, so a debtor's letter never lands in a
shared temporary folder.

Photos of incoming papers (JPEG, PNG) are shown in the same place, scaled to
the width, with the same zoom buttons.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QEvent, QIODevice, QObject, QPointF, Qt, Signal
from PySide6.QtGui import QImage, QPixmap, QResizeEvent
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

ZOOM_STEP = 1.25
MIN_ZOOM = 0.25
MAX_ZOOM = 5.0


class PdfPreview(QWidget):
    """Shows PDF bytes (``set_pdf``) or an image (``set_image``) with zoom controls."""

    # The page shown changed: (page counted from 1, pages).
    pageChanged = Signal(int, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pdfPreview")
        self.document = QPdfDocument(self)
        self._buffer: QBuffer | None = None
        self._image: QImage | None = None
        self._image_zoom = 0.0  # 0: fit the width
        self._fit_width = True

        self.view = QPdfView(self)
        self.view.setObjectName("pdfView")
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setPageSpacing(12)
        self.view.pageNavigator().currentPageChanged.connect(lambda _p: self._update_page())
        # The fitted zoom follows the viewport's width, which settles after ours.
        self.view.viewport().installEventFilter(self)

        self.image_label = QLabel()
        self.image_label.setObjectName("imageView")
        self.image_label.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.image_area = QScrollArea()
        self.image_area.setWidget(self.image_label)
        self.image_area.setWidgetResizable(True)

        self.empty_label = QLabel(self.tr("Nothing to show"))
        self.empty_label.setObjectName("emptyPreview")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setEnabled(False)

        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty_label)
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.image_area)

        self.zoom_out_button = self._tool("−", self.tr("Zoom out"), "zoomOut", self.zoom_out)
        self.zoom_in_button = self._tool("+", self.tr("Zoom in"), "zoomIn", self.zoom_in)
        self.fit_button = self._tool(
            self.tr("Fit width"), self.tr("Fit the page to the width"), "fitWidth", self.fit_width
        )
        self.fit_button.setCheckable(True)
        self.fit_button.setChecked(True)
        self.zoom_label = QLabel()
        self.zoom_label.setObjectName("zoomLabel")
        self.page_label = QLabel()
        self.page_label.setObjectName("pageLabel")

        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        bar.addWidget(self.zoom_out_button)
        bar.addWidget(self.zoom_in_button)
        bar.addWidget(self.fit_button)
        bar.addWidget(self.zoom_label)
        bar.addStretch(1)
        bar.addWidget(self.page_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.stack, 1)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.clear()

    def _tool(self, text: str, tip: str, name: str, slot: object) -> QToolButton:
        button = QToolButton()
        button.setText(text)
        button.setToolTip(tip)
        button.setObjectName(name)
        button.setAutoRaise(True)
        button.clicked.connect(slot)
        return button

    # --- what is shown --------------------------------------------------------------------

    def clear(self) -> None:
        self.document.close()
        self._release_buffer()
        self._image = None
        self.stack.setCurrentWidget(self.empty_label)
        self._update_controls()

    def set_pdf(self, data: bytes) -> bool:
        """Show ``data``; False (and "cannot be shown") when it is not a readable PDF."""
        self.document.close()
        self._release_buffer()
        self._image = None
        buffer = QBuffer(self)
        buffer.setData(QByteArray(data))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self._buffer = buffer
        self.document.load(buffer)
        ok = self.document.status() == QPdfDocument.Status.Ready and self.document.pageCount() > 0
        if ok:
            self.stack.setCurrentWidget(self.view)
            self.view.pageNavigator().jump(0, QPointF(), self.view.zoomFactor())
        else:
            self.empty_label.setText(self.tr("This PDF cannot be shown"))
            self.stack.setCurrentWidget(self.empty_label)
        self._update_controls()
        return ok

    def set_image(self, data: bytes) -> bool:
        """Show a photo or scan (JPEG, PNG); False when it cannot be read."""
        self.document.close()
        self._release_buffer()
        image = QImage.fromData(QByteArray(data))
        if image.isNull():
            self._image = None
            self.empty_label.setText(self.tr("This image cannot be shown"))
            self.stack.setCurrentWidget(self.empty_label)
            self._update_controls()
            return False
        self._image = image
        self._image_zoom = 0.0
        self.stack.setCurrentWidget(self.image_area)
        self._show_image()
        self._update_controls()
        return True

    def set_file(self, mime_type: str, data: bytes) -> bool:
        """Show a stored paper by its type (PDF, or an image)."""
        if mime_type.startswith("image/"):
            return self.set_image(data)
        return self.set_pdf(data)

    def page_count(self) -> int:
        if self.stack.currentWidget() is self.image_area:
            return 1
        if self.stack.currentWidget() is self.view:
            return self.document.pageCount()
        return 0

    def current_page(self) -> int:
        """The page shown, counted from 1 (0 when nothing is shown)."""
        if not self.page_count():
            return 0
        if self.stack.currentWidget() is self.image_area:
            return 1
        return self.view.pageNavigator().currentPage() + 1

    def go_to_page(self, page: int) -> None:
        """Show page ``page`` (counted from 1)."""
        if self.stack.currentWidget() is self.view and 1 <= page <= self.document.pageCount():
            self.view.pageNavigator().jump(page - 1, QPointF(), self.view.zoomFactor())
            self._update_page()

    # --- zoom ---------------------------------------------------------------------------------

    def zoom(self) -> float:
        """The zoom factor now (1.0: the page at its printed size)."""
        if self.stack.currentWidget() is self.image_area:
            return self._image_scale()
        if self.view.zoomMode() == QPdfView.ZoomMode.FitToWidth:
            return self._fitted_pdf_zoom()
        return self.view.zoomFactor()

    def zoom_in(self) -> None:
        self._set_zoom(self.zoom() * ZOOM_STEP)

    def zoom_out(self) -> None:
        self._set_zoom(self.zoom() / ZOOM_STEP)

    def fit_width(self) -> None:
        self._fit_width = True
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self._image_zoom = 0.0
        self._show_image()
        self._update_controls()

    def _set_zoom(self, factor: float) -> None:
        factor = max(MIN_ZOOM, min(MAX_ZOOM, factor))
        self._fit_width = False
        if self.stack.currentWidget() is self.image_area:
            self._image_zoom = factor
            self._show_image()
        else:
            self.view.setZoomMode(QPdfView.ZoomMode.Custom)
            self.view.setZoomFactor(factor)
        self._update_controls()

    def _fitted_pdf_zoom(self) -> float:
        if self.document.pageCount() == 0:
            return 1.0
        width_pt = self.document.pagePointSize(0).width()
        if width_pt <= 0:
            return 1.0
        # QPdfView draws a point as one logical pixel at zoom 1.0 (72 dpi pages on screen).
        available = self.view.viewport().width() - 2 * self.view.documentMargins().left()
        return max(MIN_ZOOM, available / width_pt)

    def _image_scale(self) -> float:
        if self._image is None:
            return 1.0
        if self._image_zoom:
            return self._image_zoom
        # Leave room for the vertical scroll bar a tall scan brings, or fitting it
        # to the width would also bring a horizontal one.
        area = self.image_area
        bar = area.verticalScrollBar().sizeHint().width()
        available = area.width() - 2 * area.frameWidth() - bar - 2
        return max(0.01, min(1.0 * MAX_ZOOM, available / max(1, self._image.width())))

    def _show_image(self) -> None:
        if self._image is None:
            return
        scale = self._image_scale()
        width = max(1, int(self._image.width() * scale))
        pixmap = QPixmap.fromImage(self._image).scaledToWidth(
            width, Qt.TransformationMode.SmoothTransformation
        )
        self.image_label.setPixmap(pixmap)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and watched is self.view.viewport():
            self._update_controls()
        return super().eventFilter(watched, event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._image is not None and not self._image_zoom:
            self._show_image()
        self._update_controls()

    # --- labels ---------------------------------------------------------------------------------

    def _update_page(self) -> None:
        pages = self.page_count()
        page = self.current_page()
        if pages:
            self.page_label.setText(self.tr("Page {n} of {total}").format(n=page, total=pages))
        else:
            self.page_label.clear()
        self.pageChanged.emit(page, pages)

    def _update_controls(self) -> None:
        shown = self.page_count() > 0
        for button in (self.zoom_in_button, self.zoom_out_button, self.fit_button):
            button.setEnabled(shown)
        self.fit_button.setChecked(self._fit_width)
        self.zoom_label.setText(f"{round(self.zoom() * 100)} %" if shown else "")
        self._update_page()

    def _release_buffer(self) -> None:
        if self._buffer is not None:
            self._buffer.close()
            self._buffer.deleteLater()
            self._buffer = None
