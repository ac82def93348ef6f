"""Rows for bulk insertion, with ids, UUIDs and timestamps chosen here, not by the database.

Why: 100,000 cases are about three million rows. Inserting them with SQLAlchemy
Core ``executemany`` is an order of magnitude faster than the ORM, and choosing
the ids ourselves (from the table's current maximum, under a write lock) lets a
child row name its parent without a round trip. UUIDs come from the seeded
random stream, never ``uuid4``, so the same seed gives the same data.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from random import Random
from typing import Any, cast

from sqlalchemy import Connection, Table, func, select

from debtdesk.db.bulk import Writers
from debtdesk.model import (
    Base,
    BudgetLine,
    Debtor,
    DebtStatement,
    Event,
    Loan,
    Note,
    Payment,
    Proceeding,
    Property,
)

# Case tables in insertion order: parents before children.
CASE_MODELS = (Debtor, Loan, Payment, DebtStatement, Property, BudgetLine, Proceeding, Event, Note)
CASE_TABLES: tuple[Table, ...] = tuple(cast(Table, m.__table__) for m in CASE_MODELS)


_VERSION_4 = 4 << 76
_RFC_4122 = 0x8000 << 48
_CLEAR = ~((0xF000 << 64) | (0xC000 << 48))


def new_uuid(rng: Random) -> str:
    """A version-4 UUID drawn from ``rng``: reproducible, unlike ``uuid.uuid4``.

    The same string as ``str(uuid.UUID(int=rng.getrandbits(128), version=4))``,
    built without the ``UUID`` object, which costs more than the rest of a row.
    """
    h = f"{(rng.getrandbits(128) & _CLEAR) | _VERSION_4 | _RFC_4122:032x}"
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


# The variant nibble of an RFC 4122 UUID is 8, 9, a or b: keep a random one's low bits.
_VARIANT = {c: "89ab"[int(c, 16) & 3] for c in "0123456789abcdef"}


class UuidStream:
    """Version-4 UUIDs from their own seeded stream, drawn 4,096 at a time.

    Formatting one 128-bit number per row costs more than the rest of the row;
    slicing a long hex string of random bytes costs a quarter of that.
    """

    def __init__(self, seed: str) -> None:
        self._rng = Random(seed)
        self._hex = ""
        self._at = 0

    def next(self) -> str:
        at = self._at
        if at >= len(self._hex):
            self._hex = self._rng.randbytes(16 * 4096).hex()
            at = 0
        h = self._hex[at : at + 32]
        self._at = at + 32
        return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{_VARIANT[h[16]]}{h[17:20]}-{h[20:]}"


class IdAllocator:
    """Hands out the next integer ids of tables, starting after their current maximum.

    Only safe while this transaction holds the write lock (see ``generate``).
    """

    def __init__(self, conn: Connection) -> None:
        self._conn = conn
        self._next: dict[str, int] = {}
        self.used: set[str] = set()

    def _start(self, table_name: str) -> int:
        table = Base.metadata.tables[table_name]
        highest = self._conn.execute(select(func.max(table.c.id))).scalar()
        return int(highest or 0) + 1

    def peek(self, table_name: str) -> int:
        if table_name not in self._next:
            self._next[table_name] = self._start(table_name)
            self.used.add(table_name)
        return self._next[table_name]

    def next(self, table_name: str) -> int:
        try:
            value = self._next[table_name]
        except KeyError:
            value = self.peek(table_name)
        self._next[table_name] = value + 1
        return value


class CaseRows:
    """The rows of a batch of cases, per table, ready for ``insert``."""

    def __init__(self, ids: IdAllocator, uuids: UuidStream) -> None:
        self.ids = ids
        self.uuids = uuids
        self.tables: dict[str, list[dict[str, Any]]] = {t.name: [] for t in CASE_TABLES}

    @classmethod
    def factory(cls, ids: IdAllocator, uuids: UuidStream) -> Callable[[], CaseRows]:
        """Makes empty batches sharing the id counters and the UUID stream."""
        return lambda: cls(ids, uuids)

    def new_id(self, table: str) -> int:
        return self.ids.next(table)

    def add(self, table: str, created: datetime, values: dict[str, Any]) -> int:
        """Add a row to ``table`` (an id is assigned unless ``values`` has one)."""
        row_id = values.get("id") or self.ids.next(table)
        values["id"] = row_id
        values["uuid"] = self.uuids.next()
        values["created_at"] = values["updated_at"] = created
        values["version"] = 1
        self.tables[table].append(values)
        return row_id

    def count(self) -> int:
        return sum(len(rows) for rows in self.tables.values())

    def insert(self, conn: Connection, writers: Writers) -> int:
        """Insert every row (parents first) and forget them; returns how many."""
        total = 0
        for table in CASE_TABLES:
            rows = self.tables[table.name]
            if rows:
                writers.insert(conn, table, rows)
                total += len(rows)
                rows.clear()
        return total


__all__ = ["CASE_TABLES", "CaseRows", "IdAllocator", "Writers", "new_uuid"]
