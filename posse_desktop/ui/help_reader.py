"""Reads for the ask pane on one long-lived thread, newest question first, stale ones dropped.

Why not ui/worker.py's BackgroundTask: that opens and closes a connection per job, and the help
service keeps an in-memory snapshot of everyone (1-2 s to load on 100k contacts) that is valid
only for the connection that read it. One thread with one connection keeps the snapshot warm
across asks; it still reloads by itself when another connection (the GUI's writes) commits.

The thread runs one Python loop for its whole life rather than a QThread with queued slots:
peewee keeps its connection in a thread-local, and PySide drops a foreign thread's Python
thread state (and with it the thread-locals) between slot calls, which would reconnect and
reload the snapshot on every question.

Each job has a channel ("ask", "coverage", ...). A newer job on a channel supersedes an older
one: if the older one has not started it is skipped, if it is running its result is dropped.
"""

from __future__ import annotations

import queue
import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal

from posse_desktop.db.connection import database

_STOP = object()


class HelpReader(QObject):
    """Runs read-only service calls off the GUI thread; results arrive as `answered`."""

    answered = Signal(str, object)  # channel, result (only the newest job's)
    failed = Signal(str, str)  # channel, message
    _finished = Signal(str, int, object)  # emitted on the reader thread, delivered queued
    _failed = Signal(str, int, str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._lock = threading.Lock()
        self._serials: dict[str, int] = {}
        self._jobs: queue.SimpleQueue = queue.SimpleQueue()
        self._thread: threading.Thread | None = None
        self._finished.connect(self._on_finished, Qt.ConnectionType.QueuedConnection)
        self._failed.connect(self._on_failed, Qt.ConnectionType.QueuedConnection)

    def submit(self, channel: str, job: Callable[[], Any]) -> None:
        """Run `job()` on the reader thread; any older job on `channel` is superseded."""
        with self._lock:
            serial = self._serials.get(channel, 0) + 1
            self._serials[channel] = serial
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, name="posse-help-reader", daemon=True)
            self._thread.start()
        self._jobs.put((channel, serial, job))

    def cancel(self, channel: str) -> None:
        """Forget the pending job on `channel` (its result, if it is running, is dropped)."""
        with self._lock:
            self._serials[channel] = self._serials.get(channel, 0) + 1

    def shutdown(self, timeout_s: float = 30.0) -> None:
        """Drop pending jobs, let the running one finish, close the thread's connection."""
        thread, self._thread = self._thread, None
        if thread is None:
            return
        with self._lock:
            self._serials = {k: v + 1 for k, v in self._serials.items()}
        self._jobs.put(_STOP)
        thread.join(timeout_s)

    # --- the reader thread --------------------------------------------------------------------

    def _run(self) -> None:
        try:
            while True:
                item = self._jobs.get()
                if item is _STOP:
                    return
                channel, serial, job = item
                if serial != self._latest(channel):
                    continue  # superseded while it waited
                try:
                    result = job()
                except Exception as exc:  # shown in the pane; the reader keeps serving
                    traceback.print_exc()
                    self._failed.emit(channel, serial, str(exc) or type(exc).__name__)
                else:
                    self._finished.emit(channel, serial, result)
        finally:
            if not database.is_closed():
                database.close()  # this thread's connection only

    # --- back on the GUI thread ---------------------------------------------------------------

    def _latest(self, channel: str) -> int:
        with self._lock:
            return self._serials.get(channel, 0)

    def _on_finished(self, channel: str, serial: int, result: object) -> None:
        if serial == self._latest(channel):
            self.answered.emit(channel, result)

    def _on_failed(self, channel: str, serial: int, message: str) -> None:
        if serial == self._latest(channel):
            self.failed.emit(channel, message)
