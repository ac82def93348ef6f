"""Which letters a case can get now, and a letter's preview before it takes a number.

The letter wizard offers the templates whose required case data the case
holds (a court letter needs a proceeding with its court and case number, a
hearing notice a coming hearing) and says for the others what is missing, so
the advisor learns what to record instead of meeting an error at the end.
Free-text parts (``fields.*``) are never a reason to hide a template: the
wizard asks for them. The case is loaded once and the context built once per
recipient kind, the same ``build_context`` the printed letter uses, so what
the wizard promises is what ``register.create_letter`` will accept.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from debtdesk.documents.context import (
    PREVIEW_NO,
    Shared,
    build_context,
    check_lang,
    choose,
    letter_context,
    letter_library,
    load_cases,
    raw_meta,
)
from debtdesk.documents.register import check_data, missing_data, pdf_meta
from debtdesk.documents.templates import TemplateLibrary

FIELD_PREFIX = "fields."


@dataclass(frozen=True)
class Recipient:
    name: str | None
    address: str | None
    city: str | None


@dataclass(frozen=True)
class TemplateChoice:
    """A letter template as offered for one case."""

    key: str
    title: str  # in the language asked for
    category: str
    recipient_kind: str
    languages: tuple[str, ...]
    needs: tuple[str, ...]  # case data missing (dotted paths, no ``fields.*``)
    fields: tuple[str, ...]  # free-text parts the letter cannot do without
    optional_fields: tuple[str, ...]  # free-text parts it can do without
    recipient: Recipient | None  # who the case gives as addressee
    reply_rule: str | None
    follow_up_days: int | None
    large_print: bool

    @property
    def available(self) -> bool:
        return not self.needs


@dataclass(frozen=True)
class CaseLetters:
    """What the wizard needs to know about a case before any letter is chosen."""

    case_id: int
    full_name: str
    language: str  # the debtor's own (the letter's default)
    has_proceeding: bool
    templates: tuple[TemplateChoice, ...]


def _recipient(data: Mapping[str, Any]) -> Recipient | None:
    r = data.get("recipient")
    if not r:
        return None
    return Recipient(r.get("name"), r.get("address"), r.get("city"))


def letter_choices(
    session: Session,
    case_id: int,
    *,
    lang: str,
    library: TemplateLibrary | None = None,
) -> CaseLetters:
    """Every letter template for case ``case_id``: available ones and what the others need.

    ``lang`` is the language of the titles; the data is built in the debtor's
    own language (the letter's default).
    """
    library = library or letter_library()
    case = load_cases(session, [case_id])[int(case_id)]
    shared = Shared.load(session)
    chosen = choose(case, on=shared.on)
    debtor = case.debtor
    letter_lang = check_lang(None, debtor)
    contexts: dict[str, dict[str, Any]] = {}
    choices = []
    for key in library.template_keys():
        info = library.info(key)
        if info.recipient not in contexts:
            contexts[info.recipient] = build_context(
                case,
                chosen,
                recipient_kind=info.recipient,
                lang=letter_lang,
                fields=None,
                outgoing_no=PREVIEW_NO,
                shared=shared,
            )
        data = contexts[info.recipient]
        missing = missing_data(info, data)
        meta = raw_meta(library, key)
        optional = meta.get("optional_fields") or []
        follow_up = meta.get("follow_up_days")
        choices.append(
            TemplateChoice(
                key=key,
                title=info.title(lang),
                category=info.category,
                recipient_kind=info.recipient,
                languages=info.languages,
                needs=tuple(p for p in missing if not p.startswith(FIELD_PREFIX)),
                fields=tuple(
                    p[len(FIELD_PREFIX) :] for p in info.fields if p.startswith(FIELD_PREFIX)
                ),
                optional_fields=tuple(str(f) for f in optional if isinstance(f, str)),
                recipient=_recipient(data),
                reply_rule=info.reply_rule,
                follow_up_days=follow_up if isinstance(follow_up, int) else None,
                large_print=info.large_print,
            )
        )
    return CaseLetters(
        case_id=int(case_id),
        full_name=debtor.full_name,
        language=letter_lang,
        has_proceeding=bool(debtor.proceedings),
        templates=tuple(choices),
    )


def preview_letter(
    session: Session,
    template_key: str,
    case_id: int,
    *,
    lang: str | None = None,
    fields: Mapping[str, str] | None = None,
    library: TemplateLibrary | None = None,
) -> bytes:
    """The letter's PDF as it will print, numbered ``DD-PREVIEW``; nothing is registered.

    Missing data is refused as ``register.MissingData`` (its ``missing`` lists
    the dotted paths, ``fields.<name>`` for a part the advisor must type).
    """
    library = library or letter_library()
    info = library.info(template_key)
    data = letter_context(session, template_key, case_id, lang=lang, fields=fields, library=library)
    check_data(info, data["lang"], data)
    meta = pdf_meta(info, data["lang"], PREVIEW_NO, data)
    return library.render_pdf(template_key, data["lang"], data, meta=meta)
