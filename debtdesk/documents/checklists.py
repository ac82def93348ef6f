"""Hearing checklists: made from a checklist template, stored, ticked, printed twice.

A checklist template (``resources/checklists/<key>/``) keeps its items as data
in ``meta.toml`` (``[[items]]`` with ``section``, an optional ``when`` and the
text in each language). Making a checklist for an event copies the items, in
the chosen language, into ChecklistItem rows; advisors tick them and add notes;
printing renders the template with the letter context plus ``checklist`` and
``for_whom`` — a large-print page for the debtor, a dense one for the advisor
(``audience_styles`` in the meta says which style sheet each gets).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from debtdesk.documents.context import checklist_library, letter_context, raw_meta
from debtdesk.documents.errors import TemplateError
from debtdesk.documents.pdf import PdfMeta, render_pdf
from debtdesk.documents.register import check_data
from debtdesk.documents.templates import TemplateLibrary
from debtdesk.errors import ValidationError
from debtdesk.i18n import LANGUAGES, _
from debtdesk.model import Checklist, ChecklistItem, Debtor, Event, Proceeding
from debtdesk.services import audit, records
from debtdesk.services.fields import Flag, Text
from debtdesk.vocab import AuditAction

# The checklist template for each kind of proceeding.
TEMPLATE_FOR_KIND: Mapping[str, str] = {
    "claim": "claim",
    "court_order": "court_order",
    "appeal": "appeal",
    "cassation": "appeal",
    "enforcement": "enforcement",
    "eviction": "enforcement",
}
AUDIENCES = ("debtor", "advisor")
ITEM_SCHEMA = {"done": Flag(), "note": Text(max_len=5000, multiline=True)}
CHECKLIST_SCHEMA = {"note": Text(max_len=5000, multiline=True)}
MAX_ITEMS = 200


@dataclass(frozen=True)
class ItemRow:
    id: int
    position: int
    section: str | None
    text: str
    done: bool
    note: str | None
    version: int


def template_for(proceeding_kind: str | None) -> str | None:
    return TEMPLATE_FOR_KIND.get(proceeding_kind or "")


def _applies(condition: Any, debtor: Debtor) -> bool:
    if condition == "minors":
        return bool(debtor.minors)
    if condition == "vulnerable":
        return (debtor.vulnerable_status or "none") != "none"
    return True  # no condition, or one this version does not know: the item shows


def _items(library: TemplateLibrary, key: str, lang: str) -> list[tuple[str | None, str, Any]]:
    """(section, text in ``lang``, condition) of each item of the template's meta."""
    where = f"{key}/meta.toml"
    raw = raw_meta(library, key).get("items", [])
    if not isinstance(raw, list) or not raw or len(raw) > MAX_ITEMS:
        raise TemplateError(where, None, _("needs 1 to {n} [[items]] entries").format(n=MAX_ITEMS))
    found = []
    for n, item in enumerate(raw, start=1):
        text = item.get(lang) if isinstance(item, dict) else None
        if not isinstance(text, str) or not text.strip():
            raise TemplateError(
                where, None, _("item {n} has no {lang} text").format(n=n, lang=lang)
            )
        section = item.get("section")
        found.append(
            (str(section)[:64] if section else None, text.strip()[:1000], item.get("when"))
        )
    return found


def checklist_of_event(session: Session, event_id: int) -> Checklist | None:
    """The event's checklist (the first, if several were made)."""
    return session.scalar(
        select(Checklist).where(Checklist.event_id == int(event_id)).order_by(Checklist.id).limit(1)
    )


def create_checklist(
    session: Session,
    event_id: int,
    *,
    lang: str | None = None,
    template: str | None = None,
    library: TemplateLibrary | None = None,
) -> Checklist:
    """A stored checklist for the event, from the template of its proceeding's kind.

    ``template`` chooses another (needed for an event without a proceeding);
    ``lang`` defaults to the debtor's language.
    """
    library = library or checklist_library()
    event = records.get(session, Event, int(event_id))
    debtor = event.debtor
    proceeding = session.get(Proceeding, event.proceeding_id) if event.proceeding_id else None
    key = template or template_for(proceeding.kind if proceeding else None)
    if key is None:
        raise ValidationError(
            "template",
            _("no checklist for this event's proceeding ({kind}): choose one").format(
                kind=proceeding.kind if proceeding else _("none")
            ),
        )
    info = library.info(key)
    lang = lang or debtor.language or "ru"
    if lang not in LANGUAGES or lang not in info.languages:
        raise ValidationError(
            "lang",
            _("the checklist {key} has no {lang} version").format(key=key, lang=lang),
        )
    items = [(s, t) for s, t, when in _items(library, key, lang) if _applies(when, debtor)]
    checklist = Checklist(event_id=event.id, template=key, language=lang)
    session.add(checklist)
    session.flush()
    checklist.items.extend(
        ChecklistItem(position=position, section=section, text=text)
        for position, (section, text) in enumerate(items, start=1)
    )
    session.flush()
    audit.record(
        session,
        checklist,
        AuditAction.CREATE,
        ["event_id", "template", "language", "items"],
        debtor_id=debtor.id,
    )
    return checklist


def ensure_checklist(
    session: Session,
    event_id: int,
    *,
    lang: str | None = None,
    template: str | None = None,
    library: TemplateLibrary | None = None,
) -> tuple[Checklist, bool]:
    """The event's checklist, made first if it has none; and whether it was made now."""
    existing = checklist_of_event(session, event_id)
    if existing is not None:
        return existing, False
    return create_checklist(session, event_id, lang=lang, template=template, library=library), True


def tick(
    session: Session,
    item_id: int,
    done: bool,
    note: str | None = None,
    *,
    expected_version: int | None = None,
) -> ChecklistItem:
    """Tick (or untick) an item; a ``note`` replaces the item's note ("" clears it)."""
    item = records.get(session, ChecklistItem, int(item_id))
    changes: dict[str, Any] = {"done": bool(done)}
    if note is not None:
        changes["note"] = note
    event = item.checklist.event
    records.update(
        session,
        item,
        ITEM_SCHEMA,
        changes,
        expected_version=expected_version,
        debtor_id=event.debtor_id,
    )
    return item


def set_note(
    session: Session, checklist_id: int, note: str, *, expected_version: int | None = None
) -> Checklist:
    """The advisor's note on the whole checklist ("" clears it); printed on the advisor's page."""
    checklist = records.get(session, Checklist, int(checklist_id))
    records.update(
        session,
        checklist,
        CHECKLIST_SCHEMA,
        {"note": note},
        expected_version=expected_version,
        debtor_id=checklist.event.debtor_id,
    )
    return checklist


def checklist_items(session: Session, checklist_id: int) -> list[ItemRow]:
    checklist = records.get(session, Checklist, int(checklist_id))
    return [
        ItemRow(i.id, i.position, i.section, i.text, i.done, i.note, i.version)
        for i in checklist.items
    ]


@dataclass(frozen=True)
class ChecklistPrint:
    """A checklist ready to print: its markup, style sheet, language and title."""

    markup: str
    style: str
    lang: str
    title: str


def checklist_markup(
    session: Session,
    checklist_id: int,
    for_whom: str = "debtor",
    *,
    library: TemplateLibrary | None = None,
) -> ChecklistPrint:
    if for_whom not in AUDIENCES:
        raise ValidationError("for_whom", _("print for {whom}").format(whom=" / ".join(AUDIENCES)))
    library = library or checklist_library()
    checklist = records.get(session, Checklist, int(checklist_id))
    event = checklist.event
    info = library.info(checklist.template)
    lang = checklist.language
    data = letter_context(
        session, checklist.template, event.debtor_id, lang=lang, event_id=event.id, library=library
    )
    proceeding = session.get(Proceeding, event.proceeding_id) if event.proceeding_id else None
    data["checklist"] = {
        "items": [
            {"section": i.section, "text": i.text, "done": i.done, "note": i.note}
            for i in checklist.items
        ],
        "kind": proceeding.kind if proceeding else None,
        "template": checklist.template,
        "note": checklist.note,
    }
    data["for_whom"] = for_whom
    check_data(info, lang, data)
    styles = raw_meta(library, checklist.template).get("audience_styles") or {}
    style = styles.get(for_whom) if isinstance(styles, dict) else None
    return ChecklistPrint(
        markup=library.render_markup(checklist.template, lang, data),
        style=str(style or info.style),
        lang=lang,
        title=info.title(lang),
    )


def checklist_pdf(
    session: Session,
    checklist_id: int,
    for_whom: str = "debtor",
    *,
    library: TemplateLibrary | None = None,
) -> bytes:
    """The checklist as a PDF for the debtor (large print) or the advisor, ticks as stored."""
    printed = checklist_markup(session, checklist_id, for_whom, library=library)
    return render_pdf(
        printed.markup, printed.style, PdfMeta(title=printed.title), lang=printed.lang
    )
