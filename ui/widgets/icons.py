"""Icons drawn by us (``resources/icons/*.svg``), coloured from the palette when loaded.

The SVG files are single-colour strokes in ``currentColor``. Qt's SVG renderer
does not follow ``currentColor``, so the text is recoloured before rendering:
the same file gives dark strokes on the light palette and light strokes in dark
mode, and a second colour for the selected state (drawn on the accent).
Rendered pixmaps are cached by name, size and colour: the rail repaints often.
"""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QByteArray, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer

from debtdesk.resources import resource_path

ICON_SIZE = 24
_PLACEHOLDER = "currentColor"


@lru_cache(maxsize=32)
def _svg_text(name: str) -> str:
    return resource_path("icons", f"{name}.svg").read_text(encoding="utf-8")


@lru_cache(maxsize=64)
def has_icon(name: str) -> bool:
    # Asked on every paint of the rail: the files do not come and go while it runs.
    return resource_path("icons", f"{name}.svg").is_file()


@lru_cache(maxsize=128)
def _pixmap(name: str, size: int, colour: str, ratio: float) -> QPixmap:
    svg = _svg_text(name).replace(_PLACEHOLDER, colour)
    renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")))
    side = round(size * ratio)
    pixmap = QPixmap(side, side)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, side, side))
    painter.end()
    pixmap.setDevicePixelRatio(ratio)
    return pixmap


def tinted_pixmap(name: str, colour: QColor, size: int = ICON_SIZE, ratio: float = 1.0) -> QPixmap:
    """The icon ``name`` drawn in ``colour`` at ``size`` logical pixels."""
    return _pixmap(name, size, colour.name(), ratio)


def palette_icon(name: str, palette: QPalette, size: int = ICON_SIZE, ratio: float = 1.0) -> QIcon:
    """``name`` in the palette's text colour (greyed when disabled), for buttons and actions.

    ``ratio`` is the screen's device pixel ratio, so strokes stay sharp on
    high-density screens.
    """
    role = QPalette.ColorRole
    group = QPalette.ColorGroup
    icon = QIcon()
    states = (
        (QIcon.Mode.Normal, palette.color(group.Active, role.WindowText)),
        (QIcon.Mode.Active, palette.color(group.Active, role.WindowText)),
        (QIcon.Mode.Selected, palette.color(group.Active, role.WindowText)),
        (QIcon.Mode.Disabled, palette.color(group.Disabled, role.WindowText)),
    )
    for mode, colour in states:
        icon.addPixmap(tinted_pixmap(name, colour, size, ratio), mode)
    return icon


def icon_size() -> QSize:
    return QSize(ICON_SIZE, ICON_SIZE)
