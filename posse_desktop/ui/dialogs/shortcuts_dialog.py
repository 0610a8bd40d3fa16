"""Help > Keyboard Shortcuts: every menu action and its keys, generated from the actions."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from posse_desktop.ui.dialogs.command_palette import ActionEntry

# Qt's multimedia and dedicated-keyboard keys (Back, New, Open, Find, Undo...) start here.
FIRST_DEDICATED_KEY = 0x01000060


def typeable(keys: QKeySequence) -> bool:
    """False for a dedicated hardware key ("New", "Find") that standard bindings add on X11."""
    if keys.isEmpty():
        return False
    return keys[0].key().value < FIRST_DEDICATED_KEY or keys[0].keyboardModifiers().value != 0


def shortcut_text(entry: ActionEntry) -> str:
    """The shortcuts one can type, e.g. "Ctrl+E, F2"; "" when there are none."""
    fmt = QKeySequence.SequenceFormat.NativeText
    return ", ".join(k.toString(fmt) for k in entry.action.shortcuts() if typeable(k))


class ShortcutsDialog(QDialog):
    """A two-column list grouped by menu: what it does, which keys do it."""

    def __init__(self, entries: list[ActionEntry], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle(self.tr("Keyboard Shortcuts"))
        self.resize(520, 560)
        self.tree = QTreeWidget()
        self.tree.setObjectName("shortcutsList")
        self.tree.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.tree.setHeaderLabels([self.tr("Action"), self.tr("Shortcut")])
        self.tree.setRootIsDecorated(False)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.header().setStretchLastSection(False)
        groups: dict[str, QTreeWidgetItem] = {}
        for entry in entries:
            menu, _, name = entry.label.rpartition(" › ")
            group = groups.get(menu)
            if group is None:
                group = QTreeWidgetItem(self.tree, [menu])
                font = group.font(0)
                font.setBold(True)
                group.setFont(0, font)
                group.setFirstColumnSpanned(True)
                group.setFlags(Qt.ItemFlag.ItemIsEnabled)
                groups[menu] = group
            item = QTreeWidgetItem(group, [name, shortcut_text(entry) or "—"])
            item.setToolTip(0, entry.action.statusTip())
        self.tree.expandAll()
        self.tree.setItemsExpandable(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree)
        layout.addWidget(buttons)

    def rows(self) -> list[tuple[str, str]]:
        """(action, shortcut) for every listed action; for tests and the curious."""
        result = []
        for g in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(g)
            for i in range(group.childCount()):
                child = group.child(i)
                result.append((child.text(0), child.text(1)))
        return result
