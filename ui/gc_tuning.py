"""Garbage collection tuned for an app whose start-up objects live as long as it does.

Python's collector now and then walks every object it tracks (a generation-2,
"full" collection). Once the register is up that is some 110,000 objects -
SQLAlchemy, the model, Qt's wrappers, translations - almost none of which
ever become garbage, and the walk takes 150-240 ms on the bench machine: the
keystroke it falls on shows its list that much later (``bench/filter.py``
saw it as its slowest keys). ``gc.freeze`` moves the objects alive at that
moment to a permanent generation that collections no longer walk, so a full
collection then costs what the objects made since cost (26-58 ms, once in
the bench's 400 keys).

The price is that a cycle among frozen objects is never freed. They are the
program's modules, classes and windows, kept to the end anyway. Start-up's
garbage is frozen with them rather than collected first: about 1,100 of the
110,000 objects (no measurable memory), where collecting first would be the
very 150-240 ms pause this avoids.
"""

from __future__ import annotations

import gc
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Slot

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance
    from PySide6.QtWidgets import QWidget


def freeze_start_up() -> None:
    """Leave every object alive now out of garbage collection (``gc.freeze``).

    Called again later, it adds what was made since (freezing costs no walk).
    """
    gc.freeze()


class _Freezer(QObject):
    """Freezes when the database has opened (a child of the window: dies with it)."""

    @Slot(object)
    def freeze(self, _opened: object = None) -> None:
        freeze_start_up()


def freeze_after_start(window: QWidget, opened: SignalInstance | None = None) -> None:
    """Freeze start-up's objects once ``window`` has painted its first screen, and
    again when ``opened`` fires: the database opened in a thread after that paint
    brings SQLAlchemy and the model, the largest part of what start-up keeps.
    """
    from ui.workers import after_first_paint

    after_first_paint(window, freeze_start_up)
    if opened is not None:
        opened.connect(_Freezer(window).freeze)
