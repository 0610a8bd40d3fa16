"""Links from contacts reach the desktop only when they are http, https, mailto or tel."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QObject, QUrl, Slot
from PySide6.QtGui import QDesktopServices

from posse_desktop.ui.link_opener import open_link


class Recorder(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.opened: list[str] = []

    @Slot(QUrl)
    def record(self, url: QUrl) -> None:
        self.opened.append(url.toString())


@pytest.fixture
def recorder(qapp):
    # A real URL handler (Qt's own hook) records instead of launching a browser.
    rec = Recorder()
    for scheme in ("http", "https", "mailto", "tel", "file", "javascript", "smb"):
        QDesktopServices.setUrlHandler(scheme, rec, "record")
    yield rec
    for scheme in ("http", "https", "mailto", "tel", "file", "javascript", "smb"):
        QDesktopServices.unsetUrlHandler(scheme)


def test_safe_links_open(recorder):
    assert open_link("https://acme.example/team")
    assert open_link("mailto:dana@acme.example")
    assert open_link("tel:+15550100")
    assert recorder.opened == [
        "https://acme.example/team",
        "mailto:dana@acme.example",
        "tel:+15550100",
    ]


@pytest.mark.parametrize(
    "url",
    [
        "file:///etc/passwd",
        "javascript:alert(1)",
        "smb://evil.example/x",
        '<a href="file:///x">x</a>',
    ],
)
def test_unsafe_links_never_reach_the_desktop(recorder, url):
    assert not open_link(url)
    assert recorder.opened == []
