"""Ask for help: the "Ask for Help…" action, and the pane's writes as undoable commands."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMessageBox

from posse_desktop.domain.help import CandidateStatus, ExpertiseSuggestion, HelpCandidateInfo
from posse_desktop.services.localtime import local_now
from posse_desktop.ui.icons import icon
from posse_desktop.ui.widgets import plain_message

if TYPE_CHECKING:
    from posse_desktop.ui.dialogs.coverage_dialog import CoverageDialog
    from posse_desktop.ui.main_window import MainWindow


# help_commands (and the help services behind it) are imported where a command is made: nothing
# of it is needed before the window's first paint.


class HelpController(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self._services = window.services
        self.pane = window.help_pane
        self.coverage_dialog: CoverageDialog | None = None

        self.ask_action = QAction(icon("ask"), self.tr("&Ask for Help…"), window)
        self.ask_action.setObjectName("ask_for_help")
        self.ask_action.setShortcut(QKeySequence("Ctrl+Shift+A"))
        self.ask_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.ask_action.setStatusTip(self.tr("Who in your posse can help with a tough project?"))
        self.ask_action.setToolTip(self.tr("Ask for help (Ctrl+Shift+A)"))
        self.ask_action.triggered.connect(self.ask_for_help)
        window.menus["view"].insertAction(window.actions.toggle_help_pane, self.ask_action)
        window.toolbar.addAction(self.ask_action)
        window.addAction(self.ask_action)  # also while the menu bar is hidden

        pane = self.pane
        pane.contact_activated.connect(self.show_contact)
        pane.save_requested.connect(self.save_request)
        pane.requests_view.candidate_marked.connect(self.mark_candidate)
        pane.requests_view.request_closed.connect(self.set_closed)
        pane.requests_view.request_deleted.connect(self.delete_request)
        pane.contact_view.suggestion_accepted.connect(self.accept_suggestion)
        pane.contact_view.suggestion_dismissed.connect(self.dismiss_suggestion)
        pane.coverage_view.details_requested.connect(self.show_coverage)
        # The reader thread must stop before the window (and the database) goes away.
        window.installEventFilter(self)
        QCoreApplication.instance().aboutToQuit.connect(pane.shutdown)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and event.type() == QEvent.Type.Close:
            self.pane.shutdown()
        return super().eventFilter(watched, event)

    # --- actions ------------------------------------------------------------------------------

    def ask_for_help(self) -> None:
        self._window.actions.toggle_help_pane.setChecked(True)  # shows the pane
        self.pane.focus_ask()

    def show_contact(self, contact_id: int) -> None:
        """Select them in the contacts pane, clearing a search or the trash that hides them."""
        contacts = self._window.contacts_pane
        if not contacts.select_contact(contact_id):
            contacts.scope.setCurrentIndex(0)
            contacts.search_field.clear()
            contacts.select_contact(contact_id)

    # --- tough projects -----------------------------------------------------------------------

    def save_request(self, topic: str, candidate_ids: list[int]) -> int | None:
        from posse_desktop.ui.help_commands import SaveHelpRequestCommand

        command = SaveHelpRequestCommand(
            self._services.help_requests, topic, candidate_ids, self._window.broadcast
        )
        self._window.undo_stack.push(command)
        self.pane.show_requests(select=command.request_id)
        return command.request_id

    def mark_candidate(self, request_id: int, candidate: HelpCandidateInfo, status: str) -> None:
        requests = self._services.help_requests
        now = local_now(self._services.clock)
        outcome, thank_you_on = "", None
        if status == CandidateStatus.HELPED.value:
            from posse_desktop.ui.dialogs.helped_dialog import HelpedDialog

            topic = requests.get(request_id).topic
            dialog = HelpedDialog(
                candidate.name, topic, requests.suggested_thank_you_on(now), self._window
            )
            if not dialog.exec():
                return
            outcome, thank_you_on = dialog.chosen_outcome(), dialog.chosen_thank_you_on()
        from posse_desktop.ui.help_commands import MarkCandidateCommand

        self._window.undo_stack.push(
            MarkCandidateCommand(
                requests,
                request_id,
                candidate,
                CandidateStatus(status),
                self._window.broadcast,
                at=now,
                outcome=outcome,
                thank_you_on=thank_you_on,
            )
        )
        self.pane.requests_view.select_candidate(request_id, candidate.contact_id)

    def set_closed(self, request_id: int, topic: str, closed: bool) -> None:
        from posse_desktop.ui.help_commands import CloseHelpRequestCommand

        self._window.undo_stack.push(
            CloseHelpRequestCommand(
                self._services.help_requests, request_id, topic, closed, self._window.broadcast
            )
        )

    def delete_request(self, request_id: int, topic: str, *, confirm: bool = True) -> None:
        if confirm:
            answer = plain_message(  # the topic is user text: never HTML
                self._window,
                QMessageBox.Icon.Question,
                self.tr("Delete this tough project?"),
                self.tr(
                    "Forget “{0}” and whom you asked? What was logged on their timelines stays. "
                    "This cannot be undone; Close keeps it under Past instead."
                ).format(topic),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        # Not undoable; marks on the undo stack that refer to it turn obsolete (help_commands.py).
        self._window.broadcast(self._services.help_requests.delete(request_id))

    # --- expertise suggestions ----------------------------------------------------------------

    def accept_suggestion(self, suggestion: ExpertiseSuggestion) -> None:
        from posse_desktop.ui.help_commands import AcceptSuggestionCommand

        self._window.undo_stack.push(
            AcceptSuggestionCommand(
                self._services.help_suggestions,
                self._services.contacts,
                suggestion,
                self._window.broadcast,
            )
        )

    def dismiss_suggestion(self, suggestion: ExpertiseSuggestion) -> None:
        self._window.broadcast(
            self._services.help_suggestions.dismiss(suggestion.contact_id, suggestion.skill)
        )

    # --- coverage -----------------------------------------------------------------------------

    def show_coverage(self) -> CoverageDialog | None:
        coverage = self.pane.coverage_view.coverage
        if coverage is None:
            return None
        from posse_desktop.ui.dialogs.coverage_dialog import CoverageDialog

        if self.coverage_dialog is not None:
            self.coverage_dialog.close()
        dialog = CoverageDialog(coverage, local_now(self._services.clock), self._window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.contact_activated.connect(self.show_contact)
        dialog.destroyed.connect(lambda: setattr(self, "coverage_dialog", None))
        dialog.show()
        self.coverage_dialog = dialog
        return dialog
