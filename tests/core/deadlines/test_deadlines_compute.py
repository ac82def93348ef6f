"""Due dates checked by hand against a printed calendar, and the steps that explain them.

Weekdays used below: 2024-02-29 Thu; 2024-05-04 Sat; 2025-02-28 Fri; 2026-01-31 Sat;
2026-02-28 Sat; 2026-03-21 Sat; 2026-04-05 Sun; 2026-04-06 Mon; 2026-05-27 Wed;
2026-07-06 Mon; 2026-11-30 Mon; 2026-12-31 Thu; 2027-01-04 Mon; 2027-03-15 Mon.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from debtdesk.deadlines import (
    Override,
    WorkingCalendar,
    compute_deadline,
    load_jurisdiction,
    load_jurisdiction_file,
)
from debtdesk.errors import ValidationError

KZ = load_jurisdiction("kz")


@pytest.fixture(scope="module")
def kz() -> WorkingCalendar:
    return WorkingCalendar(KZ)


def due(rule: str, trigger: date, calendar: WorkingCalendar) -> date:
    return compute_deadline(KZ.rule(rule), trigger, calendar).due


# (rule, trigger, due, hand reasoning)
TABLE = [
    # 31 Jan 2025 + 1 month: February 2025 has no 31st, so its last day, Friday 28 Feb.
    ("appeal", date(2025, 1, 31), date(2025, 2, 28)),
    # 31 Jan 2024 + 1 month: leap year, Thursday 29 Feb 2024, a working day.
    ("appeal", date(2024, 1, 31), date(2024, 2, 29)),
    # DOMAIN.md's example: 31 Dec 2025 + 1 month = Sat 31 Jan 2026; Sun 1 Feb; Mon 2 Feb.
    ("appeal", date(2025, 12, 31), date(2026, 2, 2)),
    # DESIGN.md's example: 5 Mar 2026 + 1 month = Sun 5 Apr 2026 -> Mon 6 Apr.
    ("appeal", date(2026, 3, 5), date(2026, 4, 6)),
    # 21 Feb 2026 + 1 month = Sat 21 Mar, Nauryz: 21-23 March and the observed
    # Tue 24 / Wed 25 are off -> Thu 26 March.
    ("appeal", date(2026, 2, 21), date(2026, 3, 26)),
    # Period ending on a holiday: 26 Jun 2026 + 10 days = Mon 6 Jul 2026, Capital
    # Day -> Tue 7 July.
    ("valuation_objection", date(2026, 6, 26), date(2026, 7, 7)),
    # Ending on the estimated Eid al-Adha: 17 May 2026 + 10 days = Wed 27 May -> Thu 28 May.
    ("valuation_objection", date(2026, 5, 17), date(2026, 5, 28)),
    # 2027 Constitution Day: 5 Mar 2027 + 10 days = Mon 15 Mar 2027 -> Tue 16 Mar.
    ("valuation_objection", date(2027, 3, 5), date(2027, 3, 16)),
    # Ending on the 2024 transferred day off: 28 Apr 2024 + 10 days = Wed 8 May (day
    # off for the working Sat 4 May), Thu 9 May Victory Day -> Fri 10 May.
    ("valuation_objection", date(2024, 4, 28), date(2024, 5, 10)),
    # 6 months from Sun 31 Aug 2025 = 28 Feb 2026 (no 31 Feb), a Saturday; Sun 1 Mar;
    # Mon 2 Mar 2026.
    ("cassation", date(2025, 8, 31), date(2026, 3, 2)),
    # 3 months from 30 Nov 2025 = 28 Feb 2026 (Sat) -> Mon 2 Mar 2026.
    ("new_circumstances", date(2025, 11, 30), date(2026, 3, 2)),
    # 15 days from Mon 30 Nov 2026 (today) = Tue 15 Dec 2026; Wed 16 Dec is
    # Independence Day but the period already ended the day before.
    ("bank_reply", date(2026, 11, 30), date(2026, 12, 15)),
    # 30 days from 6 Mar 2026 = Sun 5 Apr 2026; this rule keeps the date.
    ("restructuring_request", date(2026, 3, 6), date(2026, 4, 5)),
    # 2 months from 31 Dec 2025 = 28 Feb 2026 (Sat); enforcement_length keeps it.
    ("enforcement_length", date(2025, 12, 31), date(2026, 2, 28)),
    # Working days across New Year: from Fri 26 Dec 2025: Mon 29 (1), Tue 30 (2),
    # Wed 31 (3), Thu 1 + Fri 2 Jan New Year, weekend, Mon 5 (4), Tue 6 (5), Wed 7
    # Orthodox Christmas, Thu 8 (6), Fri 9 (7), Mon 12 (8), Tue 13 (9), Wed 14 (10).
    ("private_complaint", date(2025, 12, 26), date(2026, 1, 14)),
    # Working days across Nauryz: from Wed 18 Mar 2026: Thu 19 (1), Fri 20 (2),
    # 21-25 off, Thu 26 (3), Fri 27 (4), Mon 30 (5), Tue 31 (6), Wed 1 Apr (7),
    # Thu 2 (8), Fri 3 (9), Mon 6 Apr (10).
    ("private_complaint", date(2026, 3, 18), date(2026, 4, 6)),
    # The 2024 working Saturday, from the package alone: from Mon 29 Apr 2024: Tue 30
    # (1), Wed 1 May holiday, Thu 2 (2), Fri 3 (3), Sat 4 worked (4), Mon 6 (5), Tue 7
    # Defender's Day, Wed 8 transferred day off, Thu 9 Victory Day, Fri 10 (6), Mon 13
    # (7), Tue 14 (8), Wed 15 (9), Thu 16 May (10).
    ("private_complaint", date(2024, 4, 29), date(2024, 5, 16)),
    # From Mon 30 Nov 2026: Tue 1 Dec (1, no longer a holiday) ... Fri 4 (4), Mon 7
    # (5) ... Fri 11 (9), Mon 14 Dec (10).
    ("court_order_objection", date(2026, 11, 30), date(2026, 12, 14)),
    # 5 working days from Fri 11 Dec 2026: Mon 14 (1), Tue 15 (2), Wed 16
    # Independence Day, Thu 17 (3), Fri 18 (4), Mon 21 Dec (5).
    ("decision_final_form", date(2026, 12, 11), date(2026, 12, 21)),
    # From Tue 5 May 2026: Wed 6 (1), Thu 7 Defender's Day, Fri 8 (2), Sat 9 Victory
    # Day, Sun 10, Mon 11 Victory Day observed, Tue 12 (3) ... Fri 15 (6), Mon 18 (7)
    # ... Thu 21 May (10). (No 2026 transfers are in the package.)
    ("deferral_ruling", date(2026, 5, 5), date(2026, 5, 21)),
    # 15 working days from Mon 30 Nov 2026: 1-4 Dec (4), 7-11 (9), 14-15 (11),
    # Wed 16 Independence Day, 17-18 (13), Mon 21 (14), Tue 22 Dec (15).
    ("oob_bankruptcy_reply", date(2026, 11, 30), date(2026, 12, 22)),
]


@pytest.mark.parametrize(("rule", "trigger", "expected"), TABLE)
def test_hand_checked_due_dates(
    kz: WorkingCalendar, rule: str, trigger: date, expected: date
) -> None:
    assert due(rule, trigger, kz) == expected


def test_domain_example_steps(kz: WorkingCalendar) -> None:
    result = compute_deadline(KZ.rule("appeal"), date(2025, 12, 31), kz)
    assert result.steps == [
        {"step": "rule", "rule": "appeal", "jurisdiction": "kz"},
        {"step": "trigger", "date": "2025-12-31", "event_kind": "decision_final_form"},
        {"step": "period", "count": 1, "unit": "months"},
        {"step": "raw_end", "date": "2026-01-31"},
        {"step": "skip", "date": "2026-01-31", "reason": "weekend", "name": "", "estimated": False},
        {"step": "skip", "date": "2026-02-01", "reason": "weekend", "name": "", "estimated": False},
        {"step": "due", "date": "2026-02-02"},
        {
            "step": "source",
            "text": 'egov.kz "appeal of decree"; art. 403 inferred',
            "confidence": "M",
        },
        {
            "step": "non_working_rule",
            "rule": "next_working_day",
            "text": "not found in ГПК text; common rule in neighbouring codes",
            "confidence": "L",
        },
        {"step": "check_with_lawyer", "why": "confidence"},
        {"step": "check_with_lawyer", "why": "non_working_rule"},
    ]
    assert result.moved and result.needs_lawyer
    stored = result.to_json()
    assert stored == {"version": 1, "steps": result.steps}
    assert json.loads(json.dumps(stored)) == stored
    stored["steps"].clear()  # a copy: the computation is not changed through it
    assert result.steps


def test_holiday_skips_carry_names_and_the_estimate(kz: WorkingCalendar) -> None:
    nauryz = compute_deadline(KZ.rule("appeal"), date(2026, 2, 21), kz)
    skips = [s for s in nauryz.steps if s["step"] == "skip"]
    assert [s["date"] for s in skips] == [f"2026-03-{d}" for d in range(21, 26)]
    assert {s["reason"] for s in skips} == {"holiday"}
    assert skips[-1]["name"] == "Nowruz Holiday (observed)"

    eid = compute_deadline(KZ.rule("valuation_objection"), date(2026, 5, 17), kz)
    (skip,) = [s for s in eid.steps if s["step"] == "skip"]
    assert skip == {
        "step": "skip",
        "date": "2026-05-27",
        "reason": "holiday",
        "name": "Eid al-Adha (estimated)",
        "estimated": True,
    }


def test_an_h_rule_moved_off_a_weekend_still_says_check_the_moving_rule(
    kz: WorkingCalendar,
) -> None:
    cassation = compute_deadline(KZ.rule("cassation"), date(2025, 8, 31), kz)
    checks = [s["why"] for s in cassation.steps if s["step"] == "check_with_lawyer"]
    assert checks == ["non_working_rule"]


def test_an_h_rule_that_does_not_move_needs_no_lawyer(kz: WorkingCalendar) -> None:
    bank = compute_deadline(KZ.rule("bank_reply"), date(2026, 11, 30), kz)
    assert not bank.needs_lawyer and not bank.moved


def test_a_kept_date_is_recorded_and_not_flagged_as_moved(kz: WorkingCalendar) -> None:
    result = compute_deadline(KZ.rule("restructuring_request"), date(2026, 3, 6), kz)
    assert {
        "step": "kept",
        "date": "2026-04-05",
        "reason": "weekend",
        "name": "",
        "estimated": False,
    } in result.steps
    assert not result.moved and not result.needs_lawyer


def test_working_days_record_holidays_not_counted_and_working_saturdays(
    kz: WorkingCalendar,
) -> None:
    result = compute_deadline(KZ.rule("private_complaint"), date(2024, 4, 29), kz)
    remarks = [
        (s["step"], s["date"], s.get("reason"))
        for s in result.steps
        if s["step"] in ("not_counted", "working_weekend")
    ]
    assert remarks == [
        ("not_counted", "2024-05-01", "holiday"),
        ("working_weekend", "2024-05-04", None),
        ("not_counted", "2024-05-07", "holiday"),
        ("not_counted", "2024-05-08", "decree"),
        ("not_counted", "2024-05-09", "holiday"),
    ]
    # The N-th working day is never moved: no skip, no non-working-day rule.
    assert not result.moved and not result.needs_lawyer


def test_the_2024_transfer_as_explicit_overrides() -> None:
    # The same decree typed in by an advisor gives the same date, now with her reason.
    overrides = {
        date(2024, 5, 4): Override(True, "working", "Working Saturday, decree of 2023"),
        date(2024, 5, 8): Override(False, "day_off", "Day off for 4 May, decree of 2023"),
    }
    result = compute_deadline(
        KZ.rule("private_complaint"), date(2024, 4, 29), WorkingCalendar(KZ, overrides)
    )
    assert result.due == date(2024, 5, 16)
    assert {
        "step": "working_weekend",
        "date": "2024-05-04",
        "name": "Working Saturday, decree of 2023",
    } in result.steps
    assert {
        "step": "not_counted",
        "date": "2024-05-08",
        "reason": "decree",
        "name": "Day off for 4 May, decree of 2023",
        "estimated": False,
    } in result.steps


def test_an_override_can_cancel_a_working_saturday() -> None:
    # If 4 May 2024 is declared a day off after all, it is not counted: the tenth
    # working day moves from Thu 16 to Fri 17 May.
    calendar = WorkingCalendar(KZ, {date(2024, 5, 4): Override(False, "day_off", "cancelled")})
    assert due("private_complaint", date(2024, 4, 29), calendar) == date(2024, 5, 17)


def test_a_2026_working_saturday_added_by_an_advisor() -> None:
    # The package knows no 2026 transfers. With Sat 28 Mar 2026 decreed working, from
    # Wed 18 Mar: Thu 19 (1), Fri 20 (2), Thu 26 (3), Fri 27 (4), Sat 28 (5), Mon 30
    # (6), Tue 31 (7), Wed 1 (8), Thu 2 (9), Fri 3 Apr (10) - not Mon 6 Apr.
    calendar = WorkingCalendar(KZ, {date(2026, 3, 28): Override(True, "working", "decree")})
    assert due("private_complaint", date(2026, 3, 18), calendar) == date(2026, 4, 3)


def test_a_court_closure_moves_the_end() -> None:
    # 6 Mar 2026 + 1 month = Mon 6 Apr 2026, a working day - but the court is closed.
    calendar = WorkingCalendar(
        KZ, {date(2026, 4, 6): Override(False, "court_closure", "Court moves building")}
    )
    result = compute_deadline(KZ.rule("appeal"), date(2026, 3, 6), calendar)
    assert result.due == date(2026, 4, 7)
    assert {
        "step": "skip",
        "date": "2026-04-06",
        "reason": "court_closure",
        "name": "Court moves building",
        "estimated": False,
    } in result.steps


def test_a_decreed_day_off_runs_into_new_year_2027() -> None:
    # 16 Dec 2026 + 15 days = Thu 31 Dec 2026, declared a day off; Fri 1 and Sat 2 Jan
    # 2027 New Year, Sun 3, Mon 4 New Year observed -> Tue 5 January 2027.
    calendar = WorkingCalendar(KZ, {date(2026, 12, 31): Override(False, "day_off", "decree")})
    result = compute_deadline(KZ.rule("bank_reply"), date(2026, 12, 16), calendar)
    assert result.due == date(2027, 1, 5)
    reasons = [(s["date"], s["reason"]) for s in result.steps if s["step"] == "skip"]
    assert reasons == [
        ("2026-12-31", "decree"),
        ("2027-01-01", "holiday"),
        ("2027-01-02", "holiday"),
        ("2027-01-03", "weekend"),
        ("2027-01-04", "holiday"),
    ]


def test_rule_of_another_jurisdiction_is_refused(tmp_path: Path) -> None:
    assert KZ.path is not None
    text = KZ.path.read_text(encoding="utf-8").replace('code = "kz"', 'code = "kz2"')
    path = tmp_path / "kz2.toml"
    path.write_text(text, encoding="utf-8")
    other = load_jurisdiction_file(path)
    with pytest.raises(ValidationError):
        compute_deadline(other.rule("appeal"), date(2026, 1, 5), WorkingCalendar(KZ))


def test_far_future_is_a_validation_error(kz: WorkingCalendar) -> None:
    with pytest.raises(ValidationError):
        compute_deadline(KZ.rule("cassation"), date(9999, 10, 1), kz)
