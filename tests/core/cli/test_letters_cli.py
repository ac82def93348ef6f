"""``debtdesk templates / letter / batch / checklist / letters`` and letter dates, end to end."""

from __future__ import annotations

import hashlib
import io
from datetime import date

import pytest
from pypdf import PdfReader

from tests.core.documents.test_context import make_case


def pdf_text(path) -> str:
    return "\n".join(p.extract_text() or "" for p in PdfReader(io.BytesIO(path.read_bytes())).pages)


def one_line_error(result, *parts: str) -> None:
    assert result.code == 1 and result.out == ""
    lines = result.err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("debtdesk: error: "), result.err
    for part in parts:
        assert part in lines[0], lines[0]


@pytest.fixture
def case(db, today):
    return make_case(db)


@pytest.fixture
def outdir(tmp_path):
    """A folder for the PDFs alone (the SQLite test database lives in tmp_path)."""
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


REASONS = ("--set", "reasons=Потеря работы в 2025 году")


def test_templates_lists_keys_and_titles(run):
    result = run("templates", "--lang", "ru")
    assert result.code == 0
    lines = result.out.splitlines()
    assert "restructuring_request  Заявление о реструктуризации займа" in lines
    assert all(not line.startswith("_") for line in lines)  # internal samples stay hidden
    keys = [line.split("  ")[0] for line in lines]
    assert keys == sorted(keys) and "hearing_notice" in keys
    checklists = run("templates", "--checklists", "--lang", "en").out.splitlines()
    assert [line.split("  ")[0] for line in checklists] == [
        "appeal", "claim", "court_order", "enforcement"
    ]  # fmt: skip
    rows = run("templates", "--format", "json").json()
    assert {"key", "title", "recipient", "languages", "fields"} <= set(rows[0])


def test_letter_is_printed_registered_and_listed(run, case, outdir):
    out = outdir / "letter.pdf"
    result = run(
        "letter", "restructuring_request", "--case", str(case.id), *REASONS, "-o", str(out)
    )
    assert result.code == 0, result.err
    assert result.out == "DD-2026-0001\n"
    text = pdf_text(out)
    assert "DD-2026-0001" in text and "Потеря работы в 2025 году" in text
    assert "ИЖ-2007/15" in text  # the most recent loan
    (row,) = run("letters", "--format", "json").json()
    assert row["outgoing_no"] == "DD-2026-0001" and row["debtor_id"] == case.id
    assert row["file_hash"] == hashlib.sha256(out.read_bytes()).hexdigest()
    assert row["recipient"] == "АО «Тест Банк»" and row["sent_on"] is None
    assert [p.name for p in outdir.iterdir()] == ["letter.pdf"]  # no temporary file left
    table = run("letters", "--case", str(case.id))
    assert table.code == 0 and "DD-2026-0001" in table.out and "restructuring_request" in table.out
    again = outdir / "again.pdf"
    assert run("letter-pdf", "DD-2026-0001", "-o", str(again)).code == 0
    assert again.read_bytes() == out.read_bytes()


def test_letter_with_a_chosen_loan_language_and_sent_date(run, case, outdir):
    out = outdir / "kk.pdf"
    result = run(
        "letter", "restructuring_request", "--case", str(case.id), "--loan", str(case.old_loan),
        "--lang", "kk", "--sent", *REASONS, "-o", str(out),
    )  # fmt: skip
    assert result.code == 0, result.err
    assert "OLD-1" in pdf_text(out)
    (row,) = run("letters", "--awaiting-reply", "--format", "json").json()
    assert row["language"] == "kk" and row["sent_on"] == "2026-11-30"
    assert row["reply_due"] == "2026-12-15" and row["provisional"] is True


def test_a_missing_field_is_one_line_naming_it(run, case, outdir):
    out = outdir / "x.pdf"
    result = run("letter", "restructuring_request", "--case", str(case.id), "-o", str(out))
    one_line_error(result, "fields.reasons", "--set reasons=")
    assert not out.exists() and list(outdir.iterdir()) == []
    assert run("letters", "--format", "json").json() == []
    empty = run(
        "letter", "restructuring_request", "--case", str(case.id), "--set", "reasons=",
        "-o", str(out),
    )  # fmt: skip
    one_line_error(empty, "fields.reasons")


def test_unknown_template_and_bad_choices_are_one_line(run, case, db, outdir):
    out = str(outdir / "x.pdf")
    one_line_error(run("letter", "no_such_letter", "--case", str(case.id), "-o", out),
                   "no_such_letter", "no such template")  # fmt: skip
    no_loan = make_case(db, name="Без Займа", with_loan=False)
    one_line_error(
        run("letter", "restructuring_request", "--case", str(no_loan.id), *REASONS, "-o", out),
        "loan.contract_no",
    )
    one_line_error(
        run("letter", "restructuring_request", "--case", str(case.id), "--loan",
            str(no_loan.id + 1000), *REASONS, "-o", out),
        "loan_id",
    )  # fmt: skip
    one_line_error(run("letter", "hearing_notice", "--case", "99999", "-o", out), "99999")
    one_line_error(
        run("letter", "hearing_notice", "--case", str(case.id), "-o",
            str(outdir / "no" / "such" / "folder.pdf")),
        "no folder",
    )  # fmt: skip
    bad = run("letter", "hearing_notice", "--case", str(case.id), "--set", "oops", "-o", out)
    assert bad.code == 2 and "FIELD=VALUE" in bad.err
    assert run("letters", "--format", "json").json() == []
    assert list(outdir.iterdir()) == []


def test_preview_registers_nothing(run, case, outdir):
    out = outdir / "preview.pdf"
    result = run("letter", "hearing_notice", "--case", str(case.id), "--preview", "-o", str(out))
    assert result.code == 0 and result.out == ""
    assert "Иванова Мария Петровна" in pdf_text(out)
    assert run("letters", "--format", "json").json() == []


def test_reply_dates_from_the_command_line(run, case, outdir):
    from debtdesk import clock

    clock.set_today(date(2026, 11, 2))
    out = str(outdir / "r.pdf")
    assert (
        run("letter", "restructuring_request", "--case", str(case.id), *REASONS, "-o", out).code
        == 0
    )
    sent = run("letter-sent", "DD-2026-0001")
    assert sent.code == 0 and sent.out == "DD-2026-0001: reply due 2026-11-17\n"
    clock.set_today(date(2026, 11, 30))
    received = run("letter-received", "DD-2026-0001", "--on", "2026-11-05")
    assert received.out == "DD-2026-0001: reply due 2026-11-20\n"
    (row,) = run("letters", "--awaiting-reply", "--format", "json").json()
    assert row["reply_due"] == "2026-11-20" and row["provisional"] is False
    one_line_error(run("letter-received", "DD-2026-0001", "--on", "2027-01-01"), "future")
    one_line_error(run("letter-sent", "DD-2099-0001"), "DD-2099-0001")
    assert run("letter-received", "1").code == 2  # --on is required
    done = run("reply-received", "1", "--on", "2026-11-25")
    assert done.code == 0 and "done" in done.out
    assert run("letters", "--awaiting-reply", "--format", "json").json() == []
    (row,) = run("letters", "--format", "json").json()
    assert row["reply_on"] == "2026-11-25"


def test_batch_for_hearings_within_days(run, db, today, outdir):
    cases = [make_case(db, name=f"Должник {n}", lang=lang) for n, lang in enumerate(["ru", "kk"])]
    out = outdir / "batch.pdf"
    result = run("batch", "hearing_notice", "--hearings-within", "14", "-o", str(out))
    assert result.code == 0, result.err
    pages = len(PdfReader(io.BytesIO(out.read_bytes())).pages)
    assert result.out == f"2 letters, DD-2026-0001 … DD-2026-0002, {pages} pages\n"
    rows = run("letters", "--format", "json").json()
    assert [r["debtor_id"] for r in rows] == [c.id for c in cases]
    reader = PdfReader(io.BytesIO(out.read_bytes()))
    for row, name in zip(rows, ["Должник 0", "Должник 1"], strict=True):
        pages = reader.pages[row["first_page"] - 1 : row["last_page"]]
        assert name in "\n".join(p.extract_text() for p in pages)
    assert rows[-1]["last_page"] == len(reader.pages)
    copy = outdir / "copy.pdf"
    second = run("letter-pdf", "DD-2026-0002", "-o", str(copy))
    assert second.code == 0 and "pages" in second.err
    text = pdf_text(copy)  # this letter's pages only, never the other case's letter
    assert "Должник 1" in text and "Должник 0" not in text
    whole = outdir / "whole.pdf"
    assert run("letter-pdf", "DD-2026-0002", "--whole-batch", "-o", str(whole)).code == 0
    assert whole.read_bytes() == out.read_bytes()
    none = run("batch", "hearing_notice", "--hearings-within", "0", "-o", str(outdir / "n.pdf"))
    one_line_error(none, "no case has a hearing within 0 days")


def test_checklist_made_ticked_and_printed(run, case, outdir):
    listed = run("checklist", "--event", str(case.hearing), "--list")
    assert listed.code == 0 and "made checklist" in listed.err
    first_item = listed.out.splitlines()[2].split()[0]
    ticked = run("tick", first_item, "--note", "есть копии")
    assert ticked.code == 0 and ticked.out.startswith("[x] ")
    out = outdir / "advisor.pdf"
    printed = run("checklist", "--event", str(case.hearing), "--for", "advisor", "-o", str(out))
    assert printed.code == 0 and printed.err == ""  # the existing checklist, not a new one
    text = pdf_text(out)
    assert "Готово: 1 из" in text and "есть копии" in text
    debtor = outdir / "debtor.pdf"
    assert run("checklist", "--event", str(case.hearing), "-o", str(debtor)).code == 0
    assert "Иванова Мария Петровна" in pdf_text(debtor)
    one_line_error(run("checklist", "--event", str(case.eviction), "-o", str(out)), "template")
    one_line_error(run("tick", "99999"), "99999")
