"""``debtdesk import-sheet``, ``undo-import`` and ``export-sheet`` end to end."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from debtdesk.db import Database
from debtdesk.services import debtors
from tests.core.sheets.conftest import counts, iin

pytestmark = pytest.mark.usefixtures("today")


def _cp1251_csv(tmp_path: Path) -> Path:
    """What Excel on a Russian Windows saves: Windows-1251, ';', decimal commas."""
    text = (
        "ФИО;ИИН;Телефон;Банк;Сумма кредита;Дата суда\r\n"
        f"Иванова Мария;{iin(1)};8 701 123 45 67;Халык;1 500 000,00;12.12.2026\r\n"
        ";;;;;\r\n"
        f"Петров Иван;{iin(2)};+7 702 000 11 22;Отбасы;2 000 000 тг;15 декабря 2026\r\n"
        "Сидоров Пётр;1,02E+10;87010000003;;;\r\n"
        "Дубль Человек;;87019998877;;;\r\n"
    )
    path = tmp_path / "sheet.csv"
    path.write_bytes(text.encode("cp1251"))
    return path


def test_dry_run_json_counts_and_names_every_problem(run, db: Database, tmp_path: Path) -> None:
    with db.session() as s:
        on_file = debtors.create_debtor(s, {"full_name": "Другой Человек", "phone": "87019998877"})
        on_file_id = on_file.id
    before = counts(db)
    code, out, err = run(
        "import-sheet", str(_cp1251_csv(tmp_path)), "--dry-run", "--format", "json"
    )
    assert code == 0, err
    data = json.loads(out)
    assert counts(db) == before
    assert data["dry_run"] is True and data["batch"] is None
    assert (data["rows"], data["imported"], data["invalid"], data["duplicates_skipped"]) == (
        4,
        2,
        1,
        1,
    )
    assert data["mapping"]["principal"] == "Сумма кредита"
    [problem] = data["problems"]
    assert (problem["row"], problem["column"]) == (5, "ИИН")
    assert "scientific notation" in problem["message"]
    [dup] = data["duplicates"]
    assert (dup["row"], dup["action"], dup["matches"][0]["id"]) == (6, "skip", on_file_id)
    assert dup["matches"][0]["reasons"] == ["phone"]


def test_a_real_run_stops_at_the_bad_row_then_skips_it_then_undoes(
    run, db: Database, tmp_path: Path
) -> None:
    path = str(_cp1251_csv(tmp_path))
    before = counts(db)
    code, _out, err = run("import-sheet", path)
    assert code == 1
    assert "row 5, column ИИН" in err and "nothing was imported" in err
    assert counts(db) == before
    code, out, err = run("import-sheet", path, "--skip-invalid", "--format", "json")
    assert code == 0, err
    data = json.loads(out)
    assert [c["row"] for c in data["cases"]] == [2, 4, 6]
    assert counts(db)["debtor"] == 3  # no case on file here: row 6 is no duplicate
    code, out, err = run("undo-import", data["batch"], "--format", "json")
    assert code == 0, err
    assert json.loads(out)["cases_deleted"] == 3
    after = counts(db)
    assert {k: v for k, v in after.items() if k != "audit_entry"} == {
        k: v for k, v in before.items() if k != "audit_entry"
    }


def test_export_sheet_csv_in_windows_1251(run, db: Database, tmp_path: Path) -> None:
    with db.session() as s:
        debtors.create_debtor(s, {"full_name": "Иванова Мария", "city": "Алматы"})
        debtors.create_debtor(s, {"full_name": "Петров Иван", "city": "Астана"})
    out_path = tmp_path / "cases.csv"
    code, out, err = run(
        "export-sheet",
        "cases",
        "-o",
        str(out_path),
        "--encoding",
        "cp1251",
        "--separator",
        ";",
        "--city",
        "Алматы",
    )
    assert code == 0, err
    assert "exported 1 rows" in out
    with out_path.open(encoding="cp1251", newline="") as f:
        rows = list(csv.reader(f, delimiter=";"))
    assert [r[1] for r in rows[1:]] == ["Иванова Мария"]


def test_dry_run_text_names_rows_and_columns(run, db: Database, tmp_path: Path) -> None:
    code, out, err = run("import-sheet", str(_cp1251_csv(tmp_path)), "--dry-run")
    assert code == 0, err
    assert out.startswith("Dry run: nothing was changed.")
    assert "4 rows: 3 to import (0 merged into cases on file), 1 with problems" in out
    assert "  5, ИИН: the IIN 1,02E+10 was saved in scientific notation" in out
    assert "batch" not in out
