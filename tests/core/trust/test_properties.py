"""Property tests: the IIN validator, period parsing and arithmetic, and letter rendering.

Hypothesis throws arbitrary input at each; the properties are what a person
relies on: a valid IIN is accepted and anything else refused with a reason,
never an exception; a period reads back as written; any text typed into a
letter's field is printed, as typed, and never breaks the rendering.
"""

from __future__ import annotations

import io
import re
from datetime import date

from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader

from debtdesk.deadlines.compute import _add
from debtdesk.deadlines.periods import MAX_COUNT, UNITS, Period, parse_period
from debtdesk.documents.templates import TemplateLibrary
from debtdesk.errors import ValidationError
from debtdesk.services.fields import Iin
from debtdesk.services.iin import birth_date, iin_problem, make_iin

# --- IIN ---------------------------------------------------------------------------------------


def oracle(iin: str) -> bool:
    """The published rule, written out again independently of the code under test."""
    if len(iin) != 12 or any(c not in "0123456789" for c in iin):
        return False
    d = [int(c) for c in iin]
    century = {1: 1800, 2: 1800, 3: 1900, 4: 1900, 5: 2000, 6: 2000}.get(d[6])
    if century is None:
        return False
    try:
        date(century + d[0] * 10 + d[1], d[2] * 10 + d[3], d[4] * 10 + d[5])
    except ValueError:
        return False
    check = sum(d[i] * (i + 1) for i in range(11)) % 11
    if check == 10:
        check = sum(d[i] * ((i + 2) % 11 + 1) for i in range(11)) % 11
    return check != 10 and check == d[11]


twelve_digits = st.text(alphabet="0123456789", min_size=12, max_size=12)


@given(twelve_digits)
@example("850101401238")
@example("000000000000")
def test_iin_validator_agrees_with_the_published_rule(iin):
    assert (iin_problem(iin) is None) == oracle(iin)


@given(
    st.dates(min_value=date(1800, 1, 1), max_value=date(2099, 12, 31)),
    st.integers(0, 1),
    st.integers(0, 9999),
)
def test_a_made_iin_is_valid_and_keeps_its_birth_date(born, sex, serial):
    digit = {18: 1, 19: 3, 20: 5}[born.year // 100] + sex
    iin = make_iin(born, digit, serial)
    assume(iin is not None)  # about one serial in eleven has no check digit
    assert iin_problem(iin) is None and oracle(iin)
    assert birth_date(iin) == born


@given(st.one_of(st.text(max_size=40), st.integers(), twelve_digits.map(lambda s: f" {s} ")))
def test_the_iin_field_refuses_with_a_reason_and_never_crashes(value):
    try:
        cleaned = Iin().clean("iin", value)
    except ValidationError as exc:
        assert exc.field == "iin" and exc.message
    else:
        assert cleaned is None or oracle(cleaned)


# --- periods -----------------------------------------------------------------------------------


@given(st.integers(1, MAX_COUNT), st.sampled_from(UNITS))
def test_a_period_reads_back_as_written(count, unit):
    period = Period(count, unit)
    assert parse_period(str(period)) == period
    shouted = "  " + re.sub(r" ", "   ", str(period)).upper() + "\t"
    assert parse_period(shouted) == period


@given(st.text(max_size=30))
@example("0 days")
@example("10000 months")
@example("١٠ days")
@example("1e3 days")
def test_any_text_is_a_period_or_a_clear_refusal(text):
    try:
        period = parse_period(text)
    except ValidationError as exc:
        assert exc.field == "period" and exc.message
    else:
        assert 1 <= period.count <= MAX_COUNT and period.unit in UNITS


@given(st.dates(), st.integers(1, MAX_COUNT), st.sampled_from(["days", "months"]))
@example(date(9999, 12, 31), 1, "days")
@example(date(9999, 12, 1), 1, "months")
def test_adding_a_period_never_overflows_unseen(day, count, unit):
    try:
        end = _add(day, count, unit)
    except ValidationError as exc:
        assert exc.field == "date" and "future" in exc.message
    else:
        assert end > day


# --- letters -----------------------------------------------------------------------------------

BODY = "::title {{ fields.title }}\n{{ fields.text }}\n\nИтог: {{ fields.text }}\n"
META = """
recipient = "debtor"
fields = []
[title]
kk = "Сынақ"
ru = "Проверка"
en = "Check"
"""
# What an advisor can type and the bundled fonts can print: Kazakh, Russian, Latin,
# digits, and every character the letter markup or Jinja might read as syntax.
TYPED = st.text(
    alphabet=st.sampled_from(
        "абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВЕЖЗИКЛМНОПРСТУЧЩЭЮЯ"
        "әғқңөұүһіӘҒҚҢӨҰҮҺІ" "abcxyzABCXYZ" "0123456789"
        "*_#[]{}<>&%$\\/|~^`'\":;!?.,-+=()@ ₸№«»—"
    ),
    min_size=1,
    max_size=120,
)  # fmt: skip


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


@settings(max_examples=12, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(title=TYPED, text=TYPED, lang=st.sampled_from(["kk", "ru", "en"]))
@example(title="**жирный** _курсив_", text="::title {{ 7*7 }} {% raw %}", lang="ru")
def test_typed_text_is_printed_as_typed(tmp_path, title, text, lang):
    assume(title.strip() and text.strip())
    folder = tmp_path / "t" / "_t_props"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "meta.toml").write_text(META, encoding="utf-8")
    (folder / f"{lang}.j2").write_text(BODY, encoding="utf-8")
    library = TemplateLibrary(tmp_path / "t")
    pdf = library.render_pdf("_t_props", lang, {"fields": {"title": title, "text": text}})
    printed = _squash("".join(p.extract_text() or "" for p in PdfReader(io.BytesIO(pdf)).pages))
    assert _squash(title) in printed
    assert _squash(text) in printed
