"""Encryption at rest: an encrypted file and its backups hold no name or IIN in the clear.

Every test works on real SQLite/SQLCipher files and reads their bytes back.
"""

from __future__ import annotations

import logging
from datetime import date
from pathlib import Path

import pytest

from debtdesk.db import crypto, open_database, vault
from debtdesk.db.backup import MANUAL, backup_dir, backup_on_close, list_backups, make_backup
from debtdesk.db.engine import display_url
from debtdesk.errors import PassphraseRequired, ValidationError, WrongPassphrase
from debtdesk.services.debtors import create_debtor
from debtdesk.services.iin import make_iin
from tests.core.db.vault_helpers import (
    PASSPHRASE,
    bundle_of,
    files_in,
    fill,
    leaked,
    secrets_of,
    url_of,
)


def test_an_encrypted_file_and_its_backup_hold_no_name_or_iin(tmp_path: Path) -> None:
    path = tmp_path / "vault.sqlite3"
    fill(path, PASSPHRASE)
    db = open_database(url_of(path), passphrase=PASSPHRASE)
    try:
        secrets = secrets_of(db)
        backup = backup_on_close(db)
    finally:
        db.dispose()
    assert len(secrets) > 20  # names and IINs of twelve demo families
    assert backup is not None
    assert crypto.is_encrypted(path) and crypto.is_encrypted(backup)
    for file in (path, backup):
        assert leaked(file, secrets) == []
    assert sorted(p.name for p in tmp_path.iterdir()) == ["backups", "vault.sqlite3"]  # no -wal


def test_the_same_data_in_a_plain_file_is_readable_by_anyone(tmp_path: Path) -> None:
    # The scan above would find them: a plain file gives every name away.
    path = tmp_path / "plain.sqlite3"
    fill(path)
    db = open_database(url_of(path))
    try:
        secrets = secrets_of(db)
    finally:
        db.dispose()
    assert not crypto.is_encrypted(path)
    assert len(leaked(path, secrets)) > len(secrets) // 2


def test_opens_with_the_passphrase_and_refuses_without_or_a_wrong_one(tmp_path: Path) -> None:
    path = tmp_path / "vault.sqlite3"
    fill(path, PASSPHRASE, cases=3)
    before = files_in(tmp_path)
    with pytest.raises(PassphraseRequired) as missing:
        open_database(url_of(path))
    assert missing.value.path == path
    with pytest.raises(WrongPassphrase, match="wrong passphrase or not a debtdesk database"):
        open_database(url_of(path), passphrase=PASSPHRASE + "!")
    assert files_in(tmp_path) == before  # byte for byte, and no file appeared beside it
    assert len(bundle_of(path, PASSPHRASE)["cases"]) == 3


def test_the_passphrase_shows_nowhere(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    path = tmp_path / "vault.sqlite3"
    caplog.set_level(logging.DEBUG)
    db = open_database(url_of(path), advisor="A", passphrase=PASSPHRASE)
    try:
        backup_on_close(db)
        shown = [db.url, db.display, repr(db), str(db.engine.url), display_url(db.url)]
    finally:
        db.dispose()
    shown += [record.getMessage() for record in caplog.records]
    assert not [text for text in shown if PASSPHRASE in text]
    assert not [
        p for p in tmp_path.rglob("*") if p.is_file() and PASSPHRASE.encode() in p.read_bytes()
    ]


def test_a_plain_file_is_not_opened_as_if_it_were_encrypted(sqlite_url: str) -> None:
    with pytest.raises(ValidationError) as refused:
        open_database(sqlite_url, passphrase=PASSPHRASE)
    assert refused.value.field == "passphrase"
    assert "not encrypted" in refused.value.message


def test_encrypting_a_plain_database_leaves_no_plain_copy(tmp_path: Path) -> None:
    path = tmp_path / "debtdesk.sqlite3"
    fill(path)
    make_backup(path, MANUAL)
    make_backup(path, "pre-0001abcd")  # what a migration leaves behind
    cut_off = backup_dir(path) / "debtdesk-auto-20261129-180000-000000.sqlite3.part"
    cut_off.write_bytes(b"SQLite format 3\x00 and half a copy")
    other = backup_dir(path) / "elsewhere-manual-20261130-120000-000000.sqlite3"
    other.write_bytes(b"SQLite format 3\x00 of another database")  # not ours: left alone
    before = bundle_of(path)
    db = open_database(url_of(path))
    secrets = secrets_of(db)
    db.dispose()

    report = vault.encrypt_database(path, PASSPHRASE, "encrypt")

    assert len(report.encrypted) == 2 and len(report.removed) == 1
    mine = [p for p in tmp_path.rglob("*") if p.is_file() and p != other]
    assert sorted(p.name for p in mine if p.parent == tmp_path) == ["debtdesk.sqlite3"]
    assert len(mine) == 3  # the database and its two backups, nothing half-done
    for file in mine:
        assert crypto.is_encrypted(file), file
        assert leaked(file, secrets) == [], file
    assert bundle_of(path, PASSPHRASE) == before
    for backup in list_backups(path):
        assert bundle_of(backup.path, PASSPHRASE) == before
    assert other.exists()


def test_encrypting_can_remove_the_old_backups_instead(tmp_path: Path) -> None:
    path = tmp_path / "debtdesk.sqlite3"
    fill(path, cases=2)
    make_backup(path, MANUAL)
    report = vault.encrypt_database(path, PASSPHRASE, "remove")
    assert len(report.removed) == 1
    assert list_backups(path) == []
    assert crypto.is_encrypted(path)


def test_encrypting_refuses_a_weak_passphrase_and_changes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "debtdesk.sqlite3"
    fill(path, cases=2)
    before = files_in(tmp_path)
    with pytest.raises(ValidationError, match="at least 8"):
        vault.encrypt_database(path, "short")
    assert files_in(tmp_path) == before


def test_rekey_moves_the_database_and_its_backups_to_the_new_passphrase(tmp_path: Path) -> None:
    path = tmp_path / "vault.sqlite3"
    fill(path, PASSPHRASE, cases=3)
    db = open_database(url_of(path), passphrase=PASSPHRASE)
    backup_on_close(db)
    db.dispose()
    stranger = backup_dir(path) / "vault-manual-20200101-000000-000000.sqlite3"
    with crypto.opened(stranger, "an older passphrase", read_only=False) as conn:
        conn.execute("CREATE TABLE made_under_another_key (id INTEGER)")  # not empty
    before = bundle_of(path, PASSPHRASE)

    report = vault.rekey_database(path, PASSPHRASE, "новый пароль 2027")

    assert len(report.rekeyed) == 1 and report.skipped == [stranger]
    with pytest.raises(WrongPassphrase):
        open_database(url_of(path), passphrase=PASSPHRASE)
    assert bundle_of(path, "новый пароль 2027") == before
    assert bundle_of(report.rekeyed[0], "новый пароль 2027") == before


def test_rekey_with_a_wrong_passphrase_changes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "vault.sqlite3"
    fill(path, PASSPHRASE, cases=2)
    before = files_in(tmp_path)
    with pytest.raises(WrongPassphrase):
        vault.rekey_database(path, "not the passphrase", "another good one")
    assert files_in(tmp_path) == before


def test_what_waits_in_the_wal_is_encrypted_too(tmp_path: Path) -> None:
    path = tmp_path / "vault.sqlite3"
    db = open_database(url_of(path), advisor="A", passphrase=PASSPHRASE)
    try:
        with db.session() as s:
            create_debtor(
                s, {"full_name": "Жаңа Адам Журналда", "iin": make_iin(date(1980, 5, 1), 4, 123)}
            )
        wal = path.with_name(path.name + "-wal")
        assert wal.stat().st_size > 0  # the row is in the WAL, not yet in the file
        secrets = secrets_of(db)
        assert len(secrets) == 2
        assert leaked(wal, secrets) == [] and leaked(path, secrets) == []
    finally:
        db.dispose()
