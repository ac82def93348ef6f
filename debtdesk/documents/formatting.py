"""Dates, money and numbers as a letter in Kazakh, Russian or English prints them (babel).

The letter's language picks the locale (``kk_KZ``, ``ru_KZ``, ``en``), never the
language of the program's interface. Tenge always prints as ₸: CLDR gives it for
the Kazakhstan locales but "KZT" for English. Babel's narrow no-break space
(U+202F) becomes a plain no-break space, which every font and PDF text search
handles; the no-break spaces themselves stay so "1 234 567,89 ₸" never wraps.
"""

from __future__ import annotations

from datetime import date, datetime, time
from decimal import Decimal, InvalidOperation
from functools import lru_cache

from babel import Locale
from babel.dates import format_date as _babel_date
from babel.dates import format_datetime as _babel_datetime
from babel.dates import format_time as _babel_time
from babel.numbers import format_currency, format_decimal, get_currency_symbol

from debtdesk.errors import ValidationError
from debtdesk.i18n import _

LOCALES = {"kk": "kk_KZ", "ru": "ru_KZ", "en": "en"}
# Long dates the way official letters write them; other widths come from CLDR.
_LONG_DATE = {
    "kk": "y 'жылғы' d MMMM",  # 2026 жылғы 15 наурыз
    "ru": "d MMMM y\xa0'г'.",  # 15 марта 2026 г. (no break before "г.", as CLDR has it)
    "en": "d MMMM y",  # 15 March 2026
}
_SYMBOLS = {"KZT": "₸"}


def locale_for(lang: str) -> str:
    """Babel locale of a letter language (``kk``, ``ru``, ``en``); English if unknown."""
    return LOCALES.get(lang, "en")


@lru_cache(maxsize=16)
def _locale(lang: str) -> Locale:
    # Parsed once: babel parses a locale given by name on every call, which
    # cost more than the formatting itself in a batch of letters.
    return Locale.parse(locale_for(lang))


def _tidy(text: str) -> str:
    return text.replace("\u202f", "\xa0")


def to_decimal(value: object) -> Decimal:
    """``value`` as a Decimal; floats go through their shortest text so 0.1 stays 0.1."""
    if isinstance(value, Decimal):
        return value
    if isinstance(value, bool):
        raise ValidationError("amount", _("not an amount: {value!r}").format(value=value))
    try:
        return Decimal(repr(value) if isinstance(value, float) else str(value).strip())
    except InvalidOperation:
        raise ValidationError("amount", _("not an amount: {value!r}").format(value=value)) from None


def format_money(value: object, currency: str = "KZT", lang: str = "ru") -> str:
    """``1 234 567,89 ₸`` (ru, kk) or ``₸1,234,567.89`` (en).

    ``value`` may be a Decimal, int, numeric string, or an object with
    ``amount`` and ``currency`` (a money value of the finance package).
    """
    amount: object = value
    if hasattr(value, "amount") and hasattr(value, "currency"):
        amount, currency = value.amount, str(value.currency)
    number = to_decimal(amount)
    if not number.is_finite():
        raise ValidationError("amount", _("not an amount: {value!r}").format(value=value))
    locale = _locale(lang)
    text = format_currency(number, currency, locale=locale)
    wanted = _SYMBOLS.get(currency)
    if wanted:
        got = get_currency_symbol(currency, locale=locale)
        if got != wanted:
            text = text.replace(got, wanted)
    return _tidy(text)


def format_number(value: object, lang: str = "ru", digits: int | None = None) -> str:
    """A number with the locale's grouping; ``digits`` fixes the decimals."""
    number = to_decimal(value)
    if digits is not None:
        number = number.quantize(Decimal(1).scaleb(-max(0, min(digits, 10))))
        pattern = "#,##0" + ("." + "0" * max(0, min(digits, 10)) if digits > 0 else "")
        return _tidy(format_decimal(number, format=pattern, locale=_locale(lang)))
    return _tidy(format_decimal(number, locale=_locale(lang)))


def format_date(value: date | datetime | str, lang: str = "ru", width: str = "long") -> str:
    """``15 марта 2026 г.``; ``width`` is short, medium, long, full, or a CLDR pattern."""
    if isinstance(value, str):
        try:
            value = date.fromisoformat(value)
        except ValueError:
            raise ValidationError("date", _("not a date: {value!r}").format(value=value)) from None
    if isinstance(value, datetime):
        value = value.date()
    pattern = _LONG_DATE.get(lang, _LONG_DATE["en"]) if width == "long" else width
    return _tidy(_babel_date(value, format=pattern, locale=_locale(lang)))


def format_time(value: time | datetime | str, lang: str = "ru") -> str:
    """``10:30`` in every locale the program prints (24-hour clock)."""
    if isinstance(value, str):
        try:
            value = time.fromisoformat(value)
        except ValueError:
            raise ValidationError("time", _("not a time: {value!r}").format(value=value)) from None
    if isinstance(value, datetime):
        value = value.time()
    return _tidy(_babel_time(value, format="HH:mm", locale=_locale(lang)))


def format_datetime(value: datetime, lang: str = "ru") -> str:
    """Long date and 24-hour time, e.g. ``15 марта 2026 г., 10:30``."""
    pattern = _LONG_DATE.get(lang, _LONG_DATE["en"]) + ", HH:mm"
    return _tidy(_babel_datetime(value, format=pattern, locale=_locale(lang)))
