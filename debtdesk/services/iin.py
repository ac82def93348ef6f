"""Kazakhstan's individual identification number (ИИН / ЖСН): checksum and birth date.

Twelve digits: YYMMDD, a century-and-sex digit (1–6), four serial digits and a
check digit computed with weights 1..11 mod 11, or 3..11,1,2 when the first
pass gives 10; a second 10 means no valid IIN has those eleven digits.
"""

from __future__ import annotations

from datetime import date

_W1 = (1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11)
_W2 = (3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2)
_CENTURY = {1: 1800, 2: 1800, 3: 1900, 4: 1900, 5: 2000, 6: 2000}


def check_digit(first11: str) -> int | None:
    """The check digit for eleven digits, or None when no check digit exists."""
    digits = [int(c) for c in first11]
    value = sum(d * w for d, w in zip(digits, _W1, strict=True)) % 11
    if value == 10:
        value = sum(d * w for d, w in zip(digits, _W2, strict=True)) % 11
        if value == 10:
            return None
    return value


def birth_date(iin: str) -> date | None:
    """The birth date an IIN encodes, or None when it is not a real date."""
    century = _CENTURY.get(int(iin[6]))
    if century is None:
        return None
    try:
        return date(century + int(iin[0:2]), int(iin[2:4]), int(iin[4:6]))
    except ValueError:
        return None


def iin_problem(iin: str) -> str | None:
    """What is wrong with ``iin`` in plain words, or None when it is valid."""
    from debtdesk.i18n import _

    if len(iin) != 12 or not iin.isdigit() or not iin.isascii():
        return _("an IIN is exactly 12 digits")
    if int(iin[6]) not in _CENTURY:
        return _("the 7th digit of an IIN (century and sex) must be 1 to 6")
    if birth_date(iin) is None:
        return _("the first six digits of an IIN must be a real birth date (YYMMDD)")
    expected = check_digit(iin[:11])
    if expected is None or expected != int(iin[11]):
        return _("the IIN's check digit is wrong: please check the number for typos")
    return None


def make_iin(birth: date, sex_century_digit: int, serial: int) -> str | None:
    """Build a valid IIN (demo data and tests), or None when the serial has no check digit."""
    first11 = f"{birth:%y%m%d}{sex_century_digit}{serial:04d}"
    check = check_digit(first11)
    return None if check is None else first11 + str(check)
