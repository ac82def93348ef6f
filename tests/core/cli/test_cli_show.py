"""``debtdesk show``: the whole case, JSON with ids for programs, sections for people."""

from __future__ import annotations

from datetime import date

from debtdesk.db import Database
from debtdesk.model import Deadline


def test_json_holds_the_whole_case_with_ids(run, people, db: Database) -> None:
    with db.session() as s:  # the deadline table is read as it is, whoever fills it
        s.add(
            Deadline(debtor_id=people.kurmangazy, title="Отзыв на иск", due_date=date(2026, 12, 10))
        )
    result = run("show", str(people.kurmangazy), "--format", "json")
    assert result.code == 0, result.err
    case = result.json()
    debtor = case["debtor"]
    assert debtor["id"] == people.kurmangazy and debtor["full_name"].startswith("Құрманғазы")
    assert debtor["advisor"] == "Айгерім Сапарова"
    assert debtor["household_size"] == 5 and "search_text" not in debtor
    (loan,) = case["loans"]
    assert loan["creditor"] == "Халық Банк" and loan["principal"] == "15000000.00"
    assert loan["payments"][0]["amount"] == "120000.50"
    assert loan["statements"][0]["total"] == "9000000.00"
    claim, appeal = case["proceedings"]
    assert claim["court"] == "Алмалинский районный суд" and appeal["parent_id"] == claim["id"]
    events = claim["events"] + appeal["events"]
    assert len(events) == 2 and all(isinstance(e["id"], int) for e in events)
    assert claim["events"][0]["time"] == "10:30" and claim["events"][0]["date"] == "2026-12-03"
    assert any(d["title"] == "Отзыв на иск" for d in case["deadlines"])
    assert case["notes"][0]["text"] == "Принесла договор займа"
    assert case["documents"] == [] and case["events"] == []


def test_a_case_is_also_found_by_its_uuid(run, people) -> None:
    uuid = run("show", str(people.ivanova), "--format", "json").json()["debtor"]["uuid"]
    again = run("show", uuid.upper(), "--format", "json")
    assert again.code == 0 and again.json()["debtor"]["full_name"] == "Иванова Ольга"


def test_text_is_a_sectioned_summary(run, people) -> None:
    result = run("show", str(people.kurmangazy))
    assert result.code == 0
    text = result.out
    for heading in ("Loans", "Court and enforcement", "Deadlines", "Notes", "Letters"):
        assert f"\n{heading}\n" in text
    assert "Құрманғазы Айгүл Серікқызы" in text.splitlines()[0]
    assert "15 000 000.00 KZT" in text and "case no. 2-1234/2026" in text
    assert "2026-12-03 10:30 hearing" in text


def test_an_unknown_case_is_one_line_and_status_1(run, people) -> None:
    result = run("show", "999")
    assert result.code == 1 and result.out == ""
    assert result.err == "debtdesk: error: case 999 does not exist\n"
