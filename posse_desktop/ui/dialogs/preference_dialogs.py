"""Two small preference dialogs: keep-in-touch defaults (by role and tag) and help synonyms."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from posse_desktop.domain import Role
from posse_desktop.services.cadence import CadenceDefaults
from posse_desktop.ui.role_names import role_name
from posse_desktop.ui.widgets import fill, muted, plain_label

NEVER = 0  # a spin box at 0 shows "no default"


def _days_box(value: int | None, name: str) -> QSpinBox:
    box = QSpinBox()
    box.setRange(NEVER, 3650)
    box.setSuffix(QCoreApplication.translate("CadenceDefaultsDialog", " days"))
    box.setSpecialValueText(QCoreApplication.translate("CadenceDefaultsDialog", "no default"))
    box.setValue(value or NEVER)
    box.setAccessibleName(name)
    return box


def _buttons(dialog: QDialog) -> QDialogButtonBox:
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
    )
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


class CadenceDefaultsDialog(QDialog):
    """How often to keep in touch, by role and by tag, when a contact has no cadence of its own."""

    def __init__(self, defaults: CadenceDefaults, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keep-in-Touch Defaults"))
        form = QFormLayout()
        self.role_boxes = {
            role: _days_box(defaults.roles.get(role), role_name(role)) for role in Role
        }
        for role, box in self.role_boxes.items():
            form.addRow(QLabel(role_name(role).capitalize()), box)
        self.fallback = _days_box(defaults.fallback, self.tr("Everyone else"))
        form.addRow(QLabel(self.tr("Everyone else")), self.fallback)
        self.tags = QPlainTextEdit(
            "\n".join(f"{tag}: {days}" for tag, days in sorted(defaults.tags.items()))
        )
        self.tags.setAccessibleName(self.tr("Defaults by tag"))
        self.tags.setTabChangesFocus(True)
        self.tags.setFixedHeight(90)
        form.addRow(QLabel(self.tr("By tag")), self.tags)
        layout = QVBoxLayout(self)
        layout.addWidget(
            muted(
                plain_label(
                    self.tr(
                        "A contact's own cadence wins; then the shortest of its "
                        "roles' and tags' defaults."
                    ),
                    selectable=False,
                )
            )
        )
        layout.addLayout(form)
        layout.addWidget(muted(plain_label(self.tr("One tag per line: “family: 30”."))))
        layout.addWidget(_buttons(self))

    def result_defaults(self) -> CadenceDefaults:
        """The edited defaults. Raises ValueError naming the line of a bad tag entry."""
        tags: dict[str, int] = {}
        for number, line in enumerate(self.tags.toPlainText().splitlines(), start=1):
            if not line.strip():
                continue
            tag, _, days = line.rpartition(":")
            if not tag.strip() or not days.strip().isdigit() or int(days) <= 0:
                text = self.tr("By tag, line %1: write “tag: days”, not “%2”")
                raise ValueError(fill(text, number, line.strip()))
            tags[tag.strip()] = int(days)
        roles = {role: box.value() for role, box in self.role_boxes.items() if box.value()}
        return CadenceDefaults(roles=roles, tags=tags, fallback=self.fallback.value() or None)


class SynonymsDialog(QDialog):
    """The words Ask for Help treats as the same thing, one group per line."""

    def __init__(self, groups: list[list[str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Synonyms for Ask for Help"))
        self.resize(520, 420)
        self.editor = QPlainTextEdit("\n".join(", ".join(group) for group in groups))
        self.editor.setAccessibleName(self.tr("Synonym groups"))
        self.editor.setTabChangesFocus(True)
        layout = QVBoxLayout(self)
        layout.addWidget(
            muted(
                plain_label(
                    self.tr("One group per line, comma-separated: “k8s, kubernetes”."),
                    selectable=False,
                )
            )
        )
        layout.addWidget(self.editor, 1)
        layout.addWidget(_buttons(self))

    def result_groups(self) -> list[list[str]]:
        lines = self.editor.toPlainText().splitlines()
        groups = [[w.strip() for w in line.split(",") if w.strip()] for line in lines]
        return [g for g in groups if len(g) > 1]
