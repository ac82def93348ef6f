"""The command line's frame: global options, GUI-or-CLI choice, usage errors on one line."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import select

from debtdesk import __version__
from debtdesk.cli import main, wants_gui
from debtdesk.db import Database
from debtdesk.model import AuditEntry

REPO = Path(__file__).resolve().parents[3]


def one_error_line(err: str) -> str:
    lines = err.splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("debtdesk: error: "), err
    return lines[0]


@pytest.mark.parametrize(
    ("args", "gui"),
    [
        ([], True),
        (["--database", "x.sqlite3"], True),
        (["--database=x.sqlite3", "--advisor", "Марат"], True),
        (["--help"], False),
        (["-h"], False),
        (["--version"], False),
        (["cases"], False),
        (["--database", "x.sqlite3", "cases"], False),
        (["--database"], False),  # missing value: main says so
        (["--bogus"], False),
        (["db", "check"], False),
    ],
)
def test_wants_gui_only_without_a_command(args: list[str], gui: bool) -> None:
    assert wants_gui(args) is gui


def test_the_command_line_never_loads_qt() -> None:
    code = (
        "import sys, debtdesk.cli as c; c.wants_gui([]); c.main(['--version']);"
        "sys.exit(any(m.split('.')[0] in ('PySide6', 'shiboken6', 'ui') for m in sys.modules))"
    )
    done = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, check=False)
    assert done.returncode == 0, done.stderr


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--version"]) == 0
    assert capsys.readouterr().out == f"debtdesk {__version__}\n"


def test_help_lists_the_commands(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--help"]) == 0
    out = capsys.readouterr().out
    for command in ("cases", "show", "export", "import", "db", "demo", "advisors"):
        assert f"    {command}" in out


@pytest.mark.parametrize(
    ("args", "words"),
    [
        ([], "choose a command"),
        (["frobnicate"], "invalid choice"),
        (["cases", "--limit", "-1"], "must not be negative"),
        (["cases", "--limit", "lots"], "not a whole number"),
        (["cases", "--status", "lost"], "invalid choice"),
        (["show"], "required"),
        (["export"], "required: -o"),
        (["db"], "required"),
        (["--database"], "expected one argument"),
    ],
)
def test_usage_errors_are_one_line_with_status_2(
    capsys: pytest.CaptureFixture[str], args: list[str], words: str
) -> None:
    assert main(args) == 2
    captured = capsys.readouterr()
    assert words in one_error_line(captured.err)
    assert captured.out == ""


def test_a_missing_database_file_is_not_created_by_reading(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = tmp_path / "typo.sqlite3"
    assert main(["--database", str(path), "cases"]) == 1
    assert "no database at" in one_error_line(capsys.readouterr().err)
    assert not path.exists()


def test_options_after_the_command_and_from_the_environment(
    run, people, db_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    after = run("cases", "--format", "json", "--database", db_url, database=None)
    assert after.code == 0 and len(after.json()) == 3
    monkeypatch.setenv("DEBTDESK_DATABASE_URL", db_url)
    from_env = run("cases", "--format", "json", database=None)
    assert from_env.json() == after.json()


def test_the_advisor_named_is_written_in_the_audit_trail(
    run, people, db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bundle = tmp_path / "b.json"
    assert run("export", "-o", str(bundle)).code == 0
    target = f"sqlite:///{tmp_path / 'target.sqlite3'}"
    assert run("--advisor", "Марат Ж.", "import", str(bundle), database=target).code == 0
    monkeypatch.setenv("DEBTDESK_ADVISOR", "Гүлнар")
    assert run("import", str(bundle), "--replace", database=target).code == 0
    from debtdesk.db import open_database

    other = open_database(target)
    try:
        with other.session() as s:
            names = set(
                s.scalars(select(AuditEntry.advisor_name).where(AuditEntry.action == "import"))
            )
    finally:
        other.dispose()
    assert names == {"Марат Ж.", "Гүлнар"}
