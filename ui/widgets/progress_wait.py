"""Run a file operation in a worker and wait for it, with a progress window meanwhile.

Restoring, encrypting or re-keying a database file cannot be interrupted
halfway (the core swaps a checked copy in at the end) and the caller has
nothing to show until it is done: the window is closed, the database too.
So the caller waits — in a local event loop, which keeps the progress window
painted and works before ``QApplication.exec`` as well as inside it — and
gets the result back, or the operation's exception raised again.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEventLoop
from PySide6.QtWidgets import QWidget

from ui.widgets.progress import SHOW_AFTER_MS, ProgressDialog
from ui.workers import Progress, Worker


def run_with_progress(
    operation: Callable[[Progress], Any],
    title: str,
    text: str,
    parent: QWidget | None = None,
    *,
    show_after_ms: int = SHOW_AFTER_MS,
) -> Any:
    """``operation(progress)`` on the thread pool; its result, or its exception raised."""
    worker = Worker(operation)
    dialog = ProgressDialog(worker, title, text, parent)
    dialog.setObjectName("vaultProgress")
    # The core cannot stop midway: no Cancel button that would only pretend to.
    dialog.panel.cancel_button.hide()
    outcome: list[Any] = []
    worker.succeeded.connect(outcome.append)
    loop = QEventLoop()
    worker.finished.connect(loop.quit)
    worker.start()
    dialog.follow(show_after_ms)
    # ``finished`` is queued to this thread: even a worker done already quits the loop.
    loop.exec()
    dialog.deleteLater()
    if worker.error is not None:
        raise worker.error
    return outcome[0] if outcome else None
