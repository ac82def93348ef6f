"""The cached formatting paths print exactly what babel prints.

``format_money`` works sums out through a cached shape of the locale's
currency pattern, and dates are kept once formatted (see ``debtdesk.formats``):
both are only speed, so every output must equal babel's own, checked here on
thousands of random sums and dates, edge cases included.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal, localcontext

import pytest
from babel.dates import format_date as babel_date

from debtdesk import formats
from debtdesk.formats import _babel_money, _money_shape

LANGS = ("kk", "ru", "en")
EDGES = [
    "0", "-0", "0.00", "0.004", "0.005", "0.015", "-0.005", "0.5", "1", "-1", "999.995",
    "999.994", "1000", "-1000", "123456.785", "1234567.89", "-1234567.89", "1E+3", "1E-10",
    "12345678901234567890.125", "99999999999999999999999999.999", "1.23456789012345678901234567890",
    "0.1", "100", "1e2", "-0.001",
]  # fmt: skip


def _outcome(function: object, *args: object, **kwargs: object) -> object:
    """What a call gives: its text, or the type of what it raised (babel refuses some sums)."""
    try:
        return function(*args, **kwargs)  # type: ignore[operator]
    except ArithmeticError as exc:
        return type(exc)


def _amounts(count: int, seed: int) -> list[Decimal]:
    rng = random.Random(seed)
    out = [Decimal(text) for text in EDGES]
    for _ in range(count):
        digits = rng.randint(1, 22)
        whole = rng.randint(0, 10**digits)
        places = rng.randint(0, 6)
        sign = "-" if rng.random() < 0.2 else ""
        out.append(Decimal(f"{sign}{whole}").scaleb(-places))
    return out


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("currency", ["KZT", "USD", "EUR", "RUB", "JPY"])
def test_money_equals_babel(lang: str, currency: str) -> None:
    assert _money_shape(lang, currency) is not None  # the fast path is the one tested
    for amount in _amounts(3000, seed=hash((lang, currency)) & 0xFFFF):
        got = _outcome(formats.format_money, amount, currency, lang=lang)
        assert got == _outcome(_babel_money, amount, currency, lang), amount


def test_money_follows_the_decimal_context_as_babel_does() -> None:
    with localcontext() as context:
        context.prec = 6
        for amount in _amounts(300, seed=7):
            for lang in LANGS:
                got = _outcome(formats.format_money, amount, lang=lang)
                assert got == _outcome(_babel_money, amount, "KZT", lang), amount


def test_the_tenge_sign_and_no_break_spaces() -> None:
    assert formats.format_money(Decimal("-1234567.891"), lang="ru") == "-1\xa0234\xa0567,89\xa0₸"
    assert formats.format_money(Decimal("1234567.891"), lang="en") == "₸1,234,567.89"
    assert formats.format_money(Decimal("-0.001"), lang="en") == "-₸0.00"


@pytest.mark.parametrize("lang", LANGS)
def test_dates_equal_babel(lang: str) -> None:
    rng = random.Random(lang)
    locale = formats._locale(lang)
    days = [date(1900, 1, 1) + timedelta(days=rng.randint(0, 80_000)) for _ in range(2000)]
    for day in days + days[:50]:  # the second time from the cache
        for pattern in (formats._LONG_DATE[lang], formats._SHORT_DATE[lang], "EEEE, d MMM y"):
            want = babel_date(day, format=pattern, locale=locale).replace("\u202f", "\xa0")
            assert formats.format_date(day, lang=lang, width=pattern) == want
        long = babel_date(day, format=formats._LONG_DATE[lang], locale=locale)
        assert formats.format_date(day, lang=lang) == long.replace("\u202f", "\xa0")
        short = babel_date(day, format=formats._SHORT_DATE[lang], locale=locale)
        assert formats.format_date_short(day, lang=lang) == short.replace("\u202f", "\xa0")
