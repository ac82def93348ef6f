"""Explanations read aloud in Kazakh, Russian and English; labels for every event kind."""

from __future__ import annotations

import re
from datetime import date

import holidays
import pytest

from debtdesk.deadlines import (
    Override,
    WorkingCalendar,
    compute_deadline,
    event_kind_label,
    holiday_name,
    load_jurisdiction,
    render_explanation,
    render_steps,
)
from debtdesk.deadlines.labels import EVENT_KINDS, HOLIDAYS_KZ
from debtdesk.errors import ValidationError
from debtdesk.vocab import EventKind

KZ = load_jurisdiction("kz")
CYRILLIC = re.compile("[а-яёәғқңөұүһі]", re.IGNORECASE)


def plain(text: str) -> str:
    """Babel keeps "2026 г." together with a narrow no-break space; compare plain spaces."""
    return text.replace("\u202f", " ").replace("\u00a0", " ")


def read(explanation: dict, lang: str) -> str:
    return plain(render_explanation(explanation, lang))


def explain(rule: str, trigger: date, overrides: dict | None = None) -> dict:
    return compute_deadline(KZ.rule(rule), trigger, WorkingCalendar(KZ, overrides)).to_json()


APPEAL = explain("appeal", date(2026, 3, 5))  # 5 Apr 2026 is a Sunday -> Mon 6 Apr


def test_english_reads_like_the_design_example() -> None:
    text = render_explanation(APPEAL, "en")
    assert text.startswith(
        "Appeal: 1 month from 5 March 2026 (decision in final form) is 5 April 2026, "
        "a Sunday; moved to Monday 6 April 2026. Source: "
    )
    assert "art. 403" in text and "(confidence: medium)" in text
    assert "Check with a lawyer: the source is not fully verified." in text
    assert "Check with a lawyer: the rule that moves a deadline off a non-working day" in text


def test_russian() -> None:
    text = read(APPEAL, "ru")
    assert text.startswith("Апелляционная жалоба: срок 1 месяц, считая от 5 марта 2026 г.")
    assert "(решение в окончательной форме)" in text
    assert "истекает 5 апреля 2026 г. (воскресенье)" in text
    assert "срок переносится на 6 апреля 2026 г. (понедельник)" in text
    assert "Источник: egov.kz" in text and "ст. 403" in text
    assert "Проверьте у юриста" in text


def test_kazakh() -> None:
    text = read(APPEAL, "kk")
    assert text.startswith("Апелляциялық шағым: түпкілікті нысандағы шешім — 2026 жылғы 5 наурыз;")
    assert "2026 жылғы 5 сәуір (жексенбі)" in text
    assert "2026 жылғы 6 сәуір (дүйсенбі)" in text
    assert "Дереккөз: egov.kz" in text and "403-бап" in text
    assert "Заңгермен ақылдасыңыз" in text


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_kazakh_and_russian_are_in_cyrillic(lang: str) -> None:
    text = render_explanation(APPEAL, lang)
    letters = [c for c in text if c.isalpha()]
    cyrillic = [c for c in letters if CYRILLIC.match(c)]
    assert len(cyrillic) > 0.8 * len(letters)


@pytest.mark.parametrize("lang", ["kk", "ru", "en"])
def test_a_verified_rule_has_no_lawyer_note(lang: str) -> None:
    # court_order_objection is H and a working-day count is never moved.
    text = read(explain("court_order_objection", date(2026, 11, 30)), lang)
    for note in ("Check with a lawyer", "Проверьте у юриста", "Заңгермен"):
        assert note not in text
    assert {"en": "14 December 2026", "ru": "14 декабря 2026 г.", "kk": "2026 жылғы 14 желтоқсан"}[
        lang
    ] in text
    assert {"en": "art. 141", "ru": "ст. 141", "kk": "141-бап"}[lang] in text


@pytest.mark.parametrize(
    ("lang", "words"),
    [
        ("en", ["not counting", "Nowruz Holiday (observed)", "Monday 6 April 2026"]),
        ("ru", ["не считаются", "Наурыз мейрамы (перенесённый выходной)", "6 апреля 2026 г."]),
        ("kk", ["есептелмейтін күндер", "Наурыз мейрамы", "10 жұмыс күндік мерзімнің"]),
    ],
)
def test_working_days_name_the_holidays_not_counted(lang: str, words: list[str]) -> None:
    text = read(explain("private_complaint", date(2026, 3, 18)), lang)
    for word in words:
        assert word in text


@pytest.mark.parametrize(
    ("lang", "words"),
    [
        ("en", ["Eid al-Adha (estimated)", "The date of Eid al-Adha is estimated"]),
        ("ru", ["Курбан айт (дата предположительная)", "«Курбан айт» предположительная"]),
        ("kk", ["Құрбан айт (күні болжамды)", "«Құрбан айт» мерекесінің күні болжамды"]),
    ],
)
def test_an_estimated_holiday_is_flagged(lang: str, words: list[str]) -> None:
    text = read(explain("valuation_objection", date(2026, 5, 17)), lang)
    for word in words:
        assert word in text


def test_transfers_overrides_and_closures_are_explained() -> None:
    may = render_explanation(explain("private_complaint", date(2024, 4, 29)), "en")
    assert "8 May 2024, a Wednesday (day off by decree: transferred from 04.05.2024)" in may
    assert "counting Saturday 4 May 2024 (working by decree)" in may
    closed = explain(
        "appeal",
        date(2026, 3, 6),
        {date(2026, 4, 6): Override(False, "court_closure", "Court moves building")},
    )
    assert "6 апреля 2026 г. (понедельник, суд не работает: Court moves building)" in (
        read(closed, "ru")
    )


def test_a_kept_date_says_so() -> None:
    text = render_explanation(explain("restructuring_request", date(2026, 3, 6)), "en")
    assert "is 5 April 2026, a Sunday; this rule does not move it." in text
    assert "Check with a lawyer" not in text


def test_render_steps_gives_one_line_per_step() -> None:
    for lang in ("kk", "ru", "en"):
        lines = render_steps(APPEAL, lang)
        assert len(lines) == len(APPEAL["steps"])
        assert all(lines)
    lines = render_steps(APPEAL, "en")
    assert lines[0] == "Rule: Appeal (Kazakhstan)"
    assert lines[1] == "Start: Decision in final form, Thursday 5 March 2026"
    assert "Due: Monday 6 April 2026" in lines


def test_a_source_changed_since_is_shown_as_stored() -> None:
    stale = {"version": 1, "steps": [dict(s) for s in APPEAL["steps"]]}
    for step in stale["steps"]:
        if step["step"] == "source":
            step["text"] = "ГПК art. 999 (an older file)"
    assert "Source: ГПК art. 999 (an older file)" in render_explanation(stale, "en")


def test_unknown_language_reads_english_and_bad_explanations_are_refused() -> None:
    assert render_explanation(APPEAL, "de").startswith("Appeal:")
    assert render_explanation(APPEAL, "ru_KZ").startswith("Апелляционная")
    with pytest.raises(ValidationError):
        render_explanation({"version": 99, "steps": []}, "en")
    with pytest.raises(ValidationError):
        render_explanation({"version": 1}, "en")


def test_unknown_steps_and_rules_degrade_gracefully() -> None:
    odd = {"version": 1, "steps": [*APPEAL["steps"], {"step": "future", "x": "1"}]}
    assert render_steps(odd, "en")[-1] == '{"step": "future", "x": "1"}'
    orphan = {"version": 1, "steps": [dict(s) for s in APPEAL["steps"]]}
    orphan["steps"][0] = {"step": "rule", "rule": "gone", "jurisdiction": "zz"}
    assert render_explanation(orphan, "en").startswith("gone: 1 month from 5 March 2026")


# --- labels -------------------------------------------------------------------------


def test_every_event_kind_has_three_labels() -> None:
    assert set(EVENT_KINDS) == {kind.value for kind in EventKind}
    for kind in EventKind:
        labels = {lang: event_kind_label(kind, lang) for lang in ("kk", "ru", "en")}
        assert all(labels.values()), kind
        assert CYRILLIC.search(labels["kk"]) and CYRILLIC.search(labels["ru"]), kind
        assert labels["en"].isascii(), kind
    assert event_kind_label("no_such_kind", "ru") == "no_such_kind"


def test_holiday_names_cover_the_package_and_match_its_kazakh() -> None:
    english = holidays.country_holidays("KZ", years=range(2015, 2031), language="en_US")
    kazakh = holidays.country_holidays("KZ", years=range(2015, 2026), language="kk")
    suffix = re.compile(r" \([^()]*\)$")
    for names in english.values():
        for name in names.split("; "):
            base = suffix.sub("", name)
            assert base in HOLIDAYS_KZ or base == "Day off", name
    for day, names in kazakh.items():
        for en_name, kk_name in zip(english[day].split("; "), names.split("; "), strict=True):
            if not en_name.startswith("Day off"):
                assert holiday_name(suffix.sub("", en_name), "kk") == suffix.sub("", kk_name)
    assert (
        holiday_name("Nowruz Holiday (observed)", "ru") == "Наурыз мейрамы (перенесённый выходной)"
    )
    assert holiday_name("Some Other Day", "kk") == "Some Other Day"
    assert holiday_name("Victory Day; Capital Day", "ru") == "День Победы; День Столицы"
