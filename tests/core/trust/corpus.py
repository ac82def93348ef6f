"""The bad-input corpus: what a tired advisor, a broken spreadsheet or a hostile file types.

Values are chosen per kind of field rule (``debtdesk.services.fields``), so every
field of every service schema gets the values that could hurt it. Each value
carries a label, which names the test case when it fails.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from decimal import Decimal
from typing import Any

from debtdesk.services import fields as f

LONG = "Ж" * 10_000
TEXT: list[tuple[str, Any]] = [
    ("10k-chars", LONG),
    ("10k-ascii", "x" * 10_000),
    ("nul", "Иван\x00Петров"),
    ("only-nul", "\x00"),
    ("control", "abc\x01\x07\x1b[31mdef"),
    ("del-c1", "abc\x7f\x85def"),
    ("newline", "line one\nline two\r\n"),
    ("tab", "a\tb"),
    ("line-separator", "a\u2028b"),
    ("rtl-arabic", "مرحبا بالعالم"),
    ("rtl-hebrew", "שלום עולם"),
    ("rtl-override", "\u202eevil.pdf\u202c"),
    ("bidi-isolates", "\u2067abc\u2069"),
    ("zero-width", "a\u200b\u200db\ufeff"),
    ("emoji", "👩‍👩‍👧 дом 🏠"),
    ("emoji-flags", "🇰🇿🇷🇺"),
    ("combining", "е\u0308 и\u0306 Z\u0351\u0352\u0353"),
    ("kazakh", "Құрманғазы Әбілқайыр"),
    ("sql-drop", "Robert'); DROP TABLE debtor;--"),
    ("sql-or", "' OR '1'='1' --"),
    ("sql-comment", "x/**/UNION/**/SELECT * FROM advisor"),
    ("like-wildcards", "%_\\%"),
    ("html", "<script>alert(1)</script>"),
    ("jinja", "{{ 7*7 }} {% for x in () %}"),
    ("format", "{0} {name} %s %(x)s"),
    ("lone-surrogate", "ab\ud800cd"),
    ("private-use", "\ue000\U000f0000"),
    ("non-character", "\uffff"),
    ("blank", "   "),
    ("empty", ""),
    ("none", None),
    ("number", 12345),
    ("float", 1.5),
    ("list", ["a", "b"]),
    ("dict", {"a": 1}),
    ("bool", True),
    ("bytes", b"bytes"),
]

DATES: list[tuple[str, Any]] = [
    ("0001-01-01", "0001-01-01"),
    ("9999-12-31", "9999-12-31"),
    ("date-min", date.min),
    ("date-max", date.max),
    ("datetime-max", datetime.max),
    ("feb-30", "2026-02-30"),
    ("year-0", "0000-01-01"),
    ("year-5-digits", "10000-01-01"),
    ("dotted", "30.11.2026"),
    ("words", "tomorrow"),
    ("sql", "2026-11-30'; DROP TABLE event;--"),
    ("nul", "2026-11-30\x00"),
    ("int", 20261130),
    ("float", 1.0e9),
    ("2100-12-31", "2100-12-31"),
    ("1995-01-01", "1995-01-01"),
    ("1950-01-01", "1950-01-01"),
    ("2000-02-29", "2000-02-29"),
    ("blank", " "),
    ("none", None),
]

AMOUNTS: list[tuple[str, Any]] = [
    ("1e20", "1e20"),
    ("1e20-decimal", Decimal("1e20")),
    ("1e20-float", 1e20),
    ("1e13", "10000000000000"),
    ("just-below-max", "9999999999999.99"),
    ("negative", "-1"),
    ("negative-zero", "-0"),
    ("NaN", "NaN"),
    ("sNaN", "sNaN"),
    ("Infinity", "Infinity"),
    ("-Infinity", "-Infinity"),
    ("nan-decimal", Decimal("NaN")),
    ("over-precise", "1.001"),
    ("over-precise-zeros", "1.10000"),
    ("tiny", "1e-30"),
    ("huge-exponent", "1e999999999"),
    ("tiny-exponent", "1e-999999999"),
    ("grouped-ru", "1 234 567,50"),
    ("grouped-nbsp", "1\u00a0234,5"),
    ("ambiguous", "1,234.56"),
    ("two-commas", "1,2,3"),
    ("fullwidth", "１２３"),
    ("arabic-indic", "١٢٣"),
    ("underscore", "1_000"),
    ("hex", "0x10"),
    ("words", "ten"),
    ("sql", "1; DROP TABLE loan"),
    ("nul", "1\x00"),
    ("float", 0.1),
    ("bool", True),
    ("int", 42),
    ("zero", "0"),
    ("blank", ""),
    ("none", None),
    ("list", [1]),
]

INTEGERS: list[tuple[str, Any]] = [
    ("negative", -1),
    ("huge", 10**20),
    ("int64-edge", 2**63),
    ("text-huge", "9" * 40),
    ("NaN", "NaN"),
    ("fraction", "1.5"),
    ("float", 2.5),
    ("exponent", "1e3"),
    ("bool", True),
    ("fullwidth", "３"),
    ("sql", "1 OR 1=1"),
    ("nul", "1\x00"),
    ("blank", " "),
    ("list", [1]),
    ("zero", 0),
    ("three", "3"),
]

REFS: list[tuple[str, Any]] = [
    ("zero", 0),
    ("negative", -5),
    ("huge", 10**20),
    ("int64-edge", 2**63),
    ("int32-edge", 2**31),
    ("text-huge", "9" * 40),
    ("missing", 999_999),
    ("sql", "1 OR 1=1"),
    ("float", 1.0),
    ("bool", True),
    ("nul", "1\x00"),
    ("list", [1]),
]

TIMES: list[tuple[str, Any]] = [
    ("25h", "25:00"),
    ("seconds", "10:30:59.999999"),
    ("tz", time(10, 30, tzinfo=UTC)),
    ("words", "noon"),
    ("nul", "10:00\x00"),
    ("int", 1030),
    ("max", time.max),
]

IINS: list[tuple[str, Any]] = [
    ("11-digits", "90010130012"),
    ("13-digits", "9001013001234"),
    ("fullwidth", "９００１０１３００１２３"),
    ("arabic-indic", "٩٠٠١٠١٣٠٠١٢٣"),
    ("int", 900101300123),
    ("month-13", "901301300123"),
    ("century-0", "900101000123"),
    ("bad-check", "900101300120"),
    ("spaces", " 9001 0130 0123 "),
    ("sql", "' OR 1=1 --"),
]

PHONES: list[tuple[str, Any]] = [
    ("too-long", "+7 701 123 45 67 89"),
    ("letters", "+7 701 CALL ME"),
    ("plus-only", "+"),
    ("int", 87011234567),
    ("fullwidth", "８７０１１２３４５６７"),
    ("many-plus", "++77011234567"),
    ("sql", "8701'; DROP TABLE--"),
]

FLAGS: list[tuple[str, Any]] = [("maybe", "maybe"), ("two", 2), ("list", [True]), ("nul", "\x00")]
TAGS: list[tuple[str, Any]] = [
    ("many", [f"t{n}" for n in range(100)]),
    ("long-tag", ["x" * 41]),
    ("nul-tag", ["a\x00b"]),
    ("nested", [["a"]]),
    ("dict", {"a": 1}),
    ("commas", "a,,b, ,c"),
    ("emoji", ["🏠", "👩‍👩‍👧"]),
]
CURRENCIES: list[tuple[str, Any]] = [
    ("long", "KZTX"),
    ("cyrillic", "ТГ"),
    ("lower", "usd"),
    ("digits", "123"),
    ("nul", "KZ\x00"),
]


def values_for(rule: Any) -> list[tuple[str, Any]]:
    """The corpus values worth throwing at a field checked by ``rule``."""
    if isinstance(rule, f.Amount):
        return AMOUNTS
    if isinstance(rule, f.Day):
        return DATES
    if isinstance(rule, f.Integer):
        return INTEGERS
    if isinstance(rule, f.Ref):
        return REFS
    if isinstance(rule, f.ClockTime):
        return TIMES + TEXT[:6]
    if isinstance(rule, f.Iin):
        return IINS + TEXT
    if isinstance(rule, f.Phone):
        return PHONES + TEXT
    if isinstance(rule, f.Flag):
        return FLAGS + TEXT[:4]
    if isinstance(rule, f.Tags):
        return TAGS + TEXT
    if isinstance(rule, f.Currency):
        return CURRENCIES + TEXT
    return TEXT  # Text, Choice and any rule built on them


# --- bundles -----------------------------------------------------------------------------------

MALFORMED_JSON: list[tuple[str, str]] = [
    ("empty", ""),
    ("whitespace", "   \n"),
    ("open-brace", "{"),
    ("list", "[]"),
    ("null", "null"),
    ("number", "42"),
    ("string", '"debtdesk-bundle"'),
    ("trailing-comma", '{"format": "debtdesk-bundle",}'),
    ("single-quotes", "{'format': 'debtdesk-bundle'}"),
    ("NaN", '{"format": NaN}'),
    ("Infinity", '{"format": Infinity}'),
    ("huge-number", '{"format": "debtdesk-bundle", "version": 1e999999}'),
    ("huge-int", '{"format": "debtdesk-bundle", "version": ' + "9" * 5000 + "}"),
    ("deep-nesting", "[" * 100_000 + "]" * 100_000),
    ("nul", '{"format": "debtdesk-bundle"\x00}'),
    ("wrong-format", '{"format": "something-else", "version": 1, "cases": []}'),
    ("future-version", '{"format": "debtdesk-bundle", "version": 99, "cases": []}'),
    ("cases-not-list", '{"format": "debtdesk-bundle", "version": 1, "cases": {}}'),
    ("case-not-object", '{"format": "debtdesk-bundle", "version": 1, "cases": [1]}'),
    ("unknown-key", '{"format": "debtdesk-bundle", "version": 1, "cases": [], "x": 1}'),
]
