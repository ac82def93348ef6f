"""Inline markup (``<b>``, ``<i>``, ``<u>``, ``<br>``, entities) to reportlab paragraph XML.

reportlab's own paragraph parser raises on unbalanced or unknown tags; templates
are written by volunteers, so this converter is forgiving instead: any other
``<`` or ``&`` is printed as it stands, and every text run is wrapped in its
own balanced tags. It also knows which face (bold, italic) prints each run and
replaces the characters that face lacks (see :func:`fonts.clean_text`).
"""

from __future__ import annotations

import re
from functools import lru_cache
from xml.sax.saxutils import escape as xml_escape

from debtdesk.documents.fonts import clean_text, face_name

_TOKEN = re.compile(r"<(/?)(b|strong|i|em|u|br)\s*/?>", re.IGNORECASE)
_ENTITY = re.compile(r"&(#[0-9]{1,7}|#x[0-9a-f]{1,6}|[a-z]{2,8});", re.IGNORECASE)
_ALIASES = {"strong": "b", "em": "i"}
_NAMED = {"amp": "&", "lt": "<", "gt": ">", "quot": '"', "apos": "'", "nbsp": "\xa0"}


def _entity(match: re.Match[str]) -> str:
    body = match.group(1).lower()
    if body in _NAMED:
        return _NAMED[body]
    if body.startswith("#"):
        try:
            code = int(body[2:], 16) if body.startswith("#x") else int(body[1:])
            if 0x20 <= code <= 0x10FFFF and not 0xD800 <= code <= 0xDFFF:
                return chr(code)
        except ValueError:
            pass
        return ""
    return match.group()


def decode_entities(text: str) -> str:
    """Plain text of ``text``'s entities; unknown ``&names;`` are left as typed."""
    if "&" not in text:
        return text
    return _ENTITY.sub(_entity, text)


def plain_text(markup: str) -> str:
    """``markup`` without tags and with entities decoded (for titles and search)."""
    text = _TOKEN.sub(lambda m: " " if m.group(2).lower() == "br" else "", markup)
    return " ".join(decode_entities(text).split())


@lru_cache(maxsize=8192)
def to_paragraph_xml(markup: str, family: str, bold: bool = False, italic: bool = False) -> str:
    """Balanced reportlab XML for ``markup`` printed in ``family`` (base weight/slant given).

    Kept for texts met again (the fixed wording of a template, once a letter
    of a batch): a pure function of its arguments, as the fonts never change.
    """
    depth = {"b": 0, "i": 0, "u": 0}
    out: list[str] = []
    pos = 0
    for match in _TOKEN.finditer(markup):
        _run(out, markup[pos : match.start()], family, bold, italic, depth)
        pos = match.end()
        tag = _ALIASES.get(match.group(2).lower(), match.group(2).lower())
        if tag == "br":
            out.append("<br/>")
        elif match.group(1):
            depth[tag] = max(0, depth[tag] - 1)
        else:
            depth[tag] += 1
    _run(out, markup[pos:], family, bold, italic, depth)
    return "".join(out)


def _run(
    out: list[str], text: str, family: str, bold: bool, italic: bool, depth: dict[str, int]
) -> None:
    if not text:
        return
    is_bold, is_italic = bold or depth["b"] > 0, italic or depth["i"] > 0
    plain = clean_text(decode_entities(text), face_name(family, is_bold, is_italic))
    piece = xml_escape(plain)
    if depth["u"]:
        piece = f"<u>{piece}</u>"
    if depth["i"]:
        piece = f"<i>{piece}</i>"
    if depth["b"]:
        piece = f"<b>{piece}</b>"
    out.append(piece)
