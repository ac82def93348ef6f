"""Start-up's objects are frozen out of garbage collection once the window is up (ui.gc_tuning)."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from ui.gc_tuning import freeze_after_start, freeze_start_up


@pytest.fixture(autouse=True)
def _unfrozen() -> Iterator[None]:
    """Each test starts and ends with nothing frozen (other tests count on collection)."""
    gc.unfreeze()
    yield
    gc.unfreeze()


class _Kept:
    """An object the collector tracks (instances of plain classes are)."""


def _tracked(thing: object) -> bool:
    return any(o is thing for o in gc.get_objects())


def test_freezing_takes_living_objects_out_of_collections() -> None:
    kept = _Kept()
    assert _tracked(kept)
    freeze_start_up()
    assert gc.get_freeze_count() > 0
    # A full collection no longer walks it: it is in no generation the collector reads.
    assert not _tracked(kept)
    made_after = _Kept()
    assert _tracked(made_after)


class _Opener(QObject):
    opened = Signal(object)


def test_the_window_freezes_after_its_first_paint_and_again_once_opened(qtbot: QtBot) -> None:
    window = QLabel("register")
    qtbot.addWidget(window)
    opener = _Opener()
    freeze_after_start(window, opener.opened)
    before_paint = _Kept()
    assert gc.get_freeze_count() == 0  # nothing before the first paint
    window.show()
    qtbot.waitUntil(lambda: gc.get_freeze_count() > 0)
    assert not _tracked(before_paint)
    opened_later = _Kept()  # SQLAlchemy and the model, in the app
    assert _tracked(opened_later)
    opener.opened.emit(object())
    assert not _tracked(opened_later)
