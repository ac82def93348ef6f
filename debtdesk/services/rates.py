"""Exchange rates kept by advisors: tenge per unit of a currency on a date."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from debtdesk.errors import ValidationError
from debtdesk.i18n import _
from debtdesk.model import ExchangeRate
from debtdesk.services import records
from debtdesk.services.fields import Amount, Currency, Day, Text

SCHEMA = {
    "date": Day(earliest=date(1993, 11, 15), required=True),  # the tenge's first day
    "currency": Currency(required=True),
    "rate": Amount(places=4, required=True),
    "source": Text(max_len=200),
}


def set_rate(session: Session, values: Mapping[str, Any]) -> ExchangeRate:
    """Add or correct the rate of a currency on a date."""
    day = SCHEMA["date"].clean("date", values.get("date"))
    currency = SCHEMA["currency"].clean("currency", values.get("currency"))
    if currency == "KZT":
        raise ValidationError("currency", _("the tenge needs no exchange rate"))
    rate = SCHEMA["rate"].clean("rate", values.get("rate"))
    if rate is not None and rate <= 0:
        raise ValidationError("rate", _("a rate must be more than zero"))
    existing = session.scalar(
        select(ExchangeRate).where(ExchangeRate.currency == currency, ExchangeRate.date == day)
    )
    if existing is None:
        return records.create(session, ExchangeRate, SCHEMA, values)
    records.update(session, existing, SCHEMA, {k: v for k, v in values.items() if k != "date"})
    return existing
