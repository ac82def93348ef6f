"""debtdesk's Qt front end (PySide6): one client of the Qt-free core."""
