"""After a batch, the objects it leaves are old: the next letter's collections do not walk them.

The batch pauses Python's collector; everything it made was then still young,
and the letter an advisor wrote next paid for walking it two or three times
as it was promoted (0.3-0.6 s on a 70 ms letter). The batch now collects
fully once while its helper works, so what survives is in the oldest
generation and the young ones hold only what was made since.
"""

from __future__ import annotations

import gc

import pytest
from sqlalchemy import select

from debtdesk.demo import generate
from debtdesk.documents import parallel
from debtdesk.documents.batch import batch_letters
from debtdesk.model import Debtor


def _young() -> int:
    return len(gc.get_objects(0)) + len(gc.get_objects(1))


@pytest.mark.parametrize("helped", [True, False])
def test_a_batch_leaves_no_young_objects_for_the_next_letter(sqlite_db, today, monkeypatch, helped):
    generate(sqlite_db, 40, seed=7, on=today)
    monkeypatch.setattr(parallel, "MIN_LETTERS", 2 if helped else 10**9)
    gc.collect()
    baseline = len(gc.get_objects())
    was_on = gc.isenabled()
    gc.disable()  # nothing collected behind the test's back
    try:
        with sqlite_db.session() as s:
            ids = list(s.scalars(select(Debtor.id).order_by(Debtor.id)))
            result = batch_letters(s, "debt_statement_request", ids, skip_incomplete=True)
        young = _young()
        alive = len(gc.get_objects()) - baseline
    finally:
        if was_on:
            gc.enable()
    assert len(result.letters) > 20
    # The young generations hold only what was made after the batch's
    # collection (registering): before, they held all it made (20,000-50,000).
    assert young < max(2_000, alive // 4), (young, alive)
