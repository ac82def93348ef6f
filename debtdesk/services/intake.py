"""Meeting intake: a new person's case, bank, court matter and known dates in one action.

At a meeting the advisor types while the debtor talks; whatever they already
know (the bank, the next hearing, the decision, an eviction date) goes in at
once, and the deadlines those dates trigger are computed before the next person
sits down. Everything is checked before anything is written, so a refused
intake leaves no half-made case behind even in a session that carries on.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, time
from decimal import Decimal
from typing import Any

from dateutil.relativedelta import relativedelta
from sqlalchemy import select
from sqlalchemy.orm import Session

from debtdesk import clock
from debtdesk.errors import ValidationError
from debtdesk.i18n import _
from debtdesk.model import Deadline, Debtor
from debtdesk.services import debtors, institutions, loans, proceedings
from debtdesk.services.fields import Amount, ClockTime, Day, Text
from debtdesk.vocab import (
    CreditorKind,
    DeadlineStatus,
    EventKind,
    ProblemKind,
    ProceedingKind,
    ProceedingStage,
)

DEBTOR_FIELDS = ("full_name", "phone", "iin", "city", "language", "problem_kind", "advisor_id")
# Dates an advisor can take at intake, and the event each one records. The
# decision's date is the one on the decision in final form: the appeal month runs
# from it, not from the hearing (DOMAIN.md §1).
DATE_EVENTS = {
    "next_hearing": EventKind.HEARING,
    "decision_date": EventKind.DECISION_FINAL_FORM,
    "eviction_date": EventKind.EVICTION,
}
OTHER_FIELDS = ("bank", "principal", "next_hearing_time")
FIELDS = DEBTOR_FIELDS + tuple(DATE_EVENTS) + OTHER_FIELDS

EARLIEST = date(1995, 1, 1)  # the events service refuses anything older
AHEAD = relativedelta(years=5)  # a hearing or eviction further off is a mistyped year
ANY_DAY = Day(earliest=date.min, latest=date.max)  # parses; the range is checked per field


@dataclass(frozen=True)
class IntakeResult:
    """What one intake created (ids only: nothing outlives the session)."""

    debtor_id: int
    creditor_id: int | None
    loan_id: int | None
    proceeding_ids: tuple[int, ...]
    event_ids: tuple[int, ...]
    # (rule, due date) of the deadlines the dates triggered, soonest first.
    deadlines: tuple[tuple[str, date], ...]


@dataclass(frozen=True)
class Cleaned:
    debtor: dict[str, Any]
    bank: str | None
    principal: Decimal | None
    dates: dict[str, date]
    hearing_time: time | None


def _check_range(field: str, day: date, today: date) -> None:
    """Plausible ranges relative to today: these catch 2062 typed for 2026."""
    if field == "next_hearing" and day < today:
        raise ValidationError(field, _("the next hearing cannot be in the past"))
    if field == "decision_date" and day > today:
        raise ValidationError(field, _("a decision date cannot be in the future"))
    if day < EARLIEST:
        raise ValidationError(field, _("before 1995: check the year"))
    if day > today + AHEAD:
        raise ValidationError(field, _("more than five years away: check the year"))


def clean(values: Mapping[str, Any]) -> Cleaned:
    """``values`` checked and parsed as ``intake`` takes them (ValidationError naming the field).

    Public so a spreadsheet import can check all its rows before writing any.
    """
    unknown = [k for k in values if k not in FIELDS]
    if unknown:
        raise ValidationError(unknown[0], _("unknown field"))
    debtor = {k: values[k] for k in DEBTOR_FIELDS if k in values}
    for key, value in debtor.items():
        debtors.SCHEMA[key].clean(key, value)
    if not debtor.get("full_name"):
        raise ValidationError("full_name", _("this field is required"))
    bank = Text(max_len=200).clean("bank", values.get("bank"))
    principal = Amount().clean("principal", values.get("principal"))
    if bank and principal is None:
        raise ValidationError(
            "principal", _("give the loan amount with the bank (the contract shows it)")
        )
    if principal is not None and principal <= 0:
        raise ValidationError("principal", _("a loan amount is more than zero"))
    today = clock.today()
    dates: dict[str, date] = {}
    for field in DATE_EVENTS:
        day = ANY_DAY.clean(field, values.get(field))
        if day is not None:
            _check_range(field, day, today)
            dates[field] = day
    hearing_time = ClockTime().clean("next_hearing_time", values.get("next_hearing_time"))
    if hearing_time is not None and "next_hearing" not in dates:
        raise ValidationError("next_hearing", _("give the date of the hearing for its time"))
    return Cleaned(debtor, bank, principal, dates, hearing_time)


def court_kind(problem_kind: str | None) -> ProceedingKind:
    if problem_kind == ProblemKind.BANKRUPTCY:
        return ProceedingKind.BANKRUPTCY
    return ProceedingKind.CLAIM


def court_stage(dates: Mapping[str, date]) -> ProceedingStage:
    """The stage the known dates show: decided, and with a hearing since then, appealed."""
    if "decision_date" in dates:
        # A next hearing is never before today and a decision never after: a
        # hearing after the decision is the appeal's.
        return ProceedingStage.APPEAL if "next_hearing" in dates else ProceedingStage.DECIDED
    return ProceedingStage.HEARINGS


def creditor_kind(problem_kind: str | None) -> str:
    if problem_kind == ProblemKind.MICROFINANCE:
        return CreditorKind.MICROFINANCE
    return CreditorKind.BANK


def intake(session: Session, values: Mapping[str, Any]) -> IntakeResult:
    """Create the case of a person met at a meeting, with what they already know.

    ``values`` holds the debtor's ``full_name``, ``phone``, ``iin``, ``city``,
    ``language``, ``problem_kind`` (and optionally ``advisor_id``); ``bank`` with
    the loan's ``principal``; and the dates ``next_hearing`` (with
    ``next_hearing_time``), ``decision_date`` (of the decision in final form) and
    ``eviction_date``. A hearing or decision opens a court proceeding (a claim,
    or a bankruptcy for a bankruptcy problem); an eviction date opens an
    eviction proceeding, the court one's child when there is one. Each date
    becomes an event through the events service, so its deadlines are computed
    in this transaction.
    """
    cleaned = clean(values)
    return _attach(session, debtors.create_debtor(session, cleaned.debtor), cleaned)


def add_to_debtor(session: Session, debtor: Debtor, values: Mapping[str, Any]) -> IntakeResult:
    """Add the bank, loan, court matter and dates of ``values`` to an existing case.

    For a spreadsheet row merged into a case already on file (debtdesk.sheets):
    ``values`` is checked exactly as by ``intake``, but its debtor fields are
    left to the caller, who decides which of them may change the case.
    """
    return _attach(session, debtor, clean(values))


def _attach(session: Session, debtor: Debtor, cleaned: Cleaned) -> IntakeResult:
    problem_kind = debtor.problem_kind
    creditor_id = loan_id = None
    if cleaned.bank:
        creditor = institutions.find_or_create_creditor(
            session, cleaned.bank, creditor_kind(problem_kind)
        )
        creditor_id = creditor.id
    if cleaned.principal is not None:
        loan = loans.create_loan(
            session, debtor.id, {"creditor_id": creditor_id, "principal": cleaned.principal}
        )
        loan_id = loan.id

    dates = cleaned.dates
    proceeding_ids: list[int] = []
    event_ids: list[int] = []
    court_id = None
    if "next_hearing" in dates or "decision_date" in dates:
        court = proceedings.create_proceeding(
            session,
            debtor.id,
            {"kind": court_kind(problem_kind), "stage": court_stage(dates), "loan_id": loan_id},
        )
        court_id = court.id
        proceeding_ids.append(court.id)
        for field in ("decision_date", "next_hearing"):
            if field in dates:
                event = proceedings.add_event(
                    session,
                    debtor.id,
                    {
                        "kind": DATE_EVENTS[field],
                        "date": dates[field],
                        "time": cleaned.hearing_time if field == "next_hearing" else None,
                        "proceeding_id": court.id,
                    },
                )
                event_ids.append(event.id)
    if "eviction_date" in dates:
        eviction = proceedings.create_proceeding(
            session,
            debtor.id,
            {
                "kind": ProceedingKind.EVICTION,
                "stage": ProceedingStage.EVICTION,
                "loan_id": loan_id,
                "parent_id": court_id,
            },
        )
        proceeding_ids.append(eviction.id)
        event = proceedings.add_event(
            session,
            debtor.id,
            {
                "kind": EventKind.EVICTION,
                "date": dates["eviction_date"],
                "proceeding_id": eviction.id,
            },
        )
        event_ids.append(event.id)

    deadlines = session.execute(
        select(Deadline.rule, Deadline.due_date)
        .where(Deadline.debtor_id == debtor.id, Deadline.status == DeadlineStatus.OPEN)
        .order_by(Deadline.due_date, Deadline.id)
    ).all()
    return IntakeResult(
        debtor_id=debtor.id,
        creditor_id=creditor_id,
        loan_id=loan_id,
        proceeding_ids=tuple(proceeding_ids),
        event_ids=tuple(event_ids),
        deadlines=tuple((rule or "", due) for rule, due in deadlines),
    )
