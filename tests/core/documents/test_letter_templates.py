"""The real letter and checklist templates, rendered from a context shaped like CONTEXT.md.

Every template is printed in every language to PDF and read back with pypdf, so
the tests see what a bank, a court or a debtor would read: the names and numbers
of the case, amounts as the letter's language writes them, Kazakh letters, and
never a "check with a lawyer" note in a letter to an institution.
"""

from __future__ import annotations

import io
import re
import tomllib
from copy import deepcopy
from datetime import date, time
from decimal import Decimal
from typing import Any

import pytest
from pypdf import PdfReader

from debtdesk.documents import blocks as b
from debtdesk.documents.errors import TemplateError
from debtdesk.documents.formatting import format_date, format_money
from debtdesk.documents.templates import TemplateLibrary
from debtdesk.resources import resource_path

LANGS = ("kk", "ru", "en")
# key: (category, recipient kind) as the brief of each letter says
LETTERS = {
    "restructuring_request": ("bank", "creditor"),
    "debt_statement_request": ("bank", "creditor"),
    "penalty_complaint": ("bank", "creditor"),
    "ombudsman_complaint": ("regulator", "regulator"),
    "postponement_request": ("court", "court"),
    "deferral_application": ("court", "court"),
    "court_order_objection": ("court", "court"),
    "appeal": ("court", "court"),
    "bailiff_file_request": ("bailiff", "bailiff"),
    "valuation_objection": ("bailiff", "bailiff"),
    "hearing_notice": ("debtor", "debtor"),
    "eviction_alert": ("debtor", "debtor"),
    "meeting_invitation": ("debtor", "debtor"),
    "consent_form": ("debtor", "debtor"),
}
INSTITUTION_LETTERS = [key for key, (category, _) in LETTERS.items() if category != "debtor"]
DEBTOR_PAGES = [key for key, (category, _) in LETTERS.items() if category == "debtor"]
CHECKLISTS = ("claim", "court_order", "appeal", "enforcement")
LAWYER_WORDS = ("lawyer", "юрист", "заңгер")
KAZAKH_LETTERS = set("әғқңөұүһі")
LAWYER_NOTE = {
    "kk": "Оларды заңгерден нақтылаңыз",
    "ru": "Уточните их у юриста",
    "en": "Check them with a lawyer",
}

NAME = "Құрманғазы Әлия Серікқызы"
IIN = "850101400123"
CONTRACT = "ИЖ-2007/4417"
CASE = "7594-26-00-2/1187"
ENFORCEMENT_CASE = "ИП-0213/2026"
ADDRESS = "Алматы қ., Шаһар шағынауданы, Үшқоңыр көшесі, 14-үй, 25-пәтер"
COURT = "Алматы қаласы Медеу аудандық соты"


# -- the context --------------------------------------------------------------------


def _fields(lang: str) -> dict[str, str]:
    """What an advisor types for the letters, in the letter's language."""
    if lang == "kk":
        reasons = "2026 жылғы наурызда штат қысқаруына байланысты жұмыстан шықтым; жұбайым ауырады."
        reason = "2026 жылғы 20 желтоқсанға дейін стационарлық емделудемін."
        arguments = "Сот тұрақсыздық айыбының шарттан тыс есептелгенін ескермеді."
        schedule = "2027 жылғы қаңтардан бастап ай сайын 20 000 теңгеден"
        appeal_court = "Алматы қалалық сотының азаматтық істер жөніндегі сот алқасы"
    elif lang == "ru":
        reasons = "В марте 2026 года я потеряла работу по сокращению штата; муж болеет."
        reason = "Я нахожусь на стационарном лечении до 20 декабря 2026 года."
        arguments = "Суд не учёл, что неустойка начислена сверх размера, установленного договором."
        schedule = "по 20 000 тенге ежемесячно, начиная с января 2027 года"
        appeal_court = "Судебная коллегия по гражданским делам Алматинского городского суда"
    else:
        reasons = "In March 2026 I lost my job when my post was cut; my husband is ill."
        reason = "I am in hospital until 20 December 2026."
        arguments = "The court ignored that the penalties exceed what the contract allows."
        schedule = "20,000 tenge a month from January 2027"
        appeal_court = "Judicial board for civil cases of the Almaty City Court"
    return {
        "reasons": reasons,
        "evidence": "№ 45-к бұйрық, 02.03.2026",
        "measures": "rate, tenge, penalties",
        "reason": reason,
        "schedule": schedule,
        "arguments": arguments,
        "appeal_court": appeal_court,
        "bank_application_date": "02.10.2026",
        "bank_reply_date": "20.10.2026",
        "bank_reply_no": "14-3/882",
        "valuation_amount": "18 500 000 ₸",
        "valuation_date": "25.11.2026",
        "market_value": "27 000 000 ₸",
        "order_date": "10.11.2026",
        "received_date": "24.11.2026",
        "copies": "2",
        "meeting_date": "2026-12-05",
        "meeting_time": "11:00",
        "meeting_place": "Жібек жолы көшесі, 50, 3-қабат",
    }


def _institution(name: str, kind: str, address: str | None, bin_: str | None = None) -> dict:
    return {"name": name, "kind": kind, "bin": bin_, "address": address, "city": "Алматы"}


def make_context(lang: str = "ru", recipient: str = "creditor") -> dict[str, Any]:
    """A rich case, shaped exactly as CONTEXT.md describes it."""
    bank = _institution(
        "«Қазақ Ипотека Банкі» АҚ", "bank", "Алматы қ., Достық даңғылы, 38", "990140000123"
    )
    court = _institution(COURT, "court", "Алматы қ., Қазыбек би көшесі, 23")
    bailiff = _institution(
        "ЖСО Жұмабеков Ғалым Серікұлы", "bailiff", "Алматы қ., Төле би к-сі, 101"
    )
    debtor = {
        "full_name": NAME,
        "iin": IIN,
        "phone": "+7 701 555 12 34",
        "address": ADDRESS,
        "city": "Алматы",
        "language": "kk",
    }
    statement = {
        "as_of": date(2026, 11, 1),
        "currency": "USD",
        "principal": Decimal("61250.00"),
        "interest": Decimal("8430.55"),
        "penalties": Decimal("12877.40"),
        "fees": Decimal("350.00"),
        "total": Decimal("82907.95"),
        "source": "банк анықтамасы",
    }
    loan = {
        "contract_no": CONTRACT,
        "contract_date": date(2007, 6, 14),
        "currency": "USD",
        "principal": Decimal("85000.00"),
        "rate": Decimal("13.5"),
        "term_months": 240,
        "collateral": "пәтер",
        "creditor": bank,
        "paid_total": Decimal("47310.20"),
        "payments": [
            {"date": date(2024, 5, 2), "amount": Decimal("600.00"), "currency": "USD"},
            {"date": date(2024, 6, 3), "amount": Decimal("450.00"), "currency": "USD"},
        ],
        "statement": statement,
    }
    proceeding = {
        "kind": "claim",
        "stage": "hearings",
        "status": "active",
        "case_no": CASE,
        "judge": "Сәрсенбаева Гүлнар Ермекқызы",
        "bailiff": bailiff["name"],
        "court": court,
    }

    def event(kind: str, day: date, at: time | None, place: str | None, who: list[str]) -> dict:
        return {
            "kind": kind,
            "date": day,
            "time": at,
            "place": place,
            "attendees": who,
            "notes": None,
            "court": court if kind != "eviction" else None,
        }

    household = {
        "size": 5,
        "minors": 3,
        "vulnerable_status": "large_family",
        "income": [
            {"category": "salary", "amount": Decimal("185000")},
            {"category": "benefits", "amount": Decimal("64300")},
        ],
        "expenses": [
            {"category": "food", "amount": Decimal("190000")},
            {"category": "utilities", "amount": Decimal("38500")},
            {"category": "medicine", "amount": Decimal("26000")},
            {"category": "Мектеп формасы", "amount": Decimal("15000")},
        ],
        "income_total": Decimal("249300"),
        "expense_total": Decimal("269500"),
        "surplus": Decimal("-20200"),
        "currency": "KZT",
    }
    home = {
        "address": ADDRESS,
        "kind": "apartment",
        "area": Decimal("64.5"),
        "sole_home": True,
        "unfinished": False,
        "residents": 5,
        "minors": 3,
    }
    recipients = {
        "creditor": bank,
        "court": court,
        "bailiff": bailiff,
        "regulator": None,
        "debtor": _institution(NAME, "debtor", ADDRESS),
    }
    return {
        "lang": lang,
        "today": date(2026, 11, 30),
        "outgoing_no": "DD-2026-0042",
        "debtor": debtor,
        "household": household,
        "property": home,
        "loan": loan,
        "loans": [loan],
        "creditor": bank,
        "proceeding": proceeding,
        "court": court,
        "hearing": event(
            "hearing",
            date(2026, 12, 14),
            time(10, 30),
            "№ 12 зал",
            ["Айгүл Бекова", "Нұрлан Қасымов"],
        ),
        "decision": event("decision_final_form", date(2026, 11, 20), None, None, []),
        "eviction": event("eviction", date(2026, 12, 21), time(9, 0), ADDRESS, ["Айгүл Бекова"]),
        "auction": None,
        "deadlines": [
            {
                "title": "Бағалауға қарсылық",
                "due": date(2026, 12, 7),
                "rule": "valuation_objection",
                "explanation": "10 күнтізбелік күн",
                "confidence": "M",
            },
            {
                "title": "Апелляциялық шағым",
                "due": date(2026, 12, 21),
                "rule": "appeal",
                "explanation": "1 ай",
                "confidence": "M",
            },
        ],
        "advisor": {"name": "Ерлан Тоқтаров", "phone": "+7 702 111 22 33"},
        "group": {
            "name": "«Баспана» бастамашыл тобы",
            "phone": "+7 727 300 40 50",
            "address": "Алматы қ., Жібек жолы көшесі, 50",
        },
        "recipient": recipients[recipient],
        "fields": _fields(lang),
        "check_with_lawyer": True,
    }


def letter_context(key: str, lang: str) -> dict[str, Any]:
    ctx = make_context(lang, LETTERS[key][1])
    if LETTERS[key][1] == "bailiff":
        ctx["proceeding"] = ctx["proceeding"] | {"kind": "enforcement", "case_no": ENFORCEMENT_CASE}
    return ctx


# -- helpers -------------------------------------------------------------------------


def pdf_text(pdf: bytes) -> str:
    """The PDF's text with every run of spaces (NBSP, narrow NBSP, line ends) as one space."""
    reader = PdfReader(io.BytesIO(pdf))
    text = "\n".join(page.extract_text() or "" for page in reader.pages)
    return re.sub(r"[\s\xa0\u202f]+", " ", text).strip()


def plain(text: str) -> str:
    return re.sub(r"[\s\xa0\u202f]+", " ", text).strip()


def page_count(pdf: bytes) -> int:
    return len(PdfReader(io.BytesIO(pdf)).pages)


@pytest.fixture(scope="module")
def library() -> TemplateLibrary:
    return TemplateLibrary()


@pytest.fixture(scope="module")
def checklists() -> TemplateLibrary:
    return TemplateLibrary(builtin_dir=resource_path("checklists"))


@pytest.fixture(scope="module")
def rendered(library: TemplateLibrary) -> dict[tuple[str, str], bytes]:
    """Every letter in every language, printed once for the whole module."""
    return {
        (key, lang): library.render_pdf(key, lang, letter_context(key, lang))
        for key in LETTERS
        for lang in LANGS
    }


def _money(key: str, lang: str) -> list[str]:
    """The amounts each letter must print, formatted as its language writes them."""
    usd = {
        "restructuring_request": [Decimal("82907.95"), Decimal("47310.20")],
        "debt_statement_request": [Decimal("82907.95"), Decimal("12877.40"), Decimal("8430.55")],
        "penalty_complaint": [Decimal("12877.40")],
        "ombudsman_complaint": [Decimal("82907.95")],
        "deferral_application": [Decimal("82907.95")],
    }.get(key, [])
    kzt = {
        "restructuring_request": [Decimal("249300"), Decimal("20200")],
        "deferral_application": [
            Decimal("249300"),
            Decimal("269500"),
            Decimal("20200"),
            Decimal("185000"),
        ],
    }.get(key, [])
    return [plain(format_money(v, "USD", lang)) for v in usd] + [
        plain(format_money(v, "KZT", lang)) for v in kzt
    ]


# -- the letters ---------------------------------------------------------------------


def test_every_letter_exists_in_three_languages_with_its_meta(library):
    keys = library.template_keys()
    for key, (category, recipient) in LETTERS.items():
        assert key in keys
        info = library.info(key)
        assert info.languages == LANGS
        assert (info.category, info.recipient) == (category, recipient)
        assert all(info.title(lang) for lang in LANGS)
        assert "debtor.full_name" in info.fields


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("key", list(LETTERS))
def test_letter_prints_the_case(rendered, key, lang):
    text = pdf_text(rendered[(key, lang)])
    assert NAME in text
    if key in INSTITUTION_LETTERS:
        assert IIN in text and "DD-2026-0042" in text
        number = ENFORCEMENT_CASE if LETTERS[key][1] == "bailiff" else None
        if number:
            assert number in text
        elif LETTERS[key][0] == "court":
            assert CASE in text
        else:
            assert CONTRACT in text
    if key in ("hearing_notice",):
        assert CASE in text
        assert plain(format_date(date(2026, 12, 14), lang)) in text and "10:30" in text
        assert "Айгүл Бекова" in text and "+7 702 111 22 33" in text
    if key == "eviction_alert":
        assert plain(format_date(date(2026, 12, 21), lang)) in text and ADDRESS in text
        assert "41-НП" in text
    if key == "meeting_invitation":
        assert plain(format_date(date(2026, 12, 5), lang)) in text and "11:00" in text
    if key == "appeal":
        # the decision in final form; Russian letters write "20 ноября 2026 года" in sentences
        pattern = "d MMMM y 'года'" if lang == "ru" else "long"
        assert plain(format_date(date(2026, 11, 20), lang, pattern)) in text
    for amount in _money(key, lang):
        assert amount in text, (key, lang, amount)


@pytest.mark.parametrize("key", list(LETTERS))
def test_kazakh_letters_print_in_the_kazakh_version(rendered, key):
    text = pdf_text(rendered[(key, "kk")])
    assert "Құрманғазы Әлия" in text
    # the template's own words are Kazakh too, not only the data
    own = text
    for data in (
        NAME,
        ADDRESS,
        COURT,
        "«Баспана» бастамашыл тобы",
        "Айгүл Бекова",
        "Нұрлан Қасымов",
        "Ерлан Тоқтаров",
    ):
        own = own.replace(data, "")
    assert len(KAZAKH_LETTERS & set(own.lower())) >= 4, key


def test_every_kazakh_letter_prints(rendered):
    seen = set()
    for key in LETTERS:
        seen |= set(pdf_text(rendered[(key, "kk")]))
    assert {c.lower() for c in seen} >= KAZAKH_LETTERS  # ә ғ қ ң ө ұ ү һ і
    assert set("ӘҒҚӨҮІ") <= seen  # capitals, as names and titles (ӨТІНІШ, ҚАРСЫЛЫҚ) have them


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("key", INSTITUTION_LETTERS)
def test_no_lawyer_note_in_letters_to_institutions(rendered, key, lang):
    text = pdf_text(rendered[(key, lang)]).lower()
    assert not [word for word in LAWYER_WORDS if word in text]


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("key", ["hearing_notice", "eviction_alert"])
def test_debtor_pages_with_deadlines_carry_the_lawyer_note_when_asked(library, key, lang):
    ctx = letter_context(key, lang)
    assert LAWYER_NOTE[lang] in pdf_text(library.render_pdf(key, lang, ctx))
    ctx["check_with_lawyer"] = False
    assert LAWYER_NOTE[lang] not in pdf_text(library.render_pdf(key, lang, ctx))


def test_debtor_pages_are_large_print_and_letters_are_not(library):
    for key in LETTERS:
        info = library.info(key)
        assert info.large_print is (key in DEBTOR_PAGES), key
        assert info.style == ("large" if key in DEBTOR_PAGES else "base")


def test_reply_rules_exist_in_the_jurisdiction(library):
    with resource_path("jurisdictions", "kz.toml").open("rb") as fh:
        rules = tomllib.load(fh)["rules"]
    for key in LETTERS:
        rule = library.info(key).reply_rule
        assert rule is None or rule in rules, (key, rule)
    assert library.info("restructuring_request").reply_rule == "bank_reply"
    assert library.info("deferral_application").reply_rule == "deferral_ruling"
    assert library.info("debt_statement_request").reply_rule is None
    with resource_path("templates", "debt_statement_request", "meta.toml").open("rb") as fh:
        assert tomllib.load(fh)["follow_up_days"] == 30


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("key", list(LETTERS))
def test_letters_fit_two_pages(rendered, key, lang):
    assert page_count(rendered[(key, lang)]) <= 2
    if key == "consent_form":  # the signatures stay on the page they sign
        assert page_count(rendered[(key, lang)]) == 1


def _without(data: dict[str, Any], dotted: str) -> dict[str, Any]:
    data = deepcopy(data)
    *path, last = dotted.split(".")
    target = data
    for part in path:
        target = target[part]
    del target[last]
    return data


@pytest.mark.parametrize("key", list(LETTERS))
def test_missing_required_field_is_named(library, key):
    info = library.info(key)
    assert info.fields
    for field in info.fields:
        ctx = _without(letter_context(key, "ru"), field)
        with pytest.raises(TemplateError, match=re.escape(field)):
            library.render_markup(key, "ru", ctx)


def _minimal(key: str, lang: str, required: tuple[str, ...]) -> dict[str, Any]:
    """Only what the template requires: every optional record and field left out."""
    ctx = letter_context(key, lang)
    roots = {field.split(".")[0] for field in required}
    for record in (
        "property",
        "loan",
        "creditor",
        "hearing",
        "decision",
        "eviction",
        "household",
        "proceeding",
        "court",
    ):
        if record not in roots:
            ctx[record] = None
    ctx["loans"], ctx["deadlines"] = [], []
    ctx["fields"] = {
        field.split(".", 1)[1]: ctx["fields"][field.split(".", 1)[1]]
        for field in required
        if field.startswith("fields.")
    }
    ctx["debtor"] = ctx["debtor"] | {"phone": None}
    if ctx["loan"]:
        ctx["loan"] = ctx["loan"] | {
            "statement": None,
            "payments": [],
            "paid_total": None,
            "contract_date": None,
            "rate": None,
        }
    for name in ("hearing", "eviction"):
        if ctx[name]:
            ctx[name] = ctx[name] | {"time": None, "place": None, "attendees": [], "court": None}
    if ctx["proceeding"]:
        ctx["proceeding"] = ctx["proceeding"] | {"judge": None}
    ctx["check_with_lawyer"] = False
    return ctx


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("key", list(LETTERS))
def test_optional_parts_may_be_missing(library, key, lang):
    ctx = _minimal(key, lang, library.info(key).fields)
    text = pdf_text(library.render_pdf(key, lang, ctx))
    assert NAME in text
    assert "None" not in text
    if key in INSTITUTION_LETTERS:
        assert not [word for word in LAWYER_WORDS if word in text.lower()]


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize(
    "key",
    [
        "penalty_complaint",
        "court_order_objection",
        "appeal",
        "valuation_objection",
        "ombudsman_complaint",
    ],
)
def test_without_arguments_the_advisor_gets_a_box_to_write_in(library, key, lang):
    ctx = letter_context(key, lang)
    assert not any(isinstance(x, b.WriteBox) for x in library.render_blocks(key, lang, ctx))
    del ctx["fields"]["arguments"]
    assert any(isinstance(x, b.WriteBox) for x in library.render_blocks(key, lang, ctx))


@pytest.mark.parametrize("lang", LANGS)
def test_restructuring_measures_chosen_or_ticked_by_hand(library, lang):
    ctx = letter_context("restructuring_request", lang)
    chosen = library.render_blocks("restructuring_request", lang, ctx)
    numbered = [x for x in chosen if isinstance(x, b.ListBlock) and x.ordered]
    assert len(numbered[0].items) == 3  # rate, tenge, penalties
    assert not any(isinstance(x, b.CheckItem) for x in chosen)

    del ctx["fields"]["measures"]
    boxes = [
        x
        for x in library.render_blocks("restructuring_request", lang, ctx)
        if isinstance(x, b.CheckItem)
    ]
    assert len(boxes) == 7 and not any(box.checked for box in boxes)
    ctx["loan"] = ctx["loan"] | {"currency": "KZT"}  # nothing to convert to tenge
    boxes = [
        x
        for x in library.render_blocks("restructuring_request", lang, ctx)
        if isinstance(x, b.CheckItem)
    ]
    assert len(boxes) == 6


def test_deferral_application_shows_the_budget_table(library):
    blocks = library.render_blocks(
        "deferral_application", "ru", letter_context("deferral_application", "ru")
    )
    table = next(x for x in blocks if isinstance(x, b.Table))
    cells = [plain(cell) for row in table.rows for cell in row]
    assert "Заработная плата" in cells and "Мектеп формасы" in cells  # unknown category as typed
    assert any("Дефицит" in cell for cell in cells)
    assert plain(format_money(Decimal("20200"), "KZT", "ru")) in " ".join(cells)


def test_data_cannot_become_markup(library):
    ctx = letter_context("restructuring_request", "ru")
    ctx["fields"]["reasons"] = "::pagebreak\n<b>жирный</b> | ::title X"
    markup = library.render_markup("restructuring_request", "ru", ctx)
    assert "\n::pagebreak" not in markup and "<b>жирный" not in markup


# -- the checklists -----------------------------------------------------------------


def _checklist_meta(kind: str) -> dict[str, Any]:
    with resource_path("checklists", kind, "meta.toml").open("rb") as fh:
        return tomllib.load(fh)


def checklist_context(kind: str, lang: str, for_whom: str) -> dict[str, Any]:
    ctx = make_context(lang, "debtor")
    meta = _checklist_meta(kind)
    items = [
        {
            "section": item["section"],
            "text": item[lang],
            "done": n == 0,
            "note": "Түпнұсқасы мен 3 көшірмесі дайын" if n == 0 else None,
        }
        for n, item in enumerate(meta["items"])
    ]
    items.append({"section": None, "text": "Кеңесшінің өз тармағы", "done": False, "note": None})
    ctx["checklist"] = {"items": items, "kind": kind}
    ctx["for_whom"] = for_whom
    return ctx


@pytest.mark.parametrize("kind", CHECKLISTS)
def test_checklist_meta_holds_the_items_as_data(checklists, kind):
    meta = _checklist_meta(kind)
    info = checklists.info(kind)
    assert info.languages == LANGS and all(info.title(lang) for lang in LANGS)
    assert meta["audience_styles"] == {"debtor": "large", "advisor": "base"}
    assert info.style == "large"  # the default printout is the debtor's
    sections = [item["section"] for item in meta["items"]]
    assert set(sections) == {"bring", "at_hearing", "after"}
    for item in meta["items"]:
        assert all(item[lang].strip() for lang in LANGS)
        assert item.get("when") in (None, "minors", "vulnerable")


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("kind", CHECKLISTS)
def test_checklist_printouts(checklists, kind, lang):
    meta = _checklist_meta(kind)
    first = meta["items"][0][lang]

    ctx = checklist_context(kind, lang, "advisor")
    blocks = checklists.render_blocks(kind, lang, ctx)
    checks = [x for x in blocks if isinstance(x, b.CheckItem)]
    assert len(checks) == len(meta["items"]) + 1
    assert checks[0].checked and plain(first) in plain(checks[0].text)
    assert not any(x.checked for x in checks[1:])
    assert f"::[x] {first}" in checklists.render_markup(kind, lang, ctx)
    text = pdf_text(
        checklists.render_pdf(kind, lang, ctx, style=meta["audience_styles"]["advisor"])
    )
    assert NAME in text and CASE in text and COURT in text
    assert "Түпнұсқасы мен 3 көшірмесі дайын" in text  # the advisor's note
    assert "07.12.2026" in text and "21.12.2026" in text  # open deadlines
    assert plain(format_date(date(2026, 12, 14), lang)) in text and "10:30" in text
    assert LAWYER_NOTE[lang] in text

    ctx = checklist_context(kind, lang, "debtor")
    blocks = checklists.render_blocks(kind, lang, ctx)
    checks = [x for x in blocks if isinstance(x, b.CheckItem)]
    assert checks[0].checked and not any(x.checked for x in checks[1:])
    assert meta["audience_styles"]["debtor"] == "large"
    pdf = checklists.render_pdf(kind, lang, ctx, style=meta["audience_styles"]["debtor"])
    text = pdf_text(pdf)
    assert NAME in text and plain(first) in text
    assert "Түпнұсқасы мен 3 көшірмесі дайын" not in text  # notes are for advisors
    assert page_count(pdf) <= 3
    if lang == "kk":
        assert len(KAZAKH_LETTERS & set(text.replace(NAME, "").lower())) >= 4


@pytest.mark.parametrize("kind", CHECKLISTS)
def test_checklist_without_a_hearing(checklists, kind):
    ctx = checklist_context(kind, "ru", "advisor")
    ctx.update(hearing=None, deadlines=[], eviction=None, proceeding=None, court=None)
    assert NAME in pdf_text(checklists.render_pdf(kind, "ru", ctx, style="base"))
    ctx["for_whom"] = "debtor"
    assert NAME in pdf_text(checklists.render_pdf(kind, "ru", ctx))
