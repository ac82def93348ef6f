"""Run one template inside its limits and turn any failure into a one-line TemplateError.

Whatever goes wrong in a template -- a typo, a variable the data lacks, an
attempt to reach Python internals or files, a loop that never ends -- the
advisor sees one line: which template, which line, what is wrong in plain words.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path
from types import TracebackType
from typing import Any

from jinja2 import Template, TemplateNotFound, TemplateSyntaxError, UndefinedError
from jinja2.sandbox import SecurityError

from debtdesk.documents.errors import TemplateError
from debtdesk.documents.limits import (
    Budget,
    OutputTooLarge,
    RenderLimits,
    RenderTimeout,
    run_limited,
)
from debtdesk.i18n import _


def render_limited(
    load: Callable[[], Template],
    data: Mapping[str, Any],
    limits: RenderLimits,
    lang: str,
    name: str,
    roots: tuple[Path, ...] = (),
) -> str:
    """Load (compile) and render a template within ``limits``; errors as TemplateError."""

    def work(current: Budget) -> str:
        template = load()
        chunks: list[str] = []
        stream = template.generate(dict(data))
        for chunk in stream:
            try:
                current.wrote(chunk)
            except (OutputTooLarge, RenderTimeout) as exc:
                # Thrown back into the template so the error carries its line.
                stream.throw(exc)
            chunks.append(chunk)
        return "".join(chunks)

    try:
        return run_limited(work, limits, lang)
    except Exception as exc:  # every failure becomes one readable line
        raise describe(exc, name, limits, roots) from None


def _display(filename: str, roots: tuple[Path, ...]) -> str:
    path = Path(filename)
    for root in roots:
        try:
            return path.resolve().relative_to(root.resolve()).as_posix()
        except ValueError:
            continue
    return path.name if path.suffix == ".j2" else filename


def _template_line(
    tb: TracebackType | None, name: str, roots: tuple[Path, ...]
) -> tuple[str, int] | None:
    """Innermost traceback entry inside a template (Jinja rewrites those to template lines)."""
    found = None
    while tb is not None:
        filename = tb.tb_frame.f_code.co_filename
        if filename == "<template>":  # a template given as text (the editor's preview)
            found = (name, tb.tb_lineno)
        elif filename.endswith(".j2"):
            found = (_display(filename, roots), tb.tb_lineno)
        tb = tb.tb_next
    return found


def describe(
    exc: BaseException, name: str, limits: RenderLimits, roots: tuple[Path, ...] = ()
) -> TemplateError:
    """A TemplateError naming the template, line and problem of ``exc``."""
    if isinstance(exc, TemplateError):
        return exc
    where = _template_line(exc.__traceback__, name, roots)
    template, line = where if where else (name, None)
    if isinstance(exc, TemplateSyntaxError):
        template = _display(exc.filename, roots) if exc.filename else exc.name or name
        template = name if template == "<template>" else template
        return TemplateError(
            template, exc.lineno, _("syntax error: {msg}").format(msg=exc.message or "")
        )
    problem: str
    if isinstance(exc, RenderTimeout):
        problem = _("stopped after {seconds:g} seconds: an endless or too long loop?").format(
            seconds=limits.seconds
        )
    elif isinstance(exc, OutputTooLarge):
        problem = _("stopped: the text would grow beyond {n} characters").format(n=limits.max_chars)
    elif isinstance(exc, SecurityError):
        problem = _("not allowed: {msg}").format(msg=exc)
    elif isinstance(exc, UndefinedError):
        problem = _("unknown name or field: {msg}").format(msg=exc)
    elif isinstance(exc, TemplateNotFound):
        problem = _("no template {name} to include").format(name=exc.name)
    elif isinstance(exc, RecursionError):
        problem = _("macros call each other too deeply")
    elif isinstance(exc, MemoryError):
        problem = _("ran out of memory")
    else:
        problem = _("{kind}: {msg}").format(kind=type(exc).__name__, msg=exc)
    return TemplateError(template, line, problem)
