"""The meeting intake dialog: a new person's case in a few seconds, then the next person.

Used at a meeting while the debtor talks: fields in the order people tell their
story, dates typed as digits, Enter saves and clears for the next person
(keeping the meeting's city, language and bank), and existing cases that may be
the same person are listed while typing, before anything is saved.
"""

from __future__ import annotations

from itertools import pairwise
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from debtdesk.errors import DebtdeskError, ValidationError
from ui.models.case_table_model import CaseIdRole
from ui.models.intake_lists import DuplicateListModel, SavedCaseListModel
from ui.operations import intake as ops
from ui.widgets.date_field import DateField, TimeField
from ui.widgets.forms import FieldErrors
from ui.workers import Worker

if TYPE_CHECKING:
    from debtdesk.db.database import Database

# Kept for the next person of the same meeting: they came to the same place,
# usually speak the same language and often owe the same bank.
KEPT_FIELDS = ("city", "language", "bank")


class IntakeDialog(QDialog):
    """Create cases for people met at a meeting, one after another."""

    caseCreated = Signal(int)
    # The advisor chose an existing case instead of entering this person again.
    openCase = Signal(int)
    # After every duplicate check, with the number found (tests wait on it).
    duplicatesChecked = Signal(int)

    DEBOUNCE_MS = 300

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.setObjectName("intakeDialog")
        self.setWindowTitle(self.tr("New person at the meeting"))
        self._confirmed: frozenset[int] = frozenset()  # duplicates the advisor already saw
        self._question: QMessageBox | None = None

        self.general_error = QLabel()
        self.general_error.setObjectName("intakeError")
        self.errors = FieldErrors(self.general_error, self)
        form = self._build_form()
        side = self._build_side()
        self._build_buttons()

        columns = QHBoxLayout()
        columns.addLayout(form, 3)
        columns.addSpacing(12)
        columns.addLayout(side, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addWidget(self.general_error)
        layout.addLayout(self.buttons)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(self.DEBOUNCE_MS)
        self._timer.timeout.connect(self._check_in_background)
        self._checking: Worker | None = None
        for edit in (self.name_edit, self.phone_edit, self.iin_edit):
            edit.textChanged.connect(self._timer.start)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save)
        self._set_tab_order()
        self._load_choices()
        self.resize(900, 600)
        self.name_edit.setFocus()

    # --- building -----------------------------------------------------------

    def _build_form(self) -> QFormLayout:
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setVerticalSpacing(4)
        add = self.errors.add_row

        form.addRow(_heading(self.tr("Person")))
        self.name_edit = _line("intakeName", self.tr("Surname, first name, patronymic"))
        add(form, "full_name", self.tr("&Name:"), self.name_edit)
        self.phone_edit = _line("intakePhone", "+7 701 123 45 67")
        add(form, "phone", self.tr("&Phone:"), self.phone_edit)
        self.iin_edit = _line("intakeIin", self.tr("12 digits, if they have it with them"))
        self.iin_edit.setMaxLength(15)
        add(form, "iin", self.tr("&IIN:"), self.iin_edit)
        self.city_combo = _editable_combo("intakeCity")
        add(form, "city", self.tr("&City:"), self.city_combo)
        self.language_combo = QComboBox()
        self.language_combo.setObjectName("intakeLanguage")
        for key, label in (
            ("ru", self.tr("Russian")),
            ("kk", self.tr("Kazakh")),
            ("en", self.tr("English")),
        ):
            self.language_combo.addItem(label, key)
        add(form, "language", self.tr("&Language:"), self.language_combo)

        form.addRow(_heading(self.tr("Problem")))
        self.problem_combo = QComboBox()
        self.problem_combo.setObjectName("intakeProblem")
        for key, label in self._problem_kinds():
            self.problem_combo.addItem(label, key)
        add(form, "problem_kind", self.tr("P&roblem:"), self.problem_combo)
        self.bank_combo = _editable_combo("intakeBank")
        self.bank_combo.lineEdit().setPlaceholderText(self.tr("Bank or lender, if any"))
        add(form, "bank", self.tr("&Bank:"), self.bank_combo)
        self.principal_edit = _line("intakePrincipal", self.tr("Amount borrowed, e.g. 15 000 000"))
        add(form, "principal", self.tr("Loan &amount:"), self.principal_edit)

        form.addRow(_heading(self.tr("Dates they already know")))
        self.hearing_date = DateField()
        self.hearing_date.setObjectName("intakeHearingDate")
        self.hearing_time = TimeField()
        self.hearing_time.setObjectName("intakeHearingTime")
        self.hearing_time.setToolTip(self.tr("Time of the hearing, if known"))
        row, self._hearing_hint = _date_row(self.hearing_date, self.hearing_time)
        label = add(form, "next_hearing", self.tr("Next &hearing:"), row)
        self.errors.register("next_hearing_time", self.hearing_time, label)
        self.decision_date = DateField()
        self.decision_date.setObjectName("intakeDecisionDate")
        self.decision_date.setToolTip(
            self.tr("The date on the decision in final form: the month to appeal runs from it.")
        )
        row, self._decision_hint = _date_row(self.decision_date)
        add(form, "decision_date", self.tr("&Decision (final form):"), row)
        self.eviction_date = DateField()
        self.eviction_date.setObjectName("intakeEvictionDate")
        row, self._eviction_hint = _date_row(self.eviction_date)
        add(form, "eviction_date", self.tr("&Eviction date:"), row)
        for field, hint in (
            (self.hearing_date, self._hearing_hint),
            (self.decision_date, self._decision_hint),
            (self.eviction_date, self._eviction_hint),
        ):
            field.textChanged.connect(lambda _t, f=field, h=hint: h.setText(f.hint()))
        return form

    def _build_side(self) -> QVBoxLayout:
        side = QVBoxLayout()
        self.duplicate_label = _heading(self.tr("Possible duplicates"))
        self.duplicate_label.setObjectName("duplicateCount")
        side.addWidget(self.duplicate_label)
        self.duplicates = DuplicateListModel(self)
        self.duplicate_list = _list_view("duplicateList", self.duplicates)
        self.duplicate_list.setAccessibleName(self.tr("Possible duplicates"))
        self.duplicate_list.clicked.connect(self._offer_case)
        self.duplicate_list.activated.connect(self._offer_case)
        self.duplicate_hint = QLabel(
            self.tr("Cases with the same IIN or phone, or a similar name, show here.")
        )
        self.duplicate_hint.setObjectName("duplicateHint")
        self.duplicate_hint.setWordWrap(True)
        self.duplicate_hint.setEnabled(False)  # drawn in the palette's quieter text colour
        side.addWidget(self.duplicate_hint)
        side.addWidget(self.duplicate_list, 6)
        side.addSpacing(8)
        self.saved_label = _heading("")
        self.saved_label.setObjectName("savedCount")
        side.addWidget(self.saved_label)
        self.saved = SavedCaseListModel(self)
        self.saved_list = _list_view("savedList", self.saved)
        self.saved_list.setAccessibleName(self.tr("Saved this meeting"))
        self.saved_list.activated.connect(
            lambda index: self.openCase.emit(int(index.data(CaseIdRole)))
        )
        side.addWidget(self.saved_list, 4)
        side.addStretch(1)  # takes the room while both lists are hidden
        self._show_duplicates([])
        self._show_saved_count()
        return side

    def _build_buttons(self) -> None:
        # The usual order: Cancel, then Save, and the default action rightmost.
        self.buttons = QHBoxLayout()
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setObjectName("cancelButton")
        self.save_button = QPushButton(self.tr("&Save"))
        self.save_button.setObjectName("saveButton")
        self.save_button.setToolTip(self.tr("Ctrl+S: save and close"))
        self.save_next_button = QPushButton(self.tr("Save and &next"))
        self.save_next_button.setObjectName("saveNextButton")
        self.save_next_button.setToolTip(
            self.tr("Enter: save, then clear the form for the next person")
        )
        self.buttons.addStretch(1)
        for button in (self.cancel_button, self.save_button, self.save_next_button):
            self.buttons.addWidget(button)
        self.save_next_button.setDefault(True)
        self.save_next_button.clicked.connect(self.save_and_next)
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.reject)
        # Enter in a list opens a case; it must not also reach the default button.
        for view in (self.duplicate_list, self.saved_list):
            view.installEventFilter(self)

    def _set_tab_order(self) -> None:
        chain: list[QWidget] = [
            self.name_edit,
            self.phone_edit,
            self.iin_edit,
            self.city_combo,
            self.language_combo,
            self.problem_combo,
            self.bank_combo,
            self.principal_edit,
            self.hearing_date,
            self.hearing_time,
            self.decision_date,
            self.eviction_date,
            self.duplicate_list,
            self.saved_list,
            self.save_next_button,
            self.save_button,
            self.cancel_button,
        ]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _load_choices(self) -> None:
        try:
            choices = ops.choices(self.db)
        except DebtdeskError as exc:
            self._show_general(exc.message)
            return
        self.city_combo.addItems(list(choices.cities))
        self.bank_combo.addItems(list(choices.banks))
        self.city_combo.setCurrentIndex(-1)
        self.bank_combo.setCurrentIndex(-1)

    def _problem_kinds(self) -> list[tuple[str, str]]:
        return [
            ("mortgage", self.tr("Mortgage")),
            ("consumer", self.tr("Consumer loan")),
            ("microfinance", self.tr("Microfinance")),
            ("guarantor", self.tr("Guarantor")),
            ("eviction", self.tr("Eviction")),
            ("bankruptcy", self.tr("Bankruptcy")),
            ("other", self.tr("Other")),
        ]

    # --- values -------------------------------------------------------------

    def values(self) -> dict[str, Any]:
        """The form as the intake service takes it; ``ValidationError`` for an unreadable date."""
        values: dict[str, Any] = {
            "full_name": self.name_edit.text(),
            "phone": self.phone_edit.text(),
            "iin": self.iin_edit.text(),
            "city": self.city_combo.currentText(),
            "language": self.language_combo.currentData(),
            "problem_kind": self.problem_combo.currentData(),
            "bank": self.bank_combo.currentText(),
            "principal": self.principal_edit.text(),
        }
        for field, edit in (
            ("next_hearing", self.hearing_date),
            ("decision_date", self.decision_date),
            ("eviction_date", self.eviction_date),
        ):
            try:
                values[field] = edit.day()
            except ValueError:
                raise ValidationError(
                    field, self.tr("not a date: write it as dd.mm.yyyy, e.g. 15.12.2026")
                ) from None
        try:
            values["next_hearing_time"] = self.hearing_time.value()
        except ValueError:
            raise ValidationError(
                "next_hearing_time", self.tr("not a time: write it as hh:mm, e.g. 10:30")
            ) from None
        return {k: v for k, v in values.items() if v not in (None, "")}

    def clear_for_next(self) -> None:
        """Empty the form for the next person, keeping the meeting's city, language and bank."""
        for edit in (
            self.name_edit,
            self.phone_edit,
            self.iin_edit,
            self.principal_edit,
            self.hearing_date,
            self.hearing_time,
            self.decision_date,
            self.eviction_date,
        ):
            edit.clear()
        self.problem_combo.setCurrentIndex(0)
        self.errors.clear()
        self._timer.stop()
        self._checking = None
        self._confirmed = frozenset()
        self._show_duplicates([])
        self.name_edit.setFocus()

    # --- duplicates ---------------------------------------------------------

    def _typed(self) -> dict[str, str]:
        return {
            "full_name": self.name_edit.text(),
            "phone": self.phone_edit.text(),
            "iin": self.iin_edit.text(),
        }

    def _check_in_background(self) -> None:
        """The debounced check, off the GUI thread: typing never waits on 100,000 names."""
        db, typed = self.db, self._typed()  # the worker thread touches no widget
        worker = Worker(lambda _progress: ops.possible_duplicates(db, typed))
        self._checking = worker
        worker.succeeded.connect(self._background_checked)
        worker.failed.connect(self._background_failed)
        worker.start()

    def _background_checked(self, found: list[ops.PossibleDuplicate]) -> None:
        if self.sender() is self._checking:  # an older check's answer is stale
            self._checking = None
            self._checked(found)

    def _background_failed(self, message: str) -> None:
        if self.sender() is self._checking:
            self._checking = None
            self._check_failed(message)

    def check_duplicates(self) -> None:
        """List the cases that may be this person now, on the GUI thread (before saving)."""
        self._timer.stop()
        self._checking = None  # whatever a background check finds comes too late
        try:
            found = ops.possible_duplicates(self.db, self._typed())
        except DebtdeskError as exc:
            self._check_failed(exc.message)
            return
        self._checked(found)

    def _checked(self, found: list[ops.PossibleDuplicate]) -> None:
        self._show_duplicates(found)
        self.duplicatesChecked.emit(len(found))

    def _check_failed(self, message: str) -> None:
        self.duplicate_hint.setText(
            self.tr("Could not look for duplicates: {why}").format(why=message)
        )
        self.duplicate_hint.show()
        self.duplicatesChecked.emit(0)

    def _show_duplicates(self, found: list[ops.PossibleDuplicate]) -> None:
        self.duplicates.set_rows(found)
        self.duplicate_list.setVisible(bool(found))
        self.duplicate_hint.setVisible(not found)
        n = len(found)
        self.duplicate_label.setText(
            self.tr("Possible duplicates")
            if n == 0
            else self.tr("Possibly already on file: 1")
            if n == 1
            else self.tr("Possibly already on file: %n", "", n)
        )
        if not found:
            self.duplicate_hint.setText(
                self.tr("Cases with the same IIN or phone, or a similar name, show here.")
            )

    def _offer_case(self, index: QModelIndex) -> None:
        """Clicking a possible duplicate: open that case instead of entering the person again?"""
        if not index.isValid() or self._question is not None:
            return
        case_id, name = self.duplicates.case_id(index.row()), self.duplicates.name(index.row())
        box = self._ask(
            "openCaseQuestion",
            self.tr("Open the case of {name} instead?").format(name=name),
            self.tr("What you typed here for this person is not saved."),
            self.tr("Open that case"),
            self.tr("Keep typing"),
        )
        box.finished.connect(lambda _r: self._open_case_answered(box, case_id))
        box.open()

    def _open_case_answered(self, box: QMessageBox, case_id: int) -> None:
        self._question = None
        box.deleteLater()
        if box.buttonRole(box.clickedButton()) == QMessageBox.ButtonRole.AcceptRole:
            self.openCase.emit(case_id)
            self.reject()

    # --- saving -------------------------------------------------------------

    def save(self) -> None:
        """Save this person and close."""
        self._try_save(close=True)

    def save_and_next(self) -> None:
        """Save this person and clear the form for the next one."""
        self._try_save(close=False)

    def _try_save(self, *, close: bool) -> None:
        if self._question is not None:
            return
        self.errors.clear()
        if self._timer.isActive() or self._checking is not None:
            self.check_duplicates()  # typed faster than the check: check before saving
        shown = self.duplicates.ids()
        if shown and not shown <= self._confirmed:
            n = len(shown)
            box = self._ask(
                "duplicateQuestion",
                self.tr("This may be someone already on file.")
                if n == 1
                else self.tr("This may be one of %n people already on file.", "", n),
                self.tr("Save a new case anyway? Click a name in the list to open it instead."),
                self.tr("Save as new"),
                self.tr("Go back"),
            )
            box.finished.connect(lambda _r: self._duplicates_answered(box, shown, close))
            box.open()
            return
        self._save(close=close)

    def _duplicates_answered(self, box: QMessageBox, shown: frozenset[int], close: bool) -> None:
        self._question = None
        box.deleteLater()
        if box.buttonRole(box.clickedButton()) == QMessageBox.ButtonRole.AcceptRole:
            self._confirmed = shown
            self._save(close=close)
        else:
            self.duplicate_list.setFocus()

    def _save(self, *, close: bool) -> None:
        try:
            saved = ops.save_case(self.db, self.values())
        except ValidationError as exc:
            self.errors.show(exc)
            return
        except DebtdeskError as exc:
            self._show_general(exc.message)
            return
        self.caseCreated.emit(saved.id)
        if close:
            self.accept()
            return
        self.saved.add(saved)
        self._show_saved_count()
        self._remember_choice(self.bank_combo)
        self._remember_choice(self.city_combo)
        self.clear_for_next()

    def _show_general(self, message: str) -> None:
        self.general_error.setText(message)
        self.general_error.show()

    def _show_saved_count(self) -> None:
        n = self.saved.rowCount()
        self.saved_list.setVisible(n > 0)
        self.saved_label.setText(
            self.tr("Saved this meeting: none yet")
            if n == 0
            else self.tr("Saved this meeting: %n", "", n)
        )

    @staticmethod
    def _remember_choice(combo: QComboBox) -> None:
        """A new city or bank joins the list, for the next person to pick."""
        text = combo.currentText().strip()
        if text and combo.findText(text, Qt.MatchFlag.MatchFixedString) < 0:
            combo.addItem(text)
            combo.setCurrentText(text)

    def _ask(self, name: str, text: str, detail: str, yes: str, no: str) -> QMessageBox:
        box = QMessageBox(self)
        box.setObjectName(name)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.windowTitle())
        box.setText(text)
        box.setInformativeText(detail)
        yes_button = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
        yes_button.setObjectName("yesButton")
        no_button = box.addButton(no, QMessageBox.ButtonRole.RejectRole)
        no_button.setObjectName("noButton")
        box.setDefaultButton(no_button)
        box.setEscapeButton(no_button)
        self._question = box
        return box

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        enter = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in enter
            and isinstance(watched, QListView)
        ):
            index = watched.currentIndex()
            if index.isValid():
                watched.activated.emit(index)
            return True
        return super().eventFilter(watched, event)


def _heading(text: str) -> QLabel:
    label = QLabel(text)
    font = QFont(label.font())
    font.setBold(True)
    label.setFont(font)
    label.setContentsMargins(0, 6, 0, 0)
    return label


def _line(name: str, placeholder: str) -> QLineEdit:
    edit = QLineEdit()
    edit.setObjectName(name)
    edit.setPlaceholderText(placeholder)
    return edit


def _editable_combo(name: str) -> QComboBox:
    combo = QComboBox()
    combo.setObjectName(name)
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)  # the dialog adds on save
    combo.completer().setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    combo.completer().setFilterMode(Qt.MatchFlag.MatchContains)
    return combo


def _date_row(date_field: DateField, time_field: TimeField | None = None) -> tuple[QWidget, QLabel]:
    """A date (and time) with the weekday it falls on shown beside it."""
    row = QWidget()
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    width = date_field.fontMetrics().horizontalAdvance("00.00.00000")
    date_field.setFixedWidth(width + 16)
    layout.addWidget(date_field)
    if time_field is not None:
        time_field.setFixedWidth(date_field.fontMetrics().horizontalAdvance("00:000") + 16)
        layout.addWidget(time_field)
    hint = QLabel()
    hint.setEnabled(False)
    layout.addWidget(hint)
    layout.addStretch(1)
    row.setFocusProxy(date_field)
    return row, hint


def _list_view(name: str, model: Any) -> QListView:
    view = QListView()
    view.setObjectName(name)
    view.setModel(model)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setUniformItemSizes(False)
    view.setWordWrap(True)
    view.setAlternatingRowColors(True)
    view.setSpacing(2)
    return view
