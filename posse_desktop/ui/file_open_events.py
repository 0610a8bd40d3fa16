"""macOS hands double-clicked files to a running app as QFileOpenEvents, at launch too.

Installed on the QApplication on macOS only: a filter there sees every event of every widget.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Signal


class FileOpenEventFilter(QObject):
    """Turns macOS QFileOpenEvents (Finder double-click, dropping on the Dock icon) into a signal.

    Install it on the QApplication right after creating it: at launch the event can arrive before
    the main window exists. Until deliver_to() is called, files are held in ``pending``.
    """

    files_opened = Signal(list)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pending: list[str] = []
        self._delivering = False

    def deliver_to(self, callback: Callable[[list[str]], object]) -> None:
        """Connect ``callback`` to files_opened and hand it whatever arrived before."""
        self.files_opened.connect(callback)
        self._delivering = True
        held, self.pending = self.pending, []
        if held:
            callback(held)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.FileOpen:
            return False
        path = event.file() or event.url().toLocalFile()  # type: ignore[attr-defined]
        if not path:
            return False
        if self._delivering:
            self.files_opened.emit([path])
        else:
            self.pending.append(path)
        return True
