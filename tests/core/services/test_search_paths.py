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


@pytest.mark.parametrize("words", [1000, 0], ids=["words-ranked", "words-walked"])
@pytest.mark.parametrize("walk", [2000, 3], ids=["no-walk", "walk-first-names"])
@pytest.mark.parametrize("many", [0, 1500], ids=["by-rank", "candidates-ranked"])
def test_pages_of_every_query_are_slices_of_its_whole_list(
    db, monkeypatch: pytest.MonkeyPatch, many: int, walk: int, words: int
) -> None:
    build(db)
    # 0: the trigram index always "proposes too many", so pages are read by rank.
    monkeypatch.setattr(cases, "_MANY_CANDIDATES", many)
    # 3: word starts are first looked for among the first names (_first_words),
    # which a small register otherwise never does (fewer names than _WALK_ROWS).
    monkeypatch.setattr(cases, "_WALK_ROWS", walk)
    # 0: the trigram index always finds "too many" word starts: names are read in
    # order (from the walk's bound on when there is one) rather than hits ranked.
    monkeypatch.setattr(cases, "_WORD_STARTS_TO_RANK", words)
    walked = []
    first_by_name = cases._first_by_name

    def spied(*args, **kwargs):  # type: ignore[no-untyped-def]
        found = first_by_name(*args, **kwargs)
        walked.append(found is not None)
        return found

    monkeypatch.setattr(cases, "_first_by_name", spied)
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
    if many == 0 and walk == 3 and db.engine.dialect.name == "sqlite":
        assert any(walked)  # the walk found pages itself, and they were right
