"""Benchmark of starting the app: process start to an interactive register (prints figures).

Each run is a new Python process, timed from just before it is started (the
parent's clock) to the moment the register is interactive: its table has
painted the first page and a zero-delay timer has fired after that paint (the
event loop is idle, so a key typed then is handled at once). Against it, in
the same run and alternating with it, a bare ``QMainWindow`` process timed the
same way: the ratio says what debtdesk adds to what any Qt window costs.

Also printed: the heavy modules imported before the first paint (none of
``HEAVY`` should be: the first screen does not need them; babel is not among
them since the Today page, the first screen, writes its dates with it, as
letters do: ``debtdesk.formats``), and the CPU seconds of each child, to the
interactive moment and in all (the machine may be shared: CPU seconds wait for
nobody).

The first screen is read without SQLAlchemy (``debtdesk.first_screen``); the
database layer is imported and opened in a thread after the first paint
(``debtdesk.db.deferred``). So the app child, at the interactive moment, also
types one key into the search box and times it until its rows are shown: the
worst case of a person typing at once, since that search waits for the open.
Then it watches the event loop for ``WATCH_S`` seconds (a timer every
``BEAT_MS``) and prints the longest stall: while the letters load in that
thread, the window must go on answering.

Both children run with bytecode caching on, as an installed debtdesk runs
(pip compiles the package as it installs it). A development shell may set
``PYTHONDONTWRITEBYTECODE``: the ~110 debtdesk modules the start imports would
then be compiled from source on every start (about 1 s of CPU), which no user
pays. The ``.pyc`` files go to a folder under the temporary directory
(``PYTHONPYCACHEPREFIX``), not into the checkout; the warm-up run fills it.

Targets on a 20,000-case database: at most 1.0 s, at most 3× the bare window.

    python bench/startup.py --database sqlite:////tmp/mid20k.sqlite3 [--runs 5]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time

HEAVY = (
    "sqlalchemy",  # the first screen is read without it (debtdesk.first_screen)
    "reportlab",
    "jinja2",
    "holidays",
    "alembic",
    "openpyxl",
    "PySide6.QtPdf",
    "sqlalchemy.dialects.postgresql",  # on a SQLite file
)
TARGET_S = 1.0
# After the first key, how long the window is watched for stalls, and how often.
WATCH_S = 4.0
BEAT_MS = 10
TARGET_RATIO = 3.0


def _child(kind: str, database: str, started: float) -> None:
    """Run in the child: start, wait for the first paint and idle, print JSON, exit."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    result: dict[str, object] = {}

    class FirstPaint(QObject):
        def __init__(self, app: QApplication) -> None:
            super().__init__()
            self.app = app
            self.painted = False

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and not self.painted:
                self.painted = True
                result["heavy_before_paint"] = [m for m in HEAVY if m in sys.modules]
                QTimer.singleShot(0, self.idle)
            return False

        def idle(self) -> None:
            result["seconds"] = time.time() - started
            result["cpu"] = time.process_time()
            if kind == "bare":
                self.app.quit()
                return
            # A key typed at that very moment: how long until its rows are shown
            # (the database layer may still be loading in its thread: see below).
            from PySide6.QtCore import Qt
            from PySide6.QtGui import QKeyEvent

            page = window.cases_page
            typed = time.time()

            def shown(_rows: int) -> None:
                result["first_key_s"] = time.time() - typed
                page.resultsShown.disconnect(shown)
                self.watch_beats()

            page.resultsShown.connect(shown)
            key = QKeyEvent(QEvent.Type.KeyPress, 0, Qt.KeyboardModifier.NoModifier, "а")
            QApplication.sendEvent(page.search, key)

        def watch_beats(self) -> None:
            """For ``WATCH_S`` seconds, the longest the event loop did not answer."""
            beats: list[float] = [time.monotonic()]
            longest = [0.0]

            def beat() -> None:
                now = time.monotonic()
                longest[0] = max(longest[0], now - beats[-1])
                beats.append(now)

            def done() -> None:
                result["longest_stall_s"] = longest[0]
                self.app.quit()

            self.beat = QTimer()
            self.beat.timeout.connect(beat)
            self.beat.start(BEAT_MS)
            QTimer.singleShot(int(WATCH_S * 1000), done)

    if kind == "bare":
        app = QApplication(sys.argv[:1])
        window = QMainWindow()
        window.resize(1366, 768)
        watcher = FirstPaint(app)
        window.installEventFilter(watcher)
        window.show()
    else:
        from ui.app import Application, Options, make_application

        app = make_application()
        controller = Application(Options(database=database, advisor="bench"))
        if not controller.start():
            raise SystemExit("the app did not start")
        window = controller.window
        assert window is not None
        # The app opens on Today; the measure is the register, so go there
        # at once (Today has been built and read by then: its cost is counted).
        window.show_page("cases")
        window.resize(1366, 768)
        watcher = FirstPaint(app)
        table = window.cases_page.table
        table.viewport().installEventFilter(watcher)
        result["rows"] = window.cases_page.model.rowCount()
    app.exec()
    if kind == "app":
        controller.shutdown()  # as ``debtdesk`` exits: workers and the opening thread end
    print(json.dumps(result))


def _run(kind: str, database: str, env: dict[str, str]) -> dict:
    started = time.time()
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    out = subprocess.run(
        [
            sys.executable,
            __file__,
            "--child",
            kind,
            "--database",
            database,
            "--started",
            str(started),
        ],
        capture_output=True,
        text=True,
        env=env,
        check=True,
    )
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    result = json.loads(out.stdout.strip().splitlines()[-1])
    result["child_cpu"] = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database", required=True, help="URL of a filled database")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--child", choices=["bare", "app"], help=argparse.SUPPRESS)
    parser.add_argument("--started", type=float, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        _child(args.child, args.database, args.started)
        return 0

    settings = tempfile.mkdtemp(prefix="debtdesk-startup-")
    pycache = os.path.join(tempfile.gettempdir(), "debtdesk-startup-pycache")
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        XDG_CONFIG_HOME=settings,
        PYTHONPYCACHEPREFIX=pycache,
    )
    env.pop("DEBTDESK_DATABASE_URL", None)
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # an installed app has its bytecode
    _run("app", args.database, env)  # warm the file cache and the bytecode
    _run("bare", args.database, env)
    runs: dict[str, list[dict]] = {"bare": [], "app": []}
    for _ in range(args.runs):
        for kind in ("bare", "app"):
            runs[kind].append(_run(kind, args.database, env))
    print(f"database: {args.database}; {args.runs} runs of each, alternating")
    # CPU to interactive: every thread of the child up to that moment; CPU in all:
    # until it exited, with the work started after the first paint (the file's
    # check, the holiday calendar) as far as it got. Medians.
    print(
        f"{'':<22} {'min s':>7} {'median s':>9} {'max s':>7}"
        f" {'CPU to interactive':>19} {'CPU in all':>11}"
    )
    medians = {}
    cpu_medians = {}
    for kind, label in (("bare", "bare QMainWindow"), ("app", "debtdesk register")):
        seconds = [r["seconds"] for r in runs[kind]]
        cpu = statistics.median(r["cpu"] for r in runs[kind])
        cpu_all = statistics.median(r["child_cpu"] for r in runs[kind])
        medians[kind] = statistics.median(seconds)
        cpu_medians[kind] = cpu
        print(
            f"{label:<22} {min(seconds):>7.2f} {medians[kind]:>9.2f} {max(seconds):>7.2f}"
            f" {cpu:>19.2f} {cpu_all:>11.2f}"
        )
    app_runs = runs["app"]
    print(f"rows on the first page: {app_runs[0].get('rows')}")
    first_key = [r["first_key_s"] for r in app_runs if "first_key_s" in r]
    if first_key:
        print(
            "a key typed at the interactive moment, until its rows are shown "
            f"(waits for the database layer's import): median {statistics.median(first_key):.2f} s,"
            f" max {max(first_key):.2f} s"
        )
    stalls = [r["longest_stall_s"] for r in app_runs if "longest_stall_s" in r]
    if stalls:
        print(
            f"then, for {WATCH_S:.0f} s (the database layer and the letters loading in their"
            f" thread), the longest the window did not answer: median"
            f" {statistics.median(stalls) * 1000:.0f} ms, max {max(stalls) * 1000:.0f} ms"
        )
    heavy = sorted({m for r in app_runs for m in r.get("heavy_before_paint", [])})
    print(f"heavy modules imported before the first paint: {', '.join(heavy) or 'none'}")
    ratio = medians["app"] / medians["bare"]
    print(
        f"\nstart to interactive register: median {medians['app']:.2f} s "
        f"({'meets' if medians['app'] <= TARGET_S else 'MISSES'} the {TARGET_S:.1f} s target), "
        f"{ratio:.1f}× a bare QMainWindow "
        f"({'meets' if ratio <= TARGET_RATIO else 'MISSES'} the {TARGET_RATIO:.0f}× aim)"
    )
    # On a shared machine the wall clock waits for other people's work; CPU does not.
    print(f"CPU to interactive: {cpu_medians['app'] / cpu_medians['bare']:.1f}× a bare QMainWindow")
    return 0


if __name__ == "__main__":
    sys.exit(main())
