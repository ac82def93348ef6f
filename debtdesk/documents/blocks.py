"""The blocks a letter is made of: the parsed form of the block markup (see MARKUP.md).

Blocks are plain frozen dataclasses with no reportlab in them, so code can build
a document without writing markup, tests can compare structure, and the
renderer is the only place that knows about flowables. Text fields hold
*inline* markup (``<b>``, ``<i>``, entities): pass user text through
:func:`debtdesk.documents.markup.escape_text` first.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Title:
    text: str


@dataclass(frozen=True, slots=True)
class Heading:
    level: int  # 1..3
    text: str


@dataclass(frozen=True, slots=True)
class Paragraph:
    text: str
    kind: str = "body"  # body | right | center | note


@dataclass(frozen=True, slots=True)
class ListBlock:
    ordered: bool
    items: tuple[str, ...]
    start: int = 1


@dataclass(frozen=True, slots=True)
class CheckItem:
    text: str
    checked: bool = False


@dataclass(frozen=True, slots=True)
class Table:
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    widths: tuple[float, ...] = ()  # relative column widths; () = equal
    aligns: tuple[str, ...] = ()  # "l" | "r" | "c" per column; () = all left


@dataclass(frozen=True, slots=True)
class Notice:
    """A framed box that must catch the eye: date, time, court and room of a hearing."""

    title: str
    lines: tuple[str, ...]  # one printed line each; "" leaves a gap


@dataclass(frozen=True, slots=True)
class Addressee:
    lines: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Sender:
    lines: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Signature:
    date: str
    name: str
    caption: str = ""  # printed under the line, e.g. "signature" / "қолы"


@dataclass(frozen=True, slots=True)
class Spacer:
    lines: float = 1.0  # in lines of body text, so it scales with large print


@dataclass(frozen=True, slots=True)
class PageBreak:
    pass


@dataclass(frozen=True, slots=True)
class WriteBox:
    """A dashed box left empty for the advisor to write in by hand."""

    lines: int
    hint: str = ""


Block = (
    Title | Heading | Paragraph | ListBlock | CheckItem | Table | Notice | Addressee | Sender
    | Signature | Spacer | PageBreak | WriteBox
)  # fmt: skip
