"""A small desk crafted so each Today section, filter and calendar day has a known answer.

Today is 2026-11-30 (a Monday). Two advisors: the database's own ("Test
Advisor") and "Other Advisor".

==================  =========  ==========================================================
case                city       what
==================  =========  ==========================================================
Құрманғазы Әлібек   Алматы     eviction on 12-05 (5 days), Test Advisor
Иванова Мария       Караганда  hearing 12-02 10:00 (who goes: Айгүл, Марат), auction 2027-01-20
                               (beyond 30 days), Other Advisor
Сәрсенбаева Гүлнар  Шымкент    manual deadlines: overdue 11-27, due 12-04; no advisor
Ёлкина Ольга        Алматы     hearing 12-10 (not this week); a letter whose reply was due
                               11-20, Test Advisor
==================  =========  ==========================================================
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, time, timedelta

import pytest

from debtdesk import clock
from debtdesk.db import Database
from debtdesk.model import Deadline, Document
from debtdesk.services.advisors import create_advisor
from debtdesk.services.audit import current_advisor
from debtdesk.services.deadlines import add_manual_deadline
from debtdesk.services.debtors import create_debtor
from debtdesk.services.proceedings import add_event, create_proceeding
from debtdesk.vocab import DeadlineStatus

TODAY = date(2026, 11, 30)
OTHER = "Other Advisor"


@dataclass(frozen=True)
class Desk:
    db: Database
    ids: dict[str, int]  # case ids by short name: kurmangazy, ivanova, sarsenbayeva, yolkina
    overdue_id: int  # deadline ids
    due_id: int
    reply_id: int
    hearing_event: int
    eviction_event: int


def build_desk(db: Database) -> Desk:
    with db.session() as s:
        me = current_advisor(s)
        assert me is not None
        other = create_advisor(s, {"name": OTHER})
        ids = {}
        for key, name, city, advisor in (
            ("kurmangazy", "Құрманғазы Әлібек", "Алматы", me.id),
            ("ivanova", "Иванова Мария Петровна", "Караганда", other.id),
            ("sarsenbayeva", "Сәрсенбаева Гүлнар", "Шымкент", None),
            ("yolkina", "Ёлкина Ольга", "Алматы", me.id),
        ):
            debtor = create_debtor(
                s,
                {
                    "full_name": name,
                    "city": city,
                    "address": f"ул. Абая, д. {len(ids) + 1}",
                    "advisor_id": advisor,
                },
            )
            ids[key] = debtor.id
        eviction = add_event(
            s, ids["kurmangazy"], {"kind": "eviction", "date": TODAY + timedelta(days=5)}
        )
        claim = create_proceeding(s, ids["ivanova"], {"kind": "claim", "case_no": "7594-26-1"})
        hearing = add_event(
            s,
            ids["ivanova"],
            {
                "kind": "hearing",
                "date": TODAY + timedelta(days=2),
                "time": time(10, 0),
                "place": "Суд №2 г. Караганды",
                "attendees": "Айгүл, Марат",
                "proceeding_id": claim.id,
            },
        )
        add_event(s, ids["ivanova"], {"kind": "auction", "date": date(2027, 1, 20)})
        overdue = add_manual_deadline(
            s,
            ids["sarsenbayeva"],
            {"title": "Submit the objection", "due_date": TODAY - timedelta(days=3)},
        )
        due = add_manual_deadline(
            s, ids["sarsenbayeva"], {"title": "File the appeal", "due_date": TODAY + timedelta(4)}
        )
        add_event(s, ids["yolkina"], {"kind": "hearing", "date": TODAY + timedelta(days=10)})
        letter = Document(
            debtor_id=ids["yolkina"],
            template="restructuring_request",
            language="ru",
            recipient="АО «Банк»",
            outgoing_no="2026/0007",
            year=2026,
            seq=7,
            created_on=TODAY - timedelta(days=30),
            sent_on=TODAY - timedelta(days=25),
        )
        s.add(letter)
        s.flush()
        reply = Deadline(
            debtor_id=ids["yolkina"],
            document_id=letter.id,
            manual=True,
            title="Bank's reply",
            due_date=TODAY - timedelta(days=10),
            status=DeadlineStatus.OPEN,
        )
        s.add(reply)
        s.flush()
        return Desk(db, ids, overdue.id, due.id, reply.id, hearing.id, eviction.id)


@pytest.fixture
def desk(db: Database) -> Iterator[Desk]:
    """The desk above on each backend, with today fixed."""
    clock.set_today(TODAY)
    try:
        yield build_desk(db)
    finally:
        clock.set_today(None)
