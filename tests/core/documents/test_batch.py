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
from debtdesk.documents.register import create_letter, document_pdf, list_documents
from debtdesk.errors import ValidationError
from debtdesk.model import Debtor, Document, Event, Setting
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
            assert document_pdf(s, doc_id) == result.pdf
        assert expected_page - 1 == len(texts)
        # the merged file is stored once, on the first letter of the batch
        stored = s.execute(select(Document.id).where(Document.pdf.is_not(None))).scalars().all()
        assert stored == [result.letters[0][0]]
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


def test_an_empty_selection_is_refused(db, lib):
    with db.session() as s, pytest.raises(ValidationError):
        batch_letters(s, "_t_notice", [], library=lib)
