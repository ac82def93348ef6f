"""The case file's header: who the case is, how urgent it is, and what comes next.

It is what an advisor glances at while the debtor talks, so it says the urgent
things in words and colour at once: an eviction or auction date with the days
left, the urgency of the nearest deadline, the next hearing.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ui.case_file import labels
from ui.formatting import format_day, format_day_with_weekday
from ui.models.case_table_model import status_label
from ui.operations.case_file import CaseHeader

# Badge colours (background, text) by urgency: fixed pairs, legible on light and dark.
BADGE_COLOURS = {
    "overdue": ("#b3261e", "#ffffff"),
    "today": ("#c4491a", "#ffffff"),
    "soon": ("#e0a100", "#1f2328"),
    "fortnight": ("#2f6f6a", "#ffffff"),
    "later": ("#8a8a84", "#ffffff"),
}
THREAT_COLOURS = ("#b3261e", "#ffffff")


def _tr(text: str) -> str:
    return QCoreApplication.translate("CaseHeader", text)


def long_date(day: date) -> str:
    """A date people read without thinking ("Wed, 9 December 2026"); the short form is
    in the tooltip."""
    return format_day_with_weekday(day)


def days_phrase(days: int) -> str:
    if days == 0:
        return _tr("today")
    if days == 1:
        return _tr("tomorrow")
    return _tr("in {n} days").format(n=days)


def _badge_style(colours: tuple[str, str]) -> str:
    background, foreground = colours
    return (
        f"background: {background}; color: {foreground}; border-radius: 4px;"
        " padding: 2px 8px; font-weight: 600;"
    )


def _badge(text: str, colours: tuple[str, str], name: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName(name)
    label.setStyleSheet(_badge_style(colours))
    return label


class CaseHeaderBar(QFrame):
    """Name, city, status and advisor; urgency and threat badges; next deadline and hearing."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("caseHeader")
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.name = QLabel()
        self.name.setObjectName("headerName")
        font = self.name.font()
        font.setPointSizeF(font.pointSizeF() * 1.45)
        font.setBold(True)
        self.name.setFont(font)
        self.name.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.facts = QLabel()  # city · status · advisor
        self.facts.setObjectName("headerFacts")
        self.next_deadline = QLabel()
        self.next_deadline.setObjectName("headerNextDeadline")
        self.next_hearing = QLabel()
        self.next_hearing.setObjectName("headerNextHearing")

        self._badges = QHBoxLayout()
        self._badges.setSpacing(6)
        self._badges.setContentsMargins(0, 0, 0, 0)

        left = QVBoxLayout()
        left.setSpacing(2)
        title_row = QHBoxLayout()
        title_row.setSpacing(12)
        title_row.addWidget(self.name)
        title_row.addLayout(self._badges)
        title_row.addStretch(1)
        left.addLayout(title_row)
        left.addWidget(self.facts)

        self.urgency = _badge("", BADGE_COLOURS["later"], "urgencyBadge")
        self.urgency.hide()
        deadline_row = QHBoxLayout()
        deadline_row.setSpacing(8)
        deadline_row.addStretch(1)
        deadline_row.addWidget(self.urgency)
        deadline_row.addWidget(self.next_deadline)
        right = QVBoxLayout()
        right.setSpacing(4)
        right.addLayout(deadline_row)
        right.addWidget(self.next_hearing, 0, Qt.AlignmentFlag.AlignRight)

        row = QHBoxLayout(self)
        row.setContentsMargins(12, 10, 12, 8)
        row.addLayout(left, 1)
        row.addLayout(right)
        self.data: CaseHeader | None = None

    def show_case(self, data: CaseHeader) -> None:
        self.data = data
        self.name.setText(data.full_name)
        facts = [data.city or self.tr("no city"), status_label(data.status)]
        facts.append(
            self.tr("advisor: {name}").format(name=data.advisor)
            if data.advisor
            else self.tr("no advisor")
        )
        self.facts.setText("  ·  ".join(facts))
        self._set_badges(data)
        if data.next_deadline:
            self.next_deadline.setText(
                self.tr("Next deadline: {date} — {what}").format(
                    date=long_date(data.next_deadline),
                    what=data.next_deadline_title or self.tr("deadline"),
                )
            )
            self.next_deadline.setToolTip(format_day(data.next_deadline))
        else:
            self.next_deadline.setText(self.tr("No open deadlines"))
            self.next_deadline.setToolTip("")
        if data.next_hearing:
            self.next_hearing.setText(
                self.tr("Next hearing: {date}").format(date=long_date(data.next_hearing))
            )
            self.next_hearing.setToolTip(format_day(data.next_hearing))
        else:
            self.next_hearing.setText(self.tr("No hearing scheduled"))
            self.next_hearing.setToolTip("")

    def badge_texts(self) -> list[str]:
        """The badges now shown: threats, then the deadline's urgency (for tests)."""
        out = []
        for i in range(self._badges.count()):
            widget = self._badges.itemAt(i).widget()
            if isinstance(widget, QLabel):
                out.append(widget.text())
        if self.data is not None and self.data.urgency:
            out.append(self.urgency.text())
        return out

    def _set_badges(self, data: CaseHeader) -> None:
        while self._badges.count():
            item = self._badges.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        for threat in data.threats:
            text = self.tr("{what} {when}").format(
                what=labels.event_kind(threat.kind), when=days_phrase(threat.days_left)
            )
            badge = _badge(text, THREAT_COLOURS, "threatBadge")
            badge.setToolTip(format_day(threat.date))
            self._badges.addWidget(badge)
        if data.urgency:
            colours = BADGE_COLOURS.get(data.urgency, BADGE_COLOURS["later"])
            self.urgency.setStyleSheet(_badge_style(colours))
            self.urgency.setText(labels.label(labels.urgencies(), data.urgency))
        self.urgency.setVisible(bool(data.urgency))
