"""What this laptop remembers (QSettings): one home for the keys and their defaults.

Per laptop, not in the database: which database to open, who works on this
laptop (the advisor recorded in the audit log), the interface language and the
window's place. Settings that every advisor of a shared database must see the
same (the default language of new letters) live in the database instead
(``ui.operations.settings``).

A database URL is stored WITHOUT its password, always: the password comes from
libpq's password file (``.pgpass``, or the file ``PGPASSFILE`` names) or is asked
for each time it is needed, and lives only in memory.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings

DATABASE_KEY = "database/url"
ADVISOR_KEY = "advisor/name"
LANGUAGE_KEY = "interface/language"

# The interface languages offered; "system" follows the operating system's.
INTERFACE_LANGUAGES = ("system", "kk", "ru", "en")


def _text(key: str) -> str | None:
    value = QSettings().value(key)
    return str(value) if value else None


def _set(key: str, value: str | None) -> None:
    settings = QSettings()
    if value:
        settings.setValue(key, value)
    else:
        settings.remove(key)
    settings.sync()


def database_url() -> str | None:
    """The database last chosen in Settings (its URL has no password), or None."""
    return _text(DATABASE_KEY)


def remember_database(url: str) -> None:
    from ui.operations.settings import strip_password

    _set(DATABASE_KEY, strip_password(url))


def advisor() -> str | None:
    """Who works on this laptop, as last chosen in Settings."""
    return _text(ADVISOR_KEY)


def remember_advisor(name: str | None) -> None:
    _set(ADVISOR_KEY, name)


def interface_language() -> str:
    """``kk``, ``ru``, ``en`` or ``system`` (the default)."""
    value = _text(LANGUAGE_KEY)
    return value if value in INTERFACE_LANGUAGES else "system"


def remember_interface_language(lang: str) -> None:
    if lang not in INTERFACE_LANGUAGES:
        raise ValueError(f"unknown interface language {lang!r}")
    _set(LANGUAGE_KEY, None if lang == "system" else lang)
