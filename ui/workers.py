"""Run a long operation off the GUI thread; results, errors and progress come back by signal.

The operation is a plain function of a ``Progress``: it calls an operation of
``ui.operations`` (which opens its own session) and never touches a widget.
``Progress`` speaks the core's two conventions at once:

- ``progress(done, total)`` and ``cancel()`` callables, as
  ``debtdesk.documents.batch.batch_letters(progress=..., cancel=...)`` takes:
  pass ``progress=p, cancel=p.is_cancelled``;
- a progress callable that raises to stop, as ``debtdesk.demo.generate``
  expects: pass ``progress=p.report_or_stop``.

Either way the core unwinds its own transaction, so a cancelled operation
leaves the data as it was. Signals are emitted from the pool thread and
delivered, queued, on the GUI thread (the ``Worker`` lives there).
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QRunnable, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QWidget

from debtdesk.errors import DebtdeskError

log = logging.getLogger(__name__)

__all__ = ["Cancelled", "Progress", "Worker"]

PROGRESS_INTERVAL_S = 0.05


class Cancelled(DebtdeskError):
    """Raised inside an operation when the person pressed Cancel."""

    def __init__(self) -> None:
        super().__init__(QCoreApplication.translate("workers", "Cancelled"))


class Progress:
    """Handed to the operation: report progress, ask whether to stop (thread-safe)."""

    def __init__(self, report: Callable[[int, int, str], None]) -> None:
        self._report = report
        self._cancel = threading.Event()
        self._text = ""

    def __call__(self, done: int, total: int) -> None:
        self._report(done, total, self._text)

    def set_text(self, text: str) -> None:
        """What is being done now (shown above the bar with the next report)."""
        self._text = text

    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def check(self) -> None:
        """Raise ``Cancelled`` if Cancel was pressed (for operations that poll)."""
        if self._cancel.is_set():
            raise Cancelled()

    def report_or_stop(self, done: int, total: int) -> None:
        """Report, then raise ``Cancelled`` if asked to stop (for progress-raises cores)."""
        self(done, total)
        self.check()

    def cancel(self) -> None:
        self._cancel.set()


class _Job(QRunnable):
    def __init__(self, worker: Worker) -> None:
        super().__init__()
        self._worker = worker

    def run(self) -> None:
        self._worker._run()


class Worker(QObject):
    """One operation run once on the shared thread pool.

    Signals (all delivered on the GUI thread): ``progressed(done, total, text)``;
    then exactly one of ``succeeded(result)``, ``failed(message)`` or
    ``cancelled()``; then ``finished()``. ``failed`` carries a message meant for
    people: a ``DebtdeskError``'s own text, or one line for anything unexpected
    (the traceback goes to the log, never to the window). ``error`` keeps the
    exception, so a form can put a ``ValidationError`` beside its field.
    """

    progressed = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(str)
    cancelled = Signal()
    finished = Signal()

    # Workers still running, kept alive until they finish (Qt owns no reference).
    _running: set[Worker] = set()  # noqa: RUF012 — shared on purpose

    def __init__(self, operation: Callable[[Progress], Any], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._operation = operation
        self.progress = Progress(self._emit_progress)
        self.error: BaseException | None = None
        self._done = threading.Event()
        self._last_emit = float("-inf")
        self._last_text = ""

    def start(self, pool: QThreadPool | None = None) -> None:
        """Run the operation on ``pool`` (the global pool); connect the signals first."""
        Worker._running.add(self)
        self.finished.connect(self._release)
        (pool or QThreadPool.globalInstance()).start(_Job(self))

    def cancel(self) -> None:
        """Ask the operation to stop at its next check (it cannot be interrupted midway)."""
        self.progress.cancel()

    def is_running(self) -> bool:
        return self in Worker._running and not self._done.is_set()

    def wait(self, timeout: float | None = None) -> bool:
        """Block until the operation has returned (signals may still be queued)."""
        return self._done.wait(timeout)

    @classmethod
    def cancel_all(cls, timeout: float = 10.0) -> None:
        """Cancel every running worker and wait for them (before closing the database)."""
        for worker in list(cls._running):
            worker.cancel()
        for worker in list(cls._running):
            worker.wait(timeout)

    def _emit_progress(self, done: int, total: int, text: str) -> None:
        # A tight loop may report thousands of times a second: the bar needs a few.
        now = time.monotonic()
        last = done >= total or text != self._last_text
        if last or now - self._last_emit >= PROGRESS_INTERVAL_S:
            self._last_emit = now
            self._last_text = text
            self.progressed.emit(int(done), int(total), text)

    def _run(self) -> None:
        try:
            result = self._operation(self.progress)
        except BaseException as exc:
            self.error = exc
            if self.progress.is_cancelled() and isinstance(exc, DebtdeskError):
                # Cancelled, or the core's own "cancelled" error (BatchCancelled).
                self.cancelled.emit()
            elif isinstance(exc, DebtdeskError):
                self.failed.emit(exc.message)
            else:
                log.error("a background operation failed", exc_info=exc)
                message = QCoreApplication.translate("workers", "Unexpected error: {error}")
                self.failed.emit(message.format(error=f"{type(exc).__name__}: {exc}"))
        else:
            self.succeeded.emit(result)
        finally:
            self._done.set()
            self.finished.emit()

    def _release(self) -> None:
        # Runs on the GUI thread after every slot connected before ``start``: only
        # then may the last reference go (queued calls die with their sender).
        Worker._running.discard(self)


class _AfterPaint(QObject):
    """Calls ``callback`` once, from the event loop, after ``widget``'s first paint."""

    def __init__(self, widget: QWidget, callback: Callable[[], None], fallback_ms: int) -> None:
        super().__init__(widget)
        self._callback: Callable[[], None] | None = callback
        widget.installEventFilter(self)
        # A widget that is never painted (hidden, minimised) still gets its work done.
        QTimer.singleShot(fallback_ms, self, self._fire)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self._callback is not None:
            QTimer.singleShot(0, self, self._fire)
        return False

    def _fire(self) -> None:
        callback, self._callback = self._callback, None
        if callback is not None:
            parent = self.parent()
            if isinstance(parent, QWidget):
                parent.removeEventFilter(self)
            callback()


def after_first_paint(
    widget: QWidget, callback: Callable[[], None], fallback_ms: int = 2000
) -> None:
    """Run ``callback`` on the GUI thread once ``widget`` has been painted.

    Background work that imports heavy modules (the holiday calendar, the PDF
    machinery) holds the GIL while it imports: started before the first paint,
    it delays the first screen. Started from here, it runs while the person
    reads the screen.
    """
    _AfterPaint(widget, callback, fallback_ms)
