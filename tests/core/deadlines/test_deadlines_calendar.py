"""The working-day calendar: what the holidays package knows, what advisors add, and speed."""

from __future__ import annotations

import time
from datetime import date, timedelta
from types import SimpleNamespace

import holidays
import pytest

from debtdesk.deadlines import NonWorkingReason, Override, WorkingCalendar, load_jurisdiction
from debtdesk.errors import ValidationError


@pytest.fixture(scope="module")
def kz() -> WorkingCalendar:
    return WorkingCalendar(load_jurisdiction("kz"))


def test_weekends_and_ordinary_days(kz: WorkingCalendar) -> None:
    assert kz.why_not_working(date(2026, 11, 28)) == NonWorkingReason("weekend")  # Saturday
    assert kz.why_not_working(date(2026, 11, 29)) == NonWorkingReason("weekend")  # Sunday
    assert kz.is_working(date(2026, 11, 30))  # Monday, no holiday
    # 1 December (First President Day) has not been a holiday since 2022.
    assert kz.is_working(date(2026, 12, 1))


def test_holidays_with_their_names(kz: WorkingCalendar) -> None:
    assert kz.why_not_working(date(2026, 1, 1)) == NonWorkingReason("holiday", "New Year's Day")
    assert kz.why_not_working(date(2026, 1, 7)) == NonWorkingReason("holiday", "Orthodox Christmas")
    # Nauryz 2026: 21 (Sat), 22 (Sun), 23 (Mon) March, and the weekend days carried
    # over to Tuesday 24 and Wednesday 25 ("observed").
    for day in (21, 22, 23):
        assert kz.why_not_working(date(2026, 3, day)) == NonWorkingReason(
            "holiday", "Nowruz Holiday"
        )
    for day in (24, 25):
        assert kz.why_not_working(date(2026, 3, day)) == NonWorkingReason(
            "holiday", "Nowruz Holiday (observed)"
        )
    assert kz.is_working(date(2026, 3, 26))


def test_eid_after_2025_is_marked_estimated(kz: WorkingCalendar) -> None:
    # The package knows Eid al-Adha for sure up to 2025; later dates are its estimate.
    assert kz.why_not_working(date(2025, 6, 6)) == NonWorkingReason("holiday", "Eid al-Adha")
    assert kz.why_not_working(date(2026, 5, 27)) == NonWorkingReason(
        "holiday", "Eid al-Adha (estimated)", estimated=True
    )


def test_constitution_day_moves_to_15_march_from_2027(kz: WorkingCalendar) -> None:
    assert kz.why_not_working(date(2025, 8, 30)) == NonWorkingReason("holiday", "Constitution Day")
    # holidays 0.109 has no Constitution Day in 2026 (30 August 2026 is a Sunday
    # anyway, and Monday 31 August is an ordinary working day) ...
    assert kz.why_not_working(date(2026, 8, 30)) == NonWorkingReason("weekend")
    assert kz.is_working(date(2026, 8, 31))
    # ... and 15 March from 2027 (DOMAIN.md §1).
    assert kz.why_not_working(date(2027, 3, 15)) == NonWorkingReason("holiday", "Constitution Day")


def test_the_package_knows_the_2024_may_transfer() -> None:
    # What holidays 0.109 says about the decree moving Saturday 4 May 2024 to 8 May.
    package = holidays.country_holidays("KZ", years=2024, language="en_US")
    assert date(2024, 5, 4) in package.weekend_workdays
    assert package.get(date(2024, 5, 8)) == "Day off (substituted from 05/04/2024)"


def test_working_saturday_and_transferred_day_off_from_the_package(kz: WorkingCalendar) -> None:
    assert kz.is_working(date(2024, 5, 4))  # a Saturday, working by decree
    assert kz.why_not_working(date(2024, 5, 8)) == NonWorkingReason(
        "decree", "Day off (substituted from 05/04/2024)"
    )
    # 2025: Sunday 5 January was worked, Friday 3 January was off instead.
    assert kz.is_working(date(2025, 1, 5))
    assert kz.why_not_working(date(2025, 1, 3)) == NonWorkingReason(
        "decree", "Day off (substituted from 01/05/2025)"
    )


def test_overrides_win() -> None:
    overrides = {
        date(2026, 3, 28): Override(True, "working", "Working Saturday (decree)"),
        date(2026, 12, 31): Override(False, "day_off", "Day off by decree No. 1"),
        date(2026, 4, 6): Override(False, "court_closure", "Court moves building"),
        date(2026, 1, 7): Override(True, "working", "Made a working day"),
    }
    calendar = WorkingCalendar(load_jurisdiction(), overrides)
    assert calendar.is_working(date(2026, 3, 28))
    assert calendar.why_not_working(date(2026, 12, 31)) == NonWorkingReason(
        "decree", "Day off by decree No. 1"
    )
    assert calendar.why_not_working(date(2026, 4, 6)) == NonWorkingReason(
        "court_closure", "Court moves building"
    )
    assert calendar.is_working(date(2026, 1, 7))
    assert calendar.next_working_day(date(2026, 4, 4)) == date(2026, 4, 7)


def test_from_calendar_day_rows_ignores_other_jurisdictions() -> None:
    rows = [
        SimpleNamespace(
            date=date(2026, 6, 1), working=False, kind="day_off", reason="x", jurisdiction="kz"
        ),
        SimpleNamespace(
            date=date(2026, 6, 2), working=False, kind="day_off", reason="y", jurisdiction="uz"
        ),
    ]
    calendar = WorkingCalendar.from_days(load_jurisdiction(), rows)
    assert not calendar.is_working(date(2026, 6, 1))
    assert calendar.is_working(date(2026, 6, 2))


@pytest.mark.parametrize(
    ("working", "kind"), [(True, "day_off"), (False, "working"), (False, "holiday")]
)
def test_inconsistent_overrides_are_refused(working: bool, kind: str) -> None:
    with pytest.raises(ValidationError):
        Override(working, kind, "reason")


def test_a_calendar_with_no_working_days_is_reported_not_looped() -> None:
    start = date(2027, 1, 1)
    closed = {start + timedelta(days=i): Override(False, "court_closure", "?") for i in range(90)}
    calendar = WorkingCalendar(load_jurisdiction(), closed)
    with pytest.raises(ValidationError) as err:
        calendar.next_working_day(start)
    assert "check the calendar" in str(err.value)


def test_warm_answers_are_fast(kz: WorkingCalendar) -> None:
    days = [date(2024, 1, 1) + timedelta(days=i % 1500) for i in range(100_000)]
    for day in days[:1500]:
        kz.why_not_working(day)
    started = time.perf_counter()
    for day in days:
        kz.why_not_working(day)
    per_call = (time.perf_counter() - started) / len(days)
    assert per_call < 5e-6, f"{per_call * 1e6:.2f} µs per warm lookup"
