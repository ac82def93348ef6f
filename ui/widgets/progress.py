"""Progress of a worker with a Cancel button: a panel to embed, or a small window.

Both only listen to a ``ui.workers.Worker``'s signals and call its ``cancel``:
the operation stops at its next check and its transaction is rolled back, so
the text under the bar says "Cancelling…" until the worker has really stopped.
The window appears only when the operation lasts longer than a moment (no flash
for quick ones) and closes itself when the worker finishes.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.workers import Worker

SHOW_AFTER_MS = 400


class ProgressPanel(QWidget):
    """What is happening, a bar and Cancel; follows one worker at a time."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("progressPanel")
        self.worker: Worker | None = None
        self.label = QLabel()
        self.label.setObjectName("progressText")
        self.label.setWordWrap(True)
        self.bar = QProgressBar()
        self.bar.setObjectName("progressBar")
        self.bar.setRange(0, 0)  # busy until the first report says how much there is
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setObjectName("cancelButton")
        self.cancel_button.clicked.connect(self.cancel)

        row = QHBoxLayout()
        row.addWidget(self.bar, 1)
        row.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addLayout(row)

    def attach(self, worker: Worker, text: str = "") -> None:
        """Follow ``worker`` (connect before ``worker.start()``)."""
        self.worker = worker
        self.label.setText(text)
        self.bar.setRange(0, 0)
        self.cancel_button.setEnabled(True)
        self.cancel_button.setText(self.tr("Cancel"))
        worker.progressed.connect(self._on_progress)
        worker.finished.connect(self._on_finished)

    def cancel(self) -> None:
        if self.worker is None or not self.cancel_button.isEnabled():
            return
        self.worker.cancel()
        self.cancel_button.setEnabled(False)
        self.cancel_button.setText(self.tr("Cancelling…"))

    def _on_progress(self, done: int, total: int, text: str) -> None:
        if total > 0:
            self.bar.setRange(0, total)
            self.bar.setValue(min(done, total))
        if text:
            self.label.setText(text)

    def _on_finished(self) -> None:
        self.cancel_button.setEnabled(False)


class ProgressDialog(QDialog):
    """A small window with a ``ProgressPanel``: Esc or closing it means Cancel."""

    def __init__(
        self, worker: Worker, title: str, text: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("progressDialog")
        self.setWindowTitle(title)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setMinimumWidth(380)
        self.panel = ProgressPanel(self)
        self.panel.attach(worker, text)
        layout = QVBoxLayout(self)
        layout.addWidget(self.panel)
        self.worker = worker
        self._finished = False
        worker.finished.connect(self._on_finished)
        self._show_timer = QTimer(self)
        self._show_timer.setSingleShot(True)
        self._show_timer.timeout.connect(self._show_if_running)

    def follow(self, show_after_ms: int = SHOW_AFTER_MS) -> None:
        """Show the window if the worker is still running after ``show_after_ms``."""
        if show_after_ms <= 0:
            self._show_if_running()
        else:
            self._show_timer.start(show_after_ms)

    def _show_if_running(self) -> None:
        if not self._finished:
            self.show()

    def _on_finished(self) -> None:
        self._finished = True
        self._show_timer.stop()
        self.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.panel.cancel()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._finished:
            self.panel.cancel()
            event.ignore()
            return
        super().closeEvent(event)
