""" "Today" and "now" for the whole program, fixable for tests and demonstrations.

``DEBTDESK_TODAY=YYYY-MM-DD`` fixes today's date so demo data and agendas are
reproducible; timestamps stay real (UTC, naive, as stored in the database).
"""

from __future__ import annotations

import os
from datetime import UTC, date, datetime

_fixed: date | None = None


def set_today(value: date | None) -> None:
    """Fix today's date in this process (tests); ``None`` returns to the real date."""
    global _fixed
    _fixed = value


def today() -> date:
    if _fixed is not None:
        return _fixed
    env = os.environ.get("DEBTDESK_TODAY")
    if env:
        try:
            return date.fromisoformat(env)
        except ValueError as exc:
            from debtdesk.errors import ValidationError
            from debtdesk.i18n import _

            message = _("not a date (YYYY-MM-DD): {value}").format(value=env)
            raise ValidationError("DEBTDESK_TODAY", message) from exc
    return date.today()


def utcnow() -> datetime:
    """Current UTC time without tzinfo: how timestamps are stored on SQLite and PostgreSQL."""
    return datetime.now(UTC).replace(tzinfo=None, microsecond=0)
