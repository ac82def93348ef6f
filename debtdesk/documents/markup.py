"""Parse the line-oriented block markup that templates render to (syntax: MARKUP.md).

Structure lives only in lines that start with ``::`` and in ``|`` between table
cells; inline formatting is ``<b>``, ``<i>``, ``<u>``, ``<br>``. :func:`escape_text`
turns every one of those characters in user text into an entity, and newlines
into ``<br>``, so a debtor's name can never open a block, split a table cell or
turn bold: the template engine applies it to every value it prints.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from debtdesk.documents import blocks as b
from debtdesk.documents.errors import MarkupError
from debtdesk.i18n import _

PREFIX = "::"
_ESCAPES = {"&": "&amp;", "<": "&lt;", ">": "&gt;", ":": "&#58;", "|": "&#124;"}
# Everything str.splitlines() would split on becomes <br>, other controls go.
_ESCAPE_RE = re.compile(
    r"[&<>:|]|\r\n|[\r\n\t\x85\u2028\u2029]|[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x84\x86-\x9f]"
)
_LINE_BREAKS = ("\r\n", "\r", "\n", "\x85", "\u2028", "\u2029")
_CHECK = re.compile(r"\[([ xX]?)\]\s*(.*)$")
_NUMBERED = re.compile(r"(\d{1,4})\.$")
_WIDTH = re.compile(r"(\d+(?:\.\d+)?)([lrc]?)$")
_CONTAINERS = ("to", "from", "notice", "table")
_PARAGRAPHS = {"right": "right", "center": "center", "note": "note"}
MAX_WRITE_LINES = 60


def _escape_match(match: re.Match[str]) -> str:
    char = match.group()
    if char in _ESCAPES:
        return _ESCAPES[char]
    if char in _LINE_BREAKS:
        return "<br>"
    return " " if char == "\t" else ""


def escape_text(text: object) -> str:
    """``text`` as literal markup: no tag, entity, block or cell separator survives."""
    return _ESCAPE_RE.sub(_escape_match, str(text))


@dataclass
class _Open:
    """The block still being collected while lines are read."""

    kind: str  # "para:<kind>" | "bullet" | "ordered" | "check" | a container name
    line: int
    args: str = ""
    parts: list[str] = field(default_factory=list)
    numbers: list[int] = field(default_factory=list)  # line of each part (containers)
    items: list[str] = field(default_factory=list)
    checked: bool = False
    start: int = 1


class _Parser:
    def __init__(self, source: str) -> None:
        self.source = source
        self.out: list[b.Block] = []
        self.open: _Open | None = None

    def error(self, line: int, problem: str) -> MarkupError:
        return MarkupError(self.source, line, problem)

    # -- closing what is open ------------------------------------------------
    def close(self) -> None:
        block, self.open = self.open, None
        if block is None:
            return
        if block.kind.startswith("para:"):
            if block.parts:
                self.out.append(b.Paragraph(" ".join(block.parts), block.kind[5:]))
        elif block.kind in ("bullet", "ordered"):
            self._end_item(block)
            self.out.append(b.ListBlock(block.kind == "ordered", tuple(block.items), block.start))
        elif block.kind == "check":
            self.out.append(b.CheckItem(" ".join(block.parts), block.checked))
        elif block.kind in _CONTAINERS:
            raise self.error(
                block.line, _("::{name} is never closed with ::end").format(name=block.kind)
            )

    @staticmethod
    def _end_item(block: _Open) -> None:
        if block.parts:
            block.items.append(" ".join(block.parts))
            block.parts = []

    def finish_container(self, line: int) -> None:
        block, self.open = self.open, None
        if block is None or block.kind not in _CONTAINERS:
            raise self.error(line, _("::end without an open ::to, ::from, ::notice or ::table"))
        lines = [part.strip() for part in block.parts]
        if block.kind == "to":
            self.out.append(b.Addressee(tuple(x for x in lines if x)))
        elif block.kind == "from":
            self.out.append(b.Sender(tuple(x for x in lines if x)))
        elif block.kind == "notice":
            while lines and not lines[-1]:
                lines.pop()
            while lines and not lines[0]:
                lines.pop(0)
            self.out.append(b.Notice(block.args, tuple(lines)))
        else:
            rows = [(n, x) for n, x in zip(block.numbers, lines, strict=True) if x]
            self.out.append(self._table(block, rows))

    def _table(self, block: _Open, rows: list[tuple[int, str]]) -> b.Table:
        widths: list[float] = []
        aligns: list[str] = []
        for token in block.args.split():
            match = _WIDTH.match(token.lower())
            if not match or float(match.group(1)) <= 0:
                raise self.error(
                    block.line, _("bad column width {token!r} in ::table").format(token=token)
                )
            widths.append(float(match.group(1)))
            aligns.append(match.group(2) or "l")
        if not rows:
            raise self.error(block.line, _("::table has no header row"))
        cells = [[cell.strip() for cell in row.split("|")] for _n, row in rows]
        header = cells[0]
        if widths and len(widths) != len(header):
            raise self.error(
                block.line,
                _("::table gives {n} widths for {m} columns").format(n=len(widths), m=len(header)),
            )
        body: list[tuple[str, ...]] = []
        for (number, _text), row in zip(rows[1:], cells[1:], strict=True):
            if len(row) > len(header):
                raise self.error(
                    number,
                    _("table row has {n} cells, the header only {m}").format(
                        n=len(row), m=len(header)
                    ),
                )
            body.append(tuple(row + [""] * (len(header) - len(row))))
        return b.Table(tuple(header), tuple(body), tuple(widths), tuple(aligns))

    # -- reading lines -----------------------------------------------------------
    def feed(self, number: int, raw: str) -> None:
        line = raw.strip()
        container = self.open is not None and self.open.kind in _CONTAINERS
        if line.startswith(PREFIX):
            rest = line[len(PREFIX) :]
            check = _CHECK.match(rest)
            if check:
                name, args = "[" + check.group(1).strip().lower() + "]", check.group(2)
            else:
                name, _sep, args = rest.partition(" ")
            if container and name != "end":
                raise self.error(
                    number,
                    _("::{name} inside ::{open} (missing ::end?)").format(
                        name=name, open=self.open.kind if self.open else ""
                    ),
                )
            self.directive(number, name, args.strip())
        elif container and self.open is not None:
            self.open.parts.append(line)
            self.open.numbers.append(number)
        elif not line:
            if self.open is not None and self.open.kind in ("bullet", "ordered"):
                self._end_item(self.open)
            else:
                self.close()
        elif self.open is not None and (self.open.kind.startswith("para:") or self.open.parts):
            self.open.parts.append(line)
        else:
            self.close()
            self.open = _Open("para:body", number, parts=[line])

    def directive(self, number: int, name: str, args: str) -> None:
        if name == "end":
            self.finish_container(number)
            return
        if name in ("-", "#") or _NUMBERED.match(name):
            self.list_item(number, name, args)
            return
        self.close()
        if name in ("[]", "[x]"):
            self.open = _Open("check", number, checked=name == "[x]", parts=[args])
        elif name.startswith("["):
            raise self.error(number, _("a check item is written ::[ ] or ::[x]"))
        elif name in ("title", "h1", "h2", "h3"):
            if not args:
                raise self.error(
                    number, _("::{name} needs its text on the same line").format(name=name)
                )
            self.out.append(b.Title(args) if name == "title" else b.Heading(int(name[1]), args))
        elif name in _PARAGRAPHS:
            self.open = _Open("para:" + _PARAGRAPHS[name], number, parts=[args] if args else [])
        elif name in _CONTAINERS:
            if name in ("to", "from") and args:
                raise self.error(number, _("::{name} takes its lines below it").format(name=name))
            self.open = _Open(name, number, args=args)
        else:
            self.simple(number, name, args)

    def list_item(self, number: int, name: str, args: str) -> None:
        kind = "bullet" if name == "-" else "ordered"
        if self.open is None or self.open.kind != kind:
            self.close()
            match = _NUMBERED.match(name)
            self.open = _Open(kind, number, start=int(match.group(1)) if match else 1)
        self._end_item(self.open)
        self.open.parts = [args]

    def simple(self, number: int, name: str, args: str) -> None:
        if name == "pagebreak":
            self.out.append(b.PageBreak())
        elif name == "space":
            self.out.append(b.Spacer(self._number(number, args or "1", 0, 40)))
        elif name == "signature":
            parts = [part.strip() for part in args.split("|")]
            if len(parts) > 3:
                raise self.error(number, _("::signature takes date | name | caption"))
            parts += [""] * (3 - len(parts))
            self.out.append(b.Signature(parts[0], parts[1], parts[2]))
        elif name == "write":
            count, _sep, hint = args.partition("|")
            lines = int(self._number(number, count.strip() or "4", 1, MAX_WRITE_LINES))
            self.out.append(b.WriteBox(lines, hint.strip()))
        else:
            raise self.error(number, _("unknown block ::{name}").format(name=name))

    def _number(self, line: int, text: str, low: float, high: float) -> float:
        try:
            value = float(text)
        except ValueError:
            value = -1.0
        if not low <= value <= high:
            raise self.error(
                line,
                _("expected a number from {low} to {high}, not {text!r}").format(
                    low=low, high=high, text=text
                ),
            )
        return value


def parse(text: str, source: str = "markup") -> list[b.Block]:
    """The blocks of ``text``; a mistake raises :class:`MarkupError` with its line."""
    parser = _Parser(source)
    # Only "\n" ends a line: splitlines() would also split on U+2028 and friends.
    for number, raw in enumerate(text.split("\n"), start=1):
        parser.feed(number, raw.removesuffix("\r"))
    parser.close()
    return parser.out
