"""Spreadsheets in and out: cases imported from the sheets local groups keep, and
the register, deadlines and letters exported for LibreOffice and Excel.

Qt-free (the app's wizard and the CLI both drive it): ``reading`` opens a
``.xlsx`` or ``.csv``, ``mapping`` tells which column is which field, ``cells``
reads each cell leniently, ``importing`` runs the dry run, the import and its
undo, ``exporting`` writes sheets.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy.orm import Session

from debtdesk.sheets.importing import (
    ImportReport,
    RowError,
    UndoSummary,
    import_sheet,
    undo_import,
)
from debtdesk.sheets.mapping import header_score, read_mapping_file, resolve_mapping
from debtdesk.sheets.reading import Sheet, read_sheet


def open_sheet(path: str | Path) -> Sheet:
    """Read ``path`` with its header found among the first rows by known column names."""
    return read_sheet(path, header_score)


def import_file(
    session: Session,
    path: str | Path,
    *,
    mapping_file: str | Path | None = None,
    **options: object,
) -> ImportReport:
    """``import_sheet`` on a file, with the mapping guessed, remembered or given in a file."""
    sheet = open_sheet(path)
    given = read_mapping_file(mapping_file) if mapping_file else None
    mapping = resolve_mapping(session, sheet.columns, given)
    return import_sheet(session, sheet, mapping, **options)  # type: ignore[arg-type]


__all__ = [
    "ImportReport",
    "RowError",
    "Sheet",
    "UndoSummary",
    "import_file",
    "import_sheet",
    "open_sheet",
    "undo_import",
]
