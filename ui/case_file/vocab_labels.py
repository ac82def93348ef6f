"""The person's and the timeline's vocabularies in words (``labels`` holds the court's).

Functions rather than constants, so each call reads the translator installed
now (the interface language can change while the program runs).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def _tr(text: str) -> str:
    return QCoreApplication.translate("vocab", text)


def problem_kinds() -> list[tuple[str, str]]:
    return [
        ("mortgage", _tr("Mortgage")),
        ("consumer", _tr("Consumer loan")),
        ("microfinance", _tr("Microfinance loan")),
        ("guarantor", _tr("Guarantor")),
        ("eviction", _tr("Eviction")),
        ("bankruptcy", _tr("Bankruptcy")),
        ("other", _tr("Other")),
    ]


def statuses() -> list[tuple[str, str]]:
    return [("open", _tr("Open")), ("watch", _tr("Watch")), ("closed", _tr("Closed"))]


def vulnerable_statuses() -> list[tuple[str, str]]:
    return [
        ("none", _tr("None")),
        ("disability", _tr("Disability")),
        ("large_family", _tr("Large family")),
        ("single_parent", _tr("Single parent")),
        ("pensioner", _tr("Pensioner")),
        ("socially_vulnerable", _tr("Socially vulnerable")),
    ]


def note_kinds() -> list[tuple[str, str]]:
    return [
        ("note", _tr("Note")),
        ("call", _tr("Phone call")),
        ("meeting", _tr("Meeting")),
        ("visit", _tr("Visit")),
        ("system", _tr("System")),
    ]


def label(choices: list[tuple[str, str]], value: str) -> str:
    """The words for ``value`` among ``choices`` (the key itself if unknown)."""
    return dict(choices).get(value, value)
