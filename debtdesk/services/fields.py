"""Declarative field rules: each service lists its fields once, and every way in
(forms, the command line, bundle import, spreadsheets) is checked the same way.

A rule cleans one value or raises ``ValidationError`` naming the field with a
message a volunteer can act on.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime, time
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from typing import Any, Protocol

from debtdesk.errors import ValidationError
from debtdesk.i18n import _
from debtdesk.services.iin import iin_problem
from debtdesk.text import digits, has_control_chars


class Rule(Protocol):
    required: bool

    def clean(self, field: str, value: Any) -> Any: ...


def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def missing(rule: Rule, field: str, value: Any) -> bool:
    """True when ``value`` is empty (None or blank text); an error if ``rule`` requires it."""
    if not _blank(value):
        return False
    if rule.required:
        raise ValidationError(field, _("this field is required"))
    return True


@dataclass(frozen=True)
class Text:
    max_len: int = 200
    required: bool = False
    multiline: bool = False

    def clean(self, field: str, value: Any) -> str | None:
        if missing(self, field, value):
            return None
        if not isinstance(value, str):
            raise ValidationError(field, _("must be text"))
        value = value.strip()
        if has_control_chars(value, allow_newlines=self.multiline):
            raise ValidationError(
                field, _("contains control characters; please retype it without them")
            )
        if len(value) > self.max_len:
            raise ValidationError(
                field,
                _("too long: {n} characters, at most {max}").format(n=len(value), max=self.max_len),
            )
        return value


@dataclass(frozen=True)
class Choice:
    choices: type[StrEnum]
    required: bool = False

    def clean(self, field: str, value: Any) -> str | None:
        if missing(self, field, value):
            return None
        allowed = [c.value for c in self.choices]
        if value not in allowed:
            raise ValidationError(
                field,
                _("must be one of: {allowed}").format(allowed=", ".join(allowed)),
            )
        return str(value)


_SPACE = re.compile(r"\s")


@dataclass(frozen=True)
class Amount:
    """Money or another exact quantity: not negative, at most ``places`` decimals.

    Written the way Russian and Kazakh write numbers, and the way the program prints
    them for ru/kk: spaces (plain, no-break or narrow) between thousands and a comma for
    the decimals, ``1 234 567,50``. One comma or one point is the decimal separator;
    both, or several commas, are refused as ambiguous (``1,234.56``).
    """

    places: int = 2
    required: bool = False
    maximum: Decimal = Decimal("1e13")  # more than any household's debt, in tiyn fits int64

    def clean(self, field: str, value: Any) -> Decimal | None:
        if missing(self, field, value):
            return None
        if isinstance(value, float | bool):
            raise ValidationError(field, _("give the amount as a decimal number, not a float"))
        text = _SPACE.sub("", str(value))
        if text.count(",") > 1 or ("," in text and "." in text):
            raise ValidationError(
                field,
                _("write the amount with one decimal separator, e.g. 1234567.50 or 1 234 567,50"),
            )
        try:
            number = Decimal(text.replace(",", "."))
        except InvalidOperation as exc:
            raise ValidationError(field, _("not a number: {v}").format(v=value)) from exc
        if not number.is_finite():
            raise ValidationError(field, _("not a number: {v}").format(v=value))
        if number < 0:
            raise ValidationError(field, _("must not be negative"))
        if number >= self.maximum:
            raise ValidationError(field, _("implausibly large: {v}").format(v=value))
        exponent = number.as_tuple().exponent
        assert isinstance(exponent, int)
        if -exponent > self.places and number != number.quantize(Decimal(1).scaleb(-self.places)):
            raise ValidationError(field, _("at most {n} decimal places").format(n=self.places))
        return number.quantize(Decimal(1).scaleb(-self.places))


@dataclass(frozen=True)
class Integer:
    minimum: int = 0
    maximum: int = 1000
    required: bool = False

    def clean(self, field: str, value: Any) -> int | None:
        if missing(self, field, value):
            return None
        if isinstance(value, bool):
            raise ValidationError(field, _("must be a whole number"))
        try:
            number = int(str(value).strip()) if not isinstance(value, int) else value
        except ValueError as exc:
            raise ValidationError(field, _("must be a whole number")) from exc
        if not self.minimum <= number <= self.maximum:
            raise ValidationError(
                field,
                _("must be between {lo} and {hi}").format(lo=self.minimum, hi=self.maximum),
            )
        return number


@dataclass(frozen=True)
class Flag:
    required: bool = False

    def clean(self, field: str, value: Any) -> bool | None:
        if value is None:
            return None
        if isinstance(value, bool):
            return value
        if isinstance(value, str) and value.strip().lower() in ("1", "true", "yes", "да", "иә"):
            return True
        if isinstance(value, str) and value.strip().lower() in ("0", "false", "no", "нет", "жоқ"):
            return False
        raise ValidationError(field, _("must be yes or no"))


@dataclass(frozen=True)
class Day:
    """A calendar date within a plausible range (typos like 2206 are caught)."""

    earliest: date = date(1950, 1, 1)
    latest: date = date(2100, 12, 31)
    required: bool = False

    def clean(self, field: str, value: Any) -> date | None:
        if missing(self, field, value):
            return None
        if isinstance(value, datetime):
            value = value.date()
        if isinstance(value, str):
            try:
                value = date.fromisoformat(value.strip())
            except ValueError as exc:
                raise ValidationError(
                    field, _("not a date (use YYYY-MM-DD): {v}").format(v=value)
                ) from exc
        if not isinstance(value, date):
            raise ValidationError(field, _("not a date"))
        if not self.earliest <= value <= self.latest:
            raise ValidationError(
                field,
                _("{d} is outside the plausible range {lo} to {hi}").format(
                    d=value.isoformat(), lo=self.earliest.isoformat(), hi=self.latest.isoformat()
                ),
            )
        return value


@dataclass(frozen=True)
class ClockTime:
    required: bool = False

    def clean(self, field: str, value: Any) -> time | None:
        if missing(self, field, value):
            return None
        if isinstance(value, str):
            try:
                value = time.fromisoformat(value.strip())
            except ValueError as exc:
                raise ValidationError(
                    field, _("not a time (use HH:MM): {v}").format(v=value)
                ) from exc
        if not isinstance(value, time):
            raise ValidationError(field, _("not a time"))
        return value.replace(second=0, microsecond=0, tzinfo=None)


@dataclass(frozen=True)
class Iin:
    required: bool = False

    def clean(self, field: str, value: Any) -> str | None:
        if missing(self, field, value):
            return None
        text = str(value).strip().replace(" ", "")
        problem = iin_problem(text)
        if problem:
            raise ValidationError(field, problem)
        return text


_PHONE_CHARS = re.compile(r"^[\d\s()+\-.]+$")


def normalize_phone(raw: str) -> str | None:
    """``+7XXXXXXXXXX`` for Kazakh numbers written any usual way; None if not a phone."""
    if not _PHONE_CHARS.match(raw):
        return None
    d = digits(raw)
    if raw.strip().startswith("+"):
        if d.startswith("7"):  # +7 numbers (Kazakhstan, Russia) have exactly 11 digits
            return "+" + d if len(d) == 11 else None
        return "+" + d if 8 <= len(d) <= 15 else None  # a foreign number, kept as given
    if len(d) == 11 and d[0] in "78":
        return "+7" + d[1:]
    if len(d) == 10 and d[0] == "7":  # 701 123 45 67 without the country code
        return "+7" + d
    return None


@dataclass(frozen=True)
class Phone:
    required: bool = False

    def clean(self, field: str, value: Any) -> str | None:
        if missing(self, field, value):
            return None
        phone = normalize_phone(str(value))
        if phone is None:
            raise ValidationError(
                field, _("not a phone number: {v} (e.g. +7 701 123 45 67)").format(v=value)
            )
        return phone


@dataclass(frozen=True)
class Currency:
    required: bool = False

    def clean(self, field: str, value: Any) -> str | None:
        if missing(self, field, value):
            return None
        code = str(value).strip().upper()
        if not re.fullmatch(r"[A-Z]{3}", code):
            raise ValidationError(field, _("a currency is a three-letter code such as KZT or USD"))
        return code


# Ids are INTEGER columns: a bigger number is no record, and the databases refuse
# to even compare with it (PostgreSQL: out of range; SQLite: OverflowError).
MAX_ID = 2**31 - 1


@dataclass(frozen=True)
class Ref:
    """The id of another record; services check that it exists."""

    required: bool = False

    def clean(self, field: str, value: Any) -> int | None:
        if missing(self, field, value):
            return None
        if isinstance(value, bool) or not isinstance(value, int | str):
            raise ValidationError(field, _("not a record id"))
        try:
            number = int(value)
        except ValueError as exc:
            raise ValidationError(field, _("not a record id")) from exc
        if not 0 < number <= MAX_ID:
            raise ValidationError(field, _("not a record id"))
        return number


@dataclass(frozen=True)
class Tags:
    required: bool = False

    def clean(self, field: str, value: Any) -> list[str]:
        if value is None:
            return []
        if isinstance(value, str):
            value = [t for t in value.split(",")]
        if not isinstance(value, list | tuple):
            raise ValidationError(field, _("tags are a list of words"))
        out: list[str] = []
        for tag in value:
            cleaned = Text(max_len=40).clean(field, tag)
            if cleaned and cleaned not in out:
                out.append(cleaned)
        if len(out) > 30:
            raise ValidationError(field, _("at most 30 tags"))
        return out


Schema = Mapping[str, Rule]


def clean(schema: Schema, values: Mapping[str, Any], *, creating: bool) -> dict[str, Any]:
    """Clean ``values`` by ``schema``; on create every required field must be present."""
    unknown = [k for k in values if k not in schema]
    if unknown:
        raise ValidationError(unknown[0], _("unknown field"))
    out: dict[str, Any] = {}
    for name, rule in schema.items():
        if name in values:
            out[name] = rule.clean(name, values[name])
        elif creating and rule.required:
            raise ValidationError(name, _("this field is required"))
    return out
