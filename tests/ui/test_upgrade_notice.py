"""The notice shown while an older database is upgraded: painted at once, plain text, translated."""

from __future__ import annotations

from PySide6.QtCore import Qt

from posse_desktop.ui.upgrade_notice import show_upgrade_notice


def test_the_notice_is_on_screen_before_the_upgrade_blocks(qtbot) -> None:
    notice = show_upgrade_notice()
    qtbot.addWidget(notice)
    assert notice.isVisible()
    assert notice.textFormat() == Qt.TextFormat.PlainText
    assert "safety copy" in notice.text()
    assert not notice.grab().isNull()


def test_the_notice_speaks_german(qtbot, german) -> None:
    notice = show_upgrade_notice()
    qtbot.addWidget(notice)
    assert "Sicherheitskopie" in notice.text()
