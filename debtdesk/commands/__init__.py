"""The subcommands of ``debtdesk``: one module per group, each with ``register(subparsers)``.

To add a command, write a module here whose ``register`` adds its parser (with
``context.add_command``) and sets ``run`` to a function ``(args, ctx) -> int``,
then list the module below. Order here is the order in ``debtdesk --help``.
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

COMMANDS: tuple[str, ...] = (
    "cases",
    "show",
    "transfer",  # export, import
    "advisors",
    "database",  # db upgrade, db check, db encrypt, db rekey
    "backup",  # backup, restore
    "demo",
    "deadlines",  # deadline, agenda, calendar, ical
    "letters",  # templates, letter, batch, checklist, tick, letters, letter-sent, …
    "meeting",  # meeting-sheet
    "finance",  # debt, budget, bankruptcy-check
    "sheets",  # import-sheet, undo-import, export-sheet
    "privacy",  # export-anon, forget
    "reports",  # report-figures
)


def register_all(subparsers: Any) -> None:
    for name in COMMANDS:
        import_module(f"{__name__}.{name}").register(subparsers)
