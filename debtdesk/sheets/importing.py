"""Importing a sheet of cases: a dry run, the real run in one transaction, and its undo.

Each row is checked by the meeting intake's own checks (``intake.clean``), so
a sheet is checked exactly as a form in the app is, and its duplicates are
those ``debtors.possible_duplicates`` would list, cases added by earlier rows of
the same sheet included (``duplicate_index``). New cases are then written a
chunk at a time, with what the intake would write (``bulk``): row by row, a
10,000-row sheet took five minutes. The dry run is the real run rolled back:
its counts are what the real run will do, not an estimate.

All or nothing: the whole import runs in one savepoint. A row is checked in
full before anything of it is queued, and a merge (through the services) runs
in a savepoint of its own. By default the first invalid row stops the import
(``RowError`` names its row and column) and nothing stays; ``skip_invalid``
leaves that row out and lists it. A progress callback that raises (the app's
Cancel) rolls back everything the same way.

Undo: every audit line the import writes carries its batch id
(``AuditEntry.import_batch``). The audit trail already records each record
created, with its case; tagging it, rather than a column on every table, also
covers what a merge adds to a case already on file. ``undo_import`` deletes the
cases the batch created (their loans, court matters and deadlines go with
them), deletes what it added to merged cases, and blanks again the fields a
merge filled (a merge only ever fills blank fields, so blank is what they were).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Mapping
from dataclasses import asdict, dataclass, field, replace
from typing import Any, Literal

from sqlalchemy import event, select
from sqlalchemy.orm import Session

from debtdesk.errors import ValidationError
from debtdesk.i18n import _
from debtdesk.model import AuditEntry, Creditor, Loan
from debtdesk.services import debtors, intake, loans, proceedings, records
from debtdesk.sheets import cells
from debtdesk.sheets.bulk import CaseWriter
from debtdesk.sheets.duplicate_index import DuplicateFinder, Entry
from debtdesk.sheets.mapping import as_headers, remember
from debtdesk.sheets.reading import Column, Sheet, SheetRow

OnDuplicate = Literal["skip", "merge", "add"]
ON_DUPLICATE: tuple[str, ...] = ("skip", "merge", "add")
# A merge fills these on the case on file when they are blank there.
MERGE_FILLS = ("iin", "phone", "city")
_PROGRESS_EVERY = 50


@dataclass(frozen=True)
class Problem:
    row: int
    column: str  # the column's header as the sheet shows it, or the field's name
    message: str


@dataclass(frozen=True)
class Match:
    id: int
    full_name: str
    reasons: tuple[str, ...]  # "iin", "phone", "name"


@dataclass(frozen=True)
class Duplicate:
    row: int
    full_name: str
    matches: tuple[Match, ...]
    action: str  # skip | merge | add
    debtor_id: int | None = None  # the case merged into or added


@dataclass(frozen=True)
class Imported:
    row: int
    debtor_id: int
    full_name: str
    merged: bool = False


@dataclass
class ImportReport:
    """What an import did, or (``dry_run``) would do."""

    source: str
    dry_run: bool
    rows: int  # non-empty rows below the header
    mapping: dict[str, str]
    batch: str | None = None  # None for a dry run, or when nothing was imported
    imported: list[Imported] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    duplicates: list[Duplicate] = field(default_factory=list)

    @property
    def invalid_rows(self) -> list[int]:
        return sorted({p.row for p in self.problems})

    @property
    def skipped_duplicates(self) -> list[Duplicate]:
        return [d for d in self.duplicates if d.action == "skip"]

    def as_dict(self) -> dict[str, Any]:
        return {
            "source": self.source,
            "dry_run": self.dry_run,
            "batch": self.batch,
            "rows": self.rows,
            "imported": len(self.imported),
            "merged": sum(i.merged for i in self.imported),
            "invalid": len(self.invalid_rows),
            "duplicates_skipped": len(self.skipped_duplicates),
            "mapping": self.mapping,
            "problems": [asdict(p) for p in self.problems],
            "duplicates": [asdict(d) for d in self.duplicates],
            "cases": [asdict(i) for i in self.imported],
        }


class RowError(ValidationError):
    """The row that stopped an import: nothing of the import was kept."""

    def __init__(self, problem: Problem) -> None:
        super().__init__(
            problem.column,
            _("row {row}, column {column}: {message} (nothing was imported)").format(
                row=problem.row, column=problem.column, message=problem.message
            ),
        )
        self.problem = problem

    def __str__(self) -> str:
        return self.message


@dataclass
class _Row:
    number: int
    values: dict[str, Any]
    currency: str | None
    problems: list[Problem]


def _parse_row(row: SheetRow, mapping: Mapping[str, Column]) -> _Row:
    values: dict[str, Any] = {}
    problems: list[Problem] = []
    currency = None
    for name, column in mapping.items():
        raw = row.cells[column.index] if column.index < len(row.cells) else None
        try:
            value = cells.READERS[name](name, raw)
            if name == "principal":
                value, currency = value
        except ValidationError as exc:
            problems.append(Problem(row.number, column.label, exc.message))
            continue
        if value is not None:
            values[name] = value
    if "full_name" not in values and not problems:
        problems.append(Problem(row.number, mapping["full_name"].label, _("the name is empty")))
    return _Row(row.number, values, currency, problems)


def _column_of(exc: ValidationError, mapping: Mapping[str, Column]) -> str:
    column = mapping.get(exc.field)
    return column.label if column is not None else exc.field


def _tag_audit(session: Session, batch: str) -> Callable[[], None]:
    """Stamp ``batch`` on every audit line added to ``session`` until the returned call."""

    def stamp(_session: Session, obj: Any) -> None:
        if isinstance(obj, AuditEntry):
            obj.import_batch = batch

    event.listen(session, "transient_to_pending", stamp)
    return lambda: event.remove(session, "transient_to_pending", stamp)


def _set_currency(session: Session, loan_id: int | None, currency: str | None) -> None:
    if loan_id is not None and currency and currency != "KZT":
        loans.update_loan(session, loan_id, {"currency": currency})


def _merge(session: Session, target_id: int, row: _Row) -> None:
    """Add the row's bank, loan and dates to the case on file; fill its blank fields."""
    debtor = debtors.get_debtor(session, target_id)
    blanks = {k: row.values[k] for k in MERGE_FILLS if k in row.values and not getattr(debtor, k)}
    if blanks:
        debtors.update_debtor(session, target_id, blanks)
    result = intake.add_to_debtor(session, debtor, row.values)
    _set_currency(session, result.loan_id, row.currency)


class _Run:
    """One import's rows going in: the duplicate check, then a merge or a new case.

    New cases are checked at once and queued (``bulk.CaseWriter``); the duplicate
    index takes each one as it is queued, so later rows meet it. Until a chunk is
    written its case is known by a pending key, which the report is given as its
    id once everything is written (``finish``).
    """

    def __init__(
        self, session: Session, batch: str, on_duplicate: str, report: ImportReport, rows: int
    ) -> None:
        self.session = session
        self.on_duplicate = on_duplicate
        self.report = report
        self.finder = DuplicateFinder(session, rows)
        self.writer = CaseWriter(session, batch)
        self.writer.on_written = self.finder.written

    def write(self, row: _Row) -> None:
        """Check the row for duplicates and queue or merge it (ValidationError: nothing kept)."""
        values = row.values
        found = self.finder.find(
            full_name=values.get("full_name"),
            iin=values.get("iin"),
            phone=values.get("phone"),
            limit=5,
        )
        matches = tuple(Match(d.id, d.full_name, d.reasons) for d in found)
        name = values["full_name"]
        report = self.report
        if matches and self.on_duplicate == "skip":
            report.duplicates.append(Duplicate(row.number, name, matches, "skip"))
            return
        if matches and self.on_duplicate == "merge":
            target = matches[0].id
            self._merge(target, row)
            report.duplicates.append(Duplicate(row.number, name, matches, "merge", target))
            report.imported.append(Imported(row.number, target, name, merged=True))
            return
        case = self.writer.check(values, row.currency)
        key = self.writer.queue_key()
        self.finder.queued(key, case.entry)  # before ``add``, which may write it at once
        self.writer.add(case, key)
        if matches:
            report.duplicates.append(Duplicate(row.number, name, matches, "add", key))
        report.imported.append(Imported(row.number, key, name))

    def _merge(self, key: int, row: _Row) -> None:
        """Merge through the services (rare: one savepoint each), then re-read the case.

        What is queued is written first: the case may be this sheet's, and records
        are then created in the order the rows give them, as row by row.
        """
        self.writer.flush()
        debtor_id = self.writer.ids.get(key, key)
        one = self.session.begin_nested()
        try:
            _merge(self.session, debtor_id, row)
        except ValidationError:
            one.rollback()
            raise
        one.commit()
        debtor = debtors.get_debtor(self.session, debtor_id)
        self.finder.changed(
            key,
            Entry(
                debtor.full_name,
                debtor.name_key,
                debtor.search_text,
                debtor.iin,
                debtor.phone,
                debtor.city,
            ),
        )

    def finish(self) -> None:
        """Write what is queued and give the report the cases' ids."""
        self.writer.flush()
        ids = self.writer.ids

        def real(key: int | None) -> int | None:
            return ids.get(key, key) if key is not None else None

        report = self.report
        report.imported = [replace(i, debtor_id=real(i.debtor_id)) for i in report.imported]
        report.duplicates = [
            replace(
                d,
                matches=tuple(replace(m, id=real(m.id)) for m in d.matches),
                debtor_id=real(d.debtor_id),
            )
            for d in report.duplicates
        ]


def import_sheet(
    session: Session,
    sheet: Sheet,
    mapping: Mapping[str, Column],
    *,
    dry_run: bool = False,
    skip_invalid: bool = False,
    on_duplicate: str = "skip",
    progress: Callable[[int, int], None] | None = None,
) -> ImportReport:
    """Import ``sheet``'s rows as cases (see the module's docstring).

    ``progress(done, total)`` is called as rows go in; an exception it raises
    (a cancel) rolls the whole import back. A dry run lists every problem and
    duplicate and changes nothing; a real run without ``skip_invalid`` raises
    ``RowError`` at the first invalid row. A real run remembers ``mapping``
    for the next sheet with the same headers.
    """
    if on_duplicate not in ON_DUPLICATE:
        raise ValidationError("on_duplicate", _("choose skip, merge or add"))
    report = ImportReport(sheet.source, dry_run, len(sheet.rows), as_headers(mapping))
    batch = str(uuid.uuid4())
    parsed = [_parse_row(row, mapping) for row in sheet.rows]
    if not (dry_run or skip_invalid):
        first = next((r.problems[0] for r in parsed if r.problems), None)
        if first is not None:
            raise RowError(first)
    total = len(parsed)
    whole = session.begin_nested()
    untag = _tag_audit(session, batch)
    try:
        run = _Run(session, batch, on_duplicate, report, len(parsed))
        for done, row in enumerate(parsed, start=1):
            if row.problems:
                report.problems.extend(row.problems)
            else:
                try:
                    run.write(row)
                except ValidationError as exc:
                    problem = Problem(row.number, _column_of(exc, mapping), exc.message)
                    if not (dry_run or skip_invalid):
                        raise RowError(problem) from exc
                    report.problems.append(problem)
            if progress is not None and (done % _PROGRESS_EVERY == 0 or done == total):
                progress(done, total)
        run.finish()
    except BaseException:
        untag()
        whole.rollback()
        raise
    untag()
    if dry_run:
        whole.rollback()
        return report
    whole.commit()
    if report.imported:
        report.batch = batch
    remember(session, sheet.columns, mapping)
    return report


# --- undo ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class UndoSummary:
    batch: str
    cases_deleted: int
    cases_restored: int  # merged cases given back their state before the import
    records_deleted: int  # loans, court matters, events removed from merged cases
    creditors_deleted: int

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


_DELETERS: dict[str, Callable[[Session, int], None]] = {
    "event": proceedings.delete_event,
    "proceeding": proceedings.delete_proceeding,
    "loan": loans.delete_loan,
}


def undo_import(session: Session, batch: str) -> UndoSummary:
    """Remove exactly what import ``batch`` created, as one action.

    Refused when a case it created or merged into was changed since by anything
    else: undoing would then throw away later work, which must be undone by hand.
    """
    entries = session.scalars(
        select(AuditEntry).where(AuditEntry.import_batch == batch).order_by(AuditEntry.id)
    ).all()
    if not entries:
        raise ValidationError("batch", _("no import {b} (or it was undone)").format(b=batch))
    created_cases = [e.entity_id for e in entries if e.entity == "debtor" and e.action == "create"]
    touched = {e.debtor_id for e in entries if e.debtor_id is not None}
    later = session.execute(
        select(AuditEntry.debtor_id, AuditEntry.advisor_name, AuditEntry.at)
        .where(
            AuditEntry.debtor_id.in_(touched),
            AuditEntry.id > entries[0].id,
            (AuditEntry.import_batch.is_(None)) | (AuditEntry.import_batch != batch),
        )
        .limit(1)
    ).first()
    if later is not None:
        raise ValidationError(
            "batch",
            _(
                "case #{id} was changed after the import ({who}, {at:%Y-%m-%d %H:%M}): "
                "undo it by hand"
            ).format(id=later.debtor_id, who=later.advisor_name or "?", at=later.at),
        )
    gone = set(created_cases)
    for debtor_id in created_cases:
        debtors.delete_debtor(session, debtor_id)
    # What merges added to cases on file, newest first: events before their matters.
    removed = 0
    for entry in reversed(entries):
        if entry.action != "create" or entry.debtor_id in gone:
            continue
        deleter = _DELETERS.get(entry.entity)
        if deleter is not None and _exists(session, entry):
            deleter(session, entry.entity_id)
            removed += 1
    restored = set()
    for entry in entries:
        if entry.entity == "debtor" and entry.action == "update" and entry.entity_id not in gone:
            debtors.update_debtor(session, entry.entity_id, {f: None for f in entry.changed})
            restored.add(entry.entity_id)
    creditors = 0
    for entry in entries:
        if entry.entity == "creditor" and entry.action == "create":
            creditor = session.get(Creditor, entry.entity_id)
            used = session.scalar(select(Loan.id).where(Loan.creditor_id == entry.entity_id))
            if creditor is not None and used is None:
                records.delete(session, creditor)
                creditors += 1
    for entry in entries:
        entry.import_batch = None  # undone: the batch cannot be undone twice
    session.flush()
    return UndoSummary(batch, len(created_cases), len(restored), removed, creditors)


def _exists(session: Session, entry: AuditEntry) -> bool:
    from debtdesk.model import Base

    for mapper in Base.registry.mappers:
        if getattr(mapper.class_, "__tablename__", None) == entry.entity:
            return session.get(mapper.class_, entry.entity_id) is not None
    return False


__all__ = [
    "Duplicate",
    "ImportReport",
    "Imported",
    "Problem",
    "RowError",
    "UndoSummary",
    "import_sheet",
    "undo_import",
]
