"""Deadlines for demonstration data: computed by the engine, the old ones settled.

Generated cases carry years of court history; in a real desk the appeals of
2019 were filed long ago, so deadlines more than two weeks past are marked done
and only recent ones show as overdue on the agenda.
"""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import update
from sqlalchemy.orm import Session

from debtdesk.clock import utcnow
from debtdesk.deadlines.engine import recompute_all
from debtdesk.model import Deadline
from debtdesk.vocab import DeadlineStatus

SETTLED_AFTER = timedelta(days=14)


def compute_demo_deadlines(session: Session, on: date) -> dict[str, int]:
    """Compute every deadline, then mark those due before ``on`` − 14 days as done."""
    stats = recompute_all(session)
    settled = session.execute(
        update(Deadline)
        .where(
            Deadline.status == DeadlineStatus.OPEN,
            Deadline.manual.is_(False),
            Deadline.due_date < on - SETTLED_AFTER,
        )
        .values(status=DeadlineStatus.DONE.value, done_at=utcnow(), version=Deadline.version + 1)
    )
    return {**stats, "settled": settled.rowcount}
