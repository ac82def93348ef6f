"""debtdesk core: the case desk without any user interface.

Nothing in this package imports Qt; the GUI in ``ui/`` is one client of it,
the command line and the tests are others.
"""

__version__ = "0.1.0"
