"""``debtdesk advisors`` and ``debtdesk demo``."""

from __future__ import annotations

import importlib
from datetime import date
from typing import Any

import pytest


def test_advisors_with_their_case_counts(run, people) -> None:
    rows = run("advisors", "--format", "json").json()
    assert [(r["name"], r["cases"]) for r in rows] == [("Test Advisor", 0), ("Айгерім Сапарова", 1)]
    assert rows[1]["phone"] == "+77011112233" and rows[1]["active"] is True
    table = run("advisors").out.splitlines()
    assert table[0].split() == ["ID", "Name", "Group", "Phone", "Active", "Cases"]
    assert table[-1].startswith(" ") or "Айгерім Сапарова" in table[-1]


def test_demo_hands_its_options_to_the_generator(
    run, monkeypatch: pytest.MonkeyPatch, today: date
) -> None:
    demo = importlib.import_module("debtdesk.demo")
    calls: list[dict[str, Any]] = []

    def generate(db: Any, cases: int, seed: int, on: date, progress: Any) -> int:
        calls.append({"cases": cases, "seed": seed, "on": on, "progress": progress})
        return cases

    monkeypatch.setattr(demo, "generate", generate, raising=False)
    result = run("demo", "--cases", "7", "--seed", "42")
    assert result.code == 0 and result.out.startswith("added 7 demonstration cases")
    # Not a terminal under pytest: no progress line.
    assert calls == [{"cases": 7, "seed": 42, "on": today, "progress": None}]


def test_demo_without_a_generator_says_so(run, monkeypatch: pytest.MonkeyPatch) -> None:
    demo = importlib.import_module("debtdesk.demo")
    monkeypatch.delattr(demo, "generate", raising=False)
    result = run("demo", "--cases", "3")
    assert result.code == 1
    assert (
        result.err
        == "debtdesk: error: this build of debtdesk has no demonstration data generator\n"
    )


def test_demo_cases_are_listed_afterwards(run, today: date) -> None:
    demo = importlib.import_module("debtdesk.demo")
    if not hasattr(demo, "generate"):
        pytest.skip("debtdesk.demo.generate does not exist yet")
    result = run("demo", "--cases", "4", "--seed", "3")
    assert result.code == 0, result.err
    assert len(run("cases", "--format", "json").json()) == 4
