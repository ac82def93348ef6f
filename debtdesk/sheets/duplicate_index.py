"""The cases on file held in memory for an import's duplicate check.

``debtors.possible_duplicates`` costs a few queries per call: fine while an
advisor types, a third of the time of a 10,000-row import. The import instead
reads every case once into this index and adds each row's case as it goes in,
so row 500 still meets row 20 of the same sheet.

It answers exactly what ``possible_duplicates`` would: the same IIN and phone
keys, the same name test (``debtors.name_test``, which is also the query's
``WHERE``) and ``debtors.similar_names`` on the same folded words, ranked by
``debtors.rank_duplicates``. Only the way candidates are found differs, and it
only ever finds more than ``similar_names`` accepts (see ``_name_candidates``).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from debtdesk.model import Debtor
from debtdesk.services import debtors
from debtdesk.services.fields import normalize_phone
from debtdesk.text import digits


@dataclass(frozen=True)
class Entry:
    """One case as the duplicate check reads it (the columns ``possible_duplicates`` reads)."""

    full_name: str
    name_key: str
    search_text: str
    iin: str | None
    phone: str | None
    city: str | None


@lru_cache(maxsize=65536)
def near_keys(word: str) -> frozenset[str]:
    """The word and the word less any one letter (never empty).

    Two words one typo apart (a letter wrong, missing, extra, or two swapped)
    share one of these, so a dictionary of them finds them without comparing
    every pair. Cached: names repeat their words (Мария, Иванов) all the time.
    """
    keys = {word[:i] + word[i + 1 :] for i in range(len(word))}
    keys.add(word)
    keys.discard("")
    return frozenset(keys)


class DuplicateIndex:
    """Cases keyed by IIN, phone and name words; ``find`` = ``possible_duplicates``.

    Keys are ids: real ones for cases on file, and for rows not written yet
    any larger number the caller picks in the order they will be written,
    so ranking ties (broken by id) fall the same way.
    """

    def __init__(self) -> None:
        self._entries: dict[int, Entry] = {}
        self._words: dict[int, list[str]] = {}
        self._by_iin: dict[str, set[int]] = {}
        self._by_phone: dict[str, set[int]] = {}
        # number of name words -> near key -> ids
        self._near: dict[int, dict[str, set[int]]] = {}

    @classmethod
    def load(cls, session: Session) -> DuplicateIndex:
        """Every case on file (one query)."""
        index = cls()
        d = Debtor
        rows = session.execute(
            select(d.id, d.full_name, d.name_key, d.search_text, d.iin, d.phone, d.city)
        )
        for row in rows:
            index.add(row.id, Entry(*row[1:]))
        return index

    def __len__(self) -> int:
        return len(self._entries)

    def add(self, key: int, entry: Entry) -> None:
        self.remove(key)
        self._entries[key] = entry
        # As possible_duplicates reads a name on file: the words of its name_key.
        words = debtors.name_words(entry.name_key)
        self._words[key] = words
        if entry.iin:
            self._by_iin.setdefault(entry.iin, set()).add(key)
        if entry.phone:
            self._by_phone.setdefault(entry.phone, set()).add(key)
        near = self._near.setdefault(len(words), {})
        for word in words:
            for k in near_keys(word):
                near.setdefault(k, set()).add(key)

    def remove(self, key: int) -> None:
        entry = self._entries.pop(key, None)
        if entry is None:
            return
        words = self._words.pop(key)
        if entry.iin:
            self._by_iin[entry.iin].discard(key)
        if entry.phone:
            self._by_phone[entry.phone].discard(key)
        near = self._near[len(words)]
        for word in words:
            for k in near_keys(word):
                near[k].discard(key)

    def get(self, key: int) -> Entry | None:
        return self._entries.get(key)

    def find(
        self,
        *,
        full_name: str | None = None,
        iin: str | None = None,
        phone: str | None = None,
        limit: int = 10,
    ) -> list[debtors.PossibleDuplicate]:
        """What ``debtors.possible_duplicates`` returns for the same arguments."""
        iin_digits = digits(iin)
        iin_key = iin_digits if len(iin_digits) == 12 else None
        phone_key = normalize_phone(phone) if phone else None
        words = debtors.name_words(full_name)
        reasons: dict[int, list[str]] = {}
        for reason, key, table in (
            ("iin", iin_key, self._by_iin),
            ("phone", phone_key, self._by_phone),
        ):
            if key:
                for found in table.get(key, ()):
                    reasons.setdefault(found, []).append(reason)
        test = debtors.name_test(words) if words else None
        if test is not None:
            for found in self._name_candidates(words):
                entry = self._entries[found]
                if test.accepts(entry.search_text, entry.name_key) and debtors.similar_names(
                    words, self._words[found]
                ):
                    reasons.setdefault(found, []).append("name")
        if not reasons:
            return []
        found_list = []
        for key, why in reasons.items():
            e = self._entries[key]
            found_list.append(
                debtors.PossibleDuplicate(key, e.full_name, e.iin, e.phone, e.city, tuple(why))
            )
        return debtors.rank_duplicates(found_list, limit)

    def _name_candidates(self, words: list[str]) -> set[int]:
        """Every case ``similar_names`` could accept for ``words``, and some more.

        A name on file at least as long as ``words`` must match each of them:
        equal, one typo away, or as an initial. So the cases sharing a near key
        of its rarest word (or holding its initial) are enough. A shorter name
        on file must have a word equal or one typo away from one of ``words``
        (initials alone never match): those share a near key of some word.
        """
        n = len(words)
        found: set[int] = set()
        keyed = [w for w in words if len(w) > 1]
        if not keyed:
            return found  # initials alone never match (see similar_names)
        longer = [near for count, near in self._near.items() if count >= n]
        if n == 1:  # a lone word only matches a lone word
            longer = [self._near[1]] if 1 in self._near else []

        def lookup(keys: Iterable[str], tables: list[dict[str, set[int]]]) -> list[set[int]]:
            return [t[k] for t in tables for k in keys if k in t]

        def keys_of(word: str) -> set[str]:
            return near_keys(word) | {word[0]}

        best = min(keyed, key=lambda w: sum(map(len, lookup(keys_of(w), longer))))
        found.update(*lookup(keys_of(best), longer))
        if n > 2:
            shorter = [near for count, near in self._near.items() if 2 <= count < n]
            for word in words:
                found.update(*lookup(near_keys(word), shorter))
        return found


# Reading every case into the index costs about what the query costs for one row
# per 50 to 100 cases: a sheet with fewer rows than that asks the database instead.
CASES_PER_ROW = 50


class DuplicateFinder:
    """``possible_duplicates`` for an import: cases on file, and this sheet's cases queued.

    A large sheet reads every case into one ``DuplicateIndex``. A small sheet
    on a large desk asks ``debtors.possible_duplicates`` (the database, this
    sheet's written cases included) and keeps only its cases not written yet
    in an index; the two answers are ranked together.
    """

    def __init__(self, session: Session, rows: int) -> None:
        self.session = session
        on_file = session.scalar(select(func.count()).select_from(Debtor)) or 0
        self.in_memory = rows * CASES_PER_ROW >= on_file
        self.index = DuplicateIndex.load(session) if self.in_memory else DuplicateIndex()

    def find(
        self, *, full_name: str | None, iin: str | None, phone: str | None, limit: int
    ) -> list[debtors.PossibleDuplicate]:
        found = self.index.find(full_name=full_name, iin=iin, phone=phone, limit=limit)
        if self.in_memory:
            return found
        found += debtors.possible_duplicates(
            self.session, full_name=full_name, iin=iin, phone=phone, limit=limit
        )
        return debtors.rank_duplicates(found, limit)

    def queued(self, key: int, entry: Entry) -> None:
        """A case of this sheet, not written yet (``key``: see ``DuplicateIndex``)."""
        self.index.add(key, entry)

    def written(self, keys: Iterable[int]) -> None:
        """These queued cases are in the database now (the query finds them there)."""
        if not self.in_memory:
            for key in keys:
                self.index.remove(key)

    def changed(self, key: int, entry: Entry) -> None:
        """A case was changed (a merge filled its blanks)."""
        if self.in_memory:
            self.index.add(key, entry)


def entry_of(full_name: str, iin: str | None, phone: str | None, city: str | None) -> Entry:
    """The entry of a case about to be written with these (cleaned) values."""
    text = debtors.search_text_of(full_name, iin, phone, [])
    return Entry(full_name, debtors.name_key(full_name), text, iin, phone, city)


__all__ = ["DuplicateFinder", "DuplicateIndex", "Entry", "entry_of", "near_keys"]
