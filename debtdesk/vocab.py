"""The closed vocabularies of the model, stored as plain strings (no SQLAlchemy here).

Stored values are language-neutral keys; screens and letters translate them.
Kept as ``StrEnum`` so services can validate and the UI can list choices.
"""

from __future__ import annotations

from enum import StrEnum


class Language(StrEnum):
    KK = "kk"
    RU = "ru"
    EN = "en"


class ProblemKind(StrEnum):
    MORTGAGE = "mortgage"
    CONSUMER = "consumer"
    MICROFINANCE = "microfinance"
    GUARANTOR = "guarantor"
    EVICTION = "eviction"
    BANKRUPTCY = "bankruptcy"
    OTHER = "other"


class DebtorStatus(StrEnum):
    OPEN = "open"
    WATCH = "watch"
    CLOSED = "closed"


class VulnerableStatus(StrEnum):
    NONE = "none"
    DISABILITY = "disability"
    LARGE_FAMILY = "large_family"
    SINGLE_PARENT = "single_parent"
    PENSIONER = "pensioner"
    SOCIALLY_VULNERABLE = "socially_vulnerable"


class CreditorKind(StrEnum):
    BANK = "bank"
    MICROFINANCE = "microfinance"
    COLLECTOR = "collector"
    OTHER = "other"


class ScheduleKind(StrEnum):
    ANNUITY = "annuity"
    EQUAL_PRINCIPAL = "equal_principal"


class BudgetKind(StrEnum):
    INCOME = "income"
    EXPENSE = "expense"


class PropertyKind(StrEnum):
    APARTMENT = "apartment"
    HOUSE = "house"
    LAND = "land"
    OTHER = "other"


class ProceedingKind(StrEnum):
    CLAIM = "claim"
    COURT_ORDER = "court_order"
    APPEAL = "appeal"
    CASSATION = "cassation"
    ENFORCEMENT = "enforcement"
    EVICTION = "eviction"
    BANKRUPTCY = "bankruptcy"


class ProceedingStage(StrEnum):
    FILED = "filed"
    HEARINGS = "hearings"
    DECIDED = "decided"
    APPEAL = "appeal"
    CASSATION = "cassation"
    IN_FORCE = "in_force"
    ENFORCEMENT = "enforcement"
    SEIZURE = "seizure"
    VALUATION = "valuation"
    AUCTION = "auction"
    EVICTION = "eviction"
    CLOSED = "closed"


class ProceedingStatus(StrEnum):
    ACTIVE = "active"
    SUSPENDED = "suspended"
    CLOSED = "closed"


class Outcome(StrEnum):
    WON = "won"
    LOST = "lost"
    PARTLY_WON = "partly_won"
    SETTLED = "settled"
    EVICTION_STOPPED = "eviction_stopped"
    WITHDRAWN = "withdrawn"


class EventKind(StrEnum):
    HEARING = "hearing"
    DECISION_ANNOUNCED = "decision_announced"
    DECISION_FINAL_FORM = "decision_final_form"
    RULING_FINAL_FORM = "ruling_final_form"
    DECISION_IN_FORCE = "decision_in_force"
    APPEAL_RULING_IN_FORCE = "appeal_ruling_in_force"
    COURT_ORDER_RECEIVED = "court_order_received"
    DEFERRAL_APPLICATION_FILED = "deferral_application_filed"
    NEW_CIRCUMSTANCES = "new_circumstances"
    BANKRUPTCY_APPLICATION_FILED = "bankruptcy_application_filed"
    ENFORCEMENT_OPENED = "enforcement_opened"
    SEIZURE = "seizure"
    VALUATION_RECEIVED = "valuation_received"
    AUCTION = "auction"
    EVICTION_NOTICE = "eviction_notice"
    EVICTION = "eviction"
    FIRST_DAY_OVERDUE = "first_day_overdue"
    LETTER_SENT = "letter_sent"
    LETTER_RECEIVED = "letter_received"
    REPLY_RECEIVED = "reply_received"
    MEETING = "meeting"
    ACTION = "action"


# Events that threaten the home: shown first, with days left.
THREAT_KINDS = frozenset({EventKind.EVICTION, EventKind.AUCTION})


class DeadlineStatus(StrEnum):
    OPEN = "open"
    DONE = "done"
    MISSED = "missed"
    CANCELLED = "cancelled"


class NoteKind(StrEnum):
    NOTE = "note"
    CALL = "call"
    MEETING = "meeting"
    VISIT = "visit"
    SYSTEM = "system"


class CalendarDayKind(StrEnum):
    DAY_OFF = "day_off"  # decreed day off (transfer)
    WORKING = "working"  # decreed working day (e.g. a working Saturday)
    COURT_CLOSURE = "court_closure"


class AuditAction(StrEnum):
    CREATE = "create"
    UPDATE = "update"
    DELETE = "delete"
    IMPORT = "import"
    FORGET = "forget"
