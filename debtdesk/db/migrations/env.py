"""Alembic environment: run migrations on the connection debtdesk hands over."""

from __future__ import annotations

from typing import Any

from alembic import context
from sqlalchemy.types import TypeDecorator

from debtdesk.db.migrate import is_modelled
from debtdesk.model import Base
from debtdesk.model.debtor import add_postgresql_options

config = context.config
# The model leaves PostgreSQL-only index options out (a SQLite start would import
# that dialect for them): migrations and autogenerate see them all.
add_postgresql_options()
target_metadata = Base.metadata


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is None:
        from debtdesk.db.engine import make_engine

        engine = make_engine(config.get_main_option("sqlalchemy.url"))
        with engine.begin() as conn:
            _run(conn)
        return
    _run(connection)


def _render_item(type_: str, obj: Any, autogen_context: Any) -> str | bool:
    # Store custom types by what they are on disk, so migrations never import the model.
    if type_ == "type" and isinstance(obj, TypeDecorator):
        return f"sa.{type(obj.impl_instance).__name__}()"
    return False


def _run(connection) -> None:  # type: ignore[no-untyped-def]
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,  # SQLite cannot ALTER most things in place
        compare_type=True,
        render_item=_render_item,
        include_object=is_modelled,
    )
    with context.begin_transaction():
        context.run_migrations()


run_migrations_online()
