"""The damaged-file dialog: what happened, the newest good backup, Restore or Quit.

A damaged database is frightening; the dialog says plainly what was found,
that the file itself is left exactly as it is (a restore moves it aside into
the backup folder, it never writes over it), when the newest good backup was
made (so the person knows which changes the restore will not bring back),
and offers two ways on: restore that backup, or quit and get help. Working
on in a damaged file is not offered: every write could make it worse.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from debtdesk.db.backup import backup_dir
from debtdesk.errors import DamagedDatabase
from ui.operations import vault as ops


def format_made(made: datetime) -> str:
    """A backup's date and time in the interface language."""
    locale = QLocale()
    return (
        locale.toString(made.date(), QLocale.FormatType.LongFormat) + ", " + made.strftime("%H:%M")
    )


class DamagedDialog(QDialog):
    """Accepted: restore ``backup``; rejected: quit (``quit_else``) or keep the database in use.

    Keeping is offered only when another, sound database is still open (the
    damaged one was about to replace it).
    """

    def __init__(
        self, damage: DamagedDatabase, parent: QWidget | None = None, *, quit_else: bool = True
    ) -> None:
        super().__init__(parent)
        self.setObjectName("damagedDialog")
        self.setWindowTitle(self.tr("The database is damaged"))
        self.setMinimumWidth(560)
        path = Path(str(damage.path))
        self.backup: Path | None = Path(str(damage.backup)) if damage.backup else None

        icon = QLabel()
        icon.setPixmap(
            self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical).pixmap(40, 40)
        )
        headline = QLabel(self.tr("debtdesk found damage in the database file."))
        font = headline.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        headline.setFont(font)
        headline.setWordWrap(True)
        what = QLabel(
            self.tr(
                "The file {path} does not pass its integrity check ({detail}). A failing "
                "disk, a power cut during copying or a file copied only halfway can do this. "
                "debtdesk has not written anything to it."
            ).format(path=path, detail=damage.detail)
        )
        what.setObjectName("damageText")
        what.setWordWrap(True)
        what.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.offer = QLabel()
        self.offer.setObjectName("backupOffer")
        self.offer.setWordWrap(True)
        self.offer.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.buttons = QDialogButtonBox()
        self.restore_button: QPushButton | None = None
        if self.backup is not None:
            made = format_made(ops.backup_date(path, self.backup))
            self.offer.setText(
                self.tr(
                    "The newest good backup was made on {made} ({name}). Restoring it brings "
                    "the data back as it was then: changes made since are not in it. The "
                    "damaged file is kept, untouched, in {folder}."
                ).format(made=made, name=self.backup.name, folder=backup_dir(path))
            )
            self.restore_button = self.buttons.addButton(
                self.tr("Restore this backup"), QDialogButtonBox.ButtonRole.AcceptRole
            )
            self.restore_button.setObjectName("restoreButton")
            self.restore_button.setDefault(True)
        else:
            self.offer.setText(
                self.tr(
                    "No good backup was found in {folder}. Keep the file as it is and ask "
                    "someone who knows SQLite for help: part of the data may still be saved."
                ).format(folder=backup_dir(path))
            )
        self.quit_button = self.buttons.addButton(
            self.tr("Quit") if quit_else else self.tr("Keep the current database"),
            QDialogButtonBox.ButtonRole.RejectRole,
        )
        self.quit_button.setObjectName("quitButton")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        texts = QVBoxLayout()
        texts.setSpacing(10)
        texts.addWidget(headline)
        texts.addWidget(what)
        texts.addWidget(self.offer)
        row = QHBoxLayout()
        row.setSpacing(14)
        row.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        row.addLayout(texts, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addStretch(1)
        layout.addWidget(self.buttons)


def ask_restore(
    damage: DamagedDatabase, parent: QWidget | None = None, *, quit_else: bool = True
) -> bool:
    """True when the person chose to restore the backup the damage names."""
    dialog = DamagedDialog(damage, parent, quit_else=quit_else)
    try:
        return dialog.exec() == QDialog.DialogCode.Accepted and dialog.backup is not None
    finally:
        dialog.deleteLater()
