"""Periods of time as rules files write them: "1 month", "10 working days", "15 days".

A period is parsed once when a rules file is loaded, so a typo in a file is
reported when the program starts, not on the day a deadline is computed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

from debtdesk.errors import ValidationError
from debtdesk.i18n import _

DAYS: Final = "days"
WORKING_DAYS: Final = "working_days"
MONTHS: Final = "months"
UNITS: Final = (DAYS, WORKING_DAYS, MONTHS)

# Large enough for any real limit, small enough that counting can never run away.
MAX_COUNT: Final = 9999

_PERIOD = re.compile(
    r"^\s*(?P<count>\d+)\s+(?P<unit>(?:calendar\s+)?days?|working\s+days?|months?)\s*$",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Period:
    """``count`` units of time; the unit decides how a date is counted forward."""

    count: int
    unit: str

    def __post_init__(self) -> None:
        if self.unit not in UNITS:
            raise ValidationError(
                "unit",
                _("unknown unit {unit!r}: use one of {units}").format(
                    unit=self.unit, units=", ".join(UNITS)
                ),
            )
        if not 1 <= self.count <= MAX_COUNT:
            raise ValidationError(
                "count",
                _("the number must be between 1 and {max}, not {count}").format(
                    max=MAX_COUNT, count=self.count
                ),
            )

    def __str__(self) -> str:
        """The canonical English spelling, the same a rules file uses."""
        words = {DAYS: "day", WORKING_DAYS: "working day", MONTHS: "month"}[self.unit]
        return f"{self.count} {words}{'' if self.count == 1 else 's'}"


def parse_period(text: str) -> Period:
    """Read "1 month", "10 working days", "15 days" (or "15 calendar days").

    Numbers are digits only: "ten days" is refused rather than guessed at, and so
    is "0 months", because a limit of nothing is always a typo.
    """
    match = _PERIOD.match(text) if isinstance(text, str) else None
    if match is None:
        raise ValidationError(
            "period",
            _(
                "{text!r} is not a period; write e.g. '1 month', '10 working days', '15 days'"
            ).format(text=text),
        )
    count = int(match["count"])
    unit_word = " ".join(match["unit"].lower().split())
    if unit_word.startswith("working"):
        unit = WORKING_DAYS
    elif unit_word.startswith("month"):
        unit = MONTHS
    else:
        unit = DAYS
    if count == 0 or count > MAX_COUNT:
        raise ValidationError(
            "period",
            _("{text!r}: the number must be between 1 and {max}").format(text=text, max=MAX_COUNT),
        )
    return Period(count, unit)
