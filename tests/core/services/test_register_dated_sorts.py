"""Sorting the register by a date without text (``cases._ids_by_date``), on both databases.

That path reads the date indexes from a cutoff rather than ordering every case,
and widens the cutoff when too few cases pass the filters: every filter, both
ways, at small pages (several widenings) must list exactly the rule's order.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from debtdesk.services import cases, deadlines, proceedings
from tests.core.services.test_cases_register import _expected_order, build, whole


@pytest.fixture
def register(db, today: date):
    """The register's sample, plus later second hearings, deadlines and threats.

    A case with dates on both sides of a cutoff is the one a descending walk must
    not take for one whose earliest date is past the cutoff.
    """
    build(db, today)
    with db.session() as s:
        ids = [r.id for r in cases.search_cases(s, sort="name")]
        for n, debtor_id in enumerate(ids):
            later = today + timedelta(days=20 + n)
            if n % 2 == 0:
                proceedings.add_event(s, debtor_id, {"kind": "hearing", "date": later})
            if n % 3 == 1:
                deadlines.add_manual_deadline(
                    s, debtor_id, {"title": "Жалоба", "due_date": later + timedelta(days=n % 4)}
                )
            if n % 5 == 3:
                proceedings.add_event(s, debtor_id, {"kind": "auction", "date": later})
        bounds = cases.urgency_bounds(s, today)
    return db, bounds


FILTERS = [
    {},
    {"city": "Алматы"},
    {"status": "watch"},
    {"status": "closed", "city": "Астана"},
    *({"urgency": u} for u in cases.URGENCY_FILTERS),
]


@pytest.mark.parametrize("few", [0, 3000], ids=["walked", "ordered-whole"])
@pytest.mark.parametrize("key", sorted(cases._DATED_SORTS))
def test_dated_sorts_with_each_filter_at_small_pages(
    register, key: str, few: int, monkeypatch
) -> None:
    """``few``: filtered registers up to this many cases are ordered whole, not walked."""
    monkeypatch.setattr(cases, "_FEW_TO_ORDER", few)
    db, bounds = register
    for chosen in FILTERS:
        everyone = whole(db, bounds, **chosen)
        for descending in (False, True):
            want = _expected_order(everyone, key, descending, bounds)
            for size in (1, 2, 5):
                pages = [
                    whole(
                        db,
                        bounds,
                        sort=key,
                        descending=descending,
                        limit=size,
                        offset=start,
                        **chosen,
                    )
                    for start in range(0, len(want) + size, size)
                ]
                got = [r for page in pages for r in page]
                assert got == want, (key, chosen, descending, size)


def test_the_dated_path_is_the_one_taken(register, monkeypatch) -> None:
    """The test above checks ``_ids_by_date``, not the ordinary page query."""
    db, bounds = register
    taken: list[str] = []
    real = cases._ids_by_date

    def spy(*args, **kwargs):  # type: ignore[no-untyped-def]
        taken.append(args[2])
        return real(*args, **kwargs)

    monkeypatch.setattr(cases, "_ids_by_date", spy)
    for key in sorted(cases._DATED_SORTS):
        whole(db, bounds, sort=key, limit=3)
    whole(db, bounds, text="ерлан", sort="urgency", limit=3)  # text: the page query
    assert taken == sorted(cases._DATED_SORTS)


@pytest.mark.parametrize("key", sorted(cases._GROUPED_SORTS))
def test_status_and_advisor_sorts_with_each_filter_at_small_pages(register, key: str) -> None:
    """Without text these read each status (advisor) in turn (``cases._ids_by_group``)."""
    db, bounds = register
    for chosen in FILTERS:
        everyone = whole(db, bounds, **chosen)
        for descending in (False, True):
            want = _expected_order(everyone, key, descending, bounds)
            for size in (1, 4):
                pages = [
                    whole(
                        db,
                        bounds,
                        sort=key,
                        descending=descending,
                        limit=size,
                        offset=start,
                        **chosen,
                    )
                    for start in range(0, len(want) + size, size)
                ]
                assert [r for page in pages for r in page] == want, (key, chosen, descending, size)
