"""The real ``python -m debtdesk``: errors are one line on stderr, never a traceback."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from debtdesk.db import Database
from debtdesk.services import debtors

REPO = Path(__file__).resolve().parents[3]


def debtdesk(*args: str) -> subprocess.CompletedProcess[bytes]:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    env.pop("DEBTDESK_DEBUG", None)
    return subprocess.run(
        [sys.executable, "-m", "debtdesk", *args],
        cwd=REPO,
        env=env,
        capture_output=True,
        timeout=120,
        check=False,
    )


@pytest.fixture
def url(sqlite_db: Database, sqlite_url: str) -> str:
    with sqlite_db.session() as s:
        debtors.create_debtor(s, {"full_name": "Құрманғазы Айгүл", "city": "Алматы"})
    return sqlite_url


def test_output_is_utf8_json(url: str) -> None:
    done = debtdesk("--database", url, "cases", "--search", "курман", "--format", "json")
    assert done.returncode == 0, done.stderr
    assert "Құрманғазы".encode() in done.stdout  # not \\u escapes
    assert json.loads(done.stdout.decode("utf-8"))[0]["city"] == "Алматы"


@pytest.mark.parametrize(
    ("make_args", "words"),
    [
        (lambda url, tmp: ["--database", url, "show", "4242"], "case 4242 does not exist"),
        (lambda url, tmp: ["--database", "mysql://h/db", "cases"], "unsupported database"),
        (
            lambda url, tmp: ["--database", "postgresql://x@127.0.0.1:1/none", "cases"],
            "cannot open the database",
        ),
        (lambda url, tmp: ["--database", url, "import", str(tmp / "broken.json")], "line 1"),
        (lambda url, tmp: ["--database", url, "import", str(tmp / "missing.json")], "No such file"),
        (lambda url, tmp: ["--database", url, "cases", "--limit", "-1"], "must not be negative"),
    ],
    ids=[
        "unknown-case",
        "bad-url",
        "unreachable-server",
        "malformed-json",
        "missing-file",
        "limit",
    ],
)
def test_errors_are_one_line_without_traceback(
    url: str, tmp_path: Path, make_args, words: str
) -> None:
    (tmp_path / "broken.json").write_text('{"format": "debtdesk-bundle", oops}', encoding="utf-8")
    done = debtdesk(*make_args(url, tmp_path))
    err = done.stderr.decode("utf-8")
    assert done.returncode != 0
    assert "Traceback" not in err
    assert len(err.splitlines()) == 1, err
    assert err.startswith("debtdesk: error: ") and words in err
    assert done.stdout == b""
