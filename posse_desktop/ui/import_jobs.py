"""The import service calls as worker jobs (ui/worker.py), and waiting for one from an undo step.

Undo and redo of an import must finish before the undo stack moves on, but must not freeze the
window: they run on the worker like the import itself, and the command waits in a local loop.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from PySide6.QtCore import QEventLoop

from posse_desktop.ui.worker import BackgroundTask, Job

if TYPE_CHECKING:
    from posse_desktop.domain import Changes
    from posse_desktop.services.importer import ImportReport, ImportService

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


def import_job(importer: ImportService, paths: list[str]) -> Job:
    def job(progress: Progress, cancelled: Cancelled) -> ImportReport:
        with cyclic_gc_paused():
            report = importer.import_files(paths, progress=progress, cancelled=cancelled)
        # The report's names, read here: on the GUI thread, the first read after a large import
        # finds SQLite's cache cold (80 ms for 1,000 review rows on 10k cards).
        report.names = report_names(report)
        return report

    return job


def report_names(report: ImportReport) -> dict[int, str]:
    """Names of the contacts in the report's review rows (the dialog lists the first MAX_ROWS)."""
    from posse_desktop.services.contacts import ContactsService
    from posse_desktop.ui.dialogs.import_report import MAX_ROWS

    listed = report.needs_review[:MAX_ROWS]
    ids = {item.contact_id for item in listed}
    ids.update(c for item in listed for c in item.candidates)
    return {cid: s.name for cid, s in ContactsService().summaries(sorted(ids)).items()}


def undo_job(importer: ImportService, batch_id: int) -> Job:
    """Changes, or None when the import was already undone (File > Recent Imports)."""
    from posse_desktop.services.import_batches import ImportUndoError

    def job(_progress: Progress, _cancelled: Cancelled) -> Changes | None:
        try:
            with cyclic_gc_paused():
                return importer.undo_import(batch_id)
        except ImportUndoError:
            return None

    return job


@contextmanager
def cyclic_gc_paused() -> Iterator[None]:
    """An import allocates millions of acyclic objects; each full collection of them holds the
    GIL for ~200 ms, freezing the window. Measured on 10k cards: longest stall 220-280 ms with
    the collector, under 110 ms without."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def wait_for(task: BackgroundTask) -> object:
    """Run a local event loop until the task ends: its result, or None when it failed."""
    outcome: list[object] = [None]
    loop = QEventLoop()
    task.finished.connect(lambda result: (outcome.__setitem__(0, result), loop.quit()))
    task.failed.connect(lambda *_: loop.quit())
    if not task.done:
        loop.exec()
    return outcome[0]
