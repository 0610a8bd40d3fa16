"""File > Export vCards: choose who (everyone, the selection, the current search) and the vCard
version, then a file; written off the GUI thread, atomically by the export service."""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QObject, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox

from posse_desktop.ui.vcard_files import (
    VCARD_SUFFIXES,
    last_folder,
    plain_progress_label,
    remember_folder,
    show_failure,
    show_status,
    vcard_filter,
)
from posse_desktop.ui.widgets import fill
from posse_desktop.ui.worker import BackgroundTask, run_with_progress

if TYPE_CHECKING:
    from posse_desktop.ui.main_window import MainWindow


class ExportFlow(QObject):
    export_finished = Signal(object)  # ExportResult, or None when cancelled or failed

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self._services = window.services

    def choose_and_export(self) -> None:
        from posse_desktop.ui.dialogs.export_options import SEARCH, SELECTION, ExportOptionsDialog

        pane = self._window.contacts_pane
        selected = [] if pane.showing_trash else pane.selected_contact_ids()
        text = "" if pane.showing_trash else pane.search_field.text().strip()
        everyone = self._services.contacts.count()
        if not everyone:
            QMessageBox.information(
                self._window,
                self.tr("Nothing to export"),
                self.tr("There is no one to export yet."),
            )
            return
        found = len(self._services.exporter.choose(query=text)) if text else 0
        options = ExportOptionsDialog(
            everyone=everyone,
            selected=len(selected),
            search_text=text,
            found=found,
            parent=self._window,
        )
        if not options.exec():
            return
        choice = options.choice()
        suggested = self.tr("Posse contacts.vcf")
        if choice.scope == SELECTION and len(selected) == 1:
            from posse_desktop.services.exporter import contact_file_name

            suggested = contact_file_name(self._services.contacts.get(selected[0]))
        path, _ = QFileDialog.getSaveFileName(
            self._window,
            self.tr("Export vCards"),
            os.path.join(last_folder(), suggested),
            vcard_filter(),
        )
        if not path:
            return
        if not path.lower().endswith(VCARD_SUFFIXES):
            path += ".vcf"
        remember_folder(path)
        self.export_to(
            path,
            ids=selected if choice.scope == SELECTION else None,
            query=text if choice.scope == SEARCH else None,
            version=choice.version,
        )

    def export_to(
        self,
        path: str,
        *,
        ids: list[int] | None = None,
        query: str | None = None,
        version: str = "3.0",
    ) -> BackgroundTask:
        """Write the contacts to `path` off the GUI thread (all, these ids, or a search's)."""
        from posse_desktop.services.exporter import ExportCancelled

        exporter = self._services.exporter

        def job(progress: Callable[[int, int], None], cancelled: Callable[[], bool]):
            try:
                return exporter.export(
                    path,
                    ids=ids,
                    query=query,
                    version=version,
                    progress=progress,
                    cancelled=cancelled,
                )
            except ExportCancelled:
                return None

        task = run_with_progress(
            self._window, self.tr("Exporting to %1…").replace("%1", os.path.basename(path)), job
        )
        plain_progress_label(task.dialog)  # type: ignore[attr-defined]
        task.finished.connect(lambda result: self._on_exported(path, result))
        task.failed.connect(lambda message, details: self._on_failed(path, message, details))
        return task

    def _on_exported(self, path: str, result) -> None:
        if result is None:
            text = self.tr("Cancelled the export; %1 was not written.")
            show_status(self._window, text.replace("%1", os.path.basename(path)))
        else:
            if result.count == 1:
                text = self.tr("Exported 1 contact to %1.").replace("%1", path)
            else:
                text = self.tr("Exported %1 contacts to %2.")
                text = fill(text, QLocale().toString(result.count), path)
            show_status(self._window, text)
        self.export_finished.emit(result)

    def _on_failed(self, path: str, message: str, details: str) -> None:
        show_failure(
            self._window, self.tr("Could not export to %1.").replace("%1", path), message, details
        )
        self.export_finished.emit(None)
