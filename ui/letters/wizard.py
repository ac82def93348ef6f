"""The letter wizard: template → recipient and language → the parts to type → preview → registered.

Opened for one case (from the case file or the Letters page). The templates
offered are those the case has the data for (``documents.choices``); the
others are listed only on demand, each with what the case still lacks, so the
advisor learns to record the court or the hearing rather than meeting an
error at the end. The preview is the letter exactly as it will print, but
numbered ``DD-PREVIEW`` and not registered; "Register" gives it its outgoing
number in the register, records it sent (the day it is handed in or posted,
which starts its reply deadline), then saves it as PDF and/or prints it.

Rendering takes a few hundred milliseconds, registering as long: both run on
a worker thread (``ui.workers``) while the wizard says what it is doing.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from debtdesk.clock import today
from debtdesk.documents.register import MissingData
from debtdesk.errors import DebtdeskError, ValidationError
from debtdesk.i18n import current_language
from ui.case_file.inputs import DateField
from ui.case_file.labels import languages
from ui.formatting import format_day
from ui.letters.fields_form import LetterFieldsForm
from ui.letters.labels import category_label, need_label, recipient_label
from ui.letters.printing import print_pdf_on, save_pdf_to
from ui.operations import documents as ops
from ui.widgets.forms import ERROR_STYLE
from ui.widgets.pdf_preview import PdfPreview
from ui.workers import Worker

if TYPE_CHECKING:
    from debtdesk.db.database import Database

KeyRole = Qt.ItemDataRole.UserRole + 1
# The order categories are listed in: what advisors write most, first.
CATEGORY_ORDER = ("bank", "court", "bailiff", "regulator", "debtor")


class TemplatePage(QWizardPage):
    """Step 1: which letter; only those the case can get unless "show all" is ticked."""

    def __init__(self, wizard: LetterWizard) -> None:
        super().__init__()
        self.setObjectName("templatePage")
        self._wizard = wizard
        self.setTitle(self.tr("Which letter?"))
        self.setSubTitle(
            self.tr("For {name}: the letters this case has the data for.").format(
                name=wizard.case.full_name
            )
        )
        self.tree = QTreeWidget()
        self.tree.setObjectName("templateTree")
        self.tree.setHeaderLabels([self.tr("Letter"), self.tr("To"), self.tr("Reply")])
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.itemSelectionChanged.connect(self._selected)
        self.tree.itemDoubleClicked.connect(lambda *_: wizard.next())
        self.show_all = QCheckBox(self.tr("Also show letters this case lacks data for"))
        self.show_all.setObjectName("showAllTemplates")
        self.show_all.toggled.connect(self._fill)
        self.needs_label = QLabel()
        self.needs_label.setObjectName("needsLabel")
        self.needs_label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.show_all)
        layout.addWidget(self.needs_label)
        self._fill()

    def _fill(self) -> None:
        keep = self._wizard.template_key
        self.tree.clear()
        show_all = self.show_all.isChecked()
        by_category: dict[str, list[ops.TemplateChoice]] = {}
        for choice in self._wizard.case.templates:
            if choice.available or show_all:
                by_category.setdefault(choice.category, []).append(choice)
        order = [c for c in CATEGORY_ORDER if c in by_category]
        order += sorted(c for c in by_category if c not in CATEGORY_ORDER)
        for category in order:
            head = QTreeWidgetItem([category_label(category)])
            head.setFlags(Qt.ItemFlag.ItemIsEnabled)
            font = head.font(0)
            font.setBold(True)
            head.setFont(0, font)
            self.tree.addTopLevelItem(head)
            for choice in sorted(by_category[category], key=lambda c: c.title.casefold()):
                item = QTreeWidgetItem(
                    ["    " + choice.title, recipient_label(choice.recipient_kind), _reply(choice)]
                )
                item.setData(0, KeyRole, choice.key)
                item.setToolTip(0, choice.key)
                if not choice.available:
                    item.setFlags(Qt.ItemFlag.NoItemFlags)
                    need = ", ".join(need_label(p) for p in choice.needs)
                    item.setToolTip(0, self.tr("The case lacks: {what}").format(what=need))
                    item.setText(2, self.tr("lacks: {what}").format(what=need))
                self.tree.addTopLevelItem(item)
                if choice.key == keep and choice.available:
                    item.setSelected(True)
                    self.tree.setCurrentItem(item)
        for column in (1, 2):
            self.tree.resizeColumnToContents(column)
        self.tree.setColumnWidth(0, max(self.tree.columnWidth(0), 360))
        self.tree.resizeColumnToContents(0)
        lacking = sum(1 for c in self._wizard.case.templates if not c.available)
        if lacking and not show_all:
            self.needs_label.setText(
                self.tr("{n} more letters need data this case does not have yet.").format(n=lacking)
            )
        else:
            self.needs_label.clear()
        self.completeChanged.emit()

    def select(self, key: str) -> bool:
        """Select template ``key`` (tests, and reopening with a template chosen)."""
        for i in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(i)
            if item.data(0, KeyRole) == key and item.flags() & Qt.ItemFlag.ItemIsEnabled:
                self.tree.setCurrentItem(item)
                item.setSelected(True)
                return True
        return False

    def _selected(self) -> None:
        items = self.tree.selectedItems()
        key = items[0].data(0, KeyRole) if items else None
        self._wizard.template_key = key
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        choice = self._wizard.choice()
        return choice is not None and choice.available


def _reply(choice: ops.TemplateChoice) -> str:
    tr = QCoreApplication.translate
    if choice.reply_rule:
        return tr("LetterWizard", "reply deadline")
    if choice.follow_up_days:
        return tr("LetterWizard", "reminder after {n} days").format(n=choice.follow_up_days)
    return ""


class RecipientPage(QWizardPage):
    """Step 2: who it goes to (from the case) and in which language."""

    def __init__(self, wizard: LetterWizard) -> None:
        super().__init__()
        self.setObjectName("recipientPage")
        self._wizard = wizard
        self.setTitle(self.tr("To whom, in which language?"))
        self.kind_label = QLabel()
        self.kind_label.setObjectName("recipientKind")
        self.name_label = QLabel()
        self.name_label.setObjectName("recipientName")
        self.name_label.setWordWrap(True)
        self.address_label = QLabel()
        self.address_label.setObjectName("recipientAddress")
        self.address_label.setWordWrap(True)
        self.note_label = QLabel()
        self.note_label.setObjectName("recipientNote")
        self.note_label.setWordWrap(True)
        box = QGroupBox(self.tr("Recipient (from the case)"))
        form = QFormLayout(box)
        form.addRow(self.tr("Kind:"), self.kind_label)
        form.addRow(self.tr("Name:"), self.name_label)
        form.addRow(self.tr("Address:"), self.address_label)
        form.addRow(self.note_label)
        self.language = QComboBox()
        self.language.setObjectName("languageBox")
        self.language.currentIndexChanged.connect(self._language_chosen)
        self.language_note = QLabel()
        self.language_note.setObjectName("languageNote")
        lang_box = QGroupBox(self.tr("Language of the letter"))
        lang_form = QFormLayout(lang_box)
        lang_form.addRow(self.tr("Language:"), self.language)
        lang_form.addRow(self.language_note)
        layout = QVBoxLayout(self)
        layout.addWidget(box)
        layout.addWidget(lang_box)
        layout.addStretch(1)

    def initializePage(self) -> None:
        choice = self._wizard.choice()
        assert choice is not None
        self.setSubTitle(choice.title)
        self.kind_label.setText(recipient_label(choice.recipient_kind))
        recipient = choice.recipient
        if recipient is not None and recipient.name:
            self.name_label.setText(recipient.name)
            where = ", ".join(x for x in (recipient.address, recipient.city) if x)
            self.address_label.setText(where or self.tr("(no address recorded)"))
            self.note_label.clear()
        else:
            self.name_label.setText(self.tr("(the letter's own addressee)"))
            self.address_label.clear()
            self.note_label.setText(
                self.tr(
                    "The case gives no addressee for this letter: the template prints its "
                    "default, or type one under Addressee on the next page if it asks."
                )
            )
        names = languages()
        self.language.blockSignals(True)
        self.language.clear()
        for code in choice.languages:
            self.language.addItem(names.get(code, code), code)
        wanted = self._wizard.language or self._wizard.case.language
        index = self.language.findData(wanted)
        self.language.setCurrentIndex(index if index >= 0 else 0)
        self.language.blockSignals(False)
        self._language_chosen()
        debtor = names.get(self._wizard.case.language, self._wizard.case.language)
        self.language_note.setText(self.tr("The debtor's language: {lang}").format(lang=debtor))

    def _language_chosen(self) -> None:
        self._wizard.language = self.language.currentData()


class FieldsPage(QWizardPage):
    """Step 3: the parts of the letter only the advisor can write."""

    def __init__(self, wizard: LetterWizard) -> None:
        super().__init__()
        self.setObjectName("fieldsPage")
        self._wizard = wizard
        self.setTitle(self.tr("What the letter should say"))
        self.setSubTitle(self.tr("Parts marked * are needed; the others are printed if typed."))
        self.form = LetterFieldsForm()
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        self._for_key: str | None = None

    def initializePage(self) -> None:
        choice = self._wizard.choice()
        assert choice is not None
        if self._for_key != choice.key:
            self.form.set_fields(choice.fields, choice.optional_fields)
            self._for_key = choice.key

    def validatePage(self) -> bool:
        return self.form.check()


class PreviewPage(QWizardPage):
    """Step 4: the letter as it will print; then registered, saved and/or printed."""

    def __init__(self, wizard: LetterWizard) -> None:
        super().__init__()
        self.setObjectName("previewPage")
        self._wizard = wizard
        self.setTitle(self.tr("Check the letter"))
        self.setSubTitle(
            self.tr("This is the letter as it will print; it gets its number when registered.")
        )
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Register"))
        self.preview = PdfPreview()
        self.status = QLabel()
        self.status.setObjectName("previewStatus")
        self.status.setWordWrap(True)
        self.busy = QProgressBar()
        self.busy.setObjectName("previewBusy")
        self.busy.setRange(0, 0)
        self.busy.setMaximumHeight(12)
        self.busy.setTextVisible(False)
        self.busy.hide()

        self.sent = QCheckBox(self.tr("Handed in or posted on"))
        self.sent.setObjectName("sentCheck")
        self.sent.setChecked(True)
        self.sent.setToolTip(self.tr("The reply deadline is counted from this day"))
        self.sent_on = DateField("sent_on", today())
        self.sent.toggled.connect(self.sent_on.setEnabled)
        self.save_check = QCheckBox(self.tr("Save as PDF"))
        self.save_check.setObjectName("saveCheck")
        self.save_check.setChecked(True)
        self.print_check = QCheckBox(self.tr("Print"))
        self.print_check.setObjectName("printCheck")
        self.error = QLabel()
        self.error.setObjectName("registerError")
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()

        options = QHBoxLayout()
        options.addWidget(self.sent)
        options.addWidget(self.sent_on)
        options.addSpacing(16)
        options.addWidget(self.save_check)
        options.addWidget(self.print_check)
        options.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.busy)
        layout.addWidget(self.status)
        layout.addLayout(options)
        layout.addWidget(self.error)
        self.ready = False
        self._worker: Worker | None = None

    def initializePage(self) -> None:
        self.ready = False
        self.error.hide()
        self.preview.clear()
        self._run(
            lambda _p: ops.preview_letter(self._wizard.db, self._wizard.new_letter()),
            self.tr("Preparing the preview…"),
            self._previewed,
        )

    def cleanupPage(self) -> None:
        if self._worker is not None:
            self._worker.cancel()

    def _run(self, operation: Any, text: str, done: Any) -> None:
        worker = Worker(operation, self)
        self._worker = worker
        self.status.setText(text)
        self.busy.show()
        self._wizard.set_busy(True)

        def finished() -> None:
            self.busy.hide()
            self._wizard.set_busy(False)
            if self._worker is worker:
                self._worker = None
            self.completeChanged.emit()

        def failed(message: str) -> None:
            self._failed(worker.error, message)

        worker.succeeded.connect(done)
        worker.failed.connect(failed)
        worker.finished.connect(finished)
        worker.start()

    def _previewed(self, pdf: bytes) -> None:
        self.ready = self.preview.set_pdf(pdf)
        pages = self.preview.page_count()
        self.status.setText(self.tr("{n} page(s). Nothing is registered yet.").format(n=pages))

    def _failed(self, error: BaseException | None, message: str) -> None:
        if isinstance(error, MissingData):
            fields = [p for p in error.missing if p.startswith("fields.")]
            if fields:
                self._wizard.fields_page.form.show_missing(error.missing)
            what = ", ".join(need_label(p) for p in error.missing)
            message = self.tr("The letter needs: {what}").format(what=what)
        self.status.clear()
        self.error.setText(message)
        self.error.show()

    def isComplete(self) -> bool:
        return self.ready and self._worker is None

    def validatePage(self) -> bool:
        if self._wizard.registered is not None:
            return True
        sent_on: date | None = None
        if self.sent.isChecked():
            try:
                sent_on = self.sent_on.value()
            except ValidationError as exc:
                self.error.setText(exc.message)
                self.error.show()
                return False
            if sent_on is None:
                self.error.setText(self.tr("Type the day it was handed in or posted"))
                self.error.show()
                return False
        self.error.hide()
        letter = self._wizard.new_letter(sent_on)
        self._run(
            lambda _p: ops.register_letter(self._wizard.db, letter),
            self.tr("Registering the letter…"),
            self._registered,
        )
        return False

    def _registered(self, result: ops.RegisteredLetter) -> None:
        self._wizard.registered = result
        self._wizard.registeredLetter.emit(result.document_id)
        self._wizard.next()


class DonePage(QWizardPage):
    """Step 5: the letter's number and reply date; saved and printed as asked."""

    def __init__(self, wizard: LetterWizard) -> None:
        super().__init__()
        self.setObjectName("donePage")
        self._wizard = wizard
        self.setTitle(self.tr("Registered"))
        self.setSubTitle(self.tr("The letter has its number; save or print more copies here."))
        self.setFinalPage(True)
        self.summary = QLabel()
        self.summary.setObjectName("doneSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.outputs = QLabel()
        self.outputs.setObjectName("doneOutputs")
        self.outputs.setWordWrap(True)
        self.save_button = QPushButton(self.tr("Save as PDF…"))
        self.save_button.setObjectName("saveAgain")
        self.save_button.clicked.connect(lambda: self._wizard.save_pdf(ask=True))
        self.print_button = QPushButton(self.tr("Print…"))
        self.print_button.setObjectName("printAgain")
        self.print_button.clicked.connect(lambda: self._wizard.print_letter(ask=True))
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.print_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(buttons)
        layout.addWidget(self.outputs)
        layout.addStretch(1)
        self._said: list[str] = []

    def initializePage(self) -> None:
        done = self._wizard.registered
        assert done is not None
        lines = [self.tr("Letter {no} is in the register.").format(no=done.outgoing_no)]
        if done.reply_due is not None and done.follow_up:
            lines.append(
                self.tr(
                    "Reminder to ask about the reply on {day} (not a legal time limit)."
                ).format(day=format_day(done.reply_due))
            )
        elif done.reply_due is not None:
            lines.append(
                self.tr("Reply due by {day}; it is in the case's deadlines.").format(
                    day=format_day(done.reply_due)
                )
            )
        elif not self._wizard.preview_page.sent.isChecked() and self._wizard.expects_reply():
            lines.append(
                self.tr("Record the day it is handed in or posted to start its reply deadline.")
            )
        self.summary.setText("\n".join(lines))
        page = self._wizard.preview_page
        self._said = []
        self._wizard.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self._wizard.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        if page.save_check.isChecked():
            self._wizard.save_pdf(ask=False)
        if page.print_check.isChecked():
            self._wizard.print_letter(ask=False)

    def say(self, text: str) -> None:
        self._said.append(text)
        self.outputs.setText("\n".join(self._said))


class LetterWizard(QWizard):
    """A letter for case ``case_id``: chosen, filled in, previewed, registered, saved/printed."""

    # A letter was registered (its document id): registers and tabs refresh.
    registeredLetter = Signal(int)

    def __init__(
        self,
        db: Database,
        case_id: int,
        parent: QWidget | None = None,
        *,
        template: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("letterWizard")
        self.db = db
        self.case_id = case_id
        self.case = ops.letter_choices(db, case_id, current_language())
        self.template_key: str | None = template
        self.language: str | None = None
        self.registered: ops.RegisteredLetter | None = None
        # Chosen in advance (tests; "print again" to the same printer): no dialog.
        self.save_target: Path | None = None
        self.printer: QPrinter | None = None
        self.saved_to: Path | None = None
        self.printed_pages = 0

        self.setWindowTitle(self.tr("New letter: {name}").format(name=self.case.full_name))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.HaveHelpButton, False)
        self.setMinimumSize(760, 620)
        self.template_page = TemplatePage(self)
        self.recipient_page = RecipientPage(self)
        self.fields_page = FieldsPage(self)
        self.preview_page = PreviewPage(self)
        self.done_page = DonePage(self)
        for page in (
            self.template_page,
            self.recipient_page,
            self.fields_page,
            self.preview_page,
            self.done_page,
        ):
            self.addPage(page)
        if template is not None:
            self.template_page.select(template)

    def choice(self) -> ops.TemplateChoice | None:
        return next((c for c in self.case.templates if c.key == self.template_key), None)

    def expects_reply(self) -> bool:
        choice = self.choice()
        return choice is not None and bool(choice.reply_rule or choice.follow_up_days)

    def new_letter(self, sent_on: date | None = None) -> ops.NewLetter:
        choice = self.choice()
        assert choice is not None
        fields = self.fields_page.form.values() if self.fields_page.form.inputs else {}
        return ops.NewLetter(
            case_id=self.case_id,
            template=choice.key,
            language=self.language or self.case.language,
            fields=tuple(sorted(fields.items())),
            sent_on=sent_on,
        )

    def set_busy(self, busy: bool) -> None:
        """While a worker runs: no going back, no cancelling halfway through a number."""
        for which in (QWizard.WizardButton.BackButton, QWizard.WizardButton.CancelButton):
            button = self.button(which)
            if button is not None:
                button.setEnabled(not busy)

    # --- after registering -------------------------------------------------------------------

    def file_name(self) -> str:
        done = self.registered
        name = f"{done.outgoing_no}-{self.template_key}.pdf" if done else "letter.pdf"
        return "".join(c if c.isalnum() or c in "-_." else "-" for c in name)

    def save_pdf(self, *, ask: bool) -> Path | None:
        """Write the registered letter's PDF (to ``save_target``, else where the advisor says)."""
        if self.registered is None:
            return None
        target = save_pdf_to(
            self,
            self.registered.pdf,
            None if ask else self.save_target,
            title=self.tr("Save the letter as"),
            suggested=self.file_name(),
            file_filter=self.tr("PDF files (*.pdf)"),
            failed=self.tr("Cannot save the letter"),
        )
        if target is not None:
            self.saved_to = target
            self.done_page.say(self.tr("Saved {path}").format(path=target))
        return target

    def print_letter(self, *, ask: bool) -> int:
        """Print the registered letter (on ``printer``, else the one chosen in the dialog)."""
        if self.registered is None:
            return 0
        pages = print_pdf_on(
            self,
            self.registered.pdf,
            None if ask else self.printer,
            title=self.tr("Print the letter"),
            failed=self.tr("Cannot print the letter"),
        )
        if pages:
            self.printed_pages += pages
            self.done_page.say(self.tr("Printed {n} page(s)").format(n=pages))
        return pages

    def reject(self) -> None:
        worker = self.preview_page._worker
        if worker is not None and worker.is_running():
            return  # registering: wait for the number rather than leave it half-made
        super().reject()


def open_letter_wizard(
    db: Database, case_id: int, parent: QWidget | None = None, template: str | None = None
) -> LetterWizard | None:
    """Build and show the wizard (non-modal); None with a message if the case cannot be read."""
    try:
        wizard = LetterWizard(db, case_id, parent, template=template)
    except DebtdeskError as exc:
        QMessageBox.warning(
            parent, QCoreApplication.translate("LetterWizard", "Cannot write a letter"), str(exc)
        )
        return None
    wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    wizard.show()
    return wizard
