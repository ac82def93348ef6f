"""The window's first screen read straight from a SQLite file, before SQLAlchemy is loaded.

Importing SQLAlchemy, the ORM and the model costs about a second of CPU on an
old laptop: more than Qt and every page of the window together. The first
screen - the Today page's sections and the register's first page - needs none
of it, only a few SELECTs. So the window reads them here with the standard
library's ``sqlite3`` and shows them; the database layer is opened after the
first paint (``debtdesk.db.deferred``) and everything after that - a search, a
case file, a change - goes through it as before.

Only what can be answered exactly is answered here: a plain (not encrypted)
SQLite file whose schema is at this program's head revision, the register
with no search text, no filter and its default order (by name), the Today
sections with the weekends-only calendar the first screen always uses. The
queries are those of ``debtdesk.services.cases`` and ``debtdesk.deadlines.
agenda`` as SQLAlchemy writes them for SQLite; ``tests/core/test_first_screen.py``
holds every answer equal to theirs on demo databases. Anything else - an
encrypted file, a file to upgrade, a PostgreSQL URL - returns None from
``FirstScreen.open`` and the window opens the usual way.

No Qt and no SQLAlchemy here (the import-linter contract and a start-up test
hold both).
"""

from __future__ import annotations

import sqlite3
from collections import namedtuple
from collections.abc import Iterable, Sequence
from datetime import date, time, timedelta
from pathlib import Path
from typing import Any, Final

from debtdesk.deadlines.agenda_items import (
    THREAT_DAYS,
    AgendaSection,
    item_from_deadline,
    item_from_event,
)
from debtdesk.deadlines.calendar import Override, WorkingCalendar
from debtdesk.deadlines.labels import norm_lang
from debtdesk.deadlines.rules import DEFAULT_JURISDICTION, Jurisdiction, load_jurisdiction
from debtdesk.services.register_rows import CaseRow

_HEADER: Final = b"SQLite format 3\x00"
_URL_PREFIXES: Final = ("sqlite:///", "sqlite+pysqlite:///")
_THREATS: Final = ("auction", "eviction")  # vocab.THREAT_KINDS, sorted as the register has them

# The register's page: ``services.cases.page_query`` with no text, filter or sort.
_REGISTER_PAGE: Final = """
SELECT debtor.id, debtor.uuid, debtor.full_name, debtor.city, debtor.iin, debtor.phone,
       debtor.status,
       (SELECT advisor.name FROM advisor WHERE advisor.id = debtor.advisor_id) AS advisor,
       (SELECT min(event.date) FROM event
         WHERE event.debtor_id = page.id AND event.kind = 'hearing' AND event.date >= :on)
         AS next_hearing,
       (SELECT min(deadline.due_date) FROM deadline
         WHERE deadline.debtor_id = page.id AND deadline.status = 'open') AS next_deadline,
       (SELECT min(event.date) FROM event
         WHERE event.debtor_id = page.id AND event.kind IN ('auction', 'eviction')
           AND event.date >= :on) AS threat_date,
       (SELECT event.kind FROM event
         WHERE event.debtor_id = page.id AND event.kind IN ('auction', 'eviction')
           AND event.date >= :on
         ORDER BY event.date, event.kind LIMIT 1) AS threat_kind
FROM (SELECT debtor.id AS id, debtor.name_key AS name_key FROM debtor
      ORDER BY debtor.name_key, debtor.id LIMIT :limit OFFSET :offset) AS page
JOIN debtor ON debtor.id = page.id
ORDER BY page.name_key, page.id
"""

_PEOPLE: Final = """debtor.id AS id, debtor.full_name AS full_name, debtor.city AS city,
       debtor.address AS address, advisor.name AS advisor, proceeding.case_no AS case_no"""

# An agenda section's page: the ids in the section's order (through its index),
# then what the lines show for those ids alone, as ``agenda._Reader._page`` does.
# Events of several kinds (evictions and auctions) bring their own first pages,
# each through the (kind, date) index, and the union is sorted (``_event_keys``).
_EVENT_KEYS: Final = """
SELECT event.id AS id, event.date AS date, event.time AS time, debtor.full_name AS full_name
FROM event JOIN debtor ON debtor.id = event.debtor_id
LEFT OUTER JOIN advisor ON advisor.id = debtor.advisor_id
WHERE event.kind = '{kind}' AND event.date >= :start AND event.date <= :until {filters}
ORDER BY event.date, event.time, debtor.full_name, event.id
"""
_EVENTS: Final = f"""
SELECT event.id AS event_id, event.kind AS kind, event.date AS date, event.time AS time,
       event.place AS place, event.attendees AS attendees, event.uuid AS uuid,
       event.version AS version, {_PEOPLE}
FROM (SELECT keys.id AS row_id FROM ({{keys}}) AS keys
      ORDER BY keys.date, keys.time, keys.full_name, keys.id
      LIMIT :limit OFFSET :offset) AS page
JOIN event ON event.id = page.row_id
JOIN debtor ON debtor.id = event.debtor_id
LEFT OUTER JOIN advisor ON advisor.id = debtor.advisor_id
LEFT OUTER JOIN proceeding ON proceeding.id = event.proceeding_id
ORDER BY event.date, event.time, debtor.full_name, event.id
"""
# Counts read the section's index alone unless a filter needs the debtor or advisor.
_EVENTS_COUNT: Final = """
SELECT count(event.id) FROM event {joins}
WHERE event.kind IN ({kinds}) AND event.date >= :start AND event.date <= :until {filters}
"""
_JOINS: Final = """JOIN debtor ON debtor.id = {table}.debtor_id
LEFT OUTER JOIN advisor ON advisor.id = debtor.advisor_id"""
_DEADLINES: Final = f"""
SELECT deadline.id AS deadline_id, deadline.rule AS rule, deadline.title AS title,
       deadline.manual AS manual, deadline.due_date AS due_date, deadline.event_id AS event_id,
       deadline.uuid AS uuid, deadline.version AS version, {_PEOPLE}
FROM (SELECT deadline.id AS row_id FROM deadline JOIN debtor ON debtor.id = deadline.debtor_id
      LEFT OUTER JOIN advisor ON advisor.id = debtor.advisor_id
      WHERE deadline.status = 'open' AND {{where}} {{filters}}
      ORDER BY deadline.due_date, debtor.full_name, deadline.id
      LIMIT :limit OFFSET :offset) AS page
JOIN deadline ON deadline.id = page.row_id
JOIN debtor ON debtor.id = deadline.debtor_id
LEFT OUTER JOIN advisor ON advisor.id = debtor.advisor_id
LEFT OUTER JOIN proceeding ON proceeding.id = deadline.proceeding_id
ORDER BY deadline.due_date, debtor.full_name, deadline.id
"""
_DEADLINES_COUNT: Final = """
SELECT count(deadline.id) FROM deadline {joins}
WHERE deadline.status = 'open' AND {where} {filters}
"""
_DEADLINE_WHERE: Final = {
    # A letter's late reply is its own section, not an overdue deadline.
    "overdue": "deadline.due_date < :start AND deadline.document_id IS NULL",
    "due": "deadline.due_date >= :start AND deadline.due_date <= :until",
}

_EventRow = namedtuple(
    "_EventRow",
    "event_id kind date time place attendees uuid version id full_name city address "
    "advisor case_no",
)
_DeadlineRow = namedtuple(
    "_DeadlineRow",
    "deadline_id rule title manual due_date event_id uuid version id full_name city address "
    "advisor case_no",
)
_DayRow = namedtuple("_DayRow", "working kind reason")


def sqlite_file(url: str) -> Path | None:
    """The file of a plain ``sqlite:///path`` URL; None for anything this module leaves alone.

    Only the simple forms (no query string, no escapes): anything else is
    opened by SQLAlchemy, which understands every form.
    """
    for prefix in _URL_PREFIXES:
        if url.startswith(prefix):
            rest = url[len(prefix) :]
            if not rest or rest == ":memory:" or any(c in rest for c in "?%#"):
                return None
            return Path(rest)
    return None


def _day(value: str | None) -> date | None:
    return None if value is None else date.fromisoformat(value)


def _time(value: str | None) -> time | None:
    return None if value is None else time.fromisoformat(value)


class FirstScreen:
    """A read-only connection to a SQLite file for the window's first screen."""

    def __init__(self, path: Path, conn: sqlite3.Connection) -> None:
        self.path = path
        self._conn = conn
        self._jurisdiction: Jurisdiction | None = None
        self._overrides: dict[date, Override] | None = None

    @classmethod
    def open(cls, url: str, head: str) -> FirstScreen | None:
        """The first screen of the file at ``url`` if this module can read it exactly.

        ``head`` is the schema revision this program writes
        (``debtdesk.db.migrate.head_revision``). None for a URL that is not a
        plain SQLite file, a file missing, empty, encrypted or at another
        revision, or one SQLite cannot read (the usual open reports why).
        """
        path = sqlite_file(url)
        if path is None or not path.is_file():
            return None
        try:
            with path.open("rb") as fh:
                if fh.read(len(_HEADER)) != _HEADER:
                    return None  # encrypted (or not SQLite): the usual open asks or says
            # Not bound to this thread: the deferred database closes it from whichever
            # thread disposes of it (it is only read on the GUI thread).
            conn = sqlite3.connect(
                f"{path.resolve().as_uri()}?mode=ro", uri=True, check_same_thread=False
            )
        except (OSError, sqlite3.Error):
            return None
        try:
            conn.execute("PRAGMA query_only = ON")
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        except sqlite3.Error:
            conn.close()
            return None
        if row is None or row[0] != head:
            conn.close()
            return None
        return cls(path, conn)

    def close(self) -> None:
        self._conn.close()

    # -- the register ------------------------------------------------------------

    def register_page(self, on: date, limit: int, offset: int = 0) -> list[CaseRow]:
        """Rows of the register with no search or filter, by name: ``search_cases(s, "")``."""
        params = {"on": on.isoformat(), "limit": limit, "offset": offset}
        return [
            CaseRow(
                id=r[0],
                uuid=r[1],
                full_name=r[2],
                city=r[3],
                iin=r[4],
                phone=r[5],
                status=r[6],
                advisor=r[7],
                next_hearing=_day(r[8]),
                next_deadline=_day(r[9]),
                threat_date=_day(r[10]),
                threat_kind=r[11],
            )
            for r in self._conn.execute(_REGISTER_PAGE, params)
        ]

    def count_cases(self) -> int:
        return int(self._conn.execute("SELECT count(debtor.id) FROM debtor").fetchone()[0])

    def cities(self) -> list[str]:
        rows = self._conn.execute("SELECT DISTINCT debtor.city FROM debtor ORDER BY debtor.city")
        return [r[0] for r in rows if r[0]]

    def advisors(self) -> list[tuple[int, str]]:
        rows = self._conn.execute(
            "SELECT advisor.id, advisor.name FROM advisor ORDER BY advisor.name, advisor.id"
        )
        return [(r[0], r[1]) for r in rows]

    # -- the agenda ----------------------------------------------------------------

    def jurisdiction(self) -> Jurisdiction:
        """The database's jurisdiction, as ``deadlines.engine.jurisdiction_of`` reads it."""
        if self._jurisdiction is None:
            row = self._conn.execute(
                "SELECT value FROM setting WHERE key = 'jurisdiction' AND year IS NULL"
            ).fetchone()
            self._jurisdiction = load_jurisdiction(row[0] if row else DEFAULT_JURISDICTION)
        return self._jurisdiction

    def weekends_only_calendar(self) -> WorkingCalendar:
        """The advisors' recorded days and weekends, no holiday package (the first screen's)."""
        jurisdiction = self.jurisdiction()
        if self._overrides is None:
            rows = self._conn.execute(
                "SELECT date, working, kind, reason FROM calendar_day WHERE jurisdiction = ?",
                (jurisdiction.code,),
            )
            self._overrides = {
                date.fromisoformat(r[0]): Override.of(_DayRow(r[1], r[2], r[3])) for r in rows
            }
        return WeekendsOnly(jurisdiction, self._overrides)

    def agenda_sections(
        self,
        start: date,
        *,
        days: int,
        sections: Iterable[str],
        lang: str = "en",
        limit: int = 10,
        advisor: str | None = None,
        city: str | None = None,
    ) -> list[AgendaSection]:
        """``agenda_page(...).sections`` for the threat, overdue, due and hearing sections,
        counted with the weekends-only calendar (the Today page's first screen)."""
        lang = norm_lang(lang)
        calendar = self.weekends_only_calendar()
        jurisdiction = self.jurisdiction()
        end = start + timedelta(days=days)
        filters, params = self._filters(advisor, city)
        params |= {"start": start.isoformat(), "until": end.isoformat(), "limit": limit}
        params["offset"] = 0
        found: list[AgendaSection] = []
        for name in sections:
            if name in ("threat", "hearing"):
                kinds = _THREATS if name == "threat" else ("hearing",)
                until = start + timedelta(days=THREAT_DAYS) if name == "threat" else end
                marks = ", ".join(f"'{k}'" for k in kinds)
                keys = [_EVENT_KEYS.format(kind=kind, filters=filters) for kind in kinds]
                if len(keys) > 1:  # each kind's first page, then their union sorted
                    keys = [f"SELECT * FROM ({k} LIMIT :limit)" for k in keys]
                query = _EVENTS.format(keys=" UNION ALL ".join(keys))
                count = _EVENTS_COUNT.format(
                    kinds=marks,
                    filters=filters,
                    joins=_JOINS.format(table="event") if filters else "",
                )
                bound = params | {"until": until.isoformat()}
                rows = [self._event_row(r) for r in self._conn.execute(query, bound)]
                items = tuple(item_from_event(name, r, start, calendar, lang) for r in rows)
            elif name in _DEADLINE_WHERE:
                where = _DEADLINE_WHERE[name]
                query = _DEADLINES.format(where=where, filters=filters)
                count = _DEADLINES_COUNT.format(
                    where=where,
                    filters=filters,
                    joins=_JOINS.format(table="deadline") if filters else "",
                )
                bound = params
                rows = [self._deadline_row(r) for r in self._conn.execute(query, bound)]
                items = tuple(
                    item_from_deadline(name, r, start, calendar, lang, jurisdiction) for r in rows
                )
            else:
                raise ValueError(f"the first screen has no section {name!r}")
            if len(items) < limit:
                total = len(items)
            else:
                count_params = {k: v for k, v in bound.items() if k not in ("limit", "offset")}
                total = int(self._conn.execute(count, count_params).fetchone()[0])
            found.append(AgendaSection(name, total, 0, items))
        return found

    @staticmethod
    def _filters(advisor: str | None, city: str | None) -> tuple[str, dict[str, Any]]:
        clauses, params = [], {}
        if advisor:
            clauses.append("AND advisor.name = :advisor")
            params["advisor"] = advisor
        if city:
            clauses.append("AND debtor.city = :city")
            params["city"] = city
        return " ".join(clauses), params

    @staticmethod
    def _event_row(r: Sequence[Any]) -> _EventRow:
        return _EventRow(
            r[0], r[1], date.fromisoformat(r[2]), _time(r[3]), *r[4:]
        )  # fmt: skip

    @staticmethod
    def _deadline_row(r: Sequence[Any]) -> _DeadlineRow:
        return _DeadlineRow(
            r[0], r[1], r[2], bool(r[3]), date.fromisoformat(r[4]), *r[5:]
        )  # fmt: skip


class WeekendsOnly(WorkingCalendar):
    """The working calendar without the holidays package: weekends and recorded days.

    The first screens' (here and ``ui.operations.today``'s until the holiday
    calendar is loaded): a holiday can only push "3 working days" later, so a
    row errs towards "within 14 days" for a moment.
    """

    def _package_year(self, year: int) -> tuple[dict[date, str], set[date]]:
        return {}, set()
