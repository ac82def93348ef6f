"""Which column of a sheet holds which field: guessed from headers, given, or remembered.

Every group names its columns its own way and in its own language ("ФИО",
"Аты-жөні", "Full name"). Each field has a list of header names in kk/ru/en,
compared folded (``debtdesk.text.fold``) with punctuation dropped, so "Ф.И.О."
and "фио" are one name. A mapping the volunteer corrected is remembered in a
database ``Setting`` under the header row's signature, so the next sheet from
the same group maps itself.

A mapping is ``{field: header}``: the header as the sheet shows it (or its
column letter, "C"), which is what a volunteer writes in a mapping file.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Mapping, Sequence
from pathlib import Path

from sqlalchemy.orm import Session

from debtdesk.errors import ValidationError
from debtdesk.i18n import _
from debtdesk.sheets.reading import Column, column_letter
from debtdesk.text import fold

# The fields a sheet can fill (those of a meeting intake: debtdesk.services.intake),
# each with the header names it goes by, most usual first.
SYNONYMS: dict[str, tuple[str, ...]] = {
    "full_name": (
        "ФИО",
        "Ф.И.О.",
        "Фамилия Имя Отчество",
        "Фамилия, имя, отчество",
        "ФИО заемщика",
        "ФИО должника",
        "Заемщик",
        "Должник",
        "Аты-жөні",
        "Аты жөні",
        "Тегі аты",
        "Қарыз алушы",
        "Full name",
        "Name",
        "Debtor",
        "Borrower",
    ),
    "iin": ("ИИН", "ЖСН", "IIN", "ИИН заемщика", "Индивидуальный идентификационный номер"),
    "phone": (
        "Телефон",
        "Тел",
        "Тел.",
        "Номер телефона",
        "Сотовый",
        "Мобильный",
        "Контакты",
        "Телефон нөмірі",
        "Байланыс",
        "Phone",
        "Mobile",
        "Telephone",
    ),
    "city": ("Город", "Населенный пункт", "Қала", "Елді мекен", "City", "Town"),
    "language": ("Язык", "Язык общения", "Тіл", "Language"),
    "bank": (
        "Банк",
        "Кредитор",
        "Банк-кредитор",
        "МФО",
        "Банк / МФО",
        "Несие берушi",
        "Несие беруші",
        "Bank",
        "Creditor",
        "Lender",
    ),
    "principal": (
        "Сумма кредита",
        "Сумма займа",
        "Сумма",
        "Кредит",
        "Сумма кредита, тг",
        "Несие сомасы",
        "Кредит сомасы",
        "Қарыз сомасы",
        "Loan amount",
        "Principal",
        "Amount",
        "Loan",
    ),
    "next_hearing": (
        "Дата суда",
        "Суд",
        "Дата заседания",
        "Дата судебного заседания",
        "Следующее заседание",
        "Сот күні",
        "Сот отырысы",
        "Отырыс күні",
        "Court date",
        "Hearing date",
        "Next hearing",
        "Hearing",
    ),
    "next_hearing_time": ("Время заседания", "Время", "Уақыты", "Hearing time", "Time"),
    "decision_date": (
        "Дата решения",
        "Решение суда",
        "Решение",
        "Шешім күні",
        "Сот шешімі",
        "Decision date",
        "Decision",
    ),
    "eviction_date": (
        "Дата выселения",
        "Выселение",
        "Шығару күні",
        "Үйден шығару",
        "Eviction date",
        "Eviction",
    ),
}
FIELDS: tuple[str, ...] = tuple(SYNONYMS)
_PUNCT = re.compile(r"[^\w\s]+")
SETTING_PREFIX = "sheet-mapping:"


def normal(header: str) -> str:
    """A header as compared: folded, punctuation dropped, spaces collapsed."""
    return " ".join(_PUNCT.sub(" ", fold(header)).split())


_EXACT = {normal(name): field for field, names in SYNONYMS.items() for name in names}
# Longest first: "сумма кредита" is tried before "сумма" in "сумма кредита, тг".
_BY_LENGTH = sorted(_EXACT.items(), key=lambda item: -len(item[0]))


def field_for(header: str) -> tuple[str | None, int]:
    """The field a header names, and how sure: 2 exact, 1 the header contains a name."""
    key = normal(header)
    if not key:
        return None, 0
    if key in _EXACT:
        return _EXACT[key], 2
    words = f" {key} "
    for name, field in _BY_LENGTH:
        if len(name) >= 3 and f" {name} " in words:
            return field, 1
    return None, 0


def header_score(names: list[str]) -> int:
    """How header-like a row is: the number of cells that name a field."""
    return sum(field_for(name)[0] is not None for name in names if name)


def _candidates(column: Column) -> list[str]:
    """The texts a column may be known by, most specific first."""
    texts = [column.name]
    if column.group:
        texts += [f"{column.group} {column.name}".strip(), column.group]
    return [t for t in texts if t]


def guess_mapping(columns: Sequence[Column]) -> dict[str, Column]:
    """Each field's column, from the headers; each column and field used once.

    Exact names win over names found inside a longer header, and among equals
    the leftmost column wins (the first "Дата" of a sheet is usually the one).
    """
    offers: list[tuple[int, int, int, str, Column]] = []
    for column in columns:
        for rank, text in enumerate(_candidates(column)):
            field, sure = field_for(text)
            if field is not None:
                offers.append((-sure, rank, column.index, field, column))
    mapping: dict[str, Column] = {}
    used: set[int] = set()
    for _sure, _rank, index, field, column in sorted(offers, key=lambda o: o[:3]):
        if field not in mapping and index not in used:
            mapping[field] = column
            used.add(index)
    return mapping


def find_column(columns: Sequence[Column], header: str) -> Column | None:
    """The column a mapping names: by its header (folded) or its letter ("C")."""
    key = normal(header)
    for column in columns:
        if (key and key in (normal(t) for t in _candidates(column))) or key == normal(column.label):
            return column
    for column in columns:
        if header.strip().upper() == column_letter(column.index):
            return column
    return None


def apply_mapping(
    columns: Sequence[Column], given: Mapping[str, str | None], base: Mapping[str, Column]
) -> dict[str, Column]:
    """``base`` corrected by ``given`` (``{field: header}``; a null header unmaps the field)."""
    mapping = dict(base)
    for field, header in given.items():
        if field not in SYNONYMS:
            raise ValidationError(
                "mapping",
                _("unknown field {f} (known: {known})").format(f=field, known=", ".join(FIELDS)),
            )
        if header is None or header == "":
            mapping.pop(field, None)
            continue
        column = find_column(columns, str(header))
        if column is None:
            raise ValidationError(
                "mapping", _("the sheet has no column {h} for {f}").format(h=header, f=field)
            )
        for other, col in list(mapping.items()):
            if col.index == column.index and other != field:
                del mapping[other]  # a column feeds one field
        mapping[field] = column
    return mapping


def read_mapping_file(path: str | Path) -> dict[str, str | None]:
    """A mapping file: a JSON object ``{"full_name": "ФИО", "phone": "C", "city": null}``."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8-sig"))
    except (OSError, ValueError) as exc:
        raise ValidationError(
            "mapping", _("cannot read the mapping file: {e}").format(e=exc)
        ) from exc
    if not isinstance(data, dict) or not all(isinstance(v, str | None) for v in data.values()):
        raise ValidationError(
            "mapping", _('a mapping file is a JSON object of field: header, e.g. {"iin": "ИИН"}')
        )
    return data


def signature(columns: Sequence[Column]) -> str:
    """A short key for a header row: the same headers in the same places give the same key."""
    text = "|".join(normal(c.label) for c in columns)
    return hashlib.sha256(text.encode()).hexdigest()[:32]


def as_headers(mapping: Mapping[str, Column]) -> dict[str, str]:
    """``{field: header label}`` in field order: for reports and mapping files."""
    return {f: mapping[f].label for f in FIELDS if f in mapping}


def remembered(session: Session, columns: Sequence[Column]) -> dict[str, str | None] | None:
    """The mapping last used for sheets with these headers, if any."""
    from debtdesk.services.settings import get_setting

    value = get_setting(session, SETTING_PREFIX + signature(columns))
    return json.loads(value) if value else None


def remember(session: Session, columns: Sequence[Column], mapping: Mapping[str, Column]) -> None:
    """Keep ``mapping`` for the next sheet with these headers.

    Fields left unmapped are stored as null, so a field the volunteer took off
    stays off next time instead of being guessed again.
    """
    from debtdesk.services.settings import set_setting

    stored: dict[str, str | None] = {f: None for f in FIELDS}
    stored.update(as_headers(mapping))
    set_setting(
        session, SETTING_PREFIX + signature(columns), json.dumps(stored, ensure_ascii=False)
    )


def resolve_mapping(
    session: Session | None,
    columns: Sequence[Column],
    given: Mapping[str, str | None] | None = None,
) -> dict[str, Column]:
    """The mapping to use: the guess, then what was remembered, then what was ``given``."""
    mapping = guess_mapping(columns)
    if session is not None:
        memory = remembered(session, columns)
        if memory:
            mapping = apply_mapping(columns, memory, mapping)
    if given:
        mapping = apply_mapping(columns, given, mapping)
    if "full_name" not in mapping:
        raise ValidationError(
            "mapping",
            _("no column for the debtor's name (ФИО): give it in a mapping file"),
        )
    return mapping
