"""The window a modal question is shown over.

``QApplication.activeWindow()`` may name a window that has been closed and is
waiting for its deferred deletion (``deleteLater``): a dialog parented to it
dies with it inside its own ``exec()`` and reads as cancelled. Only a visible
window is taken; otherwise the question stands alone.
"""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QWidget


def dialog_parent() -> QWidget | None:
    """The active window when it is on screen, else None."""
    window = QApplication.activeWindow()
    return window if window is not None and window.isVisible() else None
