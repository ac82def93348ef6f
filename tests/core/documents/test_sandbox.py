"""Hostile and broken templates: one-line TemplateError with template and line, fast."""

from __future__ import annotations

import re
import threading
import time
from datetime import date, datetime
from datetime import time as time_of_day
from decimal import Decimal
from pathlib import Path

import pytest
from markupsafe import Markup

from debtdesk.documents import sandbox
from debtdesk.documents.errors import TemplateError
from debtdesk.documents.markup import parse
from debtdesk.documents.sandbox import LetterEnvironment
from debtdesk.documents.templates import TemplateLibrary

HOSTILE = {
    "mro": ("intro\n{{ ''.__class__.__mro__ }}", 2, "not allowed"),
    "globals": ("{{ cycler.__init__.__globals__ }}", 1, "not allowed"),
    "self_globals": ("{{ self.__init__.__globals__['os'] }}", 1, "not allowed"),
    "attr_filter": ("{{ ''|attr('__class__') }}", 1, "not allowed"),
    "include_passwd": ("a\nb\n{% include '/etc/passwd' %}", 3, "/etc/passwd"),
    "include_up": ("{% include '../../../../../etc/passwd' %}", 1, "passwd"),
    "import_os": ("{% import 'os' as os %}", 1, "os"),
    "undefined": ("Hello\n\n{{ debtor.nam }}", 3, "nam"),
    "undefined_name": ("{{ nobody }}", 1, "nobody"),
    "syntax": ("::title ok\n{% for x in %}\n{% endfor %}", 2, "syntax error"),
    "unclosed": ("{% if true %}\nopen", 2, "syntax error"),
    "nested_loops": (
        "x\n{% for a in range(10**6) %}{% for b in range(10**6) %}x{% endfor %}{% endfor %}",
        2,
        "range",
    ),
    "nested_loops_in_range": (
        "x\n{% for a in range(10000) %}{% for b in range(10000) %}{% endfor %}{% endfor %}",
        2,
        "seconds",
    ),
    "nested_loops_output": (
        "{% for a in range(10000) %}\n{% for b in range(10000) %}xyz{% endfor %}{% endfor %}",
        2,
        "characters",
    ),
    "loop_in_set_block": (
        "{% set l = range(10000)|list %}\n{% set s %}{% for a in l %}{% for b in l %}"
        "yy{% endfor %}{% endfor %}{% endset %}",
        2,
        "seconds",
    ),
    "huge_string": ("{{ 'x' * 10**9 }}", 1, "characters"),
    "huge_string_reversed": ("{{ 10**9 * 'x' }}", 1, "characters"),
    "huge_list": ("{% set l = [1] * 10**9 %}", 1, "characters"),
    "doubling_concat": (
        "{% set ns = namespace(s='x' * 1000) %}{% for i in range(40) %}"
        "{% set ns.s = ns.s ~ ns.s %}{% endfor %}",
        1,
        "characters",
    ),
    "doubling_macro": (
        "{% macro d(s) %}{{ s }}{{ s }}{% endmacro %}{% set ns = namespace(s='x') %}"
        "{% for i in range(40) %}{% set ns.s = d(ns.s) %}{% endfor %}",
        1,
        "characters",
    ),
    "big_power": ("{{ 10 ** (10 ** 8) }}", 1, "characters"),
    "format_width": ("{{ '{:>1000000000}'.format(1) }}", 1, "not allowed"),
    "printf_width": ("{{ '%1000000000d' % 1 }}", 1, "not allowed"),
    "ljust": ("{{ 'x'.ljust(10**9) }}", 1, "not allowed"),
    "to_bytes": ("{{ (5).to_bytes(10**9, 'big') }}", 1, "not allowed"),
    "replace_growth": ("{{ ('x' * 100000)|replace('x', 'y' * 100000) }}", 1, "characters"),
    "join_growth": ("{{ range(10000)|join('x' * 100000) }}", 1, "characters"),
    "removed_filter": ("{{ 'x'|center(10**9) }}", 1, "center"),
    "lipsum": ("{{ lipsum(10**6) }}", 1, "lipsum"),
    "list_mutation": ("{% set l = [] %}{{ l.append(1) }}", 1, "not allowed"),
    "recursion": ("{% macro f() %}{{ f() }}{% endmacro %}{{ f() }}", 1, "deeply"),
    "division": ("a\n{{ 1 / 0 }}", 2, "ZeroDivisionError"),
}


@pytest.mark.parametrize("source", HOSTILE.values(), ids=HOSTILE.keys())
def test_hostile_or_broken_template_fails_in_one_line(tmp_path: Path, source):
    text, line, words = source
    user = tmp_path / "templates"
    (user / "evil").mkdir(parents=True)
    (user / "evil" / "meta.toml").write_text(
        'recipient = "debtor"\n[title]\nru = "x"\n', encoding="utf-8"
    )
    (user / "evil" / "ru.j2").write_text(text, encoding="utf-8")
    started = time.monotonic()
    with pytest.raises(TemplateError) as caught:
        TemplateLibrary(user).render_markup("evil", "ru", {"debtor": {"name": "x"}})
    elapsed = time.monotonic() - started
    message = str(caught.value)
    assert elapsed < 3.0, message
    assert "\n" not in message and "Traceback" not in message
    assert message.startswith(f"evil/ru.j2, line {line}: "), message
    assert words in message, message
    assert caught.value.template == "evil/ru.j2" and caught.value.line == line


def test_the_editor_preview_names_the_template_too(library):
    with pytest.raises(TemplateError, match=r"^my draft, line 2: unknown name or field"):
        library.render_string("ok\n{{ missing }}", {}, name="my draft")


def test_a_render_after_a_timeout_is_not_disturbed(library):
    with pytest.raises(TemplateError, match="seconds"):
        library.render_string(
            "{% for a in range(10000) %}{% for b in range(10000) %}{% endfor %}{% endfor %}", {}
        )
    time.sleep(0.6)  # a stray watchdog exception would land here or below
    assert library.render_string("{{ n }}", {"n": 1}) == "1"


def test_renders_share_one_watchdog_thread(library):
    """A thread per render cost more than a letter's layout on a busy machine."""
    library.render_string("{{ n }}", {"n": 0})
    before = {t.ident for t in threading.enumerate()}
    for n in range(50):
        assert library.render_string("{{ n }}", {"n": n}) == str(n)
    assert {t.ident for t in threading.enumerate()} == before
    watchdogs = [t for t in threading.enumerate() if t.name == "debtdesk-render-watchdog"]
    assert len(watchdogs) == 1


def test_a_loop_times_out_while_other_threads_render_undisturbed(library):
    stop = threading.Event()
    done: list[str] = []
    failures: list[BaseException] = []

    def quick_renders() -> None:
        try:
            while not stop.is_set():
                done.append(library.render_string("{{ n }}", {"n": len(done)}))
        except BaseException as exc:  # reported by the test thread
            failures.append(exc)

    other = threading.Thread(target=quick_renders)
    other.start()
    try:
        started = time.monotonic()
        with pytest.raises(TemplateError, match="seconds"):
            library.render_string(
                "{% for a in range(10000) %}{% for b in range(10000) %}{% endfor %}{% endfor %}",
                {},
            )
        assert time.monotonic() - started < 3.5
    finally:
        stop.set()
        other.join()
    assert not failures and len(done) > 10
    assert done == [str(n) for n in range(len(done))]


EVIL = "<b>Bold</b> & Co\n::pagebreak\n| cell :: <i>"
INJECTIONS = [
    "{{ name }}",
    "::- {{ name }}",
    "::h1 {{ name }}",
    "::table\nA | B\n{{ name }} | {{ name }}\n::end",
    "{% set label %}<b>Name</b>{% endset %}{{ label ~ ': ' ~ name }}",
    "{% set label %}<b>Name</b>{% endset %}{{ label + name }}",
    "{% set label %}<b>%s</b>{% endset %}{{ label % name }}",
    "{% set sep %}<br>{% endset %}{{ [name, name]|join(sep) }}",
    "{% macro m(x) %}<b>{{ x }}</b>{% endmacro %}{{ m(name) }}",
    "{% set l %}<b>x</b>{% endset %}{{ l|replace('x', name) }}",
    "{{ name|e }}",
    "{{ name|upper }}",
    "{% filter upper %}{{ name }}{% endfilter %}",
    "{% autoescape false %}{{ name }}{% endautoescape %}",
]


@pytest.mark.parametrize("template", INJECTIONS)
def test_markup_in_data_stays_literal_text(library, template):
    markup = library.render_string(template, {"name": EVIL})
    doc = parse(markup)
    kinds = {type(block).__name__ for block in doc}
    assert kinds <= {"Paragraph", "ListBlock", "Heading", "Table"}, doc
    assert len(doc) == 1
    assert "::pagebreak" not in markup.lower() and "&#58;&#58;pagebreak" in markup.lower()
    for text in (getattr(doc[0], "text", None), *getattr(doc[0], "items", ())):
        if text is not None:
            assert "<b>Bold" not in text and "<i>" not in text.replace("</b>", "")


def test_sandbox_keeps_useful_things(library):
    source = (
        "{% set ns = namespace(total=0) %}{% for x in items %}{% set ns.total = ns.total + x %}"
        "{% endfor %}{{ ns.total }} {{ items|join(', ') }} {{ 'abc'.upper() }} "
        "{{ d.items()|list|length }} {{ '%05.1f' % 3.14159 }} {{ [1, 2] * 2 }}"
        "{{ none }}|{{ '<b>' }}"
    )
    out = library.render_string(source, {"items": [1, 2, 3], "d": {"a": 1}, "none": None})
    assert out == "6 1, 2, 3 ABC 1 003.1 [1, 2, 1, 2]|&lt;b&gt;"


# -- MARKUP.md says exactly what the sandbox allows ----------------------------------------

MARKUP_MD = Path(sandbox.__file__).with_name("MARKUP.md")
# A row of the methods table in MARKUP.md (by how its first cell starts) and values of it.
METHOD_ROWS = {
    "text": ["x", Markup("<b>x</b>")],
    "mapping": [{"a": 1}],
    "list": [[1], (1,)],
    "`date`": [date(2026, 3, 2)],
    "`time`": [time_of_day(10, 30)],
    "`datetime`": [datetime(2026, 3, 2, 10, 30)],
    "numbers": [1, 1.5, Decimal("1.5"), {1}, frozenset({1}), range(3), b"x"],
}


def _documented_methods() -> dict[str, set[str]]:
    text = MARKUP_MD.read_text(encoding="utf-8")
    table = text[text.index("| value | methods allowed |") :].splitlines()[2:]
    rows: dict[str, set[str]] = {}
    for line in table:
        if not line.startswith("|"):
            break
        value, methods = (cell.strip() for cell in line.strip("|").split("|"))
        key = next(k for k in METHOD_ROWS if value.startswith(k))
        rows[key] = set(re.findall(r"`(\w+)`", methods))
    rows["`datetime`"] |= rows["`date`"]  # "those of `date`, and `date` `time`"
    return rows


def test_markup_md_lists_exactly_the_methods_templates_may_call():
    env = LetterEnvironment()
    documented = _documented_methods()
    assert set(documented) == set(METHOD_ROWS)
    for row, values in METHOD_ROWS.items():
        for value in values:
            allowed = {
                name
                for name in dir(value)
                if not name.startswith("_")
                and callable(getattr(value, name))
                and env.is_safe_attribute(value, name, getattr(value, name))
            }
            assert allowed == documented[row], (row, type(value).__name__)


def test_what_markup_md_says_about_methods_and_keys(library):
    data = {
        "checklist": {"items": [{"text": "Паспорт"}], "kind": "claim"},
        "fields": {"addressee": "Омбудсман\nАлматы", "reasons": "Долг."},
    }

    def render(source: str) -> str:
        return library.render_string(source, data)

    assert render("{% for i in checklist['items'] %}{{ i.text }}{% endfor %}") == "Паспорт"
    with pytest.raises(TemplateError, match="not iterable"):
        render("{% for i in checklist.items %}{{ i.text }}{% endfor %}")
    assert render("{{ checklist.kind }}|{{ fields.get('addressee').splitlines()|length }}") == (
        "claim|2"
    )
    assert render("{{ fields.get('request') }}|{{ fields.keys()|list|length }}") == "|2"
    assert render("{% for k, v in fields.items() %}{{ k }};{% endfor %}") == "addressee;reasons;"
    assert render("{{ (fields.reasons|trim).rstrip('.') }}") == "Долг"
    assert render("{{ fields.reasons|replace('Долг', 'Иск') }}") == "Иск."
    for source in (
        "{{ fields.reasons.replace('Долг', 'Иск') }}",
        "{{ ','.join(['a']) }}",
        "{{ fields.copy() }}",
        "{{ fields.update({}) }}",
    ):
        with pytest.raises(TemplateError, match="unsafe"):
            render(source)
