"""Exact money arithmetic: rounding to the tiyn (cent) and checked amounts.

Banks and courts round each figure half up to the minor unit; doing the same
keeps our tables adding up to what their statements print.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from debtdesk.services.fields import Amount

CENT = Decimal("0.01")
ZERO = Decimal("0.00")
_RATIO = Decimal("0.0001")
_MONEY = Amount(places=2, required=True)


def to_cents(value: Decimal) -> Decimal:
    """``value`` rounded half up to two places (tiyn, cents)."""
    return value.quantize(CENT, rounding=ROUND_HALF_UP)


def checked_money(field: str, value: Any) -> Decimal:
    """``value`` as money: a decimal (never a float), not negative, at most two places.

    The same rule the forms use (``services.fields.Amount``), so an amount that
    reaches a computation here could also have been typed into the program.
    """
    cleaned = _MONEY.clean(field, value)
    assert cleaned is not None  # required=True: a blank raised already
    return cleaned


def ratio(part: Decimal | None, whole: Decimal | None) -> Decimal | None:
    """``part ÷ whole`` to four places; None when either is unknown or ``whole`` is zero."""
    if part is None or whole is None or whole == 0:
        return None
    return (part / whole).quantize(_RATIO, rounding=ROUND_HALF_UP)


def total(values: Any) -> Decimal:
    """The sum of Decimal ``values`` (``ZERO`` for none)."""
    return sum(values, ZERO)
