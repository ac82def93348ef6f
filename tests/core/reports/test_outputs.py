"""The figures as PDF, spreadsheet and command: no person in them, languages, types, whole files."""

from __future__ import annotations

import dataclasses
import io
import json
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from sqlalchemy import select

from debtdesk.cli import main
from debtdesk.db import Database
from debtdesk.demo.generate import generate
from debtdesk.model import Debtor
from debtdesk.privacy import anonymous_cases
from debtdesk.reports.figures import (
    OTHER_CITIES,
    FigureQuery,
    MovementFigures,
    figures_dict,
    movement_figures,
)
from debtdesk.reports.pdf import _city_rows, figures_pdf, month_range
from debtdesk.reports.xlsx import write_figures_xlsx

CASES = 90
QUERY = FigureQuery(date(2025, 1, 1), date(2026, 11, 30))


@pytest.fixture
def demo(db: Database, today: date) -> Database:
    generate(db, CASES, seed=21, on=today)
    return db


def secrets(db: Database) -> list[str]:
    """What must never appear: names and their longer words, IINs, phones, addresses."""
    out: list[str] = []
    with db.session() as s:
        for name, iin, phone, address in s.execute(
            select(Debtor.full_name, Debtor.iin, Debtor.phone, Debtor.address)
        ):
            out += [name, *(w for w in name.split() if len(w) >= 6)]
            out += [v for v in (iin, phone, phone and phone.lstrip("+"), address) if v]
    assert len(out) > 3 * CASES
    return out


def figures_of(db: Database) -> MovementFigures:
    with db.session() as s:
        return movement_figures(s, QUERY)


def pdf_text(data: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def xlsx_cells(path: Path) -> list[object]:
    book = load_workbook(path)
    return [c.value for sheet in book for row in sheet.iter_rows() for c in row]


def test_no_person_in_the_pdf_or_the_spreadsheet(demo: Database, tmp_path: Path) -> None:
    figures = figures_of(demo)
    assert figures.overall.families_helped >= 50 and len(figures.by_city) >= 2
    hidden = secrets(demo)
    for lang in ("kk", "ru", "en"):
        text = pdf_text(figures_pdf(figures, lang))
        assert [s for s in hidden if s in text] == []
        path = tmp_path / f"f-{lang}.xlsx"
        write_figures_xlsx(figures, path, lang)
        cells = " ".join(str(v) for v in xlsx_cells(path) if v is not None)
        assert [s for s in hidden if s in cells] == []
        # and the city names, which are not people, are there
        shown = next(r.city for r in figures.by_city if r.city != OTHER_CITIES)
        assert shown in text and shown in cells


def test_pdf_in_kazakh_and_russian(demo: Database) -> None:
    figures = figures_of(demo)
    kk = pdf_text(figures_pdf(figures, "kk"))
    ru = pdf_text(figures_pdf(figures, "ru"))
    en = pdf_text(figures_pdf(figures, "en"))
    assert "Қозғалыстың көрсеткіштері" in kk and "Ә" in kk.upper() and "₸" in kk
    assert "Показатели движения" in ru and "₸" in ru and "январь 2025" in ru
    assert "The movement in figures" in en and "January 2025" in en
    # the headline number is printed as a grouped number, ready to quote
    families = f"{figures.overall.families_helped}"
    assert families in en
    assert len(PdfReader(io.BytesIO(figures_pdf(figures, "ru"))).pages) <= 2


def test_spreadsheet_holds_numbers_with_formats(demo: Database, tmp_path: Path) -> None:
    figures = figures_of(demo)
    path = tmp_path / "figures.xlsx"
    write_figures_xlsx(figures, path, "ru")
    book = load_workbook(path)
    assert book.sheetnames == ["Всего", "По городам"]
    cities = book["По городам"]
    header = [c.value for c in cities[1]]
    assert header[:3] == ["Город", "Семей, получивших помощь", "Открытых дел"]
    rows = list(cities.iter_rows(min_row=2))
    assert len(rows) == len(figures.by_city) + 1
    last = rows[-1]
    assert last[0].value == "Всего"
    assert last[1].value == figures.overall.families_helped and isinstance(last[1].value, int)
    borrowed = last[header.index("Взято взаймы")]
    assert isinstance(borrowed.value, int | float) and borrowed.number_format == "#,##0"
    assert Decimal(str(borrowed.value)) == figures.overall.borrowed_kzt
    overall = {r[0].value: r[1].value for r in book["Всего"].iter_rows() if len(r) > 1}
    assert overall["Отправлено писем"] == figures.overall.letters_sent
    assert overall["Из них с участием группы"] == figures.overall.hearings_attended


def test_spreadsheet_is_written_whole_or_not_at_all(demo: Database, tmp_path: Path) -> None:
    figures = figures_of(demo)
    (tmp_path / "out").mkdir()
    path = tmp_path / "out" / "figures.xlsx"
    path.write_bytes(b"the last good file")
    broken = dataclasses.replace(figures, by_city=(None,))  # fails half-way through
    with pytest.raises(AttributeError):
        write_figures_xlsx(broken, path, "en")
    assert path.read_bytes() == b"the last good file"
    assert sorted(p.name for p in path.parent.iterdir()) == ["figures.xlsx"]
    write_figures_xlsx(figures, path, "en")
    assert load_workbook(path).sheetnames == ["Total", "By city"]
    assert sorted(p.name for p in path.parent.iterdir()) == ["figures.xlsx"]


def test_anonymous_export_keeps_tenge_amounts_out_by_default(demo: Database) -> None:
    """Tenge at a day's rate would betray the contract date: only the figures ask for it."""
    with demo.session() as s:
        public = anonymous_cases(s)
        inner = anonymous_cases(s, in_tenge=True)
    loans = [loan for c in public["cases"] for loan in c["loans"]]
    assert loans and all("principal_kzt" not in loan for loan in loans)
    inner_loans = [loan for c in inner["cases"] for loan in c["loans"]]
    assert all(loan["principal_kzt"] is not None for loan in inner_loans)
    events = [e for c in public["cases"] for e in c["events"]]
    assert all(set(e) == {"kind", "month", "proceeding", "attended"} for e in events)
    assert any(e["proceeding"] is not None for e in events)


def run(capsys: pytest.CaptureFixture[str], url: str, *args: str) -> tuple[int, str, str]:
    capsys.readouterr()
    code = main(["--database", url, "report-figures", *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_command_writes_files_and_json(
    sqlite_db: Database, today: date, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    generate(sqlite_db, CASES, seed=21, on=today)
    url = sqlite_db.url
    pdf, xlsx = tmp_path / "f.pdf", tmp_path / "f.xlsx"
    code, out, err = run(
        capsys, url, "--from", "2025-01-10", "--to", "2026-11-30", "--lang", "kk",
        "--pdf", str(pdf), "--xlsx", str(xlsx), "--format", "json",
    )  # fmt: skip
    assert code == 0, err
    assert json.loads(out) == json.loads(json.dumps(figures_dict(figures_of(sqlite_db))))
    assert json.loads(out)["from"] == "2025-01-01"
    assert "Қозғалыстың көрсеткіштері" in pdf_text(pdf.read_bytes())
    assert load_workbook(xlsx).sheetnames == ["Барлығы", "Қалалар бойынша"]
    code, out, err = run(capsys, url, "--from", "2025-01-01", "--to", "2026-11-30")
    assert code == 0 and "2025-01-01" in out and "Other cities" in out


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (("--from", "2026-13-01", "--to", "2026-11-30"), "from"),
        (("--from", "2026-05-01", "--to", "2026-04-01"), "end"),
        (("--from", "2026-01-01", "--to", "2026-11-30", "--city", "Атлантида"), "city"),
    ],
)
def test_command_refuses_bad_input(
    sqlite_db: Database, today: date, capsys: pytest.CaptureFixture[str], args, said
) -> None:
    generate(sqlite_db, 6, seed=1, on=today)
    code, _out, err = run(capsys, sqlite_db.url, *args)
    assert code != 0 and said in err and "Traceback" not in err


def test_one_city_is_one_row_without_a_total_under_it(demo: Database) -> None:
    """A report for one city lists it once in the table, not again as the total."""
    city = figures_of(demo).by_city[0].city
    assert city is not None
    with demo.session() as s:
        one = movement_figures(s, dataclasses.replace(QUERY, city=city))
    rows = _city_rows(one, "en", "fewer than 5")
    assert [row[0] for row in rows] == [city]
    assert rows[0][1] == str(one.overall.families_helped)
    every = _city_rows(figures_of(demo), "en", "fewer than 5")
    assert len(every) == len(figures_of(demo).by_city) + 1, "the total row under all cities"


def test_the_range_reads_as_a_sentence_in_each_language(demo: Database) -> None:
    figures = dataclasses.replace(
        figures_of(demo), query=FigureQuery(date(2026, 1, 1), date(2026, 3, 31))
    )
    assert month_range(figures, "en").endswith("January 2026 – March 2026")
    assert "қаңтар 2026 – наурыз 2026" in month_range(figures, "kk")
    assert "январь 2026 – март 2026" in month_range(figures, "ru")
