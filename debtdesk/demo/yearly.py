"""The MRP and subsistence minimum per year, so demo cases can be screened and budgeted.

The finance screens read both as settings per year (``finance.yearly``). These
are the figures of the republican budget laws for 2023–2026 as we know them;
they are set only where the database has none, and an advisor checks and
corrects them in Settings like any other setting — never a constant in code.
"""

from __future__ import annotations

import uuid as _uuid
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, select

from debtdesk.demo.rows import IdAllocator
from debtdesk.finance.yearly import MRP, SUBSISTENCE_MINIMUM
from debtdesk.model import Setting

_UUID_NAMESPACE = _uuid.UUID("0f7f3a52-39a4-4c55-9a0e-6a4e2b1c7d21")

# Tenge, by year (budget laws; check before relying on them).
YEARLY: dict[str, dict[int, int]] = {
    MRP: {2023: 3450, 2024: 3692, 2025: 3932, 2026: 4325},
    SUBSISTENCE_MINIMUM: {2023: 40567, 2024: 43407, 2025: 46228, 2026: 50851},
}


def ensure_yearly(conn: Connection, ids: IdAllocator, created: datetime) -> int:
    """Add the yearly values this database lacks (none is ever changed); returns how many."""
    have = {(key, year) for key, year in conn.execute(select(Setting.key, Setting.year))}
    rows: list[dict[str, Any]] = []
    for key, years in YEARLY.items():
        for year, value in years.items():
            if (key, year) in have:
                continue
            rows.append(
                {
                    "id": ids.next("setting"),
                    "uuid": str(_uuid.uuid5(_UUID_NAMESPACE, f"{key} {year}")),
                    "created_at": created,
                    "updated_at": created,
                    "version": 1,
                    "key": key,
                    "year": year,
                    "value": str(value),
                }
            )
    if rows:
        conn.execute(Setting.__table__.insert(), rows)
    return len(rows)
