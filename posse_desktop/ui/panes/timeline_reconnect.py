"""The Reconnect list: who is going cold, most overdue × strongest first, with actions in place.

Each row offers Log (opens the log dialog for that person), Snooze (a week to three months) and the
cadence ("every 6 weeks"), changed from a menu. The widget only emits requests; the timeline
controller turns them into undoable service calls.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, QLocale, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QMenu,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from posse_desktop.domain import Role
from posse_desktop.services.cadence import ReconnectEntry
from posse_desktop.ui.role_names import role_name
from posse_desktop.ui.time_words import ago_text, span_text
from posse_desktop.ui.widgets import clear_layout, muted, plain_label

translate = QCoreApplication.translate  # the name pyside6-lupdate looks for

SNOOZE_DAYS = (7, 14, 30, 91)
CADENCE_CHOICES = (14, 30, 42, 60, 90, 182, 365)


def snooze_text(days: int) -> str:
    """'for 1 week', 'for 2 weeks', 'for 1 month', 'for 3 months'."""
    text = {
        7: translate("ReconnectList", "for 1 week"),
        14: translate("ReconnectList", "for 2 weeks"),
        30: translate("ReconnectList", "for 1 month"),
        91: translate("ReconnectList", "for 3 months"),
    }
    return text[days]


def cadence_text(days: int | None) -> str:
    """'every week', 'every 6 weeks', 'every 2 months', 'every year', 'every 10 days'."""
    if not days:
        return translate("ReconnectList", "never")
    one = {
        "year": translate("ReconnectList", "every year"),
        "month": translate("ReconnectList", "every month"),
        "week": translate("ReconnectList", "every week"),
        "day": translate("ReconnectList", "every day"),
    }
    many = {
        "year": translate("ReconnectList", "every %1 years"),
        "month": translate("ReconnectList", "every %1 months"),
        "week": translate("ReconnectList", "every %1 weeks"),
        "day": translate("ReconnectList", "every %1 days"),
    }
    count, unit = days, "day"
    for length, name in ((365, "year"), (30, "month"), (7, "week")):
        if days % length == 0 or (name == "month" and days in (91, 182)):
            count, unit = round(days / length), name
            break
    return one[unit] if count == 1 else many[unit].replace("%1", QLocale().toString(count))


def overdue_text(days_late: int) -> str:
    if days_late <= 0:
        return translate("ReconnectList", "due today")
    return translate("ReconnectList", "%1 overdue").replace("%1", span_text(days_late))


def source_text(source: str) -> str:
    """'role:mentor' -> 'mentor default'; 'contact' -> 'set for them'."""
    if source == "contact":
        return translate("ReconnectList", "set for them")
    if ":" in source:
        kind, name = source.split(":", 1)
        try:
            name = role_name(Role(name)) if kind == "role" else name  # a tag stays as typed
        except ValueError:
            name = name.replace("-", " ")
        return translate("ReconnectList", "%1 default").replace("%1", name)
    return translate("ReconnectList", "default")


class ReconnectRow(QFrame):
    def __init__(self, entry: ReconnectEntry, owner: ReconnectList) -> None:
        super().__init__()
        self.entry = entry
        self.setObjectName(f"reconnect_{entry.contact_id}")
        name = plain_label(entry.name, selectable=False)
        bold = QFont(name.font())
        bold.setWeight(QFont.Weight.DemiBold)
        name.setFont(bold)
        # A right-to-left name keeps to the left edge like the others in a left-to-right list.
        name.setAlignment(Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignLeft)
        late = entry.days_since - entry.cadence_days
        last = (
            self.tr("last contact %1").replace("%1", ago_text(entry.days_since))
            if entry.last_contacted_at
            else self.tr("never contacted")
        )
        strength = self.tr("strength %1").replace("%1", QLocale().toString(entry.strength))
        detail = muted(plain_label(f"{overdue_text(late)} · {last} · {strength}", selectable=False))
        text = QVBoxLayout()
        text.setSpacing(0)
        text.addWidget(name)
        text.addWidget(detail)

        self.log_button = QToolButton()
        self.log_button.setText(self.tr("Log…"))
        self.log_button.setToolTip(
            html.escape(self.tr("Log an interaction with %1").replace("%1", entry.name))
        )
        self.log_button.clicked.connect(lambda: owner.log_requested.emit(entry.contact_id))
        self.snooze_button = _menu_button(self.tr("Snooze"), owner._snooze_menu(entry))
        self.cadence_button = _menu_button(
            cadence_text(entry.cadence_days), owner._cadence_menu(entry)
        )
        self.cadence_button.setToolTip(
            html.escape(f"{cadence_text(entry.cadence_days)} ({source_text(entry.cadence_source)})")
        )
        row = QHBoxLayout(self)
        row.setContentsMargins(6, 4, 6, 4)
        row.addLayout(text, 1)
        for button in (self.log_button, self.snooze_button, self.cadence_button):
            row.addWidget(button, 0, Qt.AlignmentFlag.AlignVCenter)


def _menu_button(text: str, menu: QMenu) -> QToolButton:
    button = QToolButton()
    button.setText(text)
    button.setMenu(menu)
    button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
    return button


class ReconnectList(QScrollArea):
    log_requested = Signal(int)  # contact id
    snooze_requested = Signal(int, object)  # contact id, date (exclusive) or None
    cadence_requested = Signal(int, object)  # contact id, days (0: never) or None (defaults)

    def __init__(self, today: Callable[[], date], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reconnectList")
        self.setAccessibleName(self.tr("Reconnect"))
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self._today = today
        self._body = QWidget()
        self._layout = QVBoxLayout(self._body)
        self._layout.setContentsMargins(0, 4, 0, 4)
        self._layout.setSpacing(2)
        self.setWidget(self._body)
        self.rows: list[ReconnectRow] = []

    def show_entries(self, entries: list[ReconnectEntry]) -> None:
        clear_layout(self._layout)
        self.rows = [ReconnectRow(e, self) for e in entries]
        for row in self.rows:
            self._layout.addWidget(row)
        if not entries:
            empty = muted(
                plain_label(
                    self.tr(
                        "No one is overdue. Set how often to keep in touch with someone from the "
                        "menu of any row here, or give people roles (mentors every 2 months…)."
                    ),
                    selectable=False,
                )
            )
            empty.setObjectName("reconnectEmptyState")
            empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self._layout.addWidget(empty)
        self._layout.addStretch(1)

    def contact_ids(self) -> list[int]:
        return [row.entry.contact_id for row in self.rows]

    def _snooze_menu(self, entry: ReconnectEntry) -> QMenu:
        return _filled_on_show(QMenu(self), lambda menu: self._fill_snooze(menu, entry))

    def _fill_snooze(self, menu: QMenu, entry: ReconnectEntry) -> None:
        for days in SNOOZE_DAYS:
            action = menu.addAction(snooze_text(days))
            action.triggered.connect(
                lambda _=False, d=days: self.snooze_requested.emit(
                    entry.contact_id, self._today() + timedelta(days=d)
                )
            )

    def _cadence_menu(self, entry: ReconnectEntry) -> QMenu:
        return _filled_on_show(QMenu(self), lambda menu: self._fill_cadence(menu, entry))

    def _fill_cadence(self, menu: QMenu, entry: ReconnectEntry) -> None:
        for days in CADENCE_CHOICES:
            action = menu.addAction(cadence_text(days))
            action.setCheckable(True)
            action.setChecked(days == entry.cadence_days)
            action.triggered.connect(
                lambda _=False, d=days: self.cadence_requested.emit(entry.contact_id, d)
            )
        menu.addSeparator()
        menu.addAction(self.tr("Use the role and tag defaults")).triggered.connect(
            lambda: self.cadence_requested.emit(entry.contact_id, None)
        )
        menu.addAction(self.tr("Never remind me")).triggered.connect(
            lambda: self.cadence_requested.emit(entry.contact_id, 0)
        )


def _filled_on_show(menu: QMenu, fill: Callable[[QMenu], None]) -> QMenu:
    """Build a menu's actions the first time it opens: fifty rows of two menus each were a
    third of the pane's cost at start-up."""

    def ensure_filled() -> None:
        if not menu.actions():
            fill(menu)

    menu.aboutToShow.connect(ensure_filled)
    return menu
