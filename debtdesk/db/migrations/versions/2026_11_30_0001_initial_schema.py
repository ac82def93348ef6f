"""initial schema

Revision ID: 0001
Revises:
Create Date: 2026-11-30 12:53:02.919519
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "advisor",
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("local_group", sa.String(length=200), nullable=True),
        sa.Column("phone", sa.String(length=32), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_advisor")),
        sa.UniqueConstraint("name", name=op.f("uq_advisor_name")),
        sa.UniqueConstraint("uuid", name=op.f("uq_advisor_uuid")),
    )
    op.create_table(
        "calendar_day",
        sa.Column("date", sa.Date(), nullable=False),
        sa.Column("working", sa.Boolean(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("reason", sa.String(length=300), nullable=False),
        sa.Column("jurisdiction", sa.String(length=16), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_calendar_day")),
        sa.UniqueConstraint("jurisdiction", "date", name=op.f("uq_calendar_day_jurisdiction")),
        sa.UniqueConstraint("uuid", name=op.f("uq_calendar_day_uuid")),
    )
    with op.batch_alter_table("calendar_day", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_calendar_day_date"), ["date"], unique=False)

    op.create_table(
        "court",
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("name_key", sa.String(length=300), nullable=False),
        sa.Column("city", sa.String(length=100), nullable=True),
        sa.Column("address", sa.String(length=500), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_court")),
        sa.UniqueConstraint("uuid", name=op.f("uq_court_uuid")),
    )
    with op.batch_alter_table("court", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_court_name_key"), ["name_key"], unique=False)

    op.create_table(
        "creditor",
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("name_key", sa.String(length=200), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("bin", sa.String(length=12), nullable=True),
        sa.Column("address", sa.String(length=500), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_creditor")),
        sa.UniqueConstraint("uuid", name=op.f("uq_creditor_uuid")),
    )
    with op.batch_alter_table("creditor", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_creditor_name_key"), ["name_key"], unique=False)

    op.create_table(
        "exchange_rate",
        sa.Column("date", sa.Date(), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("rate", sa.BigInteger(), nullable=False),
        sa.Column("source", sa.String(length=200), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_exchange_rate")),
        sa.UniqueConstraint("currency", "date", name=op.f("uq_exchange_rate_currency")),
        sa.UniqueConstraint("uuid", name=op.f("uq_exchange_rate_uuid")),
    )
    with op.batch_alter_table("exchange_rate", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_exchange_rate_date"), ["date"], unique=False)

    op.create_table(
        "print_batch",
        sa.Column("template", sa.String(length=64), nullable=False),
        sa.Column("created_on", sa.Date(), nullable=False),
        sa.Column("letters", sa.Integer(), nullable=False),
        sa.Column("pages", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("pdf", sa.LargeBinary(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_print_batch")),
        sa.UniqueConstraint("sha256", name=op.f("uq_print_batch_sha256")),
        sa.UniqueConstraint("uuid", name=op.f("uq_print_batch_uuid")),
    )
    op.create_table(
        "setting",
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("year", sa.Integer(), nullable=True),
        sa.Column("value", sa.Text(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_setting")),
        sa.UniqueConstraint("key", "year", name=op.f("uq_setting_key")),
        sa.UniqueConstraint("uuid", name=op.f("uq_setting_uuid")),
    )
    op.create_table(
        "audit_entry",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("advisor_id", sa.Integer(), nullable=True),
        sa.Column("advisor_name", sa.String(length=200), nullable=True),
        sa.Column("entity", sa.String(length=32), nullable=False),
        sa.Column("entity_id", sa.Integer(), nullable=False),
        sa.Column("entity_uuid", sa.String(length=36), nullable=True),
        sa.Column("debtor_id", sa.Integer(), nullable=True),
        sa.Column("action", sa.String(length=16), nullable=False),
        sa.Column("changed", sa.JSON(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=True),
        sa.Column("import_batch", sa.String(length=36), nullable=True),
        sa.ForeignKeyConstraint(
            ["advisor_id"],
            ["advisor.id"],
            name=op.f("fk_audit_entry_advisor_id_advisor"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_entry")),
    )
    with op.batch_alter_table("audit_entry", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_audit_entry_at"), ["at"], unique=False)
        batch_op.create_index(batch_op.f("ix_audit_entry_debtor_id"), ["debtor_id"], unique=False)
        batch_op.create_index("ix_audit_entry_entity", ["entity", "entity_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_audit_entry_import_batch"), ["import_batch"], unique=False
        )

    op.create_table(
        "debtor",
        sa.Column("full_name", sa.String(length=200), nullable=False),
        sa.Column("name_key", sa.String(length=200), nullable=False),
        sa.Column("search_text", sa.Text(), nullable=False),
        sa.Column("iin", sa.String(length=12), nullable=True),
        sa.Column("phone", sa.String(length=32), nullable=True),
        sa.Column("address", sa.String(length=500), nullable=True),
        sa.Column("city", sa.String(length=100), nullable=True),
        sa.Column("language", sa.String(length=2), nullable=False),
        sa.Column("problem_kind", sa.String(length=32), nullable=False),
        sa.Column("household_size", sa.Integer(), nullable=True),
        sa.Column("minors", sa.Integer(), nullable=True),
        sa.Column("vulnerable_status", sa.String(length=32), nullable=False),
        sa.Column("consent_date", sa.Date(), nullable=True),
        sa.Column("advisor_id", sa.Integer(), nullable=True),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("tags", sa.JSON(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["advisor_id"],
            ["advisor.id"],
            name=op.f("fk_debtor_advisor_id_advisor"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_debtor")),
        sa.UniqueConstraint("uuid", name=op.f("uq_debtor_uuid")),
    )
    with op.batch_alter_table("debtor", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_debtor_advisor_id"), ["advisor_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_debtor_city"), ["city"], unique=False)
        batch_op.create_index(batch_op.f("ix_debtor_iin"), ["iin"], unique=False)
        batch_op.create_index(batch_op.f("ix_debtor_name_key"), ["name_key"], unique=False)
        batch_op.create_index(batch_op.f("ix_debtor_phone"), ["phone"], unique=False)
        batch_op.create_index(
            "ix_debtor_search",
            ["name_key", "search_text", "iin"],
            unique=False,
            postgresql_ops={"name_key": 'COLLATE "C"'},
        )
        batch_op.create_index(batch_op.f("ix_debtor_status"), ["status"], unique=False)

    op.create_table(
        "budget_line",
        sa.Column("debtor_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=8), nullable=False),
        sa.Column("category", sa.String(length=64), nullable=False),
        sa.Column("amount", sa.BigInteger(), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("note", sa.String(length=500), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["debtor_id"],
            ["debtor.id"],
            name=op.f("fk_budget_line_debtor_id_debtor"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_budget_line")),
        sa.UniqueConstraint("uuid", name=op.f("uq_budget_line_uuid")),
    )
    with op.batch_alter_table("budget_line", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_budget_line_debtor_id"), ["debtor_id"], unique=False)

    op.create_table(
        "loan",
        sa.Column("debtor_id", sa.Integer(), nullable=False),
        sa.Column("creditor_id", sa.Integer(), nullable=True),
        sa.Column("contract_no", sa.String(length=64), nullable=True),
        sa.Column("contract_date", sa.Date(), nullable=True),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("principal", sa.BigInteger(), nullable=False),
        sa.Column("rate", sa.BigInteger(), nullable=True),
        sa.Column("term_months", sa.Integer(), nullable=True),
        sa.Column("schedule_kind", sa.String(length=16), nullable=False),
        sa.Column("collateral", sa.Text(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["creditor_id"],
            ["creditor.id"],
            name=op.f("fk_loan_creditor_id_creditor"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["debtor_id"], ["debtor.id"], name=op.f("fk_loan_debtor_id_debtor"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_loan")),
        sa.UniqueConstraint("uuid", name=op.f("uq_loan_uuid")),
    )
    with op.batch_alter_table("loan", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_loan_creditor_id"), ["creditor_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_loan_debtor_id"), ["debtor_id"], unique=False)

    op.create_table(
        "note",
        sa.Column("debtor_id", sa.Integer(), nullable=False),
        sa.Column("advisor_id", sa.Integer(), nullable=True),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["advisor_id"],
            ["advisor.id"],
            name=op.f("fk_note_advisor_id_advisor"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["debtor_id"], ["debtor.id"], name=op.f("fk_note_debtor_id_debtor"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_note")),
        sa.UniqueConstraint("uuid", name=op.f("uq_note_uuid")),
    )
    with op.batch_alter_table("note", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_note_at"), ["at"], unique=False)
        batch_op.create_index(batch_op.f("ix_note_debtor_id"), ["debtor_id"], unique=False)

    op.create_table(
        "property",
        sa.Column("debtor_id", sa.Integer(), nullable=False),
        sa.Column("address", sa.String(length=500), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("area", sa.BigInteger(), nullable=True),
        sa.Column("sole_home", sa.Boolean(), nullable=False),
        sa.Column("unfinished", sa.Boolean(), nullable=False),
        sa.Column("residents", sa.Integer(), nullable=True),
        sa.Column("minors", sa.Integer(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["debtor_id"],
            ["debtor.id"],
            name=op.f("fk_property_debtor_id_debtor"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_property")),
        sa.UniqueConstraint("uuid", name=op.f("uq_property_uuid")),
    )
    with op.batch_alter_table("property", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_property_debtor_id"), ["debtor_id"], unique=False)

    op.create_table(
        "debt_statement",
        sa.Column("loan_id", sa.Integer(), nullable=False),
        sa.Column("as_of", sa.Date(), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("principal", sa.BigInteger(), nullable=False),
        sa.Column("interest", sa.BigInteger(), nullable=False),
        sa.Column("penalties", sa.BigInteger(), nullable=False),
        sa.Column("fees", sa.BigInteger(), nullable=False),
        sa.Column("source", sa.String(length=200), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["loan_id"],
            ["loan.id"],
            name=op.f("fk_debt_statement_loan_id_loan"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_debt_statement")),
        sa.UniqueConstraint("uuid", name=op.f("uq_debt_statement_uuid")),
    )
    with op.batch_alter_table("debt_statement", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_debt_statement_loan_id"), ["loan_id"], unique=False)

    op.create_table(
        "payment",
        sa.Column("loan_id", sa.Integer(), nullable=False),
        sa.Column("date", sa.Date(), nullable=False),
        sa.Column("amount", sa.BigInteger(), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["loan_id"], ["loan.id"], name=op.f("fk_payment_loan_id_loan"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_payment")),
        sa.UniqueConstraint("uuid", name=op.f("uq_payment_uuid")),
    )
    with op.batch_alter_table("payment", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_payment_loan_id"), ["loan_id"], unique=False)

    op.create_table(
        "proceeding",
        sa.Column("debtor_id", sa.Integer(), nullable=False),
        sa.Column("loan_id", sa.Integer(), nullable=True),
        sa.Column("court_id", sa.Integer(), nullable=True),
        sa.Column("parent_id", sa.Integer(), nullable=True),
        sa.Column("case_no", sa.String(length=64), nullable=True),
        sa.Column("judge", sa.String(length=200), nullable=True),
        sa.Column("bailiff", sa.String(length=300), nullable=True),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("stage", sa.String(length=16), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("outcome", sa.String(length=16), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["court_id"],
            ["court.id"],
            name=op.f("fk_proceeding_court_id_court"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["debtor_id"],
            ["debtor.id"],
            name=op.f("fk_proceeding_debtor_id_debtor"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["loan_id"], ["loan.id"], name=op.f("fk_proceeding_loan_id_loan"), ondelete="SET NULL"
        ),
        sa.ForeignKeyConstraint(
            ["parent_id"],
            ["proceeding.id"],
            name=op.f("fk_proceeding_parent_id_proceeding"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_proceeding")),
        sa.UniqueConstraint("uuid", name=op.f("uq_proceeding_uuid")),
    )
    with op.batch_alter_table("proceeding", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_proceeding_case_no"), ["case_no"], unique=False)
        batch_op.create_index(batch_op.f("ix_proceeding_court_id"), ["court_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_proceeding_debtor_id"), ["debtor_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_proceeding_loan_id"), ["loan_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_proceeding_parent_id"), ["parent_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_proceeding_status"), ["status"], unique=False)

    op.create_table(
        "document",
        sa.Column("debtor_id", sa.Integer(), nullable=False),
        sa.Column("proceeding_id", sa.Integer(), nullable=True),
        sa.Column("template", sa.String(length=64), nullable=False),
        sa.Column("language", sa.String(length=2), nullable=False),
        sa.Column("recipient", sa.String(length=300), nullable=True),
        sa.Column("recipient_kind", sa.String(length=16), nullable=True),
        sa.Column("outgoing_no", sa.String(length=32), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("created_on", sa.Date(), nullable=False),
        sa.Column("sent_on", sa.Date(), nullable=True),
        sa.Column("received_on", sa.Date(), nullable=True),
        sa.Column("reply_on", sa.Date(), nullable=True),
        sa.Column("file_hash", sa.String(length=64), nullable=True),
        sa.Column("batch_id", sa.Integer(), nullable=True),
        sa.Column("first_page", sa.Integer(), nullable=True),
        sa.Column("last_page", sa.Integer(), nullable=True),
        sa.Column("pdf", sa.LargeBinary(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["batch_id"],
            ["print_batch.id"],
            name=op.f("fk_document_batch_id_print_batch"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["debtor_id"],
            ["debtor.id"],
            name=op.f("fk_document_debtor_id_debtor"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["proceeding_id"],
            ["proceeding.id"],
            name=op.f("fk_document_proceeding_id_proceeding"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_document")),
        sa.UniqueConstraint("outgoing_no", name=op.f("uq_document_outgoing_no")),
        sa.UniqueConstraint("uuid", name=op.f("uq_document_uuid")),
    )
    with op.batch_alter_table("document", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_document_batch_id"), ["batch_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_document_created_on"), ["created_on"], unique=False)
        batch_op.create_index(batch_op.f("ix_document_debtor_id"), ["debtor_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_document_proceeding_id"), ["proceeding_id"], unique=False
        )

    op.create_table(
        "event",
        sa.Column("debtor_id", sa.Integer(), nullable=False),
        sa.Column("proceeding_id", sa.Integer(), nullable=True),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("date", sa.Date(), nullable=False),
        sa.Column("time", sa.Time(), nullable=True),
        sa.Column("place", sa.String(length=300), nullable=True),
        sa.Column("attendees", sa.String(length=500), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["debtor_id"], ["debtor.id"], name=op.f("fk_event_debtor_id_debtor"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["proceeding_id"],
            ["proceeding.id"],
            name=op.f("fk_event_proceeding_id_proceeding"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_event")),
        sa.UniqueConstraint("uuid", name=op.f("uq_event_uuid")),
    )
    with op.batch_alter_table("event", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_event_date"), ["date"], unique=False)
        batch_op.create_index(
            "ix_event_debtor_kind_date", ["debtor_id", "kind", "date"], unique=False
        )
        batch_op.create_index("ix_event_kind_date", ["kind", "date"], unique=False)
        batch_op.create_index(batch_op.f("ix_event_proceeding_id"), ["proceeding_id"], unique=False)

    op.create_table(
        "attachment",
        sa.Column("debtor_id", sa.Integer(), nullable=False),
        sa.Column("event_id", sa.Integer(), nullable=True),
        sa.Column("document_id", sa.Integer(), nullable=True),
        sa.Column("file_name", sa.String(length=255), nullable=False),
        sa.Column("mime_type", sa.String(length=100), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("content", sa.LargeBinary(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["debtor_id"],
            ["debtor.id"],
            name=op.f("fk_attachment_debtor_id_debtor"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["document_id"],
            ["document.id"],
            name=op.f("fk_attachment_document_id_document"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["event_id"],
            ["event.id"],
            name=op.f("fk_attachment_event_id_event"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_attachment")),
        sa.UniqueConstraint("uuid", name=op.f("uq_attachment_uuid")),
    )
    with op.batch_alter_table("attachment", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_attachment_debtor_id"), ["debtor_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_attachment_document_id"), ["document_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_attachment_event_id"), ["event_id"], unique=False)

    op.create_table(
        "checklist",
        sa.Column("event_id", sa.Integer(), nullable=False),
        sa.Column("template", sa.String(length=64), nullable=False),
        sa.Column("language", sa.String(length=2), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["event_id"], ["event.id"], name=op.f("fk_checklist_event_id_event"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_checklist")),
        sa.UniqueConstraint("uuid", name=op.f("uq_checklist_uuid")),
    )
    with op.batch_alter_table("checklist", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_checklist_event_id"), ["event_id"], unique=False)

    op.create_table(
        "deadline",
        sa.Column("debtor_id", sa.Integer(), nullable=False),
        sa.Column("proceeding_id", sa.Integer(), nullable=True),
        sa.Column("event_id", sa.Integer(), nullable=True),
        sa.Column("document_id", sa.Integer(), nullable=True),
        sa.Column("jurisdiction", sa.String(length=16), nullable=False),
        sa.Column("rule", sa.String(length=64), nullable=True),
        sa.Column("title", sa.String(length=300), nullable=True),
        sa.Column("due_date", sa.Date(), nullable=False),
        sa.Column("previous_due_date", sa.Date(), nullable=True),
        sa.Column("explanation", sa.JSON(), nullable=True),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("manual", sa.Boolean(), nullable=False),
        sa.Column("done_at", sa.DateTime(), nullable=True),
        sa.Column("done_by_id", sa.Integer(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["debtor_id"],
            ["debtor.id"],
            name=op.f("fk_deadline_debtor_id_debtor"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["document_id"],
            ["document.id"],
            name=op.f("fk_deadline_document_id_document"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["done_by_id"],
            ["advisor.id"],
            name=op.f("fk_deadline_done_by_id_advisor"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["event_id"], ["event.id"], name=op.f("fk_deadline_event_id_event"), ondelete="SET NULL"
        ),
        sa.ForeignKeyConstraint(
            ["proceeding_id"],
            ["proceeding.id"],
            name=op.f("fk_deadline_proceeding_id_proceeding"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_deadline")),
        sa.UniqueConstraint("uuid", name=op.f("uq_deadline_uuid")),
    )
    with op.batch_alter_table("deadline", schema=None) as batch_op:
        batch_op.create_index(
            "ix_deadline_debtor_status_due", ["debtor_id", "status", "due_date"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_deadline_document_id"), ["document_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_deadline_event_id"), ["event_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_deadline_proceeding_id"), ["proceeding_id"], unique=False
        )
        batch_op.create_index(
            "ix_deadline_status_due", ["status", "due_date", "document_id"], unique=False
        )

    op.create_table(
        "checklist_item",
        sa.Column("checklist_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("section", sa.String(length=64), nullable=True),
        sa.Column("text", sa.String(length=1000), nullable=False),
        sa.Column("done", sa.Boolean(), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["checklist_id"],
            ["checklist.id"],
            name=op.f("fk_checklist_item_checklist_id_checklist"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_checklist_item")),
        sa.UniqueConstraint("uuid", name=op.f("uq_checklist_item_uuid")),
    )
    with op.batch_alter_table("checklist_item", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_checklist_item_checklist_id"), ["checklist_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("checklist_item", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_checklist_item_checklist_id"))

    op.drop_table("checklist_item")
    with op.batch_alter_table("deadline", schema=None) as batch_op:
        batch_op.drop_index("ix_deadline_status_due")
        batch_op.drop_index(batch_op.f("ix_deadline_proceeding_id"))
        batch_op.drop_index(batch_op.f("ix_deadline_event_id"))
        batch_op.drop_index(batch_op.f("ix_deadline_document_id"))
        batch_op.drop_index("ix_deadline_debtor_status_due")

    op.drop_table("deadline")
    with op.batch_alter_table("checklist", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_checklist_event_id"))

    op.drop_table("checklist")
    with op.batch_alter_table("attachment", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_attachment_event_id"))
        batch_op.drop_index(batch_op.f("ix_attachment_document_id"))
        batch_op.drop_index(batch_op.f("ix_attachment_debtor_id"))

    op.drop_table("attachment")
    with op.batch_alter_table("event", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_event_proceeding_id"))
        batch_op.drop_index("ix_event_kind_date")
        batch_op.drop_index("ix_event_debtor_kind_date")
        batch_op.drop_index(batch_op.f("ix_event_date"))

    op.drop_table("event")
    with op.batch_alter_table("document", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_document_proceeding_id"))
        batch_op.drop_index(batch_op.f("ix_document_debtor_id"))
        batch_op.drop_index(batch_op.f("ix_document_created_on"))
        batch_op.drop_index(batch_op.f("ix_document_batch_id"))

    op.drop_table("document")
    with op.batch_alter_table("proceeding", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_proceeding_status"))
        batch_op.drop_index(batch_op.f("ix_proceeding_parent_id"))
        batch_op.drop_index(batch_op.f("ix_proceeding_loan_id"))
        batch_op.drop_index(batch_op.f("ix_proceeding_debtor_id"))
        batch_op.drop_index(batch_op.f("ix_proceeding_court_id"))
        batch_op.drop_index(batch_op.f("ix_proceeding_case_no"))

    op.drop_table("proceeding")
    with op.batch_alter_table("payment", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_payment_loan_id"))

    op.drop_table("payment")
    with op.batch_alter_table("debt_statement", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_debt_statement_loan_id"))

    op.drop_table("debt_statement")
    with op.batch_alter_table("property", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_property_debtor_id"))

    op.drop_table("property")
    with op.batch_alter_table("note", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_note_debtor_id"))
        batch_op.drop_index(batch_op.f("ix_note_at"))

    op.drop_table("note")
    with op.batch_alter_table("loan", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_loan_debtor_id"))
        batch_op.drop_index(batch_op.f("ix_loan_creditor_id"))

    op.drop_table("loan")
    with op.batch_alter_table("budget_line", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_budget_line_debtor_id"))

    op.drop_table("budget_line")
    with op.batch_alter_table("debtor", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_debtor_status"))
        batch_op.drop_index("ix_debtor_search", postgresql_ops={"name_key": 'COLLATE "C"'})
        batch_op.drop_index(batch_op.f("ix_debtor_phone"))
        batch_op.drop_index(batch_op.f("ix_debtor_name_key"))
        batch_op.drop_index(batch_op.f("ix_debtor_iin"))
        batch_op.drop_index(batch_op.f("ix_debtor_city"))
        batch_op.drop_index(batch_op.f("ix_debtor_advisor_id"))

    op.drop_table("debtor")
    with op.batch_alter_table("audit_entry", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_audit_entry_import_batch"))
        batch_op.drop_index("ix_audit_entry_entity")
        batch_op.drop_index(batch_op.f("ix_audit_entry_debtor_id"))
        batch_op.drop_index(batch_op.f("ix_audit_entry_at"))

    op.drop_table("audit_entry")
    op.drop_table("setting")
    op.drop_table("print_batch")
    with op.batch_alter_table("exchange_rate", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_exchange_rate_date"))

    op.drop_table("exchange_rate")
    with op.batch_alter_table("creditor", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_creditor_name_key"))

    op.drop_table("creditor")
    with op.batch_alter_table("court", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_court_name_key"))

    op.drop_table("court")
    with op.batch_alter_table("calendar_day", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_calendar_day_date"))

    op.drop_table("calendar_day")
    op.drop_table("advisor")
