"""Explanations write dates as letters do: through ``debtdesk.formats``, not babel of their own.

An explanation is quoted in letters (``documents.context``), so a Kazakh letter
must not read "2026 жылғы 5 сәуір" in its text and "2026 ж. 5 сәуір" in the
deadline it cites.
"""

from __future__ import annotations

import ast
from datetime import date
from pathlib import Path

import pytest

from debtdesk import formats
from debtdesk.deadlines import WorkingCalendar, compute_deadline, explain, load_jurisdiction

KZ = load_jurisdiction("kz")
DUE = date(2026, 4, 6)  # the appeal of a decision of 5 March 2026, moved off Sunday 5 April


def test_explain_imports_no_babel() -> None:
    tree = ast.parse(Path(explain.__file__).read_text(encoding="utf-8"))
    imported = {n.module or "" for n in ast.walk(tree) if isinstance(n, ast.ImportFrom)} | {
        a.name for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names
    }
    assert not any(name.startswith("babel") for name in imported), imported


@pytest.mark.parametrize("lang", ["kk", "ru", "en"])
def test_the_due_date_reads_as_in_a_letter(lang: str) -> None:
    steps = compute_deadline(KZ.rule("appeal"), date(2026, 3, 5), WorkingCalendar(KZ)).to_json()
    text = explain.render_explanation(steps, lang)
    assert formats.format_date(DUE, lang) in text
    assert formats.format_weekday(DUE, lang) in text
    lines = explain.render_steps(steps, lang)
    due_line = next(line for line in lines if formats.format_date(DUE, lang) in line)
    assert formats.format_weekday(DUE, lang) in due_line
