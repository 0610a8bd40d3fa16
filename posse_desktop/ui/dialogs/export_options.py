"""Which contacts to export (everyone, the selection, the current search) and in which vCard version."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from posse_desktop.ui.widgets import fill, muted, plain_label

ALL, SELECTION, SEARCH = "all", "selection", "search"
VERSIONS = ("3.0", "4.0")


@dataclass(frozen=True)
class ExportChoice:
    scope: str  # ALL, SELECTION or SEARCH
    version: str


class ExportOptionsDialog(QDialog):
    def __init__(
        self,
        *,
        everyone: int,
        selected: int,
        search_text: str,
        found: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("exportOptions")
        self.setWindowTitle(self.tr("Export vCards"))
        self.scopes = QButtonGroup(self)
        self.buttons: dict[str, QRadioButton] = {}
        scope_box = QVBoxLayout()
        for scope, text, count in (
            (ALL, self.tr("Everyone"), everyone),
            (SELECTION, self.tr("The selected contacts"), selected),
            (
                SEARCH,
                self.tr("Everyone the search “%1” finds").replace("%1", search_text),
                found,
            ),
        ):
            people = self.tr("%1 (1 person)") if count == 1 else self.tr("%1 (%2 people)")
            button = QRadioButton(fill(people, text, QLocale().toString(count)))
            button.setObjectName(f"scope_{scope}")
            # A search nobody typed, or a selection of nobody, is not a choice.
            button.setEnabled(count > 0 and (scope != SEARCH or bool(search_text)))
            self.scopes.addButton(button)
            self.buttons[scope] = button
            scope_box.addWidget(button)
        preferred = SELECTION if selected > 1 else (SEARCH if search_text and found else ALL)
        self.buttons[preferred].setChecked(True)

        self.version = QComboBox()
        self.version.setObjectName("exportVersion")
        descriptions = {
            "3.0": self.tr("vCard 3.0 — phones, Google, Apple, Outlook"),
            "4.0": self.tr("vCard 4.0 — newer apps, CardDAV servers"),
        }
        for version in VERSIONS:
            self.version.addItem(descriptions[version], version)

        form = QFormLayout()
        form.addRow(self.tr("Export:"), scope_box)
        form.addRow(self.tr("Format:"), self.version)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Export…"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(
            muted(
                plain_label(
                    self.tr(
                        "Other apps read the file back as it is; what Posse adds (tags, "
                        "expertise, relationships) is written as standard vCard properties."
                    ),
                    selectable=False,
                )
            )
        )
        layout.addWidget(buttons)

    def choice(self) -> ExportChoice:
        scope = next(s for s, b in self.buttons.items() if b.isChecked())
        return ExportChoice(scope, self.version.currentData())
