"""Run long service calls (import, export, demo) off the GUI thread, with progress and cancel.

The job runs in a QThread; peewee gives that thread its own SQLite connection. The job gets a
`progress(done, total)` callback and a `cancelled()` predicate and should check the latter often;
a cancelled job is expected to roll its transaction back.
"""

from __future__ import annotations

import threading
import time
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from posse_desktop.db.connection import database

Job = Callable[[Callable[[int, int], None], Callable[[], bool]], Any]


class _Runner(QObject):
    progressed = Signal(int, int)
    finished = Signal(object)
    failed = Signal(str, str)  # message, details

    def __init__(self, job: Job) -> None:
        super().__init__()
        self._job = job
        self.cancel_event = threading.Event()

    def run(self) -> None:
        try:
            result = self._job(_throttled(self.progressed.emit), self.cancel_event.is_set)
        except Exception as exc:  # reported to the user; the GUI keeps running
            self.failed.emit(str(exc) or type(exc).__name__, traceback.format_exc())
        else:
            self.finished.emit(result)
        finally:
            if not database.is_closed():
                database.close()  # this thread's connection only
            # The thread ends by itself, so wait() also returns while the GUI loop is quitting.
            QThread.currentThread().quit()


# A progress bar needs no more than 20 updates a second. Each update costs the GUI thread the
# GIL back from the busy worker, several times over: an import that reported every 100 cards
# (every 3 ms while matching) froze the window for 200-450 ms.
PROGRESS_INTERVAL_S = 0.05


def _throttled(emit: Callable[[int, int], None]) -> Callable[[int, int], None]:
    """`emit` at most every PROGRESS_INTERVAL_S; the first and the last (done == total) always."""
    last = -PROGRESS_INTERVAL_S

    def progress(done: int, total: int) -> None:
        nonlocal last
        now = time.monotonic()
        if done >= total or now - last >= PROGRESS_INTERVAL_S:
            last = now
            emit(done, total)

    return progress


class BackgroundTask(QObject):
    """One job on its own thread, optionally with a modal progress dialog that can cancel it."""

    finished = Signal(object)
    failed = Signal(str, str)
    progressed = Signal(int, int)

    def __init__(self, job: Job, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thread = QThread()
        self._runner = _Runner(job)
        self._runner.moveToThread(self._thread)
        self._thread.started.connect(self._runner.run)
        self._runner.progressed.connect(self.progressed, Qt.ConnectionType.QueuedConnection)
        self._runner.finished.connect(self._on_finished, Qt.ConnectionType.QueuedConnection)
        self._runner.failed.connect(self._on_failed, Qt.ConnectionType.QueuedConnection)
        self.done = False

    def start(self) -> None:
        self._thread.start()

    def cancel(self) -> None:
        self._runner.cancel_event.set()

    def wait(self, ms: int = 30_000) -> bool:
        return self._thread.wait(ms)

    def _stop_thread(self) -> None:
        self._thread.quit()
        self._thread.wait()
        self.done = True

    def _on_finished(self, result: object) -> None:
        self._stop_thread()
        self.finished.emit(result)

    def _on_failed(self, message: str, details: str) -> None:
        self._stop_thread()
        self.failed.emit(message, details)


def run_with_progress(parent: QWidget, label: str, job: Job) -> BackgroundTask:
    """Start `job` with a modal, cancellable progress dialog; connect to the task's signals."""
    dialog = QProgressDialog(
        label, QCoreApplication.translate("BackgroundTask", "Cancel"), 0, 0, parent
    )
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    task = BackgroundTask(job, parent)

    def on_progress(done: int, total: int) -> None:
        dialog.setMaximum(max(total, 0))
        dialog.setValue(min(done, total) if total else 0)

    task.progressed.connect(on_progress)
    dialog.canceled.connect(task.cancel)
    task.finished.connect(lambda _: dialog.close())
    task.failed.connect(lambda *_: dialog.close())
    task.dialog = dialog  # type: ignore[attr-defined]
    task.start()
    return task
