"""Writing an import's new cases many at a time, with what the intake services would write.

The meeting intake (``debtdesk.services.intake``) writes one case in about a
dozen statements: each record flushed for its id, an audit line each, the
deadlines of each event looked up and computed. For a 10,000-row sheet that
was most of five minutes. Here every row is checked first with the same
functions (``intake.clean``, the services' field schemas), and a chunk of
checked rows is then written table by table with one multi-row INSERT each:
debtors, loans, court matters, eviction matters, events, deadlines, and last
the audit lines, in each row's order.

What is written is what ``intake.intake`` followed by the import's currency
change writes, column for column: the same values, defaults, search keys,
audit lines (fields, versions, case) and deadlines with their explanations,
and the same "what moved" notes for the deadline panel. A test compares the
two on a messy sheet.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, time
from decimal import Decimal
from typing import Any

from sqlalchemy import Table, bindparam, insert, update
from sqlalchemy.orm import Session

from debtdesk.clock import utcnow
from debtdesk.deadlines.compute import compute_deadline
from debtdesk.deadlines.engine import CHANGES, DeadlineChange, calendar_for, jurisdiction_of
from debtdesk.model import AuditEntry, Deadline, Debtor, Event, Loan, Proceeding
from debtdesk.model.base import new_uuid
from debtdesk.services import audit, debtors, institutions, intake, loans, proceedings
from debtdesk.services.fields import clean
from debtdesk.sheets.duplicate_index import Entry, entry_of
from debtdesk.text import fold
from debtdesk.vocab import (
    AuditAction,
    DeadlineStatus,
    EventKind,
    ProceedingKind,
    ProceedingStage,
)

# Keys for cases not written yet: above any real id, in the order they will be written.
PENDING_BASE = 1 << 48
CHUNK = 1000


def _default(table: Table, name: str) -> Any:
    """The column's client-side default, as an ORM insert of an unset attribute takes it."""
    default = table.c[name].default
    if default is None:
        return None
    arg: Any = default.arg  # type: ignore[attr-defined]
    return arg(None) if callable(arg) else arg


_COLUMNS: dict[str, list[tuple[str, Any, bool]]] = {}


def _row(table: Table, values: dict[str, Any]) -> dict[str, Any]:
    """Every column but the id: given values, else the default (an ORM insert skips None too)."""
    columns = _COLUMNS.get(table.name)
    if columns is None:
        columns = _COLUMNS[table.name] = []
        for column in table.columns:
            if not column.primary_key:
                arg = getattr(column.default, "arg", None)
                columns.append((column.key, arg, callable(arg)))
    out = {}
    for key, arg, call in columns:
        value = values.get(key)
        if value is None:
            value = arg(None) if call else arg
        out[key] = value
    return out


def _changed(cleaned: dict[str, Any]) -> list[str]:
    """The fields a create's audit line lists (``records.create``)."""
    return [k for k, v in cleaned.items() if v is not None]


@dataclass
class _Record:
    """One record of a case: its cleaned values, then its id once written."""

    table: Table
    cleaned: dict[str, Any]
    extra: dict[str, Any]
    uuid: str = field(default_factory=new_uuid)
    id: int | None = None


@dataclass
class _Event:
    record: _Record
    deadlines: list[_Record] = field(default_factory=list)


@dataclass
class NewCase:
    """A checked row's case, waiting to be written."""

    key: int
    entry: Entry
    debtor: _Record
    problem_kind: str
    bank: str | None
    loan: _Record | None
    currency: str | None  # a currency other than the loan's default, set after creating it
    principal: Decimal | None = None
    court: _Record | None = None
    court_events: list[_Event] = field(default_factory=list)
    eviction: _Record | None = None
    eviction_events: list[_Event] = field(default_factory=list)
    dates: dict[str, date] = field(default_factory=dict)
    hearing_time: time | None = None


class CaseWriter:
    """Checks rows as the intake would and writes their cases a chunk at a time."""

    def __init__(self, session: Session, batch: str | None, *, chunk: int | None = None) -> None:
        self.session = session
        self.batch = batch  # stamped on every audit line (``AuditEntry.import_batch``)
        self.chunk = chunk or CHUNK
        self.ids: dict[int, int] = {}  # a pending case's key -> its debtor id once written
        self.on_written: Callable[[list[int]], None] | None = None  # told the keys written
        self._pending: list[NewCase] = []
        self._next_key = PENDING_BASE
        self._creditors: dict[str, int] = {}
        self._computed: dict[tuple[str, date], tuple[date, dict[str, Any]]] = {}
        self._loan_currency = _default(Loan.__table__, "currency")
        self._problem_kind = _default(Debtor.__table__, "problem_kind")

    # --- checking ------------------------------------------------------------------------------

    def check(self, values: dict[str, Any], currency: str | None) -> NewCase:
        """Check a row as ``intake.intake`` and the currency change would (ValidationError)."""
        cleaned = intake.clean(values)
        debtor = clean(debtors.SCHEMA, cleaned.debtor, creating=True)
        debtors.check_household(self.session, debtor, None)
        new_currency = None
        if cleaned.principal is not None and currency and currency != "KZT":
            new_currency = clean(loans.LOAN_SCHEMA, {"currency": currency}, creating=False)[
                "currency"
            ]
            if new_currency == self._loan_currency:
                new_currency = None
        entry = entry_of(
            debtor["full_name"], debtor.get("iin"), debtor.get("phone"), debtor.get("city")
        )
        # The search keys ``debtors.refresh_search_text`` writes after creating it.
        keys = {"name_key": entry.name_key, "search_text": entry.search_text}
        debtor_record = _Record(Debtor.__table__, debtor, keys)
        loan = None
        if cleaned.principal is not None:
            # Its creditor is filled in by ``add`` (found or created only for a row that goes in).
            values = {"creditor_id": None, "principal": cleaned.principal}
            loan = _Record(Loan.__table__, clean(loans.LOAN_SCHEMA, values, creating=True), {})
        case = NewCase(
            key=0,
            entry=entry,
            debtor=debtor_record,
            problem_kind=debtor.get("problem_kind") or self._problem_kind,
            bank=cleaned.bank,
            loan=loan,
            currency=new_currency,
            principal=cleaned.principal,
            dates=cleaned.dates,
            hearing_time=cleaned.hearing_time,
        )
        self._plan_court(case)
        return case

    # --- adding and writing --------------------------------------------------------------------

    def queue_key(self) -> int:
        """The key the next case queued will have (see ``PENDING_BASE``)."""
        return self._next_key

    def add(self, case: NewCase, key: int) -> None:
        """Queue ``case`` under ``key`` (its creditor is found or created now)."""
        if key != self._next_key:
            raise ValueError("cases are queued in the order of their keys")
        creditor_id = None
        if case.bank:
            folded = fold(case.bank)
            creditor_id = self._creditors.get(folded)
            if creditor_id is None:
                creditor = institutions.find_or_create_creditor(
                    self.session, case.bank, intake.creditor_kind(case.problem_kind)
                )
                creditor_id = self._creditors[folded] = creditor.id
        if case.loan is not None:
            case.loan.cleaned["creditor_id"] = creditor_id
        case.key = key
        self._next_key += 1
        self._pending.append(case)
        if len(self._pending) >= self.chunk:
            self.flush()

    def _plan_court(self, case: NewCase) -> None:
        """The court matter, eviction matter and events ``intake._attach`` would create."""
        dates = case.dates
        if "next_hearing" in dates or "decision_date" in dates:
            case.court = _Record(
                Proceeding.__table__,
                clean(
                    proceedings.PROCEEDING_SCHEMA,
                    {
                        "kind": intake.court_kind(case.problem_kind),
                        "stage": intake.court_stage(dates),
                        "loan_id": None,  # filled in when the loan is written
                    },
                    creating=True,
                ),
                {},
            )
            for name in ("decision_date", "next_hearing"):
                if name in dates:
                    at = case.hearing_time if name == "next_hearing" else None
                    case.court_events.append(self._event(intake.DATE_EVENTS[name], dates[name], at))
        if "eviction_date" in dates:
            case.eviction = _Record(
                Proceeding.__table__,
                clean(
                    proceedings.PROCEEDING_SCHEMA,
                    {
                        "kind": ProceedingKind.EVICTION,
                        "stage": ProceedingStage.EVICTION,
                        "loan_id": None,
                        "parent_id": None,
                    },
                    creating=True,
                ),
                {},
            )
            case.eviction_events.append(
                self._event(EventKind.EVICTION, dates["eviction_date"], None)
            )

    @staticmethod
    def _event(kind: str, day: date, at: time | None) -> _Event:
        """An event as ``proceedings.add_event`` cleans it (its matter set when written)."""
        values = {"kind": kind, "date": day, "time": at, "proceeding_id": None}
        cleaned = clean(proceedings.EVENT_SCHEMA, values, creating=True)
        return _Event(_Record(Event.__table__, cleaned, {}))

    def flush(self) -> None:
        """Write the queued cases (one INSERT per table for the chunk)."""
        cases, self._pending = self._pending, []
        if not cases:
            return
        session = self.session
        advisor = audit.current_advisor(session)
        jurisdiction = jurisdiction_of(session)
        calendar = calendar_for(session, jurisdiction)
        conn = session.connection()
        now = utcnow()

        def write(records: list[_Record]) -> None:
            if not records:
                return
            table = records[0].table
            rows = [
                _row(
                    table,
                    {**r.cleaned, **r.extra, "uuid": r.uuid, "created_at": now, "updated_at": now},
                )
                for r in records
            ]
            # Matched by UUID: sorting RETURNING by parameter order would cost SQLite one
            # statement per row.
            result = conn.execute(insert(table).returning(table.c.uuid, table.c.id), rows)
            ids = {uuid: new_id for uuid, new_id in result}
            for record in records:
                record.id = ids[record.uuid]

        write([c.debtor for c in cases])
        for c in cases:
            self.ids[c.key] = c.debtor.id  # type: ignore[assignment]
            for record in self._records_of(c):
                record.extra["debtor_id"] = c.debtor.id
        loans_ = [c.loan for c in cases if c.loan is not None]
        for c in cases:
            if c.loan is not None and c.currency:
                c.loan.extra.update(currency=c.currency, version=2)
        write(loans_)
        for c in cases:
            loan_id = c.loan.id if c.loan is not None else None
            for matter in (c.court, c.eviction):
                if matter is not None:
                    matter.cleaned["loan_id"] = loan_id
        # Both matters of a row in one INSERT, in the intake's order (court, then eviction);
        # an eviction's link to its court matter follows once the court's id is known.
        write([m for c in cases for m in (c.court, c.eviction) if m is not None])
        parents = []
        for c in cases:
            if c.eviction is not None and c.court is not None:
                c.eviction.cleaned["parent_id"] = c.court.id
                parents.append({"b_id": c.eviction.id, "b_parent": c.court.id})
        if parents:
            t = Proceeding.__table__
            conn.execute(
                update(t)
                .where(t.c.id == bindparam("b_id"))
                .values(parent_id=bindparam("b_parent")),
                parents,
            )
        events: list[_Event] = []
        for c in cases:
            for matter, matter_events in (
                (c.court, c.court_events),
                (c.eviction, c.eviction_events),
            ):
                for ev in matter_events:
                    ev.record.cleaned["proceeding_id"] = matter.id  # type: ignore[union-attr]
                    events.append(ev)
        write([ev.record for ev in events])
        deadlines: list[_Record] = []
        for ev in events:
            values = ev.record.cleaned
            for rule in jurisdiction.rules_for_trigger(values["kind"]):
                cache_key = (rule.key, values["date"])
                computed = self._computed.get(cache_key)
                if computed is None:
                    result = compute_deadline(rule, values["date"], calendar)
                    computed = self._computed[cache_key] = (result.due, result.to_json())
                record = _Record(
                    Deadline.__table__,
                    {},
                    {
                        "debtor_id": ev.record.extra["debtor_id"],
                        "proceeding_id": values["proceeding_id"],
                        "event_id": ev.record.id,
                        "jurisdiction": jurisdiction.code,
                        "rule": rule.key,
                        "due_date": computed[0],
                        "explanation": computed[1],
                        "status": DeadlineStatus.OPEN,
                        "manual": False,
                    },
                )
                ev.deadlines.append(record)
                deadlines.append(record)
        write(deadlines)
        lines: list[dict[str, Any]] = []
        changes = session.info.setdefault(CHANGES, [])

        def line(
            r: _Record, action: str, changed: list[str], debtor_id: int | None, version: int = 1
        ) -> None:
            lines.append(
                {
                    "at": now,
                    "advisor_id": advisor.id if advisor else None,
                    "advisor_name": advisor.name if advisor else None,
                    "entity": r.table.name,
                    "entity_id": r.id,
                    "entity_uuid": r.uuid,
                    "debtor_id": debtor_id,
                    "action": action,
                    "changed": sorted(changed),
                    "version": version,
                    "import_batch": self.batch,
                }
            )

        for c in cases:
            debtor_id = c.debtor.id
            line(c.debtor, AuditAction.CREATE, _changed(c.debtor.cleaned), debtor_id)
            if c.loan is not None:
                line(c.loan, AuditAction.CREATE, _changed(c.loan.cleaned), debtor_id)
            for matter, matter_events in (
                (c.court, c.court_events),
                (c.eviction, c.eviction_events),
            ):
                if matter is None:
                    continue
                line(matter, AuditAction.CREATE, _changed(matter.cleaned), debtor_id)
                for ev in matter_events:
                    line(ev.record, AuditAction.CREATE, _changed(ev.record.cleaned), debtor_id)
                    for d in ev.deadlines:
                        # engine.recompute_event: a deadline's audit line names no case.
                        line(d, AuditAction.CREATE, ["due_date", "rule"], None)
                        changes.append(
                            DeadlineChange(
                                d.id,
                                debtor_id,
                                d.extra["rule"],
                                "created",
                                None,
                                d.extra["due_date"],
                            )
                        )
            if c.loan is not None and c.currency:
                line(c.loan, AuditAction.UPDATE, ["currency"], debtor_id, version=2)
        table = AuditEntry.__table__
        conn.execute(insert(table), [_row(table, values) for values in lines])
        if self.on_written is not None:
            self.on_written([c.key for c in cases])

    @staticmethod
    def _records_of(case: NewCase) -> list[_Record]:
        out = [r for r in (case.loan, case.court, case.eviction) if r is not None]
        out += [ev.record for ev in (*case.court_events, *case.eviction_events)]
        return out
