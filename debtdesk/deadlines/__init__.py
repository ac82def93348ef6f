"""The deadline engine: rules as data, a working-day calendar, computation and explanation.

Pure: no database and no Qt. Services feed it the advisors' calendar days and
store what it returns (a due date and a language-neutral explanation).

The names below are loaded on first use (PEP 562): the window's first screen
imports the calendar and the rules alone (``debtdesk.first_screen``), not the
computation and its explanations, and a submodule (``engine``…) is imported by
``from debtdesk.deadlines import engine`` as usual.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from debtdesk.lazy import attributes_from

if TYPE_CHECKING:
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

_HOMES = {
    "NonWorkingReason": "calendar",
    "Override": "calendar",
    "WorkingCalendar": "calendar",
    "EXPLANATION_VERSION": "compute",
    "Computation": "compute",
    "compute_deadline": "compute",
    "render_explanation": "explain",
    "render_steps": "explain",
    "event_kind_label": "labels",
    "holiday_name": "labels",
    "Period": "periods",
    "parse_period": "periods",
    "Jurisdiction": "rules",
    "NonWorkingRule": "rules",
    "Rule": "rules",
    "clear_cache": "rules",
    "known_jurisdictions": "rules",
    "load_jurisdiction": "rules",
    "load_jurisdiction_file": "rules",
}

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


__getattr__ = attributes_from(__name__, _HOMES)
