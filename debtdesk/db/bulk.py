"""Fast bulk INSERTs for the few places that write tens of thousands of rows at once.

Demo data and the recomputation of every deadline write far more rows than an
advisor ever does; the ORM and even Core ``executemany`` spend most of their
time building parameters there. This compiles each INSERT once and applies the
column types' own bind processing, so what is stored is exactly what a Core
insert would store (a test in tests/core/demo checks that on both backends).
"""

from __future__ import annotations

from collections.abc import Callable
from operator import itemgetter
from typing import Any

from sqlalchemy import Connection, Date, DateTime, Table, Time
from sqlalchemy.engine import Dialect


class Writers:
    """Bulk INSERTs that apply each column type's bind processing once per value.

    Why not ``conn.execute(insert(table), rows)``: SQLAlchemy then builds the
    parameters of every row through the compiled statement (about 23 µs a row
    here, against 9 µs for the driver itself), which for three million rows is
    most of the run. This compiles each INSERT once and applies the very
    processors the Core statement would (``Fixed`` to scaled integers, dates and
    JSON as the dialect stores them), taken from the column types' public
    ``bind_processor``; a test checks the rows come out as a Core insert's do.
    """

    def __init__(self, dialect: Dialect) -> None:
        self.dialect = dialect
        self._plans: dict[tuple[str, frozenset[str], frozenset[str]], _InsertPlan] = {}

    def insert(
        self,
        conn: Connection,
        table: Table,
        rows: list[dict[str, Any]],
        *,
        without: frozenset[str] = frozenset(),
        encoded: frozenset[str] = frozenset(),
    ) -> None:
        """Insert ``rows``, each naming every column of ``table`` except ``without``.

        ``without`` columns are left to the database (e.g. ``id``); ``encoded``
        columns hold values already in their stored form (JSON text), which many
        rows may share, so they skip the column type's processing.
        """
        key = (table.name, without, encoded)
        plan = self._plans.get(key)
        if plan is None:
            plan = self._plans[key] = _InsertPlan(table, self.dialect, without, encoded)
        _check_columns(table, rows[0], without)
        conn.exec_driver_sql(plan.sql, plan.parameters(rows))


class _InsertPlan:
    def __init__(
        self,
        table: Table,
        dialect: Dialect,
        without: frozenset[str] = frozenset(),
        encoded: frozenset[str] = frozenset(),
    ) -> None:
        columns = [c.key for c in table.columns if c.key not in without]
        compiled = table.insert().compile(dialect=dialect, column_keys=columns)
        self.sql = str(compiled)
        self.positional = bool(dialect.positional)
        if self.positional:
            self.keys = list(compiled.positiontup or ())
        else:
            self.keys = list(compiled.params)
        if set(self.keys) != set(columns):
            raise AssertionError(f"unexpected parameters for {table.name}: {self.keys}")
        self._get = itemgetter(*self.keys)
        # (index, processor, memoised): dates and times recur (a case's rows share
        # one created_at), and formatting them is the dearest processing there is.
        self._processors: list[tuple[int, Callable[[Any], Any], bool]] = []
        for i, key in enumerate(self.keys):
            if key in encoded:
                continue
            column_type = table.c[key].type
            processor = column_type.dialect_impl(dialect).bind_processor(dialect)
            if processor is not None:
                temporal = isinstance(column_type, Date | DateTime | Time)
                self._processors.append((i, processor, temporal))

    def parameters(self, rows: list[dict[str, Any]]) -> list[Any]:
        get, keys, positional = self._get, self.keys, self.positional
        memos: list[dict[Any, Any]] = [{} for _ in self._processors]
        plain = [(i, p) for i, p, temporal in self._processors if not temporal]
        memoised = [
            (i, p, memo)
            for (i, p, temporal), memo in zip(self._processors, memos, strict=True)
            if temporal
        ]
        out: list[Any] = []
        for row in rows:
            values = list(get(row))
            for i, processor in plain:
                values[i] = processor(values[i])
            for i, processor, memo in memoised:
                value = values[i]
                done = memo.get(value, memo)
                if done is memo:
                    done = memo[value] = processor(value)
                values[i] = done
            out.append(tuple(values) if positional else dict(zip(keys, values, strict=True)))
        return out


def _check_columns(table: Table, row: dict[str, Any], without: frozenset[str]) -> None:
    # Every row must name every column (a missing one would get no default), and
    # nothing else (a misspelt key would be dropped silently): say which here.
    expected = set(table.c.keys()) - without
    if set(row) != expected:
        missing = sorted(expected - set(row))
        extra = sorted(set(row) - expected)
        raise AssertionError(f"rows for {table.name}: missing {missing}, unknown {extra}")
