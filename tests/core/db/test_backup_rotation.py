"""Automatic backups on close and their rotation: the newest of each recent day and week."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy import select

from debtdesk.db import Database, open_database
from debtdesk.db.backup import (
    AUTO,
    BackupFile,
    RotationPolicy,
    backup_dir,
    backup_on_close,
    keep,
    list_backups,
    make_backup,
)
from debtdesk.db.crypto import is_encrypted
from debtdesk.model import Debtor
from debtdesk.services.debtors import create_debtor
from tests.core.db.vault_helpers import PASSPHRASE, url_of

START = datetime(2026, 9, 1, 0, 0)  # a Tuesday, midnight


def fake(day: int, hour: int) -> BackupFile:
    made = START + timedelta(days=day, hours=hour)
    return BackupFile(Path(f"b-{day:03d}-{hour:02d}"), AUTO, made)


def test_keeps_the_newest_of_each_of_the_last_days_and_weeks() -> None:
    # Three closes a day for ninety days, newest first as list_backups gives them.
    backups = sorted(
        (fake(day, hour) for day in range(90) for hour in (0, 4, 8)),
        key=lambda b: b.made,
        reverse=True,
    )
    kept = keep(backups, RotationPolicy(daily=7, weekly=8))
    days = {b.made.date() for b in backups if b.path in kept}
    # Daily: the last close of each of the 7 newest days.
    last_days = sorted({b.made.date() for b in backups}, reverse=True)[:7]
    for day in last_days:
        assert fake((day - START.date()).days, 8).path in kept
    # Weekly: one per ISO week for the 8 newest weeks (the newest week's is today's).
    weeks = {d.isocalendar()[:2] for d in days}
    assert len(weeks) == 8
    assert len(kept) == 7 + 8 - 1  # the newest backup is both the day's and the week's
    for backup in backups:  # whatever is kept is the last of its day
        if backup.path in kept:
            assert backup.made.hour == 8


def test_a_policy_of_nothing_keeps_nothing_and_an_empty_list_is_fine() -> None:
    assert keep([], RotationPolicy()) == set()
    assert keep([fake(0, 0)], RotationPolicy(daily=0, weekly=0)) == set()


def add_person(db: Database, name: str) -> None:
    with db.session() as s:
        create_debtor(s, {"full_name": name, "city": "Алматы"})


def names_in(path: Path, passphrase: str | None = None) -> list[str]:
    db = open_database(url_of(path), passphrase=passphrase)
    try:
        with db.session() as s:
            return sorted(s.scalars(select(Debtor.full_name)))
    finally:
        db.dispose()


def test_closing_every_day_for_a_month_keeps_the_rotated_set(tmp_path: Path) -> None:
    path = tmp_path / "debtdesk.sqlite3"
    db = open_database(url_of(path), advisor="Test Advisor")
    policy = RotationPolicy(daily=3, weekly=2)
    try:
        for day in range(30):
            for hour in (10, 18):
                backup_on_close(db, policy=policy, now=START + timedelta(days=day, hours=hour))
        add_person(db, "Последний День")
        newest = backup_on_close(db, policy=policy, now=START + timedelta(days=30))
    finally:
        db.dispose()
    left = list_backups(path)
    assert left[0].path == newest
    stamps = [b.made for b in left]
    # Today's, the last close of the two days before, and last week's last close.
    assert stamps == [
        START + timedelta(days=30),
        START + timedelta(days=29, hours=18),
        START + timedelta(days=28, hours=18),
        START + timedelta(days=26, hours=18),  # Sunday 27 Sep 2026 ends the week before
    ]
    assert names_in(newest) == ["Последний День"]
    assert names_in(left[1].path) == []


def test_other_backups_are_never_rotated(tmp_path: Path) -> None:
    path = tmp_path / "debtdesk.sqlite3"
    db = open_database(url_of(path))
    try:
        manual = make_backup(path, "manual", now=START)
        migration = make_backup(path, "pre-0001abcd", now=START)
        for day in range(5):
            backup_on_close(db, policy=RotationPolicy(1, 1), now=START + timedelta(days=day))
    finally:
        db.dispose()
    assert manual.exists() and migration.exists()
    assert len(list_backups(path, [AUTO])) == 1


def test_an_encrypted_database_gets_encrypted_backups_with_what_was_in_the_wal(
    tmp_path: Path,
) -> None:
    path = tmp_path / "vault.sqlite3"
    db = open_database(url_of(path), passphrase=PASSPHRASE)
    try:
        add_person(db, "Ещё в журнале")
        with db.engine.connect():  # hold the WAL open: the rows are not in the file yet
            wal = path.with_name(path.name + "-wal")
            assert wal.exists() and wal.stat().st_size > 0
            backup = backup_on_close(db)
    finally:
        db.dispose()
    assert backup is not None and backup.parent == backup_dir(path)
    assert is_encrypted(backup)
    assert names_in(backup, PASSPHRASE) == ["Ещё в журнале"]
    assert not backup.with_name(backup.name + "-wal").exists()  # one self-contained file


def test_nothing_to_back_up_on_postgresql_or_read_only(pg_url: str) -> None:
    db = open_database(pg_url)
    try:
        assert backup_on_close(db) is None
    finally:
        db.dispose()
