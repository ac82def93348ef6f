"""The quick ranges of the Reports page: this month, last quarter, this year, last year.

The movement reports to its members and to the press by calendar periods, and
the figures are counted in whole months (``debtdesk.reports.figures``), so the
quick choices are calendar periods ending today at the latest: a range into the
future would count hearings that have not happened yet.
"""

from __future__ import annotations

from datetime import date, timedelta

THIS_MONTH = "this_month"
LAST_QUARTER = "last_quarter"
THIS_YEAR = "this_year"
LAST_YEAR = "last_year"
PERIODS = (THIS_MONTH, LAST_QUARTER, THIS_YEAR, LAST_YEAR)
# The page opens on the year so far: what the movement's yearly figures are asked for.
DEFAULT_PERIOD = THIS_YEAR


def period_range(period: str, today: date) -> tuple[date, date]:
    """The first and last day of ``period`` as seen on ``today`` (both inclusive)."""
    if period == THIS_MONTH:
        return today.replace(day=1), today
    if period == THIS_YEAR:
        return date(today.year, 1, 1), today
    if period == LAST_YEAR:
        return date(today.year - 1, 1, 1), date(today.year - 1, 12, 31)
    if period == LAST_QUARTER:
        this_quarter = date(today.year, (today.month - 1) // 3 * 3 + 1, 1)
        last_day = this_quarter - timedelta(days=1)
        return date(last_day.year, last_day.month - 2, 1), last_day
    raise ValueError(period)


def matching_period(start: date, end: date, today: date) -> str | None:
    """The quick choice giving exactly ``start``..``end`` today, if one does."""
    return next((p for p in PERIODS if period_range(p, today) == (start, end)), None)
