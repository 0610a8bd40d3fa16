"""Storage failures during an edit: tell the user, keep the undo stack true to the database.

A full disk, a locked, read-only or damaged database makes a service write fail, and SQLite has
already rolled that write back. Two things must then hold: the user reads what happened and what
to do (`db.errors.user_message`), and the undo stack says nothing happened. QUndoStack cannot be
told that: `push()` keeps a command whose `redo()` failed, and `undo()`/`redo()` move the stack's
index even when the command's work failed. So:

- `push_guarded()` does a command's work *before* pushing it; a failure is shown and the command
  is never pushed.
- `GuardedCommand` catches a failed undo or redo from Edit > Undo/Redo, and once the stack has
  moved, moves it back without repeating the work (the stack's index again matches the data).

Errors that are not the user's storage (our bugs) propagate untouched.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QMessageBox, QWidget

from posse_desktop.db.errors import StorageError, storage_errors

T = TypeVar("T")


def not_saved_title() -> str:
    return QCoreApplication.translate("StorageGuard", "The change was not saved")


def show_storage_error(
    parent: QWidget | None, error: StorageError, title: str | None = None
) -> None:
    """A message box with the storage error's user message (plain text: it may name a file)."""
    title = title or not_saved_title()
    box = QMessageBox(
        QMessageBox.Icon.Warning, title, str(error), QMessageBox.StandardButton.Ok, parent
    )
    box.setObjectName("storageErrorBox")
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.exec()


def run_guarded(
    parent: QWidget | None, work: Callable[[], T], title: str | None = None
) -> tuple[bool, T | None]:
    """Run `work()`; a storage failure is shown and gives `(False, None)`, else `(True, result)`."""
    try:
        with storage_errors():
            return True, work()
    except StorageError as error:
        show_storage_error(parent, error, title)
        return False, None


class GuardedCommand(QUndoCommand):
    """An undo command whose work is `perform()` / `revert()`; see the module docstring."""

    def perform(self) -> None:
        raise NotImplementedError

    def revert(self) -> None:
        raise NotImplementedError

    # Set by push_guarded: where to show errors and which stack to set right.
    _parent: QWidget | None = None
    _stack: QUndoStack | None = None
    _skip_next = False

    def redo(self) -> None:
        if self._skip_next:
            self._skip_next = False  # the work is already done (first push, or a failed undo)
            return
        self._guard(self.perform, step_back="undo")

    def undo(self) -> None:
        if self._skip_next:
            self._skip_next = False
            return
        self._guard(self.revert, step_back="redo")

    def _guard(self, work: Callable[[], None], step_back: str) -> None:
        try:
            with storage_errors():
                work()
        except StorageError as error:
            failure = error  # `error` is unbound when the except block ends

            # The stack moves its index after we return: move it back then, skipping the work,
            # and only then open the message box (its event loop must not see a half-moved stack).
            def set_right() -> None:
                if self._stack is not None:
                    self._skip_next = True
                    getattr(self._stack, step_back)()
                    self._skip_next = False
                show_storage_error(self._parent, failure)

            QTimer.singleShot(0, set_right)


def push_guarded(stack: QUndoStack, command: GuardedCommand, parent: QWidget | None) -> bool:
    """Do the command's work, then push it; on a storage failure show why and push nothing."""
    command._parent, command._stack = parent, stack
    ok, _ = run_guarded(parent, command.perform)
    if not ok:
        return False
    command._skip_next = True  # push() calls redo(): the work is done already
    stack.push(command)
    command._skip_next = False
    return True
