"""Log (or edit) an interaction in seconds: who, what kind, when, one line; saving is one keystroke.

Opened prefilled with the selected contact and the focus in the summary, so logging a call is
Ctrl+L, type, Enter. Enter in the summary or Ctrl+Return anywhere saves; Enter in the people field
picks the highlighted suggestion instead (no button is the dialog's default, on purpose).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta

from PySide6.QtCore import QDate, QDateTime, QModelIndex, Qt, QTime
from PySide6.QtGui import QKeySequence, QShortcut, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from posse_desktop.domain import Interaction, InteractionKind
from posse_desktop.services.contact_refs import ContactRef
from posse_desktop.ui.role_names import kind_name
from posse_desktop.ui.widgets import muted, plain_label

# (id, name, hint): what the people field suggests, e.g. (7, "Dana Kim", "Acme · dana@acme.example").
PeopleFinder = Callable[[str], list[tuple[int, str, str]]]
ContactIdRole = Qt.ItemDataRole.UserRole + 1
NameRole = Qt.ItemDataRole.UserRole + 2
FOLLOW_UP_DAYS = 7


class PeoplePicker(QWidget):
    """Chips for the chosen people and a field that suggests more by name, org or email."""

    def __init__(self, find: PeopleFinder, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._find = find
        self.people: list[ContactRef] = []
        self._chips = QHBoxLayout()
        self._chips.setSpacing(4)
        self.field = QLineEdit()
        self.field.setObjectName("peopleField")
        self.field.setAccessibleName(self.tr("Add a person"))
        self.field.setPlaceholderText(self.tr("Add someone: name, org or email…"))
        self._suggestions = QStandardItemModel(self)
        self.completer = QCompleter(self._suggestions, self)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setWidget(self.field)
        self.completer.activated[QModelIndex].connect(self._picked)
        self.field.textEdited.connect(self._suggest)
        self.field.returnPressed.connect(self._take_first)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self._chips)
        layout.addWidget(self.field)
        self.setFocusProxy(self.field)

    def set_people(self, people: list[ContactRef]) -> None:
        self.people = []
        for person in people:
            self.add(person)

    def add(self, person: ContactRef) -> None:
        if any(p.id == person.id for p in self.people):
            return
        self.people.append(person)
        chip = QToolButton()
        chip.setObjectName(f"person_{person.id}")
        chip.setText(f"{person.name}  ×")
        chip.setToolTip(self.tr("Remove"))
        chip.setAccessibleName(self.tr("Remove %1").replace("%1", person.name))
        chip.clicked.connect(lambda: self._remove(person.id, chip))
        self._chips.addWidget(chip)

    def _remove(self, contact_id: int, chip: QToolButton) -> None:
        self.people = [p for p in self.people if p.id != contact_id]
        chip.hide()
        chip.deleteLater()

    def _suggest(self, text: str) -> None:
        self._suggestions.clear()
        if not text.strip():
            self.completer.popup().hide()
            return
        chosen = {p.id for p in self.people}
        for cid, name, hint in self._find(text.strip()):
            if cid in chosen:
                continue
            item = QStandardItem(f"{name}  —  {hint}" if hint else name)
            item.setData(cid, ContactIdRole)
            item.setData(name, NameRole)
            self._suggestions.appendRow(item)
        if self._suggestions.rowCount():
            self.completer.complete()
        else:
            self.completer.popup().hide()

    def _picked(self, index: QModelIndex) -> None:
        self.add(ContactRef(int(index.data(ContactIdRole)), index.data(NameRole)))
        self.field.clear()
        self._suggestions.clear()

    def _take_first(self) -> None:
        if self.field.text().strip() and self._suggestions.rowCount():
            self._picked(self._suggestions.index(0, 0))


class LogInteractionDialog(QDialog):
    def __init__(
        self,
        find_people: PeopleFinder,
        now: datetime,
        people: list[ContactRef],
        *,
        interaction: Interaction | None = None,
        kind: InteractionKind = InteractionKind.CALL,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("logInteractionDialog")
        self.setWindowTitle(
            self.tr("Edit interaction") if interaction else self.tr("Log interaction")
        )
        self.setMinimumWidth(520)
        self._now = now
        self._editing = interaction
        self.result_interaction: Interaction | None = None

        self.when = QDateTimeEdit()
        self.when.setObjectName("whenEdit")
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat("ddd d MMM yyyy  HH:mm")
        self.when.setDateTime(_qdatetime(interaction.occurred_at if interaction else now))
        now_button = _quick_button(
            self.tr("Now"), lambda: self.when.setDateTime(_qdatetime(self._now))
        )
        yesterday = _quick_button(
            self.tr("Yesterday"),
            lambda: self.when.setDate(_qdate(self._now.date() - timedelta(days=1))),
        )
        when_row = QHBoxLayout()
        when_row.addWidget(self.when, 1)
        when_row.addWidget(now_button)
        when_row.addWidget(yesterday)

        self.kind = QComboBox()
        self.kind.setObjectName("kindCombo")
        for k in InteractionKind:
            self.kind.addItem(kind_name(k), k.value)
        chosen = interaction.kind if interaction else kind
        self.kind.setCurrentIndex(max(0, self.kind.findData(InteractionKind(chosen).value)))

        self.people = PeoplePicker(find_people)
        self.people.set_people(people)
        self.summary = QLineEdit(interaction.summary if interaction else "")
        self.summary.setObjectName("summaryField")
        self.summary.setPlaceholderText(self.tr("One line: what it was about"))
        self.summary.returnPressed.connect(self.save)
        self.details = QPlainTextEdit(interaction.details if interaction else "")
        self.details.setObjectName("detailsField")
        self.details.setPlaceholderText(
            self.tr("Optional: notes, what you promised, what they need")
        )
        self.details.setTabChangesFocus(True)
        self.details.setFixedHeight(self.details.fontMetrics().lineSpacing() * 4 + 12)

        follow_up = interaction.follow_up_on if interaction else None
        self.follow_up_check = QCheckBox(self.tr("Follow up on"))
        self.follow_up_check.setObjectName("followUpCheck")
        self.follow_up_check.setChecked(follow_up is not None)
        self.follow_up = QDateEdit()
        self.follow_up.setObjectName("followUpDate")
        self.follow_up.setCalendarPopup(True)
        self.follow_up.setDisplayFormat("ddd d MMM yyyy")
        self.follow_up.setDate(_qdate(follow_up or now.date() + timedelta(days=FOLLOW_UP_DAYS)))
        self.follow_up.setEnabled(follow_up is not None)
        self.follow_up_check.toggled.connect(self.follow_up.setEnabled)
        follow_row = QHBoxLayout()
        follow_row.addWidget(self.follow_up_check)
        follow_row.addWidget(self.follow_up, 1)

        self.error = plain_label("", selectable=False)
        self.error.setObjectName("logError")
        self.error.setStyleSheet("color: #b3261e")
        self.error.hide()

        form = QFormLayout()
        form.addRow(self.tr("With"), self.people)
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("When"), when_row)
        form.addRow(self.tr("Summary"), self.summary)
        form.addRow(self.tr("Details"), self.details)
        form.addRow("", follow_row)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        for button in buttons.buttons():
            button.setAutoDefault(False)  # Enter belongs to the field that has it (see module doc)
            button.setDefault(False)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        hint = muted(plain_label(self.tr("Enter or Ctrl+Return saves"), selectable=False))
        bottom = QHBoxLayout()
        bottom.addWidget(hint, 1)
        bottom.addWidget(buttons)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.save)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addLayout(bottom)
        QWidget.setTabOrder(self.people.field, self.kind)
        QWidget.setTabOrder(self.kind, self.when)
        QWidget.setTabOrder(self.when, self.summary)
        QWidget.setTabOrder(self.summary, self.details)
        (self.summary if people else self.people.field).setFocus()

    def save(self) -> None:
        if not self.people.people:
            self._complain(self.tr("Add at least one person (type a name above)."))
            self.people.field.setFocus()
            return
        when = self.when.dateTime().toPython()
        self.result_interaction = Interaction(
            occurred_at=when.replace(second=0, microsecond=0) if not self._editing else when,
            kind=InteractionKind(self.kind.currentData()),
            summary=" ".join(self.summary.text().split()),
            contact_ids=[p.id for p in self.people.people],
            details=self.details.toPlainText().strip(),
            follow_up_on=self.follow_up.date().toPython()
            if self.follow_up_check.isChecked()
            else None,
            id=self._editing.id if self._editing else None,
        )
        self.accept()

    def _complain(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()


def _quick_button(text: str, slot: Callable[[], None]) -> QToolButton:
    button = QToolButton()
    button.setText(text)
    button.clicked.connect(slot)
    button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keep Tab on the fields
    return button


def _qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def _qdatetime(value: datetime) -> QDateTime:
    return QDateTime(_qdate(value.date()), QTime(value.hour, value.minute, value.second))
