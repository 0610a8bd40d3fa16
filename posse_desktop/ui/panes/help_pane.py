"""The ask-for-help pane (its ranking comes with the ask-for-help issue)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from posse_desktop.domain import Changes, Contact
from posse_desktop.services.registry import Services
from posse_desktop.ui.panes.contact_detail import LEVEL_DOTS
from posse_desktop.ui.widgets import clear_layout, muted, plain_label, section_caption


class HelpPane(QWidget):
    def __init__(self, services: Services, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("helpPane")
        self._services = services
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(section_caption("Ask for help"))
        self._body = QVBoxLayout()
        layout.addLayout(self._body)
        layout.addStretch(1)
        self.setMinimumWidth(220)
        self.show_contact(None)

    def apply_changes(self, changes: Changes) -> None:
        """The main window calls this for every write; the shown contact is refreshed by it."""

    def show_contact(self, contact: Contact | None) -> None:
        clear_layout(self._body)
        if contact is None or not contact.expertise:
            who = contact.display_name if contact else "Someone"
            self._body.addWidget(
                muted(plain_label(f"{who} has no expertise recorded yet. Add skills in the editor (Ctrl+E).", selectable=False))
            )
            return
        self._body.addWidget(plain_label(f"{contact.display_name} can help with:", selectable=False))
        for exp in contact.expertise:
            label: QLabel = plain_label(f"{exp.skill}   {LEVEL_DOTS[exp.level]} {exp.level.value}")
            self._body.addWidget(label)
