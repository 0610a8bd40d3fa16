"""Timeline actions: log, edit and delete interactions; keep-in-touch and strength from the panes.

Owns the Log Interaction action (Ctrl+L, toolbar, Timeline menu), the log dialog, the undo
commands, the contact's standing under its name in the detail, and the daily notification.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QLocale, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QInputDialog, QWidget

from posse_desktop.domain import Contact, Interaction, InteractionKind
from posse_desktop.services.contact_refs import ContactRef
from posse_desktop.services.localtime import days_between, local_now
from posse_desktop.ui.icons import icon
from posse_desktop.ui.panes.contact_standing import ContactStanding
from posse_desktop.ui.role_names import kind_name
from posse_desktop.ui.time_words import ago_text
from posse_desktop.ui.timeline_commands import (
    DeleteInteractionsCommand,
    EditInteractionCommand,
    FollowUpDoneCommand,
    LogInteractionCommand,
    SetValueCommand,
)
from posse_desktop.ui.upcoming_notifier import UpcomingNotifier
from posse_desktop.ui.widgets import fill

if TYPE_CHECKING:
    from posse_desktop.ui.dialogs.log_interaction import LogInteractionDialog
    from posse_desktop.ui.main_window import MainWindow

SUGGESTIONS = 8
MAX_PREFILLED = 20  # a multi-selection of hundreds is not "who you met"


class TimelineController(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self._services = window.services
        self._pane = window.timeline_pane
        self._last_kind = InteractionKind.CALL
        self.dialog: LogInteractionDialog | None = None  # the open one, for tests

        self.log_action = _action(window, self.tr("&Log Interaction…"), "Ctrl+L", "log_interaction")
        self.log_action.setIcon(icon("log-interaction"))
        self.log_action.setIconText(self.tr("Log"))
        self.log_action.setToolTip(
            self.tr("Log a call, coffee, favor… with the selected contact (Ctrl+L)")
        )
        self.log_action.triggered.connect(lambda: self.log_interaction())
        self.edit_action = _action(window, self.tr("&Edit Interaction…"), "", "edit_interaction")
        self.edit_action.setIcon(icon("edit"))
        self.edit_action.triggered.connect(self.edit_selected)
        self.delete_action = _action(
            window, self.tr("&Delete Interaction"), "", "delete_interaction"
        )
        self.delete_action.setIcon(icon("delete"))
        self.delete_action.triggered.connect(self.delete_selected)
        self.follow_up_action = _action(window, self.tr("Follow-up &Done"), "", "follow_up_done")
        self.follow_up_action.setCheckable(True)
        self.follow_up_action.triggered.connect(self.toggle_follow_up)

        menu = window.menus["timeline"]
        menu.addAction(self.log_action)
        menu.addSeparator()
        menu.addActions([self.edit_action, self.delete_action, self.follow_up_action])
        window.toolbar.addSeparator()
        window.toolbar.addAction(self.log_action)
        self._pane.log_button.setDefaultAction(self.log_action)
        self._pane.view.addActions([self.edit_action, self.delete_action, self.follow_up_action])
        self._pane.view.doubleClicked.connect(lambda _: self.edit_selected())
        self._pane.view.selectionModel().selectionChanged.connect(lambda *_: self.update_actions())
        self._pane.model.modelReset.connect(self.update_actions)
        reconnect = self._pane.reconnect
        reconnect.log_requested.connect(lambda cid: self.log_interaction([cid]))
        reconnect.snooze_requested.connect(self.snooze)
        reconnect.cadence_requested.connect(self.set_cadence)
        window.detail.header_extra = self.standing_for
        self.notifier = UpcomingNotifier(self._services, window, parent=self)
        self.update_actions()

    # --- log, edit, delete -------------------------------------------------------------------

    def log_interaction(self, contact_ids: list[int] | None = None) -> int | None:
        """Open the log dialog prefilled with `contact_ids` (default: the selected contacts)."""
        if contact_ids is None:
            pane = self._window.contacts_pane
            contact_ids = [] if pane.showing_trash else pane.selected_contact_ids()[:MAX_PREFILLED]
        dialog = self._dialog(self._refs(contact_ids))
        if not (dialog.exec() and dialog.result_interaction):
            return None
        interaction = dialog.result_interaction
        self._last_kind = interaction.kind
        command = LogInteractionCommand(
            self._services.timeline, interaction, self._window.broadcast
        )
        self._window.undo_stack.push(command)
        self._status(
            self.tr("Logged %1. Ctrl+Z undoes it.").replace("%1", kind_name(interaction.kind))
        )
        return command.interaction_id

    def edit_selected(self) -> None:
        entries = self._pane.selected_entries()
        if not entries:
            return
        entry = entries[0]
        before = self._services.timeline.get(entry.id)
        dialog = self._dialog(list(entry.contacts), interaction=before)
        if dialog.exec() and dialog.result_interaction and dialog.result_interaction != before:
            self._window.undo_stack.push(
                EditInteractionCommand(
                    self._services.timeline,
                    before,
                    dialog.result_interaction,
                    self._window.broadcast,
                    follow_up_done=entry.follow_up_done,
                )
            )

    def delete_selected(self) -> None:
        entries = self._pane.selected_entries()
        if not entries:
            return
        timeline = self._services.timeline
        saved = [(timeline.get(e.id), e.follow_up_done) for e in entries]
        self._window.undo_stack.push(
            DeleteInteractionsCommand(timeline, saved, self._window.broadcast)
        )
        self._status(
            self.tr("Deleted %1 interaction(s). Ctrl+Z brings them back.").replace(
                "%1", QLocale().toString(len(saved))
            )
        )

    def toggle_follow_up(self) -> None:
        entries = [e for e in self._pane.selected_entries() if e.follow_up_on]
        if entries:
            self._window.undo_stack.push(
                FollowUpDoneCommand(
                    self._services.timeline,
                    entries[0].id,
                    not entries[0].follow_up_done,
                    self._window.broadcast,
                )
            )

    def update_actions(self) -> None:
        entries = self._pane.selected_entries()
        self.edit_action.setEnabled(len(entries) == 1)
        self.delete_action.setEnabled(bool(entries))
        follow = bool(entries) and entries[0].follow_up_on is not None
        self.follow_up_action.setEnabled(follow)
        self.follow_up_action.setChecked(follow and entries[0].follow_up_done)

    # --- keep in touch and strength ----------------------------------------------------------

    def snooze(self, contact_id: int, until) -> None:
        label = self._name(contact_id)
        self._window.undo_stack.push(
            SetValueCommand(
                self.tr("Snooze %1").replace("%1", label),
                self._services.cadence.snooze,
                contact_id,
                None,
                until,
                self._window.broadcast,
            )
        )
        if until is not None:
            day = QLocale().toString(QDate(until.year, until.month, until.day), "ddd dd MMM")
            self._status(fill(self.tr("%1 is snoozed until %2."), label, day))

    def set_cadence(self, contact_id: int, days: int | None) -> None:
        before = self._services.contacts.get(contact_id).cadence_days
        if before != days:
            self._window.undo_stack.push(
                SetValueCommand(
                    self.tr("Keep in touch with %1").replace("%1", self._name(contact_id)),
                    self._services.cadence.set_cadence,
                    contact_id,
                    before,
                    days,
                    self._window.broadcast,
                )
            )

    def set_strength(self, contact_id: int, value: int | None) -> None:
        before = self._services.strength.report(contact_id).override
        if before != value:
            self._window.undo_stack.push(
                SetValueCommand(
                    self.tr("Set strength of %1").replace("%1", self._name(contact_id)),
                    self._services.strength.set_override,
                    contact_id,
                    before,
                    value,
                    self._window.broadcast,
                )
            )

    def ask_strength(self, contact_id: int) -> None:
        report = self._services.strength.report(contact_id)
        value, ok = QInputDialog.getInt(
            self._window,
            self.tr("Set strength"),
            self.tr(
                "How strong is this relationship (0-100)?\nYour value replaces the computed one."
            ),
            report.value,
            0,
            100,
            5,
        )
        if ok:
            self.set_strength(contact_id, value)

    def standing_for(self, contact: Contact) -> QWidget | None:
        """The strength / last contacted / favors row under the name in the contact detail."""
        if contact.deleted_at or not contact.id:
            return None
        report = self._services.strength.report(contact.id)
        today = local_now(self._services.clock).date()
        last = contact.last_contacted_at
        last_text = (
            self.tr("last contacted %1").replace("%1", ago_text(days_between(last, today)))
            if last
            else self.tr("never contacted")
        )
        ledger = self._services.ledger.for_contacts([contact.id]).get(contact.id)
        cid = contact.id
        return ContactStanding(
            report,
            last_text,
            ledger.phrase if ledger else "",
            set_strength=lambda: self.ask_strength(cid),
            clear_strength=lambda: self.set_strength(cid, None),
        )

    # --- helpers -----------------------------------------------------------------------------

    def _dialog(self, people: list[ContactRef], interaction: Interaction | None = None):
        from posse_desktop.ui.dialogs.log_interaction import LogInteractionDialog

        self.dialog = LogInteractionDialog(
            self._find_people,
            local_now(self._services.clock),
            people,
            interaction=interaction,
            kind=self._last_kind,
            parent=self._window,
        )
        self.dialog.finished.connect(lambda _: setattr(self, "dialog", None))
        return self.dialog

    def _find_people(self, text: str) -> list[tuple[int, str, str]]:
        page = self._services.search.page(text, limit=SUGGESTIONS)
        summaries = self._services.contacts.summaries(page.ids)
        found = []
        for cid in page.ids:
            s = summaries.get(cid)
            if s is not None:
                hint = " · ".join(p for p in (s.title, s.org, s.primary_email) if p)
                found.append((cid, s.name, hint))
        return found

    def _refs(self, contact_ids: list[int]) -> list[ContactRef]:
        summaries = self._services.contacts.summaries(contact_ids)
        return [ContactRef(cid, summaries[cid].name) for cid in contact_ids if cid in summaries]

    def _name(self, contact_id: int) -> str:
        refs = self._refs([contact_id])
        return refs[0].name if refs else self.tr("contact")

    def _status(self, message: str) -> None:
        self._window.statusBar().showMessage(message, 5000)


def _action(parent: QWidget, text: str, shortcut: str, name: str) -> QAction:
    action = QAction(text, parent)
    if shortcut:
        action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    action.setObjectName(name)
    return action
