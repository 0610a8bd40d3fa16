"""The small window shown while an older database is upgraded at start-up.

The upgrade (a verified safety copy first, then the schema steps) runs before the main window,
and on a large address book takes seconds: without a word, a double-click would seem to do nothing.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QLabel

from posse_desktop import APP_NAME

translate = QCoreApplication.translate  # the name pyside6-lupdate looks for


def show_upgrade_notice() -> QLabel:
    """Show the notice and paint it now (the upgrade that follows blocks the event loop)."""
    notice = QLabel(
        translate(
            "UpgradeNotice",
            "Updating your address book for this version of Posse.\n"
            "A safety copy is taken first. This happens once and can take a minute "
            "for a large address book.",
        )
    )
    notice.setTextFormat(Qt.TextFormat.PlainText)
    notice.setWindowTitle(APP_NAME)
    notice.setWordWrap(True)
    notice.setMargin(24)
    notice.setMinimumWidth(420)
    notice.setWindowFlag(Qt.WindowType.WindowCloseButtonHint, False)
    notice.show()
    for _ in range(3):  # map, lay out, paint
        QApplication.processEvents()
    return notice
