"""Which links Posse may hand to the desktop to open. Qt-free, so it is tested without a display.

Everything a contact holds came from a vCard, a CSV or a person, so a "website" may be
`file:///etc/passwd`, `javascript:...` or a `smb://` share that leaks credentials when opened.
Only web pages, e-mail and phone calls are opened; everything else is shown as text only.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

SAFE_SCHEMES = frozenset({"http", "https", "mailto", "tel"})
MAX_URL_LENGTH = 2048


def is_safe_url(url: str) -> bool:
    """True when `url` is an absolute http(s), mailto or tel link that is safe to open."""
    if not isinstance(url, str) or not url or len(url) > MAX_URL_LENGTH:
        return False
    # Control characters and spaces let a link look like one thing and open another.
    if any(ord(ch) < 0x21 or ord(ch) == 0x7F or _is_bidi_control(ch) for ch in url):
        return False
    try:
        parts = urlsplit(url)
    except ValueError:
        return False
    scheme = parts.scheme.lower()
    if scheme not in SAFE_SCHEMES:
        return False
    if scheme in ("http", "https"):
        try:
            host = parts.hostname
        except ValueError:
            return False
        return bool(host) and url.lower().startswith(f"{scheme}://")
    # mailto:/tel: need something after the colon, and no "//host" trick.
    return bool(parts.path) and not url[len(scheme) + 1 :].startswith("/")


def link_for_email(address: str) -> str | None:
    """The mailto: link for an e-mail address as stored, or None when it is not one."""
    address = address.strip()
    if "@" not in address or any(ch in address for ch in "?&#/:"):
        return None
    url = f"mailto:{address}"
    return url if is_safe_url(url) else None


def link_for_phone(number: str) -> str | None:
    """The tel: link for a phone number as stored, or None when it does not look like one."""
    digits = "".join(ch for ch in number if ch.isdigit() or ch == "+")
    if not any(ch.isdigit() for ch in digits):
        return None
    url = f"tel:{digits}"
    return url if is_safe_url(url) else None


def link_for_web(value: str) -> str | None:
    """The link for a stored web address; a bare `example.com` becomes https."""
    value = value.strip()
    if "://" not in value and not _OTHER_SCHEME.match(value):
        value = f"https://{value}"  # a bare "example.com" or "example.com:8080/x"
    return value if is_safe_url(value) else None


# "javascript:…", "data:…", "mailto:…": a scheme without "//", unlike a host with a port
# ("example.com:8080"). Such a value is checked as it is, never turned into https://javascript:….
_OTHER_SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:(?!\d)")


def _is_bidi_control(ch: str) -> bool:
    return ch in "\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u061c"
