"""One way to write and read dates, numbers and money in kk, ru and en (debtdesk.formats)."""

from __future__ import annotations

import ast
from datetime import date, datetime, time
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from debtdesk import formats, i18n
from debtdesk.documents import formatting
from debtdesk.errors import ValidationError

LANGS = ("kk", "ru", "en")
DAY = date(2026, 3, 15)
AMOUNT = Decimal("1234567.89")


def test_money_in_each_language() -> None:
    assert formats.format_money(AMOUNT, lang="ru") == "1\xa0234\xa0567,89\xa0₸"
    assert formats.format_money(AMOUNT, lang="kk") == "1\xa0234\xa0567,89\xa0₸"
    assert formats.format_money(AMOUNT, lang="en") == "₸1,234,567.89"
    assert formats.format_number(AMOUNT, "ru", digits=0) == "1\xa0234\xa0568"


def test_dates_long_and_short_in_each_language() -> None:
    assert formats.format_date(DAY, "ru") == "15 марта 2026\xa0г."
    assert formats.format_date(DAY, "kk") == "2026 жылғы 15 наурыз"
    assert formats.format_date(DAY, "en") == "15 March 2026"
    assert formats.format_date_short(DAY, "ru") == "15.03.2026"
    assert formats.format_date_short(DAY, "kk") == "15.03.2026"
    assert formats.format_date_short(DAY, "en") == "15 Mar 2026"
    moment = datetime(2026, 3, 15, 9, 5)
    assert formats.format_datetime_short(moment, "ru") == "15.03.2026 09:05"
    assert formats.format_datetime(moment, "kk") == "2026 жылғы 15 наурыз, 09:05"
    assert formats.format_time(time(18, 0), "en") == "18:00"


def test_without_a_language_the_interface_language_is_used() -> None:
    i18n.set_language("kk")
    assert formats.format_date(DAY) == "2026 жылғы 15 наурыз"
    i18n.set_language("en")
    assert formats.format_money(AMOUNT) == "₸1,234,567.89"
    assert formats.format_date_short(DAY) == "15 Mar 2026"


def test_letters_keep_their_api_and_russian_default() -> None:
    assert formatting.format_money(AMOUNT) == formats.format_money(AMOUNT, lang="ru")
    assert formatting.format_date(DAY) == "15 марта 2026\xa0г."
    for lang in LANGS:
        assert formatting.format_date(DAY, lang, "short") == formats.format_date(DAY, lang, "short")
    assert formatting.locale_for("kk") == "kk_KZ"


def test_there_is_one_implementation() -> None:
    """documents/formatting.py delegates: it imports nothing from babel."""
    source = Path(formatting.__file__).read_text(encoding="utf-8")
    imported = {
        node.module or ""
        for node in ast.walk(ast.parse(source))
        if isinstance(node, ast.ImportFrom)
    } | {
        alias.name
        for node in ast.walk(ast.parse(source))
        if isinstance(node, ast.Import)
        for alias in node.names
    }
    assert not any(name.startswith("babel") for name in imported), imported


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ru", "15.03.2026"),
        ("ru", "15 марта 2026 г."),
        ("ru", "15 март 2026"),
        ("ru", "15.3.2026"),
        ("kk", "2026 жылғы 15 наурыз"),
        ("kk", "15.03.2026"),
        ("en", "15 Mar 2026"),
        ("en", "15 March 2026"),
        ("en", "15/03/2026"),
        ("en", "Sunday, March 15, 2026"),
        ("kk", "2026-03-15"),
    ],
)
def test_reading_dates_as_people_type_them(lang, text) -> None:
    assert formats.parse_date(text, lang) == DAY


@pytest.mark.parametrize(
    "text", ["31.02.2026", "15.03.26", "15 марта", "завтра", "2026-13-01", "15 Mar 2026 3"]
)
def test_not_dates_are_refused_naming_the_field(text) -> None:
    with pytest.raises(ValidationError) as refused:
        formats.parse_date(text, "ru")
    assert refused.value.field == "date"


def test_a_refusal_reads_in_the_interface_language() -> None:
    i18n.set_language("ru")
    with pytest.raises(ValidationError) as refused:
        formats.parse_date("вчера", "ru")
    assert refused.value.message.startswith("не дата")


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        ("ru", "1 234 567,89 ₸", AMOUNT),
        ("ru", "1\xa0234\xa0567,89\xa0₸", AMOUNT),
        ("kk", "1\u202f234\u202f567,89 теңге", AMOUNT),
        ("ru", "1234567.89", AMOUNT),
        ("ru", "-5,00 ₸", Decimal("-5.00")),
        ("en", "₸1,234,567.89", AMOUNT),
        ("en", "1234567.89 KZT", AMOUNT),
        ("en", "-₸5.00", Decimal("-5.00")),
    ],
)
def test_reading_amounts_as_printed(lang, text, value) -> None:
    assert formats.parse_amount(text, lang) == value


@pytest.mark.parametrize(
    ("lang", "text"),
    [("ru", "1,234.56"), ("ru", "1,2,3"), ("ru", "много"), ("en", "1,23"), ("en", ""), ("kk", "₸")],
)
def test_ambiguous_or_not_amounts_are_refused(lang, text) -> None:
    with pytest.raises(ValidationError) as refused:
        formats.parse_amount(text, lang)
    assert refused.value.field == "amount"


@given(
    day=st.dates(min_value=date(1900, 1, 1), max_value=date(2199, 12, 31)),
    lang=st.sampled_from(LANGS),
    width=st.sampled_from(["long", "medium", "full", "short-table"]),
)
def test_every_printed_date_reads_back(day, lang, width) -> None:
    if width == "short-table":
        text = formats.format_date_short(day, lang)
    else:
        text = formats.format_date(day, lang, width)
    assert formats.parse_date(text, lang) == day


@given(
    cents=st.integers(min_value=-(10**13), max_value=10**13),
    lang=st.sampled_from(LANGS),
)
def test_every_printed_amount_reads_back(cents, lang) -> None:
    amount = Decimal(cents).scaleb(-2)
    assert formats.parse_amount(formats.format_money(amount, lang=lang), lang) == amount
    assert formats.parse_amount(formats.format_number(amount, lang, digits=2), lang) == amount


def test_weekday_names_in_each_language() -> None:
    assert DAY.isoweekday() == 7
    assert formats.format_weekday(DAY, "en") == "Sunday"
    assert formats.format_weekday(DAY, "ru") == "воскресенье"
    assert formats.format_weekday(DAY, "kk") == "жексенбі"
    i18n.set_language("ru")
    assert formats.format_weekday(datetime(2026, 3, 16, 9, 0)) == "понедельник"
