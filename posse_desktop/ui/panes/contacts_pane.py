"""The left pane: search everyone, the (lazy) list, and the trash."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QLocale, QSize, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QListView,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from posse_desktop.domain import Changes
from posse_desktop.services.contacts import ContactsService
from posse_desktop.services.search import SearchService
from posse_desktop.ui.models.contact_delegate import ContactDelegate
from posse_desktop.ui.models.contact_list_model import ContactListModel
from posse_desktop.ui.widgets import muted, plain_label

SCOPE_CONTACTS, SCOPE_TRASH = 0, 1


class ContactsPane(QWidget):
    current_contact_changed = Signal(object)  # int | None
    selection_changed = Signal()

    def __init__(self, contacts: ContactsService, search: SearchService, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("contactsPane")
        self._search = search
        self._contacts = contacts
        self.model = ContactListModel(contacts, search, self)

        self.search_field = QLineEdit()
        self.search_field.setObjectName("searchField")
        self.search_field.setPlaceholderText(
            self.tr("Search everyone: name, org, email, phone, skill, tag…")
        )
        self.search_field.setAccessibleName(self.tr("Search contacts"))
        self.search_field.setClearButtonEnabled(True)
        self.search_field.textChanged.connect(self.run_search)

        self.scope = QComboBox()
        self.scope.setAccessibleName(self.tr("Show contacts or trash"))
        self.scope.addItems([self.tr("Contacts"), self.tr("Trash")])
        self.scope.currentIndexChanged.connect(lambda _: self.run_search())

        self.view = QListView()
        self.view.setObjectName("contactList")
        self.view.setAccessibleName(self.tr("Contacts"))
        self.view.setModel(self.model)
        self.model.rowsInserted.connect(lambda *_: self._update_labels())
        self.view.setItemDelegate(ContactDelegate(self.view))
        self.view.setUniformItemSizes(True)  # with 100k rows, never measure each one
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setDragEnabled(True)
        self.view.setIconSize(QSize(32, 32))
        self.view.selectionModel().currentChanged.connect(self._on_current_changed)
        self.view.selectionModel().selectionChanged.connect(
            lambda *_: self.selection_changed.emit()
        )

        self.count_label = muted(plain_label("", selectable=False))
        self.empty_message = muted(plain_label("", selectable=False))
        self.empty_message.setObjectName("contactsEmptyState")
        self.empty_message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.welcome_buttons = QVBoxLayout()
        self.empty_state = QWidget()
        empty_layout = QVBoxLayout(self.empty_state)
        empty_layout.setContentsMargins(16, 16, 16, 16)
        empty_layout.addStretch(1)
        empty_layout.addWidget(self.empty_message)
        empty_layout.addSpacing(12)
        empty_layout.addLayout(self.welcome_buttons)
        empty_layout.addStretch(2)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.empty_state)

        top = QHBoxLayout()
        top.addWidget(self.search_field, 1)
        top.addWidget(self.scope)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 4, 8)
        layout.addLayout(top)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.count_label)
        self.setFocusProxy(self.search_field)

    def set_welcome_actions(self, actions: list[QAction]) -> None:
        """First-run choices shown when the database is empty: buttons bound to these actions."""
        for action in actions:
            button = QPushButton(action.text().replace("&", "").rstrip("…"))
            button.setObjectName(f"welcome_{action.objectName()}")
            button.setAccessibleName(button.text())
            button.clicked.connect(action.trigger)
            self.welcome_buttons.addWidget(button)

    @property
    def showing_trash(self) -> bool:
        return self.scope.currentIndex() == SCOPE_TRASH

    def run_search(self, *_: object) -> None:
        """Re-run the current search, keeping the current contact selected if it still matches."""
        current = self.current_contact_id()
        self.model.set_query(self.search_field.text(), trashed=self.showing_trash)
        self._update_labels()
        if current is not None:
            self.select_contact(current)
        if self.current_contact_id() != current:
            self.current_contact_changed.emit(self.current_contact_id())

    def apply_changes(self, changes: Changes) -> None:
        if changes.contact_set:
            self.run_search()
        elif changes.contacts:
            self.model.refresh_contacts(changes.contacts)

    def select_contact(self, contact_id: int) -> bool:
        row = self.model.load_through(contact_id)
        if row is None:
            return False
        index = self.model.index(row)
        self.view.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
        )
        self.view.scrollTo(index)
        return True

    def current_contact_id(self) -> int | None:
        index = self.view.currentIndex()
        return self.model.contact_id(index.row()) if index.isValid() else None

    def selected_contact_ids(self) -> list[int]:
        rows = sorted(i.row() for i in self.view.selectionModel().selectedRows())
        ids = [self.model.contact_id(r) for r in rows]
        if not ids and self.current_contact_id() is not None:
            ids = [self.current_contact_id()]
        return [i for i in ids if i is not None]

    def _on_current_changed(self, current, _previous) -> None:
        self.current_contact_changed.emit(
            self.model.contact_id(current.row()) if current.isValid() else None
        )

    def _update_labels(self) -> None:
        count = self.model.rowCount()
        if not self.model.complete and not self.search_field.text():
            count = self._contacts.count(trashed=self.showing_trash)  # cheap: an index count
        self.count_label.setText(self._count_text(count))
        if count:
            self.stack.setCurrentWidget(self.view)
            return
        first_run = not self.showing_trash and not self.search_field.text()
        if self.showing_trash:
            message = self.tr("The trash is empty. Deleted contacts wait here until you empty it.")
        elif self.search_field.text():
            message = self.tr("No one matches. Try fewer letters, a company, or a skill.")
        else:
            message = self.tr(
                "Your posse starts here.\n\nBring in the contacts from your phone, add someone "
                "you know, or look around a sample network first."
            )
        self.empty_message.setText(message)
        for i in range(self.welcome_buttons.count()):
            self.welcome_buttons.itemAt(i).widget().setVisible(first_run)
        self.stack.setCurrentWidget(self.empty_state)

    def _count_text(self, count: int) -> str:
        """ "1 person", "1,234 people match"... (singular and plural spelled out: German and
        English share the one/other plural rule; a language with more forms needs %n plurals)."""
        number = QLocale().toString(count)
        searching = bool(self.search_field.text())
        if self.showing_trash:
            one, many = self.tr("1 person in the trash"), self.tr("%1 people in the trash")
        elif searching and not self.model.complete:
            one, many = self.tr("More than 1 person match"), self.tr("More than %1 people match")
        elif searching:
            one, many = self.tr("1 person matches"), self.tr("%1 people match")
        else:
            one, many = self.tr("1 person"), self.tr("%1 people")
        return one if count == 1 else many.replace("%1", number)
