"""Optional dates typed the quick way, day first, as they are written in Kazakhstan."""

from __future__ import annotations

from datetime import date, time

import pytest
from pytestqt.qtbot import QtBot

from ui.widgets.date_field import DateField, parse_day, parse_time

TODAY = date(2026, 11, 30)


@pytest.mark.parametrize(
    ("typed", "day"),
    [
        ("15.12.2026", date(2026, 12, 15)),
        ("5.1.2027", date(2027, 1, 5)),
        ("15/12/26", date(2026, 12, 15)),
        ("15-12-2026", date(2026, 12, 15)),
        ("15.12", date(2026, 12, 15)),
        ("151226", date(2026, 12, 15)),
        ("15122026", date(2026, 12, 15)),
        ("1512", date(2026, 12, 15)),
        ("2026-12-15", date(2026, 12, 15)),
        ("01.02.95", date(1995, 2, 1)),  # an old decision: last century
        ("01.02.36", date(2036, 2, 1)),  # ten years ahead still reads as this century
        ("  ", None),
        ("", None),
    ],
)
def test_dates_typed_every_usual_way(typed: str, day: date | None) -> None:
    assert parse_day(typed, TODAY) == day


@pytest.mark.parametrize("typed", ["31.02.2026", "15.13.2026", "12345", "завтра", "1.2.3.4"])
def test_what_is_not_a_date_is_refused(typed: str) -> None:
    with pytest.raises(ValueError):
        parse_day(typed, TODAY)


@pytest.mark.parametrize(
    ("typed", "value"),
    [
        ("10:30", time(10, 30)),
        ("9.05", time(9, 5)),
        ("1030", time(10, 30)),
        ("9", time(9)),
        ("", None),
    ],
)
def test_times(typed: str, value: time | None) -> None:
    assert parse_time(typed) == value


@pytest.mark.parametrize("typed", ["25:00", "10:60", "10:3", "abc"])
def test_what_is_not_a_time_is_refused(typed: str) -> None:
    with pytest.raises(ValueError):
        parse_time(typed)


def test_the_field_shows_the_date_as_understood(qtbot: QtBot, fixed_today: date) -> None:
    field = DateField()
    qtbot.addWidget(field)
    field.setText("0303")
    field.tidy()
    assert field.text() == "3 Mar 2026"
    assert field.hint() == "Tuesday"
    field.setText("31.02")
    field.tidy()
    assert field.text() == "31.02" and field.hint() == ""
