"""Every edit is a QUndoCommand that calls a service, so Undo/Redo cover all of them."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from posse_desktop.domain import Changes, ContactData
from posse_desktop.services.contacts import ContactsService

Broadcast = Callable[[Changes], None]


class CreateContactCommand(QUndoCommand):
    def __init__(self, contacts: ContactsService, data: ContactData, broadcast: Broadcast) -> None:
        super().__init__(f"Add {data.display_name or 'contact'}")
        self._contacts, self._data, self._broadcast = contacts, data, broadcast
        self.contact_id: int | None = None

    def redo(self) -> None:
        # After an undo the contact is re-created under its old id, so later commands still apply.
        self.contact_id, changes = self._contacts.create(self._data, contact_id=self.contact_id)
        self._broadcast(changes)

    def undo(self) -> None:
        assert self.contact_id is not None
        self._broadcast(self._contacts.purge([self.contact_id]))


class EditContactCommand(QUndoCommand):
    def __init__(
        self,
        contacts: ContactsService,
        contact_id: int,
        before: ContactData,
        after: ContactData,
        broadcast: Broadcast,
    ) -> None:
        super().__init__(f"Edit {after.display_name or 'contact'}")
        self._contacts, self._id, self._broadcast = contacts, contact_id, broadcast
        self._before, self._after = before, after

    def redo(self) -> None:
        self._broadcast(self._contacts.update(self._id, self._after))

    def undo(self) -> None:
        self._broadcast(self._contacts.update(self._id, self._before))


class TrashContactsCommand(QUndoCommand):
    def __init__(
        self, contacts: ContactsService, ids: list[int], label: str, broadcast: Broadcast
    ) -> None:
        super().__init__(f"Delete {label}")
        self._contacts, self._ids, self._broadcast = contacts, ids, broadcast

    def redo(self) -> None:
        self._broadcast(self._contacts.trash(self._ids))

    def undo(self) -> None:
        self._broadcast(self._contacts.restore(self._ids))


class RestoreContactsCommand(QUndoCommand):
    def __init__(
        self, contacts: ContactsService, ids: list[int], label: str, broadcast: Broadcast
    ) -> None:
        super().__init__(f"Restore {label}")
        self._contacts, self._ids, self._broadcast = contacts, ids, broadcast

    def redo(self) -> None:
        self._broadcast(self._contacts.restore(self._ids))

    def undo(self) -> None:
        self._broadcast(self._contacts.trash(self._ids))
