"""vCards in and out: File > Import, dropped files, files from the command line; File > Export;
File > Recent Imports; dragging contacts out of the list.

Imports and exports run off the GUI thread with a cancellable progress dialog. An import is one
step on the undo stack; its report opens beside the window so its rows can select contacts.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QObject, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QFileDialog, QMessageBox

from posse_desktop.ui.export_flow import ExportFlow
from posse_desktop.ui.import_command import (
    ImportCommand,
    batch_title,
    import_names,
    import_title,
)
from posse_desktop.ui.import_jobs import import_job, report_names, undo_job, wait_for
from posse_desktop.ui.recent_imports import RecentImportsMenu
from posse_desktop.ui.vcard_files import (
    VCARD_SUFFIXES,
    last_folder,
    plain_progress_label,
    remember_folder,
    show_failure,
    show_status,
    vcard_filter,
)
from posse_desktop.ui.widgets import fill, plain_message
from posse_desktop.ui.worker import BackgroundTask, run_with_progress

if TYPE_CHECKING:
    from posse_desktop.domain import Changes
    from posse_desktop.services.import_batches import BatchInfo
    from posse_desktop.services.importer import ImportReport
    from posse_desktop.ui.dialogs.import_report import ImportReportDialog
    from posse_desktop.ui.main_window import MainWindow
    from posse_desktop.ui.vcard_drag import VcardDragSource
    from posse_desktop.vcard.model import Problem


class ImportExportController(QObject):
    import_finished = Signal(object)  # ImportReport (cancelled ones too)

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self._services = window.services
        self._task: BackgroundTask | None = None
        self._queued: list[str] = []  # files handed over while an import runs
        self._drag: VcardDragSource | None = None
        self.report_dialog: ImportReportDialog | None = None

        a = window.actions
        a.import_vcards.triggered.connect(self.choose_and_import)
        self.export = ExportFlow(window)
        a.export_vcards.triggered.connect(self.export.choose_and_export)
        self.recent_menu = RecentImportsMenu(self.undo_batch, window)
        file_menu = window.menus["file"]
        entries = file_menu.actions()
        after_export = entries.index(a.export_vcards) + 1
        file_menu.insertMenu(
            entries[after_export] if after_export < len(entries) else None, self.recent_menu
        )
        window.setAcceptDrops(True)
        window.installEventFilter(self)
        window.contacts_pane.model.drag_payload = self._drag_payload

    # --- import -------------------------------------------------------------------------------

    def choose_and_import(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self._window, self.tr("Import vCards"), last_folder(), vcard_filter()
        )
        if paths:
            remember_folder(paths[0])
            self.import_paths(paths)

    def import_paths(self, paths: list[str]) -> None:
        """Import these files as one undoable step (queued behind an import that is running)."""
        paths = [os.fspath(p) for p in paths if p]
        if not paths:
            return
        if self._task is not None:
            self._queued.extend(paths)
            return
        task = self._start_import(paths)
        task.finished.connect(lambda report: self._on_imported(paths, report))
        task.failed.connect(self._on_import_failed)

    @property
    def busy(self) -> bool:
        return self._task is not None

    def _set_task(self, task: BackgroundTask | None) -> None:
        """One import, undo or redo at a time. Undo/Redo are off while one runs: the stack must
        not step (or undo an import half-stored) before it has finished."""
        self._task = task
        stack, actions = self._window.undo_stack, self._window.actions
        actions.undo.setEnabled(task is None and stack.canUndo())
        actions.redo.setEnabled(task is None and stack.canRedo())

    def _start_import(self, paths: list[str]) -> BackgroundTask:
        importer = self._services.importer  # created here: cached_property is not thread-safe
        names = import_names([os.path.basename(p) for p in paths])
        label = self.tr("Importing %1…").replace("%1", names)
        task = run_with_progress(self._window, label, import_job(importer, paths))
        self._set_task(task)
        dialog = plain_progress_label(task.dialog)  # type: ignore[attr-defined]
        dialog.setWindowTitle(self.tr("Importing vCards"))
        dialog.setMinimumWidth(380)
        task.progressed.connect(
            lambda done, total: dialog.setLabelText(label + "\n" + self._stage_text(done, total))
        )
        return task

    def _stage_text(self, done: int, total: int) -> str:
        from posse_desktop.services.importer import MATCHING, stage  # loaded by the import

        what, count, cards = stage(done, total)
        text = (
            self.tr("Matching %1 of %2 cards")
            if what == MATCHING
            else self.tr("Saving %1 of %2 cards")
        )
        return fill(text, QLocale().toString(count), QLocale().toString(cards))

    def _on_imported(self, paths: list[str], report: ImportReport) -> None:
        self._set_task(None)
        title = import_title(paths)
        if report.cancelled:
            self._status(self.tr("Cancelled the %1; nothing was changed.").replace("%1", title))
        else:
            if not report.changes.empty:
                self._window.broadcast(report.changes)
            if report.batch_id is not None:
                self._window.undo_stack.push(
                    ImportCommand(
                        report,
                        paths,
                        undo_import=self._undo_import,
                        reimport=self._reimport,
                        broadcast=self._window.broadcast,
                        notify=self._status,
                    )
                )
            self._status(_summary(title, report))
            self.show_report(report, title, len(paths))
        self.import_finished.emit(report)
        if self._queued:
            queued, self._queued = self._queued, []
            self.import_paths(queued)

    def _on_import_failed(self, message: str, details: str) -> None:
        self._set_task(None)
        self._show_failure(self.tr("The import failed; nothing was changed."), message, details)
        self._queued.clear()

    def _reimport(self, paths: list[str]) -> ImportReport | None:
        """Redo of an undone import: the same files again (the service keeps no copy)."""
        if self._task is not None:
            return None  # an import is running; the stack must not replay one meanwhile
        report = self._wait_for(self._start_import(paths), self.tr("Redo failed."))
        return None if report is None or report.cancelled else report

    def _undo_import(self, batch_id: int) -> Changes | None:
        """Take an import back on the worker; None when it was already undone, or failed."""
        if self._task is not None:
            return None
        importer = self._services.importer
        task = run_with_progress(
            self._window, self.tr("Undoing the import…"), undo_job(importer, batch_id)
        )
        self._set_task(task)
        task.dialog.setCancelButton(None)  # type: ignore[attr-defined]  # one transaction
        return self._wait_for(task, self.tr("Undo failed; nothing was changed."))

    def _wait_for(self, task: BackgroundTask, failure: str):
        """Wait for an undo or redo step: the stack needs its outcome before it moves on."""
        task.failed.connect(lambda message, details: self._show_failure(failure, message, details))
        try:
            return wait_for(task)
        finally:
            self._set_task(None)

    def show_report(self, report: ImportReport, title: str, files: int = 1) -> ImportReportDialog:
        from posse_desktop.ui.dialogs.import_report import ImportReportDialog

        names = report.names or report_names(report)  # read on the worker when it could be
        if self.report_dialog is not None:
            self.report_dialog.close()  # one report at a time: the newest
        dialog = ImportReportDialog(report, title, names, files, self._window)
        dialog.problem_selected.connect(lambda p: self._show_problem(dialog, p))
        dialog.undo_requested.connect(lambda batch_id: self._undo_from_report(dialog, batch_id))
        dialog.contact_requested.connect(self._select_contact)
        dialog.destroyed.connect(lambda *_: self._forget_report(dialog))
        self.report_dialog = dialog
        dialog.show()
        return dialog

    def _forget_report(self, dialog: ImportReportDialog) -> None:
        if self.report_dialog is dialog:
            self.report_dialog = None

    def _show_problem(self, dialog: ImportReportDialog, problem: Problem) -> None:
        from posse_desktop.vcard.excerpt import card_excerpt

        key = (problem.source, problem.card_index)
        contact_id = (
            dialog.report.contact_of_card.get(key) if problem.card_index is not None else None
        )
        if contact_id is not None and self._select_contact(contact_id):
            note = self.tr("This card was imported; its contact is selected in the main window.")
        elif problem.card_index is not None:
            note = self.tr("This card is not in Posse. Its text in the file:")
        else:
            note = self.tr("This problem concerns the file around this line:")
        dialog.show_card_text(card_excerpt(problem.source, problem.card_index, problem.line), note)

    def _select_contact(self, contact_id: int) -> bool:
        pane = self._window.contacts_pane
        if pane.select_contact(contact_id):
            return True
        if pane.search_field.text() or pane.showing_trash:  # a search may hide the contact
            pane.scope.setCurrentIndex(0)
            pane.search_field.clear()
            return pane.select_contact(contact_id)
        return False

    # --- undoing an older import --------------------------------------------------------------

    def _undo_from_report(self, dialog: ImportReportDialog, batch_id: int) -> None:
        from posse_desktop.services import import_batches

        batch = next((b for b in import_batches.batches() if b.id == batch_id), None)
        if batch is None or batch.undone_at is not None:
            self._status(self.tr("That import was already undone."))
        elif self.undo_batch(batch):
            dialog.close()

    def undo_batch(self, batch: BatchInfo, *, confirm: bool = True) -> bool:
        if self._task is not None:
            self._status(self.tr("An import is running; try again when it is done."))
            return False
        stack = self._window.undo_stack
        top = stack.command(stack.index() - 1) if stack.index() > 0 else None
        if isinstance(top, ImportCommand) and top.batch_id == batch.id:
            stack.undo()  # the newest step: an ordinary undo, and redo still works
            return True
        title = batch_title(batch.sources)
        if confirm:
            question = self.tr(
                "Undo the %1? This removes the %2 contacts it added and puts back the %3 it "
                "changed as they were.\n\nUndo history is cleared, because later steps may refer "
                "to those contacts."
            )
            added, updated = QLocale().toString(batch.added), QLocale().toString(batch.updated)
            answer = plain_message(  # the title names a file: never HTML
                self._window,
                QMessageBox.Icon.Question,
                self.tr("Undo this import?"),
                fill(question, title, added, updated),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Yes,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return False
        changes = self._undo_import(batch.id)
        if changes is None:
            self._status(self.tr("The %1 could not be undone.").replace("%1", title))
            return False
        stack.clear()
        self._window.broadcast(changes)
        self._status(self.tr("Undid the %1.").replace("%1", title))
        return True

    # --- drag and drop ------------------------------------------------------------------------

    def _drag_payload(self, contact_ids: list[int]):
        if self._drag is None:
            from posse_desktop.ui.vcard_drag import VcardDragSource

            self._drag = VcardDragSource(self._services.contacts, self._services.exporter, self)
        return self._drag.mime_data(contact_ids)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if watched is self._window and kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove):
            assert isinstance(event, QDragEnterEvent)
            if _dropped_vcards(event):
                event.acceptProposedAction()
                return True
        elif watched is self._window and kind == QEvent.Type.Drop:
            assert isinstance(event, QDropEvent)
            paths = _dropped_vcards(event)
            if paths:
                event.acceptProposedAction()
                self.import_paths(paths)
                return True
        return super().eventFilter(watched, event)

    # --- helpers ------------------------------------------------------------------------------

    def _status(self, message: str) -> None:
        show_status(self._window, message)

    def _show_failure(self, summary: str, message: str, details: str) -> None:
        show_failure(self._window, summary, message, details)


def _dropped_vcards(event: QDropEvent) -> list[str]:
    """Local .vcf files being dropped from outside Posse (our own contacts dragged back: no)."""
    if event.source() is not None or not event.mimeData().hasUrls():
        return []
    return [
        url.toLocalFile()
        for url in event.mimeData().urls()
        if url.isLocalFile() and url.toLocalFile().lower().endswith(VCARD_SUFFIXES)
    ]


def _summary(title: str, report: ImportReport) -> str:
    translate = QCoreApplication.translate  # the name pyside6-lupdate looks for

    def number(items) -> str:
        return QLocale().toString(len(items))

    parts = [
        translate("ImportExportController", "%1 added").replace("%1", number(report.added)),
        translate("ImportExportController", "%1 updated").replace("%1", number(report.updated)),
        translate("ImportExportController", "%1 unchanged").replace("%1", number(report.unchanged)),
    ]
    if report.needs_review:
        parts.append(
            translate("ImportExportController", "%1 to review").replace(
                "%1", number(report.needs_review)
            )
        )
    if len(report.problems) == 1:
        parts.append(translate("ImportExportController", "1 problem"))
    elif report.problems:
        parts.append(
            translate("ImportExportController", "%1 problems").replace(
                "%1", number(report.problems)
            )
        )
    text = translate("ImportExportController", "Finished the %1: %2.")
    if report.batch_id is not None:
        text = translate("ImportExportController", "Finished the %1: %2. Undo with Ctrl+Z.")
    return fill(text, title, ", ".join(parts))
