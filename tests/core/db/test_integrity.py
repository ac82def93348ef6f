"""A damaged file: a clear error naming the newest good backup, and never a write to it.

The damage is real: pages in the middle of a copy of the database are
overwritten, as a failing disk or a half-copied file would leave them.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from debtdesk.db import open_database
from debtdesk.db.backup import AUTO, MANUAL, backup_on_close, list_backups, make_backup
from debtdesk.db.database import check_database
from debtdesk.db.integrity import newest_good_backup
from debtdesk.db.restore import restore_backup
from debtdesk.errors import DamagedDatabase
from tests.core.db.vault_helpers import PASSPHRASE, bundle_of, damage, files_in, fill, url_of


@pytest.mark.parametrize("passphrase", [None, PASSPHRASE], ids=["plain", "encrypted"])
def test_a_damaged_file_names_the_newest_good_backup_and_is_left_alone(
    tmp_path: Path, passphrase: str | None
) -> None:
    path = tmp_path / "debtdesk.sqlite3"
    fill(path, passphrase, cases=20)
    older = make_backup(path, MANUAL, passphrase, now=datetime(2026, 11, 1))
    good = make_backup(path, MANUAL, passphrase, now=datetime(2026, 11, 29))
    at_backup = bundle_of(path, passphrase)
    bad = make_backup(path, MANUAL, passphrase, now=datetime(2026, 11, 30))
    damage(bad)  # the newest backup is damaged too: it must be passed over
    damage(path)
    before = files_in(tmp_path)

    with pytest.raises(DamagedDatabase) as damaged:
        open_database(url_of(path), passphrase=passphrase)

    assert damaged.value.path == path
    assert damaged.value.backup == good != older
    assert f"debtdesk restore {good}" in str(damaged.value)
    assert files_in(tmp_path) == before  # not a byte written, no journal created

    done = restore_backup(path, good, passphrase)
    assert bundle_of(path, passphrase) == at_backup
    assert done.kept_aside is not None
    assert done.kept_aside.read_bytes() == before[path.name]  # the damaged file, as it was


def test_no_good_backup_is_said_too(tmp_path: Path) -> None:
    path = tmp_path / "debtdesk.sqlite3"
    fill(path, cases=20)
    damage(path)
    with pytest.raises(DamagedDatabase, match="no good backup") as damaged:
        open_database(url_of(path))
    assert damaged.value.backup is None
    assert newest_good_backup(path, None) is None


def test_a_backup_on_close_of_a_damaged_file_rotates_nothing_away(tmp_path: Path) -> None:
    path = tmp_path / "debtdesk.sqlite3"
    fill(path, cases=20)
    db = open_database(url_of(path))
    db.dispose()
    yesterday = backup_on_close(db, now=datetime(2026, 11, 29, 18))
    damage(path)  # the disk fails while the app is open
    with pytest.raises(DamagedDatabase) as damaged:
        backup_on_close(db, now=datetime(2026, 11, 30, 18))
    assert damaged.value.backup == yesterday
    assert [b.path for b in list_backups(path, [AUTO])] == [yesterday]


def test_the_check_can_run_after_opening_for_a_fast_start(tmp_path: Path) -> None:
    path = tmp_path / "debtdesk.sqlite3"
    fill(path, cases=20)
    good = make_backup(path, MANUAL)
    damage(path)
    db = open_database(url_of(path), quick_check=False)  # what the app does before its window
    try:
        with pytest.raises(DamagedDatabase) as damaged:
            check_database(db)  # what it then runs in a worker
    finally:
        db.dispose()
    assert damaged.value.backup == good


def test_a_fast_start_still_refuses_a_file_whose_schema_pages_are_gone(tmp_path: Path) -> None:
    """Before the window, a cheap read-only look at the first pages: nothing is written.

    (In an encrypted file a damaged first page cannot be told from a wrong
    key: SQLCipher checks the key on that page, so it reads as WrongPassphrase.)
    """
    path = tmp_path / "debtdesk.sqlite3"
    fill(path, cases=20)
    good = make_backup(path, MANUAL)
    damage(path, pages=range(0, 1))  # the schema's first page, after the file header
    before = files_in(tmp_path)

    with pytest.raises(DamagedDatabase) as damaged:
        open_database(url_of(path), quick_check=False)

    assert damaged.value.backup == good
    assert files_in(tmp_path) == before
