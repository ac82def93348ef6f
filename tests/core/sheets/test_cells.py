"""Lenient cell reading: each way people write dates, money, phones and IINs."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

import pytest

from debtdesk.errors import ValidationError
from debtdesk.sheets.cells import parse_amount, parse_date, parse_iin, parse_phone
from debtdesk.sheets.mapping import guess_mapping
from debtdesk.sheets.reading import Column, decode_csv
from tests.core.sheets.conftest import iin, zero_iin


@pytest.mark.parametrize(
    "cell",
    [
        "12.03.2014",
        "12/03/2014",
        "12.3.14",
        "2014-03-12",
        "2014-03-12 00:00:00",
        datetime(2014, 3, 12, 0, 0),
        date(2014, 3, 12),
        41710,
        41710.0,
        "41710",
        "12 марта 2014",
        "12 март 2014 г.",
        "2014 жылғы 12 наурыз",
        "12 наурыз 2014",
        "March 12, 2014",
        "12 Mar 2014",
    ],
)
def test_every_way_of_writing_a_date(cell: object, today: date) -> None:
    assert parse_date("d", cell) == date(2014, 3, 12)


@pytest.mark.parametrize("cell", ["31.02.2014", "весной", "12 марта", "1.2.3.4", 12.5, True])
def test_what_is_not_a_date_says_so(cell: object, today: date) -> None:
    with pytest.raises(ValidationError) as caught:
        parse_date("next_hearing", cell)
    assert caught.value.field == "next_hearing"


@pytest.mark.parametrize(
    ("cell", "amount", "currency"),
    [
        ("1 500 000", "1500000.00", None),
        ("1\u00a0500\u00a0000,50 ₸", "1500000.50", "KZT"),
        ("1,500,000.50", "1500000.50", None),
        ("1.500.000,50", "1500000.50", None),
        ("1500000,5", "1500000.50", None),
        ("2000 тг", "2000.00", "KZT"),
        ("2 000 тенге", "2000.00", "KZT"),
        ("$12,000", "12000.00", "USD"),
        (1500000, "1500000.00", None),
        (1500000.5, "1500000.50", None),
    ],
)
def test_every_way_of_writing_an_amount(cell: object, amount: str, currency: str | None) -> None:
    assert parse_amount("principal", cell) == (Decimal(amount), currency)


def test_an_amount_in_words_is_refused() -> None:
    with pytest.raises(ValidationError, match="not an amount"):
        parse_amount("principal", "полтора миллиона")


@pytest.mark.parametrize(
    "cell", ["8 (701) 123-45-67", "+7 701 123 45 67", 87011234567, 7011234567.0]
)
def test_phones_in_any_format(cell: object) -> None:
    assert parse_phone("phone", cell) == "+77011234567"


def test_an_iin_that_lost_its_leading_zero_is_recovered() -> None:
    full = zero_iin()
    assert parse_iin("iin", int(full)) == full
    assert parse_iin("iin", float(int(full))) == full
    assert parse_iin("iin", full[1:]) == full
    assert parse_iin("iin", iin(2)) == iin(2)


@pytest.mark.parametrize("cell", ["1.02E+10", "1,02E+10", "1.02e10"])
def test_an_iin_in_scientific_notation_is_refused_clearly(cell: str) -> None:
    with pytest.raises(ValidationError, match="scientific notation"):
        parse_iin("iin", cell)


def test_eleven_digits_that_make_no_valid_iin_stay_refused() -> None:
    with pytest.raises(ValidationError, match="12 digits"):
        parse_iin("iin", "12345678901")


def test_headers_in_three_languages_map_to_the_same_fields() -> None:
    for headers in (
        ["ФИО", "ИИН", "Телефон", "Банк", "Сумма кредита", "Дата суда", "Город"],
        ["Аты-жөні", "ЖСН", "Телефон нөмірі", "Несие беруші", "Несие сомасы", "Сот күні", "Қала"],
        ["Full name", "IIN", "Phone", "Bank", "Loan amount", "Court date", "City"],
    ):
        columns = [Column(i, h) for i, h in enumerate(headers)]
        mapping = {f: c.index for f, c in guess_mapping(columns).items()}
        assert mapping == {
            "full_name": 0,
            "iin": 1,
            "phone": 2,
            "bank": 3,
            "principal": 4,
            "next_hearing": 5,
            "city": 6,
        }, headers


def test_csv_encodings_are_told_apart() -> None:
    text = "ФИО;Город\r\nҚұрманғазы;Алматы\r\n"
    assert decode_csv(text.encode("utf-8")) == (text, "utf-8")
    assert decode_csv(b"\xef\xbb\xbf" + text.encode("utf-8")) == (text, "utf-8-sig")
    russian = "ФИО;Город\r\nИванова;Алматы\r\n"
    assert decode_csv(russian.encode("cp1251")) == (russian, "cp1251")
