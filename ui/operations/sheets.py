"""Sheet operations: open a sheet, its starting mapping, the dry run, the import, undo, export.

The wizard holds the ``Sheet`` read from the file (plain, frozen rows: no
session) and a mapping as ``{field: column index}``, the form a table of combo
boxes edits; the operations turn it into the core's ``{field: Column}``. The
dry run and the import are the same core call (``import_sheet``), so what the
dry run counts is what the import does. Both take a progress callable that may
raise (the wizard's Cancel): the core rolls the whole import back, and this
action's session does not commit.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from debtdesk.errors import ValidationError
from debtdesk.sheets import ImportReport, Sheet, UndoSummary, cells, import_sheet, undo_import
from debtdesk.sheets import open_sheet as _open_sheet
from debtdesk.sheets.exporting import ExportResult, RegisterFilter, export_sheet
from debtdesk.sheets.mapping import FIELDS, apply_mapping, guess_mapping, remembered
from debtdesk.sheets.reading import Column
from ui.operations.base import action as _action

if TYPE_CHECKING:
    from debtdesk.db.database import Database

__all__ = [
    "FIELDS",
    "REQUIRED_FIELDS",
    "ExportResult",
    "ImportReport",
    "MappingChoice",
    "PreviewCell",
    "RegisterFilter",
    "Sheet",
    "UndoSummary",
    "export_register",
    "import_rows",
    "open_sheet",
    "preview_rows",
    "starting_mapping",
    "undo_sheet_import",
]

REQUIRED_FIELDS: tuple[str, ...] = ("full_name",)
ColumnIndexes = Mapping[str, int | None]


@dataclass(frozen=True)
class MappingChoice:
    """The mapping to show first, and whether it was remembered from an earlier import."""

    columns: dict[str, int]  # field → column index
    remembered: bool


def open_sheet(path: str | Path) -> Sheet:
    """Read ``path`` (``.xlsx`` or ``.csv``); a file the core cannot read is a ValidationError."""
    try:
        return _open_sheet(path)
    except OSError as exc:
        raise ValidationError("file", str(exc)) from exc


def starting_mapping(db: Database, sheet: Sheet) -> MappingChoice:
    """The guess from the headers, corrected by what was remembered for these headers.

    Unlike the core's ``resolve_mapping`` this does not insist on a name column:
    the wizard lets the volunteer choose it.
    """
    mapping = guess_mapping(sheet.columns)
    with _action(db) as session:
        memory = remembered(session, sheet.columns)
    if memory:
        try:
            mapping = apply_mapping(sheet.columns, memory, mapping)
        except ValidationError:
            memory = None  # a remembered column the sheet lacks: keep the guess
    return MappingChoice({f: c.index for f, c in mapping.items()}, bool(memory))


def _columns_of(sheet: Sheet, chosen: ColumnIndexes) -> dict[str, Column]:
    by_index = {c.index: c for c in sheet.columns}
    mapping: dict[str, Column] = {}
    for field, index in chosen.items():
        if field not in FIELDS:
            message = QCoreApplication.translate("operations", "unknown field {field}")
            raise ValidationError("mapping", message.format(field=field))
        if index is not None:
            if index not in by_index:
                message = QCoreApplication.translate("operations", "the sheet has no column {n}")
                raise ValidationError("mapping", message.format(n=index + 1))
            mapping[field] = by_index[index]
    return mapping


@dataclass(frozen=True)
class PreviewCell:
    """A cell as the import will read it: the value, or why it cannot."""

    value: Any = None
    problem: str | None = None


def _read(field: str, raw: Any) -> Any:
    """The cell as the import reads it (an amount shown with its currency)."""
    value = cells.READERS[field](field, raw)
    if field == "principal":
        amount, currency = value
        return amount if amount is None or not currency else f"{amount} {currency}"
    return value


def preview_rows(
    sheet: Sheet, chosen: ColumnIndexes, limit: int = 5
) -> list[tuple[int, dict[str, PreviewCell]]]:
    """The first ``limit`` rows read field by field, so a wrong column shows at once."""
    mapping = _columns_of(sheet, chosen)
    out = []
    for row in sheet.rows[:limit]:
        read: dict[str, PreviewCell] = {}
        for field, column in mapping.items():
            raw = row.cells[column.index] if column.index < len(row.cells) else None
            try:
                read[field] = PreviewCell(_read(field, raw))
            except ValidationError as exc:
                read[field] = PreviewCell(raw, exc.message)
        out.append((row.number, read))
    return out


def import_rows(
    db: Database,
    sheet: Sheet,
    chosen: ColumnIndexes,
    *,
    dry_run: bool,
    skip_invalid: bool = False,
    on_duplicate: str = "skip",
    progress: Callable[[int, int], None] | None = None,
) -> ImportReport:
    """The dry run (nothing changes) or the import (all or nothing), as one action."""
    mapping = _columns_of(sheet, chosen)
    with _action(db) as session:
        return import_sheet(
            session,
            sheet,
            mapping,
            dry_run=dry_run,
            skip_invalid=skip_invalid,
            on_duplicate=on_duplicate,
            progress=progress,
        )


def undo_sheet_import(db: Database, batch: str) -> UndoSummary:
    """Remove what import ``batch`` created, as one action."""
    with _action(db) as session:
        return undo_import(session, batch)


def export_register(
    db: Database,
    what: str,
    path: str | Path,
    *,
    where: RegisterFilter | None = None,
    encoding: str = "utf-8",
    delimiter: str = ",",
    lang: str = "en",
) -> ExportResult:
    """Write cases, deadlines or letters (narrowed by ``where``) to ``path``."""
    with _action(db) as session:
        return export_sheet(
            session, what, path, where=where, encoding=encoding, delimiter=delimiter, lang=lang
        )
