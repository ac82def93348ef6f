"""Debtors (cases): create, change, delete; keep their search keys current."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, and_, or_, select, true, update
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import set_committed_value

from debtdesk.errors import ConflictError, ValidationError
from debtdesk.i18n import _
from debtdesk.model import Advisor, Debtor, Proceeding
from debtdesk.services import audit, records
from debtdesk.services.fields import (
    Choice,
    Day,
    Iin,
    Integer,
    Phone,
    Ref,
    Tags,
    Text,
    normalize_phone,
)
from debtdesk.text import digits, fold
from debtdesk.vocab import DebtorStatus, Language, ProblemKind, VulnerableStatus

SCHEMA = {
    "full_name": Text(max_len=200, required=True),
    "iin": Iin(),
    "phone": Phone(),
    "address": Text(max_len=500),
    "city": Text(max_len=100),
    "language": Choice(Language),
    "problem_kind": Choice(ProblemKind),
    "household_size": Integer(minimum=1, maximum=30),
    "minors": Integer(minimum=0, maximum=30),
    "vulnerable_status": Choice(VulnerableStatus),
    "consent_date": Day(),
    "advisor_id": Ref(),
    "status": Choice(DebtorStatus),
    "tags": Tags(),
    "notes": Text(max_len=20000, multiline=True),
}


NAME_KEY_LEN = 200  # Debtor.name_key is String(200)


def name_key(full_name: str | None) -> str:
    """The folded name, cut to its column: folding can lengthen ("İ" lowers to two characters)."""
    return fold(full_name)[:NAME_KEY_LEN]


def search_text(debtor: Debtor, case_numbers: list[str]) -> str:
    """One string holding everything the register search matches (all folded)."""
    return search_text_of(debtor.full_name, debtor.iin, debtor.phone, case_numbers)


def search_text_of(
    full_name: str | None, iin: str | None, phone: str | None, case_numbers: list[str]
) -> str:
    """``search_text`` from the values (for cases not written yet: a spreadsheet import)."""
    parts = [name_key(full_name), iin or "", digits(phone)]
    parts += [fold(n) for n in case_numbers if n]
    return " | ".join(parts)


def refresh_search_text(session: Session, debtor: Debtor) -> None:
    """Rewrite the debtor's search keys from its name, IIN, phone and case numbers.

    The keys are derived, not edits: they are written without a new version (and
    without an audit line), so a case number added by one advisor does not make
    another advisor's open form on the debtor conflict. The write still checks
    the version, so keys are never computed from a debtor someone else changed.
    """
    numbers = session.scalars(
        select(Proceeding.case_no)
        .where(Proceeding.debtor_id == debtor.id, Proceeding.case_no.is_not(None))
        .order_by(Proceeding.id)
    ).all()
    keys = {"name_key": name_key(debtor.full_name), "search_text": search_text(debtor, numbers)}
    table = Debtor.__table__
    result = session.execute(
        update(table)
        .where(table.c.id == debtor.id, table.c.version == debtor.version)
        # updated_at set to itself: its onupdate must not mark the debtor as edited.
        .values(**keys, updated_at=table.c.updated_at)
    )
    if result.rowcount != 1:
        fields, who, when = audit.changes_since(session, "debtor", debtor.id, debtor.version)
        raise ConflictError("debtor", debtor.id, fields, who, when)
    for key, value in keys.items():
        set_committed_value(debtor, key, value)


def check_household(session: Session, cleaned: Mapping[str, Any], debtor: Debtor | None) -> None:
    """Checks across fields: no more minors than people; the advisor exists."""
    household = cleaned.get("household_size", debtor.household_size if debtor else None)
    minors = cleaned.get("minors", debtor.minors if debtor else None)
    if household is not None and minors is not None and minors >= household + 1:
        raise ValidationError("minors", _("more minors than people in the household"))
    advisor_id = cleaned.get("advisor_id")
    if advisor_id is not None and session.get(Advisor, advisor_id) is None:
        raise ValidationError("advisor_id", _("no such advisor: {id}").format(id=advisor_id))


def create_debtor(session: Session, values: Mapping[str, Any]) -> Debtor:
    """Open a new case for a debtor."""
    cleaned = {k: SCHEMA[k].clean(k, v) for k, v in values.items() if k in SCHEMA}
    check_household(session, cleaned, None)
    debtor = records.create(
        session,
        Debtor,
        SCHEMA,
        values,
        extra={"name_key": name_key(cleaned.get("full_name")), "search_text": ""},
    )
    refresh_search_text(session, debtor)
    return debtor


def update_debtor(
    session: Session,
    debtor_id: int,
    changes: Mapping[str, Any],
    *,
    expected_version: int | None = None,
) -> list[str]:
    debtor = records.get(session, Debtor, debtor_id)
    cleaned = {k: SCHEMA[k].clean(k, v) for k, v in changes.items() if k in SCHEMA}
    check_household(session, cleaned, debtor)
    changed = records.update(
        session, debtor, SCHEMA, changes, expected_version=expected_version, debtor_id=debtor.id
    )
    if {"full_name", "iin", "phone"} & set(changed):
        refresh_search_text(session, debtor)
    return changed


def delete_debtor(session: Session, debtor_id: int, *, expected_version: int | None = None) -> None:
    """Delete a case and everything that hangs off it (loans, proceedings, events, …)."""
    debtor = records.get(session, Debtor, debtor_id)
    records.delete(session, debtor, expected_version=expected_version, debtor_id=debtor.id)


def get_debtor(session: Session, debtor_id: int) -> Debtor:
    return records.get(session, Debtor, debtor_id)


@dataclass(frozen=True)
class PossibleDuplicate:
    """An existing case that may be the person being entered, and why it was picked."""

    id: int
    full_name: str
    iin: str | None
    phone: str | None
    city: str | None
    reasons: tuple[str, ...]  # of "iin", "phone", "name", strongest first

    @property
    def reason(self) -> str:
        return self.reasons[0]


# Strongest evidence first: an IIN is one person, a phone usually one household.
_REASON_ORDER = {"iin": 0, "phone": 1, "name": 2}
_NAME_WORD = re.compile(r"[^\W\d_]+")  # letters only: hyphens, dots and initials split words
_MAX_NAME_WORDS = 6


def name_words(full_name: str | None) -> list[str]:
    """The folded words of a name, the unit similar names are compared by."""
    return _NAME_WORD.findall(name_key(full_name))[:_MAX_NAME_WORDS]


def similar_names(a: list[str], b: list[str]) -> bool:
    """Whether two folded names may be the same person's.

    People give their name in any order (surname first or last), often without
    the patronymic, with an initial for it, and an advisor typing while they talk
    makes a typo. So: every word of the shorter name is found in the longer one,
    a one-letter word matching as an initial, with one typo (an edit or two
    swapped letters) allowed in all, and at least one word matched as a word
    (initials alone say nothing). A lone word only matches a lone word: a
    surname alone would list every namesake.
    """
    short, long = sorted((a, b), key=len)
    if not short or (len(short) == 1 and len(long) > 1):
        return False
    return _covered(short, long)


def _covered(short: list[str], long: list[str]) -> bool:
    """Every word of ``short`` in ``long``: equal, an initial of it, or one typo in all."""
    rest = list(long)
    unmatched: list[str] = []
    whole = 0  # words matched as words, not as initials: one at least is needed
    for word in short:
        if word in rest:  # exact matches first: pairing equal words never costs an edit
            rest.remove(word)
            whole += len(word) > 1
        else:
            unmatched.append(word)
    if not unmatched:
        return whole > 0
    if any(len(w) == 1 for w in unmatched) or any(len(w) == 1 for w in rest):
        for word in list(unmatched):  # an initial on either side stands for the whole word
            pair = next((w for w in rest if _initial_of(word, w) or _initial_of(w, word)), None)
            if pair is not None:
                rest.remove(pair)
                unmatched.remove(word)
    if not unmatched:
        return whole > 0
    if len(unmatched) > 1:
        return False
    # Imported here: every service imports this module, only the duplicate check needs it.
    from rapidfuzz.distance import OSA

    typo = any(OSA.distance(unmatched[0], w, score_cutoff=1) <= 1 for w in rest)
    return typo and (whole > 0 or len(unmatched[0]) > 1)


def _initial_of(initial: str, word: str) -> bool:
    return len(initial) == 1 and len(word) > 1 and word.startswith(initial)


@dataclass(frozen=True)
class NameTest:
    """The cheap test ``similar_names`` candidates pass, as data (see ``name_test``).

    Kept as data so the database query (``_name_candidates``) and the import's
    in-memory duplicate index (``debtdesk.sheets.duplicate_index``) apply the
    very same test: a name the app's check would not offer, an import does not
    report either.
    """

    # Two or more long words: a name on file passes when, for one branch, the
    # branch's word is in it intact and (when the branch lists any) one of its
    # fragments is too.
    branches: tuple[tuple[str, tuple[str, ...]], ...] = ()
    # Otherwise: one of these fragments is in it (none listed: any name passes).
    fragments: tuple[str, ...] = ()
    # The FTS5 query narrowing the same test on SQLite (implied by the test).
    lookup: str | None = None
    lone: bool = False  # a lone word only matches a lone word

    def accepts(self, search_text: str, name_key: str) -> bool:
        """What the SQL of ``_name_candidates`` answers for one debtor on file.

        ``contains`` is a plain substring test on the folded ``search_text`` (the
        trigram lookup only narrows what the substring tests decide).
        """
        if self.branches:
            return any(
                word in search_text and (not frags or any(f in search_text for f in frags))
                for word, frags in self.branches
            )
        if self.fragments and not any(f in search_text for f in self.fragments):
            return False
        return not (self.lone and " " in name_key)


def name_test(words: list[str]) -> NameTest | None:
    """A cheap test the names ``similar_names`` could accept pass (it then decides).

    With two words of three letters or more, one of them is in the name intact
    (one typo in all), and another is intact, or one of its halves is, or the
    name has its initial ("Иванова М."). With one such word, one of its halves
    is. A lone word only matches a lone word. Names on file that are all
    initials but one, while that one is mistyped, or whose initials have no dot,
    are the price of not reading every case. None: initials alone, nothing to
    tell a name by.
    """
    long_words = [w for w in words if len(w) >= 3]
    if len(long_words) >= 2:
        branches: list[tuple[str, tuple[str, ...]]] = []
        lookups = []
        for word in long_words:
            others = [o for o in long_words if o is not word]
            fragments = [f for o in others for f in (*_halves(o), *_initials(o))]
            if min(len(f) for f in fragments) < 2:  # a short word: its halves say nothing
                branches.append((word, ()))
                lookups.append(_phrase(word))
                continue
            branches.append((word, tuple(fragments)))
            if min(len(f) for f in fragments) >= 3:
                lookups.append(f"{_phrase(word)} AND ({' OR '.join(map(_phrase, fragments))})")
            else:  # a half too short for a trigram: the intact word alone narrows
                lookups.append(_phrase(word))
        return NameTest(branches=tuple(branches), lookup=" OR ".join(f"({q})" for q in lookups))
    halves = [h for w in long_words or words for h in _halves(w)]
    if halves and min(len(h) for h in halves) >= 2:
        fragments = halves
    elif len(words) > 1:  # short words ("Ким Ли"): one typo leaves one of them intact
        fragments = [w for w in words if len(w) >= 2]
        if not fragments:
            return None
    else:
        fragments = []  # one short word: only the few lone words on file are read
    lookup = None
    if fragments and min(len(f) for f in fragments) >= 3:
        lookup = " OR ".join(map(_phrase, fragments))
    return NameTest(fragments=tuple(fragments), lookup=lookup, lone=len(words) == 1)


def _name_candidates(words: list[str]) -> ColumnElement[bool] | None:
    """``name_test`` as SQL over ``search_text``.

    The test reads ``search_text`` (the folded name and more), which the
    register's trigram index serves (``_trigram_match``): index lookups instead
    of a pass over 100,000 cases.
    """
    test = name_test(words)
    if test is None:
        return None
    text = Debtor.search_text
    if test.branches:
        branches = []
        for word, fragments in test.branches:
            intact = text.contains(word, autoescape=True)
            if not fragments:
                branches.append(intact)
                continue
            branches.append(
                and_(intact, or_(*(text.contains(f, autoescape=True) for f in fragments)))
            )
        assert test.lookup is not None
        return and_(_trigram_match(test.lookup), or_(*branches))
    condition: ColumnElement[bool] = true()
    if test.fragments:
        condition = or_(*(text.contains(f, autoescape=True) for f in test.fragments))
        if test.lookup is not None:
            condition = and_(_trigram_match(test.lookup), condition)
    if test.lone:
        condition = and_(condition, Debtor.name_key.not_like("% %"))
    return condition


def _trigram_match(query: str) -> ColumnElement[bool]:
    """Debtors the SQLite trigram index finds for an FTS5 ``query`` (PostgreSQL: true).

    The register's index (migration 0002); PostgreSQL's ``pg_trgm`` index serves
    the ``LIKE`` conditions beside this one directly.
    """
    from debtdesk.services.cases import _debtor_search, _on_sqlite_only

    found = select(_debtor_search.c.rowid).where(_debtor_search.c.search_text.match(query))
    return _on_sqlite_only(Debtor.id.in_(found))


def _phrase(fragment: str) -> str:
    return '"' + fragment.replace('"', '""') + '"'


def _halves(word: str) -> list[str]:
    """The word's start and end, with one letter between them left out.

    One typo (a letter wrong, missing or extra, or two letters swapped) touches at
    most one of the two, so the other is intact in the name on file.
    """
    middle = (len(word) - 1) // 2
    return [word[:middle], word[middle + 1 :]]


def _initials(word: str) -> list[str]:
    """How the word's initial is written in a name on file: "Иванова М. П.", "Иванова М.П."."""
    return [f" {word[0]}.", f".{word[0]}."]


def possible_duplicates(
    session: Session,
    *,
    full_name: str | None = None,
    iin: str | None = None,
    phone: str | None = None,
    exclude_id: int | None = None,
    limit: int = 10,
) -> list[PossibleDuplicate]:
    """Existing debtors that may be the same person: same IIN or phone, or a similar name.

    Meant to run while the advisor types, so partial input finds nothing rather
    than failing: an IIN counts once it has 12 digits, a phone once it reads as
    a phone number in any usual format (``8 701 …``, ``+7 (701) …``).
    """
    iin_digits = digits(iin)
    iin_key = iin_digits if len(iin_digits) == 12 else None
    phone_key = normalize_phone(phone) if phone else None
    words = name_words(full_name)
    reasons: dict[int, list[str]] = {}
    # Three queries, not one OR: each is then served by its own index.
    for reason, key, column in (("iin", iin_key, Debtor.iin), ("phone", phone_key, Debtor.phone)):
        if key:
            for found_id in session.scalars(select(Debtor.id).where(column == key)):
                reasons.setdefault(found_id, []).append(reason)
    by_name = _name_candidates(words) if words else None
    if by_name is not None:
        for found_id, key in session.execute(select(Debtor.id, Debtor.name_key).where(by_name)):
            if similar_names(words, name_words(key)):
                reasons.setdefault(found_id, []).append("name")
    if exclude_id is not None:
        reasons.pop(exclude_id, None)
    if not reasons:
        return []
    rows = session.execute(
        select(Debtor.id, Debtor.full_name, Debtor.iin, Debtor.phone, Debtor.city).where(
            Debtor.id.in_(reasons)
        )
    )
    found = [
        PossibleDuplicate(
            row.id, row.full_name, row.iin, row.phone, row.city, tuple(reasons[row.id])
        )
        for row in rows
    ]
    return rank_duplicates(found, limit)


def rank_duplicates(found: list[PossibleDuplicate], limit: int) -> list[PossibleDuplicate]:
    """The strongest ``limit`` of ``found``: by best reason, then number of reasons, name, id."""
    found.sort(key=lambda d: (_REASON_ORDER[d.reasons[0]], -len(d.reasons), d.full_name, d.id))
    return found[:limit]
