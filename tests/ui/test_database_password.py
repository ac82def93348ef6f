"""A PostgreSQL server that wants a password: .pgpass first, else asked each time.

The shared test server trusts every local connection, so this module starts a
small server of its own with SCRAM passwords (as the ``postgres`` user when run
as root, as ``scripts/with-throwaway-pg.sh`` does), and stops it at the end.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot
from sqlalchemy import create_engine

from debtdesk.db import migrate
from ui import app
from ui.operations import settings as ops
from ui.widgets.password_dialog import PasswordDialog

PASSWORD = "s3cret-pw"

pytestmark = pytest.mark.pg


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def password_pg_url() -> Iterator[str]:
    """URL (without password) of a fresh, migrated database on a password-only server."""
    initdb, pg_ctl = shutil.which("initdb"), shutil.which("pg_ctl")
    if not initdb or not pg_ctl:
        pytest.skip("no PostgreSQL binaries (initdb, pg_ctl) to start a password server")
    as_pg: list[str] = []
    root = Path(tempfile.mkdtemp(prefix="debtdesk-pgpw-"))
    if os.geteuid() == 0:
        as_pg = ["runuser", "-u", "postgres", "--"]
        shutil.chown(root, "postgres")
    pwfile = root / "pw"
    pwfile.write_text(PASSWORD + "\n")
    if as_pg:
        shutil.chown(pwfile, "postgres")
    data = root / "data"
    run = {"cwd": root, "capture_output": True, "text": True, "timeout": 120}
    options = ["-U", "postgres", "-A", "scram-sha-256", f"--pwfile={pwfile}"]
    options += ["-E", "UTF8", "--no-locale", "--no-sync"]
    done = subprocess.run(
        [*as_pg, initdb, "-D", str(data), *options],
        **run,  # type: ignore[call-overload]
    )
    if done.returncode != 0:
        shutil.rmtree(root, ignore_errors=True)
        pytest.skip(f"initdb failed: {done.stderr.strip()[:200]}")
    port = _free_port()
    opts = f"-c listen_addresses=127.0.0.1 -p {port} -k {root} -c fsync=off"
    done = subprocess.run(
        [*as_pg, pg_ctl, "-D", str(data), "-l", str(root / "log"), "-w", "-o", opts, "start"],
        **run,  # type: ignore[call-overload]
    )
    if done.returncode != 0:
        shutil.rmtree(root, ignore_errors=True)
        pytest.skip(f"the password server did not start: {done.stderr.strip()[:200]}")
    try:
        admin = f"postgresql://postgres:{PASSWORD}@127.0.0.1:{port}/postgres"
        with psycopg.connect(admin, autocommit=True) as conn:
            conn.execute("CREATE DATABASE debtdesk_pw")
        url = f"postgresql+psycopg://postgres@127.0.0.1:{port}/debtdesk_pw"
        engine = create_engine(ops.with_password(url, PASSWORD))
        migrate.upgrade(engine)
        engine.dispose()
        yield url
    finally:
        subprocess.run(
            [*as_pg, pg_ctl, "-D", str(data), "-m", "immediate", "-w", "stop"],
            **run,  # type: ignore[call-overload]
        )
        shutil.rmtree(root, ignore_errors=True)


@pytest.fixture
def no_password_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "no-such-pgpass"))
    monkeypatch.delenv("PGPASSWORD", raising=False)


def test_asks_for_the_password_again_until_the_server_takes_it(
    password_pg_url: str, no_password_file: None, qapp: QApplication
) -> None:
    questions: list[tuple[str, str]] = []
    answers = iter(["wrong", PASSWORD])

    def ask(server: str, problem: str) -> str | None:
        questions.append((server, problem))
        return next(answers)

    db = app.open_database_or_report(
        app.Options(database=password_pg_url), report=pytest.fail, ask_password=ask
    )
    assert db is not None
    try:
        assert ops.letter_language(db) == "debtor", "the connection works"
        assert PASSWORD not in db.display
    finally:
        db.dispose()
    assert questions == [
        (ops.strip_password(password_pg_url), ""),
        (ops.strip_password(password_pg_url), "The server did not accept the password."),
    ]


def test_cancelling_the_question_reports_why(
    password_pg_url: str, no_password_file: None, qapp: QApplication
) -> None:
    reports: list[str] = []
    db = app.open_database_or_report(
        app.Options(database=password_pg_url),
        report=lambda _t, m: reports.append(m),
        ask_password=lambda _s, _p: None,
    )
    assert db is None
    (message,) = reports
    assert "no password supplied" in message


def test_the_pgpass_file_spares_the_question(
    password_pg_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qapp: QApplication
) -> None:
    pgpass = tmp_path / "pgpass"
    port = password_pg_url.split(":")[-1].split("/")[0]
    pgpass.write_text(f"127.0.0.1:{port}:debtdesk_pw:postgres:{PASSWORD}\n")
    pgpass.chmod(0o600)
    monkeypatch.setenv("PGPASSFILE", str(pgpass))
    monkeypatch.delenv("PGPASSWORD", raising=False)
    db = app.open_database_or_report(
        app.Options(database=password_pg_url), report=pytest.fail, ask_password=pytest.fail
    )
    assert db is not None
    db.dispose()


def test_the_password_dialog_is_asked_and_answered(
    qtbot: QtBot, password_pg_url: str, no_password_file: None
) -> None:
    seen: list[str] = []

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, PasswordDialog):
            QTimer.singleShot(20, answer)
            return
        seen.append(dialog.windowTitle())
        dialog.password.setText(PASSWORD)
        buttons = dialog.findChild(QDialogButtonBox)
        assert buttons is not None
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.click()

    QTimer.singleShot(20, answer)
    db = app.open_database_or_report(app.Options(database=password_pg_url), report=pytest.fail)
    assert db is not None
    db.dispose()
    assert seen == ["Database password"]
