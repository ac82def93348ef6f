"""A bad bundle imports nothing, and the error names the record and field at fault."""

from __future__ import annotations

import copy
import json
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any
from uuid import uuid4

import pytest

from debtdesk.bundle import export_bundle, import_bundle, read_bundle, render
from debtdesk.db import Database, open_database
from debtdesk.errors import ValidationError

CountRows = Callable[[Database], dict[str, int]]


@pytest.fixture(scope="module")
def sample(
    tmp_path_factory: pytest.TempPathFactory,
    _sqlite_template: Path,
    make_cases: Callable[..., list[int]],
) -> dict[str, Any]:
    """Five varied cases, exported once for the whole module (building them is slow)."""
    path = tmp_path_factory.mktemp("sample") / "sample.sqlite3"
    shutil.copyfile(_sqlite_template, path)
    source = open_database(f"sqlite:///{path}", advisor="Test Advisor")
    try:
        make_cases(source, 5)
        with source.session() as s:
            return export_bundle(s)
    finally:
        source.dispose()


@pytest.fixture
def bundle(sample: dict[str, Any]) -> dict[str, Any]:
    return copy.deepcopy(sample)


def present(db: Database, bundle: dict[str, Any]) -> None:
    """Import ``bundle`` as it is, so its records are already in ``db``."""
    with db.session() as s:
        import_bundle(s, copy.deepcopy(bundle))


def refused(db: Database, data: Any, count_rows: CountRows, **kwargs: Any) -> ValidationError:
    """Import ``data``, expect a refusal, and check that no table changed."""
    before = count_rows(db)
    with pytest.raises(ValidationError) as caught, db.session() as s:
        import_bundle(s, data, **kwargs)
    assert count_rows(db) == before
    return caught.value


def _bad_iin(b: dict) -> None:
    iin = b["cases"][3]["debtor"]["iin"] or "800501401233"
    b["cases"][3]["debtor"]["iin"] = iin[:11] + str((int(iin[11]) + 1) % 10)


def _set(path: str, value: Any) -> Callable[[dict], None]:
    def change(b: dict) -> None:
        *parents, last = _steps(path)
        target = b
        for step in parents:
            target = target[step]
        target[last] = value

    return change


def _drop(path: str) -> Callable[[dict], None]:
    def change(b: dict) -> None:
        *parents, last = _steps(path)
        target = b
        for step in parents:
            target = target[step]
        del target[last]

    return change


def _steps(path: str) -> list[Any]:
    steps: list[Any] = []
    for part in path.replace("]", "").split("."):
        name, *index = part.split("[")
        steps.append(name)
        steps.extend(int(i) for i in index)
    return steps


def _duplicate_uuid(b: dict) -> None:
    b["cases"][2]["notes"][0]["uuid"] = b["cases"][1]["notes"][0]["uuid"]


def _foreign_loan(b: dict) -> None:  # a proceeding pointing at another case's loan
    b["cases"][0]["proceedings"][0]["loan"] = b["cases"][1]["loans"][0]["uuid"]


def _parent_loop(b: dict) -> None:
    first, second = b["cases"][0]["proceedings"][:2]
    first["parent"], second["parent"] = second["uuid"], first["uuid"]


def _same_letter_number(b: dict) -> None:
    b["cases"][2]["documents"][0]["outgoing_no"] = b["cases"][0]["documents"][0]["outgoing_no"]


UNKNOWN = "00000000-0000-4000-8000-000000000000"

CASES = [
    (_bad_iin, "cases[3].debtor.iin", "check digit"),
    (_set("format", "something-else"), "format", "not a debtdesk bundle"),
    (_set("version", 2), "version", "version 2"),
    (_drop("cases"), "cases", "required"),
    (_set("cases[1].debtor.minors", 9), "cases[1].debtor.minors", "more minors"),
    (_drop("cases[0].debtor.full_name"), "cases[0].debtor.full_name", "required"),
    (_drop("cases[2].loans[0].uuid"), "cases[2].loans[0].uuid", "required"),
    (_set("cases[0].debtor.id", 7), "cases[0].debtor.id", "unknown field"),
    (_set("cases[0].colour", "red"), "cases[0].colour", "unknown field"),
    (_set("cases[4].loans[0].principal", 1500.5), "cases[4].loans[0].principal", "float"),
    (
        _set("cases[1].loans[0].payments[0].date", "2001-01-01"),
        "cases[1].loans[0].payments[0].date",
        "before the loan contract",
    ),
    (_set("cases[0].events[0].date", "2026-02-30"), "cases[0].events[0].date", "not a date"),
    (_set("cases[0].loans[0].creditor", UNKNOWN), "cases[0].loans[0].creditor", "in the bundle"),
    (_set("cases[2].debtor.advisor", "not-a-uuid"), "cases[2].debtor.advisor", "not a UUID"),
    (_set("cases[0].events[0].proceeding", UNKNOWN), "cases[0].events[0].proceeding", "case"),
    (_foreign_loan, "cases[0].proceedings[0].loan", "in this case"),
    (_parent_loop, "cases[0].proceedings[0].parent", "loop"),
    (_duplicate_uuid, "cases[2].notes[0].uuid", "first at cases[1].notes[0]"),
    (_same_letter_number, "cases[2].documents[0].outgoing_no", "used twice"),
    (_set("cases[0].documents[0].pdf", "%%%"), "cases[0].documents[0].pdf", "base64"),
    (_set("cases[0].attachments[0].size", 1), "cases[0].attachments[0].size", "does not match"),
    (_set("advisors", [{"uuid": UNKNOWN}]), "advisors[0].name", "required"),
]


@pytest.mark.parametrize(("spoil", "field", "words"), CASES, ids=[c[1] for c in CASES])
def test_a_bad_record_stops_the_whole_import(
    db: Database,
    bundle: dict[str, Any],
    count_rows: CountRows,
    spoil: Callable[[dict], None],
    field: str,
    words: str,
) -> None:
    data = copy.deepcopy(bundle)
    spoil(data)
    error = refused(db, data, count_rows)
    assert error.field == field
    assert words in error.message


def test_the_iin_error_reads_as_path_and_reason(
    db: Database, bundle: dict[str, Any], count_rows: CountRows
) -> None:
    _bad_iin(bundle)
    error = refused(db, bundle, count_rows)
    assert str(error).startswith("cases[3].debtor.iin: the IIN's check digit is wrong")


def test_a_record_uuid_of_another_case_is_refused(
    db: Database, bundle: dict[str, Any], count_rows: CountRows
) -> None:
    # A new case (new debtor uuid) whose records have the uuids of records already here.
    present(db, bundle)
    data = copy.deepcopy(bundle)
    data["cases"] = [data["cases"][0]]
    data["cases"][0]["debtor"]["uuid"] = UNKNOWN
    for key in ("documents", "attachments", "deadlines", "checklists"):
        data["cases"][0][key] = []
    error = refused(db, data, count_rows)
    assert error.field.startswith("cases[0].") and error.field.endswith(".uuid")
    assert "another case" in error.message


def test_a_letter_number_already_used_here_is_refused(
    db: Database, bundle: dict[str, Any], count_rows: CountRows
) -> None:
    present(db, bundle)
    data = copy.deepcopy(bundle)
    data["cases"] = [_with_fresh_uuids(data["cases"][0])]
    error = refused(db, data, count_rows)
    assert error.field == "cases[0].documents[0].outgoing_no"
    assert "already used" in error.message


def _with_fresh_uuids(case: dict[str, Any]) -> dict[str, Any]:
    """The same case under new UUIDs (links inside it follow; shared ones stay)."""
    text = json.dumps(case)
    own = [case["debtor"]["uuid"]]
    for key, records in case.items():
        if key != "debtor":
            for record in records:
                own.append(record["uuid"])
                for nested in ("payments", "statements", "items"):
                    own.extend(r["uuid"] for r in record.get(nested, []))
    for old in own:
        text = text.replace(old, str(uuid4()))
    return json.loads(text)


def test_a_truncated_file_is_refused_before_anything_is_read_in(
    db: Database, bundle: dict[str, Any], tmp_path: Path, count_rows: CountRows
) -> None:
    text = render(bundle)
    for cut in (len(text) // 2, len(text) - 3, text.index('"cases"')):
        path = tmp_path / f"cut-{cut}.json"
        path.write_text(text[:cut], encoding="utf-8")
        with pytest.raises(ValidationError) as caught:
            read_bundle(path)
        assert caught.value.field == str(path)
        assert "truncated" in caught.value.message
    assert count_rows(db)["debtor"] == 0


def test_damaged_json_names_line_and_column(tmp_path: Path) -> None:
    path = tmp_path / "damaged.json"
    path.write_text('{\n  "format": "debtdesk-bundle",\n  "version": 1 oops\n}\n', encoding="utf-8")
    with pytest.raises(ValidationError, match="line 3, column"):
        read_bundle(path)


@pytest.mark.parametrize("content", [b"\xff\xfe garbage", b"[1, NaN]", b""])
def test_other_unreadable_files_are_validation_errors(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "bad.json"
    path.write_bytes(content)
    with pytest.raises(ValidationError):
        read_bundle(path)


def test_a_bundle_that_is_not_an_object_is_refused(db: Database, count_rows: CountRows) -> None:
    assert refused(db, [1, 2], count_rows).field == "bundle"
    assert (
        "cases"
        in refused(
            db,
            json.loads('{"format": "debtdesk-bundle", "version": 1, "cases": 3}'),
            count_rows,
        ).field
    )
