"""Style sheets as data: ``resources/styles/<name>.toml`` turned into reportlab styles.

Like rst2pdf, one base sheet holds every setting and overlays (large print)
name it as ``parent`` and list only what differs; inside a sheet a paragraph
style may name another as ``parent`` too. Keeping sizes and margins in TOML
lets the look be tuned without touching code, and lets tests assert on it.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from reportlab.lib import colors, pagesizes
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm

from debtdesk.documents.errors import TemplateError
from debtdesk.documents.fonts import ensure_fonts, face_name
from debtdesk.i18n import _
from debtdesk.resources import resource_path

_ALIGN = {"left": TA_LEFT, "right": TA_RIGHT, "center": TA_CENTER, "justify": TA_JUSTIFY}
_STYLE_KEYS = {
    "parent", "font", "size", "leading", "align", "space_before", "space_after",
    "left_indent", "right_indent", "first_line_indent", "color", "bold", "italic",
    "keep_with_next",
}  # fmt: skip
_MAX_DEPTH = 8
REQUIRED_STYLES = (
    "body", "title", "h1", "h2", "h3", "right", "center", "note", "list", "addressee",
    "sender", "table", "table_header", "notice", "notice_title", "check", "write_hint",
    "signature", "signature_caption",
)  # fmt: skip


@dataclass(frozen=True)
class TextStyle:
    """One resolved paragraph style: what a block needs to lay out its text."""

    name: str
    family: str
    bold: bool
    italic: bool
    size: float
    leading: float
    paragraph: ParagraphStyle

    @property
    def face(self) -> str:
        return face_name(self.family, self.bold, self.italic)


@dataclass(frozen=True, eq=False)
class StyleSheet:
    """A resolved sheet: page geometry (points), block settings, paragraph styles.

    Compared and hashed by identity: sheets are cached singletons, and derived
    paragraph styles are cached per sheet.
    """

    name: str
    page_size: tuple[float, float]
    margins: tuple[float, float, float, float]  # top, right, bottom, left
    page: dict[str, Any]
    blocks: dict[str, Any]
    styles: dict[str, TextStyle]

    def __getitem__(self, name: str) -> TextStyle:
        return self.styles[name]

    def color(self, key: str) -> colors.Color:
        return colors.HexColor(self.blocks[key])

    @property
    def frame_width(self) -> float:
        return self.page_size[0] - self.margins[1] - self.margins[3]

    @property
    def frame_height(self) -> float:
        return self.page_size[1] - self.margins[0] - self.margins[2]

    def footer_text(self, lang: str, page: int, total: int) -> str:
        texts = self.page.get("footer_text", {})
        pattern = texts.get(lang) or texts.get("en") or "{page} / {total}"
        return str(pattern).format(page=page, total=total)


def _sheet_error(name: str, problem: str) -> TemplateError:
    return TemplateError(f"styles/{name}.toml", None, problem)


def _merge(base: dict[str, Any], over: dict[str, Any]) -> dict[str, Any]:
    """Deep merge: tables merge key by key, anything else in ``over`` wins."""
    out = dict(base)
    for key, value in over.items():
        if isinstance(value, dict) and isinstance(out.get(key), dict):
            out[key] = _merge(out[key], value)
        else:
            out[key] = value
    return out


def _load_raw(name: str, depth: int = 0) -> dict[str, Any]:
    if depth > _MAX_DEPTH or not name.replace("_", "").isalnum():
        raise _sheet_error(name, _("style sheet parents form a loop or the name is invalid"))
    path = resource_path("styles", f"{name}.toml")
    try:
        with path.open("rb") as fh:
            data = tomllib.load(fh)
    except FileNotFoundError:
        raise _sheet_error(name, _("no such style sheet")) from None
    except tomllib.TOMLDecodeError as exc:
        raise _sheet_error(name, str(exc)) from None
    parent = data.pop("parent", None)
    return _merge(_load_raw(str(parent), depth + 1), data) if parent else data


def _resolve(name: str, raw: dict[str, dict[str, Any]], sheet: str) -> dict[str, Any]:
    chain: list[dict[str, Any]] = []
    current: str | None = name
    while current is not None:
        if current not in raw or len(chain) > _MAX_DEPTH:
            raise _sheet_error(
                sheet, _("style {name} has a missing or looping parent").format(name=name)
            )
        chain.append(raw[current])
        current = raw[current].get("parent")
    merged: dict[str, Any] = {}
    for layer in reversed(chain):
        merged.update(layer)
    unknown = set(merged) - _STYLE_KEYS
    if unknown:
        raise _sheet_error(
            sheet,
            _("style {name} has unknown keys: {keys}").format(
                name=name, keys=", ".join(sorted(unknown))
            ),
        )
    return merged


def _text_style(name: str, spec: dict[str, Any]) -> TextStyle:
    family = str(spec.get("font", "serif"))
    bold, italic = bool(spec.get("bold", False)), bool(spec.get("italic", False))
    size = float(spec.get("size", 11))
    leading = float(spec.get("leading", size * 1.3))
    paragraph = ParagraphStyle(
        name,
        fontName=face_name(family, bold, italic),
        fontSize=size,
        leading=leading,
        alignment=_ALIGN[str(spec.get("align", "left"))],
        spaceBefore=float(spec.get("space_before", 0)),
        spaceAfter=float(spec.get("space_after", 0)),
        leftIndent=float(spec.get("left_indent", 0)),
        rightIndent=float(spec.get("right_indent", 0)),
        firstLineIndent=float(spec.get("first_line_indent", 0)),
        textColor=colors.HexColor(str(spec.get("color", "#000000"))),
        keepWithNext=int(bool(spec.get("keep_with_next", False))),
        bulletFontName=face_name(family),
        bulletFontSize=size,
        allowWidows=0,
        allowOrphans=0,
    )
    return TextStyle(name, family, bold, italic, size, leading, paragraph)


@lru_cache(maxsize=8)
def load_stylesheet(name: str = "base") -> StyleSheet:
    """The resolved sheet ``name`` (``base``, ``large``), parents and overlays applied."""
    families = ensure_fonts()
    raw = _load_raw(name)
    page = raw.get("page", {})
    size = getattr(pagesizes, str(page.get("size", "A4")).upper(), None)
    if not isinstance(size, tuple):
        raise _sheet_error(name, _("unknown paper size {size}").format(size=page.get("size")))
    margins = tuple(
        float(page.get(f"margin_{side}", 20)) * mm for side in ("top", "right", "bottom", "left")
    )
    styles: dict[str, TextStyle] = {}
    raw_styles = raw.get("styles", {})
    for style_name in raw_styles:
        spec = _resolve(style_name, raw_styles, name)
        if spec.get("font", "serif") not in families or spec.get("align", "left") not in _ALIGN:
            raise _sheet_error(
                name, _("style {name} has an unknown font or alignment").format(name=style_name)
            )
        styles[style_name] = _text_style(style_name, spec)
    missing = [style for style in REQUIRED_STYLES if style not in styles]
    if missing:
        raise _sheet_error(name, _("styles missing: {names}").format(names=", ".join(missing)))
    return StyleSheet(
        name=name,
        page_size=(float(size[0]), float(size[1])),
        margins=(margins[0], margins[1], margins[2], margins[3]),
        page=page,
        blocks=raw.get("blocks", {}),
        styles=styles,
    )
