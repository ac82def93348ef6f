"""The Qt binding itself: calls the UI makes thousands of times must not corrupt Python.

PySide6 6.12.0 on CPython 3.11 drops a reference to ``None`` on every call of a
void method (``setText``, ``beginResetModel``…) and to the returned bool on every
``Signal.emit``; after some thousands of calls the interpreter aborts with
"none_dealloc"/"bool_dealloc". 6.11.3 is clean, and from CPython 3.12 on ``None``
and the bools are immortal, so the same bug is harmless there.
"""

from __future__ import annotations

import gc
import sys

import PySide6
import pytest
from PySide6.QtCore import QObject, QStringListModel, Signal

BROKEN = PySide6.__version__ == "6.12.0" and sys.version_info < (3, 12)


class _Emitter(QObject):
    fired = Signal()


@pytest.mark.xfail(
    BROKEN,
    strict=True,
    reason="PySide6 6.12.0 + CPython 3.11 loses a reference per call: pin PySide6 != 6.12.0",
)
def test_void_calls_and_emits_keep_reference_counts(qapp: object) -> None:
    model = QStringListModel()
    emitter = _Emitter()
    gc.collect()
    none_before, true_before = sys.getrefcount(None), sys.getrefcount(True)
    for _ in range(20):
        model.beginResetModel()
        model.endResetModel()
        emitter.fired.emit()
    gc.collect()
    assert sys.getrefcount(None) - none_before > -10
    assert sys.getrefcount(True) - true_before > -10
