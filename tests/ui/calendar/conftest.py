"""The Today tests' crafted desk, for the calendar (see tests/ui/today/conftest.py)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from debtdesk import clock
from debtdesk.db import Database
from tests.ui.today.conftest import TODAY, Desk, build_desk


@pytest.fixture
def desk(db: Database) -> Iterator[Desk]:
    clock.set_today(TODAY)
    try:
        yield build_desk(db)
    finally:
        clock.set_today(None)
