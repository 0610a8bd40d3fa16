"""With an empty ask box: what the selected contact can help with, and skills to add from the
timeline ("You talked about tax law with Omar — add it to his expertise?")."""

from __future__ import annotations

import html

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from posse_desktop.domain import Contact
from posse_desktop.domain.help import ExpertiseSuggestion
from posse_desktop.ui.models.help_match_model import LEVEL_DOTS
from posse_desktop.ui.widgets import clear_layout, muted, plain_label, section_caption

MAX_SUGGESTIONS = 4


class HelpContactView(QWidget):
    suggestion_accepted = Signal(object)  # ExpertiseSuggestion
    suggestion_dismissed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.setSpacing(4)
        self._expertise = QVBoxLayout()
        self._expertise.setSpacing(2)
        layout.addLayout(self._expertise)
        self._suggestions = QVBoxLayout()
        self._suggestions.setSpacing(4)
        layout.addLayout(self._suggestions)
        layout.addStretch(1)
        self.contact: Contact | None = None
        self.suggestions: list[ExpertiseSuggestion] = []
        self.show_contact(None)

    def show_contact(self, contact: Contact | None) -> None:
        self.contact = contact
        clear_layout(self._expertise)
        clear_layout(self._suggestions)
        self.suggestions = []
        if contact is None:
            self._expertise.addWidget(
                muted(
                    plain_label(
                        "Type a tough project above (“need someone who knows PCI compliance”) "
                        "and Posse ranks who in your posse can help.",
                        selectable=False,
                    )
                )
            )
            return
        if not contact.expertise:
            self._expertise.addWidget(
                muted(
                    plain_label(
                        f"{contact.display_name} has no expertise recorded yet. "
                        "Add skills in the editor (Ctrl+E).",
                        selectable=False,
                    )
                )
            )
            return
        self._expertise.addWidget(section_caption(f"{contact.display_name} can help with"))
        for exp in contact.expertise:
            label = plain_label(f"{exp.skill}   {LEVEL_DOTS[exp.level]} {exp.level.value}")
            if exp.evidence:
                label.setToolTip(html.escape(exp.evidence))
            self._expertise.addWidget(label)

    def show_suggestions(self, contact_id: int, suggestions: list[ExpertiseSuggestion]) -> None:
        """Suggestions arrive from the background reader; ignore them if the contact moved on."""
        if self.contact is None or self.contact.id != contact_id:
            return
        clear_layout(self._suggestions)
        self.suggestions = suggestions[:MAX_SUGGESTIONS]
        if not self.suggestions:
            return
        self._suggestions.addSpacing(6)
        self._suggestions.addWidget(section_caption("From your timeline"))
        for suggestion in self.suggestions:
            self._suggestions.addWidget(self._suggestion_row(suggestion))

    def _suggestion_row(self, suggestion: ExpertiseSuggestion) -> QWidget:
        row = QWidget()
        row.setObjectName("expertiseSuggestion")
        layout = QVBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        times = f" ({suggestion.mentions} times)" if suggestion.mentions > 1 else ""
        question = plain_label(
            f"Add {suggestion.skill} to {suggestion.name}'s expertise?", selectable=False
        )
        layout.addWidget(question)
        evidence = muted(
            plain_label(
                f"You talked about it{times}: “{suggestion.summary}”, "
                f"{suggestion.occurred_at:%b %d, %Y}",
                selectable=False,
            )
        )
        layout.addWidget(evidence)
        buttons = QHBoxLayout()
        add = QPushButton(f"Add {suggestion.skill}")
        add.setObjectName("acceptSuggestion")
        add.setAutoDefault(False)
        add.clicked.connect(lambda: self.suggestion_accepted.emit(suggestion))
        dismiss = QPushButton("Not now")
        dismiss.setObjectName("dismissSuggestion")
        dismiss.setToolTip("Do not suggest this skill for them again")
        dismiss.setAutoDefault(False)
        dismiss.clicked.connect(lambda: self.suggestion_dismissed.emit(suggestion))
        buttons.addWidget(add)
        buttons.addWidget(dismiss)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        return row
