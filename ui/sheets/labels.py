"""What the sheet wizard and export dialog call things: fields, match reasons, encodings.

The core keys (``full_name``, ``iin``, ``cp1251``) are language-neutral; these
are the words people read. Source strings are listed literally so lupdate
finds them.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def _tr(text: str) -> str:
    return QCoreApplication.translate("sheets", text)


def field_label(field: str) -> str:
    """A field a sheet's column can fill (``debtdesk.sheets.mapping.FIELDS``)."""
    return {
        "full_name": _tr("Full name"),
        "iin": _tr("IIN"),
        "phone": _tr("Phone"),
        "city": _tr("City"),
        "language": _tr("Language"),
        "bank": _tr("Bank"),
        "principal": _tr("Loan amount"),
        "next_hearing": _tr("Next hearing"),
        "next_hearing_time": _tr("Hearing time"),
        "decision_date": _tr("Decision date"),
        "eviction_date": _tr("Eviction date"),
    }.get(field, field)


def reason_label(reason: str) -> str:
    """Why a row may be a case on file (``possible_duplicates``' reasons)."""
    return {"iin": _tr("same IIN"), "phone": _tr("same phone"), "name": _tr("similar name")}.get(
        reason, reason
    )


def action_label(action: str) -> str:
    """What the import does with a possible duplicate."""
    return {"skip": _tr("skipped"), "merge": _tr("merged"), "add": _tr("added")}.get(action, action)


def encoding_label(encoding: str | None) -> str:
    return {
        "utf-8": _tr("UTF-8"),
        "utf-8-sig": _tr("UTF-8 (with BOM)"),
        "cp1251": _tr("Windows-1251 (Cyrillic)"),
    }.get(encoding or "", encoding or "")


def delimiter_label(delimiter: str | None) -> str:
    return {
        ",": _tr("comma (,)"),
        ";": _tr("semicolon (;)"),
        "\t": _tr("tab"),
    }.get(delimiter or "", delimiter or "")
