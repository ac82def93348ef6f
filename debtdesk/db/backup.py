"""Copies of a SQLite database made with SQLite's online backup API.

A plain file copy of a database in WAL mode can miss what is still in the
WAL file; the backup API copies a consistent snapshot.
"""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path


def backup_sqlite(source: Path, dest: Path) -> Path:
    """Copy the database at ``source`` to ``dest`` (which must not exist yet)."""
    dest.parent.mkdir(parents=True, exist_ok=True)
    if dest.exists():
        raise FileExistsError(dest)
    tmp = dest.with_name(dest.name + ".part")
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    try:
        out = sqlite3.connect(tmp)
        try:
            src.backup(out)
        finally:
            out.close()
    finally:
        src.close()
    tmp.replace(dest)
    return dest


def backup_dir(database: Path) -> Path:
    return database.parent / "backups"


def timestamped_name(database: Path, label: str) -> str:
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    return f"{database.stem}-{label}-{stamp}{database.suffix}"
