"""Editable lists of rows (emails, phones, addresses, expertise): add, remove, reorder by order."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from posse_desktop.domain import Address, Expertise, ExpertiseLevel, TypedValue
from posse_desktop.ui.role_names import level_name


class RowList(QWidget):
    """A vertical list of editor rows with a remove button each and an "add" button below."""

    def __init__(self, add_text: str, make_row: Callable[[], QWidget], parent=None) -> None:
        super().__init__(parent)
        self._make_row = make_row
        self._rows_layout = QVBoxLayout()
        self._rows_layout.setContentsMargins(0, 0, 0, 0)
        self._rows_layout.setSpacing(4)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addLayout(self._rows_layout)
        self.add_button = QPushButton(add_text)
        self.add_button.setAccessibleName(add_text)
        self.add_button.clicked.connect(lambda: self.add_row().setFocus())
        outer.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)

    def add_row(self, row: QWidget | None = None) -> QWidget:
        """Append `row` (a fresh empty one when None) and return it."""
        row = row if row is not None else self._make_row()
        container = QWidget()
        layout = QHBoxLayout(container)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(row, 1)
        remove = QPushButton(self.tr("Remove"))
        remove.setAccessibleName(self.tr("Remove this entry"))
        remove.clicked.connect(lambda: self._remove(container))
        layout.addWidget(remove)
        container.row = row  # type: ignore[attr-defined]
        self._rows_layout.addWidget(container)
        return row

    def rows(self) -> list[QWidget]:
        return [
            self._rows_layout.itemAt(i).widget().row  # type: ignore[attr-defined]
            for i in range(self._rows_layout.count())
        ]

    def _remove(self, container: QWidget) -> None:
        self._rows_layout.removeWidget(container)
        container.deleteLater()


class TypedValueRow(QWidget):
    def __init__(
        self, labels: list[str], placeholder: str, value: TypedValue | None = None
    ) -> None:
        super().__init__()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.label = QComboBox()
        self.label.setEditable(True)
        self.label.addItems(labels)
        self.label.setAccessibleName(self.tr("Label"))
        self.label.setMinimumWidth(90)
        self.value = QLineEdit()
        self.value.setPlaceholderText(placeholder)
        self.value.setAccessibleName(placeholder)
        layout.addWidget(self.label)
        layout.addWidget(self.value, 1)
        self.setFocusProxy(self.value)
        self._pref = False
        if value is not None:
            self.label.setCurrentText(value.label)
            self.value.setText(value.value)
            self._pref = value.pref

    def result(self) -> TypedValue | None:
        text = self.value.text().strip()
        return TypedValue(text, self.label.currentText().strip(), self._pref) if text else None


class AddressRow(QWidget):
    FIELDS = ("street", "locality", "postal_code", "region", "country")

    def __init__(self, address: Address | None = None) -> None:
        super().__init__()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.label = QComboBox()
        self.label.setEditable(True)
        self.label.addItems(["home", "work", "other"])  # vCard TYPE values: data, not prose
        self.label.setAccessibleName(self.tr("Label"))
        placeholders = {
            "street": self.tr("Street"),
            "locality": self.tr("City"),
            "postal_code": self.tr("Postal code"),
            "region": self.tr("Region"),
            "country": self.tr("Country"),
        }
        layout.addWidget(self.label)
        self.edits: dict[str, QLineEdit] = {}
        for attr in self.FIELDS:
            placeholder = placeholders[attr]
            edit = QLineEdit()
            edit.setPlaceholderText(placeholder)
            edit.setAccessibleName(placeholder)
            layout.addWidget(edit, 2 if attr == "street" else 1)
            self.edits[attr] = edit
        self.setFocusProxy(self.edits["street"])
        self._hidden: dict[str, str] = {}
        if address is not None:
            self.label.setCurrentText(address.label)
            for attr, edit in self.edits.items():
                edit.setText(getattr(address, attr))
            # Parts without an editor here are kept, not silently dropped.
            self._hidden = {
                "po_box": address.po_box,
                "extended": address.extended,
                "pref": address.pref,
            }

    def result(self) -> Address | None:
        values = {attr: edit.text().strip() for attr, edit in self.edits.items()}
        address = Address(label=self.label.currentText().strip(), **values, **self._hidden)
        return None if address.is_empty else address


class ExpertiseRow(QWidget):
    def __init__(self, known_skills: list[str], expertise: Expertise | None = None) -> None:
        super().__init__()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.skill = QLineEdit()
        self.skill.setPlaceholderText(self.tr("Skill, e.g. kubernetes"))
        self.skill.setAccessibleName(self.tr("Skill"))
        completer = QCompleter(known_skills, self.skill)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.skill.setCompleter(completer)
        self.level = QComboBox()
        self.level.setAccessibleName(self.tr("Level"))
        for level in ExpertiseLevel:
            self.level.addItem(level_name(level), level.value)
        self.level.setCurrentIndex(1)
        self.evidence = QLineEdit()
        self.evidence.setPlaceholderText(self.tr("Evidence (optional)"))
        self.evidence.setAccessibleName(self.tr("Evidence"))
        layout.addWidget(self.skill, 2)
        layout.addWidget(self.level)
        layout.addWidget(self.evidence, 3)
        self.setFocusProxy(self.skill)
        self._confirmed = None
        if expertise is not None:
            self.skill.setText(expertise.skill)
            self.level.setCurrentIndex(self.level.findData(expertise.level.value))
            self.evidence.setText(expertise.evidence)
            self._confirmed = expertise.confirmed_on

    def result(self) -> Expertise | None:
        skill = self.skill.text().strip()
        if not skill:
            return None
        level = ExpertiseLevel(self.level.currentData())
        return Expertise(skill, level, self.evidence.text().strip(), self._confirmed)
