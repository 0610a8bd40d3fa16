"""Edit > Keep-in-Touch Defaults… and Synonyms for Ask for Help…, each one undoable step."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QUndoCommand
from PySide6.QtWidgets import QMessageBox

from posse_desktop.domain import Changes

if TYPE_CHECKING:
    from posse_desktop.ui.main_window import MainWindow


class SetPreferenceCommand(QUndoCommand):
    def __init__(self, text: str, apply: Callable[[object], Changes], before, after, broadcast):
        super().__init__(text)
        self._apply, self._before, self._after, self._broadcast = apply, before, after, broadcast

    def redo(self) -> None:
        self._broadcast(self._apply(self._after))

    def undo(self) -> None:
        self._broadcast(self._apply(self._before))


class PreferencesController(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self.cadence_action = QAction(self.tr("Keep-in-Touch &Defaults…"), window)
        self.cadence_action.setObjectName("cadence_defaults")
        self.cadence_action.triggered.connect(self.edit_cadence_defaults)
        self.synonyms_action = QAction(self.tr("S&ynonyms for Ask for Help…"), window)
        self.synonyms_action.setObjectName("help_synonyms")
        self.synonyms_action.triggered.connect(self.edit_synonyms)
        menu = window.menus["edit"]
        menu.addSeparator()
        menu.addActions([self.cadence_action, self.synonyms_action])

    def edit_cadence_defaults(self) -> None:
        from posse_desktop.ui.dialogs.preference_dialogs import CadenceDefaultsDialog

        cadence = self._window.services.cadence
        before = cadence.defaults()
        dialog = CadenceDefaultsDialog(before, self._window)
        while dialog.exec():
            try:
                after = dialog.result_defaults()
            except ValueError as exc:
                QMessageBox.warning(self._window, self.tr("Check this line"), str(exc))
                continue
            if after != before:
                self._window.undo_stack.push(
                    SetPreferenceCommand(
                        self.tr("Change keep-in-touch defaults"),
                        cadence.set_defaults,
                        before,
                        after,
                        self._window.broadcast,
                    )
                )
            return

    def edit_synonyms(self) -> None:
        from posse_desktop.services import help_synonyms
        from posse_desktop.ui.dialogs.preference_dialogs import SynonymsDialog

        before = help_synonyms.synonym_groups()
        dialog = SynonymsDialog(before, self._window)
        if dialog.exec():
            after = dialog.result_groups()
            if after != before:
                self._window.undo_stack.push(
                    SetPreferenceCommand(
                        self.tr("Change synonyms"),
                        help_synonyms.set_synonym_groups,
                        before,
                        after,
                        self._window.broadcast,
                    )
                )
