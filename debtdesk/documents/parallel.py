"""A second process that lays out part of a large batch while this one lays out the rest.

Laying out a thousand letters is pure Python in reportlab and holds one core
for seconds; an advisor's laptop has at least two. A :class:`Helper` is a
fresh Python process running :func:`_serve` (``python -c``: a plain subprocess
rather than ``multiprocessing``, whose ``spawn`` runs the caller's main script
again in the child, which an unguarded script or tool would turn into a second
batch). It is started as soon as a batch is known to be large, so its start
(importing reportlab, reading the fonts: about a second of CPU) overlaps the
database work of the batch in this process. It receives letters as blocks
(plain data, pickled over its standard input), renders them with
:func:`debtdesk.documents.pdf.render_many` exactly as this process would, and
sends back the PDF and its page ranges; :mod:`debtdesk.documents.concat`
joins the parts.

A batch sends more than blocks: a :class:`FillJob` carries the letters'
contexts (plain data, as the templates see them) and where the templates are,
and the helper fills the templates itself (:func:`_fill`), then lays the
letters out. Filling a template costs about a tenth of laying the letter
out, and pickling a context no more than pickling the blocks it gives, so
that work leaves the batch's own process, whose path (reading the cases,
joining, registering) is the longer, and the helper starts its letters as
soon as the contexts are numbered instead of after this process wrote them.
A template that fails in the helper is reported back by position with its
one-line message, the same words this process would have written.

Nothing of the database crosses to the helper, and the helper writes nothing:
if it fails or dies, the caller writes and lays the part out itself.
"""

from __future__ import annotations

import contextlib
import gc
import os
import pickle
import struct
import subprocess
import sys
import threading
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

PageRange = tuple[int, int]
# Below this many letters a helper costs more (its start) than it saves.
MIN_LETTERS = 150


def helper_share(letters: int) -> int:
    """How many of ``letters`` this process lays out itself; the helper takes the rest.

    A little under half: this process also writes its letters after sending
    the helper's, and joins the parts at the end.
    """
    return max(1, letters * 9 // 20)


def fill_share(letters: int) -> int:
    """How many of a batch's ``letters`` this process writes and lays out (:class:`FillJob`).

    The helper writes and lays out the rest. Both start their letters at about
    the same moment (the helper's own start overlaps the reading of the cases)
    and this process still has to join the parts and register the letters, so
    it takes a little under half. Measured: bench/letters.py, both processes'
    CPU seconds.
    """
    return max(1, letters * FILL_SHARE_PERCENT // 100)


# Percent of a filled batch this process keeps (see fill_share).
FILL_SHARE_PERCENT = 50


@dataclass(frozen=True)
class FillJob:
    """Letters for the helper to write from their contexts, then lay out.

    ``user_dir``, ``builtin_dir`` and ``limits`` rebuild the batch's
    :class:`~debtdesk.documents.templates.TemplateLibrary` in the helper;
    ``info`` is the template's meta data as the batch read it; ``language``
    the language of this process's messages, so that a failing template is
    described in the words this process would use.
    """

    user_dir: Path | None
    builtin_dir: Path
    limits: Any  # documents.limits.RenderLimits
    key: str
    info: Any  # documents.templates.TemplateInfo
    data: list[Mapping[str, Any]]
    meta: Any  # documents.pdf.PdfMeta
    language: str


class LetterFailed(Exception):
    """A template failed in the helper: ``position`` in the job, ``message`` as written."""

    def __init__(self, position: int, message: str) -> None:
        super().__init__(message)
        self.position = position
        self.message = message


def _fill(job: FillJob) -> tuple[Any, ...]:
    """The helper's side of a :class:`FillJob`: write every letter, then lay them out."""
    from debtdesk.documents.errors import TemplateError
    from debtdesk.documents.pdf import Letter, collector_paused, render_many
    from debtdesk.documents.templates import TemplateLibrary
    from debtdesk.i18n import set_language

    set_language(job.language)
    library = TemplateLibrary(job.user_dir, builtin_dir=job.builtin_dir, limits=job.limits)
    letters = []
    with collector_paused():  # as in the batch's own process (see pdf.collector_paused)
        for position, data in enumerate(job.data):
            try:
                blocks = library.render_blocks(job.key, data["lang"], data, info=job.info)
            except TemplateError as exc:
                return ("failed", position, str(exc))
            letters.append(Letter(blocks, job.info.style, data["lang"]))
        pdf, ranges = render_many(letters, job.meta)
    return ("ok", pdf, ranges)


def usable_cpus() -> int:
    """How many processors this process may run on: its affinity where the system has
    one (``taskset``, a container's CPU set), else the machine's count.

    ``os.cpu_count`` counts the machine's: pinned to one processor, a helper
    would share it with this process and add its start and the pickling to
    the batch (1,000 letters on one processor: 3.3 s with a helper, 2.8 s without).
    """
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):  # Windows and macOS have no affinity call
        return os.cpu_count() or 1


def start_helper(letters: int) -> Helper | None:
    """A helper for a batch of ``letters``, or None (not worth it, or no process could start)."""
    if letters < MIN_LETTERS or usable_cpus() < 2:
        return None
    if getattr(sys, "frozen", False):  # a bundled app: its executable is not a Python
        return None
    try:
        return Helper()
    except (OSError, ValueError, subprocess.SubprocessError):
        return None


_FRAME = struct.Struct(">Q")


def _send(stream: IO[bytes], message: Any) -> None:
    data = pickle.dumps(message, protocol=pickle.HIGHEST_PROTOCOL)
    stream.write(_FRAME.pack(len(data)))
    stream.write(data)
    stream.flush()


def _receive(stream: IO[bytes]) -> Any:
    head = stream.read(_FRAME.size)
    if len(head) < _FRAME.size:
        raise EOFError("the other process ended")
    (size,) = _FRAME.unpack(head)
    data = stream.read(size)
    if len(data) < size:
        raise EOFError("the other process ended")
    return pickle.loads(data)


def _serve() -> None:
    """The helper's loop: warm up, then render what it is sent until told to stop.

    The replies go out on a copy of standard output, and standard output
    itself is pointed at standard error, so a stray print cannot corrupt them.
    """
    replies = os.fdopen(os.dup(1), "wb")
    os.dup2(2, 1)
    requests = sys.stdin.buffer
    from debtdesk.documents.fonts import ensure_fonts
    from debtdesk.documents.pdf import collector_paused, render_many
    from debtdesk.documents.templates import TemplateLibrary  # noqa: F401  (warm: a FillJob's)

    ensure_fonts()
    # What the start loaded stays for the process's life: no collection need
    # walk it again (a batch's letters make collections frequent).
    gc.freeze()
    while True:
        try:
            with collector_paused():  # unpickling a thousand contexts builds many objects
                job = _receive(requests)
        except EOFError:
            return
        if job is None:
            return
        try:
            if isinstance(job, FillJob):
                answer = _fill(job)
            else:
                letters, meta, invariant = job
                pdf, ranges = render_many(letters, meta, invariant=invariant)
                answer = ("ok", pdf, ranges)
        except Exception as exc:  # sent back; the caller renders the part itself
            _send(replies, ("error", f"{type(exc).__name__}: {exc}"))
        else:
            _send(replies, answer)


def _reap(process: subprocess.Popen[bytes]) -> None:
    try:
        process.wait(10)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


class HelperFailed(Exception):
    """The helper could not render its part (the caller renders it instead)."""


class Helper:
    """One helper process, started at once; :meth:`close` always (or use ``with``)."""

    def __init__(self) -> None:
        env = dict(os.environ)
        # The helper imports debtdesk from wherever this process found it.
        env["PYTHONPATH"] = os.pathsep.join(p for p in sys.path if p)
        self._process = subprocess.Popen(
            [sys.executable, "-c", f"from {__name__} import _serve; _serve()"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            env=env,
        )
        self._busy = False
        self._closed = False
        self._sender: threading.Thread | None = None

    def start(self, letters: Sequence[Any], meta: Any, invariant: bool) -> None:
        """Send ``letters`` (``pdf.Letter`` items) to be rendered; collect with :meth:`result`."""
        assert self._process.stdin is not None
        try:
            _send(self._process.stdin, (list(letters), meta, invariant))
        except (OSError, ValueError, pickle.PicklingError) as exc:
            raise HelperFailed(str(exc)) from None
        self._busy = True

    def fill(self, job: FillJob) -> None:
        """Send letters to be written and laid out; collect with :meth:`result`.

        The job is pickled here but written by a thread: a helper still
        starting reads it only once it is ready, and this process has its own
        letters to write meanwhile.
        """
        stdin = self._process.stdin
        assert stdin is not None
        try:
            data = pickle.dumps(job, protocol=pickle.HIGHEST_PROTOCOL)
        except (pickle.PicklingError, TypeError, AttributeError) as exc:
            raise HelperFailed(str(exc)) from None

        def write() -> None:
            with contextlib.suppress(OSError, ValueError):  # a dead helper: result() says so
                stdin.write(_FRAME.pack(len(data)))
                stdin.write(data)
                stdin.flush()

        self._sender = threading.Thread(target=write, name="debtdesk-helper-send", daemon=True)
        self._sender.start()
        self._busy = True

    def result(self) -> tuple[bytes, list[PageRange]]:
        """The PDF and page ranges of the letters sent.

        Raises :class:`LetterFailed` when a template of a :class:`FillJob`
        failed, and HelperFailed for anything else.
        """
        assert self._process.stdout is not None
        if not self._busy:
            raise HelperFailed("nothing was sent")
        self._busy = False
        if self._sender is not None:
            self._sender.join()
            self._sender = None
        try:
            answer = _receive(self._process.stdout)
        except (EOFError, OSError, pickle.UnpicklingError) as exc:
            raise HelperFailed(f"the helper process ended: {exc!r}") from None
        if answer[0] == "failed":
            raise LetterFailed(int(answer[1]), str(answer[2]))
        if answer[0] != "ok":
            raise HelperFailed(str(answer[1]))
        return answer[1], answer[2]

    def close(self) -> None:
        """Stop the process: at once if it is still working (its result is not wanted)."""
        process = self._process
        if self._closed:
            return
        self._closed = True
        if process.poll() is None:
            if self._busy:
                process.kill()
            else:
                try:
                    assert process.stdin is not None
                    _send(process.stdin, None)
                except (OSError, ValueError):
                    process.kill()
        for stream in (process.stdin, process.stdout):
            if stream is not None:
                with contextlib.suppress(OSError):  # unsent bytes to a helper that died
                    stream.close()
        # Its exit (freeing a large heap) is not waited for; a thread reaps it.
        threading.Thread(
            target=_reap, args=(process,), name="debtdesk-helper-reaper", daemon=True
        ).start()

    def __enter__(self) -> Helper:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
