"""Edit every field of a contact. Returns a ContactData; the caller turns it into an undo command."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from posse_desktop.domain import ContactData, PartialDate, Role, StructuredName
from posse_desktop.ui.avatar import avatar_pixmap
from posse_desktop.ui.dialogs.row_lists import AddressRow, ExpertiseRow, RowList, TypedValueRow
from posse_desktop.ui.images import decode_photo
from posse_desktop.ui.role_names import role_name
from posse_desktop.ui.widgets import plain_message

PHOTO_MAX_BYTES = 5 * 1024 * 1024
EMAIL_LABELS = ["work", "home", "other"]
PHONE_LABELS = ["mobile", "work", "home", "main", "other"]
URL_LABELS = ["website", "linkedin", "mastodon", "github", "blog", "other"]
IM_LABELS = ["signal", "telegram", "whatsapp", "matrix", "skype", "other"]


class ContactEditor(QDialog):
    def __init__(
        self,
        data: ContactData,
        *,
        known_tags: list[str],
        known_skills: list[str],
        title: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title or self.tr("Edit contact"))
        self.setObjectName("contactEditor")
        self.resize(760, 620)
        self._original = data
        self._photo, self._photo_mime = data.photo, data.photo_mime
        self._known_skills = known_skills
        tabs = QTabWidget()
        tabs.addTab(self._scroll(self._basics_tab(data)), self.tr("Basics"))
        tabs.addTab(self._scroll(self._reach_tab(data)), self.tr("Contact details"))
        tabs.addTab(self._scroll(self._posse_tab(data, known_tags)), self.tr("Posse"))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(tabs)
        layout.addWidget(buttons)
        self.result_data: ContactData | None = None
        self.given.setFocus()

    # --- tabs ---------------------------------------------------------------------------------

    def _basics_tab(self, data: ContactData) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.photo_label = QLabel()
        self.photo_label.setFixedSize(72, 72)
        self._refresh_photo()
        choose = QPushButton(self.tr("Choose photo…"))
        choose.clicked.connect(self._choose_photo)
        remove = QPushButton(self.tr("Remove photo"))
        remove.clicked.connect(self._remove_photo)
        photo_row = QHBoxLayout()
        photo_row.addWidget(self.photo_label)
        photo_row.addWidget(choose)
        photo_row.addWidget(remove)
        photo_row.addStretch(1)
        form.addRow(self.tr("Photo"), photo_row)
        name = data.name
        self.prefix = self._line(form, self.tr("Prefix"), name.prefix, self.tr("e.g. Dr."))
        self.given = self._line(form, self.tr("Given name"), name.given)
        self.additional = self._line(form, self.tr("Middle name"), name.additional)
        self.family = self._line(form, self.tr("Family name"), name.family)
        self.suffix = self._line(form, self.tr("Suffix"), name.suffix, self.tr("e.g. Jr."))
        self.formatted = self._line(
            form,
            self.tr("Display name"),
            data.formatted_name,
            self.tr("leave empty to build it from the name"),
        )
        self.nickname = self._line(form, self.tr("Nickname"), data.nickname)
        self.org = self._line(form, self.tr("Organization"), data.org)
        self.department = self._line(form, self.tr("Department"), data.department)
        self.job_title = self._line(form, self.tr("Job title"), data.title)
        self.birthday = self._line(
            form,
            self.tr("Birthday"),
            data.birthday.iso() if data.birthday else "",
            self.tr("YYYY-MM-DD or --MM-DD"),
        )
        self.anniversary = self._line(
            form,
            self.tr("Anniversary"),
            data.anniversary.iso() if data.anniversary else "",
            self.tr("YYYY-MM-DD or --MM-DD"),
        )
        return page

    def _reach_tab(self, data: ContactData) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.emails = self._typed_list(
            form,
            self.tr("Email"),
            self.tr("Add email"),
            EMAIL_LABELS,
            "name@example.com",
            data.emails,
        )
        self.phones = self._typed_list(
            form, self.tr("Phone"), self.tr("Add phone"), PHONE_LABELS, "+1 555 0100", data.phones
        )
        self.urls = self._typed_list(
            form, self.tr("Web"), self.tr("Add website"), URL_LABELS, "https://…", data.urls
        )
        self.ims = self._typed_list(
            form,
            self.tr("Chat"),
            self.tr("Add chat handle"),
            IM_LABELS,
            self.tr("handle"),
            data.ims,
        )
        self.addresses = RowList(self.tr("Add address"), AddressRow)
        for address in data.addresses:
            self.addresses.add_row(AddressRow(address))
        form.addRow(self.tr("Address"), self.addresses)
        return page

    def _posse_tab(self, data: ContactData, known_tags: list[str]) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.tags = self._line(
            form,
            self.tr("Tags"),
            ", ".join(data.tags),
            self.tr("comma-separated, e.g. friends, acme"),
        )
        completer = QCompleter(known_tags, self.tags)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.tags.setCompleter(completer)
        roles = QWidget()
        grid = QGridLayout(roles)
        grid.setContentsMargins(0, 0, 0, 0)
        self.role_boxes: dict[Role, QCheckBox] = {}
        for i, role in enumerate(Role):
            box = QCheckBox(role_name(role))
            box.setChecked(role in data.roles)
            grid.addWidget(box, i // 4, i % 4)
            self.role_boxes[role] = box
        form.addRow(self.tr("Roles"), roles)
        self.expertise = RowList(self.tr("Add skill"), lambda: ExpertiseRow(self._known_skills))
        for exp in data.expertise:
            self.expertise.add_row(ExpertiseRow(self._known_skills, exp))
        form.addRow(self.tr("Expertise"), self.expertise)
        self.cadence = QSpinBox()
        self.cadence.setRange(0, 3650)
        self.cadence.setSpecialValueText(self.tr("no reminder"))
        self.cadence.setSuffix(self.tr(" days"))
        self.cadence.setValue(data.cadence_days or 0)
        self.cadence.setAccessibleName(self.tr("Keep in touch every"))
        form.addRow(self.tr("Keep in touch every"), self.cadence)
        self.how_we_met = self._text(form, self.tr("How we met"), data.how_we_met)
        self.notes = self._text(form, self.tr("Notes"), data.notes)
        return page

    # --- building blocks ----------------------------------------------------------------------

    def _line(self, form: QFormLayout, label: str, text: str, placeholder: str = "") -> QLineEdit:
        edit = QLineEdit(text)
        edit.setPlaceholderText(placeholder)
        edit.setAccessibleName(label)
        form.addRow(label, edit)
        return edit

    def _text(self, form: QFormLayout, label: str, text: str) -> QPlainTextEdit:
        edit = QPlainTextEdit(text)
        edit.setAccessibleName(label)
        edit.setTabChangesFocus(True)
        edit.setFixedHeight(90)
        form.addRow(label, edit)
        return edit

    def _typed_list(self, form, caption, add_text, labels, placeholder, values) -> RowList:
        rows = RowList(add_text, lambda: TypedValueRow(labels, placeholder))
        for value in values:
            rows.add_row(TypedValueRow(labels, placeholder, value))
        form.addRow(caption, rows)
        return rows

    @staticmethod
    def _scroll(widget: QWidget) -> QScrollArea:
        # The stretch below the form keeps rows at their natural height in a tall dialog.
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(widget)
        column.addStretch(1)
        area = QScrollArea()
        area.setWidgetResizable(True)
        area.setWidget(holder)
        return area

    # --- photo --------------------------------------------------------------------------------

    def _refresh_photo(self) -> None:
        name = self._original.display_name
        image = decode_photo(self._photo)
        self.photo_label.setPixmap(avatar_pixmap(name, 72, image, self.devicePixelRatioF()))

    def _choose_photo(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a photo"), "", self.tr("Images (*.jpg *.jpeg *.png *.gif)")
        )
        if path:
            self.set_photo_file(Path(path))

    def set_photo_file(self, path: Path) -> bool:
        data = path.read_bytes() if path.stat().st_size <= PHOTO_MAX_BYTES else b""
        if decode_photo(data) is None:
            plain_message(  # a file name: never HTML
                self,
                QMessageBox.Icon.Warning,
                self.tr("Photo not used"),
                self.tr("%1 is not a JPEG, PNG or GIF image under 5 MB and 40 megapixels.").replace(
                    "%1", path.name
                ),
            )
            return False
        self._photo = data
        self._photo_mime = {"\x89P": "image/png", "GI": "image/gif"}.get(
            data[:2].decode("latin-1"), "image/jpeg"
        )
        self._refresh_photo()
        return True

    def _remove_photo(self) -> None:
        self._photo, self._photo_mime = None, ""
        self._refresh_photo()

    # --- result -------------------------------------------------------------------------------

    def collect(self) -> ContactData:
        """The edited contact. Raises ValueError naming the field when a value is invalid."""
        try:
            birthday = PartialDate.parse(self.birthday.text())
        except ValueError as exc:
            raise ValueError(self.tr("Birthday: %1").replace("%1", str(exc))) from None
        try:
            anniversary = PartialDate.parse(self.anniversary.text())
        except ValueError as exc:
            raise ValueError(self.tr("Anniversary: %1").replace("%1", str(exc))) from None
        return replace(
            self._original,
            name=StructuredName(
                family=self.family.text().strip(),
                given=self.given.text().strip(),
                additional=self.additional.text().strip(),
                prefix=self.prefix.text().strip(),
                suffix=self.suffix.text().strip(),
            ),
            formatted_name=self.formatted.text().strip(),
            nickname=self.nickname.text().strip(),
            org=self.org.text().strip(),
            department=self.department.text().strip(),
            title=self.job_title.text().strip(),
            birthday=birthday,
            anniversary=anniversary,
            emails=_results(self.emails),
            phones=_results(self.phones),
            urls=_results(self.urls),
            ims=_results(self.ims),
            addresses=_results(self.addresses),
            tags=[t.strip() for t in self.tags.text().split(",") if t.strip()],
            roles={role for role, box in self.role_boxes.items() if box.isChecked()},
            expertise=_results(self.expertise),
            cadence_days=self.cadence.value() or None,
            how_we_met=self.how_we_met.toPlainText().strip(),
            notes=self.notes.toPlainText().rstrip(),
            photo=self._photo,
            photo_mime=self._photo_mime,
        )

    def accept(self) -> None:
        try:
            data = self.collect()
        except ValueError as exc:
            plain_message(self, QMessageBox.Icon.Warning, self.tr("Check this field"), str(exc))
            return
        if not data.display_name:
            QMessageBox.warning(
                self,
                self.tr("Name needed"),
                self.tr("Give the contact a name, an organization, an email or a phone number."),
            )
            return
        self.result_data = data
        super().accept()


def _results(rows: RowList) -> list:
    return [r for r in (row.result() for row in rows.rows()) if r is not None]
