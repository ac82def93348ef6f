"""The agenda: what needs attention in a date range, in the order assemblies triage.

First the homes in danger (evictions and auctions within 30 days), then
overdue deadlines, then deadlines due, then hearings, then letters whose reply
is late. It feeds the Today page, ``debtdesk agenda`` and the meeting sheet.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import Select, func, select, union_all
from sqlalchemy.orm import Session

from debtdesk.clock import today as clock_today
from debtdesk.deadlines.agenda_items import (
    SECTIONS,
    THREAT_DAYS,
    AgendaItem,
    AgendaSection,
    item_from_deadline,
    item_from_event,
)
from debtdesk.deadlines.engine import calendar_for, jurisdiction_of
from debtdesk.deadlines.labels import norm_lang
from debtdesk.errors import ValidationError
from debtdesk.i18n import _
from debtdesk.model import Advisor, Deadline, Debtor, Event, Proceeding
from debtdesk.vocab import THREAT_KINDS, DeadlineStatus, EventKind

# Items a section shows before "N more": a screenful, not the whole desk.
DEFAULT_LIMIT = 50


# Only what an agenda line shows: whole rows would drag in every explanation's JSON.
EVENT_COLUMNS = (
    Event.id.label("event_id"),
    Event.kind,
    Event.date,
    Event.time,
    Event.place,
    Event.attendees,
    Event.uuid,
    Event.version,
)
DEADLINE_COLUMNS = (
    Deadline.id.label("deadline_id"),
    Deadline.rule,
    Deadline.title,
    Deadline.manual,
    Deadline.due_date,
    Deadline.event_id,
    Deadline.uuid,
    Deadline.version,
)
PEOPLE = (
    Debtor.id,
    Debtor.full_name,
    Debtor.city,
    Debtor.address,
    Advisor.name.label("advisor"),
    Proceeding.case_no,
)


def _filtered(query: Select, advisor: str | None, city: str | None) -> Select:
    if advisor:
        query = query.where(Advisor.name == advisor)
    if city:
        query = query.where(Debtor.city == city)
    return query


@dataclass(frozen=True)
class Agenda:
    """The agenda by section, in triage order; each section a page of a known total."""

    start: date
    end: date
    sections: tuple[AgendaSection, ...]

    @property
    def items(self) -> list[AgendaItem]:
        return [item for section in self.sections for item in section.items]

    @property
    def totals(self) -> dict[str, int]:
        return {section.name: section.total for section in self.sections}

    def section(self, name: str) -> AgendaSection:
        return next(section for section in self.sections if section.name == name)


def agenda(
    session: Session,
    *,
    start: date | None = None,
    days: int = 14,
    advisor: str | None = None,
    city: str | None = None,
    lang: str = "en",
    threat_days: int = THREAT_DAYS,
    limit: int | None = None,
) -> list[AgendaItem]:
    """Everything needing attention from ``start`` for ``days`` days, in triage order.

    Every item unless ``limit`` caps each section; people read ``agenda_page``,
    which says how many each section holds (the iCal export wants them all).
    """
    return agenda_page(
        session,
        start=start,
        days=days,
        advisor=advisor,
        city=city,
        lang=lang,
        threat_days=threat_days,
        limit=limit,
    ).items


def agenda_page(
    session: Session,
    *,
    start: date | None = None,
    days: int = 14,
    advisor: str | None = None,
    city: str | None = None,
    lang: str = "en",
    threat_days: int = THREAT_DAYS,
    limit: int | None = DEFAULT_LIMIT,
    offset: int = 0,
    sections: Collection[str] = SECTIONS,
) -> Agenda:
    """The agenda as people read it: at most ``limit`` items a section, with totals.

    On a large desk a fortnight holds tens of thousands of hearings and
    deadlines; nobody reads those, and fetching them took seconds. Each section
    is one indexed query with LIMIT/OFFSET (ties broken by id, so pages never
    overlap) and, only when the page is full, a COUNT of the section. The Today
    page asks for more of one section with ``sections=[name]`` and ``offset``.
    """
    unknown = [name for name in sections if name not in SECTIONS]
    if unknown:
        raise ValidationError(
            "section",
            _("unknown agenda section {name!r}; use {names}").format(
                name=unknown[0], names=", ".join(SECTIONS)
            ),
        )
    if limit is not None and limit < 0:
        raise ValidationError("limit", _("must not be negative"))
    if offset < 0:
        raise ValidationError("offset", _("must not be negative"))
    lang = norm_lang(lang)
    start = start or clock_today()
    end = start + timedelta(days=days)
    reader = _Reader(session, start, advisor, city, lang, limit, offset)
    threats = [k.value for k in THREAT_KINDS]
    builders = {
        "threat": lambda: reader.events("threat", threats, start + timedelta(threat_days)),
        # A letter's late reply is its own section below, not an overdue deadline.
        "overdue": lambda: reader.deadlines(
            "overdue", Deadline.due_date < start, Deadline.document_id.is_(None)
        ),
        "due": lambda: reader.deadlines(
            "due", Deadline.due_date >= start, Deadline.due_date <= end
        ),
        "hearing": lambda: reader.events("hearing", [EventKind.HEARING.value], end),
        "awaiting_reply": reader.awaiting_replies,
    }
    chosen = tuple(builders[name]() for name in SECTIONS if name in sections)
    return Agenda(start=start, end=end, sections=chosen)


class _Reader:
    """The queries of one agenda: same range, filters and page for every section."""

    def __init__(
        self,
        session: Session,
        start: date,
        advisor: str | None,
        city: str | None,
        lang: str,
        limit: int | None,
        offset: int,
    ) -> None:
        self.session = session
        self.start = start
        self.advisor = advisor
        self.city = city
        self.lang = lang
        self.limit = limit
        self.offset = offset
        self.jurisdiction = jurisdiction_of(session)
        self.calendar = calendar_for(session, self.jurisdiction)

    def _page(
        self,
        name: str,
        query: Select,
        keys: Select,
        count: Select,
        row_id: Any,
        convert: Any,
    ) -> AgendaSection:
        """One section: the page's rows, and the section's total.

        With a limit the page is found in two steps: ``keys`` (ids and sort keys,
        joined to the debtor for the name only) picks the page's ids through the
        section's index; then ``query`` reads what the lines show for those ids
        alone. In one step every row of the range - 18,000 deadlines in a
        fortnight of a large desk - was joined to its advisor and proceeding
        before the sort threw all but 50 away.
        """
        if self.limit is None:
            query = _filtered(query, self.advisor, self.city).offset(self.offset or None)
            rows = list(self.session.execute(query))
        else:
            keys = keys.limit(self.limit).offset(self.offset)
            ids = list(self.session.scalars(keys))
            found = {}
            if ids:
                found = {r.row_id: r for r in self.session.execute(query.where(row_id.in_(ids)))}
            rows = [found[i] for i in ids if i in found]
        items = tuple(convert(name, row) for row in rows)
        ran_out = self.limit is None or len(items) < self.limit
        if ran_out and (items or not self.offset):
            total = self.offset + len(items)  # the last page: no need to count
        else:
            total = self.session.scalar(self._with_filters(count)) or 0
        return AgendaSection(name, total, self.offset, items)

    def _with_filters(self, query: Select) -> Select:
        """``query`` (already joined to Debtor) narrowed to the advisor and city asked for."""
        if self.advisor:
            query = query.join(Advisor, Advisor.id == Debtor.advisor_id)
        return _filtered(query, self.advisor, self.city)

    def events(self, name: str, kinds: list[str], until: date) -> AgendaSection:
        where = (Event.kind.in_(kinds), Event.date >= self.start, Event.date <= until)
        order = (Event.date, Event.time, Debtor.full_name, Event.id)
        query = (
            select(*EVENT_COLUMNS, Event.id.label("row_id"), *PEOPLE)
            .join(Debtor, Debtor.id == Event.debtor_id)
            .outerjoin(Advisor, Advisor.id == Debtor.advisor_id)
            .outerjoin(Proceeding, Proceeding.id == Event.proceeding_id)
            .where(*where)
            .order_by(*order)
        )
        keys = self._event_keys(kinds, until, order)
        count = select(func.count(Event.id)).join(Debtor, Debtor.id == Event.debtor_id)
        if not (self.advisor or self.city):
            # The inner join to debtor changes no count; without it the count
            # reads the (kind, date) index alone.
            count = select(func.count(Event.id))
        return self._page(name, query, keys, count.where(*where), Event.id, self._from_event)

    def _event_keys(self, kinds: list[str], until: date, order: tuple[Any, ...]) -> Select:
        """Ids of a page of events of ``kinds``, in ``order``.

        The (kind, date) index gives one kind's events in date order, so a page
        stops reading after a few days' worth; several kinds at once would be
        read and sorted whole (4,000 evictions and auctions in a month of a
        large desk). So each kind brings its own first pages and the union is
        sorted - in SQL, in the database's own collation, so pages fit.
        """

        def of(kind_list: list[str]) -> Select:
            return self._with_filters(
                select(Event.id, Event.date, Event.time, Debtor.full_name)
                .join(Debtor, Debtor.id == Event.debtor_id)
                .where(Event.kind.in_(kind_list), Event.date >= self.start, Event.date <= until)
            ).order_by(*order)

        if len(kinds) == 1 or self.limit is None:
            return select(of(kinds).subquery().c.id)
        enough = self.offset + self.limit
        parts = [select(of([kind]).limit(enough).subquery()) for kind in kinds]
        union = union_all(*parts).subquery()
        c = union.c
        return select(c.id).order_by(c.date, c.time, c.full_name, c.id)

    def deadlines(self, name: str, *conditions: Any) -> AgendaSection:
        where = (Deadline.status == DeadlineStatus.OPEN, *conditions)
        order = (Deadline.due_date, Debtor.full_name, Deadline.id)
        query = (
            select(*DEADLINE_COLUMNS, Deadline.id.label("row_id"), *PEOPLE)
            .join(Debtor, Debtor.id == Deadline.debtor_id)
            .outerjoin(Advisor, Advisor.id == Debtor.advisor_id)
            .outerjoin(Proceeding, Proceeding.id == Deadline.proceeding_id)
            .where(*where)
            .order_by(*order)
        )
        keys = self._with_filters(
            select(Deadline.id).join(Debtor, Debtor.id == Deadline.debtor_id).where(*where)
        )
        count = select(func.count(Deadline.id)).join(Debtor, Debtor.id == Deadline.debtor_id)
        if not (self.advisor or self.city):
            count = select(func.count(Deadline.id))
        return self._page(
            name,
            query,
            keys.order_by(*order),
            count.where(*where),
            Deadline.id,
            self._from_deadline,
        )

    def _from_event(self, section: str, row: Any) -> AgendaItem:
        return item_from_event(section, row, self.start, self.calendar, self.lang)

    def _from_deadline(self, section: str, row: Any) -> AgendaItem:
        return item_from_deadline(
            section, row, self.start, self.calendar, self.lang, self.jurisdiction
        )

    def awaiting_replies(self) -> AgendaSection:
        # The register reads every late letter (there are few: one per letter
        # sent, not per hearing); the page is cut here.
        items = _awaiting_replies(self.session, self.start, self.advisor, self.city, self.lang)
        stop = None if self.limit is None else self.offset + self.limit
        page = tuple(items[self.offset : stop])
        return AgendaSection("awaiting_reply", len(items), self.offset, page)


def _awaiting_replies(
    session: Session, start: date, advisor: str | None, city: str | None, lang: str
) -> list[AgendaItem]:
    # Imported here: the register brings the PDF machinery, which the rest of
    # the agenda does not need.
    from debtdesk.documents.register import awaiting_reply

    return [
        AgendaItem(
            section="awaiting_reply",
            date=late.due,
            days_left=-late.days_overdue,
            urgency="overdue",
            kind=late.template,
            title=f"{late.title} ({late.outgoing_no})",
            debtor_id=late.debtor_id,
            full_name=late.full_name,
            city=late.city,
            address=None,
            advisor=late.advisor,
            case_no=None,
            uuid=late.uuid,
            version=late.version,
            place=late.recipient,
            deadline_id=late.deadline_id,
            document_id=late.document_id,
        )
        for late in awaiting_reply(session, on=start, advisor=advisor, city=city, lang=lang)
    ]
