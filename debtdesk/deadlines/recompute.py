"""Recomputing every computed deadline at once: demo data, rules files that changed.

A large desk has hundreds of thousands of trigger events but only a few
thousand distinct (rule, trigger date) pairs. So each pair is computed and
serialised once, in Python, and put in a temporary table; the database then
creates the missing deadlines itself with one INSERT … SELECT joining the
events to that table. Sending each new row from Python instead cost three
times as much, most of it binding parameters. Existing deadlines are compared
in Python, as plain tuples in the form the driver stores them, and only those
that differ are written, so a recomputation where nothing changed writes
nothing.
"""

from __future__ import annotations

import gc
import json
import secrets
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from typing import Any, Final
from uuid import UUID

from sqlalchemy import (
    JSON,
    BigInteger,
    Column,
    Connection,
    Date,
    DateTime,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    and_,
    bindparam,
    cast,
    func,
    insert,
    literal,
    select,
    type_coerce,
    update,
)
from sqlalchemy.orm import Session
from sqlalchemy.types import NullType

from debtdesk.clock import utcnow
from debtdesk.deadlines.compute import Computation, compute_deadline
from debtdesk.deadlines.engine import calendar_for, forget_calendar, jurisdiction_of
from debtdesk.deadlines.rules import Rule
from debtdesk.model import Deadline, Event
from debtdesk.vocab import DeadlineStatus

# SQLite page cache while recomputing: the deadline indexes of 100,000 cases
# fit with room to spare; memory is only taken as pages are read.
BULK_CACHE_KIB: Final = 256 * 1024
# Rules per jurisdiction are a dozen; (event id, rule number) packs into one int.
_RULE_KEY_WIDTH: Final = 1 << 12
_OPEN: Final = DeadlineStatus.OPEN.value
_CANCELLED: Final = DeadlineStatus.CANCELLED.value

_computed = Table(
    "deadline_recompute",
    MetaData(),
    Column("kind", String(32), primary_key=True),
    Column("trigger_date", Date, primary_key=True),
    Column("rule", String(64), primary_key=True),
    Column("rule_no", Integer, nullable=False),
    Column("due_date", Date, nullable=False),
    Column("explanation", Text, nullable=False),
    prefixes=["TEMPORARY"],
)


def recompute_all(session: Session, *, chunk: int = 5000) -> dict[str, int]:
    """Bring every computed deadline in line with its event, writing only what differs.

    Does what ``engine.recompute_event`` does for one event: creates missing
    deadlines, moves those whose date changed (keeping the date they had),
    updates explanations and proceedings, cancels those no event triggers any
    more and reopens cancelled ones an event triggers again. No audit lines:
    this is maintenance, not an advisor's action.
    """
    session.flush()
    conn = session.connection()
    with _bulk_pragmas(conn), _collector_paused():
        stats = _Recomputation(session, conn, chunk).run()
    forget_calendar(session)
    return stats


class _Recomputation:
    def __init__(self, session: Session, conn: Connection, chunk: int) -> None:
        self.conn = conn
        self.chunk = chunk
        self.jurisdiction = jurisdiction_of(session)
        self.calendar = calendar_for(session, self.jurisdiction)
        self.dates = _DateCodec(conn.dialect)
        self.rule_numbers = {key: n for n, key in enumerate(self.jurisdiction.rules)}
        self.triggers: dict[str, list[tuple[Rule, int]]] = {}
        for n, rule in enumerate(self.jurisdiction.rules.values()):
            self.triggers.setdefault(rule.trigger, []).append((rule, n))
        self.now = utcnow()

    def run(self) -> dict[str, int]:
        results = self._compute_pairs()
        existing = _existing_deadlines(self.conn, self.rule_numbers)
        if existing:
            events, created, updates = self._compare(results, existing)
        else:  # nothing to compare: only counts are needed
            per_kind = _count_trigger_events(self.conn, list(self.triggers))
            events = sum(per_kind.values())
            created = sum(n * len(self.triggers[kind]) for kind, n in per_kind.items())
            updates = []
        stale = [row[0] for row in existing.values() if row[3] != _CANCELLED]
        if created:
            self._insert_missing(results)
        self._write_updates(updates)
        self._cancel(stale)
        return {
            "events": events,
            "created": created,
            "moved": sum(1 for u in updates if u["moved"]),
            "updated": len(updates),
            "cancelled": len(stale),
        }

    def _compute_pairs(self) -> dict[tuple[int, Any], _Encoded]:
        """Each (rule number, stored trigger date) that some event needs, computed once."""
        ev = Event.__table__.c
        pairs = self.conn.execute(
            select(ev.kind, _raw(ev.date)).where(ev.kind.in_(list(self.triggers))).distinct()
        )
        results: dict[tuple[int, Any], _Encoded] = {}
        for kind, stored_day in pairs:
            day = self.dates.load(stored_day)
            for rule, number in self.triggers[kind]:
                result = compute_deadline(rule, day, self.calendar)
                results[(number, stored_day)] = _Encoded.of(rule, result, self.dates)
        return results

    def _compare(
        self, results: dict[tuple[int, Any], _Encoded], existing: dict[int, tuple]
    ) -> tuple[int, int, list[dict[str, Any]]]:
        """Events, deadlines missing, and updates for the existing deadlines that differ.

        What is left in ``existing`` afterwards is stale.
        """
        updates: list[dict[str, Any]] = []
        missing = 0
        width = _RULE_KEY_WIDTH
        take = existing.pop
        events = _trigger_events(self.conn, list(self.triggers))
        for event_id, proceeding_id, kind, stored_day in events:
            for _rule, number in self.triggers[kind]:
                old = take(event_id * width + number, None)
                if old is None:
                    missing += 1  # created by the INSERT … SELECT
                    continue
                encoded = results[(number, stored_day)]
                old_id, old_due, old_previous, status, old_proceeding, old_explanation = old
                moved = old_due != encoded.stored_due
                if (
                    moved
                    or old_proceeding != proceeding_id
                    or status == _CANCELLED
                    or not _same_explanation(old_explanation, encoded.explanation)
                ):
                    updates.append(
                        {
                            "b_id": old_id,
                            "new_due": encoded.due,
                            "old_due": self.dates.load(old_due if moved else old_previous),
                            "expl": encoded.explanation,
                            "proceeding": proceeding_id,
                            "status": _OPEN if status == _CANCELLED else status,
                            "now": self.now,
                            "moved": moved,
                        }
                    )
        return len(events), missing, updates

    def _insert_missing(self, results: dict[tuple[int, Any], _Encoded]) -> None:
        """Create every deadline an event triggers and nobody has yet, in the database."""
        conn = self.conn
        _computed.create(conn)
        try:
            rows = [
                {
                    "kind": encoded.kind,
                    "trigger_date": self.dates.load(stored_day),
                    "rule": encoded.rule,
                    "rule_no": number,
                    "due_date": encoded.due,
                    "explanation": encoded.explanation,
                }
                for (number, stored_day), encoded in results.items()
            ]
            for start in range(0, len(rows), self.chunk):
                conn.execute(insert(_computed), rows[start : start + self.chunk])
            conn.execute(self._insert_select())
        finally:
            _computed.drop(conn)

    def _insert_select(self) -> Any:
        dl = Deadline.__table__.c
        ev = Event.__table__.c
        c = _computed.c
        old = Deadline.__table__.alias("old")
        explanation: Any = c.explanation
        if self.conn.dialect.name == "postgresql":
            explanation = cast(explanation, JSON)
        values = {
            "uuid": _uuid_expression(self.conn, ev.id * _RULE_KEY_WIDTH + c.rule_no),
            "created_at": literal(self.now, DateTime),
            "updated_at": literal(self.now, DateTime),
            "version": literal(1),
            "debtor_id": ev.debtor_id,
            "proceeding_id": ev.proceeding_id,
            "event_id": ev.id,
            "jurisdiction": literal(self.jurisdiction.code),
            "rule": c.rule,
            "due_date": c.due_date,
            "explanation": explanation,
            "status": literal(_OPEN),
            "manual": literal(False),
        }
        source = (
            select(*values.values())
            .select_from(Event.__table__)
            .join(_computed, and_(c.kind == ev.kind, c.trigger_date == ev.date))
            .outerjoin(
                old,
                and_(old.c.event_id == ev.id, old.c.rule == c.rule, old.c.manual.is_(False)),
            )
            .where(old.c.id.is_(None))
            # Event order: the event, debtor and proceeding indexes and the
            # UUIDs (counted from the event id) all grow at their ends.
            .order_by(ev.id, c.rule_no)
        )
        return insert(Deadline.__table__).from_select([dl[name] for name in values], source)

    def _write_updates(self, updates: list[dict[str, Any]]) -> None:
        if not updates:
            return
        table = Deadline.__table__
        # The explanations are JSON already: bind them as text, not encoded twice.
        expl: Any = bindparam("expl", type_=Text)
        if self.conn.dialect.name == "postgresql":
            expl = cast(expl, JSON)
        stmt = (
            update(table)
            .where(table.c.id == bindparam("b_id"))
            .values(
                due_date=bindparam("new_due", type_=Date),
                previous_due_date=bindparam("old_due", type_=Date),
                explanation=expl,
                proceeding_id=bindparam("proceeding"),
                status=bindparam("status"),
                updated_at=bindparam("now", type_=DateTime),
                version=table.c.version + 1,
            )
        )
        params = [{k: v for k, v in u.items() if k != "moved"} for u in updates]
        for start in range(0, len(params), self.chunk):
            self.conn.execute(stmt, params[start : start + self.chunk])

    def _cancel(self, stale: list[int]) -> None:
        table = Deadline.__table__
        for start in range(0, len(stale), self.chunk):
            self.conn.execute(
                update(table)
                .where(table.c.id.in_(stale[start : start + self.chunk]))
                .values(status=_CANCELLED, updated_at=self.now, version=table.c.version + 1)
            )


def _raw(column: Any) -> Any:
    """``column`` as the driver returns it (dates stay ISO text on SQLite): parsed on demand."""
    return type_coerce(column, NullType()).label(column.key)


def _trigger_events(conn: Connection, kinds: list[str]) -> list[Any]:
    ev = Event.__table__.c
    # In id order: SQLite then reads the table straight through instead of
    # looking each row up from the kind index (half the time).
    return list(
        conn.execute(
            select(ev.id, ev.proceeding_id, ev.kind, _raw(ev.date))
            .where(ev.kind.in_(kinds))
            .order_by(ev.id)
        )
    )


def _count_trigger_events(conn: Connection, kinds: list[str]) -> dict[str, int]:
    ev = Event.__table__.c
    query = select(ev.kind, func.count()).where(ev.kind.in_(kinds)).group_by(ev.kind)
    return {kind: count for kind, count in conn.execute(query)}


def _existing_deadlines(conn: Connection, rule_numbers: dict[str, int]) -> dict[int, tuple]:
    """The computed deadlines that have an event, by (event id, rule number).

    Values: (id, stored due, stored previous due, status, proceeding id,
    explanation text). Rules no longer in the jurisdiction get numbers of their
    own, so their deadlines are left over and cancelled.
    """
    dl = Deadline.__table__.c
    rows = conn.execute(
        select(
            dl.id,
            dl.event_id,
            dl.rule,
            _raw(dl.due_date),
            _raw(dl.previous_due_date),
            dl.status,
            dl.proceeding_id,
            type_coerce(cast(dl.explanation, Text), NullType()).label("explanation"),
        ).where(dl.manual.is_(False), dl.event_id.is_not(None))
    )
    width = _RULE_KEY_WIDTH
    numbers = dict(rule_numbers)
    out: dict[int, tuple] = {}
    for row_id, event_id, rule, due, previous, status, proceeding_id, explanation in rows:
        number = numbers.get(rule)
        if number is None:
            number = numbers[rule] = len(numbers)
        out[event_id * width + number] = (row_id, due, previous, status, proceeding_id, explanation)
    return out


def _same_explanation(stored: str | None, encoded: str) -> bool:
    """True when the stored explanation says what ``encoded`` says.

    Rows written in bulk hold exactly ``encoded``; rows written through the ORM
    (an advisor's action) hold the same JSON spelt with other spacing, so only
    those few are parsed.
    """
    if stored == encoded:
        return True
    return stored is not None and json.loads(stored) == json.loads(encoded)


class _DateCodec:
    """Dates as this database's driver stores and returns them (ISO text on SQLite).

    Comparing dates in that form spares parsing hundreds of thousands of them
    when only a few thousand are distinct.
    """

    def __init__(self, dialect: Any) -> None:
        impl = Date().dialect_impl(dialect)
        self._load = impl.result_processor(dialect, None)
        self._store = impl.bind_processor(dialect)

    def load(self, value: Any) -> Any:
        if value is None or self._load is None:
            return value
        return self._load(value)

    def store(self, value: date) -> Any:
        return value if self._store is None else self._store(value)


@dataclass(frozen=True, slots=True)
class _Encoded:
    """A computation as stored: due date (also as the driver stores it) and JSON text."""

    kind: str
    rule: str
    due: date
    stored_due: Any
    explanation: str

    @classmethod
    def of(cls, rule: Rule, result: Computation, dates: _DateCodec) -> _Encoded:
        text = json.dumps(result.to_json(), separators=(",", ":"))
        return cls(rule.trigger, rule.key, result.due, dates.store(result.due), text)


def _uuid_expression(conn: Connection, counter: Any) -> Any:
    """SQL for a new UUID per row: this run's prefix and ``counter`` as the last 12 digits."""
    prefix = uuid_prefix()
    if conn.dialect.name == "sqlite":
        return func.printf("%s%012x", prefix, counter)
    if conn.dialect.name == "postgresql":
        return literal(prefix) + func.lpad(func.to_hex(cast(counter, BigInteger)), 12, "0")
    raise NotImplementedError(conn.dialect.name)


def uuid_prefix() -> str:
    """The first 24 digits of RFC 9562 version 7 UUIDs made now, with random bits.

    A random (version 4) UUID lands anywhere in the unique index, so each of a
    hundred thousand inserts would touch a different page; UUIDs that share
    their millisecond and 26 random bits and count up in the last 48 go in at
    one place. Two runs in the same millisecond differ in the random bits.
    """
    millis = time.time_ns() // 1_000_000 & 0xFFFF_FFFF_FFFF
    rand = secrets.randbits(26)
    value = millis << 80 | 0x7 << 76 | (rand >> 14) << 64 | 0b10 << 62 | (rand & 0x3FFF) << 48
    return str(UUID(int=value))[:-12]


@contextmanager
def _collector_paused() -> Iterator[None]:
    """No cyclic garbage collection while hundreds of thousands of rows are held.

    The rows read here hold no cycles, yet each allocation counts towards a
    collection that walks them all again; paused, comparing takes a third less
    time. Restored afterwards, whatever happens.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


@contextmanager
def _bulk_pragmas(conn: Connection) -> Iterator[None]:
    """A page cache that holds the deadline table's indexes while thousands of rows go in.

    SQLite's default cache is 2 MB; the deadline indexes of a large desk are
    tens of MB, and writing with the small cache spills and rereads the same
    index pages for every row. The setting is per connection and restored.
    """
    if conn.dialect.name != "sqlite":
        yield
        return
    before = conn.exec_driver_sql("PRAGMA cache_size").scalar()
    conn.exec_driver_sql(f"PRAGMA cache_size = {-BULK_CACHE_KIB}")
    try:
        yield
    finally:
        conn.exec_driver_sql(f"PRAGMA cache_size = {int(before or -2000)}")
