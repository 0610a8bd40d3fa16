"""With an empty ask box: what the selected contact can help with, and skills to add from the
timeline ("You talked about tax law with Omar — add it to his expertise?")."""

from __future__ import annotations

import html

from PySide6.QtCore import QDate, QLocale, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from posse_desktop.domain import Contact
from posse_desktop.domain.help import ExpertiseSuggestion
from posse_desktop.ui.models.help_match_model import LEVEL_DOTS
from posse_desktop.ui.role_names import level_name
from posse_desktop.ui.widgets import clear_layout, fill, muted, plain_label, section_caption

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
                        self.tr(
                            "Type a tough project above (“need someone who knows PCI compliance”) "
                            "and Posse ranks who in your posse can help."
                        ),
                        selectable=False,
                    )
                )
            )
            return
        if not contact.expertise:
            self._expertise.addWidget(
                muted(
                    plain_label(
                        self.tr(
                            "%1 has no expertise recorded yet. Add skills in the editor (Ctrl+E)."
                        ).replace("%1", contact.display_name),
                        selectable=False,
                    )
                )
            )
            return
        self._expertise.addWidget(
            section_caption(self.tr("%1 can help with").replace("%1", contact.display_name))
        )
        for exp in contact.expertise:
            label = plain_label(f"{exp.skill}   {LEVEL_DOTS[exp.level]} {level_name(exp.level)}")
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
        self._suggestions.addWidget(section_caption(self.tr("From your timeline")))
        for suggestion in self.suggestions:
            self._suggestions.addWidget(self._suggestion_row(suggestion))

    def _suggestion_row(self, suggestion: ExpertiseSuggestion) -> QWidget:
        row = QWidget()
        row.setObjectName("expertiseSuggestion")
        layout = QVBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        question = plain_label(
            fill(self.tr("Add %1 to %2's expertise?"), suggestion.skill, suggestion.name),
            selectable=False,
        )
        layout.addWidget(question)
        at = suggestion.occurred_at
        when = QLocale().toString(QDate(at.year, at.month, at.day), QLocale.FormatType.ShortFormat)
        if suggestion.mentions > 1:
            text = self.tr("You talked about it (%1 times): “%2”, %3")
            text = fill(text, QLocale().toString(suggestion.mentions), suggestion.summary, when)
        else:
            text = fill(self.tr("You talked about it: “%1”, %2"), suggestion.summary, when)
        evidence = muted(plain_label(text, selectable=False))
        layout.addWidget(evidence)
        buttons = QHBoxLayout()
        add = QPushButton(self.tr("Add %1").replace("%1", suggestion.skill))
        add.setObjectName("acceptSuggestion")
        add.setAutoDefault(False)
        add.clicked.connect(lambda: self.suggestion_accepted.emit(suggestion))
        dismiss = QPushButton(self.tr("Not now"))
        dismiss.setObjectName("dismissSuggestion")
        dismiss.setToolTip(self.tr("Do not suggest this skill for them again"))
        dismiss.setAutoDefault(False)
        dismiss.clicked.connect(lambda: self.suggestion_dismissed.emit(suggestion))
        buttons.addWidget(add)
        buttons.addWidget(dismiss)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        return row
