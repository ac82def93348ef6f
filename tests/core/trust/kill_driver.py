"""A debtdesk process for the kill tests to shoot: it says how far its writing got.

Run as ``python kill_driver.py PAUSE cli ARGS…`` (the ``debtdesk`` command line
with ``ARGS``) or ``python kill_driver.py PAUSE edit URL CASE_ID`` (two edits of
a case: the first committed, the second, once a line comes on stdin, the one
to kill).

Every write statement the program sends prints ``WRITE n`` and every commit
``COMMIT`` on stdout, so the test knows, rather than guesses, that the process
is in the middle of its transaction. ``PAUSE`` makes the process stop and wait
to be killed: at the ``n``-th write (a number), just before the commit
(``commit``), or never (``never``: the test kills it while it runs on). The
hooks are SQLAlchemy's engine events on the ``Engine`` class, so every engine
the program makes reports, and the program itself is run unchanged.
"""

from __future__ import annotations

import sys
import time
from typing import Any

from sqlalchemy import Engine, event

_WRITES = ("insert", "update", "delete", "replace")
_state = {"armed": False, "writes": 0}


def _say(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def _wait_to_be_killed() -> None:
    _say("PAUSED")
    time.sleep(3600)
    sys.exit(3)  # never reached in a test: the test kills first


def install(pause: str) -> None:
    @event.listens_for(Engine, "after_cursor_execute")
    def _after(
        conn: Any, cursor: Any, statement: str, params: Any, context: Any, executemany: bool
    ) -> None:
        if not _state["armed"] or not statement.lstrip().lower().startswith(_WRITES):
            return
        _state["writes"] += 1
        _say(f"WRITE {_state['writes']}")
        if pause == str(_state["writes"]):
            _wait_to_be_killed()

    @event.listens_for(Engine, "commit")
    def _commit(conn: Any) -> None:
        if not _state["armed"]:
            return
        _say("COMMIT")
        if pause == "commit":
            _wait_to_be_killed()


def run_cli(args: list[str]) -> int:
    from debtdesk.cli import main

    _state["armed"] = True
    return main(args)


def run_edit(url: str, case_id: int) -> int:
    """Edit 1 is committed (and said so); edit 2 changes the person and adds a hearing."""
    from debtdesk.db import open_database
    from debtdesk.services import debtors, proceedings

    db = open_database(url, advisor="Kill Driver")
    with db.session() as s:
        debtors.update_debtor(s, case_id, {"city": "Committed City", "minors": 1})
    _say("COMMITTED")
    sys.stdin.readline()  # the test looks at the committed state, then says go
    _state["armed"] = True
    with db.session() as s:
        debtors.update_debtor(s, case_id, {"city": "Half Done City", "address": "ул. Полу, 1"})
        proceedings.add_event(s, case_id, {"kind": "hearing", "date": "2026-12-15"})
        proceedings.add_event(s, case_id, {"kind": "decision_final_form", "date": "2026-11-20"})
    db.dispose()
    return 0


def main(argv: list[str]) -> int:
    pause, mode, *rest = argv
    install(pause)
    code = run_cli(rest) if mode == "cli" else run_edit(rest[0], int(rest[1]))
    _say(f"DONE {code}")
    return code


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
