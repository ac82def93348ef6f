"""The anonymous export: every case as numbers, kinds and months, for statistics.

What a coordinator needs for a press release or a study — cases by city and
problem, what was borrowed and what is claimed, how court cases end, when
evictions loom — without anyone in it being a person one could find.

Left out: names, IINs, phones, addresses, consent dates, tags, every free-text
field (notes, collateral, places, attendees, sources, budget notes), contract
and court case numbers (both can be looked up), judges, bailiffs, advisors.

Kept as they are: amounts, currencies, rates, terms, kinds, stages, outcomes,
statuses, household sizes, city, creditors and courts (institutions, not people).

Coarsened, because an exact date can single a person out (a hearing date and a
court narrow a case to one): every date to its month (``YYYY-MM``), a loan's
contract date to its year, and the birth date in the IIN to a ten-year age
band on the day of the export. A case is a pseudonym (``pseudonyms``); so is a
person, from the IIN when there is one, so two cases of one person can be
counted once.

For the movement's figures (``debtdesk.reports.figures``) an event also says
which of the case's proceedings it belongs to (its index in ``proceedings``) and
whether someone from the group was down to attend (``attended``: yes or no,
never who); a letter says the months it was sent and answered. Asked for with
``in_tenge``, each loan also carries its principal in tenge at the rate of its
contract date, and each statement its total in tenge at its own date (None
without a rate). Not in the default export: with the principal, a tenge amount
at a day's rate would tell the contract date to the day.
"""

from __future__ import annotations

import csv
import io
import json
from collections import defaultdict
from collections.abc import Iterable
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from debtdesk.clock import today
from debtdesk.finance.rates import MissingRateError, RateTable, load_rates
from debtdesk.model import (
    BudgetLine,
    Court,
    Creditor,
    Deadline,
    Debtor,
    DebtStatement,
    Document,
    Event,
    Loan,
    Note,
    Payment,
    Proceeding,
    Property,
)
from debtdesk.privacy.pseudonyms import Pseudonyms
from debtdesk.services.iin import birth_date, iin_problem

FORMAT = "debtdesk-anonymous"
VERSION = 1


def month(day: date | None) -> str | None:
    return f"{day.year:04d}-{day.month:02d}" if day else None


def age_band(iin: str | None, on: date) -> str | None:
    """ "40-49" from the birth date in a valid IIN; None without one."""
    if not iin or iin_problem(iin):
        return None
    born = birth_date(iin)
    if born is None:
        return None
    age = on.year - born.year - ((on.month, on.day) < (born.month, born.day))
    low = max(0, age) // 10 * 10
    return f"{low}-{low + 9}"


def _amount(value: Decimal | None) -> str | None:
    return None if value is None else format(value, "f")


def _total(st: Any) -> Decimal:
    """A statement row's total (``DebtStatement.total`` for a row of columns)."""
    return st.principal + st.interest + st.penalties + st.fees


def _by_debtor(rows: Iterable[Any]) -> dict[int, list[Any]]:
    out: dict[int, list[Any]] = defaultdict(list)
    for row in rows:
        out[row.debtor_id].append(row)
    return out


def _in_tenge(rates: RateTable, amount: Decimal, currency: str, day: date | None) -> str | None:
    """``amount`` in tenge at the rate of ``day``; None when the day or its rate is missing."""
    if currency.upper() == "KZT":
        return _amount(amount)
    if day is None:
        return None
    try:
        return _amount(rates.to_tenge(amount, currency, day))
    except MissingRateError:
        return None


def anonymous_cases(
    session: Session, on: date | None = None, *, in_tenge: bool = False
) -> dict[str, Any]:
    """The whole database as anonymous records, ready for ``to_json`` or ``to_csv``.

    ``in_tenge`` adds tenge amounts at exact dates, for aggregate figures only
    (see the module's docstring): never publish those records as they are.
    """
    on = on or today()
    names = Pseudonyms.of_database(session)
    s = session
    loans = _by_debtor(
        s.execute(
            select(
                Loan.id, Loan.debtor_id, Creditor.name.label("creditor"),
                Creditor.kind.label("creditor_kind"), Loan.currency, Loan.principal, Loan.rate,
                Loan.term_months, Loan.schedule_kind, Loan.contract_date,
            ).outerjoin(Creditor, Creditor.id == Loan.creditor_id).order_by(Loan.id)
        )
    )  # fmt: skip
    payments: dict[int, list[Any]] = defaultdict(list)
    # Columns, not ORM objects: tens of thousands of rows on a big database.
    for p in s.execute(
        select(Payment.loan_id, Payment.date, Payment.amount, Payment.currency).order_by(
            Payment.date, Payment.id
        )
    ):
        payments[p.loan_id].append(p)
    statements: dict[int, list[Any]] = defaultdict(list)
    for st in s.execute(
        select(
            DebtStatement.loan_id, DebtStatement.as_of, DebtStatement.currency,
            DebtStatement.principal, DebtStatement.interest, DebtStatement.penalties,
            DebtStatement.fees,
        ).order_by(DebtStatement.as_of, DebtStatement.id)
    ):  # fmt: skip
        statements[st.loan_id].append(st)
    rates = RateTable()
    if in_tenge:
        currencies = set(s.scalars(select(Loan.currency).distinct()))
        currencies |= set(s.scalars(select(DebtStatement.currency).distinct()))
        rates = load_rates(s, currencies)
    proceedings = _by_debtor(
        s.execute(
            select(
                Proceeding.id, Proceeding.debtor_id, Proceeding.kind, Proceeding.stage,
                Proceeding.status, Proceeding.outcome, Court.name.label("court"),
                Court.city.label("court_city"),
            ).outerjoin(Court, Court.id == Proceeding.court_id).order_by(Proceeding.id)
        )
    )  # fmt: skip
    events = _by_debtor(
        s.execute(
            select(
                Event.debtor_id, Event.kind, Event.date, Event.proceeding_id, Event.attendees
            ).order_by(Event.date, Event.id)
        )
    )
    deadlines = _by_debtor(
        s.execute(
            select(Deadline.debtor_id, Deadline.rule, Deadline.status, Deadline.due_date)
            .where(Deadline.manual.is_(False))
            .order_by(Deadline.due_date, Deadline.id)
        )
    )
    budget = _by_debtor(
        s.execute(select(BudgetLine.debtor_id, BudgetLine.kind, BudgetLine.amount,
                         BudgetLine.currency).order_by(BudgetLine.id))
    )  # fmt: skip
    homes = _by_debtor(
        s.execute(select(Property.debtor_id, Property.kind, Property.area, Property.sole_home,
                         Property.unfinished, Property.residents, Property.minors)
                  .order_by(Property.id))
    )  # fmt: skip
    letters = _by_debtor(
        s.execute(
            select(
                Document.debtor_id,
                Document.template,
                Document.language,
                Document.created_on,
                Document.sent_on,
                Document.reply_on,
            ).order_by(Document.created_on, Document.id)
        )
    )
    note_counts = {
        debtor_id: n
        for debtor_id, n in s.execute(select(Note.debtor_id, func.count()).group_by(Note.debtor_id))
    }

    cases = []
    debtors = s.execute(
        select(
            Debtor.id, Debtor.uuid, Debtor.iin, Debtor.city, Debtor.language, Debtor.problem_kind,
            Debtor.household_size, Debtor.minors, Debtor.vulnerable_status, Debtor.status,
            Debtor.created_at,
        ).order_by(Debtor.id)
    )  # fmt: skip
    for d in debtors:
        case_loans = []
        case_proceedings = proceedings.get(d.id, [])
        index = {p.id: i for i, p in enumerate(case_proceedings)}
        for loan in loans.get(d.id, []):
            tenge: dict[str, Any] = {}
            if in_tenge:
                tenge["principal_kzt"] = _in_tenge(
                    rates, loan.principal, loan.currency, loan.contract_date
                )
            case_loans.append(
                {
                    **tenge,
                    "creditor": loan.creditor,
                    "creditor_kind": loan.creditor_kind,
                    "currency": loan.currency,
                    "principal": _amount(loan.principal),
                    "rate": _amount(loan.rate),
                    "term_months": loan.term_months,
                    "schedule_kind": loan.schedule_kind,
                    "contract_year": loan.contract_date.year if loan.contract_date else None,
                    "payments": [
                        {
                            "month": month(p.date),
                            "amount": _amount(p.amount),
                            "currency": p.currency,
                        }
                        for p in payments.get(loan.id, [])
                    ],
                    "statements": [
                        {
                            "month": month(st.as_of),
                            "currency": st.currency,
                            "principal": _amount(st.principal),
                            "interest": _amount(st.interest),
                            "penalties": _amount(st.penalties),
                            "fees": _amount(st.fees),
                            **(
                                {"total_kzt": _in_tenge(rates, _total(st), st.currency, st.as_of)}
                                if in_tenge
                                else {}
                            ),
                        }
                        for st in statements.get(loan.id, [])
                    ],
                }
            )
        cases.append(
            {
                "case": names.of("case", d.uuid),
                "person": names.of("person", d.iin) if d.iin else None,
                "opened": month(d.created_at.date() if d.created_at else None),
                "city": d.city,
                "language": d.language,
                "problem_kind": d.problem_kind,
                "status": d.status,
                "household_size": d.household_size,
                "minors": d.minors,
                "vulnerable_status": d.vulnerable_status,
                "age_band": age_band(d.iin, on),
                "loans": case_loans,
                "budget": [
                    {"kind": b.kind, "amount": _amount(b.amount), "currency": b.currency}
                    for b in budget.get(d.id, [])
                ],
                "properties": [
                    {
                        "kind": h.kind,
                        "area": _amount(h.area),
                        "sole_home": h.sole_home,
                        "unfinished": h.unfinished,
                        "residents": h.residents,
                        "minors": h.minors,
                    }
                    for h in homes.get(d.id, [])
                ],
                "proceedings": [
                    {
                        "kind": p.kind,
                        "stage": p.stage,
                        "status": p.status,
                        "outcome": p.outcome,
                        "court": p.court,
                        "court_city": p.court_city,
                    }
                    for p in case_proceedings
                ],
                "events": [
                    {
                        "kind": e.kind,
                        "month": month(e.date),
                        "proceeding": index.get(e.proceeding_id),
                        "attended": bool(e.attendees and e.attendees.strip()),
                    }
                    for e in events.get(d.id, [])
                ],
                "deadlines": [
                    {"rule": x.rule, "status": x.status, "month": month(x.due_date)}
                    for x in deadlines.get(d.id, [])
                ],
                "letters": [
                    {
                        "template": x.template,
                        "language": x.language,
                        "month": month(x.created_on),
                        "sent": month(x.sent_on),
                        "replied": month(x.reply_on),
                    }
                    for x in letters.get(d.id, [])
                ],
                "notes": note_counts.get(d.id, 0),
            }
        )
    return {"format": FORMAT, "version": VERSION, "as_of": on.isoformat(), "cases": cases}


def to_json(export: dict[str, Any]) -> str:
    return json.dumps(export, ensure_ascii=False, indent=1) + "\n"


CSV_COLUMNS = (
    "case", "person", "opened", "city", "language", "problem_kind", "status", "household_size",
    "minors", "vulnerable_status", "age_band", "loans", "currencies", "principal", "paid",
    "claimed", "claimed_currency", "creditor_kinds", "proceedings", "stages", "outcomes",
    "evictions", "events", "open_deadlines", "letters", "notes",
)  # fmt: skip


def _sum(values: Iterable[str | None]) -> str:
    return format(sum((Decimal(v) for v in values if v is not None), Decimal(0)), "f")


def _kinds(values: Iterable[str | None]) -> str:
    return ";".join(sorted({v for v in values if v}))


def _csv_row(case: dict[str, Any]) -> dict[str, Any]:
    """One line a spreadsheet can total: sums of the case's loans, left empty when they are
    in more than one currency (the JSON export has every loan)."""
    loans = case["loans"]
    latest = [loan["statements"][-1] for loan in loans if loan["statements"]]
    claimed = [st[k] for st in latest for k in ("principal", "interest", "penalties", "fees")]
    currencies = _kinds(loan["currency"] for loan in loans)
    claimed_in = _kinds(st["currency"] for st in latest)  # a court claims in tenge
    # Sums in one currency only: tenge and dollars do not add up.
    mixed = ";" in currencies
    return {
        **{k: case[k] for k in CSV_COLUMNS if k in case and not isinstance(case[k], list)},
        "loans": len(loans),
        "currencies": currencies,
        "principal": "" if mixed else _sum(loan["principal"] for loan in loans),
        "paid": "" if mixed else _sum(p["amount"] for loan in loans for p in loan["payments"]),
        "claimed": "" if ";" in claimed_in else _sum(claimed),
        "claimed_currency": claimed_in,
        "creditor_kinds": _kinds(loan["creditor_kind"] for loan in loans),
        "proceedings": len(case["proceedings"]),
        "stages": _kinds(p["stage"] for p in case["proceedings"]),
        "outcomes": _kinds(p["outcome"] for p in case["proceedings"]),
        "evictions": ";".join(e["month"] for e in case["events"] if e["kind"] == "eviction"),
        "events": len(case["events"]),
        "open_deadlines": sum(1 for x in case["deadlines"] if x["status"] == "open"),
        "letters": len(case["letters"]),
    }


def to_csv(export: dict[str, Any]) -> str:
    """One row per case (sums of its loans, counts of the rest); JSON holds the detail."""
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS, lineterminator="\n")
    writer.writeheader()
    for case in export["cases"]:
        writer.writerow(_csv_row(case))
    return out.getvalue()
