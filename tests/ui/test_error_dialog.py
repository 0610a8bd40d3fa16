"""An unexpected exception is logged, shown with its details and the log's place; the app goes on."""

from __future__ import annotations

import logging
import stat
import sys
import threading

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from posse_desktop.log_setup import PrivateLogHandler, log_file, setup_logging
from posse_desktop.ui.error_dialog import ErrorDialog
from posse_desktop.ui.exception_handler import ExceptionHandler, install_exception_handler


@pytest.fixture
def handler(qapp):
    log_path = setup_logging()
    installed = install_exception_handler(log_path)
    yield installed
    installed.uninstall()
    if installed.dialog is not None:
        installed.dialog.close()
    for h in list(logging.getLogger().handlers):
        if isinstance(h, PrivateLogHandler):
            logging.getLogger().removeHandler(h)
            h.close()


def _boom() -> None:
    raise ValueError("the unexpected thing")


@pytest.mark.qt_no_exception_capture
def test_an_exception_in_a_slot_opens_the_dialog_and_the_app_keeps_running(qtbot, window, handler):
    with qtbot.waitSignal(handler.dialog_shown, timeout=3000) as shown:
        QTimer.singleShot(0, _boom)
    dialog = shown.args[0]
    assert isinstance(dialog, ErrorDialog) and dialog.isVisible()
    assert dialog.summary.text() == "ValueError: the unexpected thing"
    assert "Traceback" in dialog.details.toPlainText()
    assert "_boom" in dialog.details.toPlainText()
    assert dialog.details.isReadOnly()
    assert str(log_file()) in dialog.log_location.text()
    dialog.copy_button.click()
    assert "the unexpected thing" in QGuiApplication.clipboard().text()
    dialog.close()
    # Still alive and working: a new contact can be added after the error.
    window.actions.find.trigger()
    assert window.isVisible()


def test_the_error_and_its_traceback_are_in_a_private_log(qapp, handler):
    try:
        _boom()
    except ValueError:
        handler.handle(*sys.exc_info())
    for h in logging.getLogger().handlers:
        h.flush()
    text = log_file().read_text(encoding="utf-8")
    assert "ValueError: the unexpected thing" in text and "Traceback" in text
    assert stat.S_IMODE(log_file().stat().st_mode) == 0o600
    assert stat.S_IMODE(log_file().parent.stat().st_mode) == 0o700


def test_more_errors_while_the_dialog_is_open_join_it(qapp, handler):
    for _ in range(3):
        try:
            _boom()
        except ValueError:
            handler.handle(*sys.exc_info())
    dialogs = [
        w for w in QApplication.topLevelWidgets() if isinstance(w, ErrorDialog) and w.isVisible()
    ]
    assert len(dialogs) == 1
    assert dialogs[0].details.toPlainText().count("ValueError: the unexpected thing") == 3


def test_an_exception_in_a_thread_reaches_the_gui_thread(qtbot, handler):
    thread = threading.Thread(target=_boom)
    with qtbot.waitSignal(handler.dialog_shown, timeout=3000) as shown:
        thread.start()
        thread.join()
    assert shown.args[0].summary.text() == "ValueError: the unexpected thing"


def test_keyboard_interrupt_is_not_an_error_dialog(qapp):
    seen = []
    handler = ExceptionHandler(None)  # not installed: its "previous hook" records the call
    handler._previous_hooks = (lambda *a: seen.append(a[0]), threading.excepthook)
    handler.handle(KeyboardInterrupt, KeyboardInterrupt(), None)
    assert seen == [KeyboardInterrupt] and handler.dialog is None
