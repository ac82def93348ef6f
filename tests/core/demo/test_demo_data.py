"""Demo data looks like the movement's real cases: checked on one 200-case database."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select

from debtdesk.db import Database, open_database
from debtdesk.demo import generate
from debtdesk.demo.finance import RATE_SOURCE
from debtdesk.model import (
    AuditEntry,
    Deadline,
    Debtor,
    DebtStatement,
    Event,
    ExchangeRate,
    Loan,
    Proceeding,
)
from debtdesk.services.cases import search_cases
from debtdesk.services.debtors import name_key, search_text
from debtdesk.services.iin import birth_date, iin_problem
from debtdesk.text import fold

ON = date(2026, 11, 30)
CASES = 200
KAZAKH_LETTERS = set("әғқңөұүіһ")


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    path: Path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    db = open_database(f"sqlite:///{path}", advisor="Test Advisor")
    assert generate(db, CASES, seed=7, on=ON) == CASES
    try:
        yield db
    finally:
        db.dispose()


def test_iins_are_valid_and_match_birth_year_and_sex(demo: Database) -> None:
    with demo.session() as s:
        rows = s.execute(select(Debtor.iin, Debtor.full_name)).all()
    assert len(rows) == CASES
    assert len({iin for iin, _ in rows}) == CASES
    for iin, full_name in rows:
        assert iin_problem(iin) is None, (iin, full_name)
        born = birth_date(iin)
        assert born is not None and date(1950, 1, 1) <= born <= date(1985, 12, 31)
        surname = full_name.split()[0]
        if surname.endswith(("ова", "ева", "ина")):  # a woman's surname: 4 (1900s, female)
            assert iin[6] == "4", (iin, full_name)
        elif surname.endswith(("ов", "ев", "ин")):
            assert iin[6] == "3", (iin, full_name)


def test_names_are_kazakh_and_russian_with_kazakh_letters(demo: Database) -> None:
    with demo.session() as s:
        names = s.scalars(select(Debtor.full_name)).all()
    kazakh = [n for n in names if KAZAKH_LETTERS & set(n.lower())]
    letters = set("".join(names).lower()) & KAZAKH_LETTERS
    # The folded search must be tested on every Kazakh letter a Russian keyboard lacks.
    assert letters >= set("әғқңөұүі"), letters
    assert 0.2 * CASES < len(kazakh) < 0.6 * CASES
    assert all(len(n.split()) in (2, 3) for n in names)


def test_search_keys_are_the_services_own(demo: Database) -> None:
    with demo.session() as s:
        for debtor in s.scalars(select(Debtor).limit(50)):
            numbers = s.scalars(
                select(Proceeding.case_no)
                .where(Proceeding.debtor_id == debtor.id, Proceeding.case_no.is_not(None))
                .order_by(Proceeding.id)
            ).all()
            assert debtor.name_key == name_key(debtor.full_name)
            assert debtor.search_text == search_text(debtor, list(numbers))


def test_folded_search_finds_kazakh_names_typed_on_a_russian_keyboard(demo: Database) -> None:
    with demo.session() as s:
        names = s.scalars(select(Debtor.full_name)).all()
        kazakh = [n for n in names if KAZAKH_LETTERS & set(n.split()[0].lower())]
        assert kazakh
        for full_name in kazakh[:10]:
            surname = full_name.split()[0]
            typed = fold(surname)[:6]  # "құрман" is typed "курман"
            assert typed != surname.lower()[:6]
            found = [row.full_name for row in search_cases(s, typed, limit=500)]
            assert full_name in found, (typed, full_name)


def test_case_numbers_iins_and_phones_are_searchable(demo: Database) -> None:
    with demo.session() as s:
        debtor_id, iin, phone = s.execute(
            select(Debtor.id, Debtor.iin, Debtor.phone).order_by(Debtor.id).limit(1)
        ).one()
        assert debtor_id in [r.id for r in search_cases(s, iin[:8], limit=200)]
        spaced = f"8 {phone[2:5]} {phone[5:8]} {phone[8:10]} {phone[10:]}"
        assert [r.id for r in search_cases(s, spaced)] == [debtor_id]
        case_no, owner = s.execute(
            select(Proceeding.case_no, Proceeding.debtor_id).where(Proceeding.case_no.is_not(None))
        ).first()
        assert owner in [r.id for r in search_cases(s, case_no)]


def test_every_case_has_a_mortgage_a_home_and_a_budget(demo: Database) -> None:
    with demo.session() as s:
        debtors = s.scalars(select(Debtor)).all()
        for debtor in debtors:
            mortgages = [loan for loan in debtor.loans if loan.collateral]
            assert len(mortgages) == 1
            loan = mortgages[0]
            assert date(2005, 1, 1) <= loan.contract_date <= date(2008, 12, 31)
            assert Decimal(12) <= loan.rate <= Decimal(18)
            assert loan.term_months in (120, 144, 180, 204, 240)
            assert loan.payments and loan.statements
            assert debtor.properties and debtor.budget_lines
            assert debtor.consent_date is not None and debtor.consent_date <= ON
            assert debtor.minors is not None and debtor.household_size is not None
            assert debtor.minors < debtor.household_size
            assert "demo" in debtor.tags
        usd = [d for d in debtors if d.loans[0].currency == "USD"]
        assert 0.45 < len(usd) / len(debtors) < 0.75
        assert Counter(d.language for d in debtors).most_common(2)[1][0] in ("kk", "ru")


def _borrowed_kzt(s, loan: Loan) -> Decimal:  # type: ignore[no-untyped-def]
    if loan.currency == "KZT":
        return loan.principal
    rate = s.scalar(
        select(ExchangeRate.rate)
        .where(ExchangeRate.currency == "USD", ExchangeRate.date <= loan.contract_date)
        .order_by(ExchangeRate.date.desc())
        .limit(1)
    )
    return loan.principal * rate


def test_claims_in_tenge_are_many_times_what_was_borrowed(demo: Database) -> None:
    ratios: dict[str, list[Decimal]] = {"USD": [], "KZT": []}
    with demo.session() as s:
        for loan in s.scalars(select(Loan).where(Loan.collateral.is_not(None))):
            latest = max(
                (st for st in loan.statements if st.currency == "KZT"), key=lambda st: st.as_of
            )
            assert latest.as_of <= ON
            ratios[loan.currency].append(latest.total / _borrowed_kzt(s, loan))
    usd = sum(ratios["USD"]) / len(ratios["USD"])
    kzt = sum(ratios["KZT"]) / len(ratios["KZT"])
    assert usd > 5, usd  # devaluations: the USD families owe far more in tenge
    assert usd > kzt + 2
    assert all(Decimal(2) <= r <= Decimal("10.01") for r in ratios["USD"] + ratios["KZT"])


def test_payments_stop_at_the_first_day_overdue(demo: Database) -> None:
    with demo.session() as s:
        for debtor in s.scalars(select(Debtor).limit(60)):
            overdue = [e.date for e in debtor.events if e.kind == "first_day_overdue"]
            assert len(overdue) == 1
            loan = next(loan for loan in debtor.loans if loan.collateral)
            regular = [p for p in loan.payments if p.date < overdue[0]]
            assert regular, "a family paid for some time before falling behind"
            assert date(2009, 1, 1) <= overdue[0] <= ON - timedelta(days=365)


def test_events_fill_the_coming_weeks_and_threats_come_first(demo: Database) -> None:
    with demo.session() as s:
        hearings = s.scalars(select(Event).where(Event.kind == "hearing", Event.date >= ON)).all()
        threats = s.scalars(
            select(Event).where(
                Event.kind.in_(("eviction", "auction")),
                Event.date > ON,
                Event.date <= ON + timedelta(days=60),
            )
        ).all()
    weeks = {(h.date - ON).days // 7 for h in hearings}
    assert weeks >= {0, 1, 2, 3, 4, 5}, weeks
    for h in hearings:
        assert h.date.weekday() < 5
        assert h.time is not None and 9 <= h.time.hour <= 17 and h.place
    threatened = {e.debtor_id for e in threats}
    assert 0.04 * CASES <= len(threatened) <= 0.12 * CASES
    assert any(e.date <= ON + timedelta(days=30) for e in threats)
    assert all(e.attendees is None or "." in e.attendees for e in threats)


def test_most_past_hearings_were_attended_by_the_cases_advisor(demo: Database) -> None:
    with demo.session() as s:
        past = s.scalars(select(Event).where(Event.kind == "hearing", Event.date < ON)).all()
    went = [h for h in past if h.attendees]
    assert len(past) > 50
    assert 0.75 <= len(went) / len(past) <= 0.95, (len(went), len(past))
    assert all("," not in h.attendees and "." in h.attendees for h in went)


def test_proceedings_cover_every_kind_and_stage(demo: Database) -> None:
    with demo.session() as s:
        rows = s.execute(
            select(Proceeding.kind, Proceeding.stage, Proceeding.status, Proceeding.outcome)
        ).all()
        orphans = s.scalar(
            select(func.count(Proceeding.id)).where(
                Proceeding.parent_id.is_not(None),
                ~Proceeding.parent_id.in_(select(Proceeding.id)),
            )
        )
    kinds = {r.kind for r in rows}
    assert kinds == {
        "claim",
        "court_order",
        "appeal",
        "cassation",
        "enforcement",
        "eviction",
        "bankruptcy",
    }
    assert {"filed", "hearings", "decided", "in_force", "auction", "eviction"} <= {
        r.stage for r in rows
    }
    assert {"won", "lost", "settled", "eviction_stopped"} <= {r.outcome for r in rows}
    assert orphans == 0


def test_rates_are_illustrative_and_show_the_devaluations(demo: Database) -> None:
    with demo.session() as s:
        query = select(ExchangeRate.date, ExchangeRate.rate).order_by(ExchangeRate.date)
        rates = {day: rate for day, rate in s.execute(query)}
        sources = set(s.scalars(select(ExchangeRate.source)))
    assert sources == {RATE_SOURCE}
    assert min(rates) == date(2005, 1, 1) and max(rates) <= ON
    assert rates[date(2015, 8, 20)] == Decimal("255.26")
    assert rates[date(2016, 1, 22)] == Decimal("383.91")
    assert rates[date(2008, 6, 1)] < 125 < 145 < rates[date(2009, 6, 1)] < 160
    assert 170 < rates[date(2014, 6, 1)] < 190
    assert 400 < rates[date(2026, 6, 1)] < 530


def test_no_deadlines_and_one_audit_line(demo: Database) -> None:
    with demo.session() as s:
        assert s.scalar(select(func.count(Deadline.id))) == 0
        audit = s.scalars(select(AuditEntry)).all()
        assert s.scalar(select(func.count(DebtStatement.id))) >= CASES
    assert [(a.entity, a.action, a.advisor_name) for a in audit] == [
        ("demo", "import", "Test Advisor")
    ]
