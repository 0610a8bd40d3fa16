"""QAction factory: menus and shortcuts live here, not in the main window."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import QWidget

from posse_desktop.ui.icons import icon

Std = QKeySequence.StandardKey
translate = QCoreApplication.translate  # the name pyside6-lupdate looks for


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
    undo = undo_stack.createUndoAction(parent, translate("Actions", "&Undo"))
    undo.setShortcuts(QKeySequence.keyBindings(Std.Undo))
    undo.setObjectName("undo")
    redo = undo_stack.createRedoAction(parent, translate("Actions", "&Redo"))
    redo.setShortcuts(QKeySequence.keyBindings(Std.Redo) or [QKeySequence("Ctrl+Shift+Z")])
    redo.setObjectName("redo")
    quit_keys = QKeySequence.keyBindings(Std.Quit) or [QKeySequence("Ctrl+Q")]
    quit_action = _action(parent, translate("Actions", "&Quit"), name="quit")
    quit_action.setShortcuts(quit_keys)
    toggle_help = _action(
        parent,
        translate("Actions", "Show &Ask-for-Help Pane"),
        "Ctrl+Shift+H",
        name="toggle_help_pane",
    )
    toggle_help.setCheckable(True)
    toggle_help.setChecked(True)
    actions = Actions(
        new_contact=_action(
            parent,
            translate("Actions", "&New Contact…"),
            Std.New,
            tip=translate("Actions", "Add someone to your posse"),
            name="new_contact",
        ),
        edit_contact=_action(
            parent,
            translate("Actions", "&Edit Contact…"),
            "Ctrl+E",
            "F2",
            tip=translate("Actions", "Edit the selected contact"),
            name="edit_contact",
        ),
        delete_contact=_action(
            parent,
            translate("Actions", "&Delete Contact"),
            Std.Delete,
            tip=translate("Actions", "Move the selected contacts to the trash"),
            name="delete_contact",
        ),
        restore_contact=_action(
            parent,
            translate("Actions", "&Restore from Trash"),
            "Ctrl+Shift+R",
            name="restore_contact",
        ),
        empty_trash=_action(parent, translate("Actions", "Empty &Trash…"), name="empty_trash"),
        undo=undo,
        redo=redo,
        find=_action(
            parent,
            translate("Actions", "&Find"),
            Std.Find,
            tip=translate("Actions", "Search everyone"),
            name="find",
        ),
        import_vcards=_action(
            parent,
            translate("Actions", "&Import vCards…"),
            "Ctrl+I",
            tip=translate("Actions", "Import contacts from .vcf files"),
            name="import_vcards",
        ),
        export_vcards=_action(
            parent,
            translate("Actions", "&Export vCards…"),
            "Ctrl+Shift+E",
            tip=translate("Actions", "Export contacts as a .vcf file"),
            name="export_vcards",
        ),
        open_sample=_action(
            parent, translate("Actions", "Explore a &Sample Network…"), name="open_sample"
        ),
        toggle_help_pane=toggle_help,
        quit=quit_action,
        about=_action(parent, translate("Actions", "&About Posse"), name="about"),
    )
    for action, icon_name in (
        (actions.new_contact, "add-contact"),
        (actions.edit_contact, "edit"),
        (actions.delete_contact, "delete"),
        (actions.undo, "undo"),
        (actions.redo, "redo"),
        (actions.find, "search"),
        (actions.import_vcards, "import"),
        (actions.export_vcards, "export"),
        (actions.about, "help"),
    ):
        action.setIcon(icon(icon_name))
    return actions
