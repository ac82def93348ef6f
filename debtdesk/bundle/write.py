"""Write a resolved bundle into the caller's session, fast, with its UUIDs kept.

The values were cleaned by the services' rules already (``validate``), so rows
go in with bulk INSERTs, one statement per kind of record, instead of one
validated, audited, flushed ``records.create`` per record: ten thousand cases
take seconds rather than many minutes. Search keys are computed with the
services' own functions, and each case gets one audit line, action "import".

The deadline engine is not notified of imported events: the bundle brings the
deadlines as they were computed, and recomputing would duplicate them.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import datetime
from types import SimpleNamespace
from typing import Any, cast

from sqlalchemy import insert
from sqlalchemy.orm import Session

from debtdesk.bundle import spec
from debtdesk.bundle.resolve import Resolution, existing_uuids
from debtdesk.bundle.validate import CasePlan, Item
from debtdesk.clock import utcnow
from debtdesk.model import AuditEntry, Debtor, Entity
from debtdesk.services import audit, debtors
from debtdesk.text import fold
from debtdesk.vocab import AuditAction

# Kinds other records link to or hang from: their new ids are read back.
_TARGETS = frozenset({"loan", "proceeding", "event", "checklist", "document"})


_DEFAULTS: dict[str, list[tuple[str, Any]]] = {}


def _defaults(kind: spec.Kind) -> list[tuple[str, Any]]:
    """(column, default) for the non-nullable columns of ``kind`` with a plain default."""
    if kind.name not in _DEFAULTS:
        _DEFAULTS[kind.name] = [
            (c.name, c.default.arg)
            for c in kind.model.__table__.c
            if c.default is not None and c.default.is_scalar and not c.nullable
        ]
    return _DEFAULTS[kind.name]


def _row(kind: spec.Kind, item: Item, now: datetime) -> dict[str, Any]:
    """The column values of ``item``: cleaned fields, its UUID, timestamps and defaults."""
    row: dict[str, Any] = {"uuid": item.uuid, **item.values}
    row["created_at"] = row["created_at"] or now
    row["updated_at"] = row["updated_at"] or row["created_at"]
    for name, default in _defaults(kind):
        # A blank optional field takes the column's default, as it does when a
        # service creates the record.
        if row.get(name, default) is None:
            row[name] = default
    row["version"] = 1
    return row


def _changed(item: Item) -> list[str]:
    return sorted(k for k, v in item.values.items() if v is not None and v != [])


class _Writer:
    def __init__(self, session: Session, res: Resolution) -> None:
        self.session = session
        self.res = res
        self.now = utcnow()
        self.ids: dict[str, dict[str, int]] = defaultdict(dict)
        for name, found in res.shared_ids.items():
            self.ids[name].update(found)
        self.rows_written = 0
        self.depth = _depths(res.cases)

    def shared(self) -> int:
        """Create the creditors, courts and advisors the database lacks."""
        created: list[tuple[Entity, Item]] = []
        for _key, kind in spec.SHARED:
            for item in self.res.new_shared[kind.name]:
                row = _row(kind, item, self.now)
                del row["version"]  # the ORM numbers versions itself
                if "name_key" in kind.derived:  # folded and cut to its column, as services do
                    length = kind.model.__table__.c.name_key.type.length
                    row["name_key"] = fold(row["name"])[:length]
                obj = kind.model(**row)
                self.session.add(obj)
                created.append((obj, item))
        # Flushed before any audit line: the first one looks up the advisor at
        # work by name, and must find the one this bundle brings.
        self.session.flush()
        for obj, item in created:
            self.ids[item.kind.name][item.uuid] = obj.id
            audit.record(self.session, obj, AuditAction.IMPORT, _changed(item))
        return len(created)

    def link_id(self, target: str, uuid: str | None) -> int | None:
        return None if uuid is None else self.ids[target][uuid]

    def debtors(self, cases: list[CasePlan]) -> dict[str, int]:
        rows = []
        for case in cases:
            item = case.debtor
            row = _row(spec.DEBTOR, item, self.now)
            row["advisor_id"] = self.link_id("advisor", item.links["advisor"])
            row["name_key"] = debtors.name_key(row["full_name"])
            # Case numbers in the order of the proceedings' new ids, as the
            # services' refresh_search_text lists them.
            proceedings = sorted(case.lists["proceedings"], key=lambda p: self.depth[p.uuid])
            numbers = [p.values["case_no"] for p in proceedings if p.values["case_no"]]
            row["search_text"] = debtors.search_text(cast(Debtor, SimpleNamespace(**row)), numbers)
            rows.append(row)
        made = self._insert_rows(spec.DEBTOR, rows, ids=True)
        self._audit(cases, made)
        self.rows_written += len(rows)
        return made

    def _audit(self, cases: list[CasePlan], made: dict[str, int]) -> None:
        """One audit line per case, action "import", in one statement.

        The same columns ``audit.record`` writes, for the advisor it finds; built
        here in bulk because ten thousand ORM audit objects cost seconds.
        """
        advisor = audit.current_advisor(self.session)
        entries = [
            {
                "at": self.now,
                "advisor_id": advisor.id if advisor else None,
                "advisor_name": advisor.name if advisor else None,
                "entity": Debtor.__tablename__,
                "entity_id": made[case.debtor.uuid],
                "entity_uuid": case.debtor.uuid,
                "debtor_id": made[case.debtor.uuid],
                "action": AuditAction.IMPORT.value,
                "changed": _changed(case.debtor),
                "version": 1,
            }
            for case in cases
        ]
        if entries:
            self.session.execute(insert(AuditEntry.__table__), entries)

    def insert(self, kind: spec.Kind, entries: list[tuple[Item, str | None]]) -> None:
        """Insert ``entries`` (record, UUID of the record it hangs from) in one statement."""
        if not entries:
            return
        owner_kind = {"debtor_id": "debtor", "loan_id": "loan", "checklist_id": "checklist"}
        rows = []
        for item, owner in entries:
            row = _row(kind, item, self.now)
            if kind.owner_column is not None:
                row[kind.owner_column] = self.ids[owner_kind[kind.owner_column]][owner or ""]
            for link in kind.links:
                row[link.column] = self.link_id(link.target, item.links[link.key])
            rows.append(row)
        self._insert_rows(kind, rows, ids=kind.name in _TARGETS)
        self.rows_written += len(rows)

    def _insert_rows(
        self, kind: spec.Kind, rows: list[dict[str, Any]], *, ids: bool
    ) -> dict[str, int]:
        """One executemany INSERT; with ``ids``, the new ids are read back by UUID.

        Not ``INSERT … RETURNING``: for many rows SQLAlchemy sends it as huge
        multi-row statements that psycopg parses in Python, several times
        slower on PostgreSQL than a plain (pipelined) executemany and a SELECT.
        """
        if not rows:
            return {}
        self.session.execute(insert(kind.model.__table__), rows)
        if not ids:
            return {}
        made = existing_uuids(self.session, kind.model, [r["uuid"] for r in rows])
        self.ids[kind.name].update(made)
        return made

    def cases(self, cases: list[CasePlan]) -> None:
        pending: dict[str, list[tuple[Item, str | None]]] = defaultdict(list)
        for case in cases:
            for _key, kind in spec.CASE_LISTS:
                for item in case.lists[_key]:
                    pending[kind.name].append((item, case.debtor.uuid))
                    for child_key, child in kind.children:
                        for sub in item.children[child_key]:
                            pending[child.name].append((sub, item.uuid))
        for kind in spec.case_kinds():
            if kind is spec.PROCEEDING:  # parents first: a row links to an id that exists
                levels: dict[int, list[tuple[Item, str | None]]] = defaultdict(list)
                for entry in pending[kind.name]:
                    levels[self.depth[entry[0].uuid]].append(entry)
                for level in sorted(levels):
                    self.insert(kind, levels[level])
            else:
                self.insert(kind, pending[kind.name])


def _depths(cases: list[CasePlan]) -> dict[str, int]:
    """How many parents each proceeding has (a claim 0, its appeal 1, a cassation 2)."""
    parent = {p.uuid: p.links["parent"] for c in cases for p in c.lists["proceedings"]}
    depth: dict[str, int] = {}
    for start in parent:
        chain: list[str] = []
        uuid: str | None = start
        while uuid is not None and uuid not in depth:
            chain.append(uuid)
            uuid = parent[uuid]
        base = -1 if uuid is None else depth[uuid]
        for n, link in enumerate(reversed(chain), start=1):
            depth[link] = base + n
    return depth


def write(session: Session, res: Resolution) -> tuple[dict[str, int], int]:
    """Apply ``res``: returns the new ids of the imported debtors and how many rows went in."""
    writer = _Writer(session, res)
    writer.shared()
    for debtor_id in res.replaced.values():
        debtors.delete_debtor(session, debtor_id)
    made = writer.debtors(res.cases)
    writer.cases(res.cases)
    session.flush()
    return made, writer.rows_written
