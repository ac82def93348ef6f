"""How a calendar item reads in one line, and the key to its marks.

The shape before each line says the urgency without colour (``MARKS``); ⚠
marks a home in danger. The legend under the calendar spells them out.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ui.formatting import format_time
from ui.operations.calendar import CalendarItem

# Urgency → a shape that differs in outline, not only in colour.
MARKS = {
    "overdue": "✖",
    "today": "◆",
    "soon": "▲",
    "fortnight": "●",
    "later": "○",
    "past": "",
}
THREAT_MARK = "⚠"
THREATS = ("eviction", "auction")


def _tr(text: str) -> str:
    return QCoreApplication.translate("Calendar", text)


def short_name(full_name: str) -> str:
    """``Иванова Мария Петровна`` → ``Иванова М. П.``: a day cell is narrow."""
    parts = full_name.split()
    if len(parts) < 2:
        return full_name
    return " ".join([parts[0], *(f"{p[0]}." for p in parts[1:3])])


def item_line(item: CalendarItem, *, with_time: bool = True) -> str:
    """``▲ 10:00 Hearing · Иванова М. П.`` (⚠ before an eviction or auction)."""
    mark = MARKS.get(item.urgency, "")
    if item.kind in THREATS:
        mark = f"{mark}{THREAT_MARK}"
    when = format_time(item.time) if with_time and item.time else ""
    head = " ".join(x for x in (mark, when, item.title) if x)
    return f"{head} · {short_name(item.full_name)}"


def legend() -> str:
    """The key to the marks, in one line."""
    names = {
        "overdue": _tr("overdue"),
        "today": _tr("today"),
        "soon": _tr("within 3 working days"),
        "fortnight": _tr("within 14 days"),
        "later": _tr("later"),
    }
    parts = [f"{MARKS[key]} {names[key]}" for key in names]
    parts.append(_tr("{mark} eviction or auction").format(mark=THREAT_MARK))
    return "   ".join(parts)
