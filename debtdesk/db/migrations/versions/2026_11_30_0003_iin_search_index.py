"""iin search index: the register's IIN prefixes read from one narrow index

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-30 19:30:00

Written by hand for the one index the model gained (``Debtor.__table_args__``'s
``ix_debtor_iin_search``), so files at 0002 get it as they are opened.

A search typed as digits ranks the cases whose IIN starts with them first
(``services.cases._starts``: ``iin >= '710' AND iin < '710\\U0010ffff'``). The
IIN's own index finds them, but each hit's name and search text were then read
from the wide debtor table: 10-36 ms for "710" at 100,000 cases. With the IIN,
folded name and search text in one index the rows are never visited (about
8 ms), for about 19 MB at 100,000 cases on SQLite.

"If not exists": migration 0001 is generated from the model, so once regenerated
it builds this index itself and this revision then has nothing to do.
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index(
        "ix_debtor_iin_search", "debtor", ["iin", "name_key", "search_text"], if_not_exists=True
    )


def downgrade() -> None:
    op.drop_index("ix_debtor_iin_search", table_name="debtor", if_exists=True)
