"""Contact actions: new, edit, delete to trash, restore, empty trash. Each edit is undoable."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox

from posse_desktop.domain import ContactData
from posse_desktop.ui.storage_guard import push_guarded, run_guarded
from posse_desktop.ui.undo_commands import (
    CreateContactCommand,
    EditContactCommand,
    RestoreContactsCommand,
    TrashContactsCommand,
)
from posse_desktop.ui.widgets import plain_message

if TYPE_CHECKING:
    from posse_desktop.ui.dialogs.contact_editor import ContactEditor
    from posse_desktop.ui.main_window import MainWindow


class ContactController(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self._contacts = window.services.contacts
        a = window.actions
        a.new_contact.triggered.connect(self.new_contact)
        a.edit_contact.triggered.connect(self.edit_contact)
        a.delete_contact.triggered.connect(self.delete_selected)
        a.restore_contact.triggered.connect(self.restore_selected)
        a.empty_trash.triggered.connect(self.empty_trash)
        window.contacts_pane.view.doubleClicked.connect(lambda _: self.edit_contact())

    def _editor(self, data: ContactData, title: str) -> ContactEditor:
        # Imported on first use: the editor is a tenth of the UI's import time at start-up.
        from posse_desktop.ui.dialogs.contact_editor import ContactEditor

        return ContactEditor(
            data,
            known_tags=self._contacts.known_tags(),
            known_skills=self._contacts.known_skills(),
            title=title,
            parent=self._window,
        )

    def new_contact(self) -> None:
        editor = self._editor(ContactData(), self.tr("New contact"))
        if editor.exec() and editor.result_data is not None:
            self.add(editor.result_data)

    def add(self, data: ContactData) -> int | None:
        command = CreateContactCommand(self._contacts, data, self._window.broadcast)
        push_guarded(self._window.undo_stack, command, self._window)
        return command.contact_id

    def edit_contact(self) -> None:
        pane = self._window.contacts_pane
        contact_id = pane.current_contact_id()
        if contact_id is None or pane.showing_trash:
            return
        before = self._contacts.get(contact_id).data()
        editor = self._editor(before, self.tr("Edit %1").replace("%1", before.display_name))
        if editor.exec() and editor.result_data is not None:
            self.save_edit(contact_id, before, editor.result_data)

    def save_edit(self, contact_id: int, before: ContactData, after: ContactData) -> None:
        if after == before:
            return
        command = EditContactCommand(
            self._contacts, contact_id, before, after, self._window.broadcast
        )
        push_guarded(self._window.undo_stack, command, self._window)

    def delete_selected(self, *, confirm: bool = True) -> None:
        ids = self._window.contacts_pane.selected_contact_ids()
        if not ids or self._window.contacts_pane.showing_trash:
            return
        label = self._label(ids)
        if confirm:
            answer = plain_message(  # the label is a contact's name: never HTML
                self._window,
                QMessageBox.Icon.Question,
                self.tr("Move to trash?"),
                self.tr("Move %1 to the trash? You can restore from the trash, or undo.").replace(
                    "%1", label
                ),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Yes,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        command = TrashContactsCommand(self._contacts, ids, label, self._window.broadcast)
        push_guarded(self._window.undo_stack, command, self._window)

    def restore_selected(self) -> None:
        ids = self._window.contacts_pane.selected_contact_ids()
        if ids and self._window.contacts_pane.showing_trash:
            command = RestoreContactsCommand(
                self._contacts, ids, self._label(ids), self._window.broadcast
            )
            push_guarded(self._window.undo_stack, command, self._window)

    def empty_trash(self) -> None:
        count = self._contacts.count(trashed=True)
        if not count:
            QMessageBox.information(
                self._window, self.tr("Trash is empty"), self.tr("There is nothing in the trash.")
            )
            return
        answer = QMessageBox.warning(
            self._window,
            self.tr("Empty the trash?"),
            self.tr("Delete %1 contact(s) in the trash for good? This cannot be undone.").replace(
                "%1", str(count)
            ),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Discard:
            ok, changes = run_guarded(self._window, self._contacts.empty_trash)
            if ok:
                # Commands on the stack may refer to the purged contacts; they cannot be replayed.
                self._window.undo_stack.clear()
                self._window.broadcast(changes)

    def _label(self, ids: list[int]) -> str:
        if len(ids) == 1:
            summary = self._contacts.summaries(ids).get(ids[0])
            return summary.name if summary and summary.name else self.tr("1 contact")
        return self.tr("%1 contacts").replace("%1", str(len(ids)))
