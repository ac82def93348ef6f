"""Line breaking of paragraphs with several fragments (bold runs, ``<br/>``), as reportlab does it.

A letter's addresses, sender blocks and sentences with a bold amount differ
from debtor to debtor, so the paragraph memo cannot reuse their lines: each
went through reportlab's ``Paragraph.breakLines`` for several fragments,
which measures every word with ``stringWidth`` (again for every letter) and
every space once per word on the line. :func:`break_frag_lines` is the same
algorithm - ``_getFragWords`` then the greedy loop of ``breakLines``'s
second case, the same sums in the same order - with word widths looked up in
the document's table of measured words. It returns the very same
``ParaLines`` and fragment words (tests compare them, and the drawn pages,
with reportlab's).

Only what the letters use is handled: text fragments and line breaks, no
images or callbacks, soft hyphens, hyphenation, right-to-left text, shaping
or automatic leading, and no word wider than its line (reportlab splits
those). For anything else it returns None before changing anything, and the
caller hands the paragraph to reportlab.
"""

from __future__ import annotations

from collections.abc import Callable
from string import whitespace
from typing import Any

from reportlab.lib.rl_accel import sameFrag
from reportlab.pdfbase.pdfmetrics import getAscentDescent, getFont
from reportlab.platypus.paragraph import (
    _FK_BREAK,
    _FK_TEXT,
    FragLine,
    ParaLines,
    _HSFrag,
    lstrip,
    split,
)

Widths = dict[tuple[str, float], dict[str, float]]


class _Measure:
    """``stringWidth(text, font, size)``, each (font, size, text) measured once per document."""

    __slots__ = ("bounds", "known", "tables")

    def __init__(self, known: Widths) -> None:
        self.known = known
        self.tables: dict[tuple[str, float], tuple[dict[str, float], Callable[..., float]]] = {}
        self.bounds: dict[tuple[str, float], tuple[float, float]] = {}

    def ascent_descent(self, font_name: str, font_size: float) -> tuple[float, float]:
        """``getAscentDescent``, asked once per font and size for a paragraph."""
        key = (font_name, font_size)
        found = self.bounds.get(key)
        if found is None:
            found = self.bounds[key] = getAscentDescent(font_name, font_size)
        return found

    def __call__(self, text: str, font_name: str, font_size: float) -> float:
        key = (font_name, font_size)
        found = self.tables.get(key)
        if found is None:
            found = self.tables[key] = (
                self.known.setdefault(key, {}),
                getFont(font_name).stringWidth,
            )
        table, measure = found
        width = table.get(text)
        if width is None:
            width = table[text] = measure(text, font_size, "utf8")
        return width


def frag_breakable(frags: list[Any], style: Any, autoleading: Any) -> bool:
    """True when :func:`break_frag_lines` handles ``frags`` in ``style`` (see the module)."""
    if len(frags) < 2 or autoleading not in ("", "off", None):
        return False
    if style.wordWrap or style.endDots or style.shaping:
        return False
    for f in frags:
        if isinstance(f, list) or hasattr(f, "cbDefn"):
            return False  # processed fragment words, or an image / callback
        text = getattr(f, "text", None)
        if not isinstance(text, str) or "\xad" in text:
            return False
        if not text and not hasattr(f, "lineBreak"):
            return False
    return True


def _frag_words(frags: list[Any], width: _Measure) -> list[list[Any]]:
    """reportlab's ``_getFragWords`` for text fragments and line breaks only."""
    out: list[list[Any]] = []
    word: list[Any] = []
    n: float = 0  # an int until a width is added, as in reportlab
    hanging_strip = True
    for f in frags:
        text = f.text
        if text != "":
            f._fkind = _FK_TEXT
            if hanging_strip:
                text = lstrip(text)
                if not text:
                    continue
                hanging_strip = False
            parts = split(text)
            if text[0] in whitespace or not parts:
                if word:
                    word.insert(0, n)
                    out.append(word)
                    follows_space = False
                    word = []
                    n = 0
                else:
                    follows_space = bool(out) and isinstance(out[-1], _HSFrag)
                if not follows_space:
                    parts.insert(0, "")
                elif not parts:
                    continue
            for w in parts[:-1]:
                word.append((f, w))
                n += width(w, f.fontName, f.fontSize)
                word.insert(0, n)
                out.append(_HSFrag(word))
                word = []
                n = 0
            w = parts[-1]
            word.append((f, w))
            n += width(w, f.fontName, f.fontSize)
            if text and text[-1] in whitespace:
                word.insert(0, n)
                out.append(_HSFrag(word))
                word = []
                n = 0
        else:  # a line break (frag_breakable let nothing else through)
            if word:
                word.insert(0, n)
                out.append(word)
                word = []
                n = 0
            f._fkind = _FK_BREAK
            out.append([0, (f, "")])
            hanging_strip = True
    if word:
        word.insert(0, n)
        out.append(word)
    if not out and frags:
        f = frags[0]
        f._fkind = _FK_TEXT
        out = [[0, (f, "")]]
    return out


def break_frag_lines(
    frags: list[Any], style: Any, max_widths: list[float], known: Widths
) -> tuple[Any, list[Any], float] | None:
    """The second case of reportlab's ``Paragraph.breakLines`` (see the module).

    ``max_widths`` is the list of line widths after the bullet's share is
    taken off (reportlab's ``_handleBulletWidth``). Returns the ``ParaLines``,
    the fragment words (reportlab's new ``self.frags``) and the widest line,
    or None when reportlab would split a word wider than its line.
    """
    width = _Measure(known)
    bounds = width.ascent_descent
    justify_breaks = not style.justifyBreaks
    shrinkage = style.spaceShrinkage
    split_long = style.splitLongWords
    maxlineno = len(max_widths) - 1
    lineno = 0
    max_width = max_widths[0]
    width_max: float = 0
    lines: list[Any] = []
    pending = _frag_words(frags, width)
    pending.reverse()  # popped from the end: reportlab's pop(0) without its cost
    fw: list[Any] = []
    words: list[Any] = []
    first_fw = 0
    n = 0
    space_width: float = 0
    current: float = 0
    max_size: float = 0
    max_ascent = min_descent = 0.0
    g: Any = None
    while pending:
        w = pending.pop()
        fw.append(w)
        f = w[-1][0]
        font_name = f.fontName
        font_size = f.fontSize
        if not words:
            n = 0
            space_width = current = 0
            max_size = font_size
            max_ascent, min_descent = bounds(font_name, font_size)
        word_width = w[0]
        f = w[1][0]
        new_width = current + space_width + word_width if word_width > 0 else current
        line_break = f._fkind == _FK_BREAK
        lim_width = max_width
        if shrinkage:
            shrink = space_width
            for wi in words:
                if wi._fkind == _FK_TEXT:
                    ns = wi.text.count(" ")
                    if ns:
                        shrink += ns * width(" ", wi.fontName, wi.fontSize)
            shrink *= shrinkage
            lim_width += shrink
        if not line_break and new_width > lim_width and split_long:
            nmw = min(lineno, maxlineno)
            if word_width > max(max_widths[nmw : nmw + 1]):
                return None  # reportlab splits this word
        if not ((new_width > lim_width and n > 0) or line_break):
            text = w[1][1]
            if text:
                n += 1
            font_size = f.fontSize
            ascent, descent = bounds(f.fontName, font_size)
            max_size = max(max_size, font_size)
            max_ascent = max(max_ascent, ascent)
            min_descent = min(min_descent, descent)
            if not words:
                g = f.clone()
                words = [g]
                g.text = text
            elif not sameFrag(g, f):
                if space_width:
                    i = len(words) - 1
                    while i >= 0:
                        wi = words[i]
                        i -= 1
                        if wi._fkind == _FK_TEXT:
                            if not wi.text.endswith(" "):
                                wi.text += " "
                            break
                g = f.clone()
                words.append(g)
                g.text = text
            elif space_width:
                if not g.text.endswith(" "):
                    g.text += " " + text
                else:
                    g.text += text
            else:
                g.text += text
            space_width = width(" ", font_name, font_size) if isinstance(w, _HSFrag) else 0
            real = 0
            for piece in w[2:]:
                g = piece[0].clone()
                g.text = piece[1]
                if g.text:
                    real = 1
                words.append(g)
                font_size = g.fontSize
                ascent, descent = bounds(g.fontName, font_size)
                max_size = max(max_size, font_size)
                max_ascent = max(max_ascent, ascent)
                min_descent = min(min_descent, descent)
            if not text and real:
                n += 1
            current = new_width
            continue
        if line_break:
            g = f.clone()
            words.append(g)
            llb = justify_breaks
        else:
            llb = False
        if current > width_max:
            width_max = current
        lines.append(
            FragLine(
                extraSpace=max_width - current,
                wordCount=n,
                lineBreak=llb,
                words=words,
                fontSize=max_size,
                ascent=max_ascent,
                descent=min_descent,
                maxWidth=max_width,
                sFW=first_fw,
            )
        )
        first_fw = len(fw) - 1
        lineno += 1
        max_width = max_widths[min(maxlineno, lineno)]
        if line_break:
            words = []
            continue
        space_width = width(" ", font_name, font_size) if isinstance(w, _HSFrag) else 0
        current = word_width
        n = 1
        g = f.clone()
        max_size = g.fontSize
        max_ascent, min_descent = bounds(g.fontName, max_size)
        words = [g]
        g.text = w[1][1]
        for piece in w[2:]:
            g = piece[0].clone()
            g.text = piece[1]
            words.append(g)
            font_size = g.fontSize
            ascent, descent = bounds(g.fontName, font_size)
            max_size = max(max_size, font_size)
            max_ascent = max(max_ascent, ascent)
            min_descent = min(min_descent, descent)
    if words:
        if current > width_max:
            width_max = current
        lines.append(
            FragLine(
                extraSpace=max_width - current,
                wordCount=n,
                lineBreak=False,
                words=words,
                fontSize=max_size,
                ascent=max_ascent,
                descent=min_descent,
                maxWidth=max_width,
                sFW=first_fw,
            )
        )
    return ParaLines(kind=1, lines=lines), fw, width_max
