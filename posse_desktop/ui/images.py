"""Decoding untrusted photo bytes safely: known formats only, bounded allocation."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QImage, QImageReader

ALLOWED_FORMATS = {b"jpeg", b"jpg", b"png", b"gif"}
MAX_PIXELS = 40_000_000
ALLOCATION_LIMIT_MB = 256


def configure_image_limits() -> None:
    """Qt's own cap on what any image decode may allocate, process-wide."""
    QImageReader.setAllocationLimit(ALLOCATION_LIMIT_MB)


def decode_photo(data: bytes | None) -> QImage | None:
    """Decode a contact photo, or None if it is missing, of a format we refuse, or too large."""
    if not data:
        return None
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    reader.setDecideFormatFromContent(True)
    if bytes(reader.format().data()).lower() not in ALLOWED_FORMATS:
        return None
    size = reader.size()
    if not size.isValid() or size.width() * size.height() > MAX_PIXELS:
        return None
    image = reader.read()
    return None if image.isNull() else image
