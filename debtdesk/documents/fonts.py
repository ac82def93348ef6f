"""Embedded TTF families for every PDF, and glyph coverage checks.

The fourteen built-in PDF fonts cannot print Cyrillic, Kazakh letters or ₸, so
every piece of text goes through a TrueType family bundled in
``resources/fonts`` (reportlab embeds a subset). Fonts are registered once, on
the first render, so that importing the core stays cheap.

A character the font lacks would print as an empty box (the font's ``.notdef``
glyph) without anyone noticing; :func:`clean_text` replaces it with U+FFFD (or
drops invisible format characters) so the gap is visible and nothing crashes.
Characters beyond U+FFFF (emoji) are replaced even where DejaVu Sans has a
glyph: reportlab writes their /ToUnicode entry as invalid hex, so the PDF's
text could not be searched or copied past them.
"""

from __future__ import annotations

import threading
import tomllib
import unicodedata
from collections.abc import Mapping
from itertools import groupby
from typing import Any

from reportlab import rl_config
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from debtdesk.errors import DebtdeskError
from debtdesk.i18n import _
from debtdesk.resources import resource_path

FACES = ("regular", "bold", "italic", "bold_italic")
REPLACEMENT = "\ufffd"

_lock = threading.Lock()
_cmaps: dict[str, Mapping[int, int]] = {}  # face name -> cmap (code point -> glyph)
# face name -> every character clean_text keeps as it is (a one-call check for a whole text)
_printable: dict[str, frozenset[str]] = {}
_families: tuple[str, ...] = ()


class _QuickTTFont(TTFont):
    """A TTFont that maps text already met in a document to its subset codes in C.

    reportlab's ``splitString`` walks every character of every line it draws in
    Python, looking up the code each one has in the document's font subsets: a
    tenth of a batch's time. Once every character of a text has its code (the
    usual case after the first page), the same runs of bytes come from
    ``str.translate``: each character becomes the character numbered by its
    code (a no-break space takes the code of the space, as reportlab maps it),
    and the text is cut where the subset (code // 256) changes, which a
    letter's alphabets reach once a batch has used more than 256 glyphs of a
    face. Anything else (a character not met yet, one the font lacks) takes
    reportlab's own path, which assigns the codes. The output is byte for byte
    the same.
    """

    def splitString(self, text: Any, doc: Any, encoding: str = "utf-8") -> Any:
        state = self.state.get(doc)
        if state is not None and isinstance(text, str) and text:
            # A line is mostly words already printed in this document: their
            # bytes joined by the space's byte, without a look at each character.
            words = state.__dict__.get("debtdesk_words")
            if words is not None:
                try:
                    return [(0, words[" "].join([words[word] for word in text.split(" ")]))]
                except KeyError:
                    pass
            assignments = state.assignments
            if getattr(state, "debtdesk_size", -1) != len(assignments):
                table = {code: chr(n) for code, n in assignments.items()}
                if 32 in assignments:
                    table[0xA0] = chr(assignments[32])
                state.debtdesk_table = table
                state.debtdesk_known = frozenset(chr(code) for code in table)
                state.debtdesk_size = len(assignments)
            if state.debtdesk_known.issuperset(text):
                mapped = text.translate(state.debtdesk_table)
                if max(mapped) < "\u0100":
                    encoded = mapped.encode("latin-1")
                    self._learn_words(state, text)
                    return [(0, encoded)]
                return [
                    (subset, bytes(ord(char) & 0xFF for char in run))
                    for subset, run in groupby(mapped, key=_subset_of)
                ]
        return super().splitString(text, doc, encoding)

    @staticmethod
    def _learn_words(state: Any, text: str) -> None:
        """Keep the bytes of ``text``'s words (all in the first subset) for the next lines.

        Only texts whose every character has a code below 256 come here, so
        each word's bytes are its characters' codes in the first subset, and a
        line of known words is their bytes joined by the space's: the same
        bytes the character-by-character mapping gives. Codes once given never
        change within a document, so what is kept stays right.
        """
        words = state.__dict__.get("debtdesk_words")
        if words is None:
            table = state.debtdesk_table
            if 32 not in table or table[32] >= "\u0100":
                return
            words = state.debtdesk_words = {" ": table[32].encode("latin-1")}
        if len(words) > _WORDS_LIMIT:
            return
        table = state.debtdesk_table
        for word in text.split(" "):
            if word not in words:
                words[word] = word.translate(table).encode("latin-1")


_WORDS_LIMIT = 200_000  # words kept per font and document (a batch uses a few thousand)


def _subset_of(char: str) -> int:
    return ord(char) >> 8


def face_name(family: str, bold: bool = False, italic: bool = False) -> str:
    """Registered reportlab name of one face, e.g. ``sans-bold``."""
    suffix = {(False, False): "", (True, False): "-bold", (False, True): "-italic"}
    return family + suffix.get((bold, italic), "-bolditalic")


def ensure_fonts() -> tuple[str, ...]:
    """Register every family of ``fonts.toml`` once; return the family names."""
    global _families
    if _families:
        return _families
    with _lock:
        if not _families:
            _families = _register_all()
    return _families


def _register_all() -> tuple[str, ...]:
    # ASCII85 wrapping of streams makes files a quarter larger and, without
    # reportlab's optional C accelerator, costs milliseconds a page; the PDFs we
    # write are binary files anyway. reportlab reads this process-wide setting.
    rl_config.useA85 = 0
    with resource_path("fonts", "fonts.toml").open("rb") as fh:
        table = tomllib.load(fh)
    for family, files in table.items():
        missing = [face for face in FACES if face not in files]
        if missing:
            raise DebtdeskError(
                _("Font family {family} lacks faces: {faces}").format(
                    family=family, faces=", ".join(missing)
                )
            )
        names = {}
        for face in FACES:
            bold, italic = face in ("bold", "bold_italic"), face in ("italic", "bold_italic")
            name = face_name(family, bold, italic)
            font = _QuickTTFont(name, str(resource_path("fonts", files[face])))
            pdfmetrics.registerFont(font)
            _cmaps[name] = font.face.charToGlyph
            _printable[name] = frozenset(
                chr(code)
                for code in font.face.charToGlyph
                if code <= 0xFFFF and not 0xFE00 <= code <= 0xFE0F
            )
            names[face] = name
        # Maps the family both ways, so <i> inside a bold heading finds bold-italic.
        pdfmetrics.registerFontFamily(
            family,
            normal=names["regular"],
            bold=names["bold"],
            italic=names["italic"],
            boldItalic=names["bold_italic"],
        )
    return tuple(table)


def has_glyph(char: str, face: str) -> bool:
    """True when ``face`` (a registered face name) can print ``char``."""
    ensure_fonts()
    return ord(char) in _cmaps[face]


def unsupported_characters(text: str, family: str = "sans") -> list[str]:
    """Characters of ``text`` the regular face of ``family`` cannot print (for warnings)."""
    ensure_fonts()
    cmap = _cmaps[face_name(family)]
    seen: dict[str, None] = {}
    for char in text:
        if (ord(char) not in cmap or ord(char) > 0xFFFF) and not _invisible(char):
            seen[char] = None
    return list(seen)


def _invisible(char: str) -> bool:
    # Format characters (ZWJ, BOM), controls and variation selectors print nothing:
    # an emoji's selector must not add a second replacement mark.
    code = ord(char)
    return (
        unicodedata.category(char) in ("Cf", "Cc")
        or 0xFE00 <= code <= 0xFE0F
        or 0xE0100 <= code <= 0xE01EF
    )


def clean_text(text: str, face: str) -> str:
    """``text`` with characters ``face`` lacks replaced by U+FFFD, invisible ones dropped."""
    if text.isascii() and text.isprintable():
        return text
    ensure_fonts()
    if _printable[face].issuperset(text):  # nearly every text: no character to look at
        return text
    cmap = _cmaps[face]
    out: list[str] = []
    for char in text:
        code = ord(char)
        if 0xFE00 <= code <= 0xFE0F or 0xE0100 <= code <= 0xE01EF:
            continue  # variation selectors: some fonts map them, but to nothing useful
        if code in cmap and code <= 0xFFFF:
            out.append(char)
        elif char in "\t\n\r":
            out.append(" ")
        elif not _invisible(char):
            out.append(REPLACEMENT if 0xFFFD in cmap else "?")
    return "".join(out)
