"""Properties that hold for every rule, every trigger and any advisors' overrides."""

from __future__ import annotations

import json
from datetime import date, timedelta

from dateutil.relativedelta import relativedelta
from hypothesis import given, settings
from hypothesis import strategies as st

from debtdesk.deadlines import (
    Override,
    Rule,
    WorkingCalendar,
    compute_deadline,
    load_jurisdiction,
    render_explanation,
)

KZ = load_jurisdiction("kz")
PLAIN = WorkingCalendar(KZ)  # shared: its cache makes the examples cheap
RULES = sorted(KZ.rules.values(), key=lambda rule: rule.key)
MOVING = [rule for rule in RULES if rule.on_non_working == "next_working_day"]
WORKING_DAY_RULES = [rule for rule in RULES if rule.period.unit == "working_days"]

FAST = settings(max_examples=200, deadline=None)
triggers = st.dates(min_value=date(2000, 1, 1), max_value=date(2035, 12, 31))
overrides = st.dictionaries(
    keys=st.dates(min_value=date(2026, 1, 1), max_value=date(2026, 12, 31)),
    values=st.sampled_from(
        [
            Override(True, "working", "working day by decree"),
            Override(False, "day_off", "day off by decree"),
            Override(False, "court_closure", "court closed"),
        ]
    ),
    max_size=40,
)
triggers_2026 = st.dates(min_value=date(2025, 10, 1), max_value=date(2026, 12, 31))


def count_working_days(calendar: WorkingCalendar, after: date, through: date) -> int:
    days = (through - after).days
    return sum(calendar.is_working(after + timedelta(days=i)) for i in range(1, days + 1))


@FAST
@given(rule=st.sampled_from(MOVING), trigger=triggers)
def test_a_moved_due_date_is_a_working_day(rule: Rule, trigger: date) -> None:
    result = compute_deadline(rule, trigger, PLAIN)
    assert PLAIN.is_working(result.due)
    assert result.due >= trigger + timedelta(days=1)


@FAST
@given(rule=st.sampled_from(MOVING), trigger=triggers_2026, days=overrides)
def test_a_moved_due_date_is_a_working_day_whatever_advisors_add(
    rule: Rule, trigger: date, days: dict[date, Override]
) -> None:
    calendar = WorkingCalendar(KZ, days)
    result = compute_deadline(rule, trigger, calendar)
    assert calendar.is_working(result.due)
    # Every skipped day really was off, and the due date is the first working one.
    skipped = [date.fromisoformat(s["date"]) for s in result.steps if s["step"] == "skip"]
    assert all(not calendar.is_working(day) for day in skipped)
    if skipped:
        assert result.due == skipped[-1] + timedelta(days=1)


@FAST
@given(rule=st.sampled_from(RULES), first=triggers, gap=st.integers(0, 400))
def test_due_dates_never_decrease_as_the_trigger_increases(
    rule: Rule, first: date, gap: int
) -> None:
    later = first + timedelta(days=gap)
    assert compute_deadline(rule, first, PLAIN).due <= compute_deadline(rule, later, PLAIN).due


@FAST
@given(rule=st.sampled_from(WORKING_DAY_RULES), trigger=triggers_2026, days=overrides)
def test_n_working_days_contain_exactly_n_working_days(
    rule: Rule, trigger: date, days: dict[date, Override]
) -> None:
    calendar = WorkingCalendar(KZ, days)
    result = compute_deadline(rule, trigger, calendar)
    assert calendar.is_working(result.due)
    assert count_working_days(calendar, trigger, result.due) == rule.period.count


@FAST
@given(
    rule=st.sampled_from([r for r in RULES if r.period.unit != "working_days"]), trigger=triggers
)
def test_the_raw_end_is_relativedelta_or_plain_days(rule: Rule, trigger: date) -> None:
    result = compute_deadline(rule, trigger, PLAIN)
    (raw,) = [s["date"] for s in result.steps if s["step"] == "raw_end"]
    if rule.period.unit == "months":
        expected = trigger + relativedelta(months=rule.period.count)
    else:
        expected = trigger + timedelta(days=rule.period.count)
    assert raw == expected.isoformat()
    if rule.on_non_working == "keep":
        assert result.due == expected


@settings(max_examples=60, deadline=None)
@given(rule=st.sampled_from(RULES), trigger=triggers)
def test_every_explanation_is_json_and_reads_in_three_languages(rule: Rule, trigger: date) -> None:
    result = compute_deadline(rule, trigger, PLAIN)
    stored = json.loads(json.dumps(result.to_json()))
    assert stored == result.to_json()
    for step in stored["steps"]:
        assert all(isinstance(v, str | int | bool) for v in step.values())
    conf_flag = any(s.get("why") == "confidence" for s in stored["steps"])
    assert conf_flag == (rule.confidence != "H")
    for lang in ("kk", "ru", "en"):
        assert render_explanation(stored, lang)
