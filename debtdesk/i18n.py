"""Translation of messages the core shows people (gettext, catalogs in resources/locale).

The language is chosen per process: the ``DEBTDESK_LANG`` environment variable
(``kk``, ``ru`` or ``en``; ``ru_KZ.UTF-8`` reads as ``ru``) sets it when the core
is imported, so ``DEBTDESK_LANG=kk debtdesk ...`` speaks Kazakh; the desktop app
then calls ``set_language`` with the language chosen in its Settings. Without
either, messages are English, the language the code is written in. The
catalogs are looked up lazily so importing the core costs nothing; a message
missing from a catalog comes out in English rather than not at all.

Messages are translated when they are made (``_()`` at the ``raise``), so an
error raised after ``set_language`` reads in the new language. Catalogs are
kept in step with the code by ``tools/catalogs.py``.
"""

from __future__ import annotations

import gettext as _gettext
import locale as _locale
import os
from functools import lru_cache

from debtdesk.resources import resource_path

DOMAIN = "debtdesk"
LANGUAGES = ("kk", "ru", "en")
ENV = "DEBTDESK_LANG"


def normalize(lang: str | None) -> str | None:
    """``ru_KZ.UTF-8``, ``ru-KZ``, ``RU`` → ``ru``; None for a language the program lacks."""
    if not lang:
        return None
    code = lang.replace("-", "_").split(".")[0].split("_")[0].split(":")[0].lower()
    return code if code in LANGUAGES else None


def system_language() -> str:
    """The system's language if the program speaks it, else Russian (most users read it).

    The default for a new installation's Settings; reads the POSIX variables
    gettext reads, then the locale Python was started with (Windows, macOS).
    """
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        for part in os.environ.get(name, "").split(":"):
            found = normalize(part)
            if found:
                return found
    try:
        found = normalize(_locale.getlocale()[0])
    except ValueError:
        found = None
    return found or "ru"


_current = normalize(os.environ.get(ENV)) or "en"


@lru_cache(maxsize=8)
def _translations(lang: str) -> _gettext.NullTranslations:
    return _gettext.translation(
        DOMAIN, localedir=str(resource_path("locale")), languages=[lang], fallback=True
    )


def set_language(lang: str) -> None:
    """Choose the language of core messages for this process (``kk``, ``ru``, ``en``, ``ru_KZ``)."""
    global _current
    _current = normalize(lang) or "en"


def current_language() -> str:
    return _current


def _(message: str) -> str:
    """Translate ``message`` into the current language (English when no catalog)."""
    if _current == "en":
        return message
    return _translations(_current).gettext(message)


def ngettext(singular: str, plural: str, n: int) -> str:
    """The form of a message that fits the number ``n`` (Russian has three, Kazakh one)."""
    if _current == "en":
        return singular if n == 1 else plural
    return _translations(_current).ngettext(singular, plural, n)


def N_(message: str) -> str:
    """Mark ``message`` for extraction without translating it now."""
    return message
