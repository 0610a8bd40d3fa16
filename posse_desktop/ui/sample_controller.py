"""Explore a sample network: a believable posse in its own database file, clearly marked.

Flow: "Explore a Sample Network" asks the session to reopen the app on the sample file; the new
window's controller finds that file empty and fills it off the GUI thread (DemoService writes
through the shared peewee database, so the worker must write into the database the app has open).
The sample window shows a banner and a File menu action that switch back to the user's posse.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFrame, QHBoxLayout, QMessageBox, QPushButton, QVBoxLayout, QWidget

from posse_desktop.db.connection import database
from posse_desktop.ui.widgets import plain_label, plain_message

if TYPE_CHECKING:
    from posse_desktop.services.demo import DemoResult
    from posse_desktop.ui.main_window import MainWindow
    from posse_desktop.ui.worker import BackgroundTask

SAMPLE_CONTACTS = 300
SAMPLE_INTERACTIONS = 3000
SAMPLE_SEED = 2024


def showing_sample_db() -> bool:
    from posse_desktop.ui.session import is_sample_db

    return database.database not in (None, ":memory:") and is_sample_db(database.database)


class SampleBanner(QFrame):
    """The strip above the panes saying this is not the user's data, with the way out."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sampleBanner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(self.palette().ColorRole.AlternateBase)
        self.message = plain_label(
            self.tr(
                "You are exploring a sample network. These people are made up; nothing you "
                "do here touches your own contacts."
            ),
            selectable=False,
        )
        self.message.setObjectName("sampleBannerMessage")
        self.back_button = QPushButton(self.tr("Back to My Posse"))
        self.back_button.setObjectName("sampleBannerBack")
        self.back_button.setAccessibleName(self.tr("Back to my posse"))
        row = QHBoxLayout(self)
        row.setContentsMargins(12, 6, 8, 6)
        row.addWidget(self.message, 1)
        row.addWidget(self.back_button)


class SampleController(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self.task: BackgroundTask | None = None
        self.banner: SampleBanner | None = None
        self.back_action = QAction(self.tr("&Back to My Posse"), window)
        self.back_action.setObjectName("back_to_my_posse")
        self.back_action.setStatusTip(
            self.tr("Leave the sample network and open your own contacts")
        )
        self.back_action.triggered.connect(self.leave_sample)
        window.menus["file"].insertAction(window.actions.open_sample, self.back_action)
        window.actions.open_sample.triggered.connect(self.open_sample)
        self.is_sample = showing_sample_db()
        self.back_action.setVisible(self.is_sample)
        window.actions.open_sample.setVisible(not self.is_sample)
        if self.is_sample:
            self._add_banner()
            # Imported here: the demo generator is not needed to start on the user's posse.
            from posse_desktop.services.demo import DemoService

            if not DemoService().existing()[0]:
                # After the window is built and shown, so the progress dialog has a parent on screen.
                QTimer.singleShot(0, self.generate)

    def _add_banner(self) -> None:
        window = self._window
        panes = window.takeCentralWidget()
        holder = QWidget()
        holder.setObjectName("sampleHolder")
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        self.banner = SampleBanner()
        self.banner.back_button.clicked.connect(self.leave_sample)
        column.addWidget(self.banner)
        column.addWidget(panes, 1)
        window.setCentralWidget(holder)

    def open_sample(self) -> None:
        if self.is_sample:
            return
        from posse_desktop.ui.session import sample_db_path

        self._window.switch_database_requested.emit(sample_db_path())

    def leave_sample(self) -> None:
        if self.task is not None and not self.task.done:
            self.task.cancel()  # its failed(DemoCancelled) signal comes back here
            return
        self._window.switch_database_requested.emit(None)  # None: the user's own database

    def generate(self) -> None:
        """Fill the (empty) sample database off the GUI thread, with progress and cancel."""
        from posse_desktop.services.demo import DemoService
        from posse_desktop.ui.worker import run_with_progress

        clock = self._window.services.clock

        def job(progress, cancelled) -> DemoResult:
            return DemoService(clock).generate(
                SAMPLE_CONTACTS,
                SAMPLE_INTERACTIONS,
                SAMPLE_SEED,
                progress=lambda done, total, _what: progress(done, total),
                cancelled=cancelled,
            )

        self.task = run_with_progress(self._window, self.tr("Building a sample network…"), job)
        self.task.finished.connect(self._generated)
        self.task.failed.connect(self._failed)

    def _generated(self, result: DemoResult) -> None:
        self._window.broadcast(result.changes)

    def _failed(self, message: str, details: str) -> None:
        from posse_desktop.services.demo import DemoCancelled

        if DemoCancelled.__name__ not in details:
            plain_message(
                self._window,
                QMessageBox.Icon.Warning,
                self.tr("No sample network"),
                self.tr("It could not be built: %1").replace("%1", message),
            )
        self.leave_sample()
