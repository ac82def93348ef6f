"""The deadline engine: rules as data, a working-day calendar, computation and explanation.

Pure: no database and no Qt. Services feed it the advisors' calendar days and
store what it returns (a due date and a language-neutral explanation).
"""

from debtdesk.deadlines.calendar import NonWorkingReason, Override, WorkingCalendar
from debtdesk.deadlines.compute import EXPLANATION_VERSION, Computation, compute_deadline
from debtdesk.deadlines.explain import render_explanation, render_steps
from debtdesk.deadlines.labels import event_kind_label, holiday_name
from debtdesk.deadlines.periods import Period, parse_period
from debtdesk.deadlines.rules import (
    Jurisdiction,
    NonWorkingRule,
    Rule,
    clear_cache,
    known_jurisdictions,
    load_jurisdiction,
    load_jurisdiction_file,
)

__all__ = [
    "EXPLANATION_VERSION",
    "Computation",
    "Jurisdiction",
    "NonWorkingReason",
    "NonWorkingRule",
    "Override",
    "Period",
    "Rule",
    "WorkingCalendar",
    "clear_cache",
    "compute_deadline",
    "event_kind_label",
    "holiday_name",
    "known_jurisdictions",
    "load_jurisdiction",
    "load_jurisdiction_file",
    "parse_period",
    "render_explanation",
    "render_steps",
]
