"""A conflict says when the other advisor saved in the reader's language and local time.

Audit times are stored as naive UTC; the message must show the computer's own
clock (here pinned to UTC+5, Almaty's) in the interface language's format,
not an ISO stamp in UTC.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from debtdesk import i18n
from debtdesk.errors import ConflictError

SAVED_UTC = datetime(2026, 3, 15, 5, 30)  # 10:30 in Almaty (UTC+5)


@pytest.fixture
def almaty_clock() -> Iterator[None]:
    """This process's local time zone is UTC+5 for the test, then what it was."""
    before = os.environ.get("TZ")
    os.environ["TZ"] = "Etc/GMT-5"  # POSIX signs are inverted: this is UTC+5
    time.tzset()
    try:
        yield
    finally:
        if before is None:
            os.environ.pop("TZ", None)
        else:
            os.environ["TZ"] = before
        time.tzset()


@pytest.fixture
def language() -> Iterator[None]:
    before = i18n.current_language()
    yield
    i18n.set_language(before)


@pytest.mark.parametrize(
    ("lang", "expected", "words"),
    [
        ("en", "15 Mar 2026 10:30", "was changed by Айгүл"),
        ("ru", "15.03.2026 10:30", "Айгүл"),
    ],
)
def test_the_time_is_local_and_in_the_language(
    almaty_clock, language, lang: str, expected: str, words: str
) -> None:
    i18n.set_language(lang)
    text = str(ConflictError("debtor", 7, ["phone"], "Айгүл", SAVED_UTC))
    assert expected in text.replace("\xa0", " ")
    assert words in text
    assert "05:30" not in text and "2026-03-15" not in text


def test_an_aware_time_is_converted_too(almaty_clock, language) -> None:
    i18n.set_language("ru")
    text = str(ConflictError("loan", 3, [], None, SAVED_UTC.replace(tzinfo=UTC)))
    assert "15.03.2026 10:30" in text


def test_an_unknown_time_is_a_question_mark(language) -> None:
    i18n.set_language("en")
    assert " at ? " in str(ConflictError("loan", 3, ["rate"], "A", None))


def test_reading_the_errors_does_not_load_babel() -> None:
    """``errors`` is imported at start-up; babel only when a conflict is shown."""
    code = (
        "import sys, debtdesk.errors as e; from datetime import datetime; "
        "assert 'babel' not in sys.modules; "
        "str(e.ConflictError('debtor', 1, [], None, datetime(2026, 1, 1))); "
        "assert 'babel' in sys.modules"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=Path(__file__).parents[3])
