"""What a letter template sees: ``letter_context`` against CONTEXT.md, on hand-made and demo cases.

``make_case`` and ``write_template`` are shared with the register, batch,
checklist and CLI tests (imported from here).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, time
from decimal import Decimal
from pathlib import Path

import pytest

from debtdesk.documents.context import letter_context
from debtdesk.documents.templates import TemplateLibrary
from debtdesk.errors import NotFoundError, ValidationError
from debtdesk.resources import resource_path
from debtdesk.services import advisors, debtors, household, institutions, loans, proceedings
from debtdesk.services.settings import set_setting

CONTEXT_MD = Path(__file__).resolve().parents[3] / "debtdesk" / "documents" / "CONTEXT.md"

PERSON = {"full_name", "iin", "phone", "address", "city", "language"}
HOUSEHOLD = {
    "size", "minors", "vulnerable_status", "income", "expenses",
    "income_total", "expense_total", "surplus", "currency",
}  # fmt: skip
PROPERTY = {"address", "kind", "area", "sole_home", "unfinished", "residents", "minors"}
INSTITUTION = {"name", "kind", "bin", "address", "city"}
LOAN = {
    "contract_no", "contract_date", "currency", "principal", "rate", "term_months",
    "collateral", "creditor", "paid_total", "payments", "statement",
}  # fmt: skip
STATEMENT = {"as_of", "currency", "principal", "interest", "penalties", "fees", "total", "source"}
PROCEEDING = {"kind", "stage", "status", "case_no", "judge", "bailiff", "court"}
EVENT = {"kind", "date", "time", "place", "attendees", "notes", "court"}
DEADLINE = {"title", "due", "rule", "explanation", "confidence"}


def documented_top_keys() -> set[str]:
    """The keys of the top-level table of CONTEXT.md."""
    text = CONTEXT_MD.read_text(encoding="utf-8")
    table = text.split("## Top-level keys", 1)[1].split("## Records", 1)[0]
    return set(re.findall(r"^\| `([a-z_]+)` \|", table, flags=re.MULTILINE))


# --- shared helpers ---------------------------------------------------------------


@dataclass
class Case:
    id: int
    loan: int
    old_loan: int
    proceeding: int
    appeal: int
    hearing: int
    past_hearing: int
    later_hearing: int
    eviction: int
    court: int


def make_case(
    db,
    *,
    name: str = "Иванова Мария Петровна",
    lang: str = "ru",
    iin: str | None = "850101401238",
    with_loan: bool = True,
    advisor: str | None = "Айгуль Серикова",
) -> Case:
    """A case with two loans, a claim under appeal, hearings past and future, an eviction date."""
    with db.session() as s:
        bank = institutions.create_creditor(
            s,
            {"name": "АО «Тест Банк»", "kind": "bank", "bin": "940140000385",
             "address": "Алматы, пр. Абая 1"},
        )  # fmt: skip
        court = institutions.create_court(
            s, {"name": "Медеуский районный суд", "city": "Алматы", "address": "ул. Толе би 1"}
        )
        person = None
        if advisor:
            person = advisors.find_advisor(s, advisor) or advisors.create_advisor(
                s, {"name": advisor, "phone": "+7 701 111 2233", "local_group": "Группа Алматы"}
            )
        debtor = debtors.create_debtor(
            s,
            {
                "full_name": name,
                "iin": iin,
                "phone": "+7 777 123 4567",
                "address": "Алматы, ул. Жандосова 5, кв. 7",
                "city": "Алматы",
                "language": lang,
                "household_size": 4,
                "minors": 2,
                "vulnerable_status": "large_family",
                "advisor_id": person.id if person else None,
            },
        )
        household.add_budget_line(
            s, debtor.id, {"kind": "income", "category": "salary", "amount": "250000"}
        )
        household.add_budget_line(
            s, debtor.id, {"kind": "income", "category": "benefits", "amount": "40000"}
        )
        household.add_budget_line(
            s, debtor.id, {"kind": "expense", "category": "food", "amount": "310000"}
        )
        household.add_property(
            s, debtor.id, {"address": "дача, Талгар", "kind": "house", "sole_home": False}
        )
        household.add_property(
            s,
            debtor.id,
            {"address": "Алматы, ул. Жандосова 5, кв. 7", "sole_home": True, "residents": 4,
             "minors": 2, "area": "54.3"},
        )  # fmt: skip
        old = loan = None
        if with_loan:
            old = loans.create_loan(
                s,
                debtor.id,
                {"creditor_id": bank.id, "contract_no": "OLD-1", "contract_date": date(2005, 3, 1),
                 "principal": "1000000"},
            )  # fmt: skip
            loan = loans.create_loan(
                s,
                debtor.id,
                {"creditor_id": bank.id, "contract_no": "ИЖ-2007/15", "currency": "USD",
                 "contract_date": date(2007, 6, 1), "principal": "45000", "rate": "14.5",
                 "term_months": 180, "collateral": "квартира"},
            )  # fmt: skip
            loans.add_payment(
                s, loan.id, {"date": date(2009, 1, 5), "amount": "300", "currency": "KZT"}
            )
            loans.add_payment(
                s, loan.id, {"date": date(2008, 1, 5), "amount": "500", "currency": "USD"}
            )
            loans.add_payment(
                s, loan.id, {"date": date(2008, 2, 5), "amount": "500", "currency": "USD"}
            )
            loans.add_statement(
                s, loan.id, {"as_of": date(2020, 1, 1), "principal": "1", "source": "old"}
            )
            loans.add_statement(
                s,
                loan.id,
                {"as_of": date(2026, 10, 1), "currency": "KZT", "principal": "20000000",
                 "interest": "3000000", "penalties": "1500000", "fees": "100", "source": "иск"},
            )  # fmt: skip
        claim = proceedings.create_proceeding(
            s,
            debtor.id,
            {"kind": "claim", "court_id": court.id, "loan_id": old.id if old else None,
             "case_no": "2-555/2026", "judge": "Судья А.", "stage": "decided"},
        )  # fmt: skip
        appeal = proceedings.create_proceeding(
            s,
            debtor.id,
            {"kind": "appeal", "court_id": court.id, "parent_id": claim.id,
             "loan_id": loan.id if loan else None, "case_no": "2а-77/2026"},
        )  # fmt: skip
        ev = proceedings.add_event
        past = ev(s, debtor.id, {"kind": "hearing", "proceeding_id": claim.id,
                                 "date": date(2026, 10, 1), "time": time(9, 0)})  # fmt: skip
        ev(s, debtor.id, {"kind": "decision_final_form", "proceeding_id": claim.id,
                          "date": date(2026, 10, 20)})  # fmt: skip
        ev(s, debtor.id, {"kind": "decision_final_form", "proceeding_id": claim.id,
                          "date": date(2026, 9, 1)})  # fmt: skip
        later = ev(s, debtor.id, {"kind": "hearing", "proceeding_id": appeal.id,
                                  "date": date(2027, 1, 20)})  # fmt: skip
        hearing = ev(
            s,
            debtor.id,
            {"kind": "hearing", "proceeding_id": appeal.id, "date": date(2026, 12, 10),
             "time": time(10, 30), "place": "зал 5", "attendees": "Айгуль, Марат ,"},
        )  # fmt: skip
        eviction = ev(s, debtor.id, {"kind": "eviction", "date": date(2027, 2, 1)})
        ev(s, debtor.id, {"kind": "eviction", "date": date(2026, 11, 1)})
        return Case(
            id=debtor.id,
            loan=loan.id if loan else 0,
            old_loan=old.id if old else 0,
            proceeding=claim.id,
            appeal=appeal.id,
            hearing=hearing.id,
            past_hearing=past.id,
            later_hearing=later.id,
            eviction=eviction.id,
            court=court.id,
        )


def write_template(
    root: Path, key: str, meta: str, bodies: dict[str, str] | None = None
) -> TemplateLibrary:
    """A template in a user templates folder; returns a library over that folder."""
    folder = root / key
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "meta.toml").write_text(meta, encoding="utf-8")
    for lang, body in (bodies or {}).items():
        (folder / f"{lang}.j2").write_text(body, encoding="utf-8")
    return TemplateLibrary(root)


SIMPLE_META = """
recipient = "{recipient}"
fields = {fields}
{extra}
[title]
kk = "Сынақ хат"
ru = "Тестовое письмо"
en = "Test letter"
"""

SIMPLE_BODY = "::title {{ outgoing_no }}\n{{ debtor.full_name }}\n{{ recipient.name }}\n"


def simple_library(
    root: Path,
    key: str = "_t_letter",
    *,
    recipient: str = "creditor",
    fields: str = '["debtor.full_name"]',
    extra: str = "",
    body: str = SIMPLE_BODY,
) -> TemplateLibrary:
    meta = SIMPLE_META.format(recipient=recipient, fields=fields, extra=extra)
    return write_template(root, key, meta, {lang: body for lang in ("kk", "ru", "en")})


# --- the tests -------------------------------------------------------------------------


@pytest.fixture
def case(db, today) -> Case:
    return make_case(db)


@pytest.fixture
def lib(tmp_path) -> TemplateLibrary:
    return simple_library(tmp_path / "templates")


def test_top_level_keys_are_exactly_the_documented_ones(db, case, lib):
    with db.session() as s:
        ctx = letter_context(s, "_t_letter", case.id, library=lib)
    assert documented_top_keys() == set(ctx)
    assert len(ctx) == 21


def test_records_have_the_documented_fields(db, case, lib):
    with db.session() as s:
        ctx = letter_context(s, "_t_letter", case.id, library=lib)
    assert set(ctx["debtor"]) == PERSON
    assert set(ctx["household"]) == HOUSEHOLD
    assert set(ctx["property"]) == PROPERTY
    assert set(ctx["loan"]) == LOAN and set(ctx["loan"]["statement"]) == STATEMENT
    assert all(set(x) == LOAN for x in ctx["loans"])
    for inst in (ctx["creditor"], ctx["court"], ctx["recipient"], ctx["loan"]["creditor"]):
        assert set(inst) == INSTITUTION
    assert set(ctx["proceeding"]) == PROCEEDING
    for ev in (ctx["hearing"], ctx["decision"], ctx["eviction"]):
        assert set(ev) == EVENT
    assert ctx["deadlines"] and all(set(d) == DEADLINE for d in ctx["deadlines"])
    assert set(ctx["advisor"]) == {"name", "phone"}
    assert set(ctx["group"]) == {"name", "phone", "address"}
    assert {"category", "amount"} <= set(ctx["household"]["income"][0])
    assert set(ctx["loan"]["payments"][0]) == {"date", "amount", "currency"}


def test_values_of_a_hand_made_case(db, case, lib, today):
    with db.session() as s:
        ctx = letter_context(
            s, "_t_letter", case.id, library=lib, fields={"reasons": "Потеря работы"}
        )
    assert ctx["lang"] == "ru" and ctx["today"] == today and ctx["outgoing_no"] == "DD-PREVIEW"
    assert ctx["debtor"]["full_name"] == "Иванова Мария Петровна"
    assert ctx["debtor"]["iin"] == "850101401238" and ctx["debtor"]["language"] == "ru"
    hh = ctx["household"]
    assert (hh["size"], hh["minors"], hh["vulnerable_status"]) == (4, 2, "large_family")
    assert hh["income_total"] == Decimal("290000.00") and hh["expense_total"] == Decimal("310000")
    assert hh["surplus"] == Decimal("-20000.00") and hh["currency"] == "KZT"
    assert [x["category"] for x in hh["income"]] == ["salary", "benefits"]
    # the sole home, not the first property
    assert ctx["property"]["address"] == "Алматы, ул. Жандосова 5, кв. 7"
    assert ctx["property"]["sole_home"] is True and ctx["property"]["area"] == Decimal("54.30")
    # no loan chosen: the most recent contract
    loan = ctx["loan"]
    assert loan["contract_no"] == "ИЖ-2007/15" and loan["currency"] == "USD"
    assert loan["rate"] == Decimal("14.5") and loan["term_months"] == 180
    assert [p["date"] for p in loan["payments"]] == [
        date(2008, 1, 5), date(2008, 2, 5), date(2009, 1, 5)
    ]  # fmt: skip
    # the KZT payment is listed but not added to a USD loan's total
    assert loan["paid_total"] == Decimal("1000.00")
    assert loan["statement"]["as_of"] == date(2026, 10, 1)
    assert loan["statement"]["total"] == Decimal("24500100.00")
    assert (
        loan["creditor"]["name"] == "АО «Тест Банк»" and loan["creditor"]["bin"] == "940140000385"
    )
    assert [x["contract_no"] for x in ctx["loans"]] == ["OLD-1", "ИЖ-2007/15"]
    assert ctx["creditor"] == loan["creditor"]
    # the most recent active proceeding: the appeal
    assert ctx["proceeding"]["kind"] == "appeal" and ctx["proceeding"]["case_no"] == "2а-77/2026"
    assert ctx["court"]["name"] == "Медеуский районный суд" and ctx["court"]["kind"] == "court"
    # the next hearing of the case, not a past or a later one
    hearing = ctx["hearing"]
    assert hearing["date"] == date(2026, 12, 10) and hearing["time"] == time(10, 30)
    assert hearing["attendees"] == ["Айгуль", "Марат"] and hearing["place"] == "зал 5"
    assert hearing["court"]["city"] == "Алматы"
    # the latest decision in final form (of the case: the appeal has none)
    assert ctx["decision"]["date"] == date(2026, 10, 20)
    # the next eviction, not the past one; no auction
    assert ctx["eviction"]["date"] == date(2027, 2, 1) and ctx["auction"] is None
    assert ctx["advisor"] == {"name": "Айгуль Серикова", "phone": "+77011112233"}
    assert ctx["group"] == {"name": "Группа Алматы", "phone": None, "address": None}
    assert ctx["recipient"] == ctx["creditor"]
    assert ctx["fields"] == {"reasons": "Потеря работы"}


def test_deadlines_soonest_first_in_the_letters_language(db, case, lib):
    with db.session() as s:
        ru = letter_context(s, "_t_letter", case.id, library=lib)
        kk = letter_context(s, "_t_letter", case.id, library=lib, lang="kk")
        en = letter_context(s, "_t_letter", case.id, library=lib, lang="en")
    dues = [d["due"] for d in ru["deadlines"]]
    assert dues == sorted(dues) and len(dues) == 2  # appeal from each decision in final form
    first = ru["deadlines"][0]
    assert first["rule"] == "appeal" and first["confidence"] == "M"
    assert first["title"] == "Апелляционная жалоба"
    assert first["explanation"].startswith("Апелляционная жалоба: срок 1 месяц")
    assert (
        en["deadlines"][0]["title"] == "Appeal" and "1 month" in en["deadlines"][0]["explanation"]
    )
    assert kk["lang"] == "kk" and kk["deadlines"][0]["title"] != first["title"]
    # the appeal rule is M: pages for advisors and debtors say "check with a lawyer"
    assert ru["check_with_lawyer"] is True


def test_check_with_lawyer_is_false_when_every_rule_is_verified(db, lib, today):
    with db.session() as s:
        debtor = debtors.create_debtor(s, {"full_name": "Нурлан Б.", "language": "kk"})
        # court order objection: 10 working days, confidence H
        proceedings.add_event(s, debtor.id, {"kind": "court_order_received", "date": today})
    with db.session() as s:
        ctx = letter_context(s, "_t_letter", debtor.id, library=lib)
    assert [d["rule"] for d in ctx["deadlines"]] == ["court_order_objection"]
    assert ctx["deadlines"][0]["confidence"] == "H"
    assert ctx["check_with_lawyer"] is False
    assert ctx["lang"] == "kk"  # the debtor's own language
    # nothing of the case is missing from the shape: empty lists and None, never absent keys
    assert ctx["loan"] is None and ctx["loans"] == [] and ctx["creditor"] is None
    assert ctx["property"] is None and ctx["hearing"] is None and ctx["proceeding"] is None
    assert ctx["household"]["income"] == [] and ctx["household"]["surplus"] == 0
    assert ctx["recipient"] is None  # a letter to the bank of a case without a loan
    assert ctx["advisor"] == {"name": "Test Advisor", "phone": None}  # the one running it


def test_manual_deadlines_are_listed_without_a_rule(db, lib, today):
    from debtdesk.services.deadlines import add_manual_deadline

    with db.session() as s:
        debtor = debtors.create_debtor(s, {"full_name": "Нурлан Б."})
        add_manual_deadline(
            s, debtor.id, {"title": "Отзыв на иск", "due_date": date(2026, 12, 3), "notes": "судья"}
        )
    with db.session() as s:
        ctx = letter_context(s, "_t_letter", debtor.id, library=lib)
    assert ctx["deadlines"] == [
        {"title": "Отзыв на иск", "due": date(2026, 12, 3), "rule": None,
         "explanation": "судья", "confidence": None}
    ]  # fmt: skip
    assert ctx["check_with_lawyer"] is False


def test_chosen_loan_proceeding_and_event(db, case, lib):
    with db.session() as s:
        ctx = letter_context(s, "_t_letter", case.id, library=lib, loan_id=case.old_loan)
        assert ctx["loan"]["contract_no"] == "OLD-1"
        # a proceeding chosen without a loan brings its own loan
        ctx = letter_context(s, "_t_letter", case.id, library=lib, proceeding_id=case.proceeding)
        assert ctx["proceeding"]["kind"] == "claim" and ctx["loan"]["contract_no"] == "OLD-1"
        assert ctx["decision"]["date"] == date(2026, 10, 20)
        # an event chosen brings its proceeding; a past hearing may be chosen
        ctx = letter_context(s, "_t_letter", case.id, library=lib, event_id=case.past_hearing)
        assert ctx["hearing"]["date"] == date(2026, 10, 1)
        assert ctx["proceeding"]["case_no"] == "2-555/2026"
        ctx = letter_context(s, "_t_letter", case.id, library=lib, event_id=case.later_hearing)
        assert ctx["hearing"]["date"] == date(2027, 1, 20)
        ctx = letter_context(s, "_t_letter", case.id, library=lib, event_id=case.eviction)
        assert ctx["hearing"]["kind"] == "eviction" and ctx["hearing"]["court"] is None


def test_ids_of_another_case_name_their_field(db, case, lib, today):
    other = make_case(db, name="Петров Пётр", iin=None)
    with db.session() as s:
        for kwargs, field in (
            ({"loan_id": other.loan}, "loan_id"),
            ({"proceeding_id": other.proceeding}, "proceeding_id"),
            ({"event_id": other.hearing}, "event_id"),
            ({"loan_id": 999_999}, "loan_id"),
            # an event of one proceeding with another proceeding of the same case
            ({"proceeding_id": case.proceeding, "event_id": case.hearing}, "event_id"),
        ):
            with pytest.raises(ValidationError) as err:
                letter_context(s, "_t_letter", case.id, library=lib, **kwargs)
            assert err.value.field == field
        with pytest.raises(ValidationError) as err:
            letter_context(s, "_t_letter", case.id, library=lib, lang="de")
        assert err.value.field == "lang"
        with pytest.raises(NotFoundError):
            letter_context(s, "_t_letter", 999_999, library=lib)


@pytest.mark.parametrize(
    ("kind", "expected"),
    [
        ("creditor", ("АО «Тест Банк»", "bank")),
        ("bank", ("АО «Тест Банк»", "bank")),
        ("court", ("Медеуский районный суд", "court")),
        ("debtor", ("Иванова Мария Петровна", "debtor")),
        ("bailiff", ("ЧСИ Ахметов", "bailiff")),
        ("advisor", ("Айгуль Серикова", "other")),
        ("regulator", None),
    ],
)
def test_recipient_follows_the_templates_recipient_kind(db, case, tmp_path, kind, expected):
    lib = simple_library(tmp_path / "t", recipient=kind)
    with db.session() as s:
        proceedings.create_proceeding(
            s, case.id, {"kind": "enforcement", "bailiff": "ЧСИ Ахметов", "status": "closed"}
        )
    with db.session() as s:
        recipient = letter_context(s, "_t_letter", case.id, library=lib)["recipient"]
    if expected is None:
        assert recipient is None
    else:
        assert (recipient["name"], recipient["kind"]) == expected
        assert set(recipient) == INSTITUTION
    if kind == "debtor":
        assert recipient["address"] == "Алматы, ул. Жандосова 5, кв. 7"


def test_group_and_a_configured_regulator_come_from_settings(db, case, tmp_path):
    lib = simple_library(tmp_path / "t", recipient="regulator")
    with db.session() as s:
        set_setting(s, "group.name", "Движение ипотечников Алматы")
        set_setting(s, "group.phone", "+7 727 000 0000")
        set_setting(s, "group.address", "Алматы, ул. Гоголя 1")
        set_setting(s, "regulator.name", "Финансовый омбудсман")
        set_setting(s, "regulator.address", "Алматы, ул. Омбудсмана 2")
    with db.session() as s:
        ctx = letter_context(s, "_t_letter", case.id, library=lib)
    assert ctx["group"] == {
        "name": "Движение ипотечников Алматы",
        "phone": "+7 727 000 0000",
        "address": "Алматы, ул. Гоголя 1",
    }
    assert ctx["recipient"]["name"] == "Финансовый омбудсман"
    assert ctx["recipient"]["kind"] == "other"


def test_context_renders_the_sample_template_and_escapes_data(db, lib, today, tmp_path):
    body = (
        "::to\n{{ recipient.name }}\n::end\n::title {{ outgoing_no }}\n"
        "{{ debtor.full_name }}: {{ loan.principal|money(loan.currency) }}, "
        "{{ hearing.date|date }} {{ hearing.time|time }}\n"
        "{% for d in deadlines %}::- {{ d.title }}: {{ d.due|date }}\n{% endfor %}"
    )
    lib = simple_library(tmp_path / "t", body=body)
    case = make_case(db, name="<b>Иванова</b> ::pagebreak")
    with db.session() as s:
        ctx = letter_context(s, "_t_letter", case.id, library=lib, outgoing_no="X-1")
    markup = lib.render_markup("_t_letter", "ru", ctx)
    assert "&lt;b&gt;Иванова&lt;/b&gt; &#58;&#58;pagebreak" in markup
    assert "10 декабря 2026\xa0г. 10&#58;30" in markup
    assert "::- Апелляционная жалоба:" in markup and "::title X-1" in markup


def test_demo_cases_give_complete_contexts(db, today):
    from debtdesk.deadlines.engine import recompute_all
    from debtdesk.demo import generate

    generate(db, 40, seed=3, on=today)
    with db.session() as s:
        recompute_all(s)
    lib = TemplateLibrary(builtin_dir=resource_path("templates"))
    with db.session() as s:
        for case_id in range(1, 41):
            ctx = letter_context(s, "_sample", case_id, library=lib)
            assert set(ctx) == documented_top_keys()
            assert ctx["lang"] in ("kk", "ru", "en") and ctx["debtor"]["full_name"]
            assert ctx["debtor"]["iin"] and len(ctx["debtor"]["iin"]) == 12
            if ctx["loan"] is not None:
                assert set(ctx["loan"]) == LOAN
            if ctx["hearing"] is not None:
                assert ctx["hearing"]["date"] >= today or ctx["hearing"]["kind"] != "hearing"
            for d in ctx["deadlines"]:
                assert set(d) == DEADLINE and d["title"] and d["due"]
