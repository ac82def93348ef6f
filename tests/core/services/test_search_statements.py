"""A text's page ranked by a statement built once per shape gives SQLAlchemy's rows.

On SQLite a key the trigram index can look up is ranked by ``_ranked_page_sql``
(built once for each shape of text and filters, run by the driver with the
text's values) and its rows read by ``_rows_sql``: the page must be the one
``page_query`` - the statement built for that very text - reads.
"""

from __future__ import annotations

from debtdesk.db import Database
from debtdesk.services import cases
from debtdesk.services.cases import page_query, search_cases
from debtdesk.services.register_rows import CaseRow
from tests.core.services.test_search import QUERIES, build

# Typed digits in each form (IIN, +7, 8…), and LIKE's wildcards taken literally.
TEXTS = [*QUERIES, "8701", "+7 701", "8 701 234", "7701", "870", "100%", "a_b", "ва\\", "ива"]
FILTERS: list[dict[str, object]] = [{}, {"status": "open"}, {"status": "watch"}, {"city": ""}]


def test_pages_ranked_by_reused_statements_equal_the_built_ones(sqlite_db: Database) -> None:
    build(sqlite_db)
    cases._ranked_page_sql.cache_clear()
    wrong = {}
    with sqlite_db.session() as s:
        for filters in FILTERS:
            for text in TEXTS:
                for limit, offset in ((3, 0), (3, 3), (50, 0)):
                    got = search_cases(s, text, limit=limit, offset=offset, **filters)  # type: ignore[arg-type]
                    query = page_query(text=text, limit=limit, offset=offset, **filters)  # type: ignore[arg-type]
                    built = [CaseRow(*row) for row in s.execute(query)]
                    if got != built:
                        wrong[(text, limit, offset, tuple(filters.items()))] = (got, built)
    assert not wrong, wrong
    reused = cases._ranked_page_sql.cache_info()
    # A statement a shape, run for many texts: not one built per key.
    assert 0 < reused.misses <= 16 and reused.hits > 10 * reused.misses
