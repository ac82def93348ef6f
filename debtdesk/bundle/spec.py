"""What a bundle holds: every kind of record, its fields, its links, its place.

The data fields of each record are validated by the very schemas the services
use (``debtdesk/services/*``), so a bundle can hold nothing a form would refuse.
Links between records (``*_id`` in the database) become UUIDs in the bundle.
Export and import both read this one description, so they cannot drift apart.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from debtdesk.bundle.codec import Base64Bytes, JsonObject, Timestamp
from debtdesk.model import (
    Advisor,
    Attachment,
    BudgetLine,
    Checklist,
    ChecklistItem,
    Court,
    Creditor,
    Deadline,
    Debtor,
    DebtStatement,
    Document,
    Entity,
    Event,
    Loan,
    Note,
    Payment,
    Proceeding,
    Property,
)
from debtdesk.services import advisors, debtors, household, institutions, loans, notes, proceedings
from debtdesk.services.fields import Choice, Day, Flag, Integer, Ref, Rule, Text
from debtdesk.vocab import DeadlineStatus, Language

FORMAT = "debtdesk-bundle"
VERSION = 1


def _data(schema: Mapping[str, Rule], *, extra: Mapping[str, Rule] | None = None) -> dict:
    """A service schema without its ``*_id`` references (the bundle links by UUID)."""
    out = {k: v for k, v in schema.items() if not isinstance(v, Ref)}
    out.update(extra or {})
    return out


@dataclass(frozen=True)
class Link:
    """A reference to another record: ``key`` in the bundle, ``column`` in the table."""

    key: str
    column: str
    target: str  # the name of the Kind it points to
    required: bool = False


@dataclass(frozen=True)
class Kind:
    """One kind of record: its table, validated fields, links and nested lists."""

    name: str
    model: type[Entity]
    fields: Mapping[str, Rule]
    links: tuple[Link, ...] = ()
    # Column holding the id of the enclosing record (debtor_id, loan_id, checklist_id).
    owner_column: str | None = None
    children: tuple[tuple[str, Kind], ...] = ()
    # Fields a list is sorted by (then by uuid): readable and the same every time.
    sort: tuple[str, ...] = ()
    # Columns the import computes itself (search keys): never read from a bundle.
    derived: tuple[str, ...] = field(default=())


TIMESTAMPS: dict[str, Any] = {"created_at": Timestamp(), "updated_at": Timestamp()}

# -- shared records: referred to by many cases -------------------------------------

ADVISOR = Kind("advisor", Advisor, _data(advisors.SCHEMA), sort=("name",))
CREDITOR = Kind(
    "creditor",
    Creditor,
    _data(institutions.CREDITOR_SCHEMA),
    sort=("name",),
    derived=("name_key",),
)
COURT = Kind(
    "court", Court, _data(institutions.COURT_SCHEMA), sort=("name",), derived=("name_key",)
)

# -- one case ----------------------------------------------------------------------

PAYMENT = Kind(
    "payment", Payment, _data(loans.PAYMENT_SCHEMA), owner_column="loan_id", sort=("date",)
)
STATEMENT = Kind(
    "statement",
    DebtStatement,
    _data(loans.STATEMENT_SCHEMA),
    owner_column="loan_id",
    sort=("as_of",),
)
LOAN = Kind(
    "loan",
    Loan,
    _data(loans.LOAN_SCHEMA),
    links=(Link("creditor", "creditor_id", "creditor"),),
    owner_column="debtor_id",
    children=(("payments", PAYMENT), ("statements", STATEMENT)),
    sort=("contract_date", "contract_no"),
)
DEBTOR = Kind(
    "debtor",
    Debtor,
    _data(debtors.SCHEMA),
    links=(Link("advisor", "advisor_id", "advisor"),),
    derived=("name_key", "search_text"),
)
BUDGET_LINE = Kind(
    "budget_line",
    BudgetLine,
    _data(household.BUDGET_SCHEMA),
    owner_column="debtor_id",
    sort=("kind", "category"),
)
PROPERTY = Kind(
    "property",
    Property,
    _data(household.PROPERTY_SCHEMA),
    owner_column="debtor_id",
    sort=("address",),
)
PROCEEDING = Kind(
    "proceeding",
    Proceeding,
    _data(proceedings.PROCEEDING_SCHEMA),
    links=(
        Link("court", "court_id", "court"),
        Link("loan", "loan_id", "loan"),
        Link("parent", "parent_id", "proceeding"),
    ),
    owner_column="debtor_id",
    sort=("created_at",),
)
EVENT = Kind(
    "event",
    Event,
    _data(proceedings.EVENT_SCHEMA),
    links=(Link("proceeding", "proceeding_id", "proceeding"),),
    owner_column="debtor_id",
    sort=("date", "time"),
)
CHECKLIST_ITEM = Kind(
    "checklist_item",
    ChecklistItem,
    {
        "position": Integer(minimum=0, maximum=10000, required=True),
        "section": Text(max_len=64),
        "text": Text(max_len=1000, required=True),
        "done": Flag(),
        "note": Text(max_len=20000, multiline=True),
    },
    owner_column="checklist_id",
    sort=("position",),
)
CHECKLIST = Kind(
    "checklist",
    Checklist,
    {
        "template": Text(max_len=64, required=True),
        "language": Choice(Language, required=True),
        "note": Text(max_len=20000, multiline=True),
    },
    links=(Link("event", "event_id", "event", required=True),),
    children=(("items", CHECKLIST_ITEM),),
    sort=("created_at",),
)
DOCUMENT = Kind(
    "document",
    Document,
    {
        "template": Text(max_len=64, required=True),
        "language": Choice(Language, required=True),
        "recipient": Text(max_len=300),
        "recipient_kind": Text(max_len=16),
        "outgoing_no": Text(max_len=32, required=True),
        "year": Integer(minimum=1990, maximum=2100, required=True),
        "seq": Integer(minimum=0, maximum=10**9, required=True),
        "created_on": Day(required=True),
        "sent_on": Day(),
        "received_on": Day(),
        "reply_on": Day(),
        "file_hash": Text(max_len=64),
        "first_page": Integer(minimum=1, maximum=10**6),
        "last_page": Integer(minimum=1, maximum=10**6),
        "pdf": Base64Bytes(),
    },
    links=(Link("proceeding", "proceeding_id", "proceeding"),),
    owner_column="debtor_id",
    sort=("created_on", "outgoing_no"),
)
ATTACHMENT = Kind(
    "attachment",
    Attachment,
    {
        "file_name": Text(max_len=255, required=True),
        "mime_type": Text(max_len=100, required=True),
        "size": Integer(minimum=0, maximum=2**31 - 1, required=True),
        "sha256": Text(max_len=64, required=True),
        "content": Base64Bytes(required=True),
    },
    links=(Link("event", "event_id", "event"), Link("document", "document_id", "document")),
    owner_column="debtor_id",
    sort=("created_at", "file_name"),
)
DEADLINE = Kind(
    "deadline",
    Deadline,
    {
        "jurisdiction": Text(max_len=16),
        "rule": Text(max_len=64),
        "title": Text(max_len=300),
        "due_date": Day(required=True),
        "previous_due_date": Day(),
        "explanation": JsonObject(),
        "status": Choice(DeadlineStatus),
        "manual": Flag(),
        "done_at": Timestamp(),
        "notes": Text(max_len=20000, multiline=True),
    },
    links=(
        Link("proceeding", "proceeding_id", "proceeding"),
        Link("event", "event_id", "event"),
        Link("document", "document_id", "document"),
        Link("done_by", "done_by_id", "advisor"),
    ),
    owner_column="debtor_id",
    sort=("due_date", "rule"),
)
NOTE = Kind(
    "note",
    Note,
    _data(notes.SCHEMA, extra={"at": Timestamp()}),
    links=(Link("advisor", "advisor_id", "advisor"),),
    owner_column="debtor_id",
    sort=("at",),
)

SHARED: tuple[tuple[str, Kind], ...] = (
    ("creditors", CREDITOR),
    ("courts", COURT),
    ("advisors", ADVISOR),
)

# The lists of one case, in the order they are written and imported: a record
# only links to records of lists before it (or of its own list: proceedings).
CASE_LISTS: tuple[tuple[str, Kind], ...] = (
    ("budget_lines", BUDGET_LINE),
    ("properties", PROPERTY),
    ("loans", LOAN),
    ("proceedings", PROCEEDING),
    ("events", EVENT),
    ("checklists", CHECKLIST),
    ("documents", DOCUMENT),
    ("attachments", ATTACHMENT),
    ("deadlines", DEADLINE),
    ("notes", NOTE),
)

SHARED_KINDS = frozenset(kind.name for _key, kind in SHARED)

KINDS: dict[str, Kind] = {
    kind.name: kind
    for kind in (
        ADVISOR,
        CREDITOR,
        COURT,
        DEBTOR,
        BUDGET_LINE,
        PROPERTY,
        LOAN,
        PAYMENT,
        STATEMENT,
        PROCEEDING,
        EVENT,
        CHECKLIST,
        CHECKLIST_ITEM,
        DOCUMENT,
        ATTACHMENT,
        DEADLINE,
        NOTE,
    )
}


def case_kinds() -> list[Kind]:
    """Every kind inside a case (the debtor aside), each after the kinds it links to."""
    out: list[Kind] = []
    for _key, kind in CASE_LISTS:
        out.append(kind)
        out.extend(child for _k, child in kind.children)
    return out
