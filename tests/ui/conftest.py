"""Fixtures for tests that drive real widgets offscreen."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from posse_desktop.services.registry import Services
from posse_desktop.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot, db):
    QCoreApplication.setOrganizationName("PosseTests")
    QCoreApplication.setApplicationName("PosseTests")
    win = MainWindow(Services())
    qtbot.addWidget(win)
    with qtbot.waitSignal(win.first_painted):  # what waits for the first paint has loaded too
        win.show()
    qtbot.waitUntil(lambda: win.timeline_pane.reminders_ready)  # read on a worker thread
    yield win
    win.close()


@pytest.fixture
def on_modal(qtbot) -> Callable[[Callable[[QWidget], None]], None]:
    """Run `handler(dialog)` on the next modal dialog once it is open (exec() blocks the test)."""

    def arm(handler: Callable[[QWidget], None]) -> None:
        def attempt(tries: int = 200) -> None:
            dialog = QApplication.activeModalWidget()
            if dialog is None and tries:
                QTimer.singleShot(10, lambda: attempt(tries - 1))
                return
            assert dialog is not None, "no modal dialog opened"
            handler(dialog)

        QTimer.singleShot(0, attempt)

    return arm


@pytest.fixture
def german(qapp, monkeypatch):
    """The German catalog and locale for one test; English and the C locale again after it (the
    default locale is process-wide: dates in later tests would come out German)."""
    from PySide6.QtCore import QLocale

    from posse_desktop.ui.translations import install_translators

    install_translators(qapp, QLocale("de"))
    yield
    monkeypatch.setenv("POSSE_LANG", "en")
    install_translators(qapp)
    QLocale.setDefault(QLocale.c())
