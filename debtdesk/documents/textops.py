"""The PDF operators of a plain paragraph, written straight onto the canvas.

reportlab draws a paragraph through a text object: it saves the canvas state
(a copy of two dozen attributes), builds a ``PDFTextObject``, moves its cursor
and formats every line through several layers, then restores the state. For
the paragraphs of a letter (one font, lines already broken) that machinery
cost more than the text itself. :func:`plain_ops` writes the very same
operators, in the same order and with the same numbers, from the lines the
paragraph already has: the page content is byte for byte what
``Paragraph.drawPara`` writes (tests compare the two).

Two cases are written here: ``blPara.kind == 0`` (one fragment for the
whole paragraph, :func:`plain_ops`) and ``kind == 1`` (several fragments:
bold or italic runs, line breaks, :func:`frag_ops`, reportlab's
``_putFragLine`` on a text object), each with at most a text bullet and none
of reportlab's extras (background, border, underline, link, rise, auto
leading, RTL, shaping, images, text flowing around an image);
:func:`plain_drawable` and :func:`frag_drawable` say so, and anything else is
drawn by reportlab as before. The canvas's own state is left untouched, which is
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


def _laid_out_simply(paragraph: Any, canvas: Any, *, kind: int) -> Any | None:
    """The paragraph's broken lines (``blPara`` of ``kind``: 0 one font, 1 fragments)
    when nothing around the text asks more of the drawing than our operators do:
    no background, border, offsets or word wrap of another script, an alignment we
    write, a plain bullet, a bottom-up canvas without an enforced colour space."""
    blpara = getattr(paragraph, "blPara", None)
    if blpara is None or blpara.kind != kind or not blpara.lines:
        return None
    style = paragraph.style
    bullet = paragraph.bulletText
    if bullet and not _plain_bullet(bullet, style, canvas):
        return None
    if (
        hasattr(paragraph, "_offsets")
        or style.backColor
        or (getattr(style, "borderColor", None) and getattr(style, "borderWidth", None))
        or style.alignment not in _ALIGNMENTS
        or style.wordWrap
        or not canvas.bottomup
        or getattr(canvas, "_enforceColorSpace", None)
    ):
        return None
    return blpara


def plain_drawable(paragraph: Any, canvas: Any) -> bool:
    """True when :func:`plain_ops` writes what reportlab would for ``paragraph``."""
    blpara = _laid_out_simply(paragraph, canvas, kind=0)
    if blpara is None:
        return False
    style = paragraph.style
    color = blpara.textColor
    if (
        getattr(paragraph, "autoLeading", getattr(style, "autoLeading", ""))
        or getattr(blpara, "us_lines", None)
        or getattr(blpara, "link", None)
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


# Paragraphs of several fragments (``blPara.kind == 1``): a bold run, line breaks.


def frag_drawable(paragraph: Any, canvas: Any) -> bool:
    """True when :func:`frag_ops` writes what reportlab would for ``paragraph``.

    Text fragments in TrueType fonts and plain RGB colours only: no underline,
    strike or link, no background, rise, image or callback, and none of the
    paragraph extras :func:`plain_drawable` excludes.
    """
    blpara = _laid_out_simply(paragraph, canvas, kind=1)
    if blpara is None:
        return False
    style = paragraph.style
    if (
        style.endDots
        or getattr(paragraph, "autoLeading", getattr(style, "autoLeading", "")) not in ("", "off")
        or "preformatted" in type(paragraph).__name__.lower()
    ):
        return False
    fonts: dict[str, bool] = {}
    for line in blpara.lines:
        for f in line.words:
            color = f.textColor
            if (
                hasattr(f, "cbDefn")
                or f.us_lines
                or f.link
                or f.rise
                or getattr(f, "backColor", None)
                or not isinstance(f.text, str)
                or not isinstance(color, Color)
                or isinstance(color, CMYKColor)
                or not _alpha_unchanged(color, canvas)
            ):
                return False
            dynamic = fonts.get(f.fontName)
            if dynamic is None:
                dynamic = fonts[f.fontName] = bool(getFont(f.fontName)._dynamicFont)
            if not dynamic:
                return False
    return True


def frag_ops(paragraph: Any, canvas: Any) -> list[str]:
    """The operators reportlab's ``drawPara`` writes for a paragraph of several fragments.

    reportlab's ``_leftDrawParaLineX`` & co. and ``_putFragLine`` on a text
    object, for what :func:`frag_drawable` allows: per line the cursor
    moves, the word spacing of a justified line, and per fragment a colour
    when it changes and its text (a new font subset named when it changes).
    Call only when :func:`frag_drawable` is true, after ``wrap``.
    """
    blpara = paragraph.blPara
    style = paragraph.style
    lines = blpara.lines
    doc = canvas._doc
    first = lines[0]
    if rl_config.paraFontSizeHeightOffset:
        cur_y = paragraph.height - first.fontSize
    else:
        cur_y = paragraph.height - getattr(first, "ascent", first.fontSize)
    alignment = style.alignment
    justify_last = getattr(paragraph, "_JustifyLast", False)
    jllwc = style.justifyLastLine
    last_index = len(lines) - 1
    leading = style.leading
    offset = style.firstLineIndent + 0
    ops = ["q"]
    if paragraph.bulletText:
        bullet, bullet_end = _bullet_op(paragraph.bulletText, style, cur_y, doc)
        ops.append(bullet)
        offset = max(offset, bullet_end)
    code = ["BT", f"1 0 0 1 {fp_str(style.leftIndent, cur_y)} Tm"]
    # The text object's state, as _putFragLine keeps it.
    font_name: str | None = None
    font_size: float | None = None
    font: Any = None
    subset_now = -1
    tx_leading: float | None = None
    color_now: Any = None
    for index, line in enumerate(lines):
        last = not justify_last and index == last_index
        if last and jllwc and line.wordCount > jllwc:
            last = False
        if index:
            offset = 0
        extraspace = line.extraSpace
        words = line.words
        if alignment == TA_JUSTIFY:
            simple = line.lineBreak or -1e-8 < extraspace <= 1e-8 or (last and extraspace > -1e-8)
        else:
            simple = extraspace > -1e-8
        spaces = 0
        if not simple:
            spaces = line.wordCount + sum(w.text.count("\xa0") for w in words) - 1
            simple = spaces <= 0
        if alignment == TA_CENTER and simple:
            moved = offset + 0.5 * extraspace
        elif alignment == TA_RIGHT and simple:
            moved = offset + extraspace
        else:
            moved = offset
        shift = moved > 1e-6 or moved < -1e-6
        # reportlab's centred and right-aligned lines with word spacing do not
        # move to the offset first, yet move back from it after: so here too.
        if shift and (simple or alignment not in (TA_CENTER, TA_RIGHT)):
            _move(code, moved)
        if not simple:
            code.append(f"{fp_str(extraspace / float(spaces))} Tw")
        if tx_leading != leading:
            tx_leading = leading
            code.append(f"{fp_str(leading)} TL")
        end = words[-1]
        for f in words:
            if font_name != f.fontName or font_size != f.fontSize:
                font_name, font_size = f.fontName, f.fontSize
                font = getFont(font_name)
                subset_now = -1
            color = f.textColor
            if color_now != color:
                color_now = color
                code.append(f"{fp_str((color.red, color.green, color.blue))} rg")
                if getattr(color, "alpha", None) is not None:
                    doc.ensureMinPdfVersion("transparency")
            out: list[str] = []
            tmpl = None
            for subset, chunk in font.splitString(f.text, doc):
                if subset != subset_now:
                    if tmpl is None:
                        tmpl = f"{fp_str(font_size)} Tf {fp_str(tx_leading)} TL"
                    out.append(f"{font.getSubsetInternalName(subset, doc)} {tmpl}")
                    subset_now = subset
                out.append(f"({escapePDF(chunk)}) Tj")
            text = " ".join(out)
            code.append(f"{text} T*" if f is end else text)
        if not simple:
            code.append("0 Tw")
        if shift:
            _move(code, -moved)
    code.append("ET")
    ops.append(" ".join(code))
    ops.append("Q")
    return ops
