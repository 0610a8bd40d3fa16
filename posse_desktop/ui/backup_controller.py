"""File > Backups…: make, list and restore backups, export everything, and the daily backup.

Making a backup reads and integrity-checks the whole database (about 20 s for 100 000 contacts),
so every backup, restore and export runs on a worker thread (ui/worker.py). The services do the
work; this file decides when, asks for confirmation and reports.

After a restore every pane must forget the replaced data. When a WindowSession owns the window
(the app), the window asks it to reopen the database, which builds a fresh MainWindow: no pane,
model or service cache can survive. Without one (tests, embedding) the window reloads in place:
fresh lazy services and a broadcast that says "everything changed".
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, QMetaMethod, QObject, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from posse_desktop.db import backups, database, open_db
from posse_desktop.db.backups import BackupInfo, RetentionPolicy
from posse_desktop.db.errors import storage_errors
from posse_desktop.db.sqlite_files import BackupCancelled
from posse_desktop.domain import Changes
from posse_desktop.paths import backups_dir
from posse_desktop.ui.backup_settings import save_retention
from posse_desktop.ui.dialogs.startup_problem import backup_summary
from posse_desktop.ui.widgets import fill
from posse_desktop.ui.worker import BackgroundTask, run_with_progress

translate = QCoreApplication.translate  # the name pyside6-lupdate looks for

if TYPE_CHECKING:
    from posse_desktop.ui.dialogs.backups_dialog import BackupsDialog
    from posse_desktop.ui.main_window import MainWindow


def live_database_file() -> Path:
    return Path(database.database)


def start_daily_backup(db_file: Path, report: Callable[[str], None]) -> BackgroundTask:
    """The first start of the day backs up `db_file`, off the GUI thread; `report` gets a line.

    The task belongs to the application, not a window (windows are rebuilt on restore), and quitting
    waits for it: a half-made backup is only a `.partial` file, but a running thread must not be
    destroyed.
    """
    app = QCoreApplication.instance()

    def job(_progress, cancelled):
        with storage_errors():
            try:
                return backups.daily_backup_if_due(db_file=db_file, cancelled=cancelled)
            except BackupCancelled:
                return None  # the app is quitting; tomorrow's first start (or the next) makes it

    task = BackgroundTask(job, app)
    task.finished.connect(
        lambda info: (
            info
            and report(
                translate("BackupController", "Backed up today's database (%1).").replace(
                    "%1", _short(info)
                )
            )
        )
    )
    task.failed.connect(
        lambda message, _details: report(
            translate("BackupController", "Today's backup failed: %1").replace("%1", message)
        )
    )
    if app is not None:
        app.aboutToQuit.connect(task.cancel)  # quitting must not wait for a whole backup
        app.aboutToQuit.connect(task.wait)
    task.start()
    return task


def start_integrity_check(db_file: Path, window: QWidget) -> BackgroundTask:
    """SQLite's quick_check, off the GUI thread once the window is up (1 s per 700 MB read).

    Damage found while the app runs is reported with the way out (File > Backups), not silently.
    """
    from posse_desktop.db import startup

    task = BackgroundTask(lambda _progress, _cancelled: startup.quick_check(db_file), window)

    def report(result: object) -> None:
        if result != "ok":
            QMessageBox.warning(
                window,
                translate("BackupController", "Posse found damage in its database"),
                f"{db_file}: {result}\n\n"
                + translate(
                    "BackupController",
                    "Your data is still open. Restore the latest good backup from File > Backups, "
                    "or export everything there first.",
                ),
            )

    task.finished.connect(report)
    app = QCoreApplication.instance()
    if app is not None:
        app.aboutToQuit.connect(task.wait)
    task.start()
    return task


class BackupController(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self.dialog: BackupsDialog | None = None
        self.task: BackgroundTask | None = None  # the running backup, restore or export
        self.backups_action = QAction(self.tr("&Backups…"), window)
        self.backups_action.setObjectName("backups")
        self.backups_action.setStatusTip(self.tr("Back up, restore or export everything"))
        self.backups_action.triggered.connect(self.open_dialog)
        window.menus["file"].insertAction(window.file_tail, self.backups_action)

    # --- the dialog ---------------------------------------------------------------------------

    def open_dialog(self) -> BackupsDialog:
        from posse_desktop.ui.dialogs.backups_dialog import BackupsDialog  # not needed at start-up

        if self.dialog is None:
            live = live_database_file()
            dialog = BackupsDialog(backups_dir(live), backups.retention(), self._window)
            dialog.back_up_now_requested.connect(self.back_up_now)
            dialog.restore_requested.connect(self.confirm_restore)
            dialog.export_requested.connect(self.export_everything)
            dialog.retention_changed.connect(self._set_retention)
            dialog.finished.connect(self._forget_dialog)
            self.dialog = dialog
        self.refresh()
        self.dialog.open()  # window-modal, without a nested event loop
        return self.dialog

    def refresh(self) -> None:
        if self.dialog is not None:
            self.dialog.show_backups(backups.list_backups(live_database_file()))

    def _forget_dialog(self) -> None:
        if self.dialog is not None and (self.task is None or self.task.done):
            self.dialog.deleteLater()
            self.dialog = None

    def _set_retention(self, policy: RetentionPolicy) -> None:
        save_retention(policy)

    def _report(self, text: str) -> None:
        if self.dialog is not None:
            self.dialog.status.setText(text)
        self._window.statusBar().showMessage(text, 10_000)

    def _parent(self) -> QWidget:
        return self.dialog if self.dialog is not None else self._window

    def _run(
        self, label: str, job, on_done: Callable[[object], None], title: str
    ) -> BackgroundTask:
        if self.dialog is not None:
            self.dialog.set_busy(True)
        task = run_with_progress(self._parent(), label, job)
        task.dialog.setCancelButton(None)  # type: ignore[attr-defined]  # backups cannot stop halfway
        self.task = task

        def finished(result: object) -> None:
            self._idle()
            on_done(result)

        def failed(message: str, _details: str) -> None:
            self._idle()
            self._report(fill(self.tr("%1: %2"), title, message))
            _warn(self._parent(), title, message)

        task.finished.connect(finished)
        task.failed.connect(failed)
        return task

    def _idle(self) -> None:
        if self.dialog is not None:
            self.dialog.set_busy(False)

    # --- back up now --------------------------------------------------------------------------

    def back_up_now(self) -> BackgroundTask:
        live = live_database_file()

        def job(_progress, _cancelled):
            with storage_errors():
                return backups.create_backup("manual", db_file=live)

        def done(info: object) -> None:
            self.refresh()
            if self.dialog is not None and isinstance(info, BackupInfo):
                self.dialog.select_backup(info.path)
            self._report(self.tr("Backed up: %1.").replace("%1", _short(info)))

        return self._run(self.tr("Backing up…"), job, done, self.tr("The backup failed"))

    # --- restore ------------------------------------------------------------------------------

    def confirm_restore(self, info: BackupInfo) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Restore this backup?"),
            self.tr(
                "Replace everything in Posse with the backup of %1?\n\n"
                "What is in Posse now is backed up first, so you can come back to it. "
                "Undo history is cleared."
            ).replace("%1", backup_summary(info)),
            QMessageBox.StandardButton.Cancel,
            self._parent(),
        )
        box.setTextFormat(Qt.TextFormat.PlainText)
        restore = box.addButton(self.tr("Restore"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setObjectName("confirmRestore")
        box.exec()
        if box.clickedButton() is restore:
            self.restore(info.path)

    def restore(self, backup: Path) -> BackgroundTask:
        """Replace the database with `backup` (the service backs up the current state first)."""
        live = live_database_file()
        backup = Path(backup)
        label = next(
            (backup_summary(i) for i in backups.list_backups(live) if i.path == backup), backup.name
        )
        # The undo commands describe the state being replaced; replayed on the restored one they
        # would write stale data.
        self._window.undo_stack.clear()
        # This thread's connection must not hold the file while the worker replaces it.
        database.close()

        def job(_progress, _cancelled):
            with storage_errors():
                return backups.restore_backup(backup, db_file=live, reopen=False)

        def done(result: object) -> None:
            self._reopen(live)
            safety = getattr(result, "safety_backup", None)
            if safety:
                text = self.tr(
                    "Restored the backup of %1. What was there is kept as the backup of %2."
                )
                self._report(fill(text, label, _short(safety)))
            else:
                self._report(self.tr("Restored the backup of %1.").replace("%1", label))
            self.reload_window(live)

        task = self._run(self.tr("Restoring…"), job, done, self.tr("The backup was not restored"))
        # A failed restore leaves the old database in place: reopen it.
        task.failed.connect(lambda *_: self._reopen(live))
        return task

    def _reopen(self, live: Path) -> None:
        # open_db also upgrades a backup made by an older Posse.
        open_db(live)

    def reload_window(self, live: Path) -> None:
        window = self._window
        signal = QMetaMethod.fromSignal(window.switch_database_requested)
        if window.isSignalConnected(signal):
            if self.dialog is not None:
                self.dialog.close()
            # After this slot returns: the session deletes this window and builds a new one.
            QTimer.singleShot(0, lambda: window.switch_database_requested.emit(live))
            return
        self.refresh()
        _reset_lazy_services(window.services)
        shown = {window.detail.contact.id} if window.detail.contact else set()
        current = window.contacts_pane.current_contact_id()
        if current is not None:
            shown.add(current)
        window.broadcast(
            Changes(
                contacts=frozenset(shown), contact_set=True, interactions=True, help_requests=True
            )
        )

    # --- export everything --------------------------------------------------------------------

    def export_everything(self, folder: Path | None = None) -> BackgroundTask | None:
        """The database and every contact as vCards, into a new folder inside `folder`."""
        if folder is None:
            chosen = QFileDialog.getExistingDirectory(
                self._parent(), self.tr("Export everything to…")
            )
            if not chosen:
                return None
            folder = Path(chosen)
        target = _new_export_folder(Path(folder))
        exporter = self._window.services.exporter  # created here: lazy services are not thread-safe

        def job(progress, cancelled):
            with storage_errors():
                target.mkdir(mode=0o700)
                backups.export_database(target / "posse.db")
                return exporter.export(
                    target / "contacts.vcf", progress=progress, cancelled=cancelled
                )

        def done(result: object) -> None:
            count = getattr(result, "count", None)
            if count is None:
                text = self.tr("Exported the database and all contacts to %1.")
                self._report(text.replace("%1", str(target)))
            else:
                text = self.tr("Exported the database and %1 contacts to %2.")
                self._report(fill(text, QLocale().toString(count), target))

        return self._run(self.tr("Exporting everything…"), job, done, self.tr("The export failed"))


def _new_export_folder(parent: Path) -> Path:
    base = f"Posse export {datetime.now():%Y-%m-%d %H%M}"
    target, n = parent / base, 1
    while target.exists():
        n += 1
        target = parent / f"{base} ({n})"
    return target


def _reset_lazy_services(services: object) -> None:
    """Drop the services created on first use (and their caches of the replaced data)."""
    for name, attribute in vars(type(services)).items():
        if isinstance(attribute, cached_property):
            vars(services).pop(name, None)


def _short(info: object) -> str:
    if isinstance(info, BackupInfo):
        return backup_summary(info)
    return translate("BackupController", "the database")


def _warn(parent: QWidget, title: str, text: str) -> None:
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.open()
