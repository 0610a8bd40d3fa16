"""“Omar helped”: what came of it, and whether to be reminded to thank them (and when)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from posse_desktop.ui.widgets import fill, muted, plain_label


class HelpedDialog(QDialog):
    def __init__(
        self, name: str, topic: str, thank_you_on: date, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("helpedDialog")
        self.setWindowTitle(self.tr("%1 helped").replace("%1", name))
        layout = QVBoxLayout(self)
        layout.addWidget(
            plain_label(fill(self.tr("%1 helped with “%2”."), name, topic), selectable=False)
        )
        layout.addWidget(
            muted(
                plain_label(
                    self.tr("Logged as a favor received on their timeline."), selectable=False
                )
            )
        )
        form = QFormLayout()
        self.outcome = QLineEdit()
        self.outcome.setObjectName("helpedOutcome")
        self.outcome.setPlaceholderText(self.tr("e.g. reviewed our PCI scope in an hour"))
        form.addRow(self.tr("What came of it"), self.outcome)
        row = QHBoxLayout()
        self.thank_you = QCheckBox(self.tr("Remind me to thank them on"))
        self.thank_you.setObjectName("helpedThankYou")
        self.thank_you.setChecked(True)
        self.thank_you_date = QDateEdit(
            QDate(thank_you_on.year, thank_you_on.month, thank_you_on.day)
        )
        self.thank_you_date.setObjectName("helpedThankYouDate")
        self.thank_you_date.setCalendarPopup(True)
        self.thank_you.toggled.connect(self.thank_you_date.setEnabled)
        row.addWidget(self.thank_you)
        row.addWidget(self.thank_you_date)
        row.addStretch(1)
        form.addRow(row)
        layout.addLayout(form)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Log help"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(460, self.sizeHint().height())

    def chosen_thank_you_on(self) -> date | None:
        """The follow-up date, or None when they chose no reminder."""
        if not self.thank_you.isChecked():
            return None
        return self.thank_you_date.date().toPython()

    def chosen_outcome(self) -> str:
        return self.outcome.text().strip()
