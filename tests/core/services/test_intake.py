"""Meeting intake in one action, and the duplicate check that runs before it.

Runs on SQLite and PostgreSQL (``db``); today is fixed at Monday 2026-11-30, so
the deadlines the intake's dates trigger have known due dates.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, time
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import func, select

from debtdesk.db import Database
from debtdesk.errors import ValidationError
from debtdesk.model import Creditor, Deadline, Debtor, Event, Loan, Proceeding
from debtdesk.services import cases, debtors, institutions
from debtdesk.services.intake import intake

IIN = "850315400015"
OTHER_IIN = "850315400025"
RowCounts = Callable[[Database], dict[str, int]]


def _values(**changes: Any) -> dict[str, Any]:
    values: dict[str, Any] = {
        "full_name": "Қасымова Жанар",
        "phone": "8 701 123 45 67",
        "city": "Алматы",
        "language": "kk",
        "problem_kind": "mortgage",
    }
    values.update(changes)
    return {k: v for k, v in values.items() if v is not None}


def test_everything_known_goes_in_at_once(db: Database, today: date) -> None:
    with db.session() as s:
        result = intake(
            s,
            _values(
                iin=IIN,
                bank="Halyk Bank",
                principal="15 000 000",
                next_hearing=date(2026, 12, 10),
                next_hearing_time="10:30",
                decision_date=date(2026, 11, 20),
                eviction_date="2027-02-01",
            ),
        )
    with db.session() as s:
        debtor = s.get(Debtor, result.debtor_id)
        assert debtor is not None
        assert (debtor.full_name, debtor.phone, debtor.iin) == (
            "Қасымова Жанар",
            "+77011234567",
            IIN,
        )
        assert (debtor.city, debtor.language, debtor.problem_kind) == ("Алматы", "kk", "mortgage")
        loan = s.get(Loan, result.loan_id)
        assert loan is not None and loan.principal == Decimal("15000000.00")
        assert loan.creditor is not None and loan.creditor.name == "Halyk Bank"
        assert loan.creditor.kind == "bank"
        court, eviction = (s.get(Proceeding, i) for i in result.proceeding_ids)
        assert court is not None and eviction is not None
        # A hearing after the decision is the appeal's.
        assert (court.kind, court.stage, court.loan_id) == ("claim", "appeal", loan.id)
        assert (eviction.kind, eviction.stage, eviction.parent_id) == (
            "eviction",
            "eviction",
            court.id,
        )
        events = {e.kind: e for e in s.scalars(select(Event).where(Event.debtor_id == debtor.id))}
        assert set(events) == {"hearing", "decision_final_form", "eviction"}
        assert (events["hearing"].date, events["hearing"].time) == (
            date(2026, 12, 10),
            time(10, 30),
        )
        assert events["hearing"].proceeding_id == court.id
        assert events["decision_final_form"].proceeding_id == court.id
        assert events["eviction"].proceeding_id == eviction.id
        # Appeal: one month from 20 November is Sunday 20 December, moved to Monday.
        deadline = s.scalars(select(Deadline).where(Deadline.debtor_id == debtor.id)).one()
        assert (deadline.rule, deadline.due_date) == ("appeal", date(2026, 12, 21))
        assert deadline.event_id == events["decision_final_form"].id
    assert result.deadlines == (("appeal", date(2026, 12, 21)),)
    assert len(result.event_ids) == 3


def test_the_register_finds_the_new_case(db: Database, today: date) -> None:
    with db.session() as s:
        debtor_id = intake(s, _values(next_hearing="2026-12-10")).debtor_id
    with db.session() as s:
        for typed in ("касым", "ЖАНАР", "7011234567"):
            assert [r.id for r in cases.search_cases(s, typed, limit=10)] == [debtor_id]
        row = cases.search_cases(s, "жанар", limit=10)[0]
        assert row.next_hearing == date(2026, 12, 10)


def test_a_known_bank_is_reused_whatever_its_case(db: Database, today: date) -> None:
    with db.session() as s:
        bank = institutions.create_creditor(s, {"name": "Отбасы банк", "kind": "bank"})
    with db.session() as s:
        result = intake(s, _values(bank="  ОТБАСЫ БАНК ", principal="9000000"))
        assert result.creditor_id == bank.id
        assert s.scalar(select(func.count()).select_from(Creditor)) == 1


def test_a_microfinance_lender_is_recorded_as_one(db: Database, today: date) -> None:
    with db.session() as s:
        result = intake(s, _values(problem_kind="microfinance", bank="Шинхан Финанс", principal=1))
        creditor = s.get(Creditor, result.creditor_id)
        assert creditor is not None and creditor.kind == "microfinance"


def test_nothing_known_about_court_means_no_proceeding(db: Database, today: date) -> None:
    with db.session() as s:
        result = intake(s, _values(problem_kind="eviction"))
        assert result.proceeding_ids == () and result.event_ids == () and result.loan_id is None
        assert s.scalar(select(func.count()).select_from(Proceeding)) == 0


def test_an_eviction_date_alone_opens_an_eviction_proceeding(db: Database, today: date) -> None:
    with db.session() as s:
        result = intake(s, _values(eviction_date=date(2026, 12, 15)))
        (proceeding,) = (s.get(Proceeding, i) for i in result.proceeding_ids)
        assert proceeding is not None
        assert (proceeding.kind, proceeding.stage, proceeding.parent_id) == (
            "eviction",
            "eviction",
            None,
        )
        (event,) = proceeding.events
        assert (event.kind, event.date) == ("eviction", date(2026, 12, 15))


@pytest.mark.parametrize(
    ("problem", "dates", "kind", "stage"),
    [
        ("mortgage", {"next_hearing": "2026-12-03"}, "claim", "hearings"),
        ("consumer", {"decision_date": "2026-11-02"}, "claim", "decided"),
        ("bankruptcy", {"next_hearing": "2026-12-03"}, "bankruptcy", "hearings"),
    ],
)
def test_the_court_proceeding_follows_problem_and_dates(
    db: Database, today: date, problem: str, dates: dict[str, str], kind: str, stage: str
) -> None:
    with db.session() as s:
        result = intake(s, _values(problem_kind=problem, **dates))
        (proceeding,) = (s.get(Proceeding, i) for i in result.proceeding_ids)
        assert proceeding is not None and (proceeding.kind, proceeding.stage) == (kind, stage)


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"eviction_date": "2026-13-01"}, "eviction_date"),
        ({"eviction_date": date(2206, 1, 15)}, "eviction_date"),
        ({"eviction_date": "1994-12-31"}, "eviction_date"),
        ({"next_hearing": date(2026, 11, 27)}, "next_hearing"),
        ({"next_hearing": None, "next_hearing_time": "10:30"}, "next_hearing"),
        ({"next_hearing": "2026-12-01", "next_hearing_time": "25:00"}, "next_hearing_time"),
        ({"decision_date": date(2026, 12, 1)}, "decision_date"),
        ({"iin": "850315400016"}, "iin"),
        ({"phone": "12345"}, "phone"),
        ({"full_name": "  "}, "full_name"),
        ({"language": "de"}, "language"),
        ({"bank": "Halyk Bank"}, "principal"),
        ({"bank": "Halyk Bank", "principal": "-5"}, "principal"),
        ({"principal": "0"}, "principal"),
        ({"case_number": "2-1/2026"}, "case_number"),
    ],
)
def test_a_refused_intake_creates_nothing(
    db: Database, today: date, row_counts: RowCounts, changes: dict[str, Any], field: str
) -> None:
    before = row_counts(db)
    values = _values(next_hearing="2026-12-10", decision_date="2026-11-20", eviction_date=None)
    values.update(changes)
    values = {k: v for k, v in values.items() if v is not None}
    with pytest.raises(ValidationError) as caught, db.session() as s:
        intake(s, values)
    assert caught.value.field == field
    assert row_counts(db) == before


def test_a_refused_intake_writes_nothing_even_if_the_session_goes_on(
    db: Database, today: date
) -> None:
    """Everything is checked first, so a caller that catches the error commits no half case."""
    with db.session() as s:
        with pytest.raises(ValidationError) as caught:
            intake(s, _values(bank="Halyk Bank", principal="100", eviction_date="31.12.2026"))
        assert caught.value.field == "eviction_date"
        s.flush()
        assert s.scalar(select(func.count()).select_from(Debtor)) == 0
        assert s.scalar(select(func.count()).select_from(Creditor)) == 0


# --- possible duplicates ----------------------------------------------------


@pytest.fixture
def existing(db: Database, today: date) -> int:
    with db.session() as s:
        debtors.create_debtor(s, {"full_name": "Иванова Мария Петровна", "phone": "+77022223344"})
        return debtors.create_debtor(
            s,
            {
                "full_name": "Қасымова Жанар",
                "iin": IIN,
                "phone": "+7 701 123 45 67",
                "city": "Алматы",
            },
        ).id


def _dups(db: Database, **typed: str) -> list[debtors.PossibleDuplicate]:
    with db.session() as s:
        return debtors.possible_duplicates(s, **typed)


@pytest.mark.parametrize("iin", [IIN, "850315 400015", " 8503 1540 0015 "])
def test_same_iin_is_a_duplicate(db: Database, existing: int, iin: str) -> None:
    (dup,) = _dups(db, iin=iin)
    assert (dup.id, dup.reasons, dup.city) == (existing, ("iin",), "Алматы")


@pytest.mark.parametrize(
    "phone", ["87011234567", "8 (701) 123-45-67", "+7 701 123 45 67", "701 123 45 67", "7011234567"]
)
def test_same_phone_in_any_format_is_a_duplicate(db: Database, existing: int, phone: str) -> None:
    (dup,) = _dups(db, phone=phone)
    assert (dup.id, dup.reasons, dup.full_name) == (existing, ("phone",), "Қасымова Жанар")


@pytest.mark.parametrize(
    "name",
    [
        "Қасымова Жанар",
        "жанар қасымова",  # word order, lower case
        "КАСЫМОВА ЖАНАР",  # typed on a Russian keyboard
        "Касымова Жанра",  # two letters swapped
        "Касымва Жанар",  # a letter left out
        "Касымова Жаннар",  # a letter too many
        "Касимова Жанар",  # a wrong letter
        "Қасымова Жанар Ерболқызы",  # with the patronymic
        "Қасымова Ж.",  # an initial
        "Касымва Ж.",  # an initial, and a typo in the only whole word
    ],
)
def test_similar_name_is_a_duplicate(db: Database, existing: int, name: str) -> None:
    assert [(d.id, d.reasons) for d in _dups(db, full_name=name)] == [(existing, ("name",))]


@pytest.mark.parametrize(
    "name",
    [
        "Қасымова Айгүл",  # another person of the family
        "Жанар",  # a first name alone
        "Қасымова",  # a surname alone
        "Касымва Жанра",  # two typos
        "Иванов Сергей",
        "%",
        "_ _",
    ],
)
def test_other_names_are_not_duplicates(db: Database, existing: int, name: str) -> None:
    assert _dups(db, full_name=name) == []


@pytest.mark.parametrize(
    "typed", [{"iin": "85031540001"}, {"phone": "8 701 123"}, {"phone": "abc"}, {"full_name": ""}]
)
def test_partial_input_finds_nothing(db: Database, existing: int, typed: dict[str, str]) -> None:
    assert _dups(db, **typed) == []


def test_initials_on_file_match_the_whole_name_typed(db: Database, today: date) -> None:
    with db.session() as s:
        on_file = debtors.create_debtor(s, {"full_name": "Иванова М. П."}).id
    for typed in ("Иванова Мария Петровна", "Мария Иванова", "Иванова М."):
        assert [d.id for d in _dups(db, full_name=typed)] == [on_file], typed
    assert _dups(db, full_name="Иванова Анна Петровна") == []


def test_strongest_reason_first_and_all_reasons_given(db: Database, existing: int) -> None:
    with db.session() as s:
        other = debtors.create_debtor(s, {"full_name": "Жанар Қасымова", "iin": OTHER_IIN}).id
    dups = _dups(db, full_name="Касымова Жанар", iin=IIN, phone="87022223344")
    assert [(d.full_name, d.reasons) for d in dups] == [
        ("Қасымова Жанар", ("iin", "name")),
        ("Иванова Мария Петровна", ("phone",)),
        ("Жанар Қасымова", ("name",)),
    ]
    assert other in [d.id for d in dups]
    with db.session() as s:
        assert [d.id for d in debtors.possible_duplicates(s, iin=IIN, exclude_id=existing)] == []


ON_FILE = [
    "Орлова Вера Васильевна",
    "Иванов Евгений",
    "Анна Иванова",
    "Ким Ли",
    "Ли",
    "Тілеубаева Ардақ Еркінқызы",
    "Муратбеков Мейрам",
    "Зайцева Людмила Сергеевна",
    "Петрова Е. В.",
]


def _one_typo_variants(name: str) -> list[str]:
    """The name with its words swapped round, and with each kind of typo in each word."""
    words = name.split()
    out = [" ".join(reversed(words))]
    for i, word in enumerate(words):
        for j in range(len(word)):
            typos = [word[:j] + word[j + 1 :], word[:j] + "о" + word[j + 1 :]]
            if j + 1 < len(word):
                typos.append(word[:j] + word[j + 1] + word[j] + word[j + 2 :])
            out += [" ".join([*words[:i], t, *words[i + 1 :]]) for t in typos]
    out += [" ".join(words[:2])] if len(words) > 2 else []
    return out


def test_the_database_finds_every_name_the_rule_accepts(db: Database, today: date) -> None:
    """The SQL that narrows the candidates never drops a name ``similar_names`` accepts."""
    with db.session() as s:
        ids = {debtors.create_debtor(s, {"full_name": n}).id: n for n in ON_FILE}
    typed = sorted({v for name in ON_FILE for v in _one_typo_variants(name)})
    assert len(typed) > 300
    with db.session() as s:
        for text in typed:
            words = debtors.name_words(text)
            expected = {
                i for i, n in ids.items() if debtors.similar_names(words, debtors.name_words(n))
            }
            found = {d.id for d in debtors.possible_duplicates(s, full_name=text, limit=100)}
            assert found == expected, text
