"""QAction factory: menus and shortcuts live here, not in the main window."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import QWidget

Std = QKeySequence.StandardKey


@dataclass
class Actions:
    new_contact: QAction
    edit_contact: QAction
    delete_contact: QAction
    restore_contact: QAction
    empty_trash: QAction
    undo: QAction
    redo: QAction
    find: QAction
    import_vcards: QAction
    export_vcards: QAction
    open_sample: QAction
    toggle_help_pane: QAction
    quit: QAction
    about: QAction


def _action(parent: QWidget, text: str, *shortcuts, tip: str = "", name: str = "") -> QAction:
    action = QAction(text, parent)
    keys: list[QKeySequence] = []
    for shortcut in shortcuts:
        if isinstance(shortcut, Std):
            keys.extend(QKeySequence.keyBindings(shortcut))
        else:
            keys.append(QKeySequence(shortcut))
    if keys:
        action.setShortcuts(keys)
    if tip:
        action.setStatusTip(tip)
        action.setToolTip(tip)
    action.setObjectName(name or text.lower().replace(" ", "_").strip("…."))
    return action


def create_actions(parent: QWidget, undo_stack: QUndoStack) -> Actions:
    undo = undo_stack.createUndoAction(parent, "&Undo")
    undo.setShortcuts(QKeySequence.keyBindings(Std.Undo))
    undo.setObjectName("undo")
    redo = undo_stack.createRedoAction(parent, "&Redo")
    redo.setShortcuts(QKeySequence.keyBindings(Std.Redo) or [QKeySequence("Ctrl+Shift+Z")])
    redo.setObjectName("redo")
    quit_keys = QKeySequence.keyBindings(Std.Quit) or [QKeySequence("Ctrl+Q")]
    quit_action = _action(parent, "&Quit", name="quit")
    quit_action.setShortcuts(quit_keys)
    toggle_help = _action(parent, "Show &Ask-for-Help Pane", "Ctrl+Shift+H", name="toggle_help_pane")
    toggle_help.setCheckable(True)
    toggle_help.setChecked(True)
    return Actions(
        new_contact=_action(parent, "&New Contact…", Std.New, tip="Add someone to your posse", name="new_contact"),
        edit_contact=_action(parent, "&Edit Contact…", "Ctrl+E", "F2", tip="Edit the selected contact", name="edit_contact"),
        delete_contact=_action(parent, "&Delete Contact", Std.Delete, tip="Move the selected contacts to the trash", name="delete_contact"),
        restore_contact=_action(parent, "&Restore from Trash", "Ctrl+Shift+R", name="restore_contact"),
        empty_trash=_action(parent, "Empty &Trash…", name="empty_trash"),
        undo=undo,
        redo=redo,
        find=_action(parent, "&Find", Std.Find, tip="Search everyone", name="find"),
        import_vcards=_action(parent, "&Import vCards…", "Ctrl+I", tip="Import contacts from .vcf files", name="import_vcards"),
        export_vcards=_action(parent, "&Export vCards…", "Ctrl+Shift+E", tip="Export contacts as a .vcf file", name="export_vcards"),
        open_sample=_action(parent, "Explore a &Sample Network…", name="open_sample"),
        toggle_help_pane=toggle_help,
        quit=quit_action,
        about=_action(parent, "&About Posse", name="about"),
    )
