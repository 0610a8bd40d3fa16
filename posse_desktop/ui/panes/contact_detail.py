"""The read view of one contact: photo or initials, who they are, how to reach them, what they know."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QScrollArea, QToolButton, QVBoxLayout, QWidget

from posse_desktop.domain import Contact, ExpertiseLevel
from posse_desktop.links import link_for_email, link_for_phone, link_for_web
from posse_desktop.ui.avatar import avatar_pixmap
from posse_desktop.ui.images import decode_photo
from posse_desktop.ui.role_names import level_name, role_name
from posse_desktop.ui.widgets import (
    clear_layout,
    heading_label,
    muted,
    plain_label,
    plain_tooltip,
    section_caption,
)

AVATAR_SIZE = 72
LEVEL_DOTS = {
    ExpertiseLevel.BEGINNER: "●○○",
    ExpertiseLevel.AVERAGE: "●●○",
    ExpertiseLevel.EXPERT: "●●●",
}


class ContactDetail(QScrollArea):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("contactDetail")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self._body = QWidget()
        self._layout = QVBoxLayout(self._body)
        self._layout.setContentsMargins(20, 16, 20, 16)
        self._layout.setSpacing(6)
        self.setWidget(self._body)
        self.contact: Contact | None = None
        # Set by a feature controller: a widget under the name (strength, last contacted, favors).
        self.header_extra: Callable[[Contact], QWidget | None] | None = None
        self.setAccessibleName(self.tr("Contact details"))
        self.show_empty(self.tr("Select someone on the left, or press Ctrl+N to add a contact."))

    def show_empty(self, message: str) -> None:
        self.contact = None
        clear_layout(self._layout)
        label = muted(plain_label(message, selectable=False))
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setObjectName("detailEmptyState")
        self._layout.addStretch(1)
        self._layout.addWidget(label)
        self._layout.addStretch(2)

    def show_contact(self, contact: Contact) -> None:
        self.contact = contact
        clear_layout(self._layout)
        self._layout.addLayout(self._header(contact))
        if contact.deleted_at:
            self._layout.addWidget(muted(plain_label(self.tr("In the trash. Restore it to edit."))))
        if contact.expertise:
            self._section(self.tr("Expertise"))
            for exp in contact.expertise:
                text = f"{exp.skill}  {LEVEL_DOTS[exp.level]}  {level_name(exp.level)}"
                if exp.evidence:
                    text += f" — {exp.evidence}"
                self._layout.addWidget(plain_label(text))
        for caption, values, link_for in (
            (self.tr("Email"), contact.emails, link_for_email),
            (self.tr("Phone"), contact.phones, link_for_phone),
            (self.tr("Web"), contact.urls, link_for_web),
            (self.tr("Chat"), contact.ims, None),
        ):
            if values:
                self._section(caption)
                for item in values:
                    link = link_for(item.value) if link_for else None
                    self._layout.addLayout(self._labelled(item.label, item.value, link))
        if contact.addresses:
            self._section(self.tr("Address"))
            for address in contact.addresses:
                self._layout.addLayout(self._labelled(address.label, "\n".join(address.lines())))
        dates = [
            (self.tr("birthday"), contact.birthday),
            (self.tr("anniversary"), contact.anniversary),
        ]
        if any(value for _, value in dates):
            self._section(self.tr("Dates"))
            for caption, value in dates:
                if value:
                    self._layout.addLayout(self._labelled(caption, _format_date(value)))
        if contact.tags:
            self._section(self.tr("Tags"))
            self._layout.addWidget(plain_label(", ".join(contact.tags)))
        for caption, text in (
            (self.tr("How we met"), contact.how_we_met),
            (self.tr("Notes"), contact.notes),
        ):
            if text:
                self._section(caption)
                self._layout.addWidget(plain_label(text))
        self._layout.addStretch(1)

    def _header(self, contact: Contact) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setSpacing(14)
        avatar = plain_label(selectable=False)
        avatar.setObjectName("detailAvatar")
        image = decode_photo(contact.photo)
        avatar.setPixmap(
            avatar_pixmap(contact.display_name, AVATAR_SIZE, image, self.devicePixelRatioF())
        )
        avatar.setFixedSize(AVATAR_SIZE, AVATAR_SIZE)
        row.addWidget(avatar, 0, Qt.AlignmentFlag.AlignTop)
        text = QVBoxLayout()
        text.setSpacing(2)
        name = heading_label(contact.display_name or self.tr("(no name)"), scale=1.5)
        name.setObjectName("detailName")
        name.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        text.addWidget(name)
        if contact.nickname:
            text.addWidget(muted(plain_label(f"“{contact.nickname}”")))
        work = " · ".join(p for p in (contact.title, contact.department, contact.org) if p)
        if work:
            text.addWidget(plain_label(work))
        if contact.roles:
            roles = " · ".join(sorted(role_name(r) for r in contact.roles))
            text.addWidget(muted(plain_label(roles)))
        extra = self.header_extra(contact) if self.header_extra else None
        if extra is not None:
            text.addWidget(extra)
        row.addLayout(text, 1)
        return row

    def _section(self, caption: str) -> None:
        self._layout.addSpacing(8)
        self._layout.addWidget(section_caption(caption))

    def _labelled(self, label: str, value: str, link: str | None = None) -> QHBoxLayout:
        row = QHBoxLayout()
        caption = muted(plain_label(label or "", selectable=False))
        caption.setFixedWidth(90)
        caption.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        row.addWidget(caption)
        row.addWidget(plain_label(value), 1)
        if link is not None:
            # A button beside the plain text, never a rich-text link in it: the value came from
            # a file, and only http, https, mailto and tel links are ever opened.
            opener = QToolButton()
            opener.setObjectName("openLink")
            opener.setText(self.tr("Open"))
            opener.setAutoRaise(True)
            opener.setAccessibleName(self.tr("Open {0}").format(value))
            opener.setToolTip(plain_tooltip(link))
            opener.clicked.connect(lambda _=False, url=link: _open(url))
            row.addWidget(opener, 0, Qt.AlignmentFlag.AlignTop)
        return row


def _open(url: str) -> None:
    from posse_desktop.ui.link_opener import open_link  # on the first click, not at start-up

    open_link(url)


def _format_date(value) -> str:
    from PySide6.QtCore import QDate, QLocale

    locale = QLocale()  # the UI language's month names and day/month order
    if value.year:
        return locale.toString(
            QDate(value.year, value.month, value.day), QLocale.FormatType.LongFormat
        )
    day_month = QDate(2000, value.month, value.day)  # a leap year, so 29 February exists
    return locale.toString(day_month, "d MMMM")
