"""The agenda in triage order, its filters, and the iCalendar export."""

from __future__ import annotations

from datetime import date

import pytest
from icalendar import Calendar
from sqlalchemy import event, select

from debtdesk.deadlines.agenda import agenda, agenda_page
from debtdesk.deadlines.ical import build_ical
from debtdesk.errors import ValidationError
from debtdesk.services import advisors, deadlines, debtors, proceedings


@pytest.fixture
def busy(db, today):
    """Two cases in two cities with one of everything the agenda shows."""
    with db.session() as s:
        aigul = advisors.create_advisor(s, {"name": "Айгүл"})
        a = debtors.create_debtor(
            s,
            {
                "full_name": "Өтепов Ұлан",
                "city": "Алматы",
                "address": "ул. Абая, д. 1",
                "advisor_id": aigul.id,
            },
        )
        b = debtors.create_debtor(s, {"full_name": "Иванова Ольга", "city": "Астана"})
        pa = proceedings.create_proceeding(s, a.id, {"kind": "eviction", "case_no": "2-77/2026"})
        pb = proceedings.create_proceeding(s, b.id, {"kind": "claim"})
        proceedings.add_event(
            s, a.id, {"kind": "eviction", "date": "2026-12-20", "proceeding_id": pa.id}
        )
        proceedings.add_event(s, b.id, {"kind": "auction", "date": "2026-12-05"})
        proceedings.add_event(s, b.id, {"kind": "auction", "date": "2027-02-01"})  # > 30 days
        proceedings.add_event(
            s,
            b.id,
            {"kind": "hearing", "date": "2026-12-02", "time": "10:30", "proceeding_id": pb.id},
        )
        proceedings.add_event(s, b.id, {"kind": "hearing", "date": "2027-01-20"})  # too late
        # Court order received 20 Nov → objection due 4 Dec (in range); 1 Oct → overdue.
        proceedings.add_event(s, a.id, {"kind": "court_order_received", "date": "2026-11-20"})
        proceedings.add_event(s, b.id, {"kind": "court_order_received", "date": "2026-10-01"})
        deadlines.add_manual_deadline(s, b.id, {"title": "Отзыв на иск", "due_date": "2026-12-01"})
        return {"a": a.id, "b": b.id}


def test_agenda_is_in_triage_order(db, busy):
    with db.session() as s:
        items = agenda(s, days=14, lang="ru")
    assert [(i.section, i.date, i.full_name) for i in items] == [
        ("threat", date(2026, 12, 5), "Иванова Ольга"),
        ("threat", date(2026, 12, 20), "Өтепов Ұлан"),
        ("overdue", date(2026, 10, 15), "Иванова Ольга"),
        ("due", date(2026, 12, 1), "Иванова Ольга"),
        ("due", date(2026, 12, 4), "Өтепов Ұлан"),
        ("hearing", date(2026, 12, 2), "Иванова Ольга"),
    ]
    threat = items[1]
    assert (threat.days_left, threat.address, threat.case_no) == (20, "ул. Абая, д. 1", "2-77/2026")
    assert items[2].urgency == "overdue"
    assert items[3].urgency == "soon"  # tomorrow is within 3 working days
    assert items[3].title == "Отзыв на иск"
    assert items[4].title == "Возражение на судебный приказ"


def test_agenda_filters_by_city_and_advisor(db, busy):
    with db.session() as s:
        by_city = {i.full_name for i in agenda(s, city="Астана")}
        by_advisor = {i.full_name for i in agenda(s, advisor="Айгүл")}
    assert by_city == {"Иванова Ольга"}
    assert by_advisor == {"Өтепов Ұлан"}


def test_ical_parses_back_with_stable_uids_and_alarms(db, busy):
    with db.session() as s:
        first = build_ical(s, days=30, lang="ru")
        second = build_ical(s, days=30, lang="ru")
    cal = Calendar.from_ical(first)
    events = cal.walk("VEVENT")
    summaries = sorted(str(e["summary"]) for e in events)
    assert len(events) == 5  # 2 threats, 2 deadlines in range, 1 hearing
    assert any(s.startswith("Выселение: Өтепов Ұлан") for s in summaries)
    uids = [str(e["uid"]) for e in events]
    assert len(set(uids)) == len(uids)
    assert uids == [str(e["uid"]) for e in Calendar.from_ical(second).walk("VEVENT")]
    hearing = next(e for e in events if str(e["summary"]).startswith("Судебное заседание"))
    start = hearing.decoded("dtstart")
    assert (start.hour, start.minute, str(start.tzinfo)) == (10, 30, "Asia/Almaty")
    assert all(e.walk("VALARM") for e in events)
    objection = next(e for e in events if "судебный приказ" in str(e["summary"]))
    assert "4 декабря 2026" in str(objection["description"])


def test_ical_sequence_grows_when_the_event_moves(db, busy):
    with db.session() as s:
        before = {
            str(e["uid"]): int(e["sequence"])
            for e in Calendar.from_ical(build_ical(s)).walk("VEVENT")
        }
        hearing = next(i for i in agenda(s) if i.section == "hearing")
        proceedings.update_event(s, hearing.event_id, {"date": "2026-12-03"})
    with db.session() as s:
        after = {
            str(e["uid"]): int(e["sequence"])
            for e in Calendar.from_ical(build_ical(s)).walk("VEVENT")
        }
    uid = f"{hearing.uuid}@debtdesk"
    assert after[uid] == before[uid] + 1


def test_late_reply_is_its_own_section_and_follows_the_calendar(db, today):
    from debtdesk.clock import set_today
    from debtdesk.documents.register import create_letter, mark_received
    from debtdesk.model import Deadline
    from debtdesk.services import institutions, loans

    with db.session() as s:
        bank = institutions.create_creditor(s, {"name": "Демо Банк", "kind": "bank"})
        debtor = debtors.create_debtor(
            s,
            {
                "full_name": "Жұмабаев Ерлан",
                "iin": "850315300019",
                "address": "ул. Абая, 1",
                "city": "Алматы",
            },
        )
        loans.create_loan(
            s,
            debtor.id,
            {
                "creditor_id": bank.id,
                "contract_no": "ИП-1",
                "principal": "100000",
                "currency": "USD",
            },
        )
        set_today(date(2026, 10, 30))  # printed a month ago
        letter = create_letter(
            s, "restructuring_request", debtor.id, lang="ru", fields={"reasons": "Потеря работы"}
        )
        set_today(today)
        # Received by the bank on 2 November: 15 calendar days → 17 November, past today.
        mark_received(s, letter.document_id, date(2026, 11, 2))
        document_id = letter.document_id
    with db.session() as s:
        items = agenda(s, days=14, lang="ru")
    assert [(i.section, i.date, i.document_id) for i in items] == [
        ("awaiting_reply", date(2026, 11, 17), document_id)
    ]
    assert items[0].days_left == -13
    with db.session() as s:
        deadlines.set_calendar_day(s, {"date": "2026-11-17", "kind": "day_off", "reason": "Decree"})
    with db.session() as s:
        due = s.scalar(select(Deadline.due_date).where(Deadline.document_id == document_id))
    assert due == date(2026, 11, 18)


@pytest.fixture
def crowded(db, today):
    """Twelve hearings and twelve objection deadlines in the fortnight, in two cities."""
    with db.session() as s:
        aigul = advisors.create_advisor(s, {"name": "Айгүл"})
        for n in range(12):
            debtor = debtors.create_debtor(
                s,
                {
                    "full_name": f"Сейітов {n:02d}",
                    "city": "Алматы" if n % 3 else "Астана",
                    "advisor_id": aigul.id if n % 2 else None,
                },
            )
            day = date(2026, 12, 1 + n % 6)  # two a day: ties broken by name, then id
            proceedings.add_event(s, debtor.id, {"kind": "hearing", "date": day.isoformat()})
            proceedings.add_event(
                s, debtor.id, {"kind": "court_order_received", "date": "2026-11-20"}
            )


def test_agenda_page_limits_each_section_and_counts_them_all(db, crowded):
    with db.session() as s:
        every = agenda(s, days=14)
        page = agenda_page(s, days=14, limit=5)
    assert page.totals == {"threat": 0, "overdue": 0, "due": 12, "hearing": 12, "awaiting_reply": 0}
    hearing = page.section("hearing")
    assert (len(hearing.items), hearing.total, hearing.remaining) == (5, 12, 7)
    assert (
        page.items
        == [i for i in every if i.section == "due"][:5]
        + [i for i in every if i.section == "hearing"][:5]
    )


def test_agenda_pages_follow_on_without_overlap(db, crowded):
    with db.session() as s:
        every = [i for i in agenda(s, days=14) if i.section == "hearing"]
        pages = [
            agenda_page(s, days=14, limit=5, offset=offset, sections=["hearing"])
            for offset in (0, 5, 10, 15)
        ]
    assert [len(p.items) for p in pages] == [5, 5, 2, 0]
    assert [p.section("hearing").total for p in pages] == [12, 12, 12, 12]
    assert [i for p in pages for i in p.items] == every
    assert [(i.date, i.full_name) for i in every] == sorted((i.date, i.full_name) for i in every)


def test_agenda_totals_follow_the_filters(db, crowded):
    with db.session() as s:
        by_city = agenda_page(s, days=14, city="Астана", limit=2)
        by_advisor = agenda_page(s, days=14, advisor="Айгүл", limit=2)
        both = agenda_page(s, days=14, advisor="Айгүл", city="Алматы", limit=1)
    assert by_city.section("hearing").total == 4 and by_city.section("due").total == 4
    assert by_advisor.section("hearing").total == 6
    assert both.section("due").total == 4  # odd n not divisible by 3: 1, 5, 7, 11
    assert all(i.city == "Алматы" and i.advisor == "Айгүл" for i in both.items)


def test_agenda_refuses_unknown_sections_and_negative_pages(db):
    with db.session() as s:
        for kwargs, field in (
            ({"sections": ["gossip"]}, "section"),
            ({"limit": -1}, "limit"),
            ({"offset": -5}, "offset"),
        ):
            with pytest.raises(ValidationError) as err:
                agenda_page(s, **kwargs)
            assert err.value.field == field


def test_agenda_sections_are_read_through_their_indexes(sqlite_db, today):
    # The fortnight's deadlines and hearings on a large desk are found through
    # the (status, due date) and (kind, date) indexes, never by scanning.
    plans: list[str] = []

    def capture(conn, cursor, statement, parameters, context, executemany) -> None:
        if statement.lstrip().upper().startswith("SELECT") and "LIMIT" in statement:
            rows = cursor.connection.execute("EXPLAIN QUERY PLAN " + statement, parameters)
            plans.append(" | ".join(str(row[-1]) for row in rows))

    event.listen(sqlite_db.engine, "before_cursor_execute", capture)
    try:
        with sqlite_db.session() as s:
            agenda_page(s, days=14, limit=5)
    finally:
        event.remove(sqlite_db.engine, "before_cursor_execute", capture)
    assert len(plans) == 4, plans  # threat, overdue, due, hearing
    assert all("SCAN deadline" not in p and "SCAN event" not in p for p in plans), plans
    assert sum("ix_deadline_status_due" in p for p in plans) == 2, plans
    assert sum("ix_event_kind_date" in p for p in plans) == 2, plans
