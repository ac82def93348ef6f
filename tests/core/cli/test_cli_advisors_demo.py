"""``debtdesk advisors`` and ``debtdesk demo``."""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import func, select

from debtdesk.model import Deadline


def test_advisors_with_their_case_counts(run, people) -> None:
    rows = run("advisors", "--format", "json").json()
    assert [(r["name"], r["cases"]) for r in rows] == [("Test Advisor", 0), ("Айгерім Сапарова", 1)]
    assert rows[1]["phone"] == "+77011112233" and rows[1]["active"] is True
    table = run("advisors").out.splitlines()
    assert table[0].split() == ["ID", "Name", "Group", "Phone", "Active", "Cases"]
    assert table[-1].startswith(" ") or "Айгерім Сапарова" in table[-1]


def test_demo_cases_are_listed_with_their_deadlines(run, db, today: date) -> None:
    result = run("demo", "--cases", "40", "--seed", "3")
    assert result.code == 0, result.err
    assert result.out.startswith("added 40 demonstration cases")
    assert len(run("cases", "--format", "json").json()) == 40
    with db.session() as s:
        statuses = dict(
            s.execute(select(Deadline.status, func.count()).group_by(Deadline.status)).all()
        )
        oldest_open = s.scalar(select(func.min(Deadline.due_date)).where(Deadline.status == "open"))
    # Every trigger event got its deadlines; the long-past ones are settled as done.
    assert statuses.get("open", 0) > 0 and statuses.get("done", 0) > 0
    assert oldest_open >= today - timedelta(days=14)
