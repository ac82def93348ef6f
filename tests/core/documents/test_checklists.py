"""Hearing checklists: made per proceeding kind, items stored in the language, ticked, printed."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from debtdesk.documents.checklists import (
    TEMPLATE_FOR_KIND,
    checklist_items,
    checklist_markup,
    checklist_pdf,
    create_checklist,
    ensure_checklist,
    tick,
)
from debtdesk.documents.context import checklist_library
from debtdesk.errors import ConflictError, ValidationError
from debtdesk.model import AuditEntry, Checklist, ChecklistItem
from debtdesk.services import debtors, proceedings
from tests.core.documents.test_context import make_case, write_template

TEST_META = """
recipient = "debtor"
large_print = true
audience_styles = { debtor = "large", advisor = "base" }
fields = ["debtor.full_name", "checklist", "for_whom"]
[title]
kk = "Тізім"
ru = "Чек-лист"
en = "Checklist"
[[items]]
section = "bring"
kk = "Жеке куәлік"
ru = "Удостоверение личности"
en = "Identity card"
[[items]]
section = "bring"
when = "minors"
kk = "Туу туралы куәліктер"
ru = "Свидетельства о рождении детей"
en = "Birth certificates"
[[items]]
section = "bring"
when = "vulnerable"
kk = "СУСН құжаттары"
ru = "Документы СУСН"
en = "Vulnerable status papers"
[[items]]
section = "at_hearing"
kk = "30 минут бұрын келу"
ru = "Прийти за 30 минут"
en = "Arrive 30 minutes early"
"""

TEST_BODY = """::title {{ for_whom }}: {{ debtor.full_name }}
{% if hearing %}{{ hearing.date|date }}{% endif %}

{% for it in checklist['items'] %}
{% set note = it.note if for_whom == 'advisor' else none %}
::[{{ 'x' if it.done else ' ' }}] {{ it.text }}{% if note %} ({{ note }}){% endif +%}
{% endfor %}
"""


@pytest.fixture
def case(db, today):
    return make_case(db)


@pytest.fixture
def lib(tmp_path):
    bodies = {lang: TEST_BODY for lang in ("kk", "ru", "en")}
    root = tmp_path / "checklists"
    write_template(root, "claim", TEST_META, bodies)
    return write_template(root, "appeal", TEST_META.replace("Чек-лист", "Апелляция"), bodies)


def test_every_proceeding_kind_with_hearings_has_a_builtin_checklist():
    library = checklist_library()
    assert set(TEMPLATE_FOR_KIND.values()) <= set(library.template_keys())
    assert TEMPLATE_FOR_KIND["cassation"] == "appeal"
    assert TEMPLATE_FOR_KIND["eviction"] == "enforcement"


def test_checklist_is_made_from_the_proceeding_kind_in_the_debtors_language(db, case, lib):
    with db.session() as s:
        checklist = create_checklist(s, case.hearing, library=lib)  # a hearing of the appeal
        assert (checklist.template, checklist.language) == ("appeal", "ru")
        rows = checklist_items(s, checklist.id)
        # minors: yes (2); vulnerable: large family
        assert [(r.position, r.section, r.text, r.done) for r in rows] == [
            (1, "bring", "Удостоверение личности", False),
            (2, "bring", "Свидетельства о рождении детей", False),
            (3, "bring", "Документы СУСН", False),
            (4, "at_hearing", "Прийти за 30 минут", False),
        ]
        line = s.scalar(select(AuditEntry).where(AuditEntry.entity == "checklist"))
        assert line.debtor_id == case.id and line.action == "create"
        claim = create_checklist(s, case.past_hearing, lang="kk", library=lib)
        assert claim.template == "claim" and claim.items[0].text == "Жеке куәлік"


def test_conditions_leave_out_items_that_do_not_apply(db, lib, today):
    with db.session() as s:
        debtor = debtors.create_debtor(s, {"full_name": "Один Живёт", "language": "en"})
        p = proceedings.create_proceeding(s, debtor.id, {"kind": "claim"})
        ev = proceedings.add_event(
            s, debtor.id, {"kind": "hearing", "proceeding_id": p.id, "date": date(2026, 12, 2)}
        )
        checklist = create_checklist(s, ev.id, library=lib)
        assert [i.text for i in checklist.items] == ["Identity card", "Arrive 30 minutes early"]


def test_an_event_without_a_matching_proceeding_needs_a_template(db, case, lib):
    with db.session() as s:
        bankruptcy = proceedings.create_proceeding(s, case.id, {"kind": "bankruptcy"})
        ev = proceedings.add_event(
            s,
            case.id,
            {"kind": "hearing", "proceeding_id": bankruptcy.id, "date": date(2027, 1, 5)},
        )
        with pytest.raises(ValidationError) as err:
            create_checklist(s, ev.id, library=lib)
        assert err.value.field == "template"
        assert create_checklist(s, ev.id, template="claim", library=lib).template == "claim"
        with pytest.raises(ValidationError) as err:
            create_checklist(s, case.eviction, lang="de", template="claim", library=lib)
        assert err.value.field == "lang"


def test_ensure_makes_one_checklist_per_event(db, case, lib):
    with db.session() as s:
        first, made = ensure_checklist(s, case.hearing, library=lib)
        again, made_again = ensure_checklist(s, case.hearing, library=lib)
        assert made and not made_again and first.id == again.id
        assert len(s.scalars(select(Checklist)).all()) == 1


def test_a_ticked_item_prints_as_ticked(db, case, lib, pdf_text):
    with db.session() as s:
        checklist = create_checklist(s, case.hearing, library=lib)
        first = checklist.items[0]
        checklist_id, item_id, version = checklist.id, first.id, first.version
    with db.session() as s:
        tick(s, item_id, True, "оригинал у дочери", expected_version=version)
    with db.session() as s:
        item = s.get(ChecklistItem, item_id)
        assert item.done and item.note == "оригинал у дочери" and item.version == version + 1
        line = s.scalars(select(AuditEntry).where(AuditEntry.entity == "checklist_item")).one()
        assert line.debtor_id == case.id and set(line.changed) == {"done", "note"}
        advisor = checklist_markup(s, checklist_id, "advisor", library=lib)
        debtor = checklist_markup(s, checklist_id, "debtor", library=lib)
        pdf = checklist_pdf(s, checklist_id, "advisor", library=lib)
    assert "::[x] Удостоверение личности (оригинал у дочери)" in advisor.markup
    assert "::[ ] Прийти за 30 минут" in advisor.markup
    assert "::[x] Удостоверение личности\n" in debtor.markup  # the note is the advisor's
    assert (advisor.style, debtor.style) == ("base", "large")
    text = pdf_text(pdf)
    assert "advisor: Иванова Мария Петровна" in text and "(оригинал у дочери)" in text
    assert "10 декабря 2026" in text
    with db.session() as s:
        tick(s, item_id, False)  # untick; the note stays
        assert s.get(ChecklistItem, item_id).note == "оригинал у дочери"
        with pytest.raises(ConflictError):
            tick(s, item_id, True, expected_version=version)
        with pytest.raises(ValidationError):
            checklist_pdf(s, checklist_id, "judge", library=lib)


def test_builtin_checklists_print_for_both_audiences(db, case, today, pdf_text):
    library = checklist_library()
    with db.session() as s:
        checklist = create_checklist(s, case.hearing)
        assert checklist.template == "appeal" and len(checklist.items) > 5
        tick(s, checklist.items[0].id, True)
        advisor = checklist_pdf(s, checklist.id, "advisor", library=library)
        debtor = checklist_pdf(s, checklist.id, "debtor", library=library)
    assert "Иванова Мария Петровна" in pdf_text(advisor)
    assert "Иванова Мария Петровна" in pdf_text(debtor)
