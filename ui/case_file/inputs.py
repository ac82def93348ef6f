"""Inputs the case-file forms share: a date typed as dd.mm.yyyy (with a calendar) and
a time; ``ui.formatting`` shows dates and money.

Advisors type dates the way Kazakh and Russian papers print them, ``09.12.2026``;
a date field that opens a calendar on every click would slow them down, so the
calendar is one button beside a plain line edit. A typed date that is not a date
raises ``ValidationError`` naming the form's field, so the message appears
beside it like the services' own messages.
"""

from __future__ import annotations

import re
from datetime import date, time

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLineEdit,
    QMenu,
    QToolButton,
    QWidget,
    QWidgetAction,
)

from debtdesk import formats
from debtdesk.errors import ValidationError
from ui.formatting import amount_text, format_day, format_money, format_time

# Kept importable from here for code written before ui.formatting held them.
__all__ = [
    "DateField",
    "amount_text",
    "format_day",
    "format_money",
    "format_time",
    "parse_day",
    "parse_time",
]

_DMY = re.compile(r"^(\d{1,2})[.\-/ ,](\d{1,2})[.\-/ ,](\d{2}|\d{4})$")
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_DIGITS = re.compile(r"^(\d{2})(\d{2})(\d{4})$")
_TIME = re.compile(r"^(\d{1,2})(?:[:.\- ]?(\d{2}))?$")


def _tr(text: str) -> str:
    return QCoreApplication.translate("inputs", text)


def parse_day(text: str, field: str) -> date | None:
    """``09.12.2026``, ``9.12.26``, ``09122026``, ``2026-12-09``; None when blank.

    Also what the field itself shows in the interface language (``9 Dec 2026`` in
    English, ``9 декабря 2026 г.``), so a date shown and left untouched reads back.
    """
    text = text.strip()
    if not text:
        return None
    parts: tuple[str, str, str] | None = None
    if (m := _DMY.match(text)) or (m := _DIGITS.match(text)):
        parts = (m[1], m[2], m[3])
    elif m := _ISO.match(text):
        parts = (m[3], m[2], m[1])
    if parts is not None:
        day, month, year = (int(p) for p in parts)
        if year < 100:
            year += 2000
        try:
            return date(year, month, day)
        except ValueError:
            pass
    else:
        try:
            return formats.parse_date(text)
        except ValidationError:
            pass
    raise ValidationError(
        field, _tr("not a date: {text} (type it as dd.mm.yyyy)").format(text=text)
    )


def parse_time(text: str, field: str) -> time | None:
    """``10:30``, ``10.30``, ``1030`` or ``10``; None when blank."""
    text = text.strip()
    if not text:
        return None
    m = _TIME.match(text)
    if m is not None:
        hour, minute = int(m[1]), int(m[2] or 0)
        if hour < 24 and minute < 60:
            return time(hour, minute)
    raise ValidationError(field, _tr("not a time: {text} (type it as hh:mm)").format(text=text))


class DateField(QWidget):
    """A line edit for ``dd.mm.yyyy`` with a calendar button; ``value()`` parses it."""

    # The text changed (typed or picked in the calendar).
    edited = Signal()

    def __init__(self, field: str, day: date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = field
        self.line = QLineEdit(format_day(day))
        self.line.setObjectName(f"{field}Edit")
        self.line.setPlaceholderText(_tr("dd.mm.yyyy"))
        self.line.setMaxLength(24)
        sample = format_day(date(2026, 12, 28))  # the widest the language shows
        self.line.setMinimumWidth(self.line.fontMetrics().horizontalAdvance(sample + "00") + 16)
        self.line.textChanged.connect(self.edited)
        self.calendar = QCalendarWidget()
        self.calendar.setGridVisible(False)
        self.calendar.clicked.connect(self._picked)
        self.calendar.activated.connect(self._picked)
        menu = QMenu(self)
        holder = QWidgetAction(menu)
        holder.setDefaultWidget(self.calendar)
        menu.addAction(holder)
        menu.aboutToShow.connect(self._sync_calendar)
        self._menu = menu
        button = QToolButton()
        button.setObjectName(f"{field}Calendar")
        button.setText("▾")
        button.setToolTip(_tr("Pick the date in a calendar"))
        button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        button.setMenu(menu)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes field to field
        self.button = button
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.line, 1)
        layout.addWidget(button)
        self.setFocusProxy(self.line)

    def text(self) -> str:
        return self.line.text()

    def setText(self, text: str) -> None:
        self.line.setText(text)

    def set_day(self, day: date | None) -> None:
        self.line.setText(format_day(day))

    def value(self) -> date | None:
        """The typed date; ``ValidationError`` naming this field if it is not one."""
        return parse_day(self.line.text(), self.field)

    def _sync_calendar(self) -> None:
        try:
            day = self.value()
        except ValidationError:
            day = None
        if day is not None:
            self.calendar.setSelectedDate(QDate(day.year, day.month, day.day))

    def _picked(self, picked: QDate) -> None:
        self.set_day(date(picked.year(), picked.month(), picked.day()))
        self._menu.close()
        self.line.setFocus()
