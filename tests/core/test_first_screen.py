"""The first screen read without SQLAlchemy equals what the services read through it.

``debtdesk.first_screen`` answers the window's first screen (the register's
first pages, its filter choices and count, the Today page's first sections)
with hand-written SQL on the standard library's ``sqlite3``. Every answer here
is compared with the service's own on demo databases, several days and filters,
so the two cannot drift apart.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from datetime import date, time, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from debtdesk.clock import set_today
from debtdesk.db import Database, open_database
from debtdesk.db.deferred import DeferredDatabase
from debtdesk.db.migrate import head_revision
from debtdesk.deadlines.agenda import agenda_page
from debtdesk.deadlines.engine import _CALENDARS, calendar_for, recompute_all
from debtdesk.demo.generate import generate
from debtdesk.first_screen import FirstScreen, WeekendsOnly, sqlite_file
from debtdesk.model import Advisor, CalendarDay, Deadline, Debtor, Event
from debtdesk.services import cases

ON = date(2026, 11, 30)
DAYS = (ON, ON + timedelta(days=3), date(2026, 12, 31), date(2027, 1, 4))


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """A demo database with deadlines, a manual one, a recorded day off and timed events."""
    path = tmp_path_factory.mktemp("first") / "demo.sqlite3"
    db = open_database(f"sqlite:///{path}", advisor="test")
    set_today(ON)
    try:
        generate(db, 260, seed=7, on=ON)
        with db.session() as s:
            recompute_all(s)
            debtor = s.scalars(select(Debtor).order_by(Debtor.id)).first()
            assert debtor is not None
            s.add(
                Deadline(
                    debtor_id=debtor.id,
                    rule=None,
                    title="Call the bailiff back",
                    manual=True,
                    due_date=ON + timedelta(days=2),
                    status="open",
                )
            )
            s.add(
                CalendarDay(
                    date=ON + timedelta(days=1),
                    working=False,
                    kind="day_off",
                    reason="Day off recorded by the advisors",
                    jurisdiction="kz",
                )
            )
            hearing = s.scalars(select(Event).where(Event.kind == "hearing")).first()
            assert hearing is not None
            hearing.date, hearing.time = ON + timedelta(days=1), time(10, 30)
    finally:
        set_today(None)
        db.dispose()
    yield path


@pytest.fixture(scope="module")
def demo(demo_file: Path) -> Iterator[tuple[Database, FirstScreen]]:
    url = f"sqlite:///{demo_file}"
    first = FirstScreen.open(url, head_revision())
    assert first is not None
    db = open_database(url, advisor="test")
    try:
        yield db, first
    finally:
        first.close()
        db.dispose()


@pytest.mark.parametrize("on", DAYS)
def test_register_pages_equal_the_service(demo: tuple[Database, FirstScreen], on: date) -> None:
    db, first = demo
    bounds = cases.UrgencyBounds.weekends_only(on)
    with db.session() as s:
        for offset in (0, 51, 240):
            expected = cases.search_cases(s, "", limit=51, offset=offset, bounds=bounds)
            assert first.register_page(on, 51, offset) == expected
        assert any(row.next_deadline for row in expected) or offset
        assert first.count_cases() == cases.count_cases(s) == 260
        assert first.cities() == cases.cities(s)
        assert first.advisors() == cases.advisors(s)


def test_register_rows_carry_dates_and_threats(demo: tuple[Database, FirstScreen]) -> None:
    _db, first = demo
    rows = first.register_page(ON, 300)
    assert len(rows) == 260
    assert any(r.next_hearing for r in rows) and any(r.threat_date for r in rows)
    assert all(isinstance(r.next_deadline, date | None) for r in rows)
    assert [r.id for r in rows] == [r.id for r in first.register_page(ON, 130)] + [
        r.id for r in first.register_page(ON, 130, 130)
    ]


def _weekends_only_session(s: object) -> None:
    calendar = calendar_for(s)  # type: ignore[arg-type]
    rough = WeekendsOnly(calendar.jurisdiction, calendar.overrides)
    s.info[_CALENDARS] = {calendar.jurisdiction.code: rough}  # type: ignore[attr-defined]


@pytest.mark.parametrize("on", DAYS)
@pytest.mark.parametrize("lang", ["kk", "ru", "en"])
@pytest.mark.parametrize("limit", [3, 10, 400])
def test_agenda_sections_equal_the_agenda(
    demo: tuple[Database, FirstScreen], on: date, lang: str, limit: int
) -> None:
    db, first = demo
    for sections, days in ((["threat", "overdue", "due"], 14), (["hearing"], 6)):
        with db.session() as s:
            _weekends_only_session(s)
            expected = agenda_page(
                s, start=on, days=days, lang=lang, limit=limit, sections=sections
            ).sections
        got = first.agenda_sections(on, days=days, sections=sections, lang=lang, limit=limit)
        assert list(got) == list(expected)
    assert sum(len(section.items) for section in got) > 0 or on != ON


def test_agenda_filters_equal_the_agenda(demo: tuple[Database, FirstScreen]) -> None:
    db, first = demo
    with db.session() as s:
        advisor = s.scalars(select(Advisor.name).order_by(Advisor.id)).first()
        city = s.scalars(select(Debtor.city).where(Debtor.city.is_not(None))).first()
    for filters in ({"advisor": advisor}, {"city": city}, {"advisor": advisor, "city": city}):
        for sections, days in ((["threat", "overdue", "due"], 14), (["hearing"], 6)):
            with db.session() as s:
                _weekends_only_session(s)
                expected = agenda_page(
                    s, start=ON, days=days, lang="ru", limit=5, sections=sections, **filters
                ).sections
            got = first.agenda_sections(
                ON, days=days, sections=sections, lang="ru", limit=5, **filters
            )
            assert list(got) == list(expected)


def test_the_recorded_day_off_and_manual_deadline_are_read(
    demo: tuple[Database, FirstScreen],
) -> None:
    _db, first = demo
    calendar = first.weekends_only_calendar()
    assert not calendar.is_working(ON + timedelta(days=1))  # a Tuesday, recorded off
    due = first.agenda_sections(ON, days=14, sections=["due"], limit=400)[0]
    manual = [item for item in due.items if item.kind == "manual"]
    assert [item.title for item in manual] == ["Call the bailiff back"]


def test_only_plain_current_sqlite_files_have_a_first_screen(tmp_path: Path) -> None:
    assert sqlite_file("postgresql+psycopg://u@h/db") is None
    assert sqlite_file("sqlite://") is None
    assert sqlite_file("sqlite:///a.db?mode=ro") is None
    assert sqlite_file("sqlite:////tmp/x.sqlite3") == Path("/tmp/x.sqlite3")
    missing = tmp_path / "missing.sqlite3"
    assert FirstScreen.open(f"sqlite:///{missing}", head_revision()) is None
    assert not missing.exists()  # looking created nothing
    other = tmp_path / "old.sqlite3"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE alembic_version (version_num TEXT)")
        conn.execute("INSERT INTO alembic_version VALUES ('0001')")
    conn.close()
    assert FirstScreen.open(f"sqlite:///{other}", "0002") is None  # to upgrade: the usual way
    noise = tmp_path / "noise.sqlite3"
    noise.write_bytes(b"\x8f" * 4096)  # what an encrypted file looks like
    assert FirstScreen.open(f"sqlite:///{noise}", head_revision()) is None


def test_the_deferred_database_opens_once_on_demand(demo_file: Path) -> None:
    url = f"sqlite:///{demo_file}"
    first = FirstScreen.open(url, head_revision())
    assert first is not None
    opened: list[str | None] = []

    def opener(advisor: str | None) -> Database:
        opened.append(advisor)
        return open_database(url, advisor=advisor, quick_check=False)

    deferred = DeferredDatabase(url, "Aigerim", first, opener)
    assert deferred.display == str(demo_file) and deferred.is_sqlite
    assert deferred.first_screen() is first and not deferred.opened
    deferred.advisor = "Dana"  # Settings may change who works before the open
    with deferred.session() as s:  # anything else opens it
        assert s.scalar(select(Debtor.id).limit(1)) is not None
    assert opened == ["Dana"] and deferred.opened and deferred.first_screen() is None
    assert deferred.session is not None and opened == ["Dana"]  # once
    deferred.dispose()


def test_a_failed_open_is_raised_to_every_caller(demo_file: Path) -> None:
    url = f"sqlite:///{demo_file}"
    first = FirstScreen.open(url, head_revision())
    assert first is not None
    calls = []

    def failing(_advisor: str | None) -> Database:
        calls.append(1)
        raise RuntimeError("the disk went away")

    deferred = DeferredDatabase(url, None, first, failing)
    for _ in range(2):
        with pytest.raises(RuntimeError, match="disk went away"):
            deferred.open()
    assert calls == [1]
    deferred.dispose()


def test_warm_ups_run_before_the_open_is_told_and_settle_ups_once(demo_file: Path) -> None:
    """What the first search needs loads before anyone sees the database open; what
    later screens need loads once, in whichever thread asks first (``settle``)."""
    url = f"sqlite:///{demo_file}"
    first = FirstScreen.open(url, head_revision())
    assert first is not None
    seen: list[str] = []
    deferred: DeferredDatabase

    def warm() -> None:
        seen.append(f"warm, opened={deferred.opened}")

    def settle_up() -> None:
        seen.append(f"settle, opened={deferred.opened}")

    deferred = DeferredDatabase(
        url,
        None,
        first,
        lambda who: open_database(url, advisor=who, quick_check=False),
        warm_ups=(warm,),
        settle_ups=(settle_up,),
    )
    deferred.open()
    assert seen == ["warm, opened=False"] and not deferred.settled
    threads = [threading.Thread(target=deferred.settle) for _ in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert seen == ["warm, opened=False", "settle, opened=True"] and deferred.settled
    deferred.dispose()
