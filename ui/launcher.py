"""The ``debtdesk`` entry point: subcommands go to the core CLI without loading Qt.

Only ``debtdesk`` with no subcommand (or with only global options) starts the
window, and only then is PySide6 imported.
"""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    from debtdesk import cli

    if cli.wants_gui(args):
        from ui.app import run

        return run(args)
    return cli.main(args)


if __name__ == "__main__":
    raise SystemExit(main())
