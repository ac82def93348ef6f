"""Text helpers shared by search and validation: folding, digits, control characters.

The folded key makes search behave the same on SQLite (whose ``lower()`` folds
only ASCII) and PostgreSQL: keys are folded in Python when written, and the
query is folded the same way, so the database only compares plain strings.
"""

from __future__ import annotations

import re
import unicodedata

# Kazakh letters folded to the Russian letters a Russian keyboard types, so that
# "курман" finds "Құрманғазы".
_FOLD = str.maketrans(
    {
        "ё": "е",
        "қ": "к",
        "ң": "н",
        "ғ": "г",
        "ұ": "у",
        "ү": "у",
        "ө": "о",
        "ә": "а",
        "і": "и",
        "һ": "х",
    }
)
_SPACES = re.compile(r"\s+")
_NOT_DIGIT = re.compile(r"\D+")
# Control characters, and lone UTF-16 surrogates: no keyboard types them, and neither
# SQLite nor PostgreSQL can store them (they are not encodable as UTF-8).
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]")


def fold(text: str | None) -> str:
    """Lower case, Kazakh and ё folded, spaces collapsed: the form search compares."""
    if not text:
        return ""
    text = unicodedata.normalize("NFC", text).lower().translate(_FOLD)
    return _SPACES.sub(" ", text).strip()


def digits(text: str | None) -> str:
    """Only the digits of ``text`` (for IIN, phone and case-number matching)."""
    return _NOT_DIGIT.sub("", text or "")


def has_control_chars(text: str, allow_newlines: bool = False) -> bool:
    """True when ``text`` holds control characters (NUL, escapes, lone surrogates) people never
    type."""
    if not allow_newlines and any(c in text for c in "\n\r\t\u2028\u2029"):
        return True
    return bool(_CONTROL.search(text))
