"""Money, dates and numbers in the letter's language (babel)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time
from decimal import Decimal

import pytest

from debtdesk.documents.formatting import (
    format_date,
    format_datetime,
    format_money,
    format_number,
    format_time,
)
from debtdesk.errors import ValidationError

AMOUNT = Decimal("1234567.89")


def test_tenge_prints_as_the_tenge_sign_in_every_language():
    assert format_money(AMOUNT, lang="ru") == "1\xa0234\xa0567,89\xa0₸"
    assert format_money(AMOUNT, lang="kk") == "1\xa0234\xa0567,89\xa0₸"
    assert format_money(AMOUNT, lang="en") == "₸1,234,567.89"
    assert format_money(-5, lang="en") == "-₸5.00"


def test_other_currencies_and_money_objects():
    @dataclass
    class Money:
        amount: Decimal
        currency: str

    assert format_money(Money(Decimal("10"), "USD"), lang="en") == "$10.00"
    assert format_money("0.1", "EUR", lang="ru") == "0,10\xa0€"
    assert format_money(0.1, lang="ru") == "0,10\xa0₸"


@pytest.mark.parametrize("bad", ["abc", True, Decimal("NaN"), "Infinity"])
def test_not_an_amount(bad):
    with pytest.raises(ValidationError):
        format_money(bad)


def test_dates_as_letters_write_them():
    day = date(2026, 3, 15)
    assert format_date(day, "ru") == "15 марта 2026\xa0г."
    assert format_date(day, "kk") == "2026 жылғы 15 наурыз"
    assert format_date(day, "en") == "15 March 2026"
    assert format_date("2026-03-15", "ru", "short") == "15.03.2026"
    assert format_date(datetime(2026, 3, 15, 9), "ru", "full") == "воскресенье, 15 марта 2026\xa0г."
    assert "\u202f" not in format_date(day, "kk", "medium")


def test_times_numbers_and_datetimes():
    assert format_time(time(9, 5), "en") == "09:05"
    assert format_time("10:30", "kk") == "10:30"
    assert format_datetime(datetime(2026, 3, 16, 10, 30), "ru") == "16 марта 2026\xa0г., 10:30"
    assert format_number(Decimal("1234567.891"), "ru", 2) == "1\xa0234\xa0567,89"
    assert format_number(1500, "en") == "1,500"


def test_template_filters_use_the_letter_language(library):
    data = {"d": date(2026, 3, 15), "a": AMOUNT, "t": time(10, 30)}
    source = "{{ d|date }} / {{ a|money }} / {{ t|time }} / {{ a|number(1) }}"
    ru = library.render_string(source, data, lang="ru")
    assert ru == "15 марта 2026\xa0г. / 1\xa0234\xa0567,89\xa0₸ / 10&#58;30 / 1\xa0234\xa0567,9"
    assert library.render_string("{{ a|money }}", data, lang="en") == "₸1,234,567.89"
