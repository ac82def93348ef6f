"""Batch letters: one PDF rendered once, each letter registered with its pages; cancel = nothing."""

from __future__ import annotations

import hashlib
import io
from datetime import timedelta

import pytest
from pypdf import PdfReader
from sqlalchemy import func, select

from debtdesk.demo import generate
from debtdesk.documents.batch import (
    BatchCancelled,
    BatchLetterError,
    batch_letters,
    cases_with_hearings_within,
)
from debtdesk.documents.context import (
    Shared,
    build_context,
    choose,
    letter_context,
    load_cases,
)
from debtdesk.documents.register import batch_pdf, create_letter, document_pdf, list_documents
from debtdesk.errors import DebtdeskError, NotFoundError, ValidationError
from debtdesk.model import Debtor, Document, Event, PrintBatch, Setting
from tests.core.documents.test_context import make_case, simple_library

# Kazakh letters take two pages, so page ranges differ from letter to letter.
BODY = """::title {{ outgoing_no }}
{{ debtor.full_name }}
{% if hearing %}{{ hearing.date|date }}{% endif %}

{% if lang == 'kk' %}
::pagebreak
{{ debtor.full_name }} — 2
{% endif %}
"""

DEMO_CASES = 60


@pytest.fixture
def demo(db, today):
    generate(db, DEMO_CASES, seed=7, on=today)
    return db


@pytest.fixture
def lib(tmp_path):
    return simple_library(tmp_path / "t", key="_t_notice", recipient="debtor", body=BODY)


def page_texts(pdf: bytes) -> list[str]:
    return [page.extract_text() or "" for page in PdfReader(io.BytesIO(pdf)).pages]


def test_cases_with_hearings_within_days(demo, today):
    with demo.session() as s:
        ids = cases_with_hearings_within(s, 14)
        expected = set(
            s.scalars(
                select(Event.debtor_id).where(
                    Event.kind == "hearing",
                    Event.date >= today,
                    Event.date <= today + timedelta(days=14),
                )
            )
        )
        first = {
            debtor_id: day
            for debtor_id, day in s.execute(
                select(Event.debtor_id, func.min(Event.date))
                .where(Event.kind == "hearing", Event.date >= today)
                .group_by(Event.debtor_id)
            )
        }
        assert ids and set(ids) == expected and len(ids) == len(set(ids))
        assert [first[i] for i in ids] == sorted(first[i] for i in ids)
        assert set(cases_with_hearings_within(s, 0)) <= set(ids)
        with pytest.raises(ValidationError):
            cases_with_hearings_within(s, -1)


def test_batch_is_one_pdf_with_one_letter_per_debtor(demo, lib, today):
    with demo.session() as s:
        ids = cases_with_hearings_within(s, 30)
    ticks: list[tuple[int, int]] = []
    with demo.session() as s:
        result = batch_letters(
            s, "_t_notice", ids, library=lib, progress=lambda d, t: ticks.append((d, t))
        )
    assert len(ids) >= 5
    assert [n for _id, n, _f, _l in result.letters] == [
        f"DD-2026-{n:04d}" for n in range(1, len(ids) + 1)
    ]
    assert ticks[-1] == (2 * len(ids), 2 * len(ids))
    assert [d for d, _t in ticks] == sorted(d for d, _t in ticks)
    texts = page_texts(result.pdf)
    expected_page = 1
    with demo.session() as s:
        names = dict(s.execute(select(Debtor.id, Debtor.full_name)).all())
        langs = dict(s.execute(select(Debtor.id, Debtor.language)).all())
        for case_id, (doc_id, number, first, last) in zip(ids, result.letters, strict=True):
            assert first == expected_page and last >= first
            expected_page = last + 1
            pages = "\n".join(texts[first - 1 : last])
            assert names[case_id] in pages and number in pages
            assert last - first == (1 if langs[case_id] == "kk" else 0)
            doc = s.get(Document, doc_id)
            assert (doc.debtor_id, doc.first_page, doc.last_page) == (case_id, first, last)
            assert doc.language == langs[case_id] and doc.outgoing_no == number
            assert doc.file_hash == hashlib.sha256(result.pdf).hexdigest() == result.file_hash
            assert doc.recipient == names[case_id] and doc.recipient_kind == "debtor"
            assert doc.batch_id == result.batch_id
            own = page_texts(document_pdf(s, doc_id))  # this letter's pages, nothing else
            assert own == texts[first - 1 : last]
        assert expected_page - 1 == len(texts)
        # the merged file is stored once, in the batch, not on any letter
        assert (
            s.scalar(select(func.count()).select_from(Document).where(Document.pdf.is_not(None)))
            == 0
        )
        batch = s.scalars(select(PrintBatch)).one()
        assert (batch.id, batch.template, batch.letters) == (result.batch_id, "_t_notice", len(ids))
        assert batch.pages == len(texts) and batch.sha256 == result.file_hash
        assert batch_pdf(s, batch.id) == result.pdf
        rows = list_documents(s)
        assert [(r.first_page, r.last_page) for r in rows] == [
            (f, lt) for _d, _n, f, lt in result.letters
        ]


def test_cancel_mid_batch_registers_nothing(demo, lib):
    with demo.session() as s:
        ids = cases_with_hearings_within(s, 30)

    def cancel_after(n: int):
        calls = iter(range(n))
        return lambda: next(calls, None) is None

    # while preparing, while numbering and laying out, after the PDF is made
    for stop_after in (3, len(ids) + 2, 2 * len(ids)):
        # the session commits after pytest.raises caught the cancel: still nothing registered
        with demo.session() as s, pytest.raises(BatchCancelled):
            batch_letters(s, "_t_notice", ids, library=lib, cancel=cancel_after(stop_after))
        with demo.session() as s:
            assert s.scalar(select(func.count()).select_from(Document)) == 0
            assert s.scalar(select(func.count()).select_from(PrintBatch)) == 0
            counter = s.scalar(select(Setting.value).where(Setting.key == "letters.seq"))
            assert counter in (None, "0")
    # numbering goes on from 1
    with demo.session() as s:
        result = batch_letters(s, "_t_notice", ids[:2], library=lib)
    assert [n for _i, n, _f, _l in result.letters] == ["DD-2026-0001", "DD-2026-0002"]


def test_a_case_lacking_data_stops_the_batch_or_is_skipped(db, tmp_path, today):
    lib = simple_library(
        tmp_path / "t", key="_t_bank", fields='["debtor.full_name", "loan.contract_no"]'
    )
    with_loan = make_case(db)
    without = make_case(db, name="Без Кредита", with_loan=False)
    with db.session() as s, pytest.raises(BatchLetterError) as err:
        batch_letters(s, "_t_bank", [with_loan.id, without.id], library=lib)
    message = str(err.value)
    assert f"case {without.id} (Без Кредита)" in message and "loan.contract_no" in message
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(Document)) == 0
        result = batch_letters(
            s, "_t_bank", [with_loan.id, without.id], library=lib, skip_incomplete=True
        )
    assert [n for _i, n, _f, _l in result.letters] == ["DD-2026-0001"]
    assert result.skipped and result.skipped[0][0] == without.id
    with db.session() as s:
        assert create_letter(s, "_t_bank", with_loan.id, library=lib).outgoing_no == "DD-2026-0002"


def test_one_language_for_the_whole_batch(db, lib, today):
    cases = [make_case(db, name=f"Debtor {n}", lang=lang) for n, lang in enumerate(["kk", "ru"])]
    with db.session() as s:
        result = batch_letters(s, "_t_notice", [c.id for c in cases], library=lib, lang="en")
        assert {s.get(Document, d).language for d, _n, _f, _l in result.letters} == {"en"}
    assert [(f, lt) for _d, _n, f, lt in result.letters] == [(1, 1), (2, 2)]


def test_explanations_are_worded_only_for_a_template_that_reads_them(db, tmp_path, today):
    case = make_case(db)  # two appeal deadlines, from two decisions in final form
    reads = simple_library(
        tmp_path / "r",
        key="_t_reads",
        body="{{ debtor.full_name }}\n{% for d in deadlines %}{{ d.explanation }}\n{% endfor %}",
    )
    plain = simple_library(tmp_path / "p", key="_t_plain")
    assert reads.may_read(reads.info("_t_reads"), "deadlines")
    assert not plain.may_read(plain.info("_t_plain"), "deadlines")
    with db.session() as s:
        wording = letter_context(s, "_t_reads", case.id, library=reads)["deadlines"][0]
        result = batch_letters(s, "_t_reads", [case.id], library=reads)
    assert wording["explanation"].startswith("Апелляционная жалоба: срок 1 месяц")
    printed = " ".join(" ".join(page_texts(result.pdf)).split())
    assert " ".join(wording["explanation"].split())[:60] in printed
    with db.session() as s:
        shared = Shared.load(s)
        data = load_cases(s, [case.id])[case.id]
        chosen = choose(data, on=shared.on)
        args = {"recipient_kind": "creditor", "lang": "ru", "fields": None, "outgoing_no": "1"}
        full = build_context(data, chosen, shared=shared, **args)
        bare = build_context(data, chosen, shared=shared, explain_deadlines=False, **args)
    assert [d["explanation"] for d in bare["deadlines"]] == [None, None]
    assert all(d["explanation"] for d in full["deadlines"])
    for left, right in zip(full["deadlines"], bare["deadlines"], strict=True):
        assert {**left, "explanation": None} == right
    assert {**full, "deadlines": None} == {**bare, "deadlines": None}


def test_an_empty_selection_is_refused(db, lib):
    with db.session() as s, pytest.raises(ValidationError):
        batch_letters(s, "_t_notice", [], library=lib)


# --- privacy: the merged file holds every debtor's letter of the batch -----------------------

THREE = (("Алпысбаев Марат", "ru"), ("Бекова Айгүл", "kk"), ("Сидоров Иван", "en"))


@pytest.fixture
def three(db, lib, today):
    """A batch over debtors A, B (Kazakh: two pages) and C: (result, case ids)."""
    ids = [make_case(db, name=name, lang=lang).id for name, lang in THREE]
    with db.session() as s:
        result = batch_letters(s, "_t_notice", ids, library=lib)
    return result, ids


def test_a_batch_letters_pdf_holds_its_own_pages_only(db, three):
    result, _ids = three
    (a_no, b_no, c_no) = [n for _d, n, _f, _l in result.letters]
    (a, b, c) = [name for name, _lang in THREE]
    b_doc, _n, first, last = result.letters[1]
    with db.session() as s:
        pdf = document_pdf(s, b_doc)
        assert document_pdf(s, b_doc) == pdf  # the same bytes every time
    texts = page_texts(pdf)
    assert (first, last) == (2, 3) and len(texts) == 2
    text = "\n".join(texts)
    assert b in text and b_no in text
    for other in (a, c, a_no, c_no):
        assert other not in text
    meta = PdfReader(io.BytesIO(pdf)).metadata
    assert meta.title.endswith(f" — {b_no}") and meta.subject == b_no
    assert a_no not in str(dict(meta)) and c_no not in str(dict(meta))
    # every letter alone, and the whole batch for reprinting it
    with db.session() as s:
        for doc_id, number, _f, _l in result.letters:
            own = "\n".join(page_texts(document_pdf(s, doc_id)))
            assert [n for n in (a_no, b_no, c_no) if n in own] == [number]
        whole = "\n".join(page_texts(batch_pdf(s, result.batch_id)))
    assert all(name in whole for name in (a, b, c))


def test_the_merged_pdf_is_stored_exactly_once(db, three):
    result, ids = three
    with db.session() as s:
        (batch,) = s.scalars(select(PrintBatch)).all()
        assert (batch.letters, batch.pages, batch.sha256) == (3, 4, result.file_hash)
        assert batch.pdf == result.pdf
        docs = s.scalars(select(Document).order_by(Document.id)).all()
        assert [d.debtor_id for d in docs] == ids
        assert {(d.batch_id, d.file_hash) for d in docs} == {(batch.id, result.file_hash)}
        assert s.scalar(select(func.count()).where(Document.pdf.is_not(None))) == 0


def test_a_letter_printed_alone_is_not_in_a_batch(db, three, lib):
    _result, ids = three
    with db.session() as s:
        letter = create_letter(s, "_t_notice", ids[0], library=lib)
        doc = s.get(Document, letter.document_id)
        assert doc.batch_id is None and doc.first_page is None
        assert document_pdf(s, doc.id) == letter.pdf
        assert s.scalar(select(func.count()).select_from(PrintBatch)) == 1
        with pytest.raises(NotFoundError):
            batch_pdf(s, 999_999)


def test_a_damaged_batch_file_is_reported_not_handed_out(db, three):
    result, _ids = three
    with db.session() as s:
        s.get(PrintBatch, result.batch_id).pdf = b"not a pdf"
    with db.session() as s, pytest.raises(DebtdeskError, match="DD-2026-0002"):
        document_pdf(s, result.letters[1][0])
    with db.session() as s:
        doc = s.get(Document, result.letters[1][0])
        doc.last_page = 9  # pages the file does not have
        s.get(PrintBatch, result.batch_id).pdf = result.pdf
    with db.session() as s, pytest.raises(DebtdeskError, match="no pages 2-9"):
        document_pdf(s, result.letters[1][0])


def test_a_case_in_a_batch_can_still_be_deleted(db, three):
    from debtdesk.services.debtors import delete_debtor

    result, ids = three
    with db.session() as s:
        delete_debtor(s, ids[1])
    with db.session() as s:
        assert s.get(Document, result.letters[1][0]) is None
        assert s.get(PrintBatch, result.batch_id) is not None  # still the others' letters
        text = "\n".join(page_texts(document_pdf(s, result.letters[2][0])))
        assert THREE[2][0] in text


def linked_batch() -> bytes:
    """Four pages, A's first; B's pages (2-3) link back to A's page, C's (4) forward to B's."""
    from reportlab.pdfgen.canvas import Canvas

    buffer = io.BytesIO()
    canvas = Canvas(buffer)
    for n, owner in enumerate(["SECRET-A", "OWN-B", "OWN-B", "SECRET-C"], start=1):
        canvas.bookmarkPage(f"p{n}")
        canvas.drawString(100, 700, f"{owner} page {n}")
        target = "p1" if owner == "OWN-B" else "p2"
        canvas.linkRect("", target, (100, 690, 200, 710))
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def every_stream(pdf: bytes) -> bytes:
    """The decoded data of every stream object in ``pdf`` (reached or not)."""
    reader = PdfReader(io.BytesIO(pdf))
    found = []
    for number in range(1, int(reader.trailer["/Size"])):
        try:
            obj = reader.get_object(number)
        except Exception:
            continue
        if hasattr(obj, "get_data"):
            found.append(obj.get_data())
    return b"\n".join(found)


def test_links_in_a_batch_never_drag_other_pages_along(db, three):
    result, _ids = three
    merged = linked_batch()
    assert b"SECRET-A" in every_stream(merged)
    with db.session() as s:
        s.get(PrintBatch, result.batch_id).pdf = merged
    with db.session() as s:
        pdf = document_pdf(s, result.letters[1][0])  # B: pages 2-3
    assert len(PdfReader(io.BytesIO(pdf)).pages) == 2
    streams = every_stream(pdf)
    assert b"OWN-B" in streams
    assert b"SECRET-A" not in streams and b"SECRET-C" not in streams


def test_each_letter_of_a_real_batch_is_on_its_own_pages_only(demo):
    """The built-in template, where most wording repeats from letter to letter (and is
    drawn once, then replayed): each debtor's name and number are on that letter's
    pages and on no other page."""
    with demo.session() as s:
        ids = list(s.scalars(select(Debtor.id).order_by(Debtor.id).limit(12)))
        result = batch_letters(s, "debt_statement_request", ids, skip_incomplete=True)
        names = dict(s.execute(select(Debtor.id, Debtor.full_name)).all())
        docs = {d.id: d for d in s.scalars(select(Document).where(Document.batch_id.is_not(None)))}
    texts = [" ".join(t.split()) for t in page_texts(result.pdf)]
    printed = [" ".join(names[docs[d].debtor_id].split()) for d, *_rest in result.letters]
    assert len(result.letters) >= 6 and result.letters[-1][3] == len(texts)
    for name, (_doc_id, number, first, last) in zip(printed, result.letters, strict=True):
        own, others = texts[first - 1 : last], texts[: first - 1] + texts[last:]
        assert any(number in t for t in own) and any(name in t for t in own), number
        assert not any(number in t for t in others), number
        if printed.count(name) == 1:  # two demo debtors may share a name
            assert not any(name in t for t in others), name
