"""Printing for people and for programs: aligned tables, JSON, money.

Tables measure text by its width on a terminal, not its length, so columns stay
aligned with Kazakh and Russian names (width 1 a letter) as well as with wide
East Asian characters (2) and combining accents (0).
"""

from __future__ import annotations

import json
import sys
import unicodedata
from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from debtdesk.bundle.codec import jsonable


def text_width(text: str) -> int:
    """Columns ``text`` takes on a terminal."""
    width = 0
    for ch in text:
        if unicodedata.combining(ch) or unicodedata.category(ch) == "Cf":
            continue
        width += 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1
    return width


def _pad(text: str, width: int, right: bool) -> str:
    space = " " * (width - text_width(text))
    return space + text if right else text + space


def cell(value: Any) -> str:
    """A value as table text: nothing for None, ISO dates, money with two places."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "✓" if value else ""
    return str(jsonable(value))


def table(
    headers: Sequence[str], rows: Sequence[Sequence[Any]], *, right: Sequence[int] = ()
) -> str:
    """Rows under a header, columns separated by two spaces; ``right`` columns align right."""
    texts = [[cell(v) for v in row] for row in rows]
    widths = [text_width(h) for h in headers]
    for row in texts:
        for n, text in enumerate(row):
            widths[n] = max(widths[n], text_width(text))

    def line(values: Sequence[str]) -> str:
        return "  ".join(_pad(v, widths[n], n in right) for n, v in enumerate(values)).rstrip()

    out = [line(headers), "  ".join("-" * w for w in widths)]
    out.extend(line(row) for row in texts)
    return "\n".join(out)


def money(amount: Decimal | None, currency: str | None = None) -> str:
    """``1 500 000.00 KZT``: thousands apart the way advisors write them."""
    if amount is None:
        return ""
    text = f"{amount:,.2f}".replace(",", " ")
    return f"{text} {currency}" if currency else text


def print_json(value: Any) -> None:
    """``value`` as indented JSON on stdout, Kazakh and Russian letters kept readable."""
    json.dump(jsonable(value), sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def say(text: str) -> None:
    print(text, file=sys.stdout)


def note(text: str) -> None:
    """A remark for the person at the terminal, kept out of the output proper."""
    print(text, file=sys.stderr)
