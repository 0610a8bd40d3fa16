"""The ask-for-help pane: "what is the tough project?", who can help, tough projects, coverage.

Reads run on a background reader (ui/help_reader.py) so typing never waits for the ranking; the
pane emits signals for every write and ui/help_controller.py turns them into undoable commands.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QLocale, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import QLineEdit, QStackedWidget, QTabWidget, QVBoxLayout, QWidget

from posse_desktop.domain import Changes, Contact
from posse_desktop.domain.help import HelpAnswer
from posse_desktop.services.localtime import local_now
from posse_desktop.services.registry import Services
from posse_desktop.ui.help_reader import HelpReader
from posse_desktop.ui.panes.help_answer_view import HelpAnswerView
from posse_desktop.ui.panes.help_contact_view import HelpContactView
from posse_desktop.ui.panes.help_coverage_view import HelpCoverageView
from posse_desktop.ui.panes.help_requests_view import HelpRequestsView
from posse_desktop.ui.widgets import section_caption

ASK_DELAY_MS = 250  # typing pauses this long before Posse asks
ANSWER_LIMIT = 20
ASK, COVERAGE, SUGGEST, WARM = "ask", "coverage", "suggest", "warm"


class HelpPane(QWidget):
    contact_activated = Signal(int)
    save_requested = Signal(str, list)  # topic, candidate ids best first
    answered = Signal(object)  # HelpAnswer, once shown

    def __init__(self, services: Services, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("helpPane")
        self.setMinimumWidth(260)
        self._services = services
        # Its own instance, used only on the reader thread: the snapshot it caches is tied to
        # that thread's connection (see help_reader.py).
        from posse_desktop.services.help import HelpService

        self._help = HelpService(services.clock)
        self.reader = HelpReader(self)
        self.reader.answered.connect(self._on_answered)
        self.reader.failed.connect(self._on_failed)
        self.last_ask_seconds: float | None = None
        self._asked_at = 0.0
        self._asked_text = ""
        self._coverage_loaded = False
        self._warm_requested = False

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.setSpacing(6)
        layout.addWidget(section_caption(self.tr("Ask for help")))
        self.ask_input = QLineEdit()
        self.ask_input.setObjectName("helpAskInput")
        self.ask_input.setPlaceholderText(self.tr("what is the tough project?"))
        self.ask_input.setClearButtonEnabled(True)
        self.ask_input.setAccessibleName(self.tr("Ask for help"))
        self.ask_input.installEventFilter(self)
        layout.addWidget(self.ask_input)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("helpTabs")
        self.tabs.setDocumentMode(True)
        self.stack = QStackedWidget()
        self.contact_view = HelpContactView()
        self.answer_view = HelpAnswerView()
        self.stack.addWidget(self.contact_view)
        self.stack.addWidget(self.answer_view)
        self.requests_view = HelpRequestsView()
        self.tabs.addTab(self.stack, self.tr("Who can help"))
        self.tabs.addTab(self.requests_view, self.tr("Tough projects"))
        layout.addWidget(self.tabs, 1)
        self.coverage_view = HelpCoverageView()
        layout.addWidget(self.coverage_view)

        self._ask_timer = QTimer(self)
        self._ask_timer.setSingleShot(True)
        self._ask_timer.setInterval(ASK_DELAY_MS)
        self._ask_timer.timeout.connect(self.ask_now)
        self._reask_timer = QTimer(self)
        self._reask_timer.setSingleShot(True)
        self._reask_timer.setInterval(ASK_DELAY_MS)
        self._reask_timer.timeout.connect(self._ask)
        self._coverage_timer = QTimer(self)  # writes come in bursts; recount once after them
        self._coverage_timer.setSingleShot(True)
        self._coverage_timer.setInterval(400)
        self._coverage_timer.timeout.connect(self.refresh_coverage)
        self.ask_input.textChanged.connect(self._text_changed)
        self.ask_input.returnPressed.connect(self.ask_now)
        self.answer_view.contact_activated.connect(self.contact_activated)
        self.answer_view.save_requested.connect(self._save)
        self.requests_view.contact_activated.connect(self.contact_activated)
        self.refresh_requests()

    # --- the interface the main window uses ---------------------------------------------------

    def show_contact(self, contact: Contact | None) -> None:
        self.contact_view.show_contact(contact)
        if contact is not None:
            suggestions = self._services.help_suggestions
            cid = contact.id
            self.reader.submit(SUGGEST, lambda: (cid, suggestions.for_contact(cid)))
        else:
            self.reader.cancel(SUGGEST)

    def apply_changes(self, changes: Changes) -> None:
        if changes.help_requests:
            self.refresh_requests()
        if changes.contacts or changes.contact_set or changes.interactions:
            # Strength, recency, favors or skills may have moved: re-rank what is shown.
            if self.question():
                self._reask_timer.start()  # quietly, and once after a burst of writes
            if self._coverage_loaded:
                self._coverage_timer.start()

    # --- asking -------------------------------------------------------------------------------

    def question(self) -> str:
        return self.ask_input.text().strip()

    def focus_ask(self) -> None:
        self.tabs.setCurrentIndex(0)
        self.ask_input.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.ask_input.selectAll()

    def ask_now(self) -> None:
        """Ask at once (Enter, or typing paused) and bring the answer to the front."""
        if self.question():
            self.tabs.setCurrentIndex(0)
        self._ask()

    def _ask(self) -> None:
        self._ask_timer.stop()
        self._reask_timer.stop()
        text = self.question()
        if not text:
            return
        self.stack.setCurrentWidget(self.answer_view)
        self.answer_view.set_thinking()
        self._asked_at, self._asked_text = time.perf_counter(), text
        service = self._help
        self.reader.submit(ASK, lambda: service.answer(text, ANSWER_LIMIT))

    def _text_changed(self, text: str) -> None:
        if text.strip():
            self._ask_timer.start()
            return
        self._ask_timer.stop()
        self.reader.cancel(ASK)
        self.answer_view.clear()
        self.stack.setCurrentWidget(self.contact_view)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.ask_input:
            if event.type() == QEvent.Type.FocusIn and not self._warm_requested:
                # Load the ranking snapshot while they type; later reloads happen in the asks.
                self._warm_requested = True
                self.reader.submit(WARM, self._help.warm_up)
            elif (
                isinstance(event, QKeyEvent)
                and event.type() == QEvent.Type.KeyPress
                and event.key() == Qt.Key.Key_Down
                and self.answer_view.model.rowCount()
            ):
                self.answer_view.list.setFocus()  # Down from the question into the answers
                return True
        return super().eventFilter(watched, event)

    def _save(self) -> None:
        ids = self.answer_view.candidate_ids()
        if self.answer_view.answer is not None and ids:
            self.save_requested.emit(self.answer_view.answer.question.strip(), ids)

    # --- tough projects and coverage ----------------------------------------------------------

    def refresh_requests(self, *, select: int | None = None) -> None:
        requests = self._services.help_requests.list_requests()
        self.requests_view.set_requests(requests, select=select)
        open_count = sum(1 for r in requests if r.is_open)
        if open_count:
            title = self.tr("Tough projects (%1)").replace("%1", QLocale().toString(open_count))
        else:
            title = self.tr("Tough projects")
        self.tabs.setTabText(1, title)

    def show_requests(self, *, select: int | None = None) -> None:
        self.refresh_requests(select=select)
        self.tabs.setCurrentWidget(self.requests_view)

    def refresh_coverage(self) -> None:
        self._coverage_loaded = True
        self.coverage_view.set_loading()
        coverage = self._services.coverage
        self.reader.submit(COVERAGE, coverage.coverage)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._coverage_loaded:
            # After the first paint: counting roles reads the whole network (~1 s on 100k).
            QTimer.singleShot(0, self.refresh_coverage)

    def shutdown(self) -> None:
        """Stop the background reader (the window is closing)."""
        for timer in (self._ask_timer, self._reask_timer, self._coverage_timer):
            timer.stop()
        self.reader.shutdown()

    # --- results ------------------------------------------------------------------------------

    def _on_answered(self, channel: str, result: object) -> None:
        now = local_now(self._services.clock)
        if channel == ASK and isinstance(result, HelpAnswer):
            if result.question.strip() != self.question():
                return  # typed on since; the newer ask is on its way
            self.answer_view.set_answer(result, now)
            self.last_ask_seconds = time.perf_counter() - self._asked_at
            self.answered.emit(result)
        elif channel == COVERAGE:
            self.coverage_view.set_coverage(result, now)  # type: ignore[arg-type]
        elif channel == SUGGEST:
            contact_id, suggestions = result  # type: ignore[misc]
            self.contact_view.show_suggestions(contact_id, suggestions)

    def _on_failed(self, channel: str, message: str) -> None:
        if channel == ASK:
            self.answer_view.set_failed(message)
        elif channel == COVERAGE:
            self.coverage_view.summary.setText(self.tr("could not count"))
