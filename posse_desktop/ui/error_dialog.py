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

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from posse_desktop import APP_NAME, __version__
from posse_desktop.ui.widgets import heading_label, muted, plain_label

log = logging.getLogger("posse_desktop.crash")


class ErrorDialog(QDialog):
    """A short message, the details to copy, and where the log is."""

    def __init__(self, summary: str, details: str, log_path: Path | None, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("errorDialog")
        self.setWindowTitle(self.tr("Something went wrong"))
        self.resize(640, 420)
        self.message = heading_label(
            self.tr("%1 ran into a problem it did not expect. Your data is safe: every change "
                    "is saved when you make it. You can keep working.").replace("%1", APP_NAME)
        )
        self.summary = plain_label(summary)
        self.summary.setObjectName("errorSummary")
        self.details = QPlainTextEdit(details)
        self.details.setObjectName("errorDetails")
        self.details.setReadOnly(True)
        self.details.setAccessibleName(self.tr("Error details"))
        self.details.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.details.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        if log_path is not None:
            where = self.tr("The details are also in the log file:\n%1").replace("%1", str(log_path))
        else:
            where = self.tr("The log file could not be written; copy the details below.")
        self.log_location = muted(plain_label(where))
        self.log_location.setObjectName("errorLogLocation")
        self.copy_button = QPushButton(self.tr("&Copy Details"))
        self.copy_button.setAccessibleName(self.tr("Copy details"))
        self.copy_button.clicked.connect(self.copy_details)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (self.message, self.summary, self.log_location, self.details):
            layout.addWidget(widget)
        layout.setStretchFactor(self.details, 1)
        layout.addWidget(buttons)

    def add_occurrence(self, summary: str, details: str) -> None:
        """Another error while this dialog is open: append it rather than stack up dialogs."""
        self.summary.setText(self.tr("%1 (and more errors, see below)").replace("%1", summary))
        self.details.appendPlainText("\n" + details)

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details.toPlainText())


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


def install_exception_handler(log_path: Path | None, parent: QObject | None = None) -> ExceptionHandler:
    handler = ExceptionHandler(log_path, parent)
    handler.install()
    return handler
