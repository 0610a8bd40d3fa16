"""Undoable timeline edits: log, edit, delete interactions; cadence, snooze and strength overrides.

Each command calls one service write and hands its Changes to the window's broadcast. Deleted
interactions are re-created under their old ids on undo, so later commands on the stack still apply.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtGui import QUndoCommand

from posse_desktop.domain import Changes, Interaction
from posse_desktop.services.timeline import TimelineService
from posse_desktop.ui.role_names import kind_name

Broadcast = Callable[[Changes], None]
translate = QCoreApplication.translate  # the name pyside6-lupdate looks for


class LogInteractionCommand(QUndoCommand):
    def __init__(
        self, timeline: TimelineService, interaction: Interaction, broadcast: Broadcast
    ) -> None:
        super().__init__(
            translate("TimelineCommands", "Log %1").replace("%1", kind_name(interaction.kind))
        )
        self._timeline, self._interaction, self._broadcast = timeline, interaction, broadcast
        self.interaction_id: int | None = None

    def redo(self) -> None:
        self._interaction.id = self.interaction_id
        self.interaction_id, changes = self._timeline.log(self._interaction)
        self._broadcast(changes)

    def undo(self) -> None:
        assert self.interaction_id is not None
        self._broadcast(self._timeline.delete([self.interaction_id]))


class EditInteractionCommand(QUndoCommand):
    def __init__(
        self,
        timeline: TimelineService,
        before: Interaction,
        after: Interaction,
        broadcast: Broadcast,
        *,
        follow_up_done: bool = False,
    ) -> None:
        super().__init__(
            translate("TimelineCommands", "Edit %1").replace("%1", kind_name(after.kind))
        )
        self._timeline, self._broadcast = timeline, broadcast
        self._before, self._after = before, after
        self._done = follow_up_done

    def _write(self, interaction: Interaction, restore_done: bool) -> None:
        changes = self._timeline.edit(interaction)
        # edit() reopens the follow-up; keep it done when its date did not change.
        if restore_done:
            changes = changes | self._timeline.set_follow_up_done(interaction.id, True)
        self._broadcast(changes)

    def redo(self) -> None:
        same_follow_up = self._after.follow_up_on == self._before.follow_up_on
        self._write(self._after, self._done and same_follow_up)

    def undo(self) -> None:
        self._write(self._before, self._done)


class DeleteInteractionsCommand(QUndoCommand):
    def __init__(
        self,
        timeline: TimelineService,
        interactions: list[tuple[Interaction, bool]],
        broadcast: Broadcast,
    ) -> None:
        """`interactions`: what get() returned for each, and whether its follow-up was done."""
        count = len(interactions)
        super().__init__(
            translate("TimelineCommands", "Delete %1").replace(
                "%1", kind_name(interactions[0][0].kind)
            )
            if count == 1
            else translate("TimelineCommands", "Delete %1 interactions").replace(
                "%1", QLocale().toString(count)
            )
        )
        self._timeline, self._interactions, self._broadcast = timeline, interactions, broadcast

    def redo(self) -> None:
        self._broadcast(self._timeline.delete([i.id for i, _ in self._interactions if i.id]))

    def undo(self) -> None:
        changes = Changes()
        for interaction, done in self._interactions:
            _, logged = self._timeline.log(interaction)
            changes = changes | logged
            if done and interaction.id:
                changes = changes | self._timeline.set_follow_up_done(interaction.id, True)
        self._broadcast(changes)


class FollowUpDoneCommand(QUndoCommand):
    def __init__(
        self, timeline: TimelineService, interaction_id: int, done: bool, broadcast: Broadcast
    ) -> None:
        super().__init__(
            translate("TimelineCommands", "Mark follow-up done")
            if done
            else translate("TimelineCommands", "Reopen follow-up")
        )
        self._timeline, self._id, self._done, self._broadcast = (
            timeline,
            interaction_id,
            done,
            broadcast,
        )

    def redo(self) -> None:
        self._broadcast(self._timeline.set_follow_up_done(self._id, self._done))

    def undo(self) -> None:
        self._broadcast(self._timeline.set_follow_up_done(self._id, not self._done))


class SetValueCommand(QUndoCommand):
    """One per-contact setting (cadence, snooze, strength override) from `before` to `after`.

    `apply(contact_id, value)` is the service call that sets it and returns its Changes.
    """

    def __init__(
        self,
        text: str,
        apply: Callable[[int, object], Changes],
        contact_id: int,
        before: object,
        after: object,
        broadcast: Broadcast,
    ) -> None:
        super().__init__(text)
        self._apply, self._id, self._broadcast = apply, contact_id, broadcast
        self._before, self._after = before, after

    def redo(self) -> None:
        self._broadcast(self._apply(self._id, self._after))

    def undo(self) -> None:
        self._broadcast(self._apply(self._id, self._before))
