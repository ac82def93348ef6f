"""Optional dates and times typed the quick way: ``151226`` is 15.12.2026.

A line edit, not a ``QDateEdit``: an optional date must be able to stay empty
(a date edit always holds some date), and typing six digits is faster than
stepping through day, month and year sections or opening a calendar while a
debtor reads dates off a court paper. The field shows back what it understood
(``15.12.2026, Tue``) so a wrong guess is seen at once.
"""

from __future__ import annotations

import re
from datetime import date, time

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLineEdit, QWidget

from debtdesk import clock, formats
from debtdesk.errors import ValidationError
from ui.formatting import format_day, format_time, format_weekday

_SEPARATED = re.compile(r"^(\d{1,2})[.\-/ ](\d{1,2})(?:[.\-/ ](\d{2}|\d{4}))?$")
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_TIME = re.compile(r"^(\d{1,2})(?:[:.\s]?(\d{2}))?$")


def _full_year(year: int, today: date) -> int:
    """Two digits: this century up to ten years ahead, else the last one (95 is 1995)."""
    if year >= 100:
        return year
    century = today.year // 100 * 100
    return century + year if century + year <= today.year + 10 else century - 100 + year


def parse_day(text: str, today: date | None = None) -> date | None:
    """The date in ``text``: ``15.12.2026``, ``15.12.26``, ``15.12``, ``151226``, ``15122026``.

    Day first, as dates are written in Kazakhstan; without a year, this year.
    Also what the field shows back in the interface language (``15 Dec 2026``,
    ``15 декабря 2026 г.``), so a tidied date reads back unchanged. Empty text is
    no date; anything else unreadable raises ``ValueError``.
    """
    today = today or clock.today()
    text = text.strip()
    if not text:
        return None
    iso = _ISO.match(text)
    if iso:
        return date(int(iso[1]), int(iso[2]), int(iso[3]))
    match = _SEPARATED.match(text)
    if match:
        day, month, year = match[1], match[2], match[3]
    elif text.isdigit() and len(text) in (4, 6, 8):
        day, month, year = text[:2], text[2:4], text[4:] or None
    else:
        try:
            return formats.parse_date(text)
        except ValidationError:
            raise ValueError(text) from None
    full_year = _full_year(int(year), today) if year else today.year
    return date(full_year, int(month), int(day))


def parse_time(text: str) -> time | None:
    """``10:30``, ``10.30``, ``1030`` or ``10``; empty text is no time."""
    text = text.strip()
    if not text:
        return None
    match = _TIME.match(text)
    if not match:
        raise ValueError(text)
    return time(int(match[1]), int(match[2] or 0))


class DateField(QLineEdit):
    """An optional date, typed as digits; shown back as the interface language writes it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(QCoreApplication.translate("DateField", "dd.mm.yyyy"))
        self.setMaxLength(24)  # "15 декабря 2026 г." typed out, with room to spare
        self.editingFinished.connect(self.tidy)

    def day(self) -> date | None:
        """The date typed (None when empty); ``ValueError`` when it is not a date."""
        return parse_day(self.text())

    def tidy(self) -> None:
        """Show the date as understood, so ``0303`` visibly becomes ``03.03.2026`` (ru)."""
        try:
            day = self.day()
        except ValueError:
            return
        if day is not None:
            self.setText(format_day(day))

    def hint(self) -> str:
        """The weekday of the date typed (people remember hearings by weekday), or ""."""
        try:
            day = self.day()
        except ValueError:
            return ""
        if day is None:
            return ""
        return format_weekday(day)


class TimeField(QLineEdit):
    """An optional time of day (``10:30``)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(QCoreApplication.translate("DateField", "hh:mm"))
        self.setMaxLength(5)
        self.editingFinished.connect(self.tidy)

    def value(self) -> time | None:
        return parse_time(self.text())

    def tidy(self) -> None:
        try:
            value = self.value()
        except ValueError:
            return
        if value is not None:
            self.setText(format_time(value))
