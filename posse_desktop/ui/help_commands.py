"""Undoable ask-for-help edits: save a tough project, mark a candidate, close it, accept a skill."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from posse_desktop.domain import Changes, ContactData
from posse_desktop.domain.help import CandidateStatus, ExpertiseSuggestion, HelpCandidateInfo
from posse_desktop.services.contacts import ContactsService
from posse_desktop.services.help_requests import HelpRequestNotFound, HelpRequestsService
from posse_desktop.services.help_suggest import ExpertiseSuggestionService
from posse_desktop.ui.widgets import fill

Broadcast = Callable[[Changes], None]
translate = QCoreApplication.translate  # the name pyside6-lupdate looks for


class SaveHelpRequestCommand(QUndoCommand):
    def __init__(
        self,
        requests: HelpRequestsService,
        topic: str,
        candidate_ids: list[int],
        broadcast: Broadcast,
    ) -> None:
        super().__init__(
            translate("HelpCommands", "Save tough project “%1”").replace("%1", _short(topic))
        )
        self._requests, self._broadcast = requests, broadcast
        self._topic, self._candidate_ids = topic, candidate_ids
        self.request_id: int | None = None

    def redo(self) -> None:
        # Re-created under its old id after an undo, so later marks on it still apply.
        self.request_id, changes = self._requests.create(
            self._topic, self._candidate_ids, request_id=self.request_id
        )
        self._broadcast(changes)

    def undo(self) -> None:
        assert self.request_id is not None
        self._broadcast(self._requests.delete(self.request_id))


class MarkCandidateCommand(QUndoCommand):
    """Asked / helped / declined; undo puts the candidate back and removes what was logged."""

    def __init__(
        self,
        requests: HelpRequestsService,
        request_id: int,
        before: HelpCandidateInfo,
        status: CandidateStatus,
        broadcast: Broadcast,
        *,
        at: datetime,
        outcome: str = "",
        thank_you_on: date | None = None,
    ) -> None:
        verbs = {
            CandidateStatus.ASKED: translate("HelpCommands", "Asked %1"),
            CandidateStatus.HELPED: translate("HelpCommands", "Helped: %1"),
            CandidateStatus.DECLINED: translate("HelpCommands", "Declined: %1"),
        }
        text = verbs.get(status) or translate("HelpCommands", "Mark %1")
        super().__init__(text.replace("%1", before.name))
        self._requests, self._broadcast = requests, broadcast
        self._request_id, self._before, self._status = request_id, before, status
        # A fixed moment: undo finds the interaction this command logged by it.
        self._at = at.replace(microsecond=0)
        self._outcome, self._thank_you_on = outcome, thank_you_on

    def redo(self) -> None:
        requests, rid, cid = self._requests, self._request_id, self._before.contact_id
        try:
            if self._status is CandidateStatus.ASKED:
                changes = requests.mark_asked(rid, cid, at=self._at)
            elif self._status is CandidateStatus.HELPED:
                changes = requests.mark_helped(
                    rid,
                    cid,
                    outcome=self._outcome,
                    thank_you=self._thank_you_on is not None,
                    thank_you_on=self._thank_you_on,
                    at=self._at,
                )
            else:
                changes = requests.mark_declined(rid, cid, outcome=self._outcome)
        except HelpRequestNotFound:
            self.setObsolete(True)  # the request was deleted since; nothing to redo
            return
        self._broadcast(changes)

    def undo(self) -> None:
        logged_at = self._at if self._status is not CandidateStatus.DECLINED else None
        try:
            changes = self._requests.revert_candidate(self._request_id, self._before, logged_at)
        except HelpRequestNotFound:
            self.setObsolete(True)
            return
        self._broadcast(changes)


class CloseHelpRequestCommand(QUndoCommand):
    def __init__(
        self,
        requests: HelpRequestsService,
        request_id: int,
        topic: str,
        close: bool,
        broadcast: Broadcast,
    ) -> None:
        text = (
            translate("HelpCommands", "Close “%1”")
            if close
            else translate("HelpCommands", "Reopen “%1”")
        )
        super().__init__(text.replace("%1", _short(topic)))
        self._requests, self._id, self._close, self._broadcast = (
            requests,
            request_id,
            close,
            broadcast,
        )

    def redo(self) -> None:
        self._set(self._close)

    def undo(self) -> None:
        self._set(not self._close)

    def _set(self, closed: bool) -> None:
        try:
            changes = self._requests.close(self._id) if closed else self._requests.reopen(self._id)
        except HelpRequestNotFound:
            self.setObsolete(True)
            return
        self._broadcast(changes)


class AcceptSuggestionCommand(QUndoCommand):
    """ "Add tax law to Omar's expertise": the contact edit, undone by restoring the contact."""

    def __init__(
        self,
        suggestions: ExpertiseSuggestionService,
        contacts: ContactsService,
        suggestion: ExpertiseSuggestion,
        broadcast: Broadcast,
    ) -> None:
        super().__init__(
            fill(translate("HelpCommands", "Add %1 to %2"), suggestion.skill, suggestion.name)
        )
        self._suggestions, self._contacts = suggestions, contacts
        self._suggestion, self._broadcast = suggestion, broadcast
        self._before: ContactData | None = None
        self._after: ContactData | None = None

    def redo(self) -> None:
        cid = self._suggestion.contact_id
        if self._after is None:
            self._before = self._contacts.get(cid).data()
            changes = self._suggestions.accept(self._suggestion)
            self._after = self._contacts.get(cid).data()
        else:
            changes = self._contacts.update(cid, self._after)
        self._broadcast(changes)

    def undo(self) -> None:
        assert self._before is not None
        self._broadcast(self._contacts.update(self._suggestion.contact_id, self._before))


def _short(text: str, limit: int = 40) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
