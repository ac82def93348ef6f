"""What every tab of the case file offers the case file window.

The window builds each tab from the open database and the case id, shows it,
and asks it three things: reload from the database (after a save elsewhere or a
conflict), whether it holds unsaved edits (closing asks), and to save them
(Ctrl+S). Tabs read and write only through ``ui.operations``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from debtdesk.db.database import Database


class CaseTab(QWidget):
    """One tab of the case file for case ``case_id``."""

    NAME: ClassVar[str] = ""

    # Emitted after the tab wrote to the database, so the header and the other
    # tabs (and the register) can refresh what they show.
    changed = Signal()
    # Emitted when the tab's unsaved state flips (the window marks the tab title).
    dirtyChanged = Signal(bool)

    def __init__(self, db: Database, case_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.case_id = case_id
        self.setObjectName(f"{self.NAME}Tab")

    def title(self) -> str:
        """The tab's caption as people read it (translated)."""
        raise NotImplementedError

    def reload(self) -> None:
        """Show the case as the database holds it now, dropping unsaved edits."""
        raise NotImplementedError

    def is_dirty(self) -> bool:
        """True while the tab holds edits not yet saved."""
        return False

    def save(self) -> bool:
        """Save pending edits; False (and messages shown) when they were refused."""
        return True
