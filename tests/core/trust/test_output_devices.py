"""Output paths that are not regular files (a pipe, /dev/null) are refused, never replaced.

Writing a file whole goes through a temporary file renamed over the target;
renamed over a device or a pipe, that would replace the device itself (as
root, /dev/null would become a plain file that nobody else may open).
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from debtdesk.bundle import save_bundle
from debtdesk.commands.letters import atomic_output
from debtdesk.db import Database
from debtdesk.errors import ValidationError


def test_a_pipe_is_refused_as_letter_output_and_stays_a_pipe(tmp_path: Path) -> None:
    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)
    with pytest.raises(ValidationError) as caught, atomic_output(pipe) as write:
        write(b"%PDF")
    assert caught.value.field == "output"
    assert pipe.is_fifo()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["pipe"], "no temporary file left"


def test_a_pipe_is_refused_as_bundle_output(sqlite_db: Database, tmp_path: Path) -> None:
    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)
    with sqlite_db.session() as s, pytest.raises(ValidationError) as caught:
        save_bundle(s, pipe)
    assert caught.value.field == "output" and pipe.is_fifo()
