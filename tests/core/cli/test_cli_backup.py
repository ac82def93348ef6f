"""``debtdesk backup``, ``restore``, ``db encrypt`` and ``db rekey`` as a person runs them.

In-process runs (stdin is not a terminal under pytest) check the refusals and
the non-interactive ways; a real pseudo-terminal checks the prompts.
"""

from __future__ import annotations

import io
import json
import os
import select
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from debtdesk.cli import main
from debtdesk.db import crypto, open_database
from debtdesk.db.backup import list_backups
from debtdesk.services.debtors import create_debtor
from tests.core.cli.conftest import Result
from tests.core.db.vault_helpers import PASSPHRASE, bundle_of, damage, files_in, fill, url_of

REPO = Path(__file__).resolve().parents[3]
Cli = Callable[..., Result]


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> Cli:
    """``cli(path, "cases", stdin="...")``: the CLI on ``path``, output captured."""

    def invoke(database: Path | str, *args: str, stdin: str | None = None) -> Result:
        capsys.readouterr()
        if stdin is not None:
            monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
        code = main(["--database", str(database), *args])
        out, err = capsys.readouterr()
        return Result(code, out, err)

    return invoke


def add_person(path: Path, name: str, passphrase: str | None = None) -> None:
    db = open_database(url_of(path), advisor="Test Advisor", passphrase=passphrase)
    try:
        with db.session() as s:
            create_debtor(s, {"full_name": name, "city": "Алматы"})
    finally:
        db.dispose()


def test_restore_without_a_terminal_and_without_yes_refuses(cli: Cli, tmp_path: Path) -> None:
    path = tmp_path / "debtdesk.sqlite3"
    fill(path, cases=4)
    copy = tmp_path / "copy.sqlite3"
    made = cli(path, "backup", "-o", str(copy))
    assert made.code == 0 and str(copy) in made.out and "not encrypted" in made.out
    at_backup = bundle_of(path)
    add_person(path, "После Копии")
    before = files_in(tmp_path)

    refused = cli(path, "restore", str(copy))

    assert refused.code == 1
    assert "confirm on a terminal, or give --yes" in refused.err
    assert files_in(tmp_path) == before

    done = cli(path, "restore", str(copy), "--yes")
    assert done.code == 0, done.err
    assert "kept at" in done.out
    assert bundle_of(path) == at_backup
    kept = bundle_of(list_backups(path, ["replaced"])[0].path)
    assert "После Копии" in json.dumps(kept, ensure_ascii=False)


def test_backup_without_a_file_goes_to_the_backups_folder(cli: Cli, tmp_path: Path) -> None:
    path = tmp_path / "debtdesk.sqlite3"
    fill(path, cases=1)
    done = cli(path, "backup")
    assert done.code == 0
    [backup] = list_backups(path, ["manual"])
    assert str(backup.path) in done.out
    assert cli(path, "backup", "-o", str(backup.path)).code == 1  # never overwrites


def test_encrypt_then_every_command_wants_the_passphrase(
    cli: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "debtdesk.sqlite3"
    fill(path, cases=3)
    assert cli(path, "backup").code == 0
    done = cli(path, "db", "encrypt", "--passphrase-stdin", stdin=PASSPHRASE + "\n")
    assert done.code == 0, done.err
    assert "encrypted 1 older backups" in done.out
    assert crypto.is_encrypted(path)

    missing = cli(path, "cases")
    assert missing.code == 1 and "is encrypted: give its passphrase" in missing.err
    wrong = cli(path, "cases", "--passphrase-stdin", stdin="not it at all\n")
    assert wrong.code == 1 and "wrong passphrase or not a debtdesk database" in wrong.err
    monkeypatch.setenv("DEBTDESK_PASSPHRASE", PASSPHRASE)
    listed = cli(path, "cases", "--format", "json")
    assert listed.code == 0 and len(json.loads(listed.out)) == 3
    assert cli(path, "db", "check").code == 0
    backup = cli(path, "backup", "-o", str(tmp_path / "enc.sqlite3"))
    assert "encrypted with the database's passphrase" in backup.out
    assert crypto.is_encrypted(tmp_path / "enc.sqlite3")
    monkeypatch.delenv("DEBTDESK_PASSPHRASE")

    again = cli(path, "db", "encrypt", "--passphrase-stdin", stdin=PASSPHRASE + "\n")
    assert again.code == 1 and "already encrypted" in again.err

    rekey = cli(
        path, "db", "rekey", "--passphrase-stdin", stdin=f"{PASSPHRASE}\nновый пароль 2027\n"
    )
    assert rekey.code == 0, rekey.err
    assert "changed it on 1 backups too" in rekey.out  # enc.sqlite3 is not in the folder
    old = cli(path, "cases", "--passphrase-stdin", stdin=PASSPHRASE + "\n")
    assert old.code == 1
    new = cli(path, "cases", "--passphrase-stdin", stdin="новый пароль 2027\n")
    assert new.code == 0


def test_a_damaged_database_says_which_backup_to_restore(cli: Cli, tmp_path: Path) -> None:
    path = tmp_path / "debtdesk.sqlite3"
    fill(path, cases=20)
    assert cli(path, "backup").code == 0
    [good] = list_backups(path)
    damage(path)
    done = cli(path, "cases")
    assert done.code == 1
    assert "is damaged" in done.err
    assert f"debtdesk restore {good.path}" in done.err
    assert cli(path, "restore", str(good.path), "--yes").code == 0
    assert cli(path, "cases").code == 0


@pytest.mark.pg
def test_on_postgresql_backup_writes_the_bundle_and_restore_refuses(
    cli: Cli, pg_url: str, tmp_path: Path
) -> None:
    db = open_database(pg_url, advisor="Test Advisor")
    try:
        with db.session() as s:
            create_debtor(s, {"full_name": "Серверный Случай", "city": "Астана"})
    finally:
        db.dispose()
    out = tmp_path / "server.json"
    done = cli(pg_url, "backup", "-o", str(out))
    assert done.code == 0, done.err
    assert "pg_dump" in done.out
    bundle = json.loads(out.read_text(encoding="utf-8"))
    assert [c["debtor"]["full_name"] for c in bundle["cases"]] == ["Серверный Случай"]
    refused = cli(pg_url, "restore", str(out), "--yes")
    assert refused.code == 1 and "pg_restore" in refused.err


# --- on a real terminal ---------------------------------------------------------------


def on_terminal(args: list[str], answers: list[tuple[str, str]]) -> tuple[int, str]:
    """Run ``python -m debtdesk`` on a pseudo-terminal, typing each answer after its prompt."""
    import pty

    env = {**os.environ, "PYTHONPATH": str(REPO)}
    env.pop("DEBTDESK_PASSPHRASE", None)
    pid, fd = pty.fork()
    if pid == 0:  # the child: becomes debtdesk on the terminal
        os.chdir(REPO)
        os.execve(sys.executable, [sys.executable, "-m", "debtdesk", *args], env)
    seen = b""
    pending = list(answers)
    deadline = time.monotonic() + 120
    try:
        while time.monotonic() < deadline:
            ready, _, _ = select.select([fd], [], [], 1.0)
            if ready:
                try:
                    chunk = os.read(fd, 4096)
                except OSError:  # the child closed the terminal
                    break
                if not chunk:
                    break
                seen += chunk
            if pending and pending[0][0].encode() in seen:
                prompt, answer = pending.pop(0)
                seen = seen.replace(prompt.encode(), b"[" + prompt.encode() + b"]", 1)
                os.write(fd, answer.encode() + b"\n")
    finally:
        _, status = os.waitpid(pid, 0)
        os.close(fd)
    return os.waitstatus_to_exitcode(status), seen.decode("utf-8", "replace")


@pytest.mark.skipif(os.name != "posix", reason="pseudo-terminals are POSIX")
def test_on_a_terminal_restore_asks_and_the_passphrase_is_prompted(tmp_path: Path) -> None:
    path = tmp_path / "debtdesk.sqlite3"
    fill(path, PASSPHRASE, cases=2)
    at_backup = bundle_of(path, PASSPHRASE)
    db = open_database(url_of(path), passphrase=PASSPHRASE)
    from debtdesk.db.backup import MANUAL, make_backup

    backup = make_backup(path, MANUAL, PASSPHRASE)
    db.dispose()
    add_person(path, "После Копии", PASSPHRASE)
    changed = path.read_bytes()
    restore = ["--database", str(path), "restore", str(backup)]

    code, screen = on_terminal(restore, [("Passphrase for", PASSPHRASE), ("[y/N]", "n")])
    assert code == 1 and "nothing changed" in screen, screen
    assert PASSPHRASE not in screen  # getpass does not echo it
    assert path.read_bytes() == changed

    code, screen = on_terminal(restore, [("Passphrase for", PASSPHRASE), ("[y/N]", "y")])
    assert code == 0, screen
    assert bundle_of(path, PASSPHRASE) == at_backup
