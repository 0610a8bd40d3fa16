"""The timeline pane: what is coming, the history (one person's or everyone's), and who to reconnect with.

    TIMELINE   [Dana Kim | Everyone]                               [+ Log]
    COMING UP  Ben Okafor's birthday Fri · 2 follow-ups overdue · 12 to reconnect with
    [ History | Reconnect 12 ]
    [kind ▾] [tag ▾] [role ▾] [filter…]                  38 logged · you owe Dana one
    TODAY
    14:05  coffee / meal · Dana Kim
           k8s upgrade plan

Layout only: the history is a lazy TimelineModel, the reconnect list a ReconnectList; actions on
entries (log, edit, delete, snooze...) belong to ui/timeline_controller.py.
"""

from __future__ import annotations

import html
import logging
from datetime import date

from PySide6.QtCore import QLocale, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QListView,
    QStackedWidget,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from posse_desktop.domain import Changes, Contact, InteractionKind, Role
from posse_desktop.services.cadence import CadenceService
from posse_desktop.services.registry import Services
from posse_desktop.services.timeline import TimelineEntry, TimelineFilter
from posse_desktop.services.upcoming import UpcomingService
from posse_desktop.ui.models.timeline_delegate import TimelineDelegate
from posse_desktop.ui.models.timeline_model import TimelineModel
from posse_desktop.ui.panes.timeline_reconnect import ReconnectList
from posse_desktop.ui.panes.timeline_upcoming import UpcomingStrip
from posse_desktop.ui.role_names import kind_name, role_name
from posse_desktop.ui.widgets import muted, plain_label, section_caption
from posse_desktop.ui.worker import BackgroundTask

log = logging.getLogger(__name__)

RECONNECT_LIMIT = 50
UPCOMING_DAYS = 14
TEXT_FILTER_DELAY_MS = 250
HISTORY_TAB, RECONNECT_TAB = 0, 1


class TimelinePane(QWidget):
    def __init__(self, services: Services, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("timelinePane")
        self._services = services
        self._contact: Contact | None = None

        self.caption = section_caption(self.tr("Timeline"))
        self.person_button = _scope_button(self.tr("Selected person"), "scopePerson")
        self.everyone_button = _scope_button(self.tr("Everyone"), "scopeEveryone")
        self.scope = QButtonGroup(self)
        self.scope.addButton(self.person_button)
        self.scope.addButton(self.everyone_button)
        self.person_button.setChecked(True)
        self.scope.buttonToggled.connect(lambda _b, checked: checked and self.refresh_history())
        self.log_button = QToolButton()  # the controller gives it the Log Interaction action
        self.log_button.setObjectName("timelineLogButton")
        self.log_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        header = QHBoxLayout()
        header.addWidget(self.caption)
        header.addSpacing(8)
        header.addWidget(self.person_button)
        header.addWidget(self.everyone_button)
        header.addStretch(1)
        header.addWidget(self.log_button)

        self.upcoming = UpcomingStrip()

        self.kind_filter = _combo(
            self.tr("Filter by kind"),
            self.tr("All kinds"),
            [(kind_name(k), k.value) for k in InteractionKind],
        )
        self.tag_filter = _combo(self.tr("Filter by tag"), self.tr("Any tag"), [])
        self.role_filter = _combo(
            self.tr("Filter by role"), self.tr("Any role"), [(role_name(r), r.value) for r in Role]
        )
        self.text_filter = QLineEdit()
        self.text_filter.setObjectName("timelineTextFilter")
        self.text_filter.setPlaceholderText(self.tr("Filter by words…"))
        self.text_filter.setAccessibleName(self.tr("Filter the timeline by words"))
        self.text_filter.setClearButtonEnabled(True)
        self._text_timer = QTimer(self, singleShot=True, interval=TEXT_FILTER_DELAY_MS)
        self._text_timer.timeout.connect(self.refresh_history)
        self.text_filter.textChanged.connect(lambda _: self._text_timer.start())
        for combo in (self.kind_filter, self.tag_filter, self.role_filter):
            combo.currentIndexChanged.connect(lambda _: self.refresh_history())
        self.summary_label = muted(plain_label("", selectable=False))
        self.summary_label.setObjectName("timelineSummary")
        filters = QHBoxLayout()
        filters.addWidget(self.kind_filter)
        filters.addWidget(self.tag_filter)
        filters.addWidget(self.role_filter)
        filters.addWidget(self.text_filter, 1)

        self.model = TimelineModel(services.timeline, self)
        self.view = QListView()
        self.view.setObjectName("timelineList")
        self.view.setAccessibleName(self.tr("Timeline"))
        self.view.setModel(self.model)
        self.view.setItemDelegate(TimelineDelegate(self.today, self.view))
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.empty_state = muted(plain_label("", selectable=False))
        self.empty_state.setObjectName("timelineEmptyState")
        self.empty_state.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.empty_state)
        history = QWidget()
        history_layout = QVBoxLayout(history)
        history_layout.setContentsMargins(0, 6, 0, 0)
        history_layout.addLayout(filters)
        history_layout.addWidget(self.summary_label)
        history_layout.addWidget(self.stack, 1)

        self.reconnect = ReconnectList(self.today)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("timelineTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(history, self.tr("History"))
        self.tabs.addTab(self.reconnect, self.tr("Reconnect"))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addLayout(header)
        layout.addWidget(self.upcoming)
        layout.addWidget(self.tabs, 1)
        # The history, the strip and the Reconnect tab are filled once the window has painted
        # (the main window calls load_deferred) unless a contact is shown first: none of it is
        # what a first start needs on screen, and 50 reconnect rows cost more than the rest.
        self._contact = None
        self.person_button.setEnabled(False)
        self.person_button.setText(self.tr("Selected person"))
        self._history_loaded = False
        self._reminders_loaded = False
        self._reminders_generation = 0  # the newest read wins
        self._reminders_task: BackgroundTask | None = None

    # --- the pane interface ------------------------------------------------------------------

    def today(self) -> date:
        return self._services.upcoming.today()

    def show_contact(self, contact: Contact | None) -> None:
        self._contact = contact
        name = contact.display_name if contact else ""
        self.person_button.setEnabled(contact is not None)
        self.person_button.setText(_first_name(name) if contact else self.tr("Selected person"))
        self.person_button.setToolTip(
            html.escape(self.tr("Only your history with %1").replace("%1", name)) if contact else ""
        )
        self.refresh_history()

    def apply_changes(self, changes: Changes) -> None:
        if changes.empty:
            return
        self.refresh_history(keep_rows=True)
        self.refresh_reminders()

    @property
    def shows_everyone(self) -> bool:
        return self._contact is None or self.everyone_button.isChecked()

    def current_filter(self) -> TimelineFilter:
        kind = self.kind_filter.currentData()
        role = self.role_filter.currentData()
        return TimelineFilter(
            contact_id=None if self.shows_everyone or self._contact is None else self._contact.id,
            kinds=frozenset({InteractionKind(kind)}) if kind else None,
            tag=self.tag_filter.currentData() or None,
            role=Role(role) if role else None,
            text=self.text_filter.text().strip() or None,
        )

    def selected_entries(self) -> list[TimelineEntry]:
        rows = sorted(i.row() for i in self.view.selectionModel().selectedRows())
        if not rows and self.view.currentIndex().isValid():
            rows = [self.view.currentIndex().row()]
        return [e for e in (self.model.entry(r) for r in rows) if e is not None]

    # --- refresh -----------------------------------------------------------------------------

    def refresh_history(self, *, keep_rows: bool = False) -> None:
        self._history_loaded = True
        filt = self.current_filter()
        if keep_rows and filt == self.model.filter:
            self.model.reload()
        else:
            self.model.set_filter(filt)
        self._update_summary(filt)
        if self.model.rowCount():
            self.stack.setCurrentWidget(self.view)
            return
        filtered = filt.kinds or filt.tag or filt.role or filt.text
        if filtered:
            message = self.tr("Nothing matches these filters.")
        elif filt.contact_id is not None and self._contact is not None:
            message = self.tr(
                "Nothing logged with %1 yet.\n\nPress Ctrl+L to log a call, a coffee or a favor."
            ).replace("%1", self._contact.display_name)
        else:
            message = self.tr(
                "Your timeline is empty.\n\nPress Ctrl+L to log your first interaction."
            )
        self.empty_state.setText(message)
        self.stack.setCurrentWidget(self.empty_state)

    def load_deferred(self) -> None:
        if not self._history_loaded:
            self.refresh_history()
        if not self._reminders_loaded:
            self._refresh_tags()
            self._load_reminders_in_background()

    def refresh_reminders(self) -> None:
        """The strip and the Reconnect tab, now (after a change: each one indexed query)."""
        self._reminders_loaded = True
        self._reminders_generation += 1
        self._show_reminders(_read_reminders(self._services.cadence, self._services.upcoming))
        self._refresh_tags()

    def _load_reminders_in_background(self) -> None:
        """The first read just after start-up: SQLite's cache is cold then and the integrity
        check reads the file meanwhile, so it takes 0.1-0.5 s on 100k contacts. Off the GUI
        thread; a refresh made meanwhile (a change) wins over this older read."""
        self._reminders_loaded = True
        self._reminders_generation += 1
        generation = self._reminders_generation
        cadence, upcoming = self._services.cadence, self._services.upcoming
        task = BackgroundTask(
            lambda _progress, _cancelled: _read_reminders(cadence, upcoming), self
        )

        def show_if_newest(read: tuple[list, object]) -> None:
            if generation == self._reminders_generation:
                self._show_reminders(read)

        task.finished.connect(show_if_newest)
        task.failed.connect(lambda message, _details: log.warning("reminders: %s", message))
        self._reminders_task = task
        task.start()

    @property
    def reminders_ready(self) -> bool:
        """True once the strip and the Reconnect tab show their first read."""
        return self._reminders_loaded and (
            self._reminders_task is None or self._reminders_task.done
        )

    def shutdown(self) -> None:
        """The window is closing: a read still running must end before its thread object goes."""
        if self._reminders_task is not None:
            self._reminders_task.wait()

    def _show_reminders(self, read: tuple[list, object]) -> None:
        entries, upcoming = read
        self.reconnect.show_entries(entries)
        more = len(entries) >= RECONNECT_LIMIT
        if entries:
            count = QLocale().toString(len(entries)) + ("+" if more else "")
            self.tabs.setTabText(RECONNECT_TAB, self.tr("Reconnect %1").replace("%1", count))
        else:
            self.tabs.setTabText(RECONNECT_TAB, self.tr("Reconnect"))
        self.upcoming.show_upcoming(upcoming, len(entries), more=more)

    def _refresh_tags(self) -> None:
        current = self.tag_filter.currentData()
        tags = self._services.contacts.known_tags()
        if [self.tag_filter.itemData(i) for i in range(1, self.tag_filter.count())] == tags:
            return
        self.tag_filter.blockSignals(True)
        self.tag_filter.clear()
        self.tag_filter.addItem(self.tr("Any tag"), None)
        for tag in tags:
            self.tag_filter.addItem(tag, tag)
        index = self.tag_filter.findData(current) if current else 0
        self.tag_filter.setCurrentIndex(max(index, 0))
        self.tag_filter.blockSignals(False)

    def _update_summary(self, filt: TimelineFilter) -> None:
        parts = []
        if filt.contact_id is not None and self._contact is not None:
            count = self._services.timeline.count(filt.contact_id)
            text = self.tr("%1 logged with %2").replace("%1", QLocale().toString(count))
            parts.append(text.replace("%2", self._contact.display_name))
            phrase = self._services.ledger.for_contacts([filt.contact_id]).get(filt.contact_id)
            if phrase and phrase.phrase:
                parts.append(phrase.phrase)
        elif not (filt.kinds or filt.tag or filt.role or filt.text):
            count = self._services.timeline.count()
            parts.append(
                self.tr("%1 logged in your whole network").replace("%1", QLocale().toString(count))
            )
        self.summary_label.setText(" · ".join(parts))
        self.summary_label.setVisible(bool(parts))


def _read_reminders(cadence: CadenceService, upcoming: UpcomingService) -> tuple[list, object]:
    """The Reconnect list and the coming-up strip's data: services only, so any thread may run it."""
    entries = cadence.reconnect_list(RECONNECT_LIMIT)
    return entries, upcoming.upcoming(UPCOMING_DAYS, reconnect_limit=0)


def _scope_button(text: str, name: str) -> QToolButton:
    button = QToolButton()
    button.setText(text)
    button.setObjectName(name)
    button.setCheckable(True)
    button.setAutoRaise(True)
    return button


def _combo(accessible: str, any_label: str, items: list[tuple[str, object]]) -> QComboBox:
    combo = QComboBox()
    combo.setAccessibleName(accessible)
    combo.addItem(any_label, None)
    for label, value in items:
        combo.addItem(label, value)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
    return combo


def _first_name(name: str) -> str:
    return name.split()[0] if name.split() else name
