"""The register's filters, urgency and sorting, on both databases.

Expected answers are worked out here in Python from the rows' own fields (the
documented rules), never from the SQL: every sort at every page boundary must
list exactly the sorted whole, and every count must equal the rows listed.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from debtdesk.deadlines.agenda import THREAT_DAYS as AGENDA_THREAT_DAYS
from debtdesk.deadlines.urgency import urgency
from debtdesk.services import advisors, cases, deadlines, debtors, proceedings
from debtdesk.services.cases import CaseRow, UrgencyBounds

CITIES = ["Алматы", "Астана", None, "Караганда"]
STATUSES = ["open", "watch", "closed"]


def build(db, today: date) -> None:
    """24 cases with cities, statuses, advisors, hearings, deadlines and threats.

    Several share a name, so ties must be broken by id.
    """
    with db.session() as s:
        team = [advisors.create_advisor(s, {"name": n}).id for n in ("Бота", "Арман")]
        for n in range(24):
            name = f"{'Ерлан' if n % 5 == 0 else 'Аружан'} {n % 7:02d}"
            debtor = debtors.create_debtor(
                s,
                {
                    "full_name": name,
                    "city": CITIES[n % 4],
                    "status": STATUSES[n % 3],
                    "advisor_id": team[n % 3] if n % 3 < 2 else None,
                },
            )
            if n % 2:
                proceedings.add_event(
                    s, debtor.id, {"kind": "hearing", "date": today + timedelta(days=n % 9)}
                )
            if n % 3 == 0:
                due = today + timedelta(days=(n % 8) * 3 - 6)  # overdue to 15 days ahead
                deadlines.add_manual_deadline(s, debtor.id, {"title": "Отзыв", "due_date": due})
            if n % 7 == 2:
                kind = "eviction" if n % 2 else "auction"
                when = today + timedelta(days=(n % 4) * 12)
                proceedings.add_event(s, debtor.id, {"kind": kind, "date": when})


@pytest.fixture
def register(db, today: date):
    build(db, today)
    with db.session() as s:
        bounds = cases.urgency_bounds(s, today)
    return db, bounds


def whole(db, bounds: UrgencyBounds, **where) -> list[CaseRow]:
    with db.session() as s:
        return cases.search_cases(s, bounds=bounds, **where)


def test_threat_days_are_the_agendas() -> None:
    assert cases.THREAT_DAYS == AGENDA_THREAT_DAYS


def test_bounds_give_the_levels_of_the_deadline_engine(db, today: date) -> None:
    from debtdesk.deadlines.engine import calendar_for

    with db.session() as s:
        calendar = calendar_for(s)
        for start in [today, date(2026, 12, 14), date(2026, 12, 31), date(2027, 3, 19)]:
            bounds = cases.urgency_bounds(s, start)
            for offset in range(-2, 20):
                due = start + timedelta(days=offset)
                assert bounds.level(due) == urgency(due, start, calendar).value, (start, due)


def test_each_filter_alone_and_combined(register) -> None:
    db, bounds = register
    everyone = whole(db, bounds)
    assert len(everyone) == 24
    team = {r.advisor for r in everyone if r.advisor}
    with db.session() as s:
        ids = dict((name, i) for i, name in cases.advisors(s))
    choices = [
        {"city": "Алматы"},
        {"status": "watch"},
        {"advisor_id": ids["Бота"]},
        {"city": "Астана", "status": "watch"},
        {"city": "Караганда", "advisor_id": ids["Арман"]},
        {"city": "Алматы", "status": "open", "advisor_id": ids["Бота"]},
    ]
    assert team == {"Бота", "Арман"}
    for where in choices:
        want = [
            r
            for r in everyone
            if r.city == where.get("city", r.city)
            and r.status == where.get("status", r.status)
            and (where.get("advisor_id") is None or r.advisor == _name(ids, where["advisor_id"]))
        ]
        assert whole(db, bounds, **where) == want, where
        with db.session() as s:
            assert cases.count_matches(s, **where) == len(want), where


def _name(ids: dict[str, int], advisor_id: int) -> str:
    return next(name for name, i in ids.items() if i == advisor_id)


@pytest.mark.parametrize("chosen", cases.URGENCY_FILTERS)
def test_urgency_filter_is_the_level_of_the_most_pressing_date(register, chosen: str) -> None:
    db, bounds = register
    everyone = whole(db, bounds)
    if chosen == cases.HOME_AT_RISK:
        want = [r for r in everyone if bounds.at_risk(r)]
    else:
        want = [r for r in everyone if bounds.level(r.pressing_date) == chosen]
    got = whole(db, bounds, urgency=chosen)
    assert got == want
    with db.session() as s:
        assert cases.count_matches(s, urgency=chosen, bounds=bounds) == len(want)
    combined = whole(db, bounds, urgency=chosen, status="open")
    assert combined == [r for r in want if r.status == "open"]


def test_the_sample_has_every_urgency(register) -> None:
    """The filter tests above would pass on empty answers: the sample has each level."""
    db, bounds = register
    everyone = whole(db, bounds)
    levels = {bounds.level(r.pressing_date) for r in everyone}
    assert {"overdue", "today", "soon", "fortnight", "later"} <= levels
    assert any(bounds.at_risk(r) for r in everyone)


def _expected_order(rows: list[CaseRow], key: str, descending: bool, bounds) -> list[CaseRow]:
    """Sorted by ``key`` (empty values last either way), then folded name and id."""
    from debtdesk.text import fold

    def value(r: CaseRow):  # type: ignore[no-untyped-def]
        if key == "status":
            return {"open": 0, "watch": 1, "closed": 2}[r.status]
        if key == "urgency":
            if r.pressing_date is None:
                return None
            return (0 if bounds.at_risk(r) else 1, r.pressing_date)
        return getattr(r, {"name": "full_name"}.get(key, key))

    present = [r for r in rows if value(r) is not None]
    empty = [r for r in rows if value(r) is None]
    by_name = sorted(rows, key=lambda r: (fold(r.full_name), r.id))
    rank = {r.id: n for n, r in enumerate(by_name)}
    if key == "name":
        return sorted(rows, key=lambda r: rank[r.id], reverse=descending)
    present.sort(key=lambda r: rank[r.id])
    present.sort(key=value, reverse=descending)  # stable: ties keep name order
    empty.sort(key=lambda r: rank[r.id])
    return present + empty


@pytest.mark.parametrize("key", cases.SORT_KEYS)
def test_sorting_by_each_column_both_ways_at_page_boundaries(register, key: str) -> None:
    db, bounds = register
    everyone = whole(db, bounds)
    for descending in (False, True):
        want = _expected_order(everyone, key, descending, bounds)
        assert whole(db, bounds, sort=key, descending=descending) == want, (key, descending)
        for size in (5, 7):
            pages = [
                whole(db, bounds, sort=key, descending=descending, limit=size, offset=start)
                for start in range(0, 24 + size, size)
            ]
            assert [r for page in pages for r in page] == want, (key, descending, size)


def test_sorting_keeps_the_text_and_filters(register) -> None:
    db, bounds = register
    hits = whole(db, bounds, text="ерлан", city="Алматы")
    assert hits and all(r.full_name.startswith("Ерлан") and r.city == "Алматы" for r in hits)
    by_hearing = whole(db, bounds, text="ерлан", city="Алматы", sort="next_hearing")
    assert sorted(r.id for r in by_hearing) == sorted(r.id for r in hits)


def test_a_capped_count_stops_above_the_cap(register) -> None:
    db, _bounds = register
    with db.session() as s:
        assert cases.count_matches(s, "аружан") == 24 - 5
        assert cases.count_matches(s, "аружан", cap=10) == 11
        assert cases.count_matches(s, "", cap=10) == 11
        assert cases.count_matches(s, "", cap=100) == 24


def test_weekends_only_bounds_never_run_past_the_calendars(db, today: date) -> None:
    with db.session() as s:
        for offset in range(0, 400, 3):
            on = today + timedelta(days=offset)
            quick = UrgencyBounds.weekends_only(on)
            assert quick.soon_until <= cases.urgency_bounds(s, on).soon_until
