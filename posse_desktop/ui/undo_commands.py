"""Every edit is a QUndoCommand that calls a service, so Undo/Redo cover all of them.

They are GuardedCommands (ui/storage_guard.py): push them with `push_guarded`, so a full disk or a
locked database is reported and never leaves a command on the stack for work that did not happen.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from posse_desktop.domain import Changes, ContactData
from posse_desktop.services.contacts import ContactsService
from posse_desktop.ui.storage_guard import GuardedCommand

Broadcast = Callable[[Changes], None]
translate = QCoreApplication.translate  # the name pyside6-lupdate looks for


def _text(template: str, name: str) -> str:
    """The Undo menu's words for a command on one contact ("Edit Dana Kim")."""
    subject = name or translate("UndoCommands", "contact")
    texts = {
        "Add %1": translate("UndoCommands", "Add %1"),
        "Edit %1": translate("UndoCommands", "Edit %1"),
    }
    return texts[template].replace("%1", subject)


class CreateContactCommand(GuardedCommand):
    def __init__(self, contacts: ContactsService, data: ContactData, broadcast: Broadcast) -> None:
        super().__init__(_text("Add %1", data.display_name))
        self._contacts, self._data, self._broadcast = contacts, data, broadcast
        self.contact_id: int | None = None

    def perform(self) -> None:
        # After an undo the contact is re-created under its old id, so later commands still apply.
        self.contact_id, changes = self._contacts.create(self._data, contact_id=self.contact_id)
        self._broadcast(changes)

    def revert(self) -> None:
        assert self.contact_id is not None
        self._broadcast(self._contacts.purge([self.contact_id]))


class EditContactCommand(GuardedCommand):
    def __init__(
        self,
        contacts: ContactsService,
        contact_id: int,
        before: ContactData,
        after: ContactData,
        broadcast: Broadcast,
    ) -> None:
        super().__init__(_text("Edit %1", after.display_name))
        self._contacts, self._id, self._broadcast = contacts, contact_id, broadcast
        self._before, self._after = before, after

    def perform(self) -> None:
        self._broadcast(self._contacts.update(self._id, self._after))

    def revert(self) -> None:
        self._broadcast(self._contacts.update(self._id, self._before))


class TrashContactsCommand(GuardedCommand):
    def __init__(
        self, contacts: ContactsService, ids: list[int], label: str, broadcast: Broadcast
    ) -> None:
        super().__init__(translate("UndoCommands", "Delete %1").replace("%1", label))
        self._contacts, self._ids, self._broadcast = contacts, ids, broadcast

    def perform(self) -> None:
        self._broadcast(self._contacts.trash(self._ids))

    def revert(self) -> None:
        self._broadcast(self._contacts.restore(self._ids))


class RestoreContactsCommand(GuardedCommand):
    def __init__(
        self, contacts: ContactsService, ids: list[int], label: str, broadcast: Broadcast
    ) -> None:
        super().__init__(translate("UndoCommands", "Restore %1").replace("%1", label))
        self._contacts, self._ids, self._broadcast = contacts, ids, broadcast

    def perform(self) -> None:
        self._broadcast(self._contacts.restore(self._ids))

    def revert(self) -> None:
        self._broadcast(self._contacts.trash(self._ids))
