"""The Court tab: the case's proceedings and their events, with quick forms for the
dates an advisor records while the debtor talks.

"Add hearing" opens a three-field form (date, time, room) with the cursor in
the date and Enter saving: a hearing is recorded in a few seconds. The decision
and eviction buttons open the same form for those kinds. Saving an event lets
the deadline engine compute its deadlines in the same transaction; the tab
says how many ("1 deadline computed, due 21.12.2026"), and when a changed date
moved deadlines, which ones from which day to which: a moved appeal deadline is
the one thing an advisor must not miss. ``deadlinesMoved`` carries them to the
Deadlines tab, which marks them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QCompleter, QLabel, QSplitter, QVBoxLayout, QWidget

from debtdesk.clock import today
from debtdesk.vocab import THREAT_KINDS, EventKind
from ui.case_file.form_dialog import FormDialog
from ui.case_file.labels import (
    event_kind,
    event_kinds,
    label,
    outcomes,
    proceeding_kinds,
    proceeding_statuses,
    stages,
)
from ui.case_file.record_tab import RecordTab, button_row, heading
from ui.case_file.table import Column, RowsModel, make_view, select_where, selected_row
from ui.formatting import format_day, format_time
from ui.operations import court as ops

if TYPE_CHECKING:
    from debtdesk.db.database import Database

# The quick forms: which kinds each offers (the first is the default).
QUICK_KINDS: dict[str, tuple[str, ...]] = {
    "hearing": (EventKind.HEARING.value,),
    "decision": (
        EventKind.DECISION_FINAL_FORM.value,
        EventKind.DECISION_ANNOUNCED.value,
        EventKind.RULING_FINAL_FORM.value,
        EventKind.DECISION_IN_FORCE.value,
    ),
    "eviction": (
        EventKind.EVICTION.value,
        EventKind.EVICTION_NOTICE.value,
        EventKind.AUCTION.value,
    ),
}


class CourtTab(RecordTab):
    """Proceedings and events of one case; quick forms for hearing, decision, eviction."""

    NAME = "court"

    # {deadline id: its due date before the move} after a save moved deadlines.
    deadlinesMoved = Signal(object)

    def __init__(self, db: Database, case_id: int, parent: QWidget | None = None) -> None:
        super().__init__(db, case_id, parent)
        tr = self.tr
        self.data: ops.CourtView | None = None

        self.hearing_button = self.button(tr("Add &hearing"), "addHearing", self.add_hearing)
        self.hearing_button.setShortcut(QKeySequence("Ctrl+H"))
        self.hearing_button.setToolTip(tr("Date, time and room of a hearing (Ctrl+H)"))
        self.decision_button = self.button(
            tr("&Decision date"), "addDecision", lambda: self.add_quick("decision")
        )
        self.decision_button.setToolTip(
            tr("The decision in final form starts the appeal clock: record its date")
        )
        self.eviction_button = self.button(
            tr("E&viction or auction date"), "addEviction", lambda: self.add_quick("eviction")
        )
        self.other_button = self.button(tr("Other &event…"), "addEvent", self.add_event)
        self.confirmation = QLabel()
        self.confirmation.setObjectName("confirmation")
        self.confirmation.setWordWrap(True)

        self.proceedings_model: RowsModel[ops.ProceedingRow] = RowsModel(
            [
                Column(tr("Kind"), lambda r: label(proceeding_kinds(), r.kind)),
                Column(tr("Case no."), lambda r: r.case_no or ""),
                Column(tr("Court"), lambda r: r.court or ""),
                Column(tr("Judge / bailiff"), lambda r: r.judge or r.bailiff or ""),
                Column(tr("Stage"), lambda r: label(stages(), r.stage)),
                Column(
                    tr("Status"),
                    lambda r: label(proceeding_statuses(), r.status),
                    dimmed=lambda r: r.status == "closed",
                ),
                Column(tr("Outcome"), lambda r: label(outcomes(), r.outcome)),
            ],
            self,
        )
        self.proceedings_view = make_view(self.proceedings_model, "proceedingsTable", stretch=2)
        self.proceedings_view.doubleClicked.connect(lambda _i: self.edit_proceeding())
        self.proceedings_view.selectionModel().selectionChanged.connect(lambda *_: self._enable())

        on = today()
        self.events_model: RowsModel[ops.EventRow] = RowsModel(
            [
                Column(
                    tr("Date"),
                    lambda r: format_day(r.date),
                    bold=lambda r: r.kind in THREAT_KINDS and r.date >= on,
                    dimmed=lambda r: r.date < on,
                ),
                Column(tr("Time"), lambda r: format_time(r.time)),
                Column(
                    tr("Event"),
                    lambda r: event_kind(r.kind),
                    bold=lambda r: r.kind in THREAT_KINDS and r.date >= on,
                ),
                Column(tr("Place / room"), lambda r: r.place or ""),
                Column(tr("Case no."), lambda r: r.case_no or ""),
                Column(
                    tr("Deadlines"),
                    lambda r: str(r.open_deadlines) if r.open_deadlines else "",
                    tooltip=lambda r: tr("Open deadlines computed from this event"),
                    right=True,
                ),
                Column(tr("Who goes / notes"), lambda r: _notes(r)),
            ],
            self,
        )
        self.events_view = make_view(self.events_model, "eventsTable", stretch=6)
        self.events_view.doubleClicked.connect(lambda _i: self.edit_event())
        self.events_view.selectionModel().selectionChanged.connect(lambda *_: self._enable())

        self.add_proceeding_button = self.button(
            tr("Add proceeding…"), "addProceeding", self.add_proceeding
        )
        self.edit_proceeding_button = self.button(
            tr("Edit…"), "editProceeding", self.edit_proceeding
        )
        self.delete_proceeding_button = self.button(
            tr("Delete"), "deleteProceeding", self.delete_proceeding
        )
        self.edit_event_button = self.button(tr("Edit…"), "editEvent", self.edit_event)
        self.delete_event_button = self.button(tr("Delete"), "deleteEvent", self.delete_event)
        self.checklist_button = self.button(tr("Checklist…"), "openChecklist", self.open_checklist)
        self.checklist_button.setToolTip(
            tr("What to bring and do at this hearing: tick items, print for the debtor")
        )

        proceedings = QWidget()
        top = QVBoxLayout(proceedings)
        top.setContentsMargins(0, 0, 0, 0)
        top.addLayout(
            button_row(
                heading(tr("Proceedings")),
                self.add_proceeding_button,
                self.edit_proceeding_button,
                self.delete_proceeding_button,
                stretch_at=0,
            )
        )
        top.addWidget(self.proceedings_view, 1)
        events = QWidget()
        bottom = QVBoxLayout(events)
        bottom.setContentsMargins(0, 0, 0, 0)
        bottom.addLayout(
            button_row(
                heading(tr("Hearings, decisions and other dates")),
                self.checklist_button,
                self.edit_event_button,
                self.delete_event_button,
                stretch_at=0,
            )
        )
        bottom.addWidget(self.events_view, 1)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(proceedings)
        split.addWidget(events)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        split.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.addLayout(
            button_row(
                self.hearing_button, self.decision_button, self.eviction_button, self.other_button
            )
        )
        layout.addWidget(self.confirmation)
        layout.addWidget(split, 1)
        self.confirmation.hide()
        self.reload()

    # --- CaseTab ---------------------------------------------------------------------

    def title(self) -> str:
        return self.tr("Court")

    def reload(self) -> None:
        keep_p = selected_row(self.proceedings_view)
        keep_e = selected_row(self.events_view)
        self.data = ops.court_of(self.db, self.case_id)
        self.proceedings_model.set_rows(self.data.proceedings)
        self.events_model.set_rows(self.data.events)
        if keep_p is not None:
            select_where(self.proceedings_view, lambda r: r.id == keep_p.id)
        elif self.data.proceedings:
            self.proceedings_view.selectRow(0)
        if keep_e is not None:
            select_where(self.events_view, lambda r: r.id == keep_e.id)
        else:  # the past is above; show what comes next
            on = today()
            coming = [i for i, r in enumerate(self.data.events) if r.date >= on]
            if coming:
                self.events_view.scrollTo(self.events_model.index(coming[0], 0))
        self._enable()

    def _enable(self) -> None:
        has_p = selected_row(self.proceedings_view) is not None
        has_e = selected_row(self.events_view) is not None
        self.edit_proceeding_button.setEnabled(has_p)
        self.delete_proceeding_button.setEnabled(has_p)
        self.edit_event_button.setEnabled(has_e)
        self.delete_event_button.setEnabled(has_e)
        event = selected_row(self.events_view)
        self.checklist_button.setEnabled(event is not None and event.kind == EventKind.HEARING)

    def open_checklist(self) -> None:
        """The hearing's checklist (made from its proceeding's kind the first time)."""
        from ui.checklists.checklist_dialog import open_checklist_dialog

        event = selected_row(self.events_view)
        if event is None or event.kind != EventKind.HEARING:
            return
        open_checklist_dialog(self.db, event.id, self)

    # --- events: the quick forms -------------------------------------------------------

    def _proceeding_choices(self) -> list[tuple[int | None, str]]:
        rows = self.data.proceedings if self.data else ()
        choices: list[tuple[int | None, str]] = [(None, self.tr("— not tied to a proceeding —"))]
        for p in rows:
            name = label(proceeding_kinds(), p.kind)
            choices.append((p.id, f"{name} {p.case_no}" if p.case_no else name))
        return choices

    def _default_proceeding(self) -> int | None:
        chosen = selected_row(self.proceedings_view)
        if chosen is not None:
            return chosen.id
        active = [p for p in (self.data.proceedings if self.data else ()) if p.status == "active"]
        return active[-1].id if active else None

    def quick_dialog(self, which: str) -> FormDialog:
        """The quick form for ``hearing``, ``decision`` or ``eviction`` (not yet shown)."""
        kinds = QUICK_KINDS[which]
        titles = {
            "hearing": self.tr("Add hearing"),
            "decision": self.tr("Add decision date"),
            "eviction": self.tr("Add eviction or auction date"),
        }
        dialog = FormDialog(self, titles[which], self._add_submit, name=f"{which}Dialog")
        dialog.setMinimumWidth(380)
        dialog.add_date("date", self.tr("Date:"))
        if which != "decision":
            dialog.add_time("time", self.tr("Time:"))
        place = self.tr("Room:") if which == "hearing" else self.tr("Place:")
        dialog.add_line("place", place)
        if len(kinds) > 1:
            dialog.add_choice("kind", self.tr("What:"), [(k, event_kind(k)) for k in kinds])
        else:
            dialog.add("kind", self.tr("What:"), QLabel(event_kind(kinds[0])), lambda: kinds[0])
        choices = self._proceeding_choices()
        if len(choices) > 1:
            dialog.add_choice(
                "proceeding_id", self.tr("Proceeding:"), choices, self._default_proceeding()
            )
        return dialog

    def _add_submit(self, values: dict[str, Any], _version: int | None) -> ops.EventSaved:
        return ops.add_event(self.db, self.case_id, values)

    def add_hearing(self) -> None:
        self.add_quick("hearing")

    def add_quick(self, which: str) -> None:
        self._saved(self.quick_dialog(which))

    def event_dialog(self, event: ops.EventRow | None = None) -> FormDialog:
        """The full form of an event: any kind, attendees and notes (not yet shown)."""
        if event is None:
            dialog = FormDialog(self, self.tr("Add event"), self._add_submit, name="eventDialog")
        else:
            event_id = event.id

            def submit(values: dict[str, Any], version: int | None) -> ops.EventSaved:
                return ops.update_event(self.db, event_id, values, version)

            dialog = FormDialog(self, self.tr("Edit event"), submit, event.version, "eventDialog")
        dialog.add_choice(
            "kind",
            self.tr("What:"),
            event_kinds(),
            event.kind if event else EventKind.HEARING.value,
        )
        dialog.add_date("date", self.tr("Date:"), event.date if event else None)
        dialog.add_time("time", self.tr("Time:"), event.time if event else None)
        dialog.add_line("place", self.tr("Place / room:"), event.place if event else "")
        dialog.add_line(
            "attendees",
            self.tr("Who goes:"),
            event.attendees if event else "",
            self.tr("supporters from the group"),
        )
        dialog.add_choice(
            "proceeding_id",
            self.tr("Proceeding:"),
            self._proceeding_choices(),
            event.proceeding_id if event else self._default_proceeding(),
        )
        dialog.add_text("notes", self.tr("Notes:"), event.notes if event else "")
        return dialog

    def add_event(self) -> None:
        self._saved(self.event_dialog())

    def edit_event(self) -> None:
        event = selected_row(self.events_view)
        if event is not None:
            self._saved(self.event_dialog(event))

    def delete_event(self) -> None:
        event = selected_row(self.events_view)
        if event is None or not self.confirm(
            self.tr("Delete event"),
            self.tr("Delete {what} on {day}? Deadlines computed from it are cancelled.").format(
                what=event_kind(event.kind), day=format_day(event.date)
            ),
        ):
            return
        saved = self.act(lambda v: ops.delete_event(self.db, event.id, v), event.version)
        if saved is not None:
            self.confirm_saved(self.tr("Event deleted."), saved)

    def _saved(self, dialog: FormDialog) -> None:
        if self.run_dialog(dialog) and isinstance(dialog.result_value, ops.EventSaved):
            values = dialog.values()
            what = self.tr("{what} on {day} saved.").format(
                what=event_kind(values["kind"]), day=format_day(values["date"])
            )
            self.confirm_saved(what, dialog.result_value)

    def confirm_saved(self, what: str, saved: ops.EventSaved) -> None:
        """Say what was saved and what it did to the deadlines, in one short line."""
        parts = [what]
        if saved.created:
            text = self.tr("%n deadline(s) computed", "", saved.created)
            if saved.due_dates:
                due = ", ".join(format_day(d) for d in saved.due_dates)
                text += " " + self.tr("(due {dates})").format(dates=due)
            parts.append(text + ".")
        if saved.moves:
            moves = "; ".join(
                self.tr("{title} from {old} to {new}").format(
                    title=m.title, old=format_day(m.old_due), new=format_day(m.new_due)
                )
                for m in saved.moves
            )
            parts.append(self.tr("Moved: {moves}.").format(moves=moves))
            self.deadlinesMoved.emit({m.deadline_id: m.old_due for m in saved.moves})
        elif saved.moved:
            parts.append(self.tr("%n deadline(s) moved.", "", saved.moved))
        if saved.cancelled:
            parts.append(self.tr("%n deadline(s) cancelled.", "", saved.cancelled))
        if len(parts) == 1 and saved.event_id is not None:
            parts.append(self.tr("No deadline follows from it."))
        self.confirmation.setText(" ".join(parts))
        self.confirmation.show()

    # --- proceedings ------------------------------------------------------------------

    def proceeding_dialog(self, proceeding: ops.ProceedingRow | None = None) -> FormDialog:
        p = proceeding
        proceeding_id = p.id if p else None

        def submit(values: dict[str, Any], version: int | None) -> int:
            return ops.save_proceeding(self.db, self.case_id, proceeding_id, values, version)

        title = self.tr("Edit proceeding") if p else self.tr("Add proceeding")
        dialog = FormDialog(self, title, submit, p.version if p else None, "proceedingDialog")
        dialog.add_choice(
            "kind", self.tr("Kind:"), list(proceeding_kinds().items()), p.kind if p else "claim"
        )
        dialog.add_line("case_no", self.tr("Case no.:"), p.case_no if p else "")
        court = dialog.add_line("court", self.tr("Court:"), p.court if p else "")
        completer = QCompleter(ops.court_names(self.db), court)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        court.setCompleter(completer)
        dialog.add_line("judge", self.tr("Judge:"), p.judge if p else "")
        dialog.add_line("bailiff", self.tr("Bailiff:"), p.bailiff if p else "")
        dialog.add_choice(
            "stage", self.tr("Stage:"), list(stages().items()), p.stage if p else "filed"
        )
        dialog.add_choice(
            "status",
            self.tr("Status:"),
            list(proceeding_statuses().items()),
            p.status if p else "active",
        )
        dialog.add_choice(
            "outcome", self.tr("Outcome:"), list(outcomes().items()), p.outcome if p else None
        )
        loans: list[tuple[int | None, str]] = [(None, self.tr("—"))]
        loans += [(loan.id, loan.label) for loan in (self.data.loans if self.data else ())]
        if len(loans) > 1:
            dialog.add_choice("loan_id", self.tr("Loan:"), loans, p.loan_id if p else None)
        dialog.add_text("notes", self.tr("Notes:"), p.notes if p else "")
        return dialog

    def add_proceeding(self) -> None:
        self.run_dialog(self.proceeding_dialog())

    def edit_proceeding(self) -> None:
        proceeding = selected_row(self.proceedings_view)
        if proceeding is not None:
            self.run_dialog(self.proceeding_dialog(proceeding))

    def delete_proceeding(self) -> None:
        p = selected_row(self.proceedings_view)
        if p is None or not self.confirm(
            self.tr("Delete proceeding"),
            self.tr(
                "Delete the proceeding {no} and all its events? "
                "Deadlines computed from them are cancelled."
            ).format(no=p.case_no or label(proceeding_kinds(), p.kind)),
        ):
            return
        saved = self.act(lambda v: ops.delete_proceeding(self.db, p.id, v), p.version)
        if saved is not None:
            self.confirm_saved(self.tr("Proceeding deleted."), saved)


def _notes(row: ops.EventRow) -> str:
    parts = [row.attendees or "", (row.notes or "").splitlines()[0] if row.notes else ""]
    return " · ".join(p for p in parts if p)
