"""Unexpected exceptions: log them, tell the person in a dialog, keep the app running.

Qt calls sys.excepthook for an exception escaping a slot or a virtual method and then carries on,
so after the dialog the app is still usable. Exceptions in plain Python threads come through
threading.excepthook and are handed to the GUI thread with a queued signal.
"""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QApplication, QWidget

from posse_desktop import APP_NAME, __version__

if TYPE_CHECKING:
    from posse_desktop.ui.error_dialog import ErrorDialog

log = logging.getLogger("posse_desktop.crash")


class ExceptionHandler(QObject):
    """Installed as sys.excepthook and threading.excepthook by install()."""

    _thread_error = Signal(object, object, object)
    dialog_shown = Signal(object)  # ErrorDialog

    def __init__(self, log_path: Path | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.log_path = log_path
        self.dialog: ErrorDialog | None = None
        self._previous_hooks = (sys.excepthook, threading.excepthook)
        self._thread_error.connect(self.handle, Qt.ConnectionType.QueuedConnection)

    def install(self) -> None:
        sys.excepthook = self.handle
        threading.excepthook = self._handle_thread

    def uninstall(self) -> None:
        sys.excepthook, threading.excepthook = self._previous_hooks

    def _handle_thread(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_type is SystemExit:
            return
        self._thread_error.emit(args.exc_type, args.exc_value, args.exc_traceback)

    def handle(
        self,
        exc_type: type[BaseException],
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            self._previous_hooks[0](exc_type, exc, tb)  # Ctrl+C in a terminal still stops it
            return
        details = "".join(traceback.format_exception(exc_type, exc, tb))
        details = f"{APP_NAME} {__version__}, Python {sys.version.split()[0]}\n{details}"
        log.error("unexpected error\n%s", details)
        summary = f"{exc_type.__name__}: {exc}" if str(exc) else exc_type.__name__
        if QApplication.instance() is None:
            sys.__excepthook__(exc_type, exc or exc_type(), tb)
            return
        if self.dialog is not None and self.dialog.isVisible():
            self.dialog.add_occurrence(summary, details)
            return
        from posse_desktop.ui.error_dialog import ErrorDialog  # not needed until the first error

        self.dialog = ErrorDialog(summary, details, self.log_path, _active_window())
        self.dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog.destroyed.connect(self._forget_dialog)
        # Not exec(): a nested event loop inside an excepthook invites re-entrancy trouble.
        self.dialog.show()
        self.dialog_shown.emit(self.dialog)

    def _forget_dialog(self) -> None:
        self.dialog = None


def _active_window() -> QWidget | None:
    window = QApplication.activeWindow()
    if window is not None:
        return window
    visible = [w for w in QApplication.topLevelWidgets() if w.isVisible() and w.isWindow()]
    return visible[0] if visible else None


def install_exception_handler(
    log_path: Path | None, parent: QObject | None = None
) -> ExceptionHandler:
    handler = ExceptionHandler(log_path, parent)
    handler.install()
    return handler
