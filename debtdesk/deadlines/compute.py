"""Compute a due date from a rule and a trigger date, recording every step taken.

The steps are the explanation: plain JSON (strings, numbers, ISO dates, bools)
with no words of any language, stored with the deadline and read aloud later in
the reader's language by ``explain.py``. A due date nobody can explain is not
trusted, so nothing is decided here that is not written down as a step.

Counting (DOMAIN.md §1): the period starts the day after the trigger; N days end
on trigger + N; N months on the same-numbered day N months later or that month's
last day; N working days on the N-th working day after the trigger. A calendar
or month period ending on a non-working day moves to the next working day when
the rule says so, each skipped day recorded with its reason.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache
from typing import Any, Final

from dateutil.relativedelta import relativedelta

from debtdesk.deadlines.calendar import WorkingCalendar
from debtdesk.deadlines.periods import DAYS, MONTHS, WORKING_DAYS
from debtdesk.deadlines.rules import NEXT_WORKING_DAY, Rule
from debtdesk.errors import ValidationError
from debtdesk.i18n import _

EXPLANATION_VERSION: Final = 1
_RESULTS_LIMIT: Final = 200_000

Step = dict[str, Any]


@dataclass(frozen=True)
class Computation:
    """A due date and the steps that lead to it."""

    due: date
    steps: list[Step] = field(hash=False)

    @property
    def moved(self) -> bool:
        """True when the end was moved off a non-working day."""
        return any(step["step"] == "skip" for step in self.steps)

    @property
    def needs_lawyer(self) -> bool:
        return any(step["step"] == "check_with_lawyer" for step in self.steps)

    def to_json(self) -> dict[str, Any]:
        """The explanation as stored in ``Deadline.explanation`` (a fresh copy)."""
        return {"version": EXPLANATION_VERSION, "steps": [dict(step) for step in self.steps]}


def compute_deadline(rule: Rule, trigger: date, calendar: WorkingCalendar) -> Computation:
    """The last day of ``rule``'s period started by an event on ``trigger``.

    Answers are remembered by the calendar: recomputing every open deadline asks
    the same (rule, date) questions many times. Each caller gets its own steps.
    """
    key = (rule.key, trigger)
    known = calendar.results.get(key)
    if known is not None and known[0] is rule:
        return Computation(known[1], [step.copy() for step in known[2]])
    result = _compute(rule, trigger, calendar)
    if len(calendar.results) >= _RESULTS_LIMIT:
        calendar.results.clear()
    calendar.results[key] = (rule, result.due, tuple(step.copy() for step in result.steps))
    return result


def _compute(rule: Rule, trigger: date, calendar: WorkingCalendar) -> Computation:
    jurisdiction = calendar.jurisdiction
    if rule.jurisdiction != jurisdiction.code:
        raise ValidationError(
            "rule",
            _("rule {rule!r} belongs to {rule_code!r}, the calendar to {code!r}").format(
                rule=rule.key, rule_code=rule.jurisdiction, code=jurisdiction.code
            ),
        )
    period = rule.period
    steps: list[Step] = [
        {"step": "rule", "rule": rule.key, "jurisdiction": jurisdiction.code},
        {"step": "trigger", "date": trigger.isoformat(), "event_kind": rule.trigger},
        {"step": "period", "count": period.count, "unit": period.unit},
    ]
    if period.unit == WORKING_DAYS:
        end, remarks = calendar.working_days_after(trigger, period.count)
        for day, reason in remarks:
            if reason is None:
                override = calendar.override(day)
                steps.append(
                    {
                        "step": "working_weekend",
                        "date": day.isoformat(),
                        "name": override.reason if override else "",
                    }
                )
            else:
                steps.append(reason.as_step("not_counted", day))
    else:
        end = _add(trigger, period.count, period.unit)
    steps.append({"step": "raw_end", "date": end.isoformat()})

    due = end
    moved = False
    if period.unit != WORKING_DAYS:
        reason = calendar.why_not_working(end)
        if reason is not None and rule.on_non_working != NEXT_WORKING_DAY:
            steps.append(reason.as_step("kept", end))
        elif reason is not None:
            due, passed = calendar.roll_forward(end)
            steps.extend(why.as_step("skip", day) for day, why in passed)
            moved = True
    steps.append({"step": "due", "date": due.isoformat()})
    steps.append({"step": "source", "text": rule.source, "confidence": rule.confidence})

    non_working = jurisdiction.non_working
    if moved:
        steps.append(
            {
                "step": "non_working_rule",
                "rule": NEXT_WORKING_DAY,
                "text": non_working.source,
                "confidence": non_working.confidence,
            }
        )
    if rule.confidence != "H":
        steps.append({"step": "check_with_lawyer", "why": "confidence"})
    if moved and non_working.confidence != "H":
        steps.append({"step": "check_with_lawyer", "why": "non_working_rule"})
    return Computation(due, steps)


@lru_cache(maxsize=65_536)
def _add(trigger: date, count: int, unit: str) -> date:
    """Calendar arithmetic, remembered: relativedelta is exact but slow (~5 µs) and
    a recomputation asks for the same few thousand (date, period) pairs."""
    try:
        if unit == MONTHS:
            return trigger + relativedelta(months=count)
        assert unit == DAYS
        return trigger + timedelta(days=count)
    except (OverflowError, ValueError):  # past year 9999
        raise ValidationError(
            "date", _("{day} is too far in the future").format(day=trigger.isoformat())
        ) from None
