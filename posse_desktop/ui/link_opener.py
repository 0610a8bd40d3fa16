"""The only way Posse opens a link: through links.is_safe_url (http, https, mailto, tel)."""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices

from posse_desktop.links import is_safe_url


def open_link(url: str) -> bool:
    """Hand `url` to the desktop if it is safe to open; False (and nothing opened) otherwise."""
    if not is_safe_url(url):
        return False
    qurl = QUrl(url, QUrl.ParsingMode.StrictMode)
    # Qt's parser must agree with ours about the scheme, or a crafted URL could slip through.
    if not qurl.isValid() or qurl.scheme().lower() not in ("http", "https", "mailto", "tel"):
        return False
    return QDesktopServices.openUrl(qurl)
