"""Export cases as a bundle: a plain dict of records, for ``layout.render`` to write.

Rows are read table by table (one query per kind of record, not one per case),
so ten thousand cases export in seconds. Every list is sorted by a stable key
ending in the UUID, so exporting the same data twice gives the same bytes apart
from ``exported_at``.

A case's letters printed in a batch are exported with their own pages only,
never with the batch's merged file (``letters_alone``).
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from datetime import datetime
from typing import Any, TypeVar

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from debtdesk import __version__
from debtdesk.bundle import spec
from debtdesk.bundle.codec import jsonable
from debtdesk.clock import utcnow
from debtdesk.errors import NotFoundError
from debtdesk.model import Checklist, Debtor, Event, Loan

T = TypeVar("T")
_CHUNK = 500  # ids per IN (...) list: far below SQLite's and PostgreSQL's limits


def chunks(items: Sequence[T]) -> Iterator[Sequence[T]]:
    """``items`` in slices short enough for one ``IN (...)`` list."""
    for start in range(0, len(items), _CHUNK):
        yield items[start : start + _CHUNK]


def owner_filter(kind: spec.Kind, chunk: Sequence[int]) -> Any:
    """The WHERE clause picking the rows of ``kind`` that belong to the cases in ``chunk``."""
    table = kind.model.__table__
    if kind is spec.DEBTOR:
        return table.c.id.in_(chunk)
    if kind.owner_column == "debtor_id":
        return table.c.debtor_id.in_(chunk)
    if kind.owner_column == "loan_id":
        return table.c.loan_id.in_(select(Loan.id).where(Loan.debtor_id.in_(chunk)))
    events = select(Event.id).where(Event.debtor_id.in_(chunk))
    if kind is spec.CHECKLIST:
        return table.c.event_id.in_(events)
    assert kind is spec.CHECKLIST_ITEM
    return table.c.checklist_id.in_(select(Checklist.id).where(Checklist.event_id.in_(events)))


def _rows(session: Session, kind: spec.Kind, debtor_ids: Sequence[int] | None) -> list[Any]:
    query: Select = select(kind.model.__table__)
    if debtor_ids is None:
        return list(session.execute(query).mappings())
    out: list[Any] = []
    for chunk in chunks(debtor_ids):
        out.extend(session.execute(query.where(owner_filter(kind, chunk))).mappings())
    return out


def letters_alone(session: Session, rows: list[Any]) -> list[Any]:
    """Document rows as a bundle carries them: each letter with its own pages only.

    A letter printed in a batch stores no file of its own: its pages are in the
    batch's merged PDF, with every other debtor's letter of that batch. The
    bundle gets only this letter's pages, cut out of it, and their SHA-256 as
    ``file_hash``; it imports as a letter printed alone. The merged file (the
    ``PrintBatch``) belongs to no case and never leaves the database.
    """
    batch = [r for r in rows if r["batch_id"] is not None]
    if not batch:
        return rows
    from debtdesk.documents.register import BatchPages, letter_pdfs

    own = letter_pdfs(session, [BatchPages.of(r) for r in batch])
    out: list[Any] = []
    for row in rows:
        if row["batch_id"] is not None:
            pdf = own[row["id"]]
            row = {**row, "pdf": pdf, "file_hash": hashlib.sha256(pdf).hexdigest()}
        out.append(row)
    return out


def _sort_key(fields: Iterable[str]) -> Any:
    names = tuple(fields)

    def key(record: Mapping[str, Any]) -> tuple:
        parts = tuple((record[n] is None, str(record[n] or "")) for n in names)
        return (*parts, record["uuid"])

    return key


class _Exporter:
    """Turns rows into bundle records, translating ids into UUIDs on the way."""

    def __init__(self, session: Session, debtor_ids: Sequence[int] | None) -> None:
        self.session = session
        self.debtor_ids = debtor_ids
        self.uuids: dict[str, dict[int, str]] = {}
        self.used: dict[str, set[int]] = defaultdict(set)  # shared records linked to

    def record(self, kind: spec.Kind, row: Mapping[str, Any]) -> dict[str, Any]:
        out: dict[str, Any] = {"uuid": row["uuid"]}
        for link in kind.links:
            target_id = row[link.column]
            if target_id is None:
                out[link.key] = None
                continue
            if link.target in spec.SHARED_KINDS:
                self.used[link.target].add(target_id)
            out[link.key] = self.uuid_of(link.target, target_id)
        for name in kind.fields:
            out[name] = jsonable(row[name])
        out["created_at"] = jsonable(row["created_at"])
        out["updated_at"] = jsonable(row["updated_at"])
        return out

    def uuid_of(self, kind_name: str, record_id: int) -> str:
        known = self.uuids.setdefault(kind_name, {})
        if record_id not in known:  # a link leaving the exported cases: look it up
            model = spec.KINDS[kind_name].model
            known[record_id] = self.session.scalar(select(model.uuid).where(model.id == record_id))
        return known[record_id]

    def load(self, kind: spec.Kind) -> list[Any]:
        rows = _rows(self.session, kind, self.debtor_ids)
        self.uuids.setdefault(kind.name, {}).update((r["id"], r["uuid"]) for r in rows)
        return rows

    def shared(self, kind: spec.Kind) -> list[dict[str, Any]]:
        rows = list(self.session.execute(select(kind.model.__table__)).mappings())
        self.uuids[kind.name] = {r["id"]: r["uuid"] for r in rows}
        return rows  # turned into records at the end, once we know which are used


def _grouped(rows: Iterable[Any], owner: Any) -> dict[int, list[Any]]:
    out: dict[int, list[Any]] = defaultdict(list)
    for row in rows:
        out[owner(row)].append(row)
    return out


def export_bundle(
    session: Session, debtor_ids: Sequence[int] | None = None, *, now: datetime | None = None
) -> dict[str, Any]:
    """The bundle of the cases ``debtor_ids`` (every case when None) as a plain dict.

    A full export carries every creditor, court and advisor; a partial one only
    those its cases link to.
    """
    if debtor_ids is not None:
        debtor_ids = sorted(set(debtor_ids))
        found: set[int] = set()
        for chunk in chunks(debtor_ids):
            found.update(session.scalars(select(Debtor.id).where(Debtor.id.in_(chunk))))
        missing = [i for i in debtor_ids if i not in found]
        if missing:
            raise NotFoundError("debtor", missing[0])
    ex = _Exporter(session, debtor_ids)
    shared_rows = {kind.name: ex.shared(kind) for _key, kind in spec.SHARED}

    debtors = _rows(session, spec.DEBTOR, debtor_ids)
    # Load in link order: a record's targets are loaded before it.
    rows = {kind.name: ex.load(kind) for kind in spec.case_kinds()}
    rows["document"] = letters_alone(session, rows["document"])
    event_debtor = {r["id"]: r["debtor_id"] for r in rows["event"]}
    checklist_debtor = {r["id"]: event_debtor.get(r["event_id"]) for r in rows["checklist"]}
    by_owner = {
        kind.name: _grouped(
            rows[kind.name],
            (lambda r: checklist_debtor.get(r["id"]))
            if kind is spec.CHECKLIST
            else (lambda r, c=kind.owner_column: r[c]),
        )
        for kind in spec.case_kinds()
    }

    def build(kind: spec.Kind, row: Mapping[str, Any]) -> dict[str, Any]:
        record = ex.record(kind, row)
        for key, child in kind.children:
            record[key] = sorted(
                (build(child, r) for r in by_owner[child.name].get(row["id"], [])),
                key=_sort_key(child.sort),
            )
        return record

    cases = []
    for debtor in debtors:
        case: dict[str, Any] = {"debtor": ex.record(spec.DEBTOR, debtor)}
        for key, kind in spec.CASE_LISTS:
            case[key] = sorted(
                (build(kind, r) for r in by_owner[kind.name].get(debtor["id"], [])),
                key=_sort_key(kind.sort),
            )
        cases.append(case)
    cases.sort(key=lambda c: (c["debtor"]["full_name"], c["debtor"]["uuid"]))

    bundle: dict[str, Any] = {
        "format": spec.FORMAT,
        "version": spec.VERSION,
        "exported_at": jsonable(now or utcnow()),
        "app_version": __version__,
    }
    for key, kind in spec.SHARED:
        chosen = [
            r for r in shared_rows[kind.name] if debtor_ids is None or r["id"] in ex.used[kind.name]
        ]
        bundle[key] = sorted((ex.record(kind, r) for r in chosen), key=_sort_key(kind.sort))
    bundle["cases"] = cases
    return bundle
