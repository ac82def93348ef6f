"""Privacy: the anonymous export holds no person, "forget" leaves nothing of one, logs hold none.

The data is the demo generator's: invented people with valid IINs, phones and
addresses, so "no personal data" is checked against every one of them.
"""

from __future__ import annotations

import csv
import io
import json
import logging
import sqlite3
from contextlib import closing, redirect_stderr, redirect_stdout
from io import StringIO
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import func, select

from debtdesk.cli import main as cli_main
from debtdesk.db import Database
from debtdesk.demo import generate
from debtdesk.demo.deadlines import compute_demo_deadlines
from debtdesk.documents.batch import batch_letters, cases_with_hearings_within
from debtdesk.documents.register import document_pdf
from debtdesk.errors import ConflictError
from debtdesk.model import AuditEntry, Base, Debtor, Document, PrintBatch, Setting
from debtdesk.privacy import anonymous_cases, forget_person, to_csv, to_json
from debtdesk.privacy.pseudonyms import SECRET_KEY
from debtdesk.services import debtors, notes

CASES = 24


@pytest.fixture
def demo(db: Database, today) -> Database:
    generate(db, CASES, seed=5, on=today)
    with db.session() as s:
        compute_demo_deadlines(s, today)
        notes.add_note(s, 1, {"text": "Сосед сказал, что банк звонил в 22:00"})
    return db


def people(db: Database) -> list[tuple[int, str, str | None, str | None, str | None]]:
    with db.session() as s:
        return [
            tuple(r)
            for r in s.execute(
                select(Debtor.id, Debtor.full_name, Debtor.iin, Debtor.phone, Debtor.address)
            )
        ]


def secrets_of(person: tuple) -> list[str]:
    """What must never appear: the name, its longer words, IIN, phone (as stored and as digits)."""
    _id, name, iin, phone, address = person
    out = [name, *(w for w in name.split() if len(w) >= 6)]
    out += [v for v in (iin, phone, phone and phone.lstrip("+"), address) if v]
    return out


def leaks(text: str, everyone: list[tuple]) -> list[str]:
    return sorted({s for p in everyone for s in secrets_of(p) if s in text})


# --- the anonymous export ----------------------------------------------------------------------


def test_anonymous_export_holds_no_name_iin_phone_or_address(demo):
    everyone = people(demo)
    assert len(everyone) == CASES and all(p[2] for p in everyone)  # the demo has IINs
    with demo.session() as s:
        export = anonymous_cases(s)
    as_json, as_csv = to_json(export), to_csv(export)
    assert leaks(as_json, everyone) == []
    assert leaks(as_csv, everyone) == []
    assert "банк звонил" not in as_json  # free-text notes stay out; only their number goes
    assert len(export["cases"]) == CASES
    rows = list(csv.DictReader(io.StringIO(as_csv)))
    assert [r["case"] for r in rows] == [c["case"] for c in export["cases"]]
    # what statistics need is there: amounts as they are, dates cut to the month
    with demo.session() as s:
        principal = s.scalar(select(func.count()).select_from(Debtor))
    assert principal == CASES
    loans = [loan for c in export["cases"] for loan in c["loans"]]
    assert loans and all(loan["principal"] for loan in loans)
    months = [e["month"] for c in export["cases"] for e in c["events"]]
    assert months and all(len(m) == 7 and m[4] == "-" for m in months)
    assert all(c["age_band"] and c["age_band"].endswith("9") for c in export["cases"])


def test_pseudonyms_are_stable_and_depend_on_the_secret(demo):
    with demo.session() as s:
        first = [c["case"] for c in anonymous_cases(s)["cases"]]
    with demo.session() as s:
        second = [c["case"] for c in anonymous_cases(s)["cases"]]
        secret = s.scalar(select(Setting).where(Setting.key == SECRET_KEY))
        assert len(secret.value) == 64
        secret.value = "00" * 32  # another database's secret
    with demo.session() as s:
        other = [c["case"] for c in anonymous_cases(s)["cases"]]
    assert first == second and len(set(first)) == CASES
    assert not set(first) & set(other)
    with demo.session() as s:  # neither the uuid nor the IIN shows through
        uuids = set(s.scalars(select(Debtor.uuid)))
    assert not {p[:8] for p in first} & {u.replace("-", "")[:8] for u in uuids}


# --- forget this person ------------------------------------------------------------------------


def owned_rows(db: Database, debtor_id: int) -> dict[str, set[int]]:
    """Every row that hangs off the debtor, found by following ON DELETE CASCADE keys."""
    owned: dict[str, set[int]] = {"debtor": {debtor_id}}
    with db.engine.connect() as conn:
        changed = True
        while changed:
            changed = False
            for table in Base.metadata.sorted_tables:
                for fk in table.foreign_keys:
                    parent = fk.column.table.name
                    if fk.ondelete != "CASCADE" or not owned.get(parent):
                        continue
                    ids = set(
                        conn.scalars(select(table.c.id).where(fk.parent.in_(sorted(owned[parent]))))
                    )
                    if not ids <= owned.get(table.name, set()):
                        owned.setdefault(table.name, set()).update(ids)
                        changed = True
    return owned


def references_left(db: Database, owned: dict[str, set[int]]) -> list[str]:
    """Rows still there, or still pointing (by any foreign key) at a row that was owned."""
    found = []
    with db.engine.connect() as conn:
        for table in Base.metadata.sorted_tables:
            if ids := owned.get(table.name):
                left = conn.scalar(
                    select(func.count()).select_from(table).where(table.c.id.in_(sorted(ids)))
                )
                if left:
                    found.append(f"{table.name}: {left} rows")
            for fk in table.foreign_keys:
                if ids := owned.get(fk.column.table.name):
                    n = conn.scalar(
                        select(func.count()).select_from(table).where(fk.parent.in_(sorted(ids)))
                    )
                    if n:
                        found.append(f"{table.name}.{fk.parent.name}: {n} rows")
    return found


@pytest.fixture
def printed(demo, today) -> tuple[int, list[int]]:
    """A batch print of every case with a hearing soon; returns (the batch, its cases)."""
    with demo.session() as s:
        ids = cases_with_hearings_within(s, 60)
        assert len(ids) >= 3
        result = batch_letters(s, "hearing_notice", ids)
        return result.batch_id, ids


def test_forget_removes_every_row_of_the_person_and_keeps_the_others(demo, printed):
    batch_id, printed_cases = printed
    victim = printed_cases[1]  # in the middle of the batch: other letters before and after
    person = next(p for p in people(demo) if p[0] == victim)
    owned = owned_rows(demo, victim)
    assert {"loan", "event", "document", "deadline", "proceeding"} <= set(owned)
    with demo.session() as s:
        total_docs = s.scalar(select(func.count()).select_from(Document))
        others = {
            d.id: d.debtor_id
            for d in s.scalars(select(Document).where(Document.debtor_id != victim))
        }
        kept_people = s.scalar(select(func.count()).select_from(Debtor)) - 1
    with demo.session() as s:
        report = forget_person(s, victim)
    assert report.batches_dissolved == 1 and report.letters_cut_out == len(printed_cases) - 1
    assert references_left(demo, owned) == []
    with demo.session() as s:
        assert s.get(PrintBatch, batch_id) is None
        assert s.scalar(select(func.count()).select_from(Debtor)) == kept_people
        assert s.scalar(select(func.count()).select_from(Document)) == total_docs - len(
            owned["document"]
        )
        lines = list(s.scalars(select(AuditEntry).where(AuditEntry.debtor_id == victim)))
        assert [(a.action, a.entity, a.entity_uuid) for a in lines] == [("forget", "debtor", None)]
        assert leaks(json.dumps(lines[0].changed, ensure_ascii=False), [person]) == []
        assert "loan:1" in lines[0].changed or any(c.startswith("loan:") for c in lines[0].changed)
        # every other letter of the batch is now its own file, holding its own person only
        for doc_id, owner in others.items():
            doc = s.get(Document, doc_id)
            assert doc.batch_id is None
            text = "".join(
                p.extract_text() or "" for p in PdfReader(io.BytesIO(document_pdf(s, doc_id))).pages
            )
            assert person[1] not in text
            if owner in printed_cases:
                assert s.get(Debtor, owner).full_name in text
    everyone_else = [p for p in people(demo) if p[0] != victim]
    assert len(everyone_else) == kept_people


def test_forget_of_a_case_changed_meanwhile_is_refused(demo):
    with demo.session() as s:
        seen = debtors.get_debtor(s, 3).version
    with demo.session() as s:
        debtors.update_debtor(s, 3, {"city": "Тараз"})
    with pytest.raises(ConflictError), demo.session() as s:
        forget_person(s, 3, expected_version=seen)
    assert any(p[0] == 3 for p in people(demo))


# --- the command line, and the file's bytes ----------------------------------------------------


def cli(*args: str) -> tuple[int, str, str]:
    out, err = StringIO(), StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        code = cli_main(list(args))
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def demo_file(sqlite_url: str, today) -> Path:
    from debtdesk.db import open_database

    db = open_database(sqlite_url)
    try:
        generate(db, CASES, seed=9, on=today)
    finally:
        db.dispose()
    return Path(sqlite_url.removeprefix("sqlite:///"))


def _insecure(connect):
    def wrapper(*args, **kwargs):
        conn = connect(*args, **kwargs)
        conn.execute("PRAGMA secure_delete = OFF")
        return conn

    return wrapper


def test_forget_command_leaves_no_byte_of_the_person_in_the_file(demo_file, tmp_path, monkeypatch):
    conn = sqlite3.connect(demo_file)
    name, iin = conn.execute("SELECT full_name, iin FROM debtor WHERE id = 2").fetchone()
    conn.close()
    assert name.encode() in demo_file.read_bytes()
    # As SQLite is built on Windows and macOS (Debian's turns secure_delete on by default).
    monkeypatch.setattr(sqlite3.dbapi2, "connect", _insecure(sqlite3.dbapi2.connect))
    monkeypatch.setattr("sys.stdin", io.StringIO("yes\n"))  # not a terminal: refused
    code, _out, err = cli("--database", str(demo_file), "forget", "2")
    assert code == 1 and "--yes" in err
    code, out, _err = cli("--database", str(demo_file), "forget", "2", "--yes")
    assert code == 0 and "erased case 2" in out and name not in out
    data = demo_file.read_bytes() + b"".join(
        p.read_bytes() for p in demo_file.parent.glob(demo_file.name + "-*")
    )
    assert name.encode() not in data and iin.encode() not in data


@pytest.mark.parametrize("fmt", ["json", "csv"])
def test_export_anon_command(demo_file, tmp_path, fmt):
    out = tmp_path / f"anon.{fmt}"
    code, said, _err = cli(
        "--database", str(demo_file), "export-anon", "-o", str(out), "--format", fmt
    )
    assert code == 0 and str(CASES) in said
    text = out.read_text(encoding="utf-8")
    with closing(sqlite3.connect(demo_file)) as conn:
        everyone = [
            (0, *r) for r in conn.execute("SELECT full_name, iin, phone, address FROM debtor")
        ]
    assert leaks(text, everyone) == []
    assert json.loads(text)["cases"] if fmt == "json" else list(csv.DictReader(io.StringIO(text)))


# --- logs --------------------------------------------------------------------------------------


def test_logs_at_debug_hold_no_personal_data(demo_file, tmp_path):
    """Typical commands, with every logger at DEBUG: no name, IIN or phone in what is logged."""
    with closing(sqlite3.connect(demo_file)) as conn:
        everyone = [
            (0, *r) for r in conn.execute("SELECT full_name, iin, phone, address FROM debtor")
        ]
    records = StringIO()
    handler = logging.StreamHandler(records)
    handler.setLevel(logging.DEBUG)
    # Every logger at DEBUG: the root, and SQLAlchemy's (which it sets to WARNING itself).
    loggers = [logging.getLogger(), logging.getLogger("sqlalchemy")]
    old_levels = [logger.level for logger in loggers]
    root = loggers[0]
    root.addHandler(handler)
    for logger in loggers:
        logger.setLevel(logging.DEBUG)
    try:
        db = str(demo_file)
        for args in (
            ("cases",),
            ("show", "1"),
            ("cases", "--search", "а"),
            ("export", "-o", str(tmp_path / "b.json")),
            ("import", str(tmp_path / "b.json")),
            ("export-anon", "-o", str(tmp_path / "a.json")),
            ("agenda",),
            ("letter", "hearing_notice", "--case", "1", "-o", str(tmp_path / "l.pdf")),
            ("forget", "4", "--yes"),
        ):
            cli("--database", db, *args)
    finally:
        root.removeHandler(handler)
        for logger, level in zip(loggers, old_levels, strict=True):
            logger.setLevel(level)
    logged = records.getvalue()
    assert "SELECT" not in logged  # SQL is not logged at all: its parameters are people
    assert leaks(logged, everyone) == []
