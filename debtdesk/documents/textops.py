"""The PDF operators of a plain paragraph, written straight onto the canvas.

reportlab draws a paragraph through a text object: it saves the canvas state
(a copy of two dozen attributes), builds a ``PDFTextObject``, moves its cursor
and formats every line through several layers, then restores the state. For
the paragraphs of a letter (one font, lines already broken) that machinery
cost more than the text itself. :func:`plain_ops` writes the very same
operators, in the same order and with the same numbers, from the lines the
paragraph already has: the page content is byte for byte what
``Paragraph.drawPara`` writes (tests compare the two).

Only the case reportlab handles with ``blPara.kind == 0`` (one fragment for
the whole paragraph), with at most a text bullet, and none of its extras (background, border,
underline, link, auto leading, RTL, shaping, text flowing around an image)
is written here; :func:`plain_drawable` says so, and anything else is drawn
by reportlab as before. The canvas's own state is left untouched, which is
what reportlab's ``saveState``/``restoreState`` pair amounts to.
"""

from __future__ import annotations

from typing import Any

from reportlab import rl_config
from reportlab.lib.colors import CMYKColor, Color
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.rl_accel import escapePDF, fp_str
from reportlab.pdfbase.pdfmetrics import getFont, stringWidth
from reportlab.pdfgen.canvas import ExtGState

_ALIGNMENTS = (TA_LEFT, TA_CENTER, TA_RIGHT, TA_JUSTIFY)
_FILL_ALPHA_DEFAULT = ExtGState.defaults["ca"]


def plain_drawable(paragraph: Any, canvas: Any) -> bool:
    """True when :func:`plain_ops` writes what reportlab would for ``paragraph``."""
    blpara = getattr(paragraph, "blPara", None)
    if blpara is None or blpara.kind != 0 or not blpara.lines:
        return False
    style = paragraph.style
    color = blpara.textColor
    bullet = paragraph.bulletText
    if bullet and not _plain_bullet(bullet, style, canvas):
        return False
    if (
        hasattr(paragraph, "_offsets")
        or style.backColor
        or (getattr(style, "borderColor", None) and getattr(style, "borderWidth", None))
        or style.alignment not in _ALIGNMENTS
        or style.wordWrap
        or getattr(paragraph, "autoLeading", getattr(style, "autoLeading", ""))
        or getattr(blpara, "us_lines", None)
        or getattr(blpara, "link", None)
        or not canvas.bottomup
        or getattr(canvas, "_enforceColorSpace", None)
        or not isinstance(color, Color)
        or isinstance(color, CMYKColor)
    ):
        return False
    # reportlab sets the colour's alpha too; that writes nothing when it is already set.
    if not _alpha_unchanged(color, canvas):
        return False
    return bool(getFont(blpara.fontName)._dynamicFont)


def _alpha_unchanged(color: Color, canvas: Any) -> bool:
    """True when setting ``color`` writes no transparency operator (its alpha is already set)."""
    alpha = getattr(color, "alpha", None)
    return alpha is None or alpha == canvas._extgstate._d.get("ca", _FILL_ALPHA_DEFAULT)


def _plain_bullet(bullet: Any, style: Any, canvas: Any) -> bool:
    """True for a bullet :func:`_bullet_op` writes as reportlab's ``_drawBullet`` does."""
    color = getattr(style, "bulletColor", style.textColor)
    return (
        isinstance(bullet, str)
        and style.bulletAnchor == "start"
        and isinstance(color, Color)
        and not isinstance(color, CMYKColor)
        and _alpha_unchanged(color, canvas)
        and bool(getFont(style.bulletFontName)._dynamicFont)
    )


def _bullet_op(bullet: str, style: Any, cur_y: float, doc: Any) -> tuple[str, float]:
    """reportlab's ``_drawBullet`` (a text bullet anchored at its start): its operator
    and where the bullet ends, relative to the paragraph's left indent.
    """
    font_name, size = style.bulletFontName, style.bulletFontSize
    font = getFont(font_name)
    color = getattr(style, "bulletColor", style.textColor)
    x = style.bulletIndent - 0  # reportlab subtracts the bullet width, 0 for this anchor
    y = cur_y + getattr(style, "bulletOffsetY", 0)
    if getattr(color, "alpha", None) is not None:
        doc.ensureMinPdfVersion("transparency")
    tmpl = f"{fp_str(size)} Tf {fp_str(size * 1.2)} TL"
    out: list[str] = []
    subset_now = -1
    for subset, chunk in font.splitString(bullet, doc):
        if subset != subset_now:
            out.append(f"{font.getSubsetInternalName(subset, doc)} {tmpl}")
            subset_now = subset
        out.append(f"({escapePDF(chunk)}) Tj")
    rgb = fp_str((color.red, color.green, color.blue))
    op = f"BT 1 0 0 1 {fp_str(x, y)} Tm {rgb} rg {' '.join(out)} ET"
    end = x + stringWidth(bullet, font_name, size) + size * 0.6
    return op, end - style.leftIndent


def _move(code: list[str], dx: float) -> None:
    """``PDFTextObject.moveCursor(dx, 0)``: merged into a ``Td`` just written, as reportlab does."""
    dy = 0.0
    last = code[-1]
    if last.endswith(" Td"):
        parts = last.split()
        if len(parts) == 3:
            del code[-1]
        else:
            code[-1] = "".join(parts[:-4])
        dx += float(parts[-3])
        dy -= float(parts[-2])
    code.append(f"{fp_str(dx, -dy)} Td")


def plain_ops(paragraph: Any, canvas: Any) -> list[str]:
    """The operators reportlab's ``drawPara`` writes for ``paragraph`` (see the module).

    Call only when :func:`plain_drawable` is true, after ``wrap``.
    """
    blpara = paragraph.blPara
    style = paragraph.style
    lines = blpara.lines
    color = blpara.textColor
    if getattr(color, "alpha", None) is not None:
        canvas._doc.ensureMinPdfVersion("transparency")  # as setFillAlpha does
    font_size = blpara.fontSize
    if rl_config.paraFontSizeHeightOffset:
        cur_y = paragraph.height - font_size
    else:
        cur_y = paragraph.height - getattr(blpara, "ascent", font_size)
    alignment = style.alignment
    justify_last = getattr(paragraph, "_JustifyLast", False)
    jllwc = style.justifyLastLine
    last_index = len(lines) - 1

    font = getFont(blpara.fontName)
    doc = canvas._doc
    tmpl = f"{fp_str(font_size)} Tf {fp_str(style.leading)} TL"
    subset_now = -1
    first_offset = style.firstLineIndent + 0
    ops = ["q"]
    if paragraph.bulletText:
        bullet, bullet_end = _bullet_op(paragraph.bulletText, style, cur_y, doc)
        ops.append(bullet)
        first_offset = max(first_offset, bullet_end)
    code = ["BT", f"1 0 0 1 {fp_str(style.leftIndent, cur_y)} Tm"]
    for index, (extraspace, words) in enumerate(lines):
        last = not justify_last and index == last_index
        if last and jllwc and len(words) > jllwc:
            last = False
        offset = first_offset if index == 0 else 0
        text = " ".join(words)
        # reportlab's _leftDrawParaLine & co.: "simple" lines get no word spacing
        if alignment == TA_JUSTIFY:
            simple = -1e-8 < extraspace <= 1e-8 or (last and extraspace > -1e-8)
        else:
            simple = extraspace > -1e-8
        spaces = 0
        if not simple:
            spaces = len(words) + text.count("\xa0") - 1
            simple = spaces <= 0
        moved = offset
        if simple and alignment == TA_CENTER:
            moved = offset + 0.5 * extraspace
        elif simple and alignment == TA_RIGHT:
            moved = offset + extraspace
        shift = moved > 1e-6 or moved < -1e-6
        if simple:
            if shift:
                _move(code, moved)
        elif alignment in (TA_CENTER, TA_RIGHT):  # these set the spacing before moving
            code.append(f"{fp_str(extraspace / float(spaces))} Tw")
            if shift:
                _move(code, moved)
        else:
            if shift:
                _move(code, moved)
            code.append(f"{fp_str(extraspace / float(spaces))} Tw")
        out: list[str] = []
        for subset, chunk in font.splitString(text, doc):
            if subset != subset_now:
                out.append(f"{font.getSubsetInternalName(subset, doc)} {tmpl}")
                subset_now = subset
            out.append(f"({escapePDF(chunk)}) Tj")
        code.append(" ".join(out) + " T*")
        if not simple:
            code.append("0 Tw")
        if shift:
            _move(code, -moved)
    code.append("ET")
    ops.append(f"{fp_str((color.red, color.green, color.blue))} rg")
    ops.append(" ".join(code))
    ops.append("Q")
    return ops
