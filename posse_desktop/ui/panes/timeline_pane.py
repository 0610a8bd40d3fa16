"""The timeline pane (its full features come with the timeline issue)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QStackedWidget, QVBoxLayout, QWidget

from posse_desktop.domain import Changes, Contact
from posse_desktop.services.registry import Services
from posse_desktop.ui.widgets import muted, plain_label, section_caption


class TimelinePane(QWidget):
    def __init__(self, services: Services, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("timelinePane")
        self._services = services
        self._contact: Contact | None = None
        self.caption = section_caption("Timeline")
        self.list = QListWidget()
        self.list.setObjectName("timelineList")
        self.list.setAccessibleName("Timeline")
        self.empty_state = muted(plain_label("", selectable=False))
        self.empty_state.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.list)
        self.stack.addWidget(self.empty_state)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addWidget(self.caption)
        layout.addWidget(self.stack, 1)
        self.show_contact(None)

    def show_contact(self, contact: Contact | None) -> None:
        self._contact = contact
        self.refresh()

    def apply_changes(self, changes: Changes) -> None:
        if changes.interactions or (self._contact and self._contact.id in changes.contacts):
            self.refresh()

    def refresh(self) -> None:
        self.list.clear()
        contact = self._contact
        self.caption.setText(f"TIMELINE · {contact.display_name}" if contact else "TIMELINE")
        if contact is None:
            self._empty("Pick someone to see your history together.")
            return
        timeline = getattr(self._services, "timeline", None)
        entries = timeline.page(contact_id=contact.id, limit=200) if timeline else []
        for entry in entries:
            when = entry.occurred_at.strftime("%d %b %Y")
            item = QListWidgetItem(f"{when}   {entry.kind.label}: {entry.summary}")
            item.setToolTip(entry.details or entry.summary)
            self.list.addItem(item)
        if not entries:
            self._empty(f"Nothing logged with {contact.display_name} yet.")
        else:
            self.stack.setCurrentWidget(self.list)

    def _empty(self, text: str) -> None:
        self.empty_state.setText(text)
        self.stack.setCurrentWidget(self.empty_state)
