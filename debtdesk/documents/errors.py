"""Errors of the document pipeline, worded for the advisor who edits a template.

A broken template must never show a traceback: the message is one line that
names the template, the line and the problem, so it fits a status bar and a log.
"""

from __future__ import annotations

from debtdesk.errors import DebtdeskError
from debtdesk.i18n import _


def one_line(text: str, limit: int = 300) -> str:
    """Collapse ``text`` to a single line of at most ``limit`` characters."""
    flat = " ".join(str(text).split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


class TemplateError(DebtdeskError):
    """A template (or the markup it produced) cannot be turned into a document."""

    def __init__(self, template: str, line: int | None, problem: str) -> None:
        self.template = template
        self.line = line
        self.problem = one_line(problem)
        if line:
            text = _("{template}, line {line}: {problem}").format(
                template=template, line=line, problem=self.problem
            )
        else:
            text = _("{template}: {problem}").format(template=template, problem=self.problem)
        super().__init__(one_line(text, 500))


class MarkupError(TemplateError):
    """The block markup is malformed (unknown block, unclosed box, bad table row)."""
