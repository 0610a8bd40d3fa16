"""Once a day while the app runs: a desktop notification of what is coming.

Uses QSystemTrayIcon where the desktop has a tray; says nothing where it has none (the strip at the
top of the timeline shows the same). The day of the last notification is kept in QSettings, so
restarting the app the same day does not repeat it.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QObject, QSettings, QTimer
from PySide6.QtWidgets import QSystemTrayIcon, QWidget

from posse_desktop import APP_NAME
from posse_desktop.services.registry import Services
from posse_desktop.ui.icons import app_icon
from posse_desktop.ui.panes.timeline_upcoming import upcoming_details, upcoming_phrases

SETTINGS_KEY = "notifications/last_day"
FIRST_CHECK_MS = 15_000  # after start-up, when the window is painted and the user settled
CHECK_EVERY_MS = 60 * 60 * 1000  # catches midnight within the hour
DAYS = 7
RECONNECTS = 50


def notification_text(services: Services) -> tuple[str, str] | None:
    """(title, body) of today's notification, or None when nothing is coming."""
    reconnects = len(services.cadence.reconnect_list(RECONNECTS))
    upcoming = services.upcoming.upcoming(DAYS, reconnect_limit=0)
    phrases = upcoming_phrases(upcoming, reconnects, more=reconnects >= RECONNECTS)
    if not phrases:
        return None
    body = "\n".join(upcoming_details(upcoming, 6)) or "; ".join(phrases)
    # Some notification servers read the body as markup: show names as typed, not as tags.
    body = body.replace("&", "＆").replace("<", "‹").replace(">", "›")
    return f"{APP_NAME}: " + "; ".join(phrases[:3]), body


class UpcomingNotifier(QObject):
    def __init__(self, services: Services, window: QWidget, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.tray: QSystemTrayIcon | None = None
        self.last_message: tuple[str, str] | None = None
        if QSystemTrayIcon.isSystemTrayAvailable():
            self.tray = QSystemTrayIcon(app_icon(), self)
            self.tray.setToolTip(APP_NAME)
            self.tray.messageClicked.connect(lambda: (window.showNormal(), window.activateWindow()))
            self.tray.show()
        self.timer = QTimer(self, interval=CHECK_EVERY_MS)
        self.timer.timeout.connect(self.check)
        self.timer.start()
        self.first_check = QTimer(self, interval=FIRST_CHECK_MS, singleShot=True)
        self.first_check.timeout.connect(self.check)
        self.first_check.start()

    def stop(self) -> None:
        """The window is closing: no check may run against a database that is going away."""
        self.timer.stop()
        self.first_check.stop()

    def check(self) -> tuple[str, str] | None:
        """Notify if today's notification is not out yet; returns what was (or would be) shown."""
        today: date = self._services.upcoming.today()
        settings = QSettings()
        if settings.value(SETTINGS_KEY, "") == today.isoformat():
            return None
        settings.setValue(SETTINGS_KEY, today.isoformat())
        message = notification_text(self._services)
        if message is None:
            return None
        self.last_message = message
        if self.tray is not None:
            self.tray.showMessage(*message, QSystemTrayIcon.MessageIcon.Information, 15_000)
        return message
