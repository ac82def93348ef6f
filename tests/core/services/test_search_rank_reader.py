"""The short-text path's statements run by the driver give the rows the built ones do.

On SQLite without an urgency filter, ``_ids_by_rank`` runs statements compiled
once for each shape of text and filters (``_rank_sql``) with the text's values;
otherwise it builds them for the text (``_rank_select``). Both must choose the same
page, which must be the start of the whole ordered list, in every way the word
starts are read (walked to a bound, walked on past it, ranked from the trigram
index).
"""

from __future__ import annotations

from dataclasses import replace

import pytest
from sqlalchemy import text as sql
from sqlalchemy.exc import DBAPIError

from debtdesk.db import Database, open_database
from debtdesk.services import cases
from debtdesk.services.cases import case_query, search_cases
from tests.core.db.test_db_schema_state import set_revision
from tests.core.services.test_search import QUERIES, build

TEXTS = [*QUERIES, "+7 7", "8 7", "87", "8701", "100%", "10", "ив", "ол", "ф", "о", "a_b", "ва\\"]
FILTERS: list[dict[str, object]] = [{}, {"status": "open"}, {"city": ""}]


@pytest.mark.parametrize("walk", [2000, 2], ids=["no-walk", "walk-first-names"])
@pytest.mark.parametrize("words", [1000, 0], ids=["words-ranked", "words-walked"])
def test_driver_statements_choose_the_built_statements_pages(
    sqlite_db: Database, monkeypatch: pytest.MonkeyPatch, walk: int, words: int
) -> None:
    build(sqlite_db)
    monkeypatch.setattr(cases, "_WALK_ROWS", walk)
    monkeypatch.setattr(cases, "_WORD_STARTS_TO_RANK", words)
    cases._rank_sql.cache_clear()
    wrong = {}
    with sqlite_db.session() as s:
        for filters in FILTERS:
            for text in TEXTS:
                where = cases._register_where(
                    text=text, advisor_id=None, **{"city": None, "status": None, **filters}
                )
                if where.rank is None:
                    continue
                whole = [row.id for row in s.execute(case_query(text=text, **filters))]  # type: ignore[arg-type]
                for need in (1, 2, 5, 50):
                    driven = cases._ids_by_rank(s, where, where.rank, need)
                    built = cases._ids_by_rank(s, replace(where, filters=None), where.rank, need)
                    if not driven == built == whole[:need]:
                        wrong[(text, need, tuple(filters.items()))] = (driven, built, whole[:need])
    assert not wrong, wrong
    compiled = cases._rank_sql.cache_info()
    # A statement a kind and shape, run for many texts: not one built per key.
    assert 0 < compiled.misses <= 60 and compiled.hits > 3 * compiled.misses


def test_a_driver_failure_is_a_dbapi_error_without_the_text(sqlite_db: Database) -> None:
    """A broken statement on the driver comes out as SQLAlchemy's DBAPIError, the typed
    text hidden, as ``session.execute`` would raise it (callers make it a message)."""
    build(sqlite_db)
    with sqlite_db.session() as s:
        s.execute(sql("DROP INDEX ix_debtor_search"))  # INDEXED BY then fails
        with pytest.raises(DBAPIError) as raised:
            search_cases(s, "Ив", limit=5)
        assert "ив" not in str(raised.value).lower()
        s.rollback()


def test_a_word_of_digits_in_a_name_on_the_short_text_path(sqlite_db: Database) -> None:
    """The short-text path (taken when the trigram index proposes more than
    ``_MANY_CANDIDATES`` cases) reads no word of digits as a start, as the rank has
    it: "Ли Вэй 100%" is read with the rest for "100%", in its place, not left off."""
    build(sqlite_db)
    with sqlite_db.session() as s:
        where = cases._register_where(text="100%", city=None, status=None, advisor_id=None)
        assert where.rank is not None
        whole = [row.id for row in s.execute(case_query(text="100%"))]
        assert whole
        assert cases._ids_by_rank(s, where, where.rank, 5) == whole[:5]
        assert cases._ids_by_rank(s, where, where.rank, len(whole) + 1) == whole


def test_one_letter_on_a_file_opened_read_only(
    sqlite_db: Database, sqlite_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A file of a newer schema is opened read-only (``PRAGMA query_only``): the index's
    vocabulary cannot be made even on the connection, and a one-letter search reads
    the names in order instead - the same rows, never an error."""
    build(sqlite_db)
    sqlite_db.dispose()
    monkeypatch.setattr(cases, "_WALK_ROWS", 2)  # past the walk: the vocabulary's turn
    set_revision(sqlite_url, "f00dfacef00d")
    read_only = open_database(sqlite_url)
    try:
        assert read_only.read_only_reason
        with read_only.session() as s:
            for text in ("ф", "о", "ч", "и", "ә"):
                whole = [row.id for row in s.execute(case_query(text=text))]
                shown = [row.id for row in search_cases(s, text, limit=5)]
                assert shown == whole[:5], text
    finally:
        read_only.dispose()
