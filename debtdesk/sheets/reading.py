"""Reading a sheet from ``.xlsx`` or ``.csv`` into header names and rows of cells.

Sheets kept by hand rarely start at A1: a title row ("Список должников, г.
Алматы") sits above the header, a header cell is merged over two columns
("Кредит" over "Банк" and "Сумма") or two rows ("ФИО"). The header is the row,
among the first few, whose cells best match known column names; a row above it
that is not a title gives its (merged, so forward-filled) cells as prefixes.
Rows are kept with their number in the file, so every problem can name the row
the volunteer sees in Excel.

Excel files are read in openpyxl's read-only mode (a 10,000-row sheet in a few
seconds, not the whole workbook's object tree in memory), in which a merged
cell's value is in its first cell only: hence the forward fill.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from debtdesk.errors import ValidationError
from debtdesk.i18n import _

HEADER_SEARCH_ROWS = 10  # the header is within the sheet's first rows
_CSV_SAMPLE = 64 * 1024


@dataclass(frozen=True)
class Column:
    """A column of the sheet: its header as shown, and the header of its group, if any."""

    index: int
    name: str  # the header cell ("" when the header is only the group's)
    group: str = ""  # the merged cell above it ("Кредит" over "Банк"), forward-filled

    @property
    def label(self) -> str:
        """How problems name the column: "Кредит / Банк", "ФИО", or "C" for no header."""
        if self.group and self.name and self.group != self.name:
            return f"{self.group} / {self.name}"
        return self.name or self.group or column_letter(self.index)


@dataclass(frozen=True)
class SheetRow:
    number: int  # as the spreadsheet program numbers it (1 = the first line of the file)
    cells: tuple[Any, ...]


@dataclass(frozen=True)
class Sheet:
    """What was read: the columns and the non-empty rows below the header."""

    source: str
    columns: tuple[Column, ...]
    rows: tuple[SheetRow, ...]
    encoding: str | None = None  # CSV only
    delimiter: str | None = None  # CSV only


def column_letter(index: int) -> str:
    """Excel's name of the 0-based column ``index``: A, B, …, Z, AA, …"""
    name = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        name = chr(65 + rest) + name
    return name


def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _text(value: Any) -> str:
    return "" if _blank(value) else " ".join(str(value).split())


def decode_csv(data: bytes) -> tuple[str, str]:
    """The text of a CSV file and its encoding: UTF-8 (with or without BOM), else Windows-1251.

    Excel on a Russian Windows saves "CSV" in Windows-1251; UTF-8 is tried first
    because Cyrillic in Windows-1251 is almost never valid UTF-8.
    """
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8"), "utf-8-sig"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1251"), "cp1251"
    except UnicodeDecodeError as exc:
        raise ValidationError("file", _("the file is neither UTF-8 nor Windows-1251 text")) from exc


def _sniff(text: str) -> str:
    """The separator: ``;`` (Excel's in Russian locales), ``,`` or tab."""
    sample = text[:_CSV_SAMPLE]
    try:
        return csv.Sniffer().sniff(sample, delimiters=";,\t").delimiter
    except csv.Error:
        first = sample.splitlines()[0] if sample else ""
        return max(";,\t", key=first.count)


def _xlsx_rows(path: Path) -> list[tuple[int, tuple[Any, ...]]]:
    from openpyxl import load_workbook

    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # a damaged or mislabelled file: openpyxl raises many kinds
        raise ValidationError(
            "file", _("cannot read {f} as .xlsx: {e}").format(f=path, e=exc)
        ) from exc
    try:
        sheet = workbook.worksheets[0]
        rows = []
        for number, row in enumerate(sheet.iter_rows(values_only=True), start=1):
            rows.append((number, tuple(row)))
        return rows
    finally:
        workbook.close()


def _csv_rows(data: bytes) -> tuple[list[tuple[int, tuple[Any, ...]]], str, str]:
    text, encoding = decode_csv(data)
    delimiter = _sniff(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    # A quoted cell may span lines: its row is numbered by the line it starts on.
    rows = []
    for row in reader:
        rows.append((reader.line_num, tuple(row)))
    return rows, encoding, delimiter


def _header_at(rows: list[tuple[int, tuple[Any, ...]]], score: Callable[[list[str]], int]) -> int:
    """The index in ``rows`` of the header: the best-scoring of the first rows."""
    best, best_score = None, 0
    for i, (_number, cells) in enumerate(rows[:HEADER_SEARCH_ROWS]):
        names = [_text(c) for c in cells]
        found = score(names)
        if found > best_score:
            best, best_score = i, found
    if best is None:  # nothing known: the first row with two or more cells is the header
        best = next((i for i, (_n, c) in enumerate(rows) if sum(not _blank(x) for x in c) > 1), 0)
    elif best + 1 < len(rows):
        below = [t for t in (_text(c) for c in rows[best + 1][1]) if t]
        if below and score(below) == len(below):
            best += 1  # a header of two rows: groups above ("Кредит"), names below ("Банк")
    return best


def _columns(rows: list[tuple[int, tuple[Any, ...]]], at: int) -> tuple[Column, ...]:
    header = [_text(c) for c in rows[at][1]]
    above = [_text(c) for c in rows[at - 1][1]] if at > 0 else []
    if sum(bool(a) for a in above) < 2:  # empty or a title: not a header of groups
        above = []
    width = max(len(header), len(above))
    columns = []
    group, spans = "", False
    for i in range(width):
        name = header[i] if i < len(header) else ""
        upper = above[i] if i < len(above) else ""
        # A group merged across columns has headers of its own below it, and its
        # value only in its first cell: it reaches right until the next upper
        # cell. A cell merged down over both rows leaves the lower one empty and
        # reaches nowhere.
        if upper:
            group, spans = upper, bool(name)
        elif not spans:
            group = ""
        columns.append(Column(i, name, group))
    while columns and not columns[-1].name and not columns[-1].group:
        columns.pop()
    return tuple(columns)


def read_sheet(path: str | Path, score: Callable[[list[str]], int]) -> Sheet:
    """Read ``path`` (``.xlsx`` or ``.csv``); ``score`` tells how header-like a row is."""
    path = Path(path)
    suffix = path.suffix.lower()
    encoding = delimiter = None
    if suffix in (".xlsx", ".xlsm"):
        rows = _xlsx_rows(path)
    elif suffix in (".csv", ".txt"):
        rows, encoding, delimiter = _csv_rows(path.read_bytes())
    else:
        raise ValidationError(
            "file", _("only .xlsx and .csv sheets can be imported (save .xls as .xlsx)")
        )
    rows = [(n, c) for n, c in rows if not all(_blank(x) for x in c)]
    if not rows:
        raise ValidationError("file", _("the sheet is empty"))
    at = _header_at(rows, score)
    columns = _columns(rows, at)
    body = tuple(SheetRow(n, c) for n, c in rows[at + 1 :])
    return Sheet(str(path), columns, body, encoding, delimiter)
