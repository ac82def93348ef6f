"""Translation of messages the core shows people (gettext, catalogs in resources/locale).

The language is chosen once per process (``set_language``); until then messages
are English. Catalogs are looked up lazily so importing the core costs nothing.
"""

from __future__ import annotations

import gettext as _gettext
from functools import lru_cache

from debtdesk.resources import resource_path

DOMAIN = "debtdesk"
LANGUAGES = ("kk", "ru", "en")

_current = "en"


@lru_cache(maxsize=8)
def _translations(lang: str) -> _gettext.NullTranslations:
    return _gettext.translation(
        DOMAIN, localedir=str(resource_path("locale")), languages=[lang], fallback=True
    )


def set_language(lang: str) -> None:
    """Choose the language of core messages for this process."""
    global _current
    _current = lang if lang in LANGUAGES else "en"


def current_language() -> str:
    return _current


def _(message: str) -> str:
    """Translate ``message`` into the current language (English when no catalog)."""
    if _current == "en":
        return message
    return _translations(_current).gettext(message)


def N_(message: str) -> str:
    """Mark ``message`` for extraction without translating it now."""
    return message
