"""How values look in JSON (bundles and the command line's output), and the rules
for the few bundle-only kinds of value the services' schemas do not cover.

One encoding everywhere: money and other exact numbers as decimal strings (never
floats), dates as ``YYYY-MM-DD``, times as ``HH:MM``, timestamps as ISO without a
zone (they are UTC, as stored), bytes as base64.
"""

from __future__ import annotations

import base64
import binascii
import json
import re
import uuid as _uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from decimal import Decimal
from typing import Any

from debtdesk.errors import ValidationError
from debtdesk.i18n import _
from debtdesk.services.fields import missing


def jsonable(value: Any) -> Any:
    """``value`` as a plain JSON value (str, int, bool, None, list, dict)."""
    if value is None or isinstance(value, bool | int | str):
        return value
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, datetime):  # before date: a datetime is a date too
        return value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, time):
        return value.strftime("%H:%M")
    if isinstance(value, bytes | bytearray | memoryview):
        return base64.b64encode(bytes(value)).decode("ascii")
    if isinstance(value, list | tuple):
        return [jsonable(v) for v in value]
    if isinstance(value, dict):
        return {str(k): jsonable(v) for k, v in value.items()}
    if isinstance(value, float):  # only inside free-form JSON (explanations)
        return value
    raise TypeError(f"no JSON form for {type(value).__name__}")


def dumps(value: Any) -> str:
    """Compact JSON with non-ASCII kept as is (Kazakh and Russian stay readable)."""
    return json.dumps(value, ensure_ascii=False, separators=(", ", ": "))


_CANONICAL_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


@dataclass(frozen=True)
class Uuid:
    """A record's UUID, kept in its canonical lower-case form."""

    required: bool = True

    def clean(self, field: str, value: Any) -> str | None:
        if missing(self, field, value):
            return None
        if not isinstance(value, str):
            raise ValidationError(field, _("not a UUID: {v}").format(v=value))
        if _CANONICAL_UUID.fullmatch(value):  # how every exported UUID looks: no parsing
            return value
        try:
            return str(_uuid.UUID(value.strip()))
        except ValueError as exc:
            raise ValidationError(field, _("not a UUID: {v}").format(v=value)) from exc


@dataclass(frozen=True)
class Timestamp:
    """A moment in UTC without a zone, as the database stores them."""

    required: bool = False

    def clean(self, field: str, value: Any) -> datetime | None:
        if missing(self, field, value):
            return None
        if not isinstance(value, str):
            raise ValidationError(field, _("not a timestamp (YYYY-MM-DDTHH:MM:SS)"))
        try:
            moment = datetime.fromisoformat(value.strip())
        except ValueError as exc:
            raise ValidationError(
                field, _("not a timestamp (YYYY-MM-DDTHH:MM:SS): {v}").format(v=value)
            ) from exc
        if moment.tzinfo is not None:  # a zone given by hand: store the UTC moment
            moment = moment.astimezone(UTC).replace(tzinfo=None)
        return moment


@dataclass(frozen=True)
class JsonObject:
    """Free-form structured data kept as JSON (a deadline's explanation steps)."""

    required: bool = False

    def clean(self, field: str, value: Any) -> dict[str, Any] | None:
        if value is None:
            if self.required:
                raise ValidationError(field, _("this field is required"))
            return None
        if not isinstance(value, dict):
            raise ValidationError(field, _("must be a JSON object"))
        return value


@dataclass(frozen=True)
class Base64Bytes:
    """File contents (a letter's PDF, a scan), base64-encoded."""

    required: bool = False
    max_bytes: int = 200 * 1024 * 1024

    def clean(self, field: str, value: Any) -> bytes | None:
        if value is None:
            if self.required:
                raise ValidationError(field, _("this field is required"))
            return None
        if not isinstance(value, str):
            raise ValidationError(field, _("file contents must be a base64 string"))
        try:
            data = base64.b64decode(value, validate=True)
        except (binascii.Error, ValueError) as exc:
            raise ValidationError(
                field, _("file contents are not valid base64 (the file may be damaged)")
            ) from exc
        if len(data) > self.max_bytes:
            raise ValidationError(field, _("file too large"))
        return data


class Memo:
    """A field rule that remembers what it made of each value it has seen.

    Bundles repeat values (kinds, currencies, dates, statuses) tens of thousands
    of times; the rules are pure, so a value cleaned once is cleaned. Refused
    values are never remembered: they raise every time.
    """

    def __init__(self, rule: Any) -> None:
        self.rule = rule
        self.required: bool = rule.required
        self._seen: dict[tuple[type, Any], Any] = {}

    def clean(self, field: str, value: Any) -> Any:
        try:
            key = (type(value), value)
            return self._seen[key]
        except KeyError:
            cleaned = self._seen[key] = self.rule.clean(field, value)
            return cleaned
        except TypeError:  # unhashable (a list of tags, a JSON object)
            return self.rule.clean(field, value)
