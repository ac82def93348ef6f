"""Declarative base, shared columns and the column types for money and rates.

Money is stored as an integer count of minor units (tiyn, cents) so sums are
exact on SQLite and PostgreSQL alike; Python sees ``Decimal`` with two places.
"""

from __future__ import annotations

import uuid as _uuid
from datetime import datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import BigInteger, DateTime, Integer, MetaData, String
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column
from sqlalchemy.types import TypeDecorator

from debtdesk.clock import utcnow

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Fixed(TypeDecorator[Decimal]):
    """A ``Decimal`` with a fixed number of places, stored as a scaled integer.

    Refuses values with more places than the column keeps, so nothing is ever
    rounded silently on the way to disk.
    """

    impl = BigInteger
    cache_ok = True

    def __init__(self, places: int = 2) -> None:
        super().__init__()
        self.places = places
        self._scale = Decimal(10) ** places

    def process_bind_param(self, value: Any, dialect: Dialect) -> int | None:
        if value is None:
            return None
        value = Decimal(value)
        scaled = value * self._scale
        if scaled != scaled.to_integral_value():
            raise ValueError(f"{value} has more than {self.places} decimal places")
        return int(scaled)

    def process_result_value(self, value: Any, dialect: Dialect) -> Decimal | None:
        if value is None:
            return None
        return (Decimal(int(value)) / self._scale).quantize(Decimal(1) / self._scale)

    @property
    def python_type(self) -> type:
        return Decimal


def Money() -> Fixed:
    """Amount of money with two places (the currency is a separate column)."""
    return Fixed(2)


def new_uuid() -> str:
    return str(_uuid.uuid4())


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class Entity(Base):
    """Shared columns of every record people edit and move between laptops.

    ``version`` is SQLAlchemy's optimistic-locking counter: an UPDATE whose
    version no longer matches touches no row and is reported as a conflict.
    """

    __abstract__ = True

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uuid)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)
    version: Mapped[int] = mapped_column(Integer, default=1)

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:
        return {"version_id_col": cls.version}
