"""A small read-only view of one case's basic fields, opened from the register.

It stands in for the tabbed case file of a later version: it shows what an
advisor needs to confirm "this is the right person" and nothing is editable.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from ui.models.case_table_model import format_phone, status_label
from ui.operations import CaseSummary


class CaseSummaryDialog(QDialog):
    """Basic fields of one case as selectable text, with a Close button."""

    def __init__(self, summary: CaseSummary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary = summary
        self.setObjectName("caseSummaryDialog")
        self.setWindowTitle(self.tr("Case: {name}").format(name=summary.full_name))
        self.setMinimumWidth(480)

        heading = QLabel(summary.full_name)
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        heading.setFont(font)
        heading.setWordWrap(True)
        heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._values: dict[str, QLabel] = {}
        for key, label, value in self._fields(summary):
            shown = QLabel(value or "—")
            shown.setObjectName(f"value_{key}")
            shown.setWordWrap(True)
            shown.setTextInteractionFlags(
                Qt.TextInteractionFlag.TextSelectableByMouse
                | Qt.TextInteractionFlag.TextSelectableByKeyboard
            )
            self._values[key] = shown
            form.addRow(label, shown)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addSpacing(6)
        layout.addLayout(form)
        layout.addSpacing(6)
        layout.addWidget(buttons)
        self.resize(self.minimumWidth(), self.heightForWidth(self.minimumWidth()))

    def value(self, key: str) -> str:
        """The text shown for field ``key`` (``iin``, ``phone``, …): what tests read."""
        return self._values[key].text()

    def _fields(self, s: CaseSummary) -> list[tuple[str, str, str]]:
        household = ""
        if s.household_size is not None:
            # "1 …" is its own string so English needs no catalog; other
            # languages' plural rules live in the "%n …" string's numerus forms.
            n = s.household_size
            household = self.tr("1 person") if n == 1 else self.tr("%n people", "", n)
            if s.minors:
                m = s.minors
                household += ", " + (self.tr("1 minor") if m == 1 else self.tr("%n minors", "", m))
        return [
            ("iin", self.tr("IIN:"), s.iin or ""),
            ("phone", self.tr("Phone:"), format_phone(s.phone)),
            ("city", self.tr("City:"), s.city or ""),
            ("address", self.tr("Address:"), s.address or ""),
            ("language", self.tr("Language:"), self._language(s.language)),
            ("problem", self.tr("Problem:"), self._problem(s.problem_kind)),
            ("household", self.tr("Household:"), household),
            ("vulnerable", self.tr("Vulnerable:"), self._vulnerable(s.vulnerable_status)),
            ("status", self.tr("Status:"), status_label(s.status)),
            ("advisor", self.tr("Advisor:"), s.advisor or ""),
            ("consent", self.tr("Consent given:"), _iso(s.consent_date)),
            # One per line: a case number must never wrap in its middle.
            ("case_numbers", self.tr("Court cases:"), "\n".join(s.case_numbers)),
            ("next_hearing", self.tr("Next hearing:"), _iso(s.next_hearing)),
            ("next_deadline", self.tr("Next deadline:"), _iso(s.next_deadline)),
            ("tags", self.tr("Tags:"), ", ".join(s.tags)),
        ]

    def _language(self, key: str) -> str:
        names = {"kk": self.tr("Kazakh"), "ru": self.tr("Russian"), "en": self.tr("English")}
        return names.get(key, key)

    def _problem(self, key: str) -> str:
        names = {
            "mortgage": self.tr("mortgage"),
            "consumer": self.tr("consumer loan"),
            "microfinance": self.tr("microfinance"),
            "guarantor": self.tr("guarantor"),
            "eviction": self.tr("eviction"),
            "bankruptcy": self.tr("bankruptcy"),
            "other": self.tr("other"),
        }
        return names.get(key, key)

    def _vulnerable(self, key: str) -> str:
        names = {
            "none": "",
            "disability": self.tr("disability"),
            "large_family": self.tr("large family"),
            "single_parent": self.tr("single parent"),
            "pensioner": self.tr("pensioner"),
            "socially_vulnerable": self.tr("socially vulnerable"),
        }
        return names.get(key, key)


def _iso(day: date | None) -> str:
    return day.isoformat() if day else ""
