"""``debtdesk deadline``, ``agenda``, ``calendar`` and ``ical`` end to end."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from icalendar import Calendar

from debtdesk.services import debtors, proceedings


def test_deadline_json_has_the_due_date_and_the_explanation(run, db) -> None:
    result = run("deadline", "appeal", "2025-12-31", "--format", "json", "--lang", "en")
    assert result.code == 0, result.err
    data = result.json()
    assert (data["rule"], data["trigger"], data["due"]) == ("appeal", "2025-12-31", "2026-02-02")
    assert "31 January 2026" in data["explanation"]
    assert "Monday 2 February 2026" in data["explanation"]
    assert data["check_with_lawyer"] is True


def test_deadline_text_in_kazakh(run, db) -> None:
    result = run("deadline", "court_order_objection", "2026-11-20", "--lang", "kk")
    assert result.code == 0, result.err
    lines = result.out.splitlines()
    assert lines[0] == "2026-12-04"
    assert "желтоқсан" in result.out  # December, spelled in Kazakh


def test_deadline_uses_the_databases_calendar_days(run, db) -> None:
    assert run("calendar", "add", "2026-12-02", "--closure", "--reason", "Court closed").code == 0
    result = run("deadline", "court_order_objection", "2026-11-20", "--format", "json")
    assert result.json()["due"] == "2026-12-07"


def test_unknown_rule_is_one_line_naming_it(run, db) -> None:
    result = run("deadline", "apeal", "2026-01-10")
    assert result.code == 1
    assert result.err.count("\n") == 1
    assert "apeal" in result.err and "appeal" in result.err  # names it, lists the known ones
    assert "Traceback" not in result.err


def test_impossible_date_is_one_line_naming_the_field(run, db) -> None:
    result = run("deadline", "appeal", "2026-02-30")
    assert result.code == 1
    assert result.err.startswith("debtdesk: error: trigger_date:")
    assert result.err.count("\n") == 1


def test_unknown_jurisdiction_is_refused(run, db) -> None:
    result = run("deadline", "appeal", "2026-01-10", "--jurisdiction", "xx")
    assert result.code == 1
    assert "xx" in result.err and result.err.count("\n") == 1


def test_calendar_add_list_and_remove(run, db) -> None:
    assert run("calendar", "add", "2027-01-04", "--off", "--reason", "Decree No. 1").code == 0
    assert run("calendar", "add", "2027-01-09", "--working", "--reason", "Decree No. 1").code == 0
    listed = run("calendar", "list", "--year", "2027", "--format", "json").json()
    assert [(d["date"], d["kind"], d["working"]) for d in listed] == [
        ("2027-01-04", "day_off", False),
        ("2027-01-09", "working", True),
    ]
    assert run("calendar", "remove", "2027-01-04").code == 0
    assert len(run("calendar", "list", "--format", "json").json()) == 1
    missing = run("calendar", "remove", "2027-01-05")
    assert missing.code == 1 and "2027-01-05" in missing.err


def test_calendar_add_reports_the_deadlines_it_moved(run, db) -> None:
    with db.session() as s:
        debtor = debtors.create_debtor(s, {"full_name": "Сейітқали Ұлжан"})
        proceedings.add_event(s, debtor.id, {"kind": "court_order_received", "date": "2026-11-20"})
    result = run("calendar", "add", "2026-12-02", "--off", "--reason", "Decree")
    assert result.code == 0, result.err
    assert "2026-12-04 → 2026-12-07" in result.err + result.out
    assert "1 deadline(s) moved" in result.out


def test_agenda_json_and_ical_file(run, db, today, tmp_path: Path) -> None:
    with db.session() as s:
        debtor = debtors.create_debtor(s, {"full_name": "Әбенова Гүлмира", "city": "Алматы"})
        proceedings.add_event(s, debtor.id, {"kind": "eviction", "date": "2026-12-10"})
        proceedings.add_event(s, debtor.id, {"kind": "court_order_received", "date": "2026-11-20"})
    page = run("agenda", "--days", "14", "--format", "json", "--lang", "ru").json()
    agenda = page["items"]
    assert [(i["section"], i["date"]) for i in agenda] == [
        ("threat", "2026-12-10"),
        ("due", "2026-12-04"),
    ]
    assert agenda[0]["days_left"] == 10
    assert {s["section"]: s["total"] for s in page["sections"]} == {
        "threat": 1,
        "overdue": 0,
        "due": 1,
        "hearing": 0,
        "awaiting_reply": 0,
    }
    assert (page["from"], page["to"], page["limit"]) == ("2026-11-30", "2026-12-14", 50)
    out = tmp_path / "cal.ics"
    assert run("ical", "-o", str(out), "--days", "30").code == 0
    events = Calendar.from_ical(out.read_bytes()).walk("VEVENT")
    assert {e.decoded("dtstart") for e in events} == {date(2026, 12, 10), date(2026, 12, 4)}


def test_agenda_refuses_a_bad_range(run, db) -> None:
    result = run("agenda", "--days", "-3")
    assert result.code == 1 and "days" in result.err


def test_agenda_pages_each_section_and_says_how_many_are_left(run, db, today) -> None:
    with db.session() as s:
        for n in range(5):
            debtor = debtors.create_debtor(s, {"full_name": f"Сейітов {n}", "city": "Алматы"})
            proceedings.add_event(s, debtor.id, {"kind": "hearing", "date": f"2026-12-0{n + 1}"})
    first = run("agenda", "--limit", "2", "--format", "json").json()
    assert [i["date"] for i in first["items"]] == ["2026-12-01", "2026-12-02"]
    hearing = next(s for s in first["sections"] if s["section"] == "hearing")
    assert (hearing["total"], hearing["shown"], hearing["remaining"]) == (5, 2, 3)
    more = run(
        "agenda", "--section", "hearing", "--offset", "2", "--limit", "2", "--format", "json"
    )
    data = more.json()
    assert [s["section"] for s in data["sections"]] == ["hearing"]
    assert [i["date"] for i in data["items"]] == ["2026-12-03", "2026-12-04"]
    every = run("agenda", "--limit", "0", "--format", "json").json()
    assert len(every["items"]) == 5 and every["limit"] is None
    text = run("agenda", "--limit", "2")
    assert text.code == 0, text.err
    assert "hearing: 1–2 of 5 shown; the next with --section hearing --offset 2" in text.out


def test_agenda_refuses_a_negative_limit_and_an_unknown_section(run, db) -> None:
    assert "limit" in run("agenda", "--limit", "-1").err
    assert run("agenda", "--section", "gossip").code != 0


def test_agenda_command_knows_the_sections_and_limit_of_the_agenda() -> None:
    from debtdesk.commands.deadlines import AGENDA_LIMIT, AGENDA_SECTIONS
    from debtdesk.deadlines.agenda import DEFAULT_LIMIT, SECTIONS

    assert (AGENDA_SECTIONS, AGENDA_LIMIT) == (SECTIONS, DEFAULT_LIMIT)
