"""Forget a person: the case and everything hanging off it, deleted in one transaction.

Deleted: the debtor and, through the database's ON DELETE CASCADE, their
loans, payments, debt statements, budget lines, property, proceedings, events,
checklists and their items, deadlines, notes, letters (with their PDF bytes)
and attachments; and the case's audit trail, whose lines name the records
that existed and when they changed.

Batch prints: a ``PrintBatch`` stores one merged PDF of many debtors' letters
(``debtdesk.documents.batch``). Rewriting it without this person's pages would
renumber every other letter's pages and change its hash anyway, so the batch
is dissolved instead: every other letter of it gets its own pages cut out as
its own PDF (as a batch letter that came in a bundle has), with that file's
SHA-256, and the merged file, which holds this person's letter, is deleted.

On SQLite the deletion overwrites what it frees (``secure_delete``), and
``scrub`` then rebuilds the file and empties its WAL, so no stale copy of the
person's rows (an older version left in a page's free space, a WAL frame)
stays in the file. Backups made before keep them: they are copies of the
database as it was.

What stays is one audit line, action "forget", naming the case by its number
only (no UUID, no name, no IIN), with how many records of each kind went.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from dataclasses import dataclass

from sqlalchemy import Engine, delete, func, select, text
from sqlalchemy.orm import Session

from debtdesk.documents.register import BatchPages, letter_pdfs
from debtdesk.model import (
    Attachment,
    AuditEntry,
    BudgetLine,
    Checklist,
    ChecklistItem,
    Deadline,
    Debtor,
    DebtStatement,
    Document,
    Event,
    Loan,
    Note,
    Payment,
    PrintBatch,
    Proceeding,
    Property,
)
from debtdesk.services import audit, records
from debtdesk.vocab import AuditAction


@dataclass(frozen=True)
class ForgetReport:
    """What was erased: rows per table, and the batch prints dissolved."""

    case_id: int
    deleted: Mapping[str, int]
    batches_dissolved: int
    letters_cut_out: int  # other people's letters given their own PDF

    @property
    def total(self) -> int:
        return sum(self.deleted.values())


def _counts(session: Session, debtor_id: int) -> dict[str, int]:
    """Rows that hang off the debtor, per table, counted before they go."""
    loan_ids = select(Loan.id).where(Loan.debtor_id == debtor_id)
    event_ids = select(Event.id).where(Event.debtor_id == debtor_id)
    checklist_ids = select(Checklist.id).where(Checklist.event_id.in_(event_ids))
    queries = {
        "debtor": select(func.count()).where(Debtor.id == debtor_id),
        "loan": select(func.count()).where(Loan.debtor_id == debtor_id),
        "payment": select(func.count()).where(Payment.loan_id.in_(loan_ids)),
        "debt_statement": select(func.count()).where(DebtStatement.loan_id.in_(loan_ids)),
        "budget_line": select(func.count()).where(BudgetLine.debtor_id == debtor_id),
        "property": select(func.count()).where(Property.debtor_id == debtor_id),
        "proceeding": select(func.count()).where(Proceeding.debtor_id == debtor_id),
        "event": select(func.count()).where(Event.debtor_id == debtor_id),
        "checklist": select(func.count()).where(Checklist.event_id.in_(event_ids)),
        "checklist_item": select(func.count()).where(ChecklistItem.checklist_id.in_(checklist_ids)),
        "deadline": select(func.count()).where(Deadline.debtor_id == debtor_id),
        "note": select(func.count()).where(Note.debtor_id == debtor_id),
        "document": select(func.count()).where(Document.debtor_id == debtor_id),
        "attachment": select(func.count()).where(Attachment.debtor_id == debtor_id),
        "audit_entry": select(func.count()).where(AuditEntry.debtor_id == debtor_id),
    }
    counts = {name: session.scalar(q) or 0 for name, q in queries.items()}
    return {name: n for name, n in counts.items() if n}


def _dissolve_batches(session: Session, debtor_id: int) -> tuple[int, int]:
    """Give every other letter of the person's batch prints its own pages; drop the batches."""
    batch_ids = sorted(
        set(
            session.scalars(
                select(Document.batch_id).where(
                    Document.debtor_id == debtor_id, Document.batch_id.is_not(None)
                )
            )
        )
    )
    if not batch_ids:
        return 0, 0
    others = list(
        session.scalars(
            select(Document)
            .where(Document.batch_id.in_(batch_ids), Document.debtor_id != debtor_id)
            .order_by(Document.id)
        )
    )
    own = letter_pdfs(session, [BatchPages.of(doc) for doc in others])
    for doc in others:
        pdf = own[doc.id]
        doc.pdf = pdf
        doc.file_hash = hashlib.sha256(pdf).hexdigest()
        doc.batch_id = None  # first_page/last_page still say where it was printed
        records.flush_or_conflict(session, doc)
        audit.record(
            session, doc, AuditAction.UPDATE, ["batch_id", "file_hash", "pdf"],
            debtor_id=doc.debtor_id,
        )  # fmt: skip
    # The person's own letters go first: a batch cannot be deleted while a letter points to it.
    session.execute(delete(Document).where(Document.debtor_id == debtor_id))
    for batch in session.scalars(select(PrintBatch).where(PrintBatch.id.in_(batch_ids))):
        audit.record(session, batch, AuditAction.DELETE, [])
        session.delete(batch)
    session.flush()
    return len(batch_ids), len(others)


def forget_person(
    session: Session, debtor_id: int, *, expected_version: int | None = None
) -> ForgetReport:
    """Erase the case ``debtor_id`` and all that hangs off it; one audit line stays.

    With ``expected_version`` (the version the advisor saw when they chose to
    erase), a case changed meanwhile is not erased: ``ConflictError``.
    """
    debtor = records.get(session, Debtor, debtor_id)
    records.check_version(session, debtor, expected_version)
    if session.get_bind().dialect.name == "sqlite":
        # Deleted rows otherwise stay readable in the file's free pages until reused.
        session.execute(text("PRAGMA secure_delete = ON"))
    counts = _counts(session, debtor_id)
    batches, cut = _dissolve_batches(session, debtor_id)
    session.execute(delete(AuditEntry).where(AuditEntry.debtor_id == debtor_id))
    session.delete(debtor)
    records.flush_or_conflict(session, debtor)
    advisor = audit.current_advisor(session)
    session.add(
        AuditEntry(
            advisor_id=advisor.id if advisor else None,
            advisor_name=advisor.name if advisor else None,
            entity=Debtor.__tablename__,
            entity_id=debtor_id,
            entity_uuid=None,  # the UUID would find the person in an old bundle or backup
            debtor_id=debtor_id,
            action=AuditAction.FORGET,
            changed=sorted(f"{name}:{n}" for name, n in counts.items()),
            version=None,
        )
    )
    session.flush()
    return ForgetReport(debtor_id, counts, batches, cut)


def scrub(engine: Engine) -> None:
    """After a forget, on SQLite: rebuild the file (``VACUUM``) and empty the WAL.

    Outside any transaction, so it runs after the forget has committed. Another
    program holding the file open can keep the WAL from being emptied; the
    rebuilt file holds nothing of the person either way.
    """
    if engine.dialect.name != "sqlite":
        return
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.exec_driver_sql("VACUUM")
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
