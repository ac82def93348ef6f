"""What every page of the main window's stacked area offers the window.

Pages are classes registered in one list (``ui.main_window.PAGES``), Picard's
habit: the window builds each from the open database, lists it in the
navigation rail (its ``title()`` under the icon ``resources/icons/<ICON>.svg``),
forwards window-wide keys (Ctrl+F) and saved state to it, and tells it when it
is shown. A later page is one new module and one line in ``PAGES``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from debtdesk.db.database import Database


class Page(QWidget):
    """A page of the main window, built from the open database."""

    NAME: ClassVar[str] = ""
    # The rail icon's file name in resources/icons (without .svg); NAME when empty.
    ICON: ClassVar[str] = ""

    @classmethod
    def icon_name(cls) -> str:
        return cls.ICON or cls.NAME

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.setObjectName(f"{self.NAME}Page")

    def title(self) -> str:
        """The page's name as people read it (translated)."""
        raise NotImplementedError

    def focus_search(self) -> None:
        """Ctrl+F: put the cursor where this page searches (if it does)."""

    def page_shown(self) -> None:
        """The page became the current one (refresh what others may have changed)."""

    def data_changed(self) -> None:
        """Cases changed elsewhere in this window (a case file saved, an intake): re-read."""

    def restore_state(self, settings: QSettings) -> None:
        """Restore per-laptop view state (column widths, …) saved by ``save_state``."""

    def save_state(self, settings: QSettings) -> None:
        """Save per-laptop view state when the window closes."""
