"""Benchmark of the vault: integrity check on open, backups, encryption, restore (prints figures).

Works on a copy of the SQLite file given (made with the backup API, so the
original is only read) in a temporary folder, removed at the end. Each step
prints wall and CPU seconds (the machine may be shared) and the file size.

    python bench/vault.py /tmp/mid20k.sqlite3      # a 20,000-case demo database

Make one with ``debtdesk --database /tmp/mid20k.sqlite3 demo --cases 20000``.
"""

from __future__ import annotations

import argparse
import shutil
import sqlite3
import tempfile
import time
from collections.abc import Callable
from contextlib import closing
from pathlib import Path
from typing import Any

from debtdesk.db import crypto, integrity, open_database, vault
from debtdesk.db.backup import MANUAL, backup_on_close, backup_sqlite, make_backup
from debtdesk.db.restore import restore_backup

PASSPHRASE = "bench passphrase 2026"


def timed(label: str, work: Callable[[], Any]) -> Any:
    wall, cpu = time.perf_counter(), time.process_time()
    result = work()
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    print(f"{label:<44} {wall:7.2f} s wall {cpu:7.2f} s CPU")
    return result


def opened_and_closed(url: str, passphrase: str | None) -> None:
    open_database(url, passphrase=passphrase).dispose()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("database", type=Path, help="a SQLite file (only read)")
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="debtdesk-vault-bench-"))
    try:
        path = folder / "bench.sqlite3"
        backup_sqlite(args.database, path)
        with closing(sqlite3.connect(path)) as conn:
            cases = conn.execute("SELECT count(*) FROM debtor").fetchone()[0]
        url = f"sqlite:///{path}"
        print(f"{cases} cases, {path.stat().st_size / 1e6:.0f} MB")

        timed("quick_check, plain", lambda: integrity.file_problems(path, None))
        timed(
            "integrity_check (full), plain", lambda: integrity.file_problems(path, None, full=True)
        )
        timed("open_database + dispose, plain", lambda: opened_and_closed(url, None))
        db = open_database(url)
        timed("backup_on_close, plain (incl. its quick_check)", lambda: backup_on_close(db))
        db.dispose()
        timed(
            "encrypt_database (copy, full check, swap)",
            lambda: vault.encrypt_database(path, PASSPHRASE),
        )
        timed("key derivation (one connection)", lambda: crypto.connect(path, PASSPHRASE).close())
        timed("quick_check, encrypted", lambda: integrity.file_problems(path, PASSPHRASE))
        timed("open_database + dispose, encrypted", lambda: opened_and_closed(url, PASSPHRASE))
        db = open_database(url, passphrase=PASSPHRASE)
        timed("backup_on_close, encrypted", lambda: backup_on_close(db))
        db.dispose()
        backup = make_backup(path, MANUAL, PASSPHRASE)
        timed(
            "restore_backup, encrypted (full check)",
            lambda: restore_backup(path, backup, PASSPHRASE),
        )
        timed(
            "rekey_database (file and 3 backups)",
            lambda: vault.rekey_database(path, PASSPHRASE, PASSPHRASE + "!"),
        )
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
