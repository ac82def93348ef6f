"""The tints of a deadline's urgency, shared by the case file, Today and the calendar.

A module of its own so the Today page, the first screen, colours its rows
without importing the case file's deadlines tab (its forms and operations).
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QGuiApplication

# (light background, light text, dark background, dark text) by urgency: soft
# tints that keep black text legible, and differ in lightness too, not only hue.
URGENCY_COLOURS: dict[str, tuple[str, str, str, str]] = {
    "overdue": ("#f4c7c3", "#6b1510", "#6b2420", "#ffe1dd"),
    "today": ("#f8d9b0", "#5c3300", "#6a4514", "#ffe7c7"),
    "soon": ("#fbecb5", "#4d3b00", "#5c4d12", "#fff2c2"),
    "fortnight": ("#e3ecd9", "#24401a", "#33462c", "#e3f0d9"),
}


def urgency_colours(urgency: str | None) -> tuple[QColor, QColor] | None:
    """Background and text colours of an urgency on the current palette (None: plain)."""
    if urgency not in URGENCY_COLOURS:
        return None
    light_bg, light_fg, dark_bg, dark_fg = URGENCY_COLOURS[urgency]
    dark = QGuiApplication.palette().base().color().lightness() < 128
    return (QColor(dark_bg), QColor(dark_fg)) if dark else (QColor(light_bg), QColor(light_fg))
