"""The one way debtdesk writes and reads dates, numbers and money, by language (babel).

Screens, letters, pages and the command line all format through here, so a sum
reads ``1 234 567,89 ₸`` wherever it appears. The language is ``kk``, ``ru`` or
``en`` (babel locales ``kk_KZ``, ``ru_KZ``, ``en``); functions that take
``lang=None`` use the interface language of :mod:`debtdesk.i18n`, while letters
pass their own language, which need not be the interface's.

Tenge always prints as ₸: CLDR gives it for the Kazakhstan locales but "KZT" for
English. Babel's narrow no-break space (U+202F) becomes a plain no-break space,
which every font and PDF text search handles; the no-break spaces themselves
stay so "1 234 567,89 ₸" never wraps. The ``parse_*`` functions accept what the
``format_*`` functions print in the same language, plus ISO dates and plain
numbers, so a value typed back into a field as it was shown is understood.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from typing import Final

from babel import Locale
from babel.dates import format_date as _babel_date
from babel.dates import format_datetime as _babel_datetime
from babel.dates import format_time as _babel_time
from babel.numbers import (
    format_currency,
    format_decimal,
    get_currency_precision,
    get_currency_symbol,
    get_decimal_quantum,
    get_decimal_symbol,
    get_group_symbol,
)

from debtdesk.errors import ValidationError
from debtdesk.i18n import _, current_language

LOCALES: Final = {"kk": "kk_KZ", "ru": "ru_KZ", "en": "en"}
# Long dates the way official letters write them; other widths come from CLDR.
_LONG_DATE: Final = {
    "kk": "y 'жылғы' d MMMM",  # 2026 жылғы 15 наурыз
    "ru": "d MMMM y\xa0'г'.",  # 15 марта 2026 г. (no break before "г.", as CLDR has it)
    "en": "d MMMM y",  # 15 March 2026
}
# Dates in tables and fields: numeric where the locale writes them so, and
# spelled-out month for English, where 03/04/2026 reads differently on each side
# of the Atlantic.
_SHORT_DATE: Final = {"kk": "dd.MM.y", "ru": "dd.MM.y", "en": "d MMM y"}
_SYMBOLS: Final = {"KZT": "₸"}
# Currency marks a typed amount may carry; they are dropped before reading the number.
_CURRENCY_WORDS: Final = re.compile(r"₸|\bKZT\b|\bтенге\b|\bтеңге\b|\bтг\.?|\$|€|₽", re.IGNORECASE)
_SPACES: Final = re.compile(r"[\s\u00a0\u202f\u2009]+")
_NUMERIC_DATE: Final = re.compile(r"^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$")
_WORD: Final = re.compile(r"\d+|[^\W\d_]+", re.UNICODE)
# Words the long forms put around the day, month and year ("г.", "жылғы").
_FILLER: Final = frozenset({"г", "года", "год", "ж", "жыл", "жылғы", "of"})


def lang_or_current(lang: str | None) -> str:
    """``lang`` if it is one the program writes, else the interface language."""
    chosen = lang or current_language()
    return chosen if chosen in LOCALES else "en"


def locale_for(lang: str) -> str:
    """Babel locale of a language (``kk``, ``ru``, ``en``); English if unknown."""
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


# --- writing ------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _MoneyShape:
    """What babel's currency pattern of one (language, currency) prints around the digits.

    ``format_currency`` re-reads the locale's symbols, replaces the currency
    signs and strips quotes on every call, though all of that depends only on
    the language, the currency and the sign: a letter batch formats thousands
    of sums. The shape holds the finished affixes (with ₸ and the tidied
    spaces), so only the digits are worked out per sum, the way babel does.
    """

    prefix: tuple[str, str]  # positive, negative
    suffix: tuple[str, str]
    quantum: Decimal
    places: int
    min_int: int
    grouping: tuple[int, int]
    group: str
    decimal: str


@lru_cache(maxsize=64)
def _money_shape(lang: str, currency: str) -> _MoneyShape | None:
    """The shape of sums in ``currency`` for ``lang``, or None where only babel will do."""
    locale = _locale(lang)
    pattern = locale.currency_formats["standard"]
    if pattern.exp_prec or "@" in pattern.pattern or not pattern.number_pattern or pattern.scale:
        return None
    symbol = get_currency_symbol(currency, locale=locale)
    wanted = _SYMBOLS.get(currency, symbol)
    group = get_group_symbol(locale, numbering_system="latn")
    decimal = get_decimal_symbol(locale, numbering_system="latn")
    if any(ch.isdigit() or ch in group + decimal for ch in symbol):
        return None  # babel's replacement of the symbol could reach into the digits

    def affix(text: str) -> str | None:
        if "¤¤¤" in text or "'" in text:
            return None  # plural currency names, quoted text: babel's work
        return _tidy(
            text.replace("¤¤", currency.upper()).replace("¤", symbol).replace(symbol, wanted)
        )

    prefixes = [affix(text) for text in pattern.prefix]
    suffixes = [affix(text) for text in pattern.suffix]
    if None in prefixes or None in suffixes:
        return None
    places = get_currency_precision(currency)
    return _MoneyShape(
        prefix=(str(prefixes[0]), str(prefixes[1])),
        suffix=(str(suffixes[0]), str(suffixes[1])),
        quantum=get_decimal_quantum(places),
        places=places,
        min_int=pattern.int_prec[0],
        grouping=(pattern.grouping[0], pattern.grouping[1]),
        group=_tidy(group),
        decimal=_tidy(decimal),
    )


def _shaped(number: Decimal, shape: _MoneyShape) -> str:
    """``number`` in ``shape``: babel's ``NumberPattern.apply`` for a currency, step by step."""
    number = number.scaleb(0)  # as babel does: rounds to the context's precision
    negative = int(number.is_signed())
    rounded = abs(number).normalize().quantize(shape.quantum)
    whole, _sep, fraction = f"{rounded:f}".partition(".")
    if len(whole) < shape.min_int:
        whole = "0" * (shape.min_int - len(whole)) + whole
    size, later = shape.grouping
    groups = ""
    while len(whole) > size:
        groups = shape.group + whole[-size:] + groups
        whole = whole[:-size]
        size = later
    digits = whole + groups
    if shape.places:
        fraction = fraction or "0"
        if len(fraction) < shape.places:
            fraction += "0" * (shape.places - len(fraction))
        digits += shape.decimal + fraction
    return shape.prefix[negative] + digits + shape.suffix[negative]


def format_money(value: object, currency: str = "KZT", lang: str | None = None) -> str:
    """``1 234 567,89 ₸`` (ru, kk) or ``₸1,234,567.89`` (en).

    ``value`` may be a Decimal, int, numeric string, or an object with
    ``amount`` and ``currency`` (a money value of the finance package).
    The text is babel's ``format_currency``, worked out through a cached
    :class:`_MoneyShape` where the locale's pattern allows.
    """
    lang = lang_or_current(lang)
    amount: object = value
    if hasattr(value, "amount") and hasattr(value, "currency"):
        amount, currency = value.amount, str(value.currency)
    number = to_decimal(amount)
    if not number.is_finite():
        raise ValidationError("amount", _("not an amount: {value!r}").format(value=value))
    shape = _money_shape(lang, currency)
    if shape is not None:
        return _shaped(number, shape)
    return _babel_money(number, currency, lang)


def _babel_money(number: Decimal, currency: str, lang: str) -> str:
    """babel's own formatting of a sum (the reference :func:`_shaped` reproduces)."""
    locale = _locale(lang)
    text = format_currency(number, currency, locale=locale)
    wanted = _SYMBOLS.get(currency)
    if wanted:
        got = get_currency_symbol(currency, locale=locale)
        if got != wanted:
            text = text.replace(got, wanted)
    return _tidy(text)


def format_number(value: object, lang: str | None = None, digits: int | None = None) -> str:
    """A number with the locale's grouping; ``digits`` fixes the decimals."""
    locale = _locale(lang_or_current(lang))
    number = to_decimal(value)
    if digits is not None:
        places = max(0, min(digits, 10))
        number = number.quantize(Decimal(1).scaleb(-places))
        pattern = "#,##0" + ("." + "0" * places if places else "")
        return _tidy(format_decimal(number, format=pattern, locale=locale))
    return _tidy(format_decimal(number, locale=locale))


def _as_date(value: date | datetime | str) -> date:
    if isinstance(value, str):
        try:
            value = date.fromisoformat(value)
        except ValueError:
            raise ValidationError("date", _("not a date: {value!r}").format(value=value)) from None
    if isinstance(value, datetime):
        return value.date()
    return value


@lru_cache(maxsize=4096)
def _dated(value: date, pattern: str, lang: str) -> str:
    # Kept: a letter batch prints the same few dates (today, the deadlines of
    # the month) thousands of times, and babel works each one out anew.
    return _tidy(_babel_date(value, format=pattern, locale=_locale(lang)))


def format_date(value: date | datetime | str, lang: str | None = None, width: str = "long") -> str:
    """``15 марта 2026 г.``; ``width`` is short, medium, long, full, or a CLDR pattern."""
    lang = lang_or_current(lang)
    pattern = _LONG_DATE[lang] if width == "long" else width
    return _dated(_as_date(value), pattern, lang)


def format_date_short(value: date | datetime | str, lang: str | None = None) -> str:
    """The date as tables and date fields show it: ``15.03.2026`` (kk, ru), ``15 Mar 2026`` (en)."""
    lang = lang_or_current(lang)
    return _dated(_as_date(value), _SHORT_DATE[lang], lang)


def format_weekday(value: date | datetime | str, lang: str | None = None) -> str:
    """The day of the week as a sentence names it: ``Monday``, ``понедельник``, ``дүйсенбі``."""
    lang = lang_or_current(lang)
    return _tidy(_babel_date(_as_date(value), format="EEEE", locale=_locale(lang)))


def format_time(value: time | datetime | str, lang: str | None = None) -> str:
    """``10:30`` in every locale the program prints (24-hour clock)."""
    if isinstance(value, str):
        try:
            value = time.fromisoformat(value)
        except ValueError:
            raise ValidationError("time", _("not a time: {value!r}").format(value=value)) from None
    if isinstance(value, datetime):
        value = value.time()
    return _tidy(_babel_time(value, format="HH:mm", locale=_locale(lang_or_current(lang))))


def format_datetime(value: datetime, lang: str | None = None) -> str:
    """Long date and 24-hour time, e.g. ``15 марта 2026 г., 10:30``."""
    lang = lang_or_current(lang)
    pattern = _LONG_DATE[lang] + ", HH:mm"
    return _tidy(_babel_datetime(value, format=pattern, locale=_locale(lang)))


def format_datetime_short(value: datetime, lang: str | None = None) -> str:
    """Short date and time for tables: ``15.03.2026 10:30``."""
    lang = lang_or_current(lang)
    pattern = _SHORT_DATE[lang] + " HH:mm"
    return _tidy(_babel_datetime(value, format=pattern, locale=_locale(lang)))


# --- reading ------------------------------------------------------------------


@lru_cache(maxsize=8)
def _month_names(lang: str) -> dict[str, int]:
    """Every spelling of each month the locale prints (wide, abbreviated; both cases)."""
    locale = _locale(lang)
    names: dict[str, int] = {}
    for context in ("format", "stand-alone"):
        for width in ("wide", "abbreviated"):
            for number, name in locale.months[context][width].items():
                names[name.lower().rstrip(".")] = number
    return names


@lru_cache(maxsize=8)
def _weekday_names(lang: str) -> frozenset[str]:
    """Weekday names, which the full form prints and a reader may type; they carry no date."""
    locale = _locale(lang)
    return frozenset(
        name.lower().rstrip(".")
        for context in ("format", "stand-alone")
        for width in ("wide", "abbreviated")
        for name in locale.days[context][width].values()
    )


def _not_a_date(text: object) -> ValidationError:
    return ValidationError("date", _("not a date: {value!r}").format(value=text))


def _make_date(year: int, month: int, day: int, text: str) -> date:
    try:
        return date(year, month, day)
    except ValueError:
        raise _not_a_date(text) from None


def parse_date(text: str, lang: str | None = None) -> date:
    """A date typed as ``lang`` prints it: ``15.03.2026``, ``15 марта 2026 г.``, ``2026-03-15``.

    Also reads the English ``15/03/2026`` (day first, as in Kazakhstan and
    Britain) and month names of the language in any case or width. A two-digit
    year is refused: "26" could be 1926 or 2026 in a loan history.
    """
    lang = lang_or_current(lang)
    cleaned = _SPACES.sub(" ", str(text)).strip()
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", cleaned):
        try:
            return date.fromisoformat(cleaned)
        except ValueError:
            raise _not_a_date(text) from None
    numeric = _NUMERIC_DATE.match(cleaned)
    if numeric:
        day, month, year = (int(part) for part in numeric.groups())
        return _make_date(year, month, day, cleaned)
    numbers: list[int] = []
    months: list[int] = []
    names = _month_names(lang)
    for word in _WORD.findall(cleaned.lower()):
        if word.isdigit():
            numbers.append(int(word))
        elif word in names:
            months.append(names[word])
        elif word not in _FILLER and word not in _weekday_names(lang):
            raise _not_a_date(text)
    years = [n for n in numbers if n >= 1000]
    days = [n for n in numbers if n < 1000]
    if len(months) != 1 or len(years) != 1 or len(days) != 1:
        raise _not_a_date(text)
    return _make_date(years[0], months[0], days[0], cleaned)


def parse_amount(text: str | int | Decimal, lang: str | None = None) -> Decimal:
    """An amount typed as ``lang`` prints it: ``1 234 567,89 ₸`` (kk, ru), ``₸1,234,567.89`` (en).

    Kazakh and Russian group digits with spaces and take one comma or one point
    as the decimal separator (both at once is ambiguous and refused, as the
    record fields do); English groups with commas and takes the point. The sign
    and currency marks (₸, KZT, тенге, теңге, тг) may be left in. The result is
    not rounded: the field that stores it decides the places.
    """
    lang = lang_or_current(lang)
    if isinstance(text, bool):
        raise ValidationError("amount", _("not an amount: {value!r}").format(value=text))
    if isinstance(text, int | Decimal):
        return to_decimal(text)
    raw = str(text)
    body = _SPACES.sub("", _CURRENCY_WORDS.sub("", raw))
    if lang == "en":
        if re.fullmatch(r"[+-]?\d{1,3}(,\d{3})+(\.\d+)?", body):
            body = body.replace(",", "")
    elif body.count(",") > 1 or ("," in body and "." in body):
        raise ValidationError(
            "amount",
            _("write the amount with one decimal separator, e.g. 1234567.50 or 1 234 567,50"),
        )
    else:
        body = body.replace(",", ".")
    if not re.fullmatch(r"[+-]?(\d+(\.\d*)?|\.\d+)", body):
        raise ValidationError("amount", _("not an amount: {value!r}").format(value=raw))
    return Decimal(body)
