"""Settings shared by every advisor of a database (MRP per year, letter numbering)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from debtdesk.model import Setting
from debtdesk.services import records
from debtdesk.services.fields import Integer, Text

SCHEMA = {
    "key": Text(max_len=64, required=True),
    "year": Integer(minimum=1990, maximum=2100),
    "value": Text(max_len=10000, required=True, multiline=True),
}


def get_setting(session: Session, key: str, year: int | None = None) -> str | None:
    """The value for ``key`` (and ``year`` when the setting varies by year)."""
    query = select(Setting.value).where(Setting.key == key)
    query = query.where(Setting.year.is_(None) if year is None else Setting.year == year)
    return session.scalar(query)


def set_setting(session: Session, key: str, value: str, year: int | None = None) -> Setting:
    # Cleaned before the lookup: the query must never see a value the rules refuse.
    key = SCHEMA["key"].clean("key", key)
    year = SCHEMA["year"].clean("year", year)
    SCHEMA["value"].clean("value", value)
    existing = session.scalar(
        select(Setting).where(
            Setting.key == key, Setting.year.is_(None) if year is None else Setting.year == year
        )
    )
    if existing is None:
        return records.create(session, Setting, SCHEMA, {"key": key, "year": year, "value": value})
    records.update(session, existing, SCHEMA, {"value": value})
    return existing
