"""The Deadlines tab: what the engine computed for this case, how urgent it is, and why.

Urgency is a word in its own column as well as a colour, so it reads on a
grey printout and to a colour-blind advisor. Selecting a deadline shows its
explanation in the language chosen beside it (the interface language at
first; the debtor's, to read it aloud to them), rendered from the stored
language-neutral steps. Done keeps who marked it and when.

When the Court tab moves deadlines (an event's date changed), ``mark_moved``
marks them here ("21.12.2026 (moved from 14.12.2026)", in bold) for as long as
the case file stays open, so the advisor who switches tabs finds what moved
without searching; the stored previous date stays in the tooltip for good.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLabel,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from debtdesk.i18n import current_language
from ui.case_file.form_dialog import FormDialog
from ui.case_file.labels import deadline_statuses, label, languages, urgencies
from ui.case_file.record_tab import RecordTab, button_row, heading
from ui.case_file.table import Column, RowsModel, make_view, select_where, selected_row
from ui.formatting import format_day
from ui.operations import deadlines as ops
from ui.widgets.urgency_colours import urgency_colours

if TYPE_CHECKING:
    from debtdesk.db.database import Database


class DeadlinesTab(RecordTab):
    """The case's deadlines with urgency and status; explanation of the selected one."""

    NAME = "deadlines"

    def __init__(self, db: Database, case_id: int, parent: QWidget | None = None) -> None:
        super().__init__(db, case_id, parent)
        tr = self.tr
        self.rows: list[ops.DeadlineRow] = []
        self.moved: dict[int, date] = {}  # deadline id: due date before the last move

        def closed(r: ops.DeadlineRow) -> bool:
            return r.status != "open"

        self.model: RowsModel[ops.DeadlineRow] = RowsModel(
            [
                Column(
                    tr("Urgency"),
                    lambda r: label(urgencies(), r.urgency) if r.urgency else "",
                    colours=lambda r: urgency_colours(r.urgency),
                    bold=lambda r: r.urgency in ("overdue", "today"),
                ),
                Column(
                    tr("Due"),
                    lambda r: self._due(r),
                    bold=lambda r: r.urgency in ("overdue", "today", "soon") or r.id in self.moved,
                    dimmed=closed,
                    tooltip=lambda r: (
                        tr("Moved from {day}").format(day=format_day(r.previous_due_date))
                        if r.previous_due_date
                        else None
                    ),
                ),
                Column(
                    tr("Deadline"),
                    lambda r: r.title + (" ⚠" if r.needs_lawyer else ""),
                    dimmed=closed,
                    tooltip=lambda r: (
                        tr("Check with a lawyer: the source is not fully verified")
                        if r.needs_lawyer
                        else None
                    ),
                ),
                Column(tr("Status"), lambda r: label(deadline_statuses(), r.status), dimmed=closed),
                Column(tr("Counted from"), lambda r: _counted_from(r), dimmed=closed),
                Column(tr("Done by"), lambda r: _done(r), dimmed=closed),
            ],
            self,
        )
        self.view = make_view(self.model, "deadlinesTable", stretch=2)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._show_selected())

        self.done_button = self.button(tr("Mark &done"), "markDone", self.mark_done)
        self.missed_button = self.button(tr("Missed"), "markMissed", self.mark_missed)
        self.reopen_button = self.button(tr("&Reopen"), "reopen", self.reopen)
        self.add_button = self.button(tr("Add deadline…"), "addDeadline", self.add_deadline)
        self.delete_button = self.button(tr("Delete"), "deleteDeadline", self.delete_deadline)
        self.delete_button.setToolTip(tr("Only deadlines added by hand can be deleted"))
        self.show_closed = QCheckBox(tr("Show done and cancelled"))
        self.show_closed.setObjectName("showClosed")
        self.show_closed.setChecked(True)
        self.show_closed.toggled.connect(lambda _on: self._fill())

        self.language = QComboBox()
        self.language.setObjectName("explanationLanguage")
        for code, name in languages().items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(self.language.findData(current_language()), 0))
        self.language.currentIndexChanged.connect(lambda _i: self._show_selected())
        self.explanation = QTextBrowser()
        self.explanation.setObjectName("explanation")
        self.explanation.setOpenLinks(False)
        self.summary = QLabel()
        self.summary.setObjectName("deadlineSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addLayout(
            button_row(
                self.done_button,
                self.missed_button,
                self.reopen_button,
                self.add_button,
                self.delete_button,
                self.show_closed,
                stretch_at=4,
            )
        )
        top_layout.addWidget(self.view, 1)
        bottom = QWidget()
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        read_in = QLabel(tr("Read in:"))
        read_in.setBuddy(self.language)
        bottom_layout.addLayout(
            button_row(heading(tr("Why this date")), read_in, self.language, stretch_at=0)
        )
        bottom_layout.addWidget(self.summary)
        bottom_layout.addWidget(self.explanation, 1)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(top)
        split.addWidget(bottom)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(split)
        self.reload()

    # --- CaseTab ---------------------------------------------------------------------

    def title(self) -> str:
        return self.tr("Deadlines")

    def reload(self) -> None:
        self.rows = ops.deadlines_of(self.db, self.case_id, current_language())
        self._fill()

    def mark_moved(self, moved: Mapping[int, date]) -> None:
        """Mark the deadlines a changed event date just moved ({id: old due date})."""
        self.moved = dict(moved)
        self._fill()

    def _due(self, row: ops.DeadlineRow) -> str:
        day = format_day(row.due_date)
        old = self.moved.get(row.id)
        if old is None:
            return day
        return self.tr("{day} (moved from {old})").format(day=day, old=format_day(old))

    def _fill(self) -> None:
        keep = selected_row(self.view)
        rows = self.rows
        if not self.show_closed.isChecked():
            rows = [r for r in rows if r.status == "open"]
        self.model.set_rows(rows)
        if not (keep is not None and select_where(self.view, lambda r: r.id == keep.id)) and rows:
            self.view.selectRow(0)
        self._show_selected()

    # --- the selected deadline --------------------------------------------------------

    def current(self) -> ops.DeadlineRow | None:
        return selected_row(self.view)

    def select(self, deadline_id: int) -> bool:
        return select_where(self.view, lambda r: r.id == deadline_id)

    def _show_selected(self) -> None:
        row = self.current()
        self.done_button.setEnabled(row is not None and row.status in ("open", "missed"))
        self.missed_button.setEnabled(row is not None and row.status == "open")
        self.reopen_button.setEnabled(row is not None and row.status in ("done", "missed"))
        self.delete_button.setEnabled(row is not None and row.manual and row.letter_id is None)
        if row is None:
            self.summary.setText(
                self.tr(
                    "No deadlines. They appear when a decision or another dated event is recorded."
                )
                if not self.rows
                else ""
            )
            self.explanation.clear()
            return
        self.summary.setText(self._summary(row))
        lang = self.language.currentData() or current_language()
        explained = ops.explain(row, lang)
        if explained is None:
            self.explanation.setPlainText(
                row.notes or self.tr("Added by hand: no rule computed it.")
            )
            return
        steps = "".join(f"<li>{_html(step)}</li>" for step in explained.steps)
        self.explanation.setHtml(f"<p>{_html(explained.text)}</p><ul>{steps}</ul>")

    def _summary(self, row: ops.DeadlineRow) -> str:
        status = label(deadline_statuses(), row.status)
        parts = [f"{row.title} — {format_day(row.due_date)} ({status})"]
        if row.done_at is not None:
            parts.append(
                self.tr("Done by {who} on {day}").format(
                    who=row.done_by or self.tr("unknown"), day=format_day(row.done_at.date())
                )
            )
        if row.previous_due_date:
            parts.append(self.tr("moved from {day}").format(day=format_day(row.previous_due_date)))
        return "; ".join(parts)

    def explanation_text(self) -> str:
        return self.explanation.toPlainText()

    # --- actions ------------------------------------------------------------------------

    def mark_done(self) -> None:
        row = self.current()
        if row is not None:
            self.act(lambda v: ops.mark_done(self.db, row.id, v), row.version)

    def mark_missed(self) -> None:
        row = self.current()
        if row is not None:
            self.act(lambda v: ops.mark_missed(self.db, row.id, v), row.version)

    def reopen(self) -> None:
        row = self.current()
        if row is not None:
            self.act(lambda v: ops.reopen(self.db, row.id, v), row.version)

    def deadline_dialog(self) -> FormDialog:
        """The form for a deadline no rule computes (not yet shown)."""

        def submit(values: dict[str, Any], _version: int | None) -> int:
            return ops.add_manual_deadline(self.db, self.case_id, values)

        dialog = FormDialog(self, self.tr("Add deadline"), submit, name="deadlineDialog")
        dialog.add_line(
            "title", self.tr("What is due:"), "", self.tr("statement of defence set by the judge")
        )
        dialog.add_date("due_date", self.tr("Due on:"))
        dialog.add_text("notes", self.tr("Notes:"))
        return dialog

    def add_deadline(self) -> None:
        dialog = self.deadline_dialog()
        if self.run_dialog(dialog) and isinstance(dialog.result_value, int):
            self.select(dialog.result_value)

    def delete_deadline(self) -> None:
        row = self.current()
        if row is None or not row.manual:
            return
        if self.confirm(
            self.tr("Delete deadline"), self.tr("Delete the deadline “{t}”?").format(t=row.title)
        ):
            self.act(lambda _v: ops.delete_manual_deadline(self.db, row.id))


def _counted_from(row: ops.DeadlineRow) -> str:
    if row.trigger is not None:
        return f"{row.trigger}, {format_day(row.trigger_date)}"
    return _manual(row)


def _manual(row: ops.DeadlineRow) -> str:
    if row.letter_id is not None:
        return QCoreApplication.translate("DeadlinesTab", "a letter's reply")
    return QCoreApplication.translate("DeadlinesTab", "added by hand") if row.manual else ""


def _done(row: ops.DeadlineRow) -> str:
    if row.done_at is None:
        return ""
    return f"{row.done_by or ''} {format_day(row.done_at.date())}".strip()


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
