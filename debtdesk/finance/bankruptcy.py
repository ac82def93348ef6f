"""A first screen of the 2023 personal bankruptcy law (No. 178-VII, in force 3 March 2023).

It says which procedure *may* fit — out-of-court bankruptcy, court bankruptcy,
or a restoration-of-solvency plan — by checking each condition the advisor can
check from the case file, and shows every condition met, not met, or unknown.
It is a screen, not legal advice: the result always carries that label, and a
lawyer decides.

The thresholds follow DOMAIN.md §5: out-of-court for debts up to 1,600 MRP with
no property and 12 months without payments; court bankruptcy above that (or
with property); a restoration plan must repay within 5 years. The MRP is a
setting per year; without it the amount conditions are "unknown", never
decided with a guessed MRP.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from enum import StrEnum

from dateutil.relativedelta import relativedelta

MRP_LIMIT = 1600  # out-of-court bankruptcy: debts up to 1,600 MRP
MONTHS_WITHOUT_PAYMENT = 12
PLAN_MONTHS = 60  # a restoration-of-solvency plan lasts up to 5 years


class Status(StrEnum):
    MET = "met"
    NOT_MET = "not_met"
    UNKNOWN = "unknown"


class Procedure(StrEnum):
    OUT_OF_COURT = "out_of_court"
    COURT = "court"
    RESTORATION = "restoration"


class Verdict(StrEnum):
    MAY_FIT = "may_fit"
    DOES_NOT_FIT = "does_not_fit"
    CANNOT_TELL = "cannot_tell"


@dataclass(frozen=True)
class ScreenFacts:
    """What the screen reads from the case, in tenge as of ``on``."""

    on: date
    mrp: Decimal | None  # of ``on``'s year
    debt_known: Decimal  # the latest claims of the loans that have one
    loans_without_claim: int = 0
    last_payment: date | None = None
    has_loans: bool = True
    properties: int = 0
    monthly_income: Decimal | None = None  # None: no budget recorded
    monthly_surplus: Decimal | None = None


@dataclass(frozen=True)
class Condition:
    """One condition of a procedure; ``key`` and ``values`` are rendered by ``labels``."""

    key: str
    status: Status
    values: dict[str, object] = field(default_factory=dict)


@dataclass(frozen=True)
class ProcedureCheck:
    procedure: Procedure
    conditions: tuple[Condition, ...]

    @property
    def verdict(self) -> Verdict:
        statuses = {c.status for c in self.conditions}
        if Status.NOT_MET in statuses:
            return Verdict.DOES_NOT_FIT
        if Status.UNKNOWN in statuses:
            return Verdict.CANNOT_TELL
        return Verdict.MAY_FIT


@dataclass(frozen=True)
class Screen:
    facts: ScreenFacts
    limit: Decimal | None  # 1,600 MRP in tenge
    checks: tuple[ProcedureCheck, ...]

    @property
    def year(self) -> int:
        return self.facts.on.year

    @property
    def may_fit(self) -> tuple[Procedure, ...]:
        return tuple(c.procedure for c in self.checks if c.verdict == Verdict.MAY_FIT)


def _status(value: bool | None) -> Status:
    return Status.UNKNOWN if value is None else Status.MET if value else Status.NOT_MET


def _debt_within(facts: ScreenFacts, limit: Decimal | None) -> bool | None:
    """Debt ≤ limit; known to be false once the claims already known pass it."""
    if limit is None:
        return None
    if facts.debt_known > limit:
        return False
    return True if facts.loans_without_claim == 0 else None


def _no_recent_payment(facts: ScreenFacts) -> bool | None:
    if not facts.has_loans:
        return False
    if facts.last_payment is None:
        return True
    return facts.last_payment <= facts.on - relativedelta(months=MONTHS_WITHOUT_PAYMENT)


def _repays_in_plan(facts: ScreenFacts) -> bool | None:
    """The month's surplus over 5 years covers the debt (false as soon as it cannot)."""
    if facts.monthly_surplus is None:
        return None
    if facts.monthly_surplus <= 0:
        return False
    covered = facts.monthly_surplus * PLAN_MONTHS
    if covered < facts.debt_known:
        return False
    return True if facts.loans_without_claim == 0 else None


def screen(facts: ScreenFacts) -> Screen:
    """Check the three procedures of the 2023 law against ``facts``."""
    limit = facts.mrp * MRP_LIMIT if facts.mrp is not None else None
    amounts: dict[str, object] = {
        "debt": facts.debt_known,
        "limit": limit,
        "mrp": facts.mrp,
        "year": facts.on.year,
        "missing_claims": facts.loans_without_claim,
    }
    within = _debt_within(facts, limit)
    quiet = Condition(
        "no_payments_12_months",
        _status(_no_recent_payment(facts)),
        {"last_payment": facts.last_payment, "months": MONTHS_WITHOUT_PAYMENT},
    )
    no_property = Condition(
        "no_property", _status(facts.properties == 0), {"properties": facts.properties}
    )
    repays = _repays_in_plan(facts)
    plan = Condition(
        "repays_within_plan",
        _status(repays),
        {**amounts, "surplus": facts.monthly_surplus, "months": PLAN_MONTHS},
    )
    out_of_court = ProcedureCheck(
        Procedure.OUT_OF_COURT,
        (Condition("debt_within_limit", _status(within), amounts), no_property, quiet),
    )
    # Court bankruptcy is for those out-of-court cannot serve: a larger debt or property.
    closed: bool | None = True if facts.properties else None if within is None else not within
    court = ProcedureCheck(
        Procedure.COURT,
        (
            Condition(
                "out_of_court_closed", _status(closed), {**amounts, "properties": facts.properties}
            ),
            quiet,
            Condition(
                "cannot_repay_within_plan",
                _status(None if repays is None else not repays),
                {**amounts, "surplus": facts.monthly_surplus, "months": PLAN_MONTHS},
            ),
        ),
    )
    income = facts.monthly_income
    restoration = ProcedureCheck(
        Procedure.RESTORATION,
        (
            Condition(
                "regular_income",
                _status(None if income is None else income > 0),
                {"income": income},
            ),
            plan,
            quiet,
        ),
    )
    return Screen(facts, limit, (out_of_court, court, restoration))
