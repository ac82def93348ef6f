"""Checklist operations: a hearing's checklist, ticking its items, notes, the two printouts.

Each tick is its own action (one session, saved at once): at the meeting an
advisor ticks "identity card" while the debtor is still searching their bag,
and nothing may be lost if the laptop lid closes. Every change carries the
version the dialog read, so two advisors ticking the same checklist see a
``ConflictError`` instead of silently undoing each other. Results are frozen
dataclasses; rendering a printout takes a few hundred milliseconds, so the
dialog calls ``checklist_pdf`` through ``ui.workers.Worker``.
"""

from __future__ import annotations

from contextlib import suppress
from dataclasses import dataclass
from datetime import date, time
from typing import TYPE_CHECKING

from debtdesk.documents.checklists import AUDIENCES, ItemRow
from debtdesk.documents.errors import TemplateError
from ui.operations.base import action as _action

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from debtdesk.db.database import Database
    from debtdesk.model import Checklist

__all__ = [
    "AUDIENCES",
    "ChecklistTemplate",
    "ChecklistView",
    "ItemRow",
    "checklist_pdf",
    "checklist_templates",
    "checklist_view",
    "open_checklist",
    "set_checklist_note",
    "tick_item",
]


@dataclass(frozen=True)
class ChecklistView:
    """A stored checklist with what the dialog shows about its hearing."""

    id: int
    version: int
    event_id: int
    case_id: int
    debtor_name: str
    template: str
    title: str  # the checklist template's title in the checklist's language
    language: str
    hearing_date: date
    hearing_time: time | None
    place: str | None
    court: str | None
    case_no: str | None
    note: str | None
    items: tuple[ItemRow, ...]
    created: bool = False  # made by this call (it did not exist before)

    @property
    def done(self) -> int:
        return sum(1 for item in self.items if item.done)


@dataclass(frozen=True)
class ChecklistTemplate:
    key: str
    title: str


def _view(session: Session, checklist: Checklist, created: bool) -> ChecklistView:
    from debtdesk.documents.checklists import checklist_items
    from debtdesk.documents.context import checklist_library
    from debtdesk.model import Proceeding

    event = checklist.event
    proceeding = session.get(Proceeding, event.proceeding_id) if event.proceeding_id else None
    title = checklist.template
    with suppress(TemplateError):  # a template removed since: the stored items still show
        title = checklist_library().info(checklist.template).title(checklist.language)
    return ChecklistView(
        id=checklist.id,
        version=checklist.version,
        event_id=event.id,
        case_id=event.debtor_id,
        debtor_name=event.debtor.full_name,
        template=checklist.template,
        title=title,
        language=checklist.language,
        hearing_date=event.date,
        hearing_time=event.time,
        place=event.place,
        court=proceeding.court.name if proceeding and proceeding.court else None,
        case_no=proceeding.case_no if proceeding else None,
        note=checklist.note,
        items=tuple(checklist_items(session, checklist.id)),
        created=created,
    )


def open_checklist(db: Database, event_id: int, template: str | None = None) -> ChecklistView:
    """The hearing's checklist, made now (from its proceeding's kind) if it has none.

    ``template`` chooses the checklist for a hearing without a proceeding (the
    core refuses it otherwise with ``ValidationError("template", …)``).
    """
    from debtdesk.documents.checklists import ensure_checklist

    with _action(db) as s:
        checklist, made = ensure_checklist(s, event_id, template=template)
        return _view(s, checklist, made)


def checklist_view(db: Database, checklist_id: int) -> ChecklistView:
    """The checklist as stored now (after a conflict, to show the other advisor's ticks)."""
    from debtdesk.model import Checklist
    from debtdesk.services import records

    with _action(db) as s:
        return _view(s, records.get(s, Checklist, checklist_id), False)


def tick_item(
    db: Database, item_id: int, done: bool, version: int, note: str | None = None
) -> ItemRow:
    """Tick or untick an item (and, with ``note``, replace its note); the row as saved."""
    from debtdesk.documents.checklists import tick

    with _action(db) as s:
        item = tick(s, item_id, done, note, expected_version=version)
        return ItemRow(
            item.id, item.position, item.section, item.text, item.done, item.note, item.version
        )


def set_checklist_note(db: Database, checklist_id: int, note: str, version: int) -> int:
    """Save the note on the whole checklist; the checklist's new version."""
    from debtdesk.documents.checklists import set_note

    with _action(db) as s:
        checklist = set_note(s, checklist_id, note, expected_version=version)
        s.flush()
        return checklist.version


def checklist_pdf(db: Database, checklist_id: int, for_whom: str) -> bytes:
    """The debtor's (large print) or the advisor's printout, ticks as stored (read-only)."""
    from debtdesk.documents import checklists

    with _action(db) as s:
        pdf = checklists.checklist_pdf(s, checklist_id, for_whom)
        s.rollback()
    return pdf


def checklist_templates(lang: str) -> list[ChecklistTemplate]:
    """The checklist templates, for a hearing that belongs to no proceeding."""
    from debtdesk.documents.context import checklist_library

    library = checklist_library()
    return [
        ChecklistTemplate(key, library.info(key).title(lang)) for key in library.template_keys()
    ]
