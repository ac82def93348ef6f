"""Finance results as plain values (JSON) and as sentences in a reader's language.

The command line prints these, and a screen can show the same sentences: one
wording of each bankruptcy condition, rendered from its language-neutral key
and values. Money in JSON is a string (``"1200000.00"``), never a float.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from debtdesk.documents.formatting import format_date, format_money
from debtdesk.finance.bankruptcy import Condition, Screen, Status
from debtdesk.finance.budget import Budget
from debtdesk.finance.case import CaseHeader
from debtdesk.finance.growth import CaseDebt, Figure, LoanGrowth
from debtdesk.finance.labels import category, word
from debtdesk.finance.rates import Rate


def _figure(f: Figure | None) -> dict[str, Any] | None:
    return None if f is None else {"amount": f.amount, "tenge": f.tenge}


def _rate(r: Rate | None) -> dict[str, Any] | None:
    return None if r is None else {"date": r.day, "rate": r.rate, "source": r.source}


def loan_json(g: LoanGrowth) -> dict[str, Any]:
    claim = g.claim
    schedule = g.schedule
    return {
        "loan_id": g.loan_id,
        "contract_no": g.contract_no,
        "creditor": g.creditor,
        "currency": g.currency,
        "contract_date": g.contract_date,
        "contract_rate": _rate(g.contract_rate),
        "borrowed": _figure(g.borrowed),
        "paid": {**(_figure(g.paid) or {}), "payments": g.payments, "last": g.last_payment},
        "claimed": None
        if claim is None
        else {
            **(_figure(claim.total) or {}),
            "as_of": claim.as_of,
            "stated_currency": claim.stated_currency,
            "rate": _rate(claim.rate),
            "source": claim.source,
            "principal": _figure(claim.principal),
            "interest": _figure(claim.interest),
            "penalties": _figure(claim.penalties),
            "fees": _figure(claim.fees),
        },
        "ratios": {
            "claimed_to_borrowed": g.claimed_to_borrowed,
            "claimed_to_borrowed_tenge": g.claimed_to_borrowed_tenge,
            "paid_and_claimed_to_borrowed": g.paid_and_claimed_to_borrowed,
            "paid_and_claimed_to_borrowed_tenge": g.paid_and_claimed_to_borrowed_tenge,
        },
        "shares": {
            "penalties": g.penalties_share,
            "fees": g.fees_share,
            "penalties_and_fees": g.penalties_and_fees_share,
        },
        "devaluation_tenge": {
            "on_payments": g.devaluation.on_payments,
            "on_claim": g.devaluation.on_claim,
            "total": g.devaluation.total,
        },
        "schedule": None
        if schedule is None
        else {
            "instalment": schedule.level_payment,
            "instalments_due": schedule.instalments_due,
            "promised": schedule.promised_by_on,
            "paid": schedule.paid_by_on,
            "behind": schedule.behind,
            "instalments_behind": schedule.instalments_behind,
        },
    }


def _case(who: CaseHeader) -> dict[str, Any]:
    return {"id": who.debtor_id, "full_name": who.full_name, "language": who.language}


def debt_json(who: CaseHeader, debt: CaseDebt) -> dict[str, Any]:
    return {
        "case": _case(who),
        "on": debt.on,
        "loans": [loan_json(g) for g in debt.loans],
        "totals_tenge": {
            "borrowed": debt.borrowed_tenge,
            "paid": debt.paid_tenge,
            "claimed": debt.claimed_tenge,
            "devaluation": debt.devaluation_tenge,
            "claimed_to_borrowed": debt.claimed_to_borrowed_tenge,
            "paid_and_claimed_to_borrowed": debt.paid_and_claimed_to_borrowed_tenge,
        },
    }


def budget_json(who: CaseHeader, budget: Budget) -> dict[str, Any]:
    def lines(items: Any) -> list[dict[str, Any]]:
        return [{"category": c.category, "amount": c.amount, "lines": c.lines} for c in items]

    return {
        "case": _case(who),
        "on": budget.on,
        "household_size": budget.household_size,
        "minors": budget.minors,
        "income": lines(budget.income),
        "expenses": lines(budget.expenses),
        "income_total": budget.income_total,
        "expense_total": budget.expense_total,
        "surplus": budget.surplus,
        "deficit": budget.deficit,
        "income_per_person": budget.income_per_person,
        "subsistence_minimum": budget.subsistence_minimum,
        "below_subsistence_minimum": budget.below_minimum,
    }


def _value(value: object, lang: str) -> str:
    if value is None:
        return word("unknown", lang)
    if isinstance(value, Decimal):
        return format_money(value, "KZT", lang)
    if isinstance(value, date):
        return format_date(value, lang)
    return str(value)


def condition_text(condition: Condition, lang: str) -> str:
    """The condition as a sentence in ``lang``, with why it is unknown when it is."""
    values = {k: _value(v, lang) for k, v in condition.values.items()}
    if condition.key == "no_payments_12_months" and condition.values.get("last_payment") is None:
        values["last_payment"] = word("none_recorded", lang)
    text = word(f"cond.{condition.key}", lang).format(**values)
    missing = []
    if condition.status != Status.UNKNOWN:
        return text
    if "mrp" in condition.values and condition.values["mrp"] is None:
        missing.append(word("mrp_unset", lang).format(year=condition.values["year"]))
    if condition.values.get("missing_claims"):
        missing.append(word("claims_missing", lang).format(n=condition.values["missing_claims"]))
    return f"{text} ({'; '.join(missing)})" if missing else text


def screen_json(who: CaseHeader, screen: Screen, lang: str) -> dict[str, Any]:
    facts = screen.facts
    return {
        "case": _case(who),
        "on": facts.on,
        "screen_not_advice": True,
        "disclaimer": word("disclaimer", lang),
        "mrp": facts.mrp,
        "limit_tenge": screen.limit,
        "debt_tenge": facts.debt_known,
        "loans_without_claim": facts.loans_without_claim,
        "last_payment": facts.last_payment,
        "may_fit": [p.value for p in screen.may_fit],
        "procedures": [
            {
                "procedure": check.procedure.value,
                "name": word(check.procedure.value, lang),
                "verdict": check.verdict.value,
                "conditions": [
                    {"key": c.key, "status": c.status.value, "text": condition_text(c, lang)}
                    for c in check.conditions
                ],
            }
            for check in screen.checks
        ],
    }


def category_name(key: str, lang: str) -> str:
    return category(key, lang)
