"""The case register: compact rows for lists, search, filters, sorting and urgency.

Search compares folded strings written by Python (``debtdesk.text.fold``), so
Cyrillic and Kazakh match case-insensitively and identically on SQLite and
PostgreSQL; exact and prefix hits come first. Every filter (city, status,
advisor, urgency) and every sort is done by SQL, so a page of a 100,000-case
register costs one query, never a pass over the cases in Python.

The substring search is helped by a trigram index built by migration 0002: an
FTS5 ``trigram`` table on SQLite (``debtor_search``, kept by triggers) and a
``pg_trgm`` GIN index on PostgreSQL. On SQLite the index only proposes
candidates (``_trigram_candidates``); the same ``LIKE`` as without it decides,
so the index can change speed, never the answer.

Urgency is that of a case's most pressing date: its earliest open deadline or
its next eviction or auction (the threats to the home), in the levels of
``debtdesk.deadlines.urgency``. Levels need the working calendar ("within 3
working days"), which SQL cannot know: the bounds are worked out in Python once
(``urgency_bounds``) and handed to the query as dates.
"""

from __future__ import annotations

import json
import re
import weakref
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import lru_cache
from itertools import pairwise
from typing import TYPE_CHECKING, Any, Final

from sqlalchemy import (
    ColumnElement,
    Integer,
    Select,
    String,
    Text,
    and_,
    bindparam,
    case,
    column,
    func,
    literal,
    literal_column,
    not_,
    or_,
    select,
    table,
    union,
    union_all,
)
from sqlalchemy.dialects.sqlite import dialect as sqlite_dialect
from sqlalchemy.dialects.sqlite.base import SQLiteCompiler
from sqlalchemy.exc import DBAPIError
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import Session
from sqlalchemy.sql.functions import FunctionElement
from sqlalchemy.types import NullType

from debtdesk.clock import today
from debtdesk.model import Advisor, Deadline, Debtor, Event
from debtdesk.services.register_rows import (
    HOME_AT_RISK,
    SORT_KEYS,
    THREAT_DAYS,
    URGENCY_FILTERS,
    URGENCY_LEVELS,
    CaseRow,
    UrgencyBounds,
)
from debtdesk.text import digits, fold
from debtdesk.vocab import THREAT_KINDS, DeadlineStatus, EventKind

if TYPE_CHECKING:
    from collections.abc import Sequence

_PHONE_LIKE = re.compile(r"^[\d\s()+\-.]+$")
# Which parts a text's condition and rank have (``_Terms.shape``): statements built
# once a shape serve every text of it.
Shape = tuple[bool, bool, bool, bool, bool]

# Above this many trigram candidates a search reads by rank (``_ids_by_rank``).
_MANY_CANDIDATES: Final = 1500
_STATUS_ORDER: Final = {"open": 0, "watch": 1, "closed": 2}
_THREATS: Final = tuple(sorted(k.value for k in THREAT_KINDS))


def urgency_bounds(session: Session, on: date | None = None) -> UrgencyBounds:
    """The urgency bounds on ``on`` (default today) with this database's working calendar."""
    # Imported here: the calendar brings the holidays package (about a second to
    # load), which the register's first screen must not wait for.
    from debtdesk.deadlines.engine import calendar_for

    on = on or today()
    soon_until, _remarks = calendar_for(session).working_days_after(on, 3)
    return UrgencyBounds(today=on, soon_until=soon_until)


class code_point_order(FunctionElement[str]):
    """A string column compared by code point, as Python and SQLite's BINARY compare.

    PostgreSQL sorts by the database's collation (ru_RU, en_US, ICU…), which puts
    Cyrillic before Latin or ignores spaces and hyphens; "C" makes both databases
    list the same rows in the same order.
    """

    type = String()
    inherit_cache = True


@compiles(code_point_order)
def _code_point_order_default(element: code_point_order, compiler: Any, **kw: Any) -> str:
    return compiler.process(element.clauses, **kw)


@compiles(code_point_order, "postgresql")
def _code_point_order_pg(element: code_point_order, compiler: Any, **kw: Any) -> str:
    return f'{compiler.process(element.clauses, **kw)} COLLATE "C"'


class _on_sqlite_only(FunctionElement[bool]):
    """A condition SQLite checks and other databases skip (compiled as ``true``).

    For the trigram candidates: PostgreSQL's ``pg_trgm`` index serves the
    ``LIKE`` itself, so the extra condition would only cost it time. Untyped on
    purpose: a Boolean would be compiled as ``(… IN …) = 1`` on SQLite, which
    hides the ``IN`` from the query planner.
    """

    type = NullType()
    inherit_cache = True


@compiles(_on_sqlite_only)
def _on_sqlite_only_default(element: _on_sqlite_only, compiler: Any, **kw: Any) -> str:
    return "true"


@compiles(_on_sqlite_only, "sqlite")
def _on_sqlite_only_sqlite(element: _on_sqlite_only, compiler: Any, **kw: Any) -> str:
    return compiler.process(element.clauses, **kw)


def _sqlite_from_hint(compiler: SQLiteCompiler, table: Any, text: str) -> str:
    return text


# SQLAlchemy's SQLite compiler drops FROM hints, so ``with_hint(Debtor.__table__,
# "INDEXED BY ix_debtor_search", "sqlite")`` rendered nothing and SQLite walked the
# bare name index, reading each row of the wide table: 450-550 ms for "Ч", whose
# rank-1 hits are rare enough to read every case (about 100 ms through the covering
# index). Rendered as written, as MySQL's compiler does; only hints naming "sqlite"
# (this module's) are affected.
if "get_from_hint_text" not in vars(SQLiteCompiler):
    SQLiteCompiler.get_from_hint_text = _sqlite_from_hint  # type: ignore[method-assign]

# The FTS5 trigram table of migration 0002 (SQLite only): rowid is the debtor's id.
_debtor_search = table("debtor_search", column("rowid", Integer), column("search_text", Text))


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def search_terms(text: str) -> tuple[str, str]:
    """The folded query and, for phone-like queries, its digits.

    "+" and "(" alone are how a phone number starts being typed: no search text
    holds them, so rather than read every case to find none, they narrow nothing.
    """
    if text.strip() and not text.strip().strip("+("):
        return "", ""
    key = fold(text)
    number = digits(text) if _PHONE_LIKE.match(text.strip() or "x") else ""
    return key, number


def _as_plus7(number: str) -> str:
    """Digits typed as "8 701 123…" as the +7 number they mean ("7701123…"), else "".

    Kept beside the digits as typed: an IIN of someone born in the 1980s starts
    with 8 too, and must still match (and rank) as itself.
    """
    return "7" + number[1:] if number.startswith("8") and 4 <= len(number) <= 11 else ""


def _phrase(fragment: str) -> str:
    """``fragment`` as an FTS5 phrase: its trigrams in a row, taken literally."""
    return '"' + fragment.replace('"', '""') + '"'


def _trigram_candidates(fragments: Sequence[str]) -> ColumnElement[bool] | None:
    """Debtors whose search text holds one of ``fragments``, from the trigram index.

    Each fragment is looked up as an FTS5 phrase: its trigrams in a row, which is
    the fragment as a substring, taken literally (``%`` and ``_`` included). The
    index folds case itself; the escaped ``LIKE`` beside this condition still
    decides. None when a fragment is shorter than a trigram: the index cannot
    look it up, and the narrow ``ix_debtor_search`` is scanned instead.
    """
    if not fragments or min(len(f) for f in fragments) < 3:
        return None
    found = [
        select(_debtor_search.c.rowid).where(_debtor_search.c.search_text.match(_phrase(f)))
        for f in fragments
    ]
    ids = found[0] if len(found) == 1 else union(*found)
    return _on_sqlite_only(Debtor.id.in_(ids))


def _next_threat(debtor_id: ColumnElement[int], on: date, what: Any) -> Any:
    return (
        select(what)
        .where(Event.debtor_id == debtor_id, Event.kind.in_(_THREATS), Event.date >= on)
        .correlate_except(Event)
        .scalar_subquery()
    )


def _next_hearing(debtor_id: ColumnElement[int], on: date) -> Any:
    return (
        select(func.min(Event.date))
        .where(Event.debtor_id == debtor_id, Event.kind == EventKind.HEARING, Event.date >= on)
        .correlate_except(Event)
        .scalar_subquery()
    )


def _next_deadline(debtor_id: ColumnElement[int]) -> Any:
    return (
        select(func.min(Deadline.due_date))
        .where(Deadline.debtor_id == debtor_id, Deadline.status == DeadlineStatus.OPEN)
        .correlate_except(Deadline)
        .scalar_subquery()
    )


def _advisor_name(advisor_id: ColumnElement[int | None]) -> Any:
    return (
        select(Advisor.name).where(Advisor.id == advisor_id).correlate_except(Advisor)
    ).scalar_subquery()


def _pressing_on_or_after(start: date, until: date | None, bounds: UrgencyBounds) -> Select:
    """Ids of debtors with an open deadline or a threat dated from ``start`` to ``until``."""
    deadlines = select(Deadline.debtor_id).where(
        Deadline.status == DeadlineStatus.OPEN, Deadline.due_date >= start
    )
    threats = select(Event.debtor_id).where(
        Event.kind.in_(_THREATS), Event.date >= max(start, bounds.today)
    )
    if until is not None:
        deadlines = deadlines.where(Deadline.due_date <= until)
        threats = threats.where(Event.date <= until)
    return union(deadlines, threats)  # type: ignore[return-value]


def _nothing_before(day: date, bounds: UrgencyBounds) -> ColumnElement[bool]:
    """The debtor has no open deadline and no threat dated before ``day``."""
    deadline = select(Deadline.id).where(
        Deadline.debtor_id == Debtor.id,
        Deadline.status == DeadlineStatus.OPEN,
        Deadline.due_date < day,
    )
    threat = select(Event.id).where(
        Event.debtor_id == Debtor.id,
        Event.kind.in_(_THREATS),
        Event.date >= bounds.today,
        Event.date < day,
    )
    return and_(not_(deadline.exists()), not_(threat.exists()))


def _urgency_where(urgency: str, bounds: UrgencyBounds) -> ColumnElement[bool]:
    """Debtors whose most pressing date is at ``urgency`` (one of ``URGENCY_FILTERS``).

    Driven from the deadline and event date indexes (the few cases with such a
    date), then checked for an earlier date per candidate, rather than working
    out every case's most pressing date.
    """
    t = bounds.today
    if urgency == HOME_AT_RISK:
        risk = select(Event.debtor_id).where(
            Event.kind.in_(_THREATS), Event.date >= t, Event.date <= bounds.threat_until
        )
        return Debtor.id.in_(risk)
    if urgency == "overdue":
        overdue = select(Deadline.debtor_id).where(
            Deadline.status == DeadlineStatus.OPEN, Deadline.due_date < t
        )
        return Debtor.id.in_(overdue)
    one = timedelta(days=1)
    spans: dict[str, tuple[date, date | None]] = {
        "today": (t, t),
        "soon": (t + one, bounds.soon_until),
        "fortnight": (bounds.soon_until + one, bounds.fortnight_until),
        "later": (max(bounds.soon_until, bounds.fortnight_until) + one, None),
    }
    if urgency not in spans:
        raise ValueError(f"unknown urgency {urgency!r}; use one of {URGENCY_FILTERS}")
    start, until = spans[urgency]
    if until is not None and until < start:
        return literal(False)
    return and_(
        Debtor.id.in_(_pressing_on_or_after(start, until, bounds)),
        _nothing_before(start, bounds),
    )


@dataclass(frozen=True)
class _Where:
    """The register's narrowing: filters and text, as conditions and a rank."""

    def all(self) -> tuple[ColumnElement[bool], ...]:
        """Every condition, with the index's candidates when it has some."""
        if self.candidates is None:
            return self.conditions
        return (self.candidates, *self.conditions)

    conditions: tuple[ColumnElement[bool], ...]
    rank: ColumnElement[int] | None  # None: no text (every case matches, in name order)
    # The candidates the trigram index finds (SQLite), or None: kept apart from
    # ``conditions`` so a search can choose not to use them (see search_cases).
    candidates: ColumnElement[bool] | None = None
    # For a text the index cannot look up: where the rank-1 hits (start of the name,
    # of a word, of the IIN) can be found by index, if they can (see _ids_by_rank).
    starts: ColumnElement[bool] | None = None
    exact: ColumnElement[bool] | None = None  # the rank-0 hits, by index
    # What the trigram index was asked for (``candidates``), for ``_candidate_ids``.
    fragments: tuple[str, ...] = ()
    # The test that makes a hit rank 1 when it is not exact (a start of the name, of a
    # word, of the IIN): cheap beside the match, so asked first (``_ids_by_rank``).
    started: ColumnElement[bool] | None = None
    # The folded text and its digits (``search_terms``), for ``_first_by_name``.
    key: str = ""
    number: str = ""
    # The filters besides urgency, when there is no urgency filter: the short-text
    # path's statements can then be built once a shape (``_rank_sql``).
    filters: _Filters | None = None


def _register_where(
    *,
    text: str | None,
    city: str | None,
    status: str | None,
    advisor_id: int | None,
    urgency: str | None = None,
    bounds: UrgencyBounds | None = None,
) -> _Where:
    conditions: list[ColumnElement[bool]] = []
    if city:
        conditions.append(Debtor.city == city)
    if status:
        conditions.append(Debtor.status == status)
    if advisor_id is not None:
        conditions.append(Debtor.advisor_id == advisor_id)
    if urgency:
        if bounds is None:
            raise ValueError("filtering by urgency needs the urgency bounds")
        conditions.append(_urgency_where(urgency, bounds))
    key, number = search_terms(text or "")
    if not (key or number):
        return _Where(tuple(conditions), None)
    terms = _Terms(key, number)
    match, exact, rank, started = _text_match(terms.shape, terms.values)
    conditions.append(match)
    return _Where(
        tuple(conditions),
        rank,
        candidates=_trigram_candidates(terms.fragments),
        starts=_starts(key, number),
        exact=exact,
        fragments=terms.fragments,
        started=started,
        key=key,
        number=number,
        filters=None if urgency else _Filters(city or None, status or None, advisor_id),
    )


@dataclass(frozen=True)
class _Terms:
    """What a typed text is looked for as: the folded text, its digits, its +7 form."""

    key: str
    number: str

    @property
    def plus7(self) -> str:
        return _as_plus7(self.number)

    @property
    def fragments(self) -> tuple[str, ...]:
        """What the text's matches hold somewhere in their search text (any one of)."""
        found = [self.key] if self.key else []
        if self.number and self.number != self.key:
            found.append(self.number)
        if self.plus7:
            found.append(self.plus7)
        return tuple(found)

    @property
    def shape(self) -> Shape:
        """Which parts ``_text_match`` has: a key, the digits apart, a +7 form, digits,
        a letter (without one, no word of a name starts with the text)."""
        return (
            bool(self.key),
            bool(self.number and self.number != self.key),
            bool(self.plus7),
            bool(self.number),
            _has_letter(self.key),
        )

    @property
    def values(self) -> dict[str, Any]:
        """The values ``_text_match`` compares with (the patterns escaped for ``LIKE``)."""
        key, number = _escape_like(self.key), _escape_like(self.number)
        return {
            "key": self.key,
            "probe": self.number or self.key,
            "key_anywhere": f"%{key}%",
            "number_anywhere": f"%{number}%",
            "plus7_anywhere": f"%{self.plus7}%",
            "key_start": f"{key}%",
            "word_start": f"% {key}%",
            "number_start": f"{self.number}%",
        }


def _has_letter(key: str) -> bool:
    """Whether ``key`` holds a letter: only then can a word of a name start with it."""
    return any(c.isalpha() for c in key)


def _text_match(
    shape: Shape, values: dict[str, Any]
) -> tuple[ColumnElement[bool], ColumnElement[bool], ColumnElement[int], ColumnElement[bool]]:
    """A text's condition, its exact (rank 0) hits, its rank and the test of its rank-1
    hits (true of them and of some exact ones), for ``_Terms``'s shape.

    Rank 1 is a name, a word of a name or an IIN starting with the text. A word
    counts only for a text with a letter: a word starts with one ("Ли Вэй 100%"
    is not a start for "100%"), and the paths that read a page rank by rank
    (``_starts``, ``_first_by_name``) cannot look up a word of digits among the
    phones and IINs of the trigram index without reading every name.

    ``values`` are ``_Terms.values`` or, for a statement built once and run
    with each text's values (``_ranked_page_sql``), bound parameters named the same.
    """
    has_key, has_number, has_plus7, digits_typed, letter_typed = shape
    patterns = []
    if has_key:
        patterns.append(Debtor.search_text.like(values["key_anywhere"], escape="\\"))
    if has_number:
        patterns.append(Debtor.search_text.like(values["number_anywhere"], escape="\\"))
    if has_plus7:
        patterns.append(Debtor.search_text.like(values["plus7_anywhere"]))
    exact = or_(Debtor.name_key == values["key"], Debtor.iin == values["probe"])
    started = or_(
        Debtor.name_key.like(values["key_start"], escape="\\"),
        and_(literal(letter_typed), Debtor.name_key.like(values["word_start"], escape="\\")),
        and_(literal(digits_typed), Debtor.iin.like(values["number_start"])),
    )
    rank = case((exact, literal(0)), (started, literal(1)), else_=literal(2))
    return or_(*patterns), exact, rank, started


def _starts(key: str, number: str) -> ColumnElement[bool] | None:
    """The rank-1 hits by index: names from ``key`` on (a range of ``ix_debtor_search``),
    words starting with it (the trigram phrase " " + key) and IINs starting with
    the digits. None for one letter: " x" is shorter than a trigram. None too for
    one digit without letters ("+7", as every phone starts): a tenth of all IINs
    start with "7", and sorting those by name costs 190 ms where reading names in
    order finds a page of them in a few hundred rows. (Not for two: "87" starts
    few IINs, and reading names in order for them would read every case.)"""
    if len(key) < 2:
        return None
    if len(number) == 1 and not _has_letter(key):
        return None
    # U+10FFFF sorts after every character: the range is every name starting with key.
    parts = [and_(Debtor.name_key >= key, Debtor.name_key < key + "\U0010ffff")]
    # A word of a name starts with a letter (the rank's rule, ``_text_match``): a key
    # without one ("+7 7", "8701") names no word start, and its phrase (" +7") would
    # propose every phone in the register (190 ms at 100,000 cases for nothing).
    words = _trigram_candidates([" " + key]) if _has_letter(key) else None
    if words is not None:
        parts.append(words)
    if number:
        parts.append(and_(Debtor.iin >= number, Debtor.iin < number + "\U0010ffff"))
    return or_(*parts)


def _sort_columns(
    sort: str | None, where: _Where, bounds: UrgencyBounds | None, on: date
) -> list[ColumnElement[Any]]:
    """The values a page is ordered by, before the folded name and id that break ties.

    No sort: relevance (when there is text). A sort by a column replaces relevance;
    urgency sorts homes at risk first (as the agenda does), then by the most
    pressing date. Empty values sort last either way.
    """
    if sort is None:
        return [where.rank] if where.rank is not None else []
    if sort == "name":
        return []
    if sort == "city":
        return [code_point_order(Debtor.city)]
    if sort == "iin":
        return [Debtor.iin]
    if sort == "phone":
        return [Debtor.phone]
    if sort == "status":
        order = case(
            *((Debtor.status == key, literal(n)) for key, n in _STATUS_ORDER.items()),
            else_=literal(len(_STATUS_ORDER)),
        )
        return [order]
    if sort == "advisor":
        return [code_point_order(_advisor_name(Debtor.advisor_id))]
    if sort == "next_hearing":
        return [_next_hearing(Debtor.id, on)]
    if sort == "next_deadline":
        return [_next_deadline(Debtor.id)]
    if sort == "urgency":
        if bounds is None:
            raise ValueError("sorting by urgency needs the urgency bounds")
        # The earliest deadline or threat in one subquery (the three sources read by
        # index), and the threat window as an EXISTS: a CASE over the two subqueries
        # would run each of them several times a row.
        pressing = _earliest(_dated_sources("urgency", on))
        at_risk = (
            select(Event.id)
            .where(
                Event.debtor_id == Debtor.id,
                Event.kind.in_(_THREATS),
                Event.date >= on,
                Event.date <= bounds.threat_until,
            )
            .correlate(Debtor)
            .exists()
        )
        # Nothing pressing at all: empty, so last whichever way round.
        risk = case((at_risk, literal(0)), (pressing.is_(None), None), else_=literal(1))
        return [risk, pressing]
    raise ValueError(f"unknown sort {sort!r}; use one of {SORT_KEYS}")


def _ordered(
    values: Sequence[ColumnElement[Any]],
    name_key: ColumnElement[str],
    debtor_id: ColumnElement[int],
    *,
    descending: bool,
    relevance: bool,
) -> list[ColumnElement[Any]]:
    order: list[ColumnElement[Any]] = []
    for value in values:
        if relevance:
            order.append(value)
        else:
            order.append((value.desc() if descending else value.asc()).nulls_last())
    if descending and not values:  # by name, backwards
        return [code_point_order(name_key).desc(), debtor_id.desc()]
    return [*order, code_point_order(name_key), debtor_id]


def _register_columns(debtor_id: ColumnElement[int], on: date) -> list[ColumnElement[Any]]:
    """The columns of a ``CaseRow``: the debtor's own, its advisor, next hearing, deadline
    and threat.

    The advisor is a subquery rather than a join, so a count of ``case_query``'s
    matches (``with_only_columns(Debtor.id)``) reads no more than the search does.
    """
    return [
        Debtor.id,
        Debtor.uuid,
        Debtor.full_name,
        Debtor.city,
        Debtor.iin,
        Debtor.phone,
        Debtor.status,
        _advisor_name(Debtor.advisor_id).label("advisor"),
        _next_hearing(debtor_id, on).label("next_hearing"),
        _next_deadline(debtor_id).label("next_deadline"),
        _next_threat(debtor_id, on, func.min(Event.date)).label("threat_date"),
        _threat_kind(debtor_id, on).label("threat_kind"),
    ]


@lru_cache(maxsize=4)
def _register_select(on: date) -> Select:
    """``select`` of a ``CaseRow``'s columns on ``on``, built once a day.

    Building its five correlated subqueries costs more Python time than reading a
    page of rows; statements are immutable, so every keystroke can share one.
    """
    return select(*_register_columns(Debtor.id, on))


def _threat_kind(debtor_id: ColumnElement[int], on: date) -> Any:
    return (
        select(Event.kind)
        .where(Event.debtor_id == debtor_id, Event.kind.in_(_THREATS), Event.date >= on)
        .order_by(Event.date, Event.kind)
        .limit(1)
        .correlate_except(Event)
        .scalar_subquery()
    )


def case_query(
    *,
    text: str | None = None,
    city: str | None = None,
    status: str | None = None,
    advisor_id: int | None = None,
    urgency: str | None = None,
    bounds: UrgencyBounds | None = None,
    on: date | None = None,
    sort: str | None = None,
    descending: bool = False,
) -> Select:
    """The register query: filtered and ordered, but not yet limited.

    For counting (``with_only_columns``) and for one case (``where``). A page of
    the register is ``page_query``: limiting this query would work out the next
    hearing and deadline of every match before choosing the page.
    """
    on = bounds.today if bounds is not None else (on or today())
    where = _register_where(
        text=text, city=city, status=status, advisor_id=advisor_id, urgency=urgency, bounds=bounds
    )
    values = _sort_columns(sort, where, bounds, on)
    order = _ordered(
        values, Debtor.name_key, Debtor.id, descending=descending, relevance=sort is None
    )
    return select(*_register_columns(Debtor.id, on)).where(*where.all()).order_by(*order)


def page_query(
    *,
    text: str | None = None,
    city: str | None = None,
    status: str | None = None,
    advisor_id: int | None = None,
    urgency: str | None = None,
    bounds: UrgencyBounds | None = None,
    on: date | None = None,
    sort: str | None = None,
    descending: bool = False,
    limit: int | None = None,
    offset: int = 0,
) -> Select:
    """The rows of ``case_query`` from ``offset`` on, at most ``limit`` of them.

    The page is chosen first, from the debtor's id, folded name, search text and
    IIN only (which ``ix_debtor_search`` holds, so SQLite scans that narrow index
    rather than the table) and what it is sorted by; the advisor, next hearing,
    deadline and threat are then looked up for the page's rows alone.
    """
    on = bounds.today if bounds is not None else (on or today())
    where = _register_where(
        text=text, city=city, status=status, advisor_id=advisor_id, urgency=urgency, bounds=bounds
    )
    return _page_of(where, bounds, on, sort=sort, descending=descending, limit=limit, offset=offset)


def _page_of(
    where: _Where,
    bounds: UrgencyBounds | None,
    on: date,
    *,
    sort: str | None,
    descending: bool,
    limit: int | None,
    offset: int,
) -> Select:
    """``page_query`` for a narrowing already worked out (``search_cases`` has one)."""
    values = _sort_columns(sort, where, bounds, on)
    relevance = sort is None
    labelled = [v.label(f"s{n}") for n, v in enumerate(values)]
    page = (
        select(Debtor.id.label("id"), Debtor.name_key.label("name_key"), *labelled)
        .where(*where.all())
        .order_by(
            *_ordered(
                values, Debtor.name_key, Debtor.id, descending=descending, relevance=relevance
            )
        )
    )
    if limit is not None:
        page = page.limit(limit)
    if offset:
        page = page.offset(offset)
    chosen = page.subquery("page")
    outer_values = [chosen.c[f"s{n}"] for n in range(len(values))]
    return (
        select(*_register_columns(chosen.c.id, on))
        .select_from(chosen)
        .join(Debtor, Debtor.id == chosen.c.id)
        .order_by(
            *_ordered(
                outer_values,
                chosen.c.name_key,
                chosen.c.id,
                descending=descending,
                relevance=relevance,
            )
        )
    )


def search_cases(
    session: Session,
    text: str | None = None,
    *,
    limit: int | None = None,
    offset: int = 0,
    city: str | None = None,
    status: str | None = None,
    advisor_id: int | None = None,
    urgency: str | None = None,
    sort: str | None = None,
    descending: bool = False,
    bounds: UrgencyBounds | None = None,
) -> list[CaseRow]:
    """Cases matching ``text`` (name, IIN, phone or case number) and the filters.

    Best matches first unless ``sort`` names a column (``SORT_KEYS``). The urgency
    bounds are worked out from the working calendar when a filter or sort by
    urgency needs them and none are given.
    """
    if bounds is None and (urgency or sort == "urgency"):
        bounds = urgency_bounds(session)
    many = False  # the trigram index proposes too many cases to rank them all
    if sort is None and limit is not None and session.get_bind().dialect.name == "sqlite":
        # Most keys: a text the index can look up. Its page is ranked by a statement
        # built once for the text's shape (``_ranked_page``); with an urgency filter
        # (not among those shapes) by the statement built below.
        terms = _Terms(*search_terms(text or ""))
        fragments = terms.fragments
        if fragments and min(len(f) for f in fragments) >= 3:  # as _trigram_candidates
            found_ids = _candidate_ids(session, fragments)
            many = found_ids is None
            if found_ids is not None and not found_ids:
                return []  # the index finds the text nowhere: the LIKE would not either
            if found_ids is not None and not urgency:
                filters = _Filters(city or None, status or None, advisor_id)
                ids = _ranked_page(session, terms, found_ids, filters, limit, offset)
                return _rows_of(session, ids, bounds.today if bounds is not None else today())
    where = _register_where(
        text=text, city=city, status=status, advisor_id=advisor_id, urgency=urgency, bounds=bounds
    )
    texted = sort is None and where.rank is not None and limit is not None
    if (
        texted
        and where.candidates is not None
        and not many
        and session.get_bind().dialect.name == "sqlite"
    ):
        found_ids = _candidate_ids(session, where.fragments)
        many = found_ids is None
        if found_ids is not None:
            if not found_ids:
                return []
            # The index was just read: hand its answer to the page query rather than
            # make SQLite look every fragment up again (3-8 ms for "8 702 34").
            where = replace(where, candidates=_ids_in(found_ids))
    if (
        sort is None
        and where.rank is not None
        and limit is not None
        and (where.candidates is None or many)
    ):
        ids = _ids_by_rank(session, where, where.rank, offset + limit)[offset:]
        return _rows_of(session, ids, bounds.today if bounds is not None else today())
    if sort is None and where.rank is not None and limit is not None:
        # The page's ids by a narrow query, then their rows by the day's shared select:
        # building the rows' five subqueries around this page costs 1-2 ms a key.
        order = _ordered([where.rank], Debtor.name_key, Debtor.id, descending=False, relevance=True)
        page = select(Debtor.id).where(*where.all()).order_by(*order).limit(limit).offset(offset)
        ids = list(session.scalars(page))
        return _rows_of(session, ids, bounds.today if bounds is not None else today())
    if sort in (*_DATED_SORTS, *_GROUPED_SORTS) and where.rank is None and limit is not None:
        on = bounds.today if bounds is not None else today()
        if sort in _DATED_SORTS:
            ids = _ids_by_date(session, where, sort, descending, bounds, on, offset + limit)
        else:
            ids = _ids_by_group(session, where, sort, descending, offset + limit)
        return _rows_of(session, ids[offset:], on)
    on = bounds.today if bounds is not None else today()
    query = _page_of(
        where, bounds, on, sort=sort, descending=descending, limit=limit, offset=offset
    )
    return [CaseRow(*row) for row in session.execute(query)]


def _rows_of(session: Session, ids: Sequence[int], on: date) -> list[CaseRow]:
    """The register rows of ``ids``, in that order (a page chosen by id first).

    On SQLite the day's statement is sent to the driver as written
    (``_rows_sql``): through SQLAlchemy, working out the cache key of its five
    subqueries and making each row cost more than SQLite's reading the page
    (3-4 ms a key, every key).
    """
    if not ids:
        return []
    if session.get_bind().dialect.name == "sqlite":
        found = {
            r[0]: CaseRow(*r[:8], _day(r[8]), _day(r[9]), _day(r[10]), r[11])
            for r in _on_driver(session, _rows_sql(on), (json.dumps(list(ids)),))
        }
    else:
        query = _register_select(on).where(Debtor.id.in_(ids))
        found = {row.id: CaseRow(*row) for row in session.execute(query)}
    return [found[i] for i in ids if i in found]


def _on_driver(session: Session, sql: str, params: Sequence[Any]) -> list[Any]:
    """Every row of ``sql`` run by the SQLite driver itself, on the session's connection.

    A driver error (a locked or damaged file, a missing table) comes out as
    SQLAlchemy's ``DBAPIError``, as it would from ``session.execute``: callers
    (``ui.operations.base.action``, the command line) turn that one kind into a
    message, never a traceback.
    """
    connection = session.connection()
    driver = connection.connection.driver_connection
    assert driver is not None
    dbapi = connection.dialect.dbapi
    try:
        return driver.execute(sql, params).fetchall()
    except dbapi.Error as exc:
        # The parameters are what was typed (a name, an IIN): never in the message.
        wrapped = DBAPIError.instance(
            sql, params, exc, dbapi.Error, hide_parameters=True, dialect=connection.dialect
        )
        raise wrapped from exc


def _day(value: str | None) -> date | None:
    """A date as SQLite holds it (ISO text, as SQLAlchemy writes it), read as a date."""
    return None if value is None else date.fromisoformat(value)


@lru_cache(maxsize=4)
def _rows_sql(on: date) -> str:
    """``_register_select(on)`` for the ids given as one JSON array (``?``), as SQLite text.

    Compiled by SQLAlchemy once a day with the day's values written in (as
    SQLAlchemy writes them for SQLite: dates as ISO text), so it is the same
    statement as the one PostgreSQL is sent, and is then reused as it is.
    """
    listed = func.json_each(literal_column("?")).table_valued("value")
    query = _register_select(on).where(Debtor.id.in_(select(listed.c.value)))
    compiled = query.compile(dialect=sqlite_dialect(), compile_kwargs={"literal_binds": True})
    return str(compiled)


def _candidate_ids(session: Session, fragments: Sequence[str]) -> list[int] | None:
    """The cases the trigram index proposes for ``fragments``, or None when too many.

    Ranking reads each candidate's row: fine for a few hundred, not for the
    tens of thousands "+7 70" proposes (None: those are read by rank instead).
    Asked of the FTS5 table alone, the lookup stops at the cap; as
    ``debtor.id IN (…)`` SQLite would read every candidate first (6-16 ms for
    "ива" or "ова"). The ids found are returned so the page query need not ask
    the index again. SQLite only: PostgreSQL has no such table.

    One statement for all fragments (their phrases joined by ``OR``: the union,
    capped as a whole, so "more than the cap" means the same as capping each),
    sent to the driver as written: up to 1,500 ids fetched row by row through
    SQLAlchemy cost more than SQLite's lookup (2-4 ms a key).
    """
    query = " OR ".join(_phrase(f) for f in fragments)
    found = _on_driver(session, _CANDIDATES_SQL, (query, _MANY_CANDIDATES + 1))
    if len(found) > _MANY_CANDIDATES:
        return None
    return sorted(row[0] for row in found)


_CANDIDATES_SQL: Final = "SELECT rowid FROM debtor_search WHERE debtor_search MATCH ? LIMIT ?"


@dataclass(frozen=True)
class _Filters:
    """The register's filters besides urgency, as ``_register_where`` applies them."""

    city: str | None
    status: str | None
    advisor_id: int | None

    @property
    def shape(self) -> tuple[bool, bool, bool]:
        return (self.city is not None, self.status is not None, self.advisor_id is not None)


def _ranked_page(
    session: Session,
    terms: _Terms,
    found_ids: Sequence[int],
    filters: _Filters,
    limit: int,
    offset: int,
) -> list[int]:
    """The ids of a page of a text's matches among the trigram index's ``found_ids``,
    best first (SQLite).

    The statement ``search_cases`` would build for this text, built once for each
    shape of text and filters (``_ranked_page_sql``) and run by the driver with
    the text's values: building it for each key, working out its cache key and
    reading the ids through SQLAlchemy cost 2-4 ms a key, about what SQLite takes.
    """
    sql, names, fixed = _ranked_page_sql(terms.shape, filters.shape)
    values = {
        **fixed,
        **terms.values,
        "ids": json.dumps(list(found_ids)),
        "city": filters.city,
        "status": filters.status,
        "advisor_id": filters.advisor_id,
        "limit": limit,
        "offset": offset,
    }
    return [row[0] for row in _on_driver(session, sql, [values[name] for name in names])]


def _bound_filters(filtered: tuple[bool, bool, bool]) -> list[ColumnElement[bool]]:
    """The city, status and advisor conditions of a statement built once for many
    values (``filtered`` says which of them the shape has), as bound parameters."""
    has_city, has_status, has_advisor = filtered
    conditions: list[ColumnElement[bool]] = []
    if has_city:
        conditions.append(Debtor.city == bindparam("city"))
    if has_status:
        conditions.append(Debtor.status == bindparam("status"))
    if has_advisor:
        conditions.append(Debtor.advisor_id == bindparam("advisor_id"))
    return conditions


@lru_cache(maxsize=64)
def _ranked_page_sql(
    shape: Shape, filtered: tuple[bool, bool, bool]
) -> tuple[str, tuple[str, ...], dict[str, Any]]:
    """SQLite text of the ranked page query for a shape of text (``_Terms.shape``) and
    filters, the names of its parameters in order, and the values it fixes itself.

    The same conditions and order as ``_register_where`` and ``search_cases`` build
    (``_text_match``), with bound parameters in place of the values.
    """
    values = {name: bindparam(name) for name in _Terms("", "").values}
    match, _exact, rank, _started = _text_match(shape, values)
    listed = func.json_each(bindparam("ids")).table_valued("value")
    conditions = [Debtor.id.in_(select(listed.c.value)), *_bound_filters(filtered), match]
    order = _ordered([rank], Debtor.name_key, Debtor.id, descending=False, relevance=True)
    query = (
        select(Debtor.id)
        .where(*conditions)
        .order_by(*order)
        .limit(bindparam("limit"))
        .offset(bindparam("offset"))
    )
    return _sqlite_statement(query, {*values, "ids", "limit", "offset"})


def _sqlite_statement(
    query: Select, given: set[str]
) -> tuple[str, tuple[str, ...], dict[str, Any]]:
    """SQLite text of a statement built with bound parameters, the names of its
    parameters in order, and the values it fixes itself (its literals), that is all
    but those ``given`` with each run and the filters' (``_bound_filters``)."""
    compiled = query.compile(dialect=sqlite_dialect())
    given = {*given, "city", "status", "advisor_id"}
    fixed = compiled.construct_params({name: None for name in given})
    fixed = {name: value for name, value in fixed.items() if name not in given}
    return str(compiled), tuple(compiled.positiontup or ()), fixed


def _ids_in(ids: Sequence[int]) -> ColumnElement[bool]:
    """``debtor.id IN ids`` as one JSON parameter (SQLite's ``json_each``), not one per id."""
    listed = func.json_each(json.dumps(list(ids))).table_valued("value")
    return Debtor.id.in_(select(listed.c.value))


def _ids_by_rank(session: Session, where: _Where, rank: ColumnElement[int], need: int) -> list[int]:
    """The first ``need`` matches of a text the trigram index cannot serve (one or two
    letters) or proposes too often for, by rank, then name, then id.

    Such text matches thousands of cases, and ranking them all would read every
    case. A page needs only the first ``need``: each rank is read in name order
    (``ix_debtor_search``'s) and stops as soon as there are enough, and a rank is
    not read at all when the better ones fill the page.
    """
    reader = _RankReader(session, where, rank)
    ids = [row[1] for row in reader.rows("exact", need)]
    if len(ids) < need:
        early = _first_by_name(reader, need - len(ids))
        if early is not None:
            ids += early
        else:
            kind = "starts" if where.starts is not None else "started"
            ids += [row[1] for row in reader.rows(kind, need - len(ids))]
    if len(ids) < need:
        ids += [row[1] for row in reader.rows("rest", need - len(ids))]
    return ids


# The short-text path's statements (``_RankReader``): what each reads, besides the
# text's match and the filters. All are read in name order, then id.
_RANK_KINDS: Final = (
    "exact",  # rank 0: the name or the IIN is the text
    "started",  # rank 1 when the start test has no index (one letter): the start test
    # first, as SQLite checks conditions in the order written: false for most names,
    # where the LIKE on the long search text and the rank's CASE are not ("ч" reads
    # about 90,000 names: 52 -> 35 ms)
    "starts",  # rank 1 by ``_Where.starts`` (PostgreSQL)
    "names",  # rank 1: names from the text on (a range of ix_debtor_search)
    "iins",  # rank 1: IINs from the digits on (a range of ix_debtor_iin_search)
    "walk",  # rank 1: a word starting with the text, names up to ``bound``
    "after",  # rank 1: a word starting with the text, names after ``bound``
    "ids",  # rank 1 among ``ids`` (JSON), the trigram index's word starts
    "rest",  # rank 2
)
# The kinds read from the narrow index in name order (the rest look rows up by an
# index of their own: the exact name or IIN, the IIN range, the ids).
_IN_NAME_ORDER: Final = frozenset({"started", "names", "walk", "after", "rest"})


def _rank_select(
    kind: str,
    conditions: Sequence[ColumnElement[bool]],
    parts: tuple[ColumnElement[int], ColumnElement[bool], ColumnElement[bool], Any],
    p: dict[str, Any],
) -> Select:
    """The short-text path's statement ``kind`` (``_RANK_KINDS``): (name_key, id) in name
    order, at most ``p["limit"]``.

    ``conditions`` are the filters and the text's match, ``parts`` the rank, exact
    test, start test and ``_Where.starts``; ``p`` the values that change with each
    key, as values or as bound parameters (``_rank_sql``).
    """
    if kind not in _RANK_KINDS:
        raise ValueError(f"unknown statement {kind!r}; use one of {_RANK_KINDS}")
    rank, exact, started, starts = parts
    first: list[Any] = []  # what only this kind reads, tested first
    if kind == "started":
        first = [started]
    elif kind == "names":
        first = [Debtor.name_key >= p["name_from"], Debtor.name_key < p["name_to"]]
    elif kind == "iins":
        first = [Debtor.iin >= p["iin_from"], Debtor.iin < p["iin_to"]]
    elif kind in ("walk", "after"):
        word = Debtor.name_key.like(p["word_start"], escape="\\")
        bound = Debtor.name_key <= p["bound"] if kind == "walk" else Debtor.name_key > p["bound"]
        first = [word, bound]
    elif kind == "ids":
        listed = func.json_each(p["ids"]).table_valued("value")
        first = [Debtor.id.in_(select(listed.c.value))]
    level = 0 if kind == "exact" else 2 if kind == "rest" else 1
    query = select(Debtor.name_key, Debtor.id).where(*first, *conditions, rank == level)
    if kind == "exact":
        query = query.where(exact)
    elif kind == "starts":
        query = query.where(starts)
    if kind in _IN_NAME_ORDER:
        # The narrow index holds all these read; left alone SQLite takes
        # ix_debtor_name_key for its order and reads each row of the wide table.
        query = query.with_hint(Debtor.__table__, "INDEXED BY ix_debtor_search", "sqlite")
    return query.order_by(code_point_order(Debtor.name_key), Debtor.id).limit(p["limit"])


# The values of ``_rank_select`` besides ``_Terms.values``.
_RANK_VALUES: Final = ("name_from", "name_to", "iin_from", "iin_to", "bound", "ids", "limit")


@lru_cache(maxsize=256)
def _rank_sql(
    kind: str, shape: Shape, filtered: tuple[bool, bool, bool]
) -> tuple[str, tuple[str, ...], dict[str, Any]]:
    """SQLite text of ``_rank_select(kind)`` for a shape of text and filters, the names of
    its parameters in order and the values it fixes itself (as ``_ranked_page_sql``).

    Built once a shape: building, caching and reading through SQLAlchemy the three
    or four statements of a key cost 3-6 ms, about what SQLite takes.
    """
    values = {name: bindparam(name) for name in (*_Terms("", "").values, *_RANK_VALUES)}
    match, exact, rank, started = _text_match(shape, values)
    conditions = [*_bound_filters(filtered), match]
    query = _rank_select(kind, conditions, (rank, exact, started, None), values)
    return _sqlite_statement(query, set(values))


class _RankReader:
    """Runs the short-text path's statements (``_rank_select``) for one text.

    On SQLite without an urgency filter, each statement is compiled once a shape
    (``_rank_sql``) and run by the driver; otherwise built for the text and run by
    the session (PostgreSQL, or an urgency filter's subqueries).
    """

    def __init__(self, session: Session, where: _Where, rank: ColumnElement[int]) -> None:
        self.session = session
        self.where = where
        self.rank = rank
        self.sqlite = session.get_bind().dialect.name == "sqlite"
        terms = _Terms(where.key, where.number)
        self.shape = terms.shape
        top = "\U0010ffff"  # sorts after every character: a range of all that start so
        self.values: dict[str, Any] = {
            **terms.values,
            "name_from": where.key,
            "name_to": where.key + top,
            "iin_from": where.number,
            "iin_to": where.number + top,
            "bound": None,
            "ids": None,
        }
        filters = where.filters
        if filters is not None:
            self.values.update(
                city=filters.city, status=filters.status, advisor_id=filters.advisor_id
            )

    def rows(self, kind: str, need: int, **given: Any) -> Sequence[Any]:
        """(name_key, id) of the first ``need`` rows of statement ``kind`` in name order."""
        values = {**self.values, **given, "limit": need}
        where = self.where
        if self.sqlite and where.filters is not None:
            sql, names, fixed = _rank_sql(kind, self.shape, where.filters.shape)
            values.update(fixed)
            return _on_driver(self.session, sql, [values[name] for name in names])
        parts = (self.rank, where.exact, where.started, where.starts)
        query = _rank_select(kind, where.conditions, parts, values)
        return self.session.execute(query).all()


# At most this many words starting with the text (the trigram phrase " " + text) are
# read from the trigram index and ranked (``_first_words``); above, names are read
# in order until a page of them is found. At 100,000 cases ranking costs about 5 us a
# hit (each hit's row is read for its name) and the walk about 0.5 us a name, with
# about 51 * 100,000 / hits names to read for a page of 50: even at 1,000 hits the
# walk reads ~5,000 names (2-3 ms) where ranking would cost 5 ms.
_WORD_STARTS_TO_RANK: Final = 1000


def _first_by_name(reader: _RankReader, need: int) -> list[int] | None:
    """The first ``need`` rank-1 hits of a text in name order, or all when fewer (SQLite;
    None elsewhere).

    The rank-1 hits are the names starting with the text, the names with a word
    starting with it and the IINs starting with its digits: each kind's first
    ``need`` by name are read the way that is cheap for it, and merged. Names
    starting with the text are a range of ``ix_debtor_search``; IINs a range of
    ``ix_debtor_iin_search`` (a few thousand at most: two digits or more); word
    starts as ``_first_words`` reads them. Gathering them all and sorting by name
    cost 10-20 ms at 100,000 cases ("иван": Иванов, Иван, Иванович); a first walk
    of the first 6,000 names then wasted about 5 ms on every phone number.

    Each kind's statement has the whole rank-1 condition (filters, match, not
    exact), so the merge is exactly the first rank-1 hits; Python orders str by
    code point, as SQLite's BINARY does.
    """
    where = reader.where
    one_letter = len(where.key) == 1 and where.key.isalpha()
    if need <= 0 or not reader.sqlite or where.started is None:
        return None
    if where.starts is None and not one_letter:
        return None  # one digit ("+7"): names in order find a page of IINs from 7 at once
    rows = list(reader.rows("names", need))
    if reader.where.number:
        rows += reader.rows("iins", need)
    # A word of a name starts with a letter (the rank's rule, ``_text_match``): a key
    # without one ("+7 7", "8701") names no word start.
    if _has_letter(where.key):
        rows += _first_words(reader, need)
    merged = sorted({row[1]: (row[0], row[1]) for row in rows}.values())
    return [row_id for _name, row_id in merged[:need]]


def _first_words(reader: _RankReader, need: int) -> list[Any]:
    """(name_key, id) of the first ``need`` rank-1 hits with a word starting with the text.

    First the names up to ``_walk_bound`` are read in order, stopping at a page:
    common starts (Иванович, Курманович) are found there in a few hundred names.
    If they do not fill a page, the trigram index is asked for the word starts
    (``_word_start_hits``; a long phrase of common trigrams, " курманов", costs it
    5 ms: hence not first), and they are ranked when few; when many, the walk goes
    on from the bound to the end of the page.
    """
    bound = _walk_bound(reader.session)
    found: list[Any] = []
    if bound is not None:
        found = list(reader.rows("walk", need, bound=bound))
        # Exactly the first ones when a page: every name up to the bound was examined.
        if len(found) >= need:
            return found
    cap = _WORD_STARTS_TO_RANK
    hits = _word_start_hits(reader.session, reader.where.key, cap)
    if len(hits) > cap:
        # From the bound on (from "" without one: a name with a word is not empty).
        return found + list(reader.rows("after", need, bound=bound or ""))
    if not hits:
        return []
    return list(reader.rows("ids", need, ids=json.dumps(sorted(row[0] for row in hits))))


def _word_start_hits(session: Session, key: str, cap: int) -> list[Any]:
    """Cases whose search text has a word starting with ``key`` (a superset of those whose
    name has), from the trigram index: at most ``cap + 1`` (more than ``cap``: many).

    For one letter, " " + letter is shorter than a trigram, but the trigrams starting
    with it (" ча", " че"…) are in the index's vocabulary with how many cases hold
    each: every word of a name is followed by a character in the search text (the
    name by " | "), so their cases hold every such word start. Reading every name
    to find that none has a word starting with "ч" cost 35-55 ms at 100,000 cases,
    the vocabulary under 1 ms.
    """
    if len(key) > 1:
        return _on_driver(session, _CANDIDATES_SQL, (_phrase(" " + key), cap + 1))
    try:
        terms = _word_trigrams(session, key)
    except DBAPIError:
        # A file opened read-only (query_only) refuses even the connection's own
        # table: "many", so the names are read in order - the same rows, slower.
        return [(None,)] * (cap + 1)
    if sum(docs for _term, docs in terms) > cap:
        return [(None,)] * (cap + 1)  # many, by the vocabulary's counts
    if not terms:
        return []
    phrases = " OR ".join(_phrase(term) for term, _docs in terms)
    return _on_driver(session, _CANDIDATES_SQL, (phrases, cap + 1))


# The trigram index's vocabulary: a table of the connection's own (temp), not of the file.
_VOCABULARY_SQL: Final = (
    "CREATE VIRTUAL TABLE IF NOT EXISTS temp.debtor_search_terms"
    " USING fts5vocab(main, 'debtor_search', 'row')"
)
_TERMS_SQL: Final = "SELECT term, doc FROM temp.debtor_search_terms WHERE term >= ? AND term < ?"


def _word_trigrams(session: Session, letter: str) -> list[tuple[str, int]]:
    """The trigrams of the index starting with " " + ``letter``, with how many cases hold
    each (SQLite)."""
    _on_driver(session, _VOCABULARY_SQL, ())
    start = " " + letter
    found = _on_driver(session, _TERMS_SQL, (start, start + "\U0010ffff"))
    return [(row[0], row[1]) for row in found]


# How far into the names ``_first_words`` walks before asking the trigram index (2-3
# ms). At 2,000 the first names (Kazakh surnames in А) held too few patronymics
# (Иванович) for a page.
_WALK_ROWS: Final = 6000
_walk_bounds: weakref.WeakKeyDictionary[Any, str] = weakref.WeakKeyDictionary()


def _walk_bound(session: Session) -> str | None:
    """The folded name ``_WALK_ROWS`` names in (SQLite), kept per engine.

    Reading it costs a few ms, so it is read once; cases added since only move
    where the walk stops (its speed), never which rows it finds.
    """
    bind = session.get_bind()
    if bind.dialect.name != "sqlite":
        return None
    engine = getattr(bind, "engine", bind)
    bound = _walk_bounds.get(engine)
    if bound is None:
        bound = session.scalar(
            select(Debtor.name_key).order_by(Debtor.name_key).offset(_WALK_ROWS).limit(1)
        )
        if bound is None:
            return None  # a small register: the trigram index answers cheaply there
        _walk_bounds[engine] = bound
    return bound


@dataclass(frozen=True)
class _Dated:
    """Rows giving a case a date the register sorts by: a case's value is their earliest."""

    debtor_id: ColumnElement[int]
    day: ColumnElement[date]
    where: tuple[ColumnElement[bool], ...]

    def rows(self, op: str | None = None, bound: date | None = None) -> Select:
        """(debtor_id, day) of such rows, all or up to (``<=``) or from (``>=``) ``bound``."""
        query = select(self.debtor_id.label("debtor_id"), self.day.label("day")).where(*self.where)
        if op == "<=":
            query = query.where(self.day <= bound)
        elif op == ">=":
            query = query.where(self.day >= bound)
        return query

    def earlier(self, debtor_id: ColumnElement[int], bound: date) -> Select:
        """Such rows of ``debtor_id`` dated before ``bound`` (correlated)."""
        return (
            select(self.day)
            .where(self.debtor_id == debtor_id, *self.where, self.day < bound)
            .correlate_except(self.day.table)  # type: ignore[attr-defined]
        )

    def within(self, group: Select | None, *, inside: bool) -> _Dated:
        """Only the rows of debtors ``group`` selects (or, not ``inside``, of the others)."""
        if group is None:
            return self
        test = self.debtor_id.in_(group) if inside else not_(self.debtor_id.in_(group))
        return _Dated(self.debtor_id, self.day, (*self.where, test))

    def nth(self, session: Session, n: int, *, descending: bool) -> date | None:
        """The date of the ``n``-th such row (from the end when ``descending``), if any."""
        order = self.day.desc() if descending else self.day.asc()
        query = select(self.day).where(*self.where).order_by(order).offset(n - 1).limit(1)
        return session.scalar(query)


# The sorts by a case's earliest date of some kind (``_sort_columns``), without text.
_DATED_SORTS: Final = frozenset({"next_hearing", "next_deadline", "urgency"})


def _dated_sources(sort: str, on: date) -> tuple[_Dated, ...]:
    """Where each dated sort's date comes from (as ``_sort_columns`` works it out)."""
    deadlines = _Dated(
        Deadline.debtor_id, Deadline.due_date, (Deadline.status == DeadlineStatus.OPEN,)
    )
    if sort == "next_deadline":
        return (deadlines,)
    if sort == "next_hearing":
        hearings = (Event.kind == EventKind.HEARING, Event.date >= on)
        return (_Dated(Event.debtor_id, Event.date, hearings),)
    # One source a kind of threat: each is then read in date order straight from the
    # (kind, date, debtor_id) index, where two kinds at once must be sorted first.
    threats = [
        _Dated(Event.debtor_id, Event.date, (Event.kind == kind, Event.date >= on))
        for kind in _THREATS
    ]
    return (deadlines, *threats)


def _ids_by_date(
    session: Session,
    where: _Where,
    sort: str,
    descending: bool,
    bounds: UrgencyBounds | None,
    on: date,
    need: int,
) -> list[int]:
    """The first ``need`` cases of a register without text sorted by a date (``_DATED_SORTS``).

    Ordering every case by its correlated "earliest date" subqueries reads all
    100,000 of them (1-3 s). A page needs only the cases whose date is at most
    (ascending) or at least (descending) some cutoff: the cutoff is read from the
    date index (``_dated_page``) and only those cases are ordered. Cases with no
    date come last, in name order. Urgency lists homes at risk first (descending:
    after the other cases with a date), each group read the same way; the order
    is ``_sort_columns``'s, which the register's tests check both paths against.
    """
    if sort == "urgency" and bounds is None:
        raise ValueError("sorting by urgency needs the urgency bounds")
    sources = _dated_sources(sort, on)
    day = _earliest(sources)
    groups: list[tuple[Select | None, bool]] = [(None, True)]
    if sort == "urgency":
        assert bounds is not None
        risk = select(Event.debtor_id).where(
            Event.kind.in_(_THREATS), Event.date >= on, Event.date <= bounds.threat_until
        )
        groups = [(risk, False), (risk, True)] if descending else [(risk, True), (risk, False)]
    # A narrow filter (a city's closed cases) is ordered whole: a walk from the date
    # index would read far into it before finding a page of such cases.
    narrow = bool(where.all()) and _at_most(session, where.all(), _FEW_TO_ORDER)
    ids: list[int] = []
    for group, inside in groups:
        if narrow:
            member = (
                []
                if group is None
                else [Debtor.id.in_(group) if inside else not_(Debtor.id.in_(group))]
            )
            order = (
                day.desc() if descending else day.asc(),
                code_point_order(Debtor.name_key),
                Debtor.id,
            )
            query = (
                select(Debtor.id)
                .where(*where.all(), *member, day.is_not(None))
                .order_by(*order)
                .limit(need - len(ids))
            )
            ids += session.scalars(query)
        else:
            within = [source.within(group, inside=inside) for source in sources]
            ids += _dated_page(session, where.all(), within, day, descending, need - len(ids))
        if len(ids) >= need:
            return ids
    dated = [s.rows() for s in sources]
    undated = not_(Debtor.id.in_(select(_union_all(dated).c.debtor_id)))
    query = (
        select(Debtor.id)
        .where(*where.all(), undated)
        .order_by(code_point_order(Debtor.name_key), Debtor.id)
        .limit(need - len(ids))
    )
    return ids + list(session.scalars(query))


# The sorts by a value few cases share (a status, an advisor), without text.
_GROUPED_SORTS: Final = frozenset({"status", "advisor"})


def _ids_by_group(
    session: Session, where: _Where, sort: str, descending: bool, need: int
) -> list[int]:
    """The first ``need`` cases of a register without text sorted by status or advisor.

    Ordering 100,000 cases by a ``CASE`` or an advisor's name costs 120-300 ms; each
    status (or advisor name) in turn, its cases in name order from an index, stops
    as soon as the page is full. The order is ``_sort_columns``'s: statuses as
    ``_STATUS_ORDER`` then any other, advisors by name (code point; cases of two
    advisors of the same name together), cases without an advisor last.
    """
    tests: list[ColumnElement[bool]]
    if sort == "status":
        known = sorted(_STATUS_ORDER)
        tests = [Debtor.status == key for key in _STATUS_ORDER]
        # Any other status (an old or imported value) sorts after them: looked up as
        # the ranges between the known ones in the status index, since a ``NOT IN``
        # walk in name order would read every case to find none.
        gaps = [Debtor.status < known[0], Debtor.status > known[-1]]
        gaps += [and_(Debtor.status > a, Debtor.status < b) for a, b in pairwise(known)]
        others = list(session.scalars(select(Debtor.status).where(or_(*gaps)).distinct()))
        if others:
            tests.append(Debtor.status.in_(others))
        if descending:
            tests.reverse()
    else:
        named: dict[str, list[int]] = {}
        for advisor_id, name in session.execute(select(Advisor.id, Advisor.name)):
            named.setdefault(name, []).append(advisor_id)
        names = sorted(named, reverse=descending)
        tests = [Debtor.advisor_id.in_(named[name]) for name in names]
        tests.append(Debtor.advisor_id.is_(None))
    ids: list[int] = []
    for test in tests:
        query = (
            select(Debtor.id)
            .where(*where.all(), test)
            .order_by(code_point_order(Debtor.name_key), Debtor.id)
            .limit(need - len(ids))
        )
        ids += session.scalars(query)
        if len(ids) >= need:
            break
    return ids


# Filtered registers up to this many cases are sorted by date whole (``_ids_by_date``).
_FEW_TO_ORDER: Final = 3000


def _at_most(session: Session, conditions: Sequence[ColumnElement[bool]], cap: int) -> bool:
    """Whether at most ``cap`` cases meet ``conditions`` (counting stops above it)."""
    capped = select(Debtor.id).where(*conditions).limit(cap + 1).subquery()
    return (session.scalar(select(func.count()).select_from(capped)) or 0) <= cap


def _union_all(rows: Sequence[Select]) -> Any:
    return (rows[0] if len(rows) == 1 else union_all(*rows)).subquery()


def _earliest(sources: Sequence[_Dated]) -> Any:
    """A debtor's earliest date of ``sources`` (correlated): one subquery reading each
    source's rows of the debtor from its index, where ``_sort_columns``'s urgency
    repeats its subqueries in a ``CASE``."""
    parts = [
        select(s.day.label("day")).where(s.debtor_id == Debtor.id, *s.where).correlate(Debtor)
        for s in sources
    ]
    days = _union_all(parts)
    return select(func.min(days.c.day)).correlate(Debtor).scalar_subquery()


def _dated_page(
    session: Session,
    conditions: Sequence[ColumnElement[bool]],
    sources: Sequence[_Dated],
    day: Any,
    descending: bool,
    need: int,
) -> list[int]:
    """The first ``need`` cases meeting ``conditions`` that have a date, by ``day``
    (their earliest date), then name.

    The cases whose date is on the near side of a cutoff are exactly those with a
    row there (ascending) or with a row there and none before it (descending):
    when at least ``need`` of them pass the filters, the page is among them. The
    cutoff is the date ``need`` rows into the date index, then four times as far
    at each try while too few pass; once past every source's end, every case with
    a date is read.
    """
    order = (day.desc() if descending else day.asc(), code_point_order(Debtor.name_key), Debtor.id)
    rows = need
    while True:
        cuts = [c for s in sources if (c := s.nth(session, rows, descending=descending))]
        cut: date | None = None
        # A source with fewer rows sets no cutoff (its rows count on either side of
        # the others'); when every source has fewer, every dated case is read.
        narrowed: list[ColumnElement[bool]] = []
        if not cuts:
            narrowed.append(_any_of([s.rows() for s in sources]))
        elif descending:
            cut = max(cuts)
            narrowed.append(_any_of([s.rows(">=", cut) for s in sources]))
            # Per candidate (a few), by the debtor's own index: not a list of every
            # earlier row.
            narrowed += [not_(s.earlier(Debtor.id, cut).exists()) for s in sources]
        else:
            cut = min(cuts)
            narrowed.append(_any_of([s.rows("<=", cut) for s in sources]))
        query = select(Debtor.id).where(*conditions, *narrowed).order_by(*order).limit(need)
        ids = list(session.scalars(query))
        if len(ids) >= need or cut is None:
            return ids
        rows *= 4


def _any_of(rows: Sequence[Select]) -> ColumnElement[bool]:
    """Debtors among those of ``rows``: one ``IN``, which SQLite reads first and looks the
    debtors up by, rather than scanning the debtor table."""
    return Debtor.id.in_(select(_union_all(rows).c.debtor_id))


def count_matches(
    session: Session,
    text: str | None = None,
    *,
    city: str | None = None,
    status: str | None = None,
    advisor_id: int | None = None,
    urgency: str | None = None,
    bounds: UrgencyBounds | None = None,
    cap: int | None = None,
) -> int:
    """How many cases the register lists for ``text`` and the filters (all pages).

    With ``cap``, counting stops after ``cap + 1`` matches: a result above ``cap``
    means "more than cap" (a register says "1,000+" rather than read every match
    of one typed letter again at each keystroke).
    """
    if bounds is None and urgency:
        bounds = urgency_bounds(session)
    where = _register_where(
        text=text, city=city, status=status, advisor_id=advisor_id, urgency=urgency, bounds=bounds
    )
    if not where.all():
        total = count_cases(session)
        return total if cap is None else min(total, cap + 1)
    matches = select(Debtor.id).where(*where.all())
    if cap is not None:
        matches = matches.limit(cap + 1)
    return session.scalar(select(func.count()).select_from(matches.subquery())) or 0


def count_cases(session: Session) -> int:
    return session.scalar(select(func.count(Debtor.id))) or 0


def cities(session: Session) -> list[str]:
    return [c for c in session.scalars(select(Debtor.city).distinct().order_by(Debtor.city)) if c]


def advisors(session: Session) -> list[tuple[int, str]]:
    """(id, name) of the advisors cases can be filtered by, by name."""
    rows = session.execute(select(Advisor.id, Advisor.name).order_by(Advisor.name, Advisor.id))
    return [(row.id, row.name) for row in rows]


__all__ = [
    "HOME_AT_RISK",
    "SORT_KEYS",
    "THREAT_DAYS",
    "URGENCY_FILTERS",
    "URGENCY_LEVELS",
    "CaseRow",
    "UrgencyBounds",
    "advisors",
    "case_query",
    "cities",
    "code_point_order",
    "count_cases",
    "count_matches",
    "page_query",
    "search_cases",
    "search_terms",
    "urgency_bounds",
]
