"""``python -m debtdesk …``: the command line without the GUI launcher."""

from debtdesk.cli import main

if __name__ == "__main__":
    raise SystemExit(main())
