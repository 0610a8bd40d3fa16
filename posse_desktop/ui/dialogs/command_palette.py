"""Ctrl+K: type a few letters, arrow to an action or a person, press Enter.

Actions come from the window's menus (so a feature's new action is findable without registering
it anywhere); contacts come from the same search service as the contacts pane, a few at a time.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, QObject, QRect, QSize, Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QPainter, QPalette
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from posse_desktop.ui.widgets import muted, plain_label

CONTACT_LIMIT = 6
HintRole = Qt.ItemDataRole.UserRole + 1  # right-aligned, quieter text: a shortcut or an org
TargetRole = Qt.ItemDataRole.UserRole + 2  # the QAction, or a contact id


@dataclass(frozen=True)
class ActionEntry:
    action: QAction
    label: str  # "Contact › New Contact…", without mnemonics
    shortcut: str  # native text of the first shortcut, "" if none


def plain_text(text: str) -> str:
    """A menu text as a person reads it: no "&" mnemonics, "&&" kept as "&"."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def menu_actions(menus: dict[str, QMenu]) -> Iterator[ActionEntry]:
    """Every action reachable from the menus (submenus included), in menu order."""

    def walk(menu: QMenu, path: str) -> Iterator[ActionEntry]:
        for action in menu.actions():
            if action.isSeparator():
                continue
            if action.menu() is not None:
                yield from walk(action.menu(), f"{path} › {plain_text(action.text())}")
                continue
            shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            yield ActionEntry(action, f"{path} › {plain_text(action.text())}", shortcut)

    for menu in menus.values():
        yield from walk(menu, plain_text(menu.title()))


def matches(query: str, text: str) -> int | None:
    """A rank for `text` (lower is better) if every word of `query` occurs in it, else None."""
    haystack = text.casefold()
    words = query.casefold().split()
    if not all(word in haystack for word in words):
        return None
    name = haystack.rsplit(" › ", 1)[-1]  # the action's own text beats its menu's name
    return sum(0 if name.startswith(w) else 1 if w in name else 2 for w in words)


class HintDelegate(QStyledItemDelegate):
    """Draws the item's hint (shortcut, organisation) right-aligned in a quieter colour."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        super().paint(painter, option, index)
        hint = index.data(HintRole)
        if not hint:
            return
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        role = (
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.PlaceholderText
        )
        painter.save()
        painter.setPen(option.palette.color(role))
        rect = QRect(option.rect).adjusted(8, 0, -10, 0)
        align = Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight
        painter.drawText(rect, int(align), hint)  # drawText never interprets markup
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width(), max(size.height(), option.fontMetrics.height() + 12))


class CommandPalette(QDialog):
    """A frameless popup: a search field over one list of actions and contacts."""

    def __init__(
        self,
        actions: list[ActionEntry],
        find_contacts: Callable[[str, int], list[tuple[int, str, str]]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Popup | Qt.WindowType.FramelessWindowHint)
        self.setObjectName("commandPalette")
        self.setAccessibleName(self.tr("Go anywhere"))
        self._actions = actions
        self._find_contacts = find_contacts
        self.chosen_action: QAction | None = None
        self.chosen_contact: int | None = None

        self.field = QLineEdit()
        self.field.setObjectName("commandPaletteField")
        self.field.setPlaceholderText(self.tr("Type a command or a name…"))
        self.field.setAccessibleName(self.tr("Command or contact"))
        self.field.textChanged.connect(self.refresh)
        self.field.installEventFilter(self)
        self.results = QListWidget()
        self.results.setObjectName("commandPaletteResults")
        self.results.setAccessibleName(self.tr("Matching commands and contacts"))
        self.results.setItemDelegate(HintDelegate(self.results))
        self.results.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # typing always goes to the field
        self.results.itemActivated.connect(self._choose)
        self.results.itemClicked.connect(self._choose)
        self.empty = muted(plain_label(self.tr("Nothing matches."), selectable=False))
        frame = QFrame()
        frame.setObjectName("commandPaletteFrame")
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        inner = QVBoxLayout(frame)
        inner.setContentsMargins(8, 8, 8, 8)
        inner.addWidget(self.field)
        inner.addWidget(self.results, 1)
        inner.addWidget(self.empty)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(frame)
        self.resize(560, 380)
        self.refresh("")
        self.field.setFocus()

    def place_over(self, window: QWidget) -> None:
        """Centered near the top of `window`, where the eye already is."""
        top_left = window.mapToGlobal(window.rect().topLeft())
        x = top_left.x() + (window.width() - self.width()) // 2
        self.move(x, top_left.y() + max(48, window.height() // 8))

    def refresh(self, text: str) -> None:
        self.results.clear()
        query = text.strip()
        ranked = []
        for position, entry in enumerate(self._actions):
            if not (entry.action.isEnabled() and entry.action.isVisible()):
                continue
            rank = matches(query, entry.label)
            if rank is not None:
                ranked.append((rank, position, entry))
        for _, _, entry in sorted(ranked, key=lambda r: r[:2]):
            self._add(entry.label, entry.shortcut, entry.action)
        if query:
            for contact_id, name, detail in self._find_contacts(query, CONTACT_LIMIT):
                self._add(name, detail, contact_id)
        self.results.setCurrentRow(0)
        self.empty.setVisible(self.results.count() == 0)

    def _add(self, text: str, hint: str, target: object) -> None:
        item = QListWidgetItem(text)
        item.setData(HintRole, hint)
        item.setData(TargetRole, target)
        item.setToolTip(f"{text}  {hint}".strip())
        self.results.addItem(item)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.field and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            key = event.key()
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_PageDown, Qt.Key.Key_PageUp):
                QCoreApplication.sendEvent(
                    self.results, event
                )  # arrows move the list, the field keeps focus
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if self.results.currentItem() is not None:
                    self._choose(self.results.currentItem())
                return True
        return super().eventFilter(watched, event)

    def _choose(self, item: QListWidgetItem) -> None:
        target = item.data(TargetRole)
        if isinstance(target, QAction):
            self.chosen_action = target
        else:
            self.chosen_contact = int(target)
        self.accept()
