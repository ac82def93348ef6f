"""Restore: the data of the backup's time comes back exactly, and nothing is lost on the way."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from debtdesk.db import crypto, open_database, vault
from debtdesk.db.backup import MANUAL, REPLACED, list_backups, make_backup
from debtdesk.db.restore import restore_backup
from debtdesk.errors import DebtdeskError, PassphraseRequired
from debtdesk.services.debtors import create_debtor, delete_debtor, update_debtor
from tests.core.db.vault_helpers import PASSPHRASE, bundle_of, damage, files_in, fill, url_of


def change_everything(path: Path, passphrase: str | None = None) -> None:
    """An add, an edit and a delete after the backup was made."""
    db = open_database(url_of(path), advisor="Test Advisor", passphrase=passphrase)
    try:
        with db.session() as s:
            create_debtor(s, {"full_name": "Новый Человек", "city": "Астана"})
            update_debtor(s, 1, {"city": "Семей"})
            delete_debtor(s, 2)
    finally:
        db.dispose()


@pytest.mark.parametrize("passphrase", [None, PASSPHRASE], ids=["plain", "encrypted"])
def test_restore_brings_back_exactly_the_data_of_the_backup(
    tmp_path: Path, passphrase: str | None
) -> None:
    path = tmp_path / "debtdesk.sqlite3"
    fill(path, passphrase, cases=6)
    at_backup = bundle_of(path, passphrase)
    backup = make_backup(path, MANUAL, passphrase)
    change_everything(path, passphrase)
    changed = bundle_of(path, passphrase)
    assert changed != at_backup

    done = restore_backup(path, backup, passphrase)

    assert bundle_of(path, passphrase) == at_backup
    assert done.kept_aside is not None
    assert [b.path for b in list_backups(path, [REPLACED])] == [done.kept_aside]
    assert bundle_of(done.kept_aside, passphrase) == changed  # nothing lost: kept aside
    assert crypto.is_encrypted(path) == (passphrase is not None)
    assert backup.exists()  # the backup itself is only read


def test_a_plain_backup_restored_over_an_encrypted_database_is_encrypted(tmp_path: Path) -> None:
    path = tmp_path / "debtdesk.sqlite3"
    fill(path, cases=3)
    plain_again = make_backup(path, MANUAL).rename(tmp_path / "from-a-stick.sqlite3")
    at_backup = bundle_of(path)
    vault.encrypt_database(path, PASSPHRASE, "remove")
    change_everything(path, PASSPHRASE)
    with pytest.raises(PassphraseRequired):
        restore_backup(path, plain_again, None)
    done = restore_backup(path, plain_again, PASSPHRASE)
    assert done.encrypted and crypto.is_encrypted(path)
    assert bundle_of(path, PASSPHRASE) == at_backup


@pytest.mark.parametrize("kind", ["damaged", "not debtdesk", "unknown revision", "missing"])
def test_a_backup_unfit_to_restore_is_refused_and_nothing_changes(
    tmp_path: Path, kind: str
) -> None:
    path = tmp_path / "debtdesk.sqlite3"
    fill(path, cases=20)
    backup = tmp_path / "candidate.sqlite3"
    if kind == "damaged":
        make_backup(path, MANUAL).rename(backup)
        damage(backup)
    elif kind == "not debtdesk":
        with sqlite3.connect(backup) as conn:
            conn.execute("CREATE TABLE recipes (name TEXT)")
    elif kind == "unknown revision":
        make_backup(path, MANUAL).rename(backup)
        with sqlite3.connect(backup) as conn:
            conn.execute("UPDATE alembic_version SET version_num = 'ffffffffffff'")
    before = files_in(tmp_path)
    with pytest.raises(DebtdeskError) as refused:
        restore_backup(path, backup)
    assert files_in(tmp_path) == before
    expected = {
        "damaged": "is damaged",
        "not debtdesk": "not a debtdesk database",
        "unknown revision": "not a debtdesk database",
        "missing": "no backup file",
    }[kind]
    assert expected in str(refused.value)


def test_the_database_itself_is_not_a_backup(tmp_path: Path) -> None:
    path = tmp_path / "debtdesk.sqlite3"
    fill(path, cases=1)
    with pytest.raises(DebtdeskError, match="the database itself"):
        restore_backup(path, path)


def test_restore_needs_the_passphrase_of_an_encrypted_backup(tmp_path: Path) -> None:
    path = tmp_path / "vault.sqlite3"
    fill(path, PASSPHRASE, cases=1)
    backup = make_backup(path, MANUAL, PASSPHRASE)
    before = files_in(tmp_path)
    with pytest.raises(PassphraseRequired):
        restore_backup(path, backup, None)
    with pytest.raises(DebtdeskError, match="wrong passphrase"):
        restore_backup(path, backup, "something else entirely")
    assert files_in(tmp_path) == before
