"""The register: numbers, stored files, concurrent printers, reply deadlines and reminders."""

from __future__ import annotations

import hashlib
import threading
from datetime import date

import pytest
from sqlalchemy import func, select

from debtdesk import clock
from debtdesk.db import open_database
from debtdesk.documents.context import letter_context
from debtdesk.documents.errors import TemplateError
from debtdesk.documents.register import (
    MissingData,
    awaiting_reply,
    create_letter,
    document_pdf,
    list_documents,
    mark_received,
    mark_reply_received,
    mark_sent,
    recompute_reply_deadlines,
)
from debtdesk.errors import NotFoundError, ValidationError
from debtdesk.model import AuditEntry, Deadline, Document, Setting
from debtdesk.services.settings import set_setting
from tests.core.documents.test_context import make_case, simple_library


@pytest.fixture
def case(db, today):
    return make_case(db)


@pytest.fixture
def lib(tmp_path):
    return simple_library(tmp_path / "templates")


def _new_letter(db, case, lib, key="_t_letter", **kwargs):
    with db.session() as s:
        return create_letter(s, key, case.id, library=lib, **kwargs)


def test_a_letter_is_registered_with_number_hash_and_file(db, case, lib, today, pdf_text):
    letter = _new_letter(db, case, lib)
    assert letter.outgoing_no == "DD-2026-0001" and letter.pages == 1
    assert letter.reply_deadline_id is None
    assert letter.pdf.startswith(b"%PDF")
    text = pdf_text(letter.pdf)
    assert "DD-2026-0001" in text and "Иванова Мария Петровна" in text and "Тест Банк" in text
    with db.session() as s:
        doc = s.get(Document, letter.document_id)
        assert doc.file_hash == hashlib.sha256(letter.pdf).hexdigest()
        assert (doc.year, doc.seq, doc.outgoing_no) == (2026, 1, "DD-2026-0001")
        assert doc.template == "_t_letter" and doc.language == "ru"
        assert doc.recipient == "АО «Тест Банк»" and doc.recipient_kind == "creditor"
        assert doc.debtor_id == case.id and doc.proceeding_id == case.appeal
        assert doc.created_on == today and doc.sent_on is None
        assert doc.first_page is None and doc.last_page is None  # not part of a batch
        assert document_pdf(s, doc.id) == letter.pdf
        line = s.scalar(
            select(AuditEntry).where(
                AuditEntry.entity == "document", AuditEntry.entity_id == doc.id
            )
        )
        assert line.action == "create" and line.debtor_id == case.id
        assert line.advisor_name == "Test Advisor" and "outgoing_no" in line.changed


def test_numbers_run_per_year_in_the_configured_format(db, case, lib):
    numbers = [_new_letter(db, case, lib).outgoing_no for _ in range(3)]
    assert numbers == ["DD-2026-0001", "DD-2026-0002", "DD-2026-0003"]
    with db.session() as s:
        set_setting(s, "letters.number_format", "{seq}/{year}")
    assert _new_letter(db, case, lib).outgoing_no == "4/2026"
    clock.set_today(date(2027, 1, 4))
    with db.session() as s:
        set_setting(s, "letters.number_format", "Исх-{year}-{seq:03d}", year=2027)
    assert _new_letter(db, case, lib).outgoing_no == "Исх-2027-001"
    assert _new_letter(db, case, lib).outgoing_no == "Исх-2027-002"
    with db.session() as s:
        rows = s.execute(select(Document.year, Document.seq).order_by(Document.id)).all()
        counters = dict(
            s.execute(select(Setting.year, Setting.value).where(Setting.key == "letters.seq")).all()
        )
    assert [tuple(r) for r in rows] == [
        (2026, 1),
        (2026, 2),
        (2026, 3),
        (2026, 4),
        (2027, 1),
        (2027, 2),
    ]
    assert counters == {2026: "4", 2027: "2"}


@pytest.mark.parametrize(
    "fmt", ["DD-{seq}", "DD-{year}", "{year}-{seq}-{who}", "{year}-{seq:q}", "{year}{seq:0100d}"]
)
def test_a_bad_number_format_is_refused(db, case, lib, fmt):
    with db.session() as s:
        set_setting(s, "letters.number_format", fmt)
    with pytest.raises(ValidationError) as err:
        _new_letter(db, case, lib)
    assert err.value.field == "letters.number_format"
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(Document)) == 0


def test_the_counter_starts_after_letters_already_registered(db, case, lib, today):
    with db.session() as s:  # e.g. letters imported from a bundle
        for seq, number in ((41, "DD-2026-0041"), (3, "DD-2026-0043")):
            s.add(
                Document(
                    debtor_id=case.id, template="x", language="ru", outgoing_no=number,
                    year=2026, seq=seq, created_on=today,
                )
            )  # fmt: skip
    # 42 is free; 43 is taken by a letter numbered by hand, so it is skipped
    assert _new_letter(db, case, lib).outgoing_no == "DD-2026-0042"
    assert _new_letter(db, case, lib).outgoing_no == "DD-2026-0044"


def test_missing_data_is_refused_before_a_number_is_taken(db, case, tmp_path):
    lib = simple_library(tmp_path / "t", fields='["debtor.full_name", "fields.reasons"]')
    for fields in (None, {"reasons": ""}, {"reasons": "   "}):
        with db.session() as s, pytest.raises(MissingData) as err:
            create_letter(s, "_t_letter", case.id, library=lib, fields=fields)
        assert err.value.missing == ["fields.reasons"]
        assert "fields.reasons" in str(err.value) and "\n" not in str(err.value)
    letter = _new_letter(db, case, lib, fields={"reasons": "Потеря работы"})
    assert letter.outgoing_no == "DD-2026-0001"


def test_a_failed_action_registers_nothing_and_returns_the_number(db, case, lib):
    with pytest.raises(RuntimeError), db.session() as s:
        create_letter(s, "_t_letter", case.id, library=lib)
        raise RuntimeError("the advisor's next step failed")
    assert _new_letter(db, case, lib).outgoing_no == "DD-2026-0001"
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(Document)) == 1


def test_two_printers_at_once_get_consecutive_numbers(db, case, lib, today):
    """Two real transactions on two connections: the second waits for the first's lock."""
    a_inside, a_may_commit, b_done = threading.Event(), threading.Event(), threading.Event()
    results: dict[str, str] = {}
    errors: list[BaseException] = []

    def printer(name: str) -> None:
        try:
            other = open_database(db.url, advisor=name)
            try:
                if name == "B":
                    a_inside.wait(30)
                with other.session() as s:
                    results[name] = create_letter(s, "_t_letter", case.id, library=lib).outgoing_no
                    if name == "A":
                        a_inside.set()
                        a_may_commit.wait(30)
                if name == "B":
                    b_done.set()
            finally:
                other.dispose()
        except BaseException as exc:  # reported by the test thread
            errors.append(exc)
            a_inside.set()

    threads = [threading.Thread(target=printer, args=(n,)) for n in "AB"]
    for t in threads:
        t.start()
    assert a_inside.wait(60)
    # A holds the year's counter (PostgreSQL: its row lock; SQLite: the write lock)
    assert not b_done.wait(1.5), "B must wait for A's transaction"
    a_may_commit.set()
    for t in threads:
        t.join(60)
    assert not errors, errors
    assert results == {"A": "DD-2026-0001", "B": "DD-2026-0002"}


def test_many_printers_at_once_never_share_a_number(db, case, lib, today):
    barrier = threading.Barrier(4)
    numbers: list[str] = []
    errors: list[BaseException] = []

    def printer(n: int) -> None:
        other = open_database(db.url, advisor=f"Printer {n}")
        try:
            barrier.wait(30)
            for _ in range(4):
                with other.session() as s:
                    numbers.append(create_letter(s, "_t_letter", case.id, library=lib).outgoing_no)
        except BaseException as exc:
            errors.append(exc)
        finally:
            other.dispose()

    threads = [threading.Thread(target=printer, args=(n,)) for n in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    assert not errors, errors
    assert sorted(numbers) == [f"DD-2026-{n:04d}" for n in range(1, 17)]
    with db.session() as s:
        assert s.scalar(select(func.count(func.distinct(Document.outgoing_no)))) == 16


# --- replies --------------------------------------------------------------------------------


def reply_library(tmp_path, extra='reply_rule = "bank_reply"'):
    return simple_library(tmp_path / "r", key="_t_reply", extra=extra)


def test_reply_deadline_is_provisional_from_the_sent_date_then_from_the_received_date(
    db, case, tmp_path
):
    lib = reply_library(tmp_path)
    clock.set_today(date(2026, 11, 2))
    letter = _new_letter(db, case, lib, key="_t_reply", sent_on=date(2026, 11, 2))
    assert letter.reply_deadline_id is not None
    with db.session() as s:
        deadline = s.get(Deadline, letter.reply_deadline_id)
        # bank_reply: 15 calendar days from 2 November
        assert deadline.rule == "bank_reply" and deadline.due_date == date(2026, 11, 17)
        assert deadline.document_id == letter.document_id and not deadline.manual
        assert deadline.notes.startswith("Предварительный срок")
        assert deadline.debtor_id == case.id and deadline.status == "open"
        (row,) = list_documents(s, case_id=case.id)
        assert row.reply_due == date(2026, 11, 17) and row.provisional and not row.follow_up
        reply = next(d for d in letter_context(s, "_t_reply", case.id, library=lib)["deadlines"]
                     if d["rule"] == "bank_reply")  # fmt: skip
        assert reply["due"] == date(2026, 11, 17)
        assert reply["explanation"].startswith("Ответ банка на заявление о реструктуризации")
        assert "Предварительный срок" in reply["explanation"]

    clock.set_today(date(2026, 11, 30))
    with db.session() as s:
        again = mark_received(s, letter.document_id, date(2026, 11, 5), library=lib)
    assert again.id == letter.reply_deadline_id
    with db.session() as s:
        deadline = s.get(Deadline, letter.reply_deadline_id)
        assert deadline.due_date == date(2026, 11, 20)
        assert deadline.previous_due_date == date(2026, 11, 17) and deadline.notes is None
        assert deadline.explanation["steps"][1] == {
            "step": "trigger", "date": "2026-11-05", "event_kind": "letter_received"
        }  # fmt: skip
        doc = s.get(Document, letter.document_id)
        assert (doc.sent_on, doc.received_on) == (date(2026, 11, 2), date(2026, 11, 5))
        (row,) = list_documents(s, awaiting_reply=True)
        assert not row.provisional
        (late,) = awaiting_reply(s, date(2026, 11, 30), lang="ru", library=lib)
        assert late.document_id == letter.document_id and late.days_overdue == 10
        assert late.title == "Тестовое письмо" and late.full_name == "Иванова Мария Петровна"
        assert late.due == date(2026, 11, 20) and not late.provisional and not late.follow_up
        assert awaiting_reply(s, date(2026, 11, 20)) == []  # due that day: not past it yet
        assert awaiting_reply(s, date(2026, 11, 30), advisor="Someone else") == []
        assert awaiting_reply(s, date(2026, 11, 30), city="Астана") == []
        assert (
            len(awaiting_reply(s, date(2026, 11, 30), advisor="Айгуль Серикова", city="Алматы"))
            == 1
        )

    with db.session() as s:
        mark_reply_received(s, letter.document_id, date(2026, 11, 28))
    with db.session() as s:
        deadline = s.get(Deadline, letter.reply_deadline_id)
        assert deadline.status == "done" and deadline.done_at is not None
        assert s.get(Document, letter.document_id).reply_on == date(2026, 11, 28)
        assert awaiting_reply(s, date(2026, 11, 30)) == []
        assert list_documents(s, awaiting_reply=True) == []


def test_a_letter_handed_in_is_sent_and_received_the_same_day(db, case, tmp_path, today):
    lib = reply_library(tmp_path)
    letter = _new_letter(db, case, lib, key="_t_reply")
    with db.session() as s:
        assert list_documents(s, awaiting_reply=True) == []  # not sent: nothing to wait for
        deadline = mark_received(s, letter.document_id, today, library=lib)
        doc = s.get(Document, letter.document_id)
        assert doc.sent_on == doc.received_on == today
        assert deadline.due_date == date(2026, 12, 15) and deadline.notes is None


def test_follow_up_reminder_where_no_reply_period_is_verified(db, case, tmp_path):
    lib = reply_library(tmp_path, extra="follow_up_days = 30")
    clock.set_today(date(2026, 11, 2))
    letter = _new_letter(db, case, lib, key="_t_reply")
    with db.session() as s:
        deadline = mark_sent(s, letter.document_id, date(2026, 11, 2), library=lib)
        assert deadline.manual and deadline.rule is None and deadline.explanation is None
        assert deadline.due_date == date(2026, 12, 2)
        assert (
            deadline.title
            == f"Напоминание: пришёл ли ответ на письмо {letter.outgoing_no}? (Тестовое письмо)"
        )
        assert "не процессуальный срок" in deadline.notes
    clock.set_today(date(2026, 11, 30))
    with db.session() as s:
        mark_received(s, letter.document_id, date(2026, 11, 6), library=lib)
        (row,) = list_documents(s, awaiting_reply=True)
        assert row.reply_due == date(2026, 12, 6) and row.follow_up and not row.provisional
        ctx = letter_context(s, "_t_reply", case.id, library=lib)
        reminder = next(d for d in ctx["deadlines"] if d["rule"] is None)
        assert reminder["title"].startswith("Напоминание") and reminder["confidence"] is None
    clock.set_today(date(2026, 12, 10))
    with db.session() as s:
        (late,) = awaiting_reply(s, lang="en", library=lib)
        assert late.follow_up and late.days_overdue == 4 and late.title == "Test letter"


def test_a_letter_in_kazakh_gets_its_reminder_in_kazakh(db, tmp_path, today):
    case = make_case(db, lang="kk")
    lib = reply_library(tmp_path, extra="follow_up_days = 10")
    letter = _new_letter(db, case, lib, key="_t_reply", sent_on=today)
    with db.session() as s:
        deadline = s.get(Deadline, letter.reply_deadline_id)
        assert deadline.title.startswith("Еске салу") and "Сынақ хат" in deadline.title


def test_an_unknown_reply_rule_is_refused_before_printing(db, case, tmp_path):
    lib = reply_library(tmp_path, extra='reply_rule = "no_such_rule"')
    with db.session() as s, pytest.raises(TemplateError) as err:
        create_letter(s, "_t_reply", case.id, library=lib)
    assert "_t_reply/meta.toml" in str(err.value) and "no_such_rule" in str(err.value)
    lib = reply_library(tmp_path, extra="follow_up_days = 0")
    with db.session() as s, pytest.raises(TemplateError):
        create_letter(s, "_t_reply", case.id, library=lib)


def test_dates_of_sending_and_replies_are_checked(db, case, tmp_path, today):
    lib = reply_library(tmp_path)
    letter = _new_letter(db, case, lib, key="_t_reply")
    with db.session() as s:
        for call, field in (
            (lambda: mark_sent(s, letter.document_id, date(2026, 12, 1)), "sent_on"),
            (lambda: mark_sent(s, letter.document_id, date(2026, 11, 29)), "sent_on"),
            (lambda: mark_received(s, letter.document_id, date(2027, 1, 1)), "received_on"),
            (lambda: mark_reply_received(s, letter.document_id, date(2026, 11, 1)), "reply_on"),
        ):
            with pytest.raises(ValidationError) as err:
                call()
            assert err.value.field == field
        with pytest.raises(NotFoundError):
            mark_sent(s, 999_999)
        with pytest.raises(NotFoundError):
            document_pdf(s, 999_999)


def test_a_calendar_change_moves_reply_deadlines(db, case, tmp_path):
    from debtdesk.services.deadlines import set_calendar_day

    lib = reply_library(tmp_path)
    clock.set_today(date(2026, 11, 2))
    letter = _new_letter(db, case, lib, key="_t_reply", sent_on=date(2026, 11, 2))
    with db.session() as s:
        # the last day, Tuesday 17 November, becomes a day off: the calendar service
        # moves the reply deadline itself, and a second pass finds nothing to move
        set_calendar_day(s, {"date": date(2026, 11, 17), "kind": "day_off", "reason": "decree"})
        assert s.get(Deadline, letter.reply_deadline_id).due_date == date(2026, 11, 18)
        assert recompute_reply_deadlines(s, date(2026, 11, 17)) == 0


def test_list_documents_filters(db, case, lib, tmp_path):
    other = make_case(db, name="Петров Пётр", iin=None)
    reply = reply_library(tmp_path)
    clock.set_today(date(2026, 11, 2))
    _new_letter(db, case, lib)
    clock.set_today(date(2026, 11, 20))
    _new_letter(db, other, lib)
    _new_letter(db, case, reply, key="_t_reply")
    with db.session() as s:
        assert [r.outgoing_no for r in list_documents(s)] == [
            "DD-2026-0001", "DD-2026-0002", "DD-2026-0003"
        ]  # fmt: skip
        assert [r.seq for r in list_documents(s, case_id=case.id)] == [1, 3]
        assert [r.seq for r in list_documents(s, template="_t_reply")] == [3]
        assert [r.seq for r in list_documents(s, since=date(2026, 11, 10))] == [2, 3]
        assert [r.seq for r in list_documents(s, until=date(2026, 11, 10))] == [1]
        assert list_documents(s, case_id=other.id)[0].full_name == "Петров Пётр"
