"""Time and size budget of one template render.

Templates may be written by any advisor, so a render must end, and end small,
whatever the template says. Three guards share one budget:

* cooperative checks: every call, attribute lookup, operator and output chunk
  the sandbox sees looks at the clock and the sizes (cheap, and portable);
* size pre-checks before anything is allocated (``'x' * 10**9`` fails before
  it asks for a gigabyte), see :mod:`debtdesk.documents.sandbox`;
* a watchdog thread (one for the process) that, past the deadline, raises :class:`RenderTimeout`
  inside the rendering thread (``PyThreadState_SetAsyncExc``). Jinja compiles
  ``{% for %}`` to a plain Python loop that calls nothing the sandbox sees, so
  only an exception delivered from outside stops a loop with no output.
"""

from __future__ import annotations

import ctypes
import itertools
import threading
import time
from collections.abc import Callable
from contextvars import ContextVar
from dataclasses import dataclass
from typing import Any, TypeVar

T = TypeVar("T")


@dataclass(frozen=True)
class RenderLimits:
    """How long and how large one render may become."""

    seconds: float = 2.0
    max_chars: int = 1_000_000  # output, and any single string or list built on the way
    max_range: int = 10_000  # items of range()
    max_int_bits: int = 4_096  # a template has no use for bigger numbers
    max_template_chars: int = 200_000  # source of one template file


class RenderTimeout(Exception):
    """The render went past its time limit."""


class OutputTooLarge(Exception):
    """The render (or a value it built) went past its size limit."""


@dataclass
class Budget:
    limits: RenderLimits
    deadline: float
    lang: str
    written: int = 0
    produced: int = 0

    def tick(self) -> None:
        if time.monotonic() > self.deadline:
            raise RenderTimeout

    def check_size(self, size: int) -> None:
        if size > self.limits.max_chars:
            raise OutputTooLarge

    def check_value(self, value: Any) -> None:
        if isinstance(value, str | list | tuple | dict | set | bytes):
            self.check_size(len(value))

    def printed(self, value: Any) -> None:
        """Count a value a template prints, also inside macros and ``{% set %}`` blocks.

        Those buffers never reach the output stream until they are complete, so
        without this count a loop could fill memory with copies of a large value.
        """
        if isinstance(value, str):
            size = len(value)
            most = self.limits.max_chars
            if size > most:
                raise OutputTooLarge
            self.produced += size
            if self.produced > 4 * most:
                raise OutputTooLarge

    def wrote(self, chunk: str) -> None:
        """Count an output chunk: the size and the clock, as check_size and tick do."""
        self.written += len(chunk)
        if self.written > self.limits.max_chars:
            raise OutputTooLarge
        if time.monotonic() > self.deadline:
            raise RenderTimeout


_NO_BUDGET = Budget(RenderLimits(), float("inf"), "en")
_current: ContextVar[Budget] = ContextVar("debtdesk_render_budget", default=_NO_BUDGET)


def budget() -> Budget:
    """The budget of the render running in this thread (unlimited time outside one)."""
    return _current.get()


def _async_raise(thread_id: int, exc: type[BaseException] | None) -> None:
    set_async_exc = getattr(getattr(ctypes, "pythonapi", None), "PyThreadState_SetAsyncExc", None)
    if set_async_exc is not None:  # CPython; elsewhere only the cooperative checks run
        set_async_exc(ctypes.c_ulong(thread_id), ctypes.py_object(exc) if exc else None)


@dataclass
class _Armed:
    thread_id: int
    deadline: float
    fired: bool = False


class _Watchdog:
    """One thread for every render of the process, started on the first one.

    A thread per render cost a thread start and a join for each letter: on a
    busy machine those hand-overs took longer than laying the letter out (a
    thousand-letter batch waited seconds for them). This one sleeps until the
    earliest armed deadline; arming a render with a later deadline than the one
    it sleeps towards does not wake it (renders follow one another, so it
    usually wakes once per ``seconds`` at most, finds the next render armed and
    sleeps on).
    """

    def __init__(self) -> None:
        self.cond = threading.Condition(threading.Lock())
        self.armed: dict[int, _Armed] = {}  # by token
        self.waking_at: float | None = None  # when the sleeping thread looks again
        self.thread: threading.Thread | None = None
        self.tokens = itertools.count(1)

    def token(self) -> int:
        """A new token for one render (taken before arming, so a disarm always knows it)."""
        return next(self.tokens)

    def arm(self, token: int, seconds: float) -> None:
        """Watch the calling thread for ``seconds`` under ``token``."""
        entry = _Armed(threading.get_ident(), time.monotonic() + seconds)
        with self.cond:
            self.armed[token] = entry
            if self.thread is None or not self.thread.is_alive():
                self.thread = threading.Thread(
                    target=self._run, name="debtdesk-render-watchdog", daemon=True
                )
                self.thread.start()
            elif self.waking_at is None or entry.deadline < self.waking_at:
                self.cond.notify()

    def disarm(self, token: int) -> None:
        """Stop watching; drops an exception fired at the thread but not yet delivered."""
        with self.cond:
            entry = self.armed.pop(token, None)
            if entry is not None and entry.fired:
                _async_raise(entry.thread_id, None)

    def _run(self) -> None:
        with self.cond:
            while True:
                now = time.monotonic()
                for entry in self.armed.values():
                    if entry.deadline <= now:
                        entry.fired = True
                        _async_raise(entry.thread_id, RenderTimeout)
                        # Raise again if something in between swallowed this one.
                        entry.deadline = now + 0.25
                self.waking_at = min((e.deadline for e in self.armed.values()), default=None)
                self.cond.wait(None if self.waking_at is None else self.waking_at - now)


_watchdog = _Watchdog()


def run_limited(work: Callable[[Budget], T], limits: RenderLimits, lang: str) -> T:
    """``work(budget)`` under ``limits``; raises RenderTimeout or OutputTooLarge past them.

    Written without ``with`` or ``finally`` on purpose: the watchdog's exception
    can arrive at any bytecode, including the first one of a cleanup function,
    so stopping the watchdog is retried until it has certainly stopped.
    """
    current = Budget(limits, time.monotonic() + limits.seconds, lang)
    token = _current.set(current)
    armed = _watchdog.token()
    failure: BaseException | None = None
    result: T | None = None
    try:
        _watchdog.arm(armed, limits.seconds)
        result = work(current)
    except BaseException as exc:  # re-raised below, once the watchdog is stopped
        failure = exc
    while True:
        try:
            _watchdog.disarm(armed)
            break
        except RenderTimeout:  # arrived after the work was done: the work stands
            continue
    _current.reset(token)
    if failure is not None:
        raise failure
    return result  # type: ignore[return-value]
