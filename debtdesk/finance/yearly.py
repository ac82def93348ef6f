"""Amounts the law fixes anew every year: the MRP and the subsistence minimum.

They are settings per year (``services.settings``), never constants: the
budget law changes them each January, and a screen for 2027 must not use 2026's
MRP. A value that is missing is reported as missing, not guessed from a
neighbouring year.
"""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy.orm import Session

from debtdesk.errors import ValidationError
from debtdesk.finance.amounts import checked_money
from debtdesk.i18n import _
from debtdesk.services.settings import get_setting

MRP = "mrp"  # monthly calculation index, tenge
SUBSISTENCE_MINIMUM = "subsistence_minimum"  # per person per month, tenge


def yearly_amount(session: Session, key: str, year: int) -> Decimal | None:
    """The setting ``key`` of ``year`` as tenge, or None when no one has set it."""
    text = get_setting(session, key, year)
    if text is None:
        return None
    try:
        value = checked_money(key, text)
    except ValidationError as exc:
        raise ValidationError(
            key,
            _("the {key} setting of {year} is not an amount: {why}").format(
                key=key, year=year, why=exc.message
            ),
        ) from None
    return value
