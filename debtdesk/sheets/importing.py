"""Importing a sheet of cases: a dry run, the real run in one transaction, and its undo.

Each row goes through the meeting intake (``debtdesk.services.intake``), so a
sheet is checked exactly as a form in the app is. The dry run is the real run
rolled back: its counts are what the real run will do, not an estimate.

All or nothing: the whole import runs in one savepoint, each row in one of its
own. By default the first invalid row stops the import (``RowError`` names its
row and column) and nothing stays; ``skip_invalid`` rolls back that row alone
and lists it. A progress callback that raises (the app's Cancel) rolls back
everything the same way.

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
from dataclasses import asdict, dataclass, field
from typing import Any, Literal

from sqlalchemy import event, select
from sqlalchemy.orm import Session

from debtdesk.errors import ValidationError
from debtdesk.i18n import _
from debtdesk.model import AuditEntry, Creditor, Loan
from debtdesk.services import debtors, intake, loans, proceedings, records
from debtdesk.sheets import cells
from debtdesk.sheets.mapping import as_headers, remember
from debtdesk.sheets.reading import Column, Sheet, SheetRow

OnDuplicate = Literal["skip", "merge", "add"]
ON_DUPLICATE: tuple[str, ...] = ("skip", "merge", "add")
# A merge fills these on the case on file when they are blank there.
MERGE_FILLS = ("iin", "phone", "city")
_PROGRESS_EVERY = 50

_PARSERS: dict[str, Callable[[str, Any], Any]] = {
    "full_name": cells.parse_text,
    "iin": cells.parse_iin,
    "phone": cells.parse_phone,
    "city": cells.parse_text,
    "language": cells.parse_language,
    "bank": cells.parse_text,
    "next_hearing": cells.parse_date,
    "next_hearing_time": cells.parse_time,
    "decision_date": cells.parse_date,
    "eviction_date": cells.parse_date,
}


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
            if name == "principal":
                value, currency = cells.parse_amount(name, raw)
            else:
                value = _PARSERS[name](name, raw)
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


def _write_row(session: Session, row: _Row, on_duplicate: str, report: ImportReport) -> None:
    values = row.values
    found = debtors.possible_duplicates(
        session,
        full_name=values.get("full_name"),
        iin=values.get("iin"),
        phone=values.get("phone"),
        limit=5,
    )
    matches = tuple(Match(d.id, d.full_name, d.reasons) for d in found)
    name = values["full_name"]
    if matches and on_duplicate == "skip":
        report.duplicates.append(Duplicate(row.number, name, matches, "skip"))
        return
    if matches and on_duplicate == "merge":
        _merge(session, matches[0].id, row)
        report.duplicates.append(Duplicate(row.number, name, matches, "merge", matches[0].id))
        report.imported.append(Imported(row.number, matches[0].id, name, merged=True))
        return
    result = intake.intake(session, values)
    _set_currency(session, result.loan_id, row.currency)
    if matches:
        report.duplicates.append(Duplicate(row.number, name, matches, "add", result.debtor_id))
    report.imported.append(Imported(row.number, result.debtor_id, name))


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
        for done, row in enumerate(parsed, start=1):
            if row.problems:
                report.problems.extend(row.problems)
            else:
                one = session.begin_nested()
                try:
                    _write_row(session, row, on_duplicate, report)
                except ValidationError as exc:
                    one.rollback()
                    problem = Problem(row.number, _column_of(exc, mapping), exc.message)
                    if not (dry_run or skip_invalid):
                        raise RowError(problem) from exc
                    report.problems.append(problem)
                else:
                    one.commit()
            if progress is not None and (done % _PROGRESS_EVERY == 0 or done == total):
                progress(done, total)
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
