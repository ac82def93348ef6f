"""The letter register a page at a time (the Letters page): filters, newest first, no doubles."""

from __future__ import annotations

from datetime import date, timedelta

from debtdesk.documents.batch import batch_letters
from debtdesk.documents.listing import LetterFilters, count_letters, search_letters, used_templates
from debtdesk.documents.register import mark_sent
from debtdesk.model import Deadline, Document
from debtdesk.vocab import DeadlineStatus
from tests.core.documents.test_context import make_case, simple_library

NAMES = ["Иванова Мария Петровна", "Ёлкина Ольга", "Ахметов Данияр", "Иванов Сергей"]


def test_pages_filters_and_order(db, today, tmp_path) -> None:
    ids = [make_case(db, name=n, iin=None, advisor=None).id for n in NAMES]
    lib = simple_library(tmp_path / "t", key="_t_reply", extra='reply_rule = "bank_reply"')
    simple_library(tmp_path / "t", key="_t_plain")
    with db.session() as s:
        first = batch_letters(s, "_t_reply", ids * 3, library=lib)  # 4 letters (ids deduplicated)
        second = batch_letters(s, "_t_plain", ids[:2], library=lib)
    with db.session() as s:
        for doc_id, *_rest in first.letters[:3]:
            mark_sent(s, doc_id, today, library=lib)
        # a second open reply deadline must not list its letter twice
        doc_id = first.letters[0][0]
        doc = s.get(Document, doc_id)
        s.add(
            Deadline(
                debtor_id=doc.debtor_id,
                document_id=doc_id,
                due_date=today + timedelta(days=40),
                status=DeadlineStatus.OPEN,
                manual=True,
                title="again",
                jurisdiction="KZ",
            )
        )
    with db.session() as s:
        everything = search_letters(s, LetterFilters(), limit=100)
        numbers = [r.outgoing_no for r in everything]
        assert len(numbers) == len(set(numbers)) == 6 == count_letters(s)
        assert numbers == sorted(numbers, reverse=True)  # newest first
        pages = [
            r.outgoing_no for o in range(0, 6, 4) for r in search_letters(s, limit=4, offset=o)
        ]
        assert pages == numbers
        awaiting = search_letters(s, LetterFilters(awaiting_reply=True))
        assert sorted(r.id for r in awaiting) == sorted(d for d, *_r in first.letters[:3])
        assert all(r.reply_due is not None and r.provisional for r in awaiting)
        assert count_letters(s, LetterFilters(awaiting_reply=True)) == 3
        ivan = search_letters(s, LetterFilters(name="иванов"))
        assert {r.full_name for r in ivan} == {NAMES[0], NAMES[3]}
        assert {r.full_name for r in search_letters(s, LetterFilters(name="елкина"))} == {NAMES[1]}
        plain = search_letters(s, LetterFilters(template="_t_plain"))
        assert sorted(r.id for r in plain) == sorted(d for d, *_r in second.letters)
        assert search_letters(s, LetterFilters(since=today + timedelta(days=1))) == []
        assert len(search_letters(s, LetterFilters(until=today, case_id=ids[0]))) == 2
        assert count_letters(s, LetterFilters(), cap=2) == 3  # stops past the cap
        assert used_templates(s) == ["_t_plain", "_t_reply"]
        assert search_letters(s, LetterFilters(since=date(2000, 1, 1)))[0].outgoing_no == numbers[0]
