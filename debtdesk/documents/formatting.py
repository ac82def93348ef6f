"""Dates, money and numbers as a letter in Kazakh, Russian or English prints them.

The letter's language picks the locale, never the language of the program's
interface, so every function here takes ``lang`` and defaults to Russian, the
language most letters are written in. The formatting itself lives in
:mod:`debtdesk.formats`, the one implementation the screens use too; this module
only keeps the letters' names and defaults.
"""

from __future__ import annotations

from datetime import date, datetime, time

from debtdesk import formats
from debtdesk.formats import LOCALES, locale_for, to_decimal

__all__ = [
    "LOCALES",
    "format_date",
    "format_datetime",
    "format_money",
    "format_number",
    "format_time",
    "locale_for",
    "to_decimal",
]


def format_money(value: object, currency: str = "KZT", lang: str = "ru") -> str:
    """``1 234 567,89 ₸`` (ru, kk) or ``₸1,234,567.89`` (en); see :func:`formats.format_money`."""
    return formats.format_money(value, currency, lang)


def format_number(value: object, lang: str = "ru", digits: int | None = None) -> str:
    """A number with the locale's grouping; ``digits`` fixes the decimals."""
    return formats.format_number(value, lang, digits)


def format_date(value: date | datetime | str, lang: str = "ru", width: str = "long") -> str:
    """``15 марта 2026 г.``; ``width`` is short, medium, long, full, or a CLDR pattern."""
    return formats.format_date(value, lang, width)


def format_time(value: time | datetime | str, lang: str = "ru") -> str:
    """``10:30`` in every locale the program prints (24-hour clock)."""
    return formats.format_time(value, lang)


def format_datetime(value: datetime, lang: str = "ru") -> str:
    """Long date and 24-hour time, e.g. ``15 марта 2026 г., 10:30``."""
    return formats.format_datetime(value, lang)
