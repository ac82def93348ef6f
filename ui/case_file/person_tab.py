"""The Person & household tab: the debtor's contact and case fields, budget and home.

The form keeps the ``PersonForm`` it loaded (with the debtor's version) and
sends only the fields the advisor changed, passing that version along: if
someone else saved meanwhile the service refuses with ``ConflictError`` and the
advisor chooses to reload theirs or keep their own (saved over the newer
version, still only the fields they edited). Budget lines and properties are
small records of their own, saved as soon as their dialog's OK is pressed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from debtdesk.clock import today
from debtdesk.errors import ConflictError, DebtdeskError, ValidationError
from ui.case_file import labels
from ui.case_file.base import CaseTab
from ui.case_file.household_panel import HouseholdPanel
from ui.case_file.inputs import DateField
from ui.case_file.vocab_labels import problem_kinds, statuses, vulnerable_statuses
from ui.models.case_table_model import format_phone
from ui.operations import case_file as ops
from ui.widgets.forms import ConflictChoice, FieldErrors, ask_conflict

if TYPE_CHECKING:
    from debtdesk.db.database import Database


def _choice_combo(choices: list[tuple[str, str]]) -> QComboBox:
    combo = QComboBox()
    for value, label in choices:
        combo.addItem(label, value)
    return combo


class PersonTab(CaseTab):
    """Contact, case fields and household of the debtor; budget lines and properties."""

    NAME = "person"

    def __init__(self, db: Database, case_id: int, parent: QWidget | None = None) -> None:
        super().__init__(db, case_id, parent)
        self.form: ops.PersonForm | None = None
        self._loading = False
        self._dirty = False
        general = QLabel()
        self.errors = FieldErrors(general, self)
        self.error_label = general

        self.full_name = QLineEdit()
        self.iin = QLineEdit()
        self.iin.setPlaceholderText(self.tr("12 digits"))
        self.iin.setMaxLength(14)
        self.phone = QLineEdit()
        self.phone.setPlaceholderText("+7 701 123 45 67")
        self.address = QLineEdit()
        self.city = QLineEdit()
        self.language = _choice_combo(list(labels.languages().items()))
        self.problem_kind = _choice_combo(problem_kinds())
        self.status = _choice_combo(statuses())
        self.advisor = QComboBox()
        self.household_size = QSpinBox()
        self.household_size.setRange(0, 30)
        self.household_size.setSpecialValueText("—")
        self.minors = QSpinBox()
        self.minors.setRange(-1, 30)
        self.minors.setSpecialValueText("—")
        self.vulnerable_status = _choice_combo(vulnerable_statuses())
        self.consent_date = DateField("consent_date")
        self.consent_today = QToolButton()
        self.consent_today.setText(self.tr("Today"))
        self.consent_today.setObjectName("consentToday")
        self.consent_today.clicked.connect(self._consent_today)
        self.tags = QLineEdit()
        self.tags.setPlaceholderText(self.tr("comma-separated, e.g. pensioner, activist"))

        contact = QGroupBox(self.tr("Contact"))
        contact_form = self._form(contact)
        self.errors.add_row(contact_form, "full_name", self.tr("Full name"), self.full_name)
        self.errors.add_row(contact_form, "iin", self.tr("IIN"), self.iin)
        self.errors.add_row(contact_form, "phone", self.tr("Phone"), self.phone)
        self.errors.add_row(contact_form, "address", self.tr("Address"), self.address)
        self.errors.add_row(contact_form, "city", self.tr("City"), self.city)
        self.errors.add_row(contact_form, "language", self.tr("Language"), self.language)

        case = QGroupBox(self.tr("Case and household"))
        case_form = self._form(case)
        self.errors.add_row(case_form, "problem_kind", self.tr("Problem"), self.problem_kind)
        self.errors.add_row(case_form, "status", self.tr("Status"), self.status)
        self.errors.add_row(case_form, "advisor_id", self.tr("Advisor"), self.advisor)
        household_row = QHBoxLayout()
        household_row.setContentsMargins(0, 0, 0, 0)
        household_row.addWidget(self.household_size)
        minors_caption = QLabel(self.tr("of them minors"))
        household_row.addWidget(minors_caption)
        household_row.addWidget(self.minors)
        household_row.addStretch(1)
        household = QWidget()
        household.setLayout(household_row)
        self.errors.add_row(case_form, "household_size", self.tr("Household"), household)
        self.errors.register(
            "household_size", self.household_size, self.errors.label("household_size")
        )
        minors_error = QLabel()
        minors_error.setObjectName("error_minors")
        minors_error.setStyleSheet(self.errors.label("household_size").styleSheet())
        minors_error.setWordWrap(True)
        minors_error.hide()
        case_form.addRow("", minors_error)
        self.errors.register("minors", self.minors, minors_error)
        self.errors.add_row(
            case_form, "vulnerable_status", self.tr("Vulnerable"), self.vulnerable_status
        )
        consent = QWidget()
        consent_row = QHBoxLayout(consent)
        consent_row.setContentsMargins(0, 0, 0, 0)
        consent_row.addWidget(self.consent_date)
        consent_row.addWidget(self.consent_today)
        consent_row.addStretch(1)
        self.errors.add_row(case_form, "consent_date", self.tr("Consent given"), consent)
        self.errors.register(
            "consent_date", self.consent_date.line, self.errors.label("consent_date")
        )
        self.errors.add_row(case_form, "tags", self.tr("Tags"), self.tags)

        self.household = HouseholdPanel(db, case_id, self)
        self.household.changed.connect(self.changed)

        forms = QHBoxLayout()
        forms.addWidget(contact, 1)
        forms.addWidget(case, 1)
        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.addWidget(general)
        body_layout.addLayout(forms)
        body_layout.addWidget(self.household, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

        for line in (self.full_name, self.iin, self.phone, self.address, self.city, self.tags):
            line.textChanged.connect(self._edited)
        for combo in (
            self.language,
            self.problem_kind,
            self.status,
            self.advisor,
            self.vulnerable_status,
        ):
            combo.currentIndexChanged.connect(self._edited)
        for spin in (self.household_size, self.minors):
            spin.valueChanged.connect(self._edited)
        self.consent_date.edited.connect(self._edited)

    def _form(self, box: QGroupBox) -> QFormLayout:
        form = QFormLayout(box)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setVerticalSpacing(4)
        return form

    # --- CaseTab ---------------------------------------------------------------------

    def title(self) -> str:
        return self.tr("Person && household")

    def reload(self) -> None:
        page = ops.load_person_page(self.db, self.case_id)
        self.errors.clear()
        self.error_label.hide()
        self._fill_advisors(page.advisors)
        completer = QCompleter(list(page.cities), self.city)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.city.setCompleter(completer)
        self.show_form(page.form)
        self.household.show_household(page.household)

    def is_dirty(self) -> bool:
        return self._dirty

    def save(self) -> bool:
        if self.form is None:
            return True
        self.errors.clear()
        try:
            changes = ops.changed_fields(self.form, self.values())
        except ValidationError as error:
            self.errors.show(error)
            return False
        if not changes:
            return True
        version = self.form.version
        while True:
            try:
                saved = ops.save_person(self.db, self.case_id, changes, version)
            except ValidationError as error:
                self.errors.show(error)
                return False
            except ConflictError as error:
                if ask_conflict(self, error) is ConflictChoice.RELOAD:
                    self.reload()
                    return False
                try:
                    version = ops.load_person(self.db, self.case_id).version
                except DebtdeskError as failure:
                    self._show_general(str(failure))
                    return False
                continue
            except DebtdeskError as error:
                self._show_general(str(error))
                return False
            break
        self.show_form(saved)
        self.changed.emit()
        return True

    # --- The form --------------------------------------------------------------------

    def show_form(self, form: ops.PersonForm) -> None:
        """Put ``form`` into the inputs; it becomes what edits are compared against."""
        self._loading = True
        try:
            self.form = form
            self.full_name.setText(form.full_name)
            self.iin.setText(form.iin or "")
            self.phone.setText(format_phone(form.phone))
            self.address.setText(form.address or "")
            self.city.setText(form.city or "")
            self._select(self.language, form.language)
            self._select(self.problem_kind, form.problem_kind)
            self._select(self.status, form.status)
            self._select(self.advisor, form.advisor_id)
            self.household_size.setValue(form.household_size or 0)
            self.minors.setValue(-1 if form.minors is None else form.minors)
            self._select(self.vulnerable_status, form.vulnerable_status)
            self.consent_date.set_day(form.consent_date)
            self.tags.setText(", ".join(form.tags))
        finally:
            self._loading = False
        self._set_dirty(False)

    def values(self) -> dict[str, Any]:
        """The inputs as the service's fields (text as typed: the service judges it).

        A consent date that is not a date raises ``ValidationError`` for its field.
        """
        minors = self.minors.value()
        return {
            "full_name": self.full_name.text(),
            "iin": self.iin.text().strip() or None,
            "phone": self._phone_value(),
            "address": self.address.text().strip() or None,
            "city": self.city.text().strip() or None,
            "language": self.language.currentData(),
            "problem_kind": self.problem_kind.currentData(),
            "status": self.status.currentData(),
            "advisor_id": self.advisor.currentData(),
            "household_size": self.household_size.value() or None,
            "minors": None if minors < 0 else minors,
            "vulnerable_status": self.vulnerable_status.currentData(),
            "consent_date": self.consent_date.value(),
            "tags": tuple(t.strip() for t in self.tags.text().split(",") if t.strip()),
        }

    def _phone_value(self) -> str | None:
        typed = self.phone.text().strip()
        if not typed:
            return None
        # Shown spaced out; unchanged, it must not count as an edit.
        if self.form is not None and typed == format_phone(self.form.phone):
            return self.form.phone
        return typed

    def _select(self, combo: QComboBox, value: object) -> None:
        index = combo.findData(value)
        if index < 0 and value is not None:
            combo.addItem(str(value), value)  # a value this version has no label for
            index = combo.count() - 1
        combo.setCurrentIndex(max(index, 0))

    def _fill_advisors(self, advisors: tuple[ops.AdvisorChoice, ...]) -> None:
        self._loading = True
        try:
            self.advisor.clear()
            self.advisor.addItem(self.tr("— none —"), None)
            for choice in advisors:
                self.advisor.addItem(choice.name, choice.id)
        finally:
            self._loading = False

    def _consent_today(self) -> None:
        self.consent_date.set_day(today())

    def _edited(self) -> None:
        if self._loading or self.form is None:
            return
        try:
            dirty = bool(ops.changed_fields(self.form, self.values()))
        except ValidationError:
            dirty = True  # a half-typed date: an edit all the same
        self._set_dirty(dirty)

    def _set_dirty(self, dirty: bool) -> None:
        if dirty != self._dirty:
            self._dirty = dirty
            self.dirtyChanged.emit(dirty)

    def _show_general(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.show()
