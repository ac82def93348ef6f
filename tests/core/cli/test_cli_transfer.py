"""``debtdesk export`` and ``import``: bundles through the command line."""

from __future__ import annotations

import json
from pathlib import Path

from debtdesk.db import open_database


def test_export_then_import_into_a_new_database(run, people, tmp_path: Path) -> None:
    bundle = tmp_path / "cases.json"
    exported = run("export", "-o", str(bundle))
    assert exported.code == 0 and "exported 3 cases" in exported.out
    data = json.loads(bundle.read_text(encoding="utf-8"))
    assert len(data["cases"]) == 3
    assert "Құрманғазы" in bundle.read_text(encoding="utf-8")  # UTF-8, not \\u escapes
    target = f"sqlite:///{tmp_path / 'new.sqlite3'}"
    imported = run("import", str(bundle), "--format", "json", database=target)
    assert imported.code == 0, imported.err
    summary = imported.json()
    assert len(summary["imported"]) == 3 and summary["skipped"] == []
    assert summary["creditors_added"] == 1 and summary["courts_added"] == 1
    found = run("cases", "--search", "курман", "--format", "json", database=target).json()
    assert len(found) == 2
    db = open_database(target)
    db.dispose()


def test_selected_cases_and_stdout(run, people) -> None:
    out = run("export", "--case", str(people.kurmanov), "--case", str(people.ivanova), "-o", "-")
    assert out.code == 0 and out.err == "exported 2 cases\n"
    data = json.loads(out.out)
    assert sorted(c["debtor"]["full_name"] for c in data["cases"]) == [
        "Иванова Ольга",
        "Курманов Сергей",
    ]
    assert data["creditors"] == [] and data["courts"] == []


def test_reimport_skips_then_replace_replaces(run, people, tmp_path: Path) -> None:
    bundle = tmp_path / "cases.json"
    run("export", "-o", str(bundle))
    again = run("import", str(bundle))
    assert again.code == 0
    assert "imported 0 cases" in again.out and "skipped 3 cases already present" in again.out
    assert "Иванова Ольга" in again.out
    replaced = run("import", str(bundle), "--replace", "--format", "json").json()
    assert len(replaced["replaced"]) == 3 and len(replaced["imported"]) == 3
    assert len(run("cases", "--format", "json").json()) == 3


def test_dry_run_changes_nothing(run, people, tmp_path: Path) -> None:
    bundle = tmp_path / "cases.json"
    run("export", "-o", str(bundle))
    target = f"sqlite:///{tmp_path / 'dry.sqlite3'}"
    result = run("import", str(bundle), "--dry-run", database=target)
    assert result.code == 0 and result.out.startswith("Dry run: nothing was changed.")
    assert run("cases", "--format", "json", database=target).json() == []


def test_a_bad_file_is_one_line_and_imports_nothing(run, people, tmp_path: Path) -> None:
    bundle = tmp_path / "cases.json"
    run("export", "-o", str(bundle))
    text = bundle.read_text(encoding="utf-8")
    data = json.loads(text)
    data["cases"][1]["debtor"]["iin"] = "800501401234"
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    target = f"sqlite:///{tmp_path / 'target.sqlite3'}"
    result = run("import", str(bad), database=target)
    assert result.code == 1 and result.out == ""
    assert result.err.startswith("debtdesk: error: cases[1].debtor.iin: ")
    assert result.err.count("\n") == 1
    cut = tmp_path / "cut.json"
    cut.write_text(text[: len(text) // 3], encoding="utf-8")
    result = run("import", str(cut), database=target)
    assert result.code == 1 and "truncated" in result.err and result.err.count("\n") == 1
    assert run("cases", "--format", "json", database=target).json() == []


def test_unknown_case_and_missing_file(run, people, tmp_path: Path) -> None:
    result = run("export", "--case", "424242", "-o", str(tmp_path / "x.json"))
    assert result.code == 1 and "case 424242 does not exist" in result.err
    assert not (tmp_path / "x.json").exists()
    missing = run("import", str(tmp_path / "nowhere.json"))
    assert missing.code == 1
    assert (
        missing.err == f"debtdesk: error: {tmp_path / 'nowhere.json'}: No such file or directory\n"
    )
