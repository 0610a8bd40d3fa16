"""Reads for the ask pane on one long-lived thread, newest question first, stale ones dropped.

Why not ui/worker.py's BackgroundTask: that opens and closes a connection per job, and the help
service keeps an in-memory snapshot of everyone (1-2 s to load on 100k contacts) keyed to the
connection that read it. One thread with one connection keeps the snapshot warm across asks; it
still reloads by itself when another connection (the GUI's writes) commits.

Each job has a channel ("ask", "coverage", ...). A newer job on a channel supersedes an older
one: if the older one has not started it is skipped, if it is running its result is dropped.
"""

from __future__ import annotations

import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QMetaObject, QObject, Qt, QThread, Signal, Slot

from posse_desktop.db.connection import database


class _ReaderWorker(QObject):
    finished = Signal(str, int, object)  # channel, serial, result
    failed = Signal(str, int, str)  # channel, serial, message

    def __init__(self, latest: Callable[[str], int]) -> None:
        super().__init__()
        self._latest = latest

    @Slot(str, int, object)
    def run(self, channel: str, serial: int, job: Callable[[], Any]) -> None:
        if serial != self._latest(channel):
            return  # superseded while it waited
        try:
            result = job()
        except Exception as exc:  # shown in the pane; the reader keeps serving
            traceback.print_exc()
            self.failed.emit(channel, serial, str(exc) or type(exc).__name__)
        else:
            self.finished.emit(channel, serial, result)

    @Slot()
    def close_connection(self) -> None:
        if not database.is_closed():
            database.close()  # this thread's connection only


class HelpReader(QObject):
    """Runs read-only service calls off the GUI thread; results arrive as `answered`."""

    answered = Signal(str, object)  # channel, result (only the newest job's)
    failed = Signal(str, str)  # channel, message
    _submitted = Signal(str, int, object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._lock = threading.Lock()
        self._serials: dict[str, int] = {}
        self._thread: QThread | None = None
        self._worker: _ReaderWorker | None = None
        self._shut_down = False

    def submit(self, channel: str, job: Callable[[], Any]) -> None:
        """Run `job()` on the reader thread; any older job on `channel` is superseded."""
        if self._shut_down:
            return  # a timer that fires after the window closed must not start a new thread
        self._ensure_thread()
        with self._lock:
            serial = self._serials.get(channel, 0) + 1
            self._serials[channel] = serial
        self._submitted.emit(channel, serial, job)

    def cancel(self, channel: str) -> None:
        """Forget the pending job on `channel` (its result, if it is running, is dropped)."""
        with self._lock:
            self._serials[channel] = self._serials.get(channel, 0) + 1

    def shutdown(self) -> None:
        """Finish the running job, close the thread's connection and stop the thread."""
        self._shut_down = True
        thread, worker = self._thread, self._worker
        if thread is None or worker is None:
            return
        self._thread = self._worker = None
        with self._lock:
            self._serials = {k: v + 1 for k, v in self._serials.items()}
        # Queued behind any running job; the blocking call returns once the connection is closed.
        QMetaObject.invokeMethod(
            worker, "close_connection", Qt.ConnectionType.BlockingQueuedConnection
        )
        thread.quit()
        thread.wait()

    # --- internals ----------------------------------------------------------------------------

    def _ensure_thread(self) -> None:
        if self._thread is not None:
            return
        self._thread = QThread()
        self._thread.setObjectName("helpReader")
        self._worker = _ReaderWorker(self._latest)
        self._worker.moveToThread(self._thread)
        self._submitted.connect(self._worker.run, Qt.ConnectionType.QueuedConnection)
        self._worker.finished.connect(self._on_finished, Qt.ConnectionType.QueuedConnection)
        self._worker.failed.connect(self._on_failed, Qt.ConnectionType.QueuedConnection)
        self._thread.finished.connect(self._worker.deleteLater)
        self._thread.start()

    def _latest(self, channel: str) -> int:
        with self._lock:
            return self._serials.get(channel, 0)

    def _on_finished(self, channel: str, serial: int, result: object) -> None:
        if serial == self._latest(channel):
            self.answered.emit(channel, result)

    def _on_failed(self, channel: str, serial: int, message: str) -> None:
        if serial == self._latest(channel):
            self.failed.emit(channel, message)
