"""Every way the register reads a page gives the same rows as the whole ordered list.

``search_cases`` with a limit chooses how to read (by rank in name order, or all
trigram candidates ranked): the choice must change speed only, never the answer.
"""

from __future__ import annotations

import pytest

from debtdesk.services import cases
from debtdesk.services.cases import search_cases
from tests.core.services.test_search import QUERIES, build, expected

# Phone-like beginnings, as typed key by key: one digit after "+7" reads names in order.
TYPED = [*QUERIES, "+", "+7", "+7 7", "+7 70", "8", "8 7", "87", "8701", "7", "(7"]


@pytest.mark.parametrize("many", [0, 1500], ids=["by-rank", "candidates-ranked"])
def test_pages_of_every_query_are_slices_of_its_whole_list(
    db, monkeypatch: pytest.MonkeyPatch, many: int
) -> None:
    build(db)
    # 0: the trigram index always "proposes too many", so pages are read by rank.
    monkeypatch.setattr(cases, "_MANY_CANDIDATES", many)
    wrong = {}
    with db.session() as s:
        for query in TYPED:
            whole = [row.full_name for row in search_cases(s, query)]
            if query in QUERIES:
                assert whole == expected(query), query
            for size in (1, 3):
                paged = [
                    row.full_name
                    for offset in range(0, len(whole) + size, size)
                    for row in search_cases(s, query, limit=size, offset=offset)
                ]
                if paged != whole:
                    wrong[(query, size)] = (paged, whole)
    assert not wrong, wrong
