"""Rules files: the bundled Kazakhstan rules match DOMAIN.md §1, bad files are refused clearly."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from debtdesk.deadlines import (
    Period,
    WorkingCalendar,
    compute_deadline,
    known_jurisdictions,
    load_jurisdiction,
    load_jurisdiction_file,
    parse_period,
    render_explanation,
)
from debtdesk.errors import ValidationError

KAZAKH_LETTERS = set("әғқңөұүһі")

# DOMAIN.md §1, row by row: key -> (trigger event kind, period, source, confidence).
DOMAIN_RULES = {
    "decision_final_form": ("decision_announced", "5 working days", "ГПК art. 223(4)", "H"),
    "appeal": (
        "decision_final_form",
        "1 month",
        'egov.kz "appeal of decree"; art. 403 inferred',
        "M",
    ),
    "private_complaint": ("ruling_final_form", "10 working days", "ГПК art. 429", "H"),
    "cassation": ("appeal_ruling_in_force", "6 months", "ГПК art. 436(1)", "H"),
    "court_order_objection": ("court_order_received", "10 working days", "ГПК art. 141", "H"),
    "deferral_ruling": ("deferral_application_filed", "10 working days", "ГПК art. 238", "H"),
    "new_circumstances": ("new_circumstances", "3 months", "ГПК art. 457(1)", "H"),
    "valuation_objection": (
        "valuation_received",
        "10 days",
        "Enforcement Law 261-IV art. 68",
        "M",
    ),
    "restructuring_request": (
        "first_day_overdue",
        "30 days",
        "Law on Banks art. 36(1-1)",
        "H",
    ),
    "bank_reply": (
        "letter_received",
        "15 days",
        "Law on Banks art. 36; regulator's resolution No. 84 of 16.07.2021",
        "H",
    ),
    "oob_bankruptcy_reply": (
        "bankruptcy_application_filed",
        "15 working days",
        "egov.kz service page",
        "H",
    ),
    "enforcement_length": ("enforcement_opened", "2 months", "secondary source", "M"),
}


# --- periods --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1 month", Period(1, "months")),
        ("6 months", Period(6, "months")),
        ("10 working days", Period(10, "working_days")),
        ("1 working day", Period(1, "working_days")),
        ("15 days", Period(15, "days")),
        ("15 calendar days", Period(15, "days")),
        ("  30   Days ", Period(30, "days")),
    ],
)
def test_parse_period(text: str, expected: Period) -> None:
    assert parse_period(text) == expected


@pytest.mark.parametrize(
    "text", ["ten days", "0 months", "10", "days", "1 year", "-1 days", "1.5 months", ""]
)
def test_parse_period_refuses(text: str) -> None:
    with pytest.raises(ValidationError) as err:
        parse_period(text)
    assert err.value.field == "period"


def test_period_prints_as_written() -> None:
    assert [str(parse_period(t)) for t in ("1 month", "10 working days", "15 days")] == [
        "1 month",
        "10 working days",
        "15 days",
    ]


# --- the bundled Kazakhstan file -------------------------------------------------------


def test_kz_has_every_domain_rule_with_its_trigger_period_source_and_confidence() -> None:
    kz = load_jurisdiction("kz")
    assert set(kz.rules) == set(DOMAIN_RULES)
    for key, (trigger, period, source, confidence) in DOMAIN_RULES.items():
        rule = kz.rule(key)
        assert rule.trigger == trigger, key
        assert rule.period == parse_period(period), key
        assert rule.source == source, key
        assert rule.confidence == confidence, key
        assert rule.on_non_working in ("next_working_day", "keep"), key
        assert list(rule.reminders) == sorted(rule.reminders, reverse=True), key


def test_kz_metadata_and_default_non_working_rule() -> None:
    kz = load_jurisdiction()
    assert kz.code == "kz"
    assert kz.time_zone == "Asia/Almaty"
    assert kz.holidays_country == "KZ"
    assert kz.weekend == frozenset({6, 7})
    assert kz.name_in("kk") == "Қазақстан" and kz.name_in("ru") == "Казахстан"
    assert kz.non_working.rule == "next_working_day"
    assert kz.non_working.confidence == "L"
    assert kz.non_working.source == "not found in ГПК text; common rule in neighbouring codes"


def test_kz_titles_are_in_three_languages() -> None:
    for rule in load_jurisdiction().rules.values():
        assert set(rule.title) == {"kk", "ru", "en"}
        assert re.search("[а-яё]", rule.title["ru"], re.IGNORECASE), rule.key
        assert KAZAKH_LETTERS & set(rule.title["kk"].lower()), rule.key
        assert rule.title["en"].isascii(), rule.key


def test_enforcement_length_notes_four_months_when_property_is_sold() -> None:
    rule = load_jurisdiction().rule("enforcement_length")
    assert rule.period == Period(2, "months")
    assert rule.note is not None
    assert "4 months" in rule.note["en"] and "4 месяца" in rule.note["ru"]


def test_builtin_jurisdictions_are_cached() -> None:
    assert load_jurisdiction("kz") is load_jurisdiction("kz")


def test_rules_for_trigger() -> None:
    kz = load_jurisdiction()
    assert [r.key for r in kz.rules_for_trigger("decision_final_form")] == ["appeal"]
    assert kz.rules_for_trigger("hearing") == []


def test_unknown_rule_names_it_and_lists_the_known_ones() -> None:
    with pytest.raises(ValidationError) as err:
        load_jurisdiction().rule("apeal")
    message = str(err.value)
    assert "'apeal'" in message
    assert "appeal" in message and "bank_reply" in message and "cassation" in message
    assert "\n" not in message


def test_unknown_jurisdiction_lists_the_known_ones() -> None:
    with pytest.raises(ValidationError) as err:
        load_jurisdiction("zz")
    assert "'zz'" in str(err.value) and "kz" in str(err.value)
    with pytest.raises(ValidationError):
        load_jurisdiction("../kz")


# --- files written by a test -----------------------------------------------------


GOOD_FILE = """\
schema = 1
code = "test"
time_zone = "Asia/Almaty"
holidays_country = "KZ"
weekend = [7]  # a six-day week: only Sunday is a rest day

[name]
kk = "Сынақ"
ru = "Тест"
en = "Test land"

[non_working_day]
rule = "next_working_day"
confidence = "H"
source = "Test Code art. 1"

[rules.reply]
trigger = "letter_received"
period = "3 working days"
source = "Test Code art. 2"
confidence = "H"
title = { kk = "Жауап", ru = "Ответ", en = "Reply" }

[rules.complaint]
trigger = "decision_final_form"
period = "1 month"
on_non_working = "next_working_day"
source = "Test Code art. 3"
confidence = "L"
reminders = [1, 3]
title = { kk = "Шағым", ru = "Жалоба", en = "Complaint" }
"""


def write(tmp_path: Path, text: str, name: str = "test.toml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_a_new_jurisdiction_is_just_a_file(tmp_path: Path) -> None:
    test = load_jurisdiction_file(write(tmp_path, GOOD_FILE))
    assert test.code == "test" and test.weekend == frozenset({7})
    assert test.rule("reply").on_non_working == "next_working_day"  # the file's default
    assert test.rule("complaint").reminders == (3, 1)
    calendar = WorkingCalendar(test)

    # 3 working days from Friday 27 November 2026 in a six-day week:
    # Sat 28 (1, Saturday works here), Sun 29 rests, Mon 30 (2), Tue 1 December (3).
    reply = compute_deadline(test.rule("reply"), date(2026, 11, 27), calendar)
    assert reply.due == date(2026, 12, 1)

    # 1 month from 28 November 2026 is Monday 28 December 2026, a working day.
    complaint = compute_deadline(test.rule("complaint"), date(2026, 11, 28), calendar)
    assert complaint.due == date(2026, 12, 28)
    assert {"step": "check_with_lawyer", "why": "confidence"} in complaint.steps

    text = render_explanation(complaint.to_json(), "en", jurisdiction=test)
    assert text.startswith("Complaint: 1 month from 28 November 2026")
    assert "Source: Test Code art. 3 (confidence: low)." in text


BAD_FILES = [
    # (replace this, with this, rule named in the error, field named in the error)
    ('period = "3 working days"', 'period = "ten days"', "reply", "period"),
    ('period = "1 month"', 'period = "0 months"', "complaint", "period"),
    ('confidence = "L"', 'confidence = "low"', "complaint", "confidence"),
    ('ru = "Ответ", ', "", "reply", "title"),
    ('trigger = "letter_received"', 'trigger = "verdict"', "reply", "trigger"),
    (
        'on_non_working = "next_working_day"',
        'on_non_working = "back"',
        "complaint",
        "on_non_working",
    ),
    ("reminders = [1, 3]", "reminders = [1, -3]", "complaint", "reminders"),
    ('source = "Test Code art. 2"', 'sauce = "Test Code art. 2"', "reply", "sauce"),
    ('source = "Test Code art. 2"', 'source = ""', "reply", "source"),
]


@pytest.mark.parametrize(("old", "new", "rule", "field"), BAD_FILES)
def test_a_bad_rule_is_refused_naming_file_rule_and_field(
    tmp_path: Path, old: str, new: str, rule: str, field: str
) -> None:
    assert old in GOOD_FILE
    path = write(tmp_path, GOOD_FILE.replace(old, new), "broken.toml")
    with pytest.raises(ValidationError) as err:
        load_jurisdiction_file(path)
    message = str(err.value)
    assert "\n" not in message
    assert str(path) in message
    assert f"rule '{rule}'" in message
    assert f"field '{field}" in message
    assert err.value.field.startswith(f"rules.{rule}.{field}")


@pytest.mark.parametrize(
    ("old", "new", "field"),
    [
        ('time_zone = "Asia/Almaty"', 'time_zone = "Asia/Nowhere"', "time_zone"),
        ('holidays_country = "KZ"', 'holidays_country = "XX"', "holidays_country"),
        ("weekend = [7]", "weekend = [0]", "weekend"),
        (
            'confidence = "H"\nsource = "Test Code art. 1"',
            'confidence = "?"\nsource = "x"',
            "non_working_day.confidence",
        ),
        ('code = "test"', 'code = "test"\ncolour = "red"', "colour"),
        ('en = "Test land"', "", "name"),
    ],
)
def test_a_bad_top_level_field_is_refused_naming_file_and_field(
    tmp_path: Path, old: str, new: str, field: str
) -> None:
    path = write(tmp_path, GOOD_FILE.replace(old, new, 1), "broken.toml")
    with pytest.raises(ValidationError) as err:
        load_jurisdiction_file(path)
    message = str(err.value)
    assert "\n" not in message and str(path) in message and f"field '{field}" in message


def test_broken_toml_and_missing_file_are_one_line_errors(tmp_path: Path) -> None:
    path = write(tmp_path, GOOD_FILE + "\n[rules.reply\n", "syntax.toml")
    with pytest.raises(ValidationError) as err:
        load_jurisdiction_file(path)
    assert str(path) in str(err.value) and "\n" not in str(err.value)
    with pytest.raises(ValidationError) as err:
        load_jurisdiction_file(tmp_path / "absent.toml")
    assert "absent.toml" in str(err.value)


def test_a_file_without_rules_is_refused(tmp_path: Path) -> None:
    text = GOOD_FILE[: GOOD_FILE.index("[rules.reply]")]
    with pytest.raises(ValidationError) as err:
        load_jurisdiction_file(write(tmp_path, text))
    assert "field 'rules'" in str(err.value)


def test_every_bundled_jurisdiction_names_a_country_the_holidays_package_knows() -> None:
    """Loading a bundled file skips this check (start-up time); the suite makes it instead."""
    import holidays

    for code in known_jurisdictions():
        country = load_jurisdiction(code).holidays_country
        assert country in holidays.list_supported_countries(), (code, country)
