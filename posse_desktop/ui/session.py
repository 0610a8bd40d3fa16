"""One running Posse: which database is open and the main window showing it.

The composition root creates one WindowSession. Switching to another database file (the sample
network and back) closes the window, closes the database, opens the other file and builds a fresh
MainWindow on it: every pane, model and cached service starts clean instead of being reset piece
by piece. Signals from the single-instance server go to the session, so they keep reaching
whichever window is current.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal

from posse_desktop import paths
from posse_desktop.db import DatabaseError, close_db, open_db
from posse_desktop.services.registry import Services
from posse_desktop.ui.main_window import MainWindow
from posse_desktop.ui.widgets import plain_message

log = logging.getLogger(__name__)

SAMPLE_DB_NAME = "sample-network.db"


def sample_db_path() -> Path:
    """The sample network lives in its own file, never mixed with the user's contacts."""
    return paths.data_dir() / SAMPLE_DB_NAME


def is_sample_db(db_file: Path | str) -> bool:
    return Path(db_file).resolve() == sample_db_path().resolve()


class WindowSession(QObject):
    """Owns the current MainWindow and the database it shows."""

    window_replaced = Signal(object)  # the new MainWindow

    def __init__(self, user_db: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.user_db = Path(user_db)
        self.current_db = Path(user_db)
        self.window: MainWindow | None = None

    @property
    def showing_sample(self) -> bool:
        return is_sample_db(self.current_db)

    def show_window(self, *, deferred: bool = False) -> MainWindow:
        """Build and show the window for the database that is open now.

        `deferred`: at launch, paint the contact list first and build the other panes just after
        (see MainWindow). A window replacing another one is built whole.
        """
        suffix = ""
        if self.showing_sample:
            suffix = QCoreApplication.translate("WindowSession", " — Sample network")
        window = MainWindow(Services(), title_suffix=suffix, deferred=deferred)
        window.switch_database_requested.connect(self.switch_to)
        window.show()
        self.window = window
        self.window_replaced.emit(window)
        return window

    def switch_to(self, db_file: Path | str | None) -> bool:
        """Close the current window and database, open `db_file` and show a window on it.

        None means the user's own database. On failure the previous database is reopened and the
        user told why; returns False.
        """
        target = self.user_db if db_file is None else Path(db_file)
        if target == self.current_db:
            return True
        app = QCoreApplication.instance()
        # Between closing the old window and showing the new one no window is open: that is a
        # switch, not the user quitting.
        quit_on_close = app.quitOnLastWindowClosed() if app is not None else False
        if app is not None:
            app.setQuitOnLastWindowClosed(False)
        try:
            return self._reopen(target)
        finally:
            if app is not None:
                app.setQuitOnLastWindowClosed(quit_on_close)

    def _reopen(self, target: Path) -> bool:
        old = self.window
        if old is not None:
            # Closing saves the window's layout and stops its background readers, whose
            # connections must be gone before the database is. Its models hold ids from this
            # database, so it must never paint again: it is deleted, not kept.
            if not old.close():
                return False  # the window refused (e.g. work in progress): stay where we are
            old.switch_database_requested.disconnect(self.switch_to)
            old.deleteLater()
            self.window = None
        close_db()
        try:
            open_db(target)
        except (DatabaseError, OSError) as exc:
            from PySide6.QtWidgets import QMessageBox  # a rare path; the type costs start-up time

            log.warning("cannot switch to %s: %s", target, exc)
            open_db(self.current_db)
            self.show_window()
            plain_message(  # the error names a file: never HTML
                self.window,
                QMessageBox.Icon.Warning,
                QCoreApplication.translate("WindowSession", "Cannot open that database"),
                str(exc),
            )
            return False
        self.current_db = target
        self.show_window()
        return True

    def back_to_user_db(self) -> bool:
        return self.switch_to(None)

    def show_status(self, text: str) -> None:
        if self.window is not None:
            self.window.statusBar().showMessage(text, 10_000)

    def open_files(self, files: list[str]) -> None:
        """Files from a second launch or the OS go into the user's own posse, not the sample."""
        if not files:
            return  # a bare second launch: the caller only raises the window
        if self.showing_sample and not self.back_to_user_db():
            return
        if self.window is not None:
            self.window.open_files(files)
