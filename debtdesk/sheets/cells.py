"""Lenient reading of the cells people type in spreadsheets: dates, amounts, phones, IINs.

A sheet kept by a local group for years holds every way of writing a date
("12.03.2014", "2014-03-12", "12 марта 2014", "2014 жылғы 12 наурыз", an Excel
date cell or its serial number) and of writing money ("1 500 000 ₸",
"1,500,000.00", "1500000 тг"). Each function here turns one cell into the
value the services expect, or raises ``ValidationError`` naming the field with
a reason a volunteer can act on. Nothing here guesses silently: a cell that
reads two ways ("03/04/2014" is always day first here, as everywhere in
Kazakhstan) follows one documented rule.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, datetime, time, timedelta
from decimal import Decimal, InvalidOperation
from typing import Any

from debtdesk import clock
from debtdesk.errors import ValidationError
from debtdesk.i18n import _
from debtdesk.services.fields import normalize_phone
from debtdesk.services.iin import iin_problem
from debtdesk.text import fold

# Month names by their folded start: Russian (any case ending), Kazakh, English.
# Three letters tell every month apart within a language and across them.
_MONTHS: dict[str, int] = {}
for _number, _names in enumerate(
    (
        ("янв", "қаң", "jan"),
        ("фев", "ақп", "feb"),
        ("мар", "нау", "mar"),
        ("апр", "сәу", "apr"),
        ("мая", "май", "мам", "may"),
        ("июн", "мау", "jun"),
        ("июл", "шіл", "jul"),
        ("авг", "там", "aug"),
        ("сен", "қыр", "sep"),
        ("окт", "қаз", "oct"),
        ("ноя", "қар", "nov"),
        ("дек", "жел", "dec"),
    ),
    start=1,
):
    for _name in _names:
        _MONTHS[fold(_name)] = _number  # folded: Kazakh letters read as Russian ones

_NUMERIC_DATE = re.compile(r"^(\d{1,2})[./\-](\d{1,2})[./\-](\d{2}|\d{4})$")
_ISO_DATE = re.compile(r"^(\d{4})[./\-](\d{1,2})[./\-](\d{1,2})$")
_TOKENS = re.compile(r"\d+|[^\W\d_]+")
# Excel counts days from 1899-12-30 (its 1900 leap-year bug folded in); serials
# outside these bounds (1954–2119) are not dates anyone types in a case sheet.
_EXCEL_EPOCH = date(1899, 12, 30)
_SERIAL_RANGE = (20000, 80000)


def _year(text: str) -> int:
    year = int(text)
    if len(text) == 2:  # "12.03.14": this century unless that is in the future
        year += 2000 if year <= clock.today().year % 100 + 5 else 1900
    return year


def _day(field: str, year: int, month: int, day: int, raw: Any) -> date:
    try:
        return date(year, month, day)
    except ValueError as exc:
        raise ValidationError(field, _("not a real date: {v}").format(v=raw)) from exc


def parse_date(field: str, value: Any) -> date | None:
    """A date from a date cell, an Excel serial number or text in kk/ru/en.

    Numeric text is day first (``12.03.2014``, ``12/03/2014``) unless it starts
    with a four-digit year (``2014-03-12``).
    """
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, bool):
        raise ValidationError(field, _("not a date: {v}").format(v=value))
    if isinstance(value, int | float | Decimal):
        serial = float(value)
        if _SERIAL_RANGE[0] <= serial <= _SERIAL_RANGE[1] and serial == int(serial):
            return _EXCEL_EPOCH + timedelta(days=int(serial))
        raise ValidationError(field, _("not a date: {v}").format(v=value))
    text = str(value).strip()
    text = text.split(" ")[0] if re.match(r"^\d{4}-\d\d-\d\d[ T]\d", text) else text
    text = text.split("T")[0] if re.match(r"^\d{4}-\d\d-\d\dT", text) else text
    if match := _NUMERIC_DATE.match(text):
        d, m, y = match.groups()
        return _day(field, _year(y), int(m), int(d), value)
    if match := _ISO_DATE.match(text):
        y, m, d = match.groups()
        return _day(field, int(y), int(m), int(d), value)
    if text.isdigit():
        return parse_date(field, int(text))
    return _worded_date(field, text, value)


def _worded_date(field: str, text: str, raw: Any) -> date:
    """ "12 марта 2014", "2014 жылғы 12 наурыз", "March 12, 2014": a month word and two numbers."""
    month = None
    numbers: list[str] = []
    for token in _TOKENS.findall(fold(text)):
        if token.isdigit():
            numbers.append(token)
        elif month is None and len(token) >= 3:
            month = _MONTHS.get(token[:3])
    if month is None or len(numbers) != 2:
        raise ValidationError(field, _("not a date: {v} (write it as 12.03.2014)").format(v=raw))
    years = [n for n in numbers if len(n) == 4]
    if len(years) != 1:
        raise ValidationError(field, _("not a date: {v} (the year has four digits)").format(v=raw))
    day = next(n for n in numbers if n is not years[0])
    return _day(field, int(years[0]), month, int(day), raw)


def parse_time(field: str, value: Any) -> time | None:
    """A time of day from a time cell or ``10:30`` / ``10.30`` text."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, datetime):
        return value.time().replace(second=0, microsecond=0)
    if isinstance(value, time):
        return value.replace(second=0, microsecond=0)
    match = re.match(r"^(\d{1,2})[:.](\d{2})(?::\d{2})?$", str(value).strip())
    if match and int(match[1]) < 24 and int(match[2]) < 60:
        return time(int(match[1]), int(match[2]))
    raise ValidationError(field, _("not a time (use HH:MM): {v}").format(v=value))


_CURRENCY_SIGNS = (
    ("₸", "KZT"),
    ("тенге", "KZT"),
    ("теңге", "KZT"),
    ("тг", "KZT"),
    ("kzt", "KZT"),
    ("$", "USD"),
    ("usd", "USD"),
    ("€", "EUR"),
    ("eur", "EUR"),
    ("руб", "RUB"),
    ("rub", "RUB"),
)
_SPACES = re.compile(r"[\s\u00a0\u202f\u2009']+")


def parse_amount(field: str, value: Any) -> tuple[Decimal | None, str | None]:
    """An amount and the currency written with it (None when no sign was written).

    ``1 500 000``, ``1,500,000.50``, ``1.500.000,50``, ``1500000,5``: the last
    of ``.`` and ``,`` is the decimal point when it has one or two digits after
    it; otherwise they separate thousands.
    """
    if value is None or (isinstance(value, str) and not value.strip()):
        return None, None
    if isinstance(value, bool):
        raise ValidationError(field, _("not an amount: {v}").format(v=value))
    if isinstance(value, int | Decimal):
        return Decimal(value).quantize(Decimal("0.01")), None
    if isinstance(value, float):
        return Decimal(repr(value)).quantize(Decimal("0.01")), None
    text = str(value).strip().lower()
    currency = None
    for sign, code in _CURRENCY_SIGNS:
        if sign in text:
            currency = code
            text = text.replace(sign, "")
    text = _SPACES.sub("", text).rstrip(".")
    if not re.fullmatch(r"-?[\d.,]+", text):
        raise ValidationError(field, _("not an amount: {v}").format(v=value))
    last = max(text.rfind("."), text.rfind(","))
    if last >= 0 and len(text) - last - 1 in (1, 2) and text.count(text[last]) == 1:
        whole, cents = text[:last], text[last + 1 :]
    else:
        whole, cents = text, ""
    whole = whole.replace(".", "").replace(",", "")
    try:
        amount = Decimal(f"{whole}.{cents or '0'}")
    except InvalidOperation as exc:
        raise ValidationError(field, _("not an amount: {v}").format(v=value)) from exc
    return amount.quantize(Decimal("0.01")), currency


def parse_phone(field: str, value: Any) -> str | None:
    """``+7XXXXXXXXXX`` from any usual way of writing it, a number cell included."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, float) and value == int(value):
        value = int(value)
    phone = normalize_phone(str(value))
    if phone is None:
        raise ValidationError(
            field, _("not a phone number: {v} (e.g. +7 701 123 45 67)").format(v=value)
        )
    return phone


_SCIENTIFIC = re.compile(r"^\d+(?:[.,]\d+)?e[+-]?\d+$", re.IGNORECASE)


def parse_iin(field: str, value: Any) -> str | None:
    """The IIN of a cell, its lost leading zero put back when that makes it valid.

    A spreadsheet that took the IIN for a number drops its leading zero
    (``010203500123`` becomes ``10203500123``): eleven digits are given the zero
    back when the result is a valid IIN. One shown in scientific notation
    (``1.02E+10``) has lost digits for good and is refused.
    """
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, float):
        if value != int(value):
            raise ValidationError(field, _("not an IIN: {v}").format(v=value))
        value = int(value)
    text = str(value).strip().replace(" ", "").replace("\u00a0", "")
    if _SCIENTIFIC.match(text):
        raise ValidationError(
            field,
            _(
                "the IIN {v} was saved in scientific notation and its digits are lost: "
                "format the column as text in the spreadsheet and type the IIN again"
            ).format(v=text),
        )
    if text.endswith(".0"):
        text = text[:-2]
    if len(text) == 11 and text.isdigit() and iin_problem("0" + text) is None:
        return "0" + text
    problem = iin_problem(text)
    if problem:
        raise ValidationError(field, f"{problem}: {text}")
    return text


_LANGUAGES = {"ru": "ru", "рус": "ru", "kk": "kk", "kz": "kk", "қаз": "kk", "каз": "kk"}
_LANGUAGES |= {"en": "en", "анг": "en", "ағы": "en"}
_LANGUAGES = {fold(k): v for k, v in _LANGUAGES.items()}


def parse_language(field: str, value: Any) -> str | None:
    """``ru``/``kk``/``en`` from a code or a language's name in any of the three."""
    if value is None or not str(value).strip():
        return None
    key = fold(str(value).strip())
    found = _LANGUAGES.get(key[:3]) or _LANGUAGES.get(key[:2])
    if found is None:
        raise ValidationError(field, _("not a language (ru, kk or en): {v}").format(v=value))
    return found


def parse_text(field: str, value: Any) -> str | None:
    """Text with runs of spaces made one; numbers written without a trailing ``.0``."""
    if value is None:
        return None
    if isinstance(value, float) and value == int(value):
        value = int(value)
    text = " ".join(str(value).split())
    return text or None


# How each field's cell is read; the principal's reader gives (amount, currency).
# The import and the app's preview of the mapping both read through this table.
READERS: dict[str, Callable[[str, Any], Any]] = {
    "full_name": parse_text,
    "iin": parse_iin,
    "phone": parse_phone,
    "city": parse_text,
    "language": parse_language,
    "bank": parse_text,
    "principal": parse_amount,
    "next_hearing": parse_date,
    "next_hearing_time": parse_time,
    "decision_date": parse_date,
    "eviction_date": parse_date,
}
