"""Keyboard features: the command palette (Ctrl+K), Help > Keyboard Shortcuts, the tab order."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QPushButton, QWidget

if TYPE_CHECKING:
    from posse_desktop.ui.dialogs.command_palette import ActionEntry, CommandPalette
    from posse_desktop.ui.main_window import MainWindow


class PaletteController(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self.palette: CommandPalette | None = None
        self.go_anywhere = QAction(self.tr("&Go Anywhere…"), window)
        self.go_anywhere.setObjectName("go_anywhere")
        self.go_anywhere.setShortcut(QKeySequence("Ctrl+K"))
        self.go_anywhere.setStatusTip(self.tr("Find any command or person by typing"))
        # Window-wide: works while focus is in the list, the detail or a pane's field.
        self.go_anywhere.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.go_anywhere.triggered.connect(self.open_palette)
        window.menus["view"].insertAction(_first(window.menus["view"]), self.go_anywhere)
        self.show_shortcuts = QAction(self.tr("&Keyboard Shortcuts"), window)
        self.show_shortcuts.setObjectName("keyboard_shortcuts")
        self.show_shortcuts.setShortcut(QKeySequence("Ctrl+/"))
        self.show_shortcuts.setStatusTip(self.tr("Every command and its keys"))
        self.show_shortcuts.triggered.connect(self.open_shortcuts)
        window.menus["help"].insertAction(_first(window.menus["help"]), self.show_shortcuts)
        window.addActions([self.go_anywhere, self.show_shortcuts])  # also while menus are hidden
        # Once the window has finished building (the welcome buttons come after the features).
        QTimer.singleShot(0, self.set_tab_order)

    def set_tab_order(self) -> None:
        set_tab_order(self._window)

    def entries(self) -> list[ActionEntry]:
        from posse_desktop.ui.dialogs.command_palette import menu_actions

        return list(menu_actions(self._window.menus))

    def find_contacts(self, text: str, limit: int) -> list[tuple[int, str, str]]:
        services = self._window.services
        ids = services.search.page(text, limit=limit).ids
        summaries = services.contacts.summaries(ids)
        found = []
        for contact_id in ids:
            summary = summaries.get(contact_id)
            if summary is not None:
                detail = " · ".join(p for p in (summary.title, summary.org) if p)
                found.append((contact_id, summary.name or self.tr("(no name)"), detail))
        return found

    def open_palette(self) -> CommandPalette:
        # Imported on first use, like every dialog: start-up pays only for what it paints.
        from posse_desktop.ui.dialogs.command_palette import CommandPalette

        """Show the palette (not modal: it is a popup that closes on Esc or a click outside)."""
        palette = CommandPalette(self.entries(), self.find_contacts, self._window)
        palette.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        palette.accepted.connect(lambda: self._run_choice(palette))
        palette.place_over(self._window)
        palette.show()
        palette.field.setFocus()
        self.palette = palette
        return palette

    def _run_choice(self, palette: CommandPalette) -> None:
        if palette.chosen_action is not None:
            palette.chosen_action.trigger()
        elif palette.chosen_contact is not None:
            self.show_contact(palette.chosen_contact)

    def show_contact(self, contact_id: int) -> None:
        """Select the person in the contacts pane, clearing a search or the trash that hides them."""
        pane = self._window.contacts_pane
        if not pane.select_contact(contact_id):
            pane.scope.setCurrentIndex(0)
            pane.search_field.clear()
            pane.select_contact(contact_id)
        pane.view.setFocus()

    def open_shortcuts(self) -> None:
        from posse_desktop.ui.dialogs.shortcuts_dialog import ShortcutsDialog

        dialog = ShortcutsDialog(self.entries(), self._window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()


def _first(menu) -> QAction | None:
    actions = menu.actions()
    return actions[0] if actions else None


def set_tab_order(window: MainWindow) -> None:
    """Left to right, top to bottom: search, scope, list (or the welcome), detail, the rest."""
    chain: list[QWidget] = [
        window.contacts_pane.search_field,
        window.contacts_pane.scope,
        window.contacts_pane.view,
        *window.contacts_pane.empty_state.findChildren(QPushButton),  # first run: the welcome
        window.detail,
    ]
    for first, second in zip(chain, chain[1:], strict=False):
        QWidget.setTabOrder(first, second)
