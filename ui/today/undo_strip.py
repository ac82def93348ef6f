"""The strip under the Today page after a one-click action: "Marked done — Undo".

One click marks a deadline done, so one click must take it back: a misclick
during a meeting must not cost an appeal deadline. The strip stays until the
next action, its close button or ``HIDE_AFTER_MS`` (long enough to notice).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QToolButton, QWidget

HIDE_AFTER_MS = 30_000


class UndoStrip(QFrame):
    """A message with an Undo button; ``undoRequested`` when it is pressed."""

    undoRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("todayUndoStrip")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.message = QLabel()
        self.message.setObjectName("todayUndoMessage")
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.undo = QPushButton(self.tr("Undo"))
        self.undo.setObjectName("todayUndo")
        self.undo.setShortcut("Ctrl+Z")
        self.undo.setToolTip(self.tr("Open the deadline again (Ctrl+Z)"))
        self.close_button = QToolButton()
        self.close_button.setText("×")
        self.close_button.setAutoRaise(True)
        self.close_button.setToolTip(self.tr("Hide"))
        self.close_button.setAccessibleName(self.tr("Hide"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 4, 4)
        layout.addWidget(self.message, 1)
        layout.addWidget(self.undo)
        layout.addWidget(self.close_button)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(HIDE_AFTER_MS)
        self._timer.timeout.connect(self.hide)
        self.undo.clicked.connect(self._undo)
        self.close_button.clicked.connect(self.hide)
        self.hide()

    def offer(self, message: str) -> None:
        """Show ``message`` with the Undo button (replacing any earlier offer)."""
        self.message.setText(message)
        self.undo.setEnabled(True)
        self.show()
        self._timer.start()

    def say(self, message: str) -> None:
        """Show ``message`` without an Undo (after undoing, or when it failed)."""
        self.message.setText(message)
        self.undo.setEnabled(False)
        self.show()
        self._timer.start()

    def _undo(self) -> None:
        self.undo.setEnabled(False)  # a second click must not undo twice
        self.undoRequested.emit()
