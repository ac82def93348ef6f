"""The pages of the main window, named without importing them.

Start-up on an old laptop must load only what the first screen needs: the
Letters page pulls in QtPdf and the document pipeline, the Calendar page the
holiday calendar. So the rail is built from these entries — name, icon and
title, all known without the module — and a page's module is imported and
the page built the first time it is shown (``MainWindow.page``).

A title here is the same English text the page's own ``title()`` passes to
``self.tr``, in the page class's translation context, so both show the same
translation (``tests/ui/test_main_window.py`` checks they agree).
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

if TYPE_CHECKING:
    from ui.pages.base import Page


@dataclass(frozen=True)
class PageEntry:
    """One rail entry: the page class ``class_name`` in ``module``, imported on first show."""

    NAME: str
    module: str
    class_name: str
    TITLE: str
    ICON: str = ""

    def icon_name(self) -> str:
        return self.ICON or self.NAME

    def title(self) -> str:
        return QCoreApplication.translate(self.class_name, self.TITLE)

    def load(self) -> type[Page]:
        page_class = getattr(importlib.import_module(self.module), self.class_name)
        assert page_class.NAME == self.NAME, (self.module, page_class.NAME)
        return page_class


# The order: Today, Cases, Calendar, Letters, Reports, Settings.
TODAY = PageEntry(
    "today", "ui.pages.today_page", "TodayPage", QT_TRANSLATE_NOOP("TodayPage", "Today")
)
CASES = PageEntry(
    "cases", "ui.pages.cases_page", "CasesPage", QT_TRANSLATE_NOOP("CasesPage", "Cases")
)
CALENDAR = PageEntry(
    "calendar",
    "ui.pages.calendar_page",
    "CalendarPage",
    QT_TRANSLATE_NOOP("CalendarPage", "Calendar"),
)
LETTERS = PageEntry(
    "letters", "ui.pages.letters_page", "LettersPage", QT_TRANSLATE_NOOP("LettersPage", "Letters")
)
REPORTS = PageEntry(
    "reports", "ui.pages.reports_page", "ReportsPage", QT_TRANSLATE_NOOP("ReportsPage", "Reports")
)
SETTINGS = PageEntry(
    "settings",
    "ui.pages.settings_page",
    "SettingsPage",
    QT_TRANSLATE_NOOP("SettingsPage", "Settings"),
)
