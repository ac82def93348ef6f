"""A large batch laid out in two processes: same pages and text, fonts embedded, same register.

Also the pieces that make it cheap: joining reportlab's PDFs without a PDF
library, and the quick subset lookup of the fonts (same bytes as reportlab's).
"""

from __future__ import annotations

import io
import os
import re
import subprocess
import sys

import pytest
from pypdf import PdfReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from sqlalchemy import func, select
from sqlalchemy.orm import undefer

from debtdesk.demo import generate
from debtdesk.documents import batch, parallel
from debtdesk.documents.batch import BatchCancelled, BatchLetterError, batch_letters
from debtdesk.documents.concat import ConcatError, concatenate
from debtdesk.documents.fonts import ensure_fonts, face_name
from debtdesk.documents.parallel import Helper
from debtdesk.documents.pdf import Letter, PdfMeta, render_many
from debtdesk.model import AuditEntry, Debtor, Document, PrintBatch, Setting
from tests.conftest import TEST_ADVISOR
from tests.core.documents.test_batch import page_texts
from tests.core.documents.test_context import make_case, simple_library
from tests.core.documents.test_pdf import KAZAKH_LETTERS


@pytest.fixture
def demo(db, today):
    generate(db, 40, seed=7, on=today)
    return db


def _letters(n: int) -> list[Letter]:
    """Letters of one to three pages, in the three languages, with Kazakh letters and ₸."""
    out = []
    for i in range(n):
        lang = ("kk", "ru", "en")[i % 3]
        body = "\n\n".join(
            f"Абзац {i}.{k}: {KAZAKH_LETTERS} — 1 234 567,89 ₸. " * 6
            for k in range(8 * (i % 3 + 1))
        )
        out.append(Letter(f"::title Хат № {i}\n\n{body}\n", "base", lang))
    return out


def _fonts(pdf: bytes) -> list[tuple[str, bool]]:
    """(BaseFont, has an embedded file) of every font object."""
    reader = PdfReader(io.BytesIO(pdf), strict=True)
    found = []
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            found.append((str(font["/BaseFont"]), "/FontFile2" in font["/FontDescriptor"]))
    return found


def test_joined_pdf_has_every_page_in_order_and_each_part_its_own_fonts():
    letters = _letters(6)
    meta = PdfMeta(title="Партия", subject="DD-1 … DD-6")
    first, first_ranges = render_many(letters[:3], meta)
    second, second_ranges = render_many(letters[3:], PdfMeta(title="other part"))
    joined, counts = concatenate([first, second])
    reader = PdfReader(io.BytesIO(joined), strict=True)
    assert counts == [first_ranges[-1][1], second_ranges[-1][1]]
    assert len(reader.pages) == sum(counts)
    assert page_texts(joined) == page_texts(first) + page_texts(second)
    assert reader.metadata.title == "Партия" and reader.metadata.subject == "DD-1 … DD-6"
    assert reader.trailer["/Root"]["/Lang"] == "kk-KZ"
    fonts = set(_fonts(joined))
    assert all(embedded for _name, embedded in fonts)
    tags = {name.split("+")[0] for name, _e in fonts}
    assert tags == {"/AAAAAA", "/LAAAAA"}  # two parts, two distinct subset names
    assert KAZAKH_LETTERS.replace(" ", "") in "".join(page_texts(joined)).replace(" ", "")


def test_something_not_from_reportlab_is_not_joined():
    first, _ranges = render_many(_letters(1))
    with pytest.raises(ConcatError):
        concatenate([first, b"%PDF-1.4\nnot really\n%%EOF\n"])
    with pytest.raises(ConcatError):
        concatenate([first, first[: len(first) // 2]])


@pytest.mark.parametrize("count", [2, 7])
def test_a_helper_process_gives_the_same_pages_as_one_process(count):
    letters = _letters(count)
    alone, alone_ranges = render_many(letters, PdfMeta(title="t"))
    with Helper() as helper:
        helped, helped_ranges = render_many(letters, PdfMeta(title="t"), helper=helper)
    assert helped_ranges == alone_ranges
    assert page_texts(helped) == page_texts(alone)
    assert all(embedded for _name, embedded in _fonts(helped))
    # the second part really came from the helper: its fonts carry the second tag
    assert any(name.startswith("/LAAAAA+") for name, _e in _fonts(helped))


def test_a_helper_that_died_costs_time_not_the_batch():
    letters = _letters(4)
    alone, alone_ranges = render_many(letters)
    helper = Helper()
    helper._process.kill()
    helper._process.wait()
    try:
        pdf, ranges = render_many(letters, helper=helper)
    finally:
        helper.close()
    assert ranges == alone_ranges and page_texts(pdf) == page_texts(alone)
    assert not any(name.startswith("/LAAAAA+") for name, _e in _fonts(pdf))


@pytest.fixture
def small_helpers(monkeypatch):
    """A helper for batches of any size (a real one; only the threshold changes)."""
    monkeypatch.setattr(parallel, "MIN_LETTERS", 2)


def _batch_pages(session, ids) -> tuple[list[tuple[int, str, int, int]], list[str]]:
    result = batch_letters(session, "debt_statement_request", ids, skip_incomplete=True)
    texts = [" ".join(t.split()) for t in page_texts(result.pdf)]
    _helped.append(any(name.startswith("/LAAAAA+") for name, _e in _fonts(result.pdf)))
    return result.letters, texts


_helped: list[bool] = []  # per _batch_pages: did the helper lay out a part (its fonts' tag)?


def test_a_batch_with_a_helper_registers_and_prints_like_one_without(
    demo, monkeypatch, small_helpers
):
    with demo.session() as s:
        ids = list(s.scalars(select(Debtor.id).order_by(Debtor.id).limit(9)))
        helped, helped_texts = _batch_pages(s, ids)
        docs = list(s.scalars(select(Document).where(Document.batch_id.is_not(None))))
        assert len(docs) == len(helped) >= 6
        registered = sorted((d.outgoing_no, d.first_page, d.last_page) for d in docs)
        s.rollback()
    monkeypatch.setattr(parallel, "MIN_LETTERS", 10**9)
    with demo.session() as s:
        alone, alone_texts = _batch_pages(s, ids)
        s.rollback()
    assert _helped[-2:] == [True, False]  # the helper wrote and laid out a part
    # same numbers and page ranges, in the same order
    assert [x[1:] for x in helped] == [x[1:] for x in alone]
    assert helped_texts == alone_texts
    assert registered == sorted(x[1:] for x in helped)


def test_with_a_helper_the_first_failing_letter_in_order_is_reported(db, tmp_path, small_helpers):
    """The helper writes its letters meanwhile; the error still names the first bad case."""
    body = (
        "::title {{ outgoing_no }}\n{{ debtor.full_name }}\n"
        "{% if debtor.full_name.startswith('Bad') %}{{ no_such_thing.field }}{% endif %}\n"
    )
    lib = simple_library(tmp_path / "t", key="_t_bad", recipient="debtor", body=body)
    names = ["Good 0", "Bad 1", "Good 2", "Good 3", "Bad 4", "Good 5"]
    cases = [make_case(db, name=name, advisor=None) for name in names]
    # "Bad 1" is this process's letter, "Bad 4" the helper's
    assert 2 <= parallel.fill_share(len(cases)) <= 4
    with db.session() as s, pytest.raises(BatchLetterError) as caught:
        batch_letters(s, "_t_bad", [c.id for c in cases], library=lib)
    assert caught.value.case_id == cases[1].id


def test_a_letter_failing_in_the_helper_is_reported_as_this_process_would(
    db, tmp_path, monkeypatch, small_helpers
):
    """The helper writes its letters itself: its failure names the case, in the same words."""
    body = (
        "::title {{ outgoing_no }}\n{{ debtor.full_name }}\n"
        "{% if debtor.full_name.startswith('Bad') %}{{ no_such_thing.field }}{% endif %}\n"
    )
    lib = simple_library(tmp_path / "t", key="_t_bad", recipient="debtor", body=body)
    names = ["Good 0", "Good 1", "Good 2", "Good 3", "Bad 4", "Bad 5"]
    ids = [make_case(db, name=name, advisor=None).id for name in names]
    cut = parallel.fill_share(len(ids))
    assert 1 <= cut <= 4  # both bad letters are the helper's
    sent: list[parallel.FillJob] = []
    fill = parallel.Helper.fill

    def spy(helper: Helper, job: parallel.FillJob) -> None:
        sent.append(job)
        fill(helper, job)

    monkeypatch.setattr(parallel.Helper, "fill", spy)
    with db.session() as s, pytest.raises(BatchLetterError) as helped:
        batch_letters(s, "_t_bad", ids, library=lib)
    assert [[d["debtor"]["full_name"] for d in job.data] for job in sent] == [names[cut:]]
    monkeypatch.setattr(parallel, "MIN_LETTERS", 10**9)
    with db.session() as s, pytest.raises(BatchLetterError) as alone:
        batch_letters(s, "_t_bad", ids, library=lib)
    assert helped.value.case_id == alone.value.case_id == ids[4]
    assert str(helped.value) == str(alone.value)
    assert "no_such_thing" in str(helped.value)
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(Document)) == 0


def test_a_helper_that_dies_before_its_letters_leaves_them_to_this_process(
    demo, monkeypatch, small_helpers
):
    with demo.session() as s:
        ids = list(s.scalars(select(Debtor.id).order_by(Debtor.id).limit(9)))
        alone, alone_texts = _batch_pages(s, ids)
        s.rollback()

    def dead_helper(letters: int) -> Helper:
        helper = Helper()
        helper._process.kill()
        helper._process.wait()
        return helper

    monkeypatch.setattr(batch, "start_helper", dead_helper)
    with demo.session() as s:
        helped, helped_texts = _batch_pages(s, ids)
        registered = s.scalar(select(func.count()).select_from(Document))
        s.rollback()
    assert [x[1:] for x in helped] == [x[1:] for x in alone]
    assert helped_texts == alone_texts
    assert registered == len(helped)
    assert _helped[-1] is False


def test_cancelling_while_the_helper_works_registers_nothing(demo, small_helpers):
    with demo.session() as s:
        ids = list(s.scalars(select(Debtor.id).order_by(Debtor.id).limit(9)))
    calls = iter(range(len(ids) + 2))  # cancelled while this process writes its letters
    with demo.session() as s, pytest.raises(BatchCancelled):
        batch_letters(
            s,
            "debt_statement_request",
            ids,
            skip_incomplete=True,
            cancel=lambda: next(calls, None) is None,
        )
    with demo.session() as s:
        assert s.scalar(select(func.count()).select_from(Document)) == 0
        assert s.scalar(select(func.count()).select_from(PrintBatch)) == 0
        counter = s.scalar(select(Setting.value).where(Setting.key == "letters.seq"))
        assert counter in (None, "0")


def test_a_batch_s_letters_have_their_audit_lines(demo, small_helpers):
    with demo.session() as s:
        ids = list(s.scalars(select(Debtor.id).order_by(Debtor.id).limit(9)))
        result = batch_letters(s, "debt_statement_request", ids, skip_incomplete=True)
    with demo.session() as s:
        docs = {d.id: d for d in s.scalars(select(Document).options(undefer(Document.pdf)))}
        lines = {
            a.entity_id: a
            for a in s.scalars(select(AuditEntry).where(AuditEntry.entity == "document"))
        }
    assert sorted(docs) == sorted(lines) == sorted(i for i, _n, _f, _l in result.letters)
    for doc_id, line in lines.items():
        doc = docs[doc_id]
        assert (line.action, line.version, line.advisor_name) == ("create", 1, TEST_ADVISOR)
        assert line.entity_uuid == doc.uuid and line.debtor_id == doc.debtor_id
        assert line.changed == sorted(
            ["template", "language", "outgoing_no", "created_on", "file_hash", "batch_id"]
            + ["first_page", "last_page"]
            + ["recipient"] * bool(doc.recipient)
            + ["proceeding_id"] * bool(doc.proceeding_id)
        )
        assert doc.version == 1 and doc.uuid and doc.pdf is None


def test_quick_subset_lookup_gives_reportlab_s_own_codes():
    ensure_fonts()
    font = pdfmetrics.getFont(face_name("serif"))
    texts = ["", "Hello", "Қазақстан ₸ 1 000", "a\u00a0b", "\u4e2d x", "Hello", "Ә" * 3]
    texts += [chr(c) for c in range(0x391, 0x3CA)] + [chr(c) for c in range(0x400, 0x530)]
    texts += ["Ұлттық банк", "Aa" * 50]

    class Doc:  # reportlab keeps a font's subsets per document (weakly)
        pass

    quick, plain = Doc(), Doc()  # two documents: one each way
    got = [font.splitString(t, quick) for t in texts]
    want = [TTFont.splitString(font, t, plain) for t in texts]
    assert got == want
    assert len({n >> 8 for n in font.state[quick].assignments.values()}) > 1  # a second subset
    assert re.match(r"^\[\(0, b'", repr(got[2]))


def test_no_helper_when_this_process_may_use_one_processor_only():
    """Pinned to one processor (``taskset``, a container's CPU set), a helper would only
    share it: none is started, though the machine has more."""
    code = (
        "import os\n"
        "os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})\n"
        "from debtdesk.documents.parallel import start_helper, usable_cpus\n"
        "print(usable_cpus(), start_helper(1000))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    )
    assert done.stdout.split() == ["1", "None"]
    assert parallel.usable_cpus() == len(os.sched_getaffinity(0))
