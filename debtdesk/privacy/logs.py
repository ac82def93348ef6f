"""Logs hold no personal data: what debtdesk logs, and what it keeps libraries from logging.

debtdesk's own log lines name files, counts and record ids, never a person's
name, IIN, phone or address. SQLAlchemy, with its logger at INFO or DEBUG (as
``logging.basicConfig(level=logging.DEBUG)`` or a verbose GUI log sets it),
writes every statement with its parameters: the names and IINs being saved.
So its engine logger is held at WARNING, whatever the root logger says, and
the engines are told to leave parameters out of the messages they do log.
"""

from __future__ import annotations

import logging

from sqlalchemy import Engine, event

QUIET = ("sqlalchemy.engine", "sqlalchemy.pool")


def keep_people_out_of_logs() -> None:
    """Hold the SQL loggers at WARNING and hide statement parameters (idempotent)."""
    for name in QUIET:
        logging.getLogger(name).setLevel(logging.WARNING)
    if not event.contains(Engine, "engine_connect", _hide_parameters):
        event.listen(Engine, "engine_connect", _hide_parameters)


def _hide_parameters(connection: object) -> None:
    # An error's message shows "[SQL parameters hidden due to hide_parameters=True]".
    engine = getattr(connection, "engine", None)
    if engine is not None:
        engine.hide_parameters = True
