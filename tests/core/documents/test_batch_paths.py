"""The batch's own cheaper paths read and write exactly what the general ones do.

``load_cases`` reads amounts through ``context._Scaled``, keeps deadline
explanations as text (``DeadlineRow``) and, for a batch, only the events a
letter reads; ``insert_documents`` writes through ``db.bulk.Writers``. Each
shortcut is compared here with the path it replaces.
"""

from __future__ import annotations

import json
import random
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import select

from debtdesk.deadlines.engine import recompute_all
from debtdesk.demo import generate
from debtdesk.documents.context import (
    PREVIEW_NO,
    DeadlineRow,
    Shared,
    _deadline_needs_lawyer,
    _needs_lawyer,
    _Scaled,
    build_context,
    choose,
    load_cases,
)
from debtdesk.documents.register import NewDocument, add_documents, insert_documents
from debtdesk.model import AuditEntry, Deadline, Debtor, Document, Fixed
from tests.core.documents.test_context import simple_library


def same(a: Any, b: Any, path: str = "$") -> None:
    """Equal, and written the same: types, key order, every value's repr (Decimal places)."""
    assert type(a) is type(b), path
    if isinstance(a, dict):
        assert list(a) == list(b), path
        for key in a:
            same(a[key], b[key], f"{path}.{key}")
    elif isinstance(a, list):
        assert len(a) == len(b), path
        for n, (x, y) in enumerate(zip(a, b, strict=True)):
            same(x, y, f"{path}[{n}]")
    else:
        assert repr(a) == repr(b), path


@pytest.mark.parametrize("places", [2, 4])
def test_amounts_are_read_as_the_model_reads_them(places):
    rnd = random.Random(places)
    values = [0, 1, -1, 5, 10, 99, 100, 101, -250, 10**15, -(10**18), 2**63 - 1]
    values += [rnd.randrange(-(10**12), 10**12) for _ in range(2000)]
    model, fast = Fixed(places), _Scaled(places)
    for value in values:
        want = model.process_result_value(value, None)  # type: ignore[arg-type]
        got = fast.process_result_value(value, None)
        assert isinstance(got, Decimal)
        assert repr(got) == repr(want) and got.as_tuple() == want.as_tuple(), value
    assert fast.process_result_value(None, None) is None


EXPLANATIONS = [
    None,
    "null",
    '{"version": 1, "steps": [{"step": "source", "confidence": "H"}]}',
    '{"version": 1, "steps": [{"step": "check_with_lawyer"}]}',
    '{"version": 1, "steps": [{"step": "\\u0063heck_with_lawyer"}]}',  # escaped: still says so
    '{"version": 1, "steps": [{"step": "x", "note": "\\u0441\\u0443\\u0434"}]}',
    '{"version": 1, "steps": [{"step": "x", "note": "check_with_lawyer"}]}',
    '{"version": 1, "steps": ["check_with_lawyer"]}',
]


@pytest.mark.parametrize("text", EXPLANATIONS)
def test_a_deadline_needs_a_lawyer_as_its_decoded_explanation_says(text):
    row = DeadlineRow(explanation_json=text)
    decoded = None if text is None else json.loads(text)
    assert row.explanation == decoded
    assert _deadline_needs_lawyer(DeadlineRow(explanation_json=text)) is _needs_lawyer(decoded)


def test_a_batch_reads_only_the_events_its_letters_read_and_the_same_contexts(db, today):
    generate(db, 40, seed=3, on=today)
    with db.session() as s:
        recompute_all(s)  # deadlines with explanations
    with db.session() as s:
        ids = list(s.scalars(select(Debtor.id).order_by(Debtor.id)))
        shared = Shared.load(s)
        every = load_cases(s, ids)
        letters = load_cases(s, ids, letter_events_on=shared.on)
    assert sum(len(c.debtor.events) for c in letters.values()) < sum(
        len(c.debtor.events) for c in every.values()
    )
    with db.session() as s:  # explanations read as text decode to what the ORM reads
        stored = {d.id: d.explanation for d in s.scalars(select(Deadline))}
    rows = [d for case in letters.values() for d in case.deadlines]
    assert any(d.explanation for d in rows)
    for row in rows:
        same(row.explanation, stored[row.id])
    compared = 0
    for case_id in ids:
        for kind in ("bank", "court", "bailiff", "debtor", "advisor", "regulator"):
            for lang, explain in (("ru", True), ("kk", False), ("en", True)):
                contexts = [
                    build_context(
                        case,
                        choose(case, on=shared.on),
                        recipient_kind=kind,
                        lang=lang,
                        fields={"a": "1"},
                        outgoing_no=PREVIEW_NO,
                        shared=shared,
                        explain_deadlines=explain,
                    )
                    for case in (every[case_id], letters[case_id])
                ]
                same(*contexts)
                compared += bool(contexts[0]["hearing"] or contexts[0]["decision"])
    assert compared  # some cases have the events the filter keeps


def _stored(s: Any, model: Any, ids: list[int], skip: set[str]) -> list[dict[str, Any]]:
    table = model.__table__
    query = select(table).where(table.c.id.in_(ids)).order_by(table.c.id)
    if model is AuditEntry:
        query = (
            select(table)
            .where(table.c.entity == "document", table.c.entity_id.in_(ids))
            .order_by(table.c.entity_id)
        )
    rows = s.execute(query).mappings()
    return [{k: v for k, v in row.items() if k not in skip} for row in rows]


LETTERS = ((1, "ru"), (2, "kk"), (3, "en"), (4, "ru"))  # (debtor id, language)


def test_insert_documents_stores_what_the_orm_stores(db, tmp_path, today):
    generate(db, 4, seed=5, on=today)
    info = simple_library(tmp_path / "t", recipient="regulator").info("_t_letter")

    def letters(first: int) -> list[NewDocument]:
        return [
            NewDocument(
                info=info,
                data={"lang": lang, "fields": {"addressee": "Someone\nStreet 1"}},
                debtor_id=debtor_id,
                proceeding_id=None,
                year=2026,
                seq=first + n,
                number=f"T-{first + n}",
                file_hash="ab" * 32,
                pdf=b"%PDF" if n % 2 else None,
                pages=(n + 1, n + 2) if n % 3 else None,
                on=today,
                batch_id=None,
            )
            for n, (debtor_id, lang) in enumerate(LETTERS)
        ]

    with db.session() as s:
        orm_ids = [doc.id for doc in add_documents(s, letters(1))]
        bulk_ids = insert_documents(s, letters(101))
    skip = {"id", "uuid", "created_at", "updated_at", "outgoing_no", "seq"}
    audit_skip = {"id", "at", "entity_id", "entity_uuid"}
    with db.session() as s:
        assert _stored(s, Document, bulk_ids, skip) == _stored(s, Document, orm_ids, skip)
        assert _stored(s, AuditEntry, bulk_ids, audit_skip) == _stored(
            s, AuditEntry, orm_ids, audit_skip
        )
        numbers = s.scalars(select(Document.outgoing_no).where(Document.id.in_(bulk_ids)))
        assert sorted(numbers) == [f"T-{n}" for n in range(101, 105)]
