"""Every ORM class, imported in one place so Alembic and services see the whole model."""

from debtdesk.model.advisor import Advisor
from debtdesk.model.audit import AuditEntry
from debtdesk.model.base import Base, Entity, Fixed, Money
from debtdesk.model.calendar import CalendarDay
from debtdesk.model.checklist import Checklist, ChecklistItem
from debtdesk.model.court import Court, Proceeding
from debtdesk.model.creditor import Creditor
from debtdesk.model.deadline import Deadline
from debtdesk.model.debtor import BudgetLine, Debtor
from debtdesk.model.document import Attachment, Document
from debtdesk.model.event import Event
from debtdesk.model.loan import DebtStatement, Loan, Payment
from debtdesk.model.note import Note
from debtdesk.model.print_batch import PrintBatch
from debtdesk.model.property import Property
from debtdesk.model.rates import ExchangeRate
from debtdesk.model.setting import Setting

__all__ = [
    "Advisor",
    "Attachment",
    "AuditEntry",
    "Base",
    "BudgetLine",
    "CalendarDay",
    "Checklist",
    "ChecklistItem",
    "Court",
    "Creditor",
    "Deadline",
    "DebtStatement",
    "Debtor",
    "Document",
    "Entity",
    "Event",
    "ExchangeRate",
    "Fixed",
    "Loan",
    "Money",
    "Note",
    "Payment",
    "PrintBatch",
    "Proceeding",
    "Property",
    "Setting",
]
