"""Dates, times, numbers and money as every screen shows them (``debtdesk.formats``).

The formatting itself lives in the core, so a sum on a screen reads exactly as in
a letter; this module only adds what the screens share around it: an empty cell
for a missing value, and the error naming the form's field when a typed amount is
not one. Tables never sort by these texts (``02.01.2027`` would come before
``15.03.2026``): the register sorts in SQL, the other lists in the operations, on
the dates and Decimals themselves.
"""

from __future__ import annotations

from datetime import date, datetime, time
from decimal import Decimal

from debtdesk import formats
from debtdesk.errors import ValidationError


def format_day(day: date | datetime | None) -> str:
    """``15.03.2026`` (kk, ru) or ``15 Mar 2026`` (en); empty for no date."""
    return formats.format_date_short(day) if day else ""


def format_day_long(day: date | datetime | None) -> str:
    """``15 марта 2026 г.``, as headings and letters write it; empty for no date."""
    return formats.format_date(day) if day else ""


def format_weekday(day: date, abbreviated: bool = False) -> str:
    """The weekday's name in the interface language (``вторник``; ``вт`` abbreviated)."""
    return formats.format_date(day, width="EEE" if abbreviated else "EEEE")


def format_day_with_weekday(day: date) -> str:
    """``вторник, 15 декабря 2026 г.``: headings people read as a day of their week.

    The weekday is spelled out: CLDR's Kazakh abbreviations (``сс``, ``ср``) are
    not what Kazakh readers recognise at a glance.
    """
    return f"{format_weekday(day)}, {formats.format_date(day)}"


def format_month(day: date) -> str:
    """The month of ``day`` as a calendar heading names it: ``ноябрь 2026``, ``November 2026``."""
    return formats.format_date(day, width="LLLL y")


def format_time(value: time | datetime | None) -> str:
    """``10:30`` (24-hour clock in every language); empty for no time."""
    return formats.format_time(value) if value is not None else ""


def format_moment(value: datetime | None) -> str:
    """A date and time for tables and messages: ``15.03.2026 10:30``; empty for none."""
    return formats.format_datetime_short(value) if value else ""


def format_money(amount: Decimal | None, currency: str | None = None) -> str:
    """``1 234 567,89 ₸`` (kk, ru) or ``₸1,234,567.89`` (en); a bare number without currency."""
    if amount is None:
        return ""
    if currency:
        return formats.format_money(amount, currency)
    return formats.format_number(amount, digits=2)


def format_count(count: int) -> str:
    """A whole number with the language's grouping: ``12 345`` (ru), ``12,345`` (en)."""
    return formats.format_number(count)


def amount_text(amount: Decimal | None) -> str:
    """An amount as a form field shows it to be edited: grouped, with its own decimals.

    ``1 234 567,5`` in Russian, ``1,234,567.5`` in English; ``parse_amount`` reads it
    back unchanged, so saving an untouched form changes nothing.
    """
    if amount is None:
        return ""
    exponent = amount.as_tuple().exponent
    places = -exponent if isinstance(exponent, int) and exponent < 0 else 0
    return formats.format_number(amount, digits=places)


def parse_amount(text: str, field: str) -> str:
    """A typed amount as plain decimal text for the services (``"1234.50"``); "" when blank.

    Accepts what the interface language prints (``1 234,50`` in ru with plain or
    no-break spaces, ``1,234.50`` in en, with or without ₸). With the English
    interface an amount English cannot read is read as Russian, since advisors
    copy sums off Kazakh and Russian papers (``750 000,25``); one English can
    read (``2,000``) stays English. A typo raises ``ValidationError`` naming
    ``field`` so the form shows it beside that field. The services still judge
    the value (places, sign, size).
    """
    if not text.strip():
        return ""
    try:
        return format(formats.parse_amount(text), "f")
    except ValidationError as exc:
        error = exc
    if formats.lang_or_current(None) == "en":
        try:
            return format(formats.parse_amount(text, "ru"), "f")
        except ValidationError as exc:
            error = exc  # says more about commas than English's "not an amount"
    raise ValidationError(field, error.message) from None
