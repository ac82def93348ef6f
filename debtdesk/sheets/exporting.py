"""Exporting the case register, deadlines and the letter register to ``.xlsx`` and ``.csv``.

For the group's own sheets, the lawyer and the press office: the file must open
cleanly in LibreOffice and Excel with dates as dates and amounts as numbers, so
they sort and sum. ``.xlsx`` cells carry their type and a number format;
``.csv`` has none, so it is written as Excel reads it: UTF-8 with a BOM (else
Excel takes it for the ANSI code page), dates in ISO form (read as dates in
every locale), and with the ``;`` separator of Russian-locale Excel the decimal
comma that goes with it. Windows-1251 has no Kazakh letters: those are written
as the nearest Russian letter (Қ as К), and the export says how many cells it
changed.

Every export takes the register's filters (``RegisterFilter``, the arguments of
``debtdesk.services.cases.case_query``), so the app can export "what the
register shows now".
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from debtdesk.errors import ValidationError
from debtdesk.i18n import _
from debtdesk.model import Deadline, Debtor, Loan

Kind = Literal["text", "date", "amount", "integer"]
EXPORTS: tuple[str, ...] = ("cases", "deadlines", "letters")
ENCODINGS: tuple[str, ...] = ("utf-8", "cp1251")
DATE_FORMAT = "DD.MM.YYYY"
AMOUNT_FORMAT = "#,##0.00"
_WIDTHS = {"text": 24, "date": 12, "amount": 16, "integer": 8}
# Kazakh letters Windows-1251 lacks, as the Russian letter a reader recognises.
_CP1251_NEAREST = str.maketrans("ӘәҒғҚқҢңӨөҰұҮүҺһ", "АаГгКкНнОоУуУуХх")


@dataclass(frozen=True)
class Column:
    header: str
    kind: Kind = "text"
    width: int | None = None


@dataclass(frozen=True)
class RegisterFilter:
    """The register's filters (``case_query``'s arguments): what the app's register shows."""

    text: str | None = None
    city: str | None = None
    status: str | None = None
    advisor_id: int | None = None
    urgency: str | None = None

    @property
    def empty(self) -> bool:
        return not (self.text or self.city or self.status or self.urgency) and (
            self.advisor_id is None
        )

    def query(self, session: Session) -> Select:
        from debtdesk.services.cases import case_query, urgency_bounds

        bounds = urgency_bounds(session) if self.urgency else None
        return case_query(
            text=self.text,
            city=self.city,
            status=self.status,
            advisor_id=self.advisor_id,
            urgency=self.urgency,
            bounds=bounds,
        )

    def case_ids(self, session: Session) -> Select:
        """The ids of the cases the filter leaves, as a subquery for ``IN``."""
        return self.query(session).with_only_columns(Debtor.id).order_by(None)


@dataclass(frozen=True)
class Table:
    name: str
    columns: tuple[Column, ...]
    rows: Iterable[tuple[Any, ...]]


@dataclass(frozen=True)
class ExportResult:
    path: str
    rows: int
    replaced_cells: int = 0  # cp1251: cells whose Kazakh letters were written as Russian


def _borrowed(debtor_id: Any) -> Any:
    """The case's loans in tenge, summed (loans in other currencies are not added in)."""
    return (
        select(func.sum(Loan.principal))
        .where(Loan.debtor_id == debtor_id, Loan.currency == "KZT")
        .correlate_except(Loan)
        .scalar_subquery()
    )


def cases_table(session: Session, where: RegisterFilter) -> Table:
    query = where.query(session).add_columns(_borrowed(Debtor.id).label("borrowed"))
    columns = (
        Column(_("Case"), "integer"),
        Column(_("Name"), width=32),
        Column(_("City"), width=16),
        Column(_("IIN"), width=14),
        Column(_("Phone"), width=16),
        Column(_("Status"), width=10),
        Column(_("Advisor")),
        Column(_("Next hearing"), "date"),
        Column(_("Next deadline"), "date"),
        Column(_("Eviction or auction"), "date"),
        Column(_("Borrowed (KZT)"), "amount"),
    )

    def rows() -> Iterator[tuple[Any, ...]]:
        for r in session.execute(query):
            yield (
                r.id,
                r.full_name,
                r.city,
                r.iin,
                r.phone,
                r.status,
                r.advisor,
                r.next_hearing,
                r.next_deadline,
                r.threat_date,
                r.borrowed,
            )

    return Table("cases", columns, rows())


@lru_cache(maxsize=8)
def _rule_title(code: str, rule: str, lang: str) -> str:
    from debtdesk.deadlines.rules import load_jurisdiction

    try:
        return load_jurisdiction(code).rule(rule).title_in(lang)
    except Exception:  # a rule since removed from the rules file: its key still says what it was
        return rule


def deadlines_table(session: Session, where: RegisterFilter, lang: str = "en") -> Table:
    query = (
        select(
            Deadline.due_date,
            Deadline.rule,
            Deadline.title,
            Deadline.jurisdiction,
            Deadline.status,
            Deadline.manual,
            Debtor.id.label("case_id"),
            Debtor.full_name,
            Debtor.city,
        )
        .join(Debtor, Debtor.id == Deadline.debtor_id)
        .order_by(Deadline.due_date, Debtor.name_key, Deadline.id)
    )
    if not where.empty:
        query = query.where(Debtor.id.in_(where.case_ids(session)))
    columns = (
        Column(_("Due"), "date"),
        Column(_("Deadline"), width=40),
        Column(_("Status"), width=10),
        Column(_("Case"), "integer"),
        Column(_("Name"), width=32),
        Column(_("City"), width=16),
    )

    def rows() -> Iterator[tuple[Any, ...]]:
        for r in session.execute(query):
            title = r.title or (_rule_title(r.jurisdiction, r.rule, lang) if r.rule else "")
            yield (r.due_date, title, r.status, r.case_id, r.full_name, r.city)

    return Table("deadlines", columns, rows())


def letters_table(session: Session, where: RegisterFilter) -> Table:
    from debtdesk.documents.register import list_documents

    ids = None if where.empty else set(session.scalars(where.case_ids(session)))
    columns = (
        Column(_("Number"), width=14),
        Column(_("Created"), "date"),
        Column(_("Case"), "integer"),
        Column(_("Name"), width=32),
        Column(_("Letter"), width=20),
        Column(_("Language"), width=8),
        Column(_("Recipient"), width=32),
        Column(_("Sent"), "date"),
        Column(_("Received"), "date"),
        Column(_("Reply due"), "date"),
        Column(_("Reply"), "date"),
    )

    def rows() -> Iterator[tuple[Any, ...]]:
        for d in list_documents(session):
            if ids is None or d.debtor_id in ids:
                yield (
                    d.outgoing_no,
                    d.created_on,
                    d.debtor_id,
                    d.full_name,
                    d.template,
                    d.language,
                    d.recipient,
                    d.sent_on,
                    d.received_on,
                    d.reply_due,
                    d.reply_on,
                )

    return Table("letters", columns, rows())


def table_for(
    session: Session, what: str, where: RegisterFilter | None = None, lang: str = "en"
) -> Table:
    where = where or RegisterFilter()
    if what == "cases":
        return cases_table(session, where)
    if what == "deadlines":
        return deadlines_table(session, where, lang)
    if what == "letters":
        return letters_table(session, where)
    raise ValidationError("what", _("export cases, deadlines or letters"))


# --- writing -------------------------------------------------------------------------------


def write_xlsx(table: Table, path: str | Path) -> int:
    """Write ``table`` with openpyxl's write-only mode (rows streamed, not held)."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    book = Workbook(write_only=True)
    sheet = book.create_sheet(table.name)
    sheet.freeze_panes = "A2"
    for i, column in enumerate(table.columns, start=1):
        width = max(column.width or _WIDTHS[column.kind], len(column.header) + 2)
        sheet.column_dimensions[get_column_letter(i)].width = width
    bold = Font(bold=True)
    header = []
    for column in table.columns:
        cell = WriteOnlyCell(sheet, value=column.header)
        cell.font = bold
        header.append(cell)
    sheet.append(header)
    count = 0
    for row in table.rows:
        out: list[Any] = []
        for column, value in zip(table.columns, row, strict=True):
            if value is None or column.kind in ("text", "integer"):
                out.append(value)
                continue
            cell = WriteOnlyCell(sheet, value=value)
            cell.number_format = DATE_FORMAT if column.kind == "date" else AMOUNT_FORMAT
            out.append(cell)
        sheet.append(out)
        count += 1
    book.save(path)
    return count


def _csv_value(value: Any, decimal_comma: bool) -> str:
    if value is None:
        return ""
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        text = f"{value:.2f}"
        return text.replace(".", ",") if decimal_comma else text
    if isinstance(value, bool):
        return "1" if value else "0"
    return str(value)


def write_csv(
    table: Table, path: str | Path, *, encoding: str = "utf-8", delimiter: str = ","
) -> tuple[int, int]:
    """Write ``table`` as CSV; the row count and the cells changed for Windows-1251."""
    if encoding not in ENCODINGS:
        raise ValidationError("encoding", _("choose utf-8 or cp1251"))
    if delimiter not in (",", ";", "\t"):
        raise ValidationError("delimiter", _("choose , or ; as the separator"))
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow([c.header for c in table.columns])
    decimal_comma = delimiter == ";"
    count = replaced = 0
    fit: Callable[[str], str] = (lambda t: t) if encoding == "utf-8" else _cp1251_text
    for row in table.rows:
        out = []
        for value in row:
            text = _csv_value(value, decimal_comma)
            fitted = fit(text)
            replaced += fitted != text
            out.append(fitted)
        writer.writerow(out)
        count += 1
    data = buffer.getvalue()
    if encoding == "utf-8":
        raw = data.encode("utf-8-sig")
    else:
        raw = data.encode("cp1251", errors="replace")
    Path(path).write_bytes(raw)
    return count, replaced


def _cp1251_text(text: str) -> str:
    """``text`` with the letters Windows-1251 lacks replaced (Kazakh ones by Russian)."""
    near = text.translate(_CP1251_NEAREST)
    return near.encode("cp1251", errors="replace").decode("cp1251")


def export_sheet(
    session: Session,
    what: str,
    path: str | Path,
    *,
    where: RegisterFilter | None = None,
    encoding: str = "utf-8",
    delimiter: str = ",",
    lang: str = "en",
) -> ExportResult:
    """Write ``what`` (cases, deadlines, letters) to ``path``; the type by its suffix."""
    suffix = Path(path).suffix.lower()
    if suffix not in (".xlsx", ".csv"):
        raise ValidationError("output", _("the file must end in .xlsx or .csv"))
    table = table_for(session, what, where, lang)
    if suffix == ".xlsx":
        return ExportResult(str(path), write_xlsx(table, path))
    rows, replaced = write_csv(table, path, encoding=encoding, delimiter=delimiter)
    return ExportResult(str(path), rows, replaced)
