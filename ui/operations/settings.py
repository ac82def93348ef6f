"""Settings operations: advisors to work as, the default letter language, database URLs.

The default language of new letters is a ``Setting`` in the database, not a
per-laptop preference: the letters a group sends (numbered, with its letterhead)
come out of one shared register, so every advisor of a shared database gets the
same default, whichever laptop prints. ``"debtor"`` (the default) writes each
letter in the debtor's own language.

The URL helpers keep passwords out of anything stored: ``strip_password`` is
what QSettings gets, ``with_password`` builds the URL used for one connection,
and ``needs_password`` recognises the server's "password required" answer so the
window can ask for it.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from sqlalchemy import select
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

from debtdesk.errors import ValidationError
from debtdesk.model import Advisor
from debtdesk.services import advisors as advisor_service
from debtdesk.services import settings as setting_service
from ui.operations.base import action as _action

if TYPE_CHECKING:
    from debtdesk.db.database import Database

__all__ = [
    "LETTER_LANGUAGES",
    "LETTER_LANGUAGE_KEY",
    "AdvisorChoice",
    "add_advisor",
    "advisors",
    "check_database_input",
    "is_postgres",
    "letter_language",
    "needs_password",
    "set_letter_language",
    "sqlite_url",
    "strip_password",
    "with_password",
]

LETTER_LANGUAGE_KEY = "letters.default_language"
# "debtor": each letter in its debtor's own language; else always this language.
LETTER_LANGUAGES = ("debtor", "kk", "ru", "en")
_DEFAULT_LETTER_LANGUAGE = "debtor"


def _tr(text: str) -> str:
    return QCoreApplication.translate("settings", text)


@dataclass(frozen=True)
class AdvisorChoice:
    id: int
    name: str


def advisors(db: Database) -> list[AdvisorChoice]:
    """The active advisors of the database, by name (who can be chosen on this laptop)."""
    with _action(db) as s:
        rows = s.execute(
            select(Advisor.id, Advisor.name).where(Advisor.active.is_(True)).order_by(Advisor.name)
        ).all()
    return [AdvisorChoice(row.id, row.name) for row in rows]


def add_advisor(db: Database, name: str) -> AdvisorChoice:
    """Add an advisor (name required and unique); raises ValidationError on ``name``."""
    with _action(db) as s:
        advisor = advisor_service.create_advisor(s, {"name": name})
        return AdvisorChoice(advisor.id, advisor.name)


def letter_language(db: Database) -> str:
    """The default language of new letters: ``debtor``, ``kk``, ``ru`` or ``en``."""
    with _action(db) as s:
        value = setting_service.get_setting(s, LETTER_LANGUAGE_KEY)
    return value if value in LETTER_LANGUAGES else _DEFAULT_LETTER_LANGUAGE


def set_letter_language(db: Database, lang: str) -> None:
    if lang not in LETTER_LANGUAGES:
        raise ValidationError(
            "letter_language",
            _tr("Choose the debtor's language, Kazakh, Russian or English."),
        )
    with _action(db) as s:
        setting_service.set_setting(s, LETTER_LANGUAGE_KEY, lang)


# -- database locations ---------------------------------------------------------------


def is_postgres(url: str) -> bool:
    return url.startswith(("postgresql", "postgres:"))


def strip_password(url: str) -> str:
    """``url`` without its password (file paths and password-less URLs unchanged)."""
    if "://" not in url:
        return url
    parsed = make_url(url)
    if parsed.password is None:
        return url
    # ``URL.set(password=None)`` means "leave it as it is": replace the field instead.
    return parsed._replace(password=None).render_as_string(hide_password=False)


def with_password(url: str, password: str) -> str:
    """``url`` carrying ``password``, for one connection (never stored)."""
    return make_url(url).set(password=password).render_as_string(hide_password=False)


def check_database_input(text: str) -> str:
    """A PostgreSQL URL typed in Settings, checked; raises ValidationError on ``url``.

    Only PostgreSQL is typed as a URL: SQLite files are chosen with the file
    dialog. ``postgres://`` and ``postgresql://`` get the psycopg driver.
    """
    text = text.strip()
    if not text:
        raise ValidationError("url", _tr("Type the address of the PostgreSQL database."))
    if not is_postgres(text):
        raise ValidationError(
            "url",
            _tr(
                "A PostgreSQL address starts with postgresql:// "
                "(for example postgresql://advisor@server/debtdesk)."
            ),
        )
    try:
        parsed = make_url(text)
    except ArgumentError:
        raise ValidationError("url", _tr("This is not a database address.")) from None
    if not parsed.host or not parsed.database:
        raise ValidationError(
            "url",
            _tr("The address needs a server and a database name: postgresql://user@server/db"),
        )
    return parsed.set(drivername="postgresql+psycopg").render_as_string(hide_password=False)


def sqlite_url(path: str | Path) -> str:
    return "sqlite:///" + str(Path(path).expanduser().resolve())


_PASSWORD_ANSWERS = ("no password supplied", "password authentication failed")


def needs_password(error: BaseException) -> bool:
    """Whether the server refused ``error``'s connection for a missing or wrong password."""
    seen: BaseException | None = error
    while seen is not None:
        text = str(getattr(seen, "orig", None) or seen)
        if any(answer in text for answer in _PASSWORD_ANSWERS):
            return True
        seen = seen.__cause__ or seen.__context__
    return False
