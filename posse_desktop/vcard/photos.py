"""Photo checks without decoding the image: format by magic bytes, size and pixel caps.

The pixel count comes from the header (PNG IHDR, GIF screen, JPEG SOFn), so a 380 KB file that
claims 20000x20000 is refused before anything allocates 1.6 GB for it.
"""

from __future__ import annotations

import base64
import binascii
import struct

from posse_desktop.vcard import messages as msg
from posse_desktop.vcard.messages import Message

MAX_PHOTO_BYTES = 5 * 1024 * 1024
MAX_PHOTO_PIXELS = 50_000_000
# The most a well-formed photo's base64 can be; longer text is refused before decoding.
MAX_PHOTO_B64 = MAX_PHOTO_BYTES * 4 // 3 + 8

_PNG = b"\x89PNG\r\n\x1a\n"
# SOF markers carry the frame size; C4 (DHT), C8 (JPG) and CC (DAC) share the range but do not.
_SOF = frozenset(range(0xC0, 0xD0)) - {0xC4, 0xC8, 0xCC}
_MAX_JPEG_STEPS = 4096


class PhotoError(ValueError):
    """The photo cannot be used; `message` says why."""

    def __init__(self, template: str, *args: object) -> None:
        self.message = Message(template, *args)
        super().__init__(self.message)


def decode_base64(text: str) -> bytes:
    """Lenient base64: whitespace ignored, missing padding added."""
    compact = "".join(text.split())
    if len(compact) > MAX_PHOTO_B64:
        raise PhotoError(msg.PHOTO_TOO_LARGE, MAX_PHOTO_BYTES // (1024 * 1024))
    compact = compact.rstrip("=")
    compact += "=" * (-len(compact) % 4)
    try:
        return base64.b64decode(compact, validate=True)
    except (binascii.Error, ValueError) as exc:
        raise PhotoError(msg.PHOTO_NOT_BASE64, exc) from None


def check_photo(data: bytes) -> str:
    """Return the MIME type of an acceptable photo, or raise PhotoError."""
    if len(data) > MAX_PHOTO_BYTES:
        raise PhotoError(msg.PHOTO_TOO_LARGE, MAX_PHOTO_BYTES // (1024 * 1024))
    if data.startswith(_PNG):
        mime, size = "image/png", _png_size(data)
    elif data[:6] in (b"GIF87a", b"GIF89a"):
        mime, size = "image/gif", _gif_size(data)
    elif data.startswith(b"\xff\xd8\xff"):
        mime, size = "image/jpeg", _jpeg_size(data)
    else:
        raise PhotoError(msg.PHOTO_NOT_AN_IMAGE)
    width, height = size
    if width <= 0 or height <= 0:
        raise PhotoError(msg.PHOTO_NO_SIZE)
    if width * height > MAX_PHOTO_PIXELS:
        raise PhotoError(msg.PHOTO_TOO_MANY_PIXELS, width, height, MAX_PHOTO_PIXELS // 1_000_000)
    return mime


def _png_size(data: bytes) -> tuple[int, int]:
    if len(data) < 24 or data[12:16] != b"IHDR":
        raise PhotoError(msg.PNG_TRUNCATED)
    return struct.unpack(">II", data[16:24])


def _gif_size(data: bytes) -> tuple[int, int]:
    if len(data) < 10:
        raise PhotoError(msg.GIF_TRUNCATED)
    return struct.unpack("<HH", data[6:10])


def _jpeg_size(data: bytes) -> tuple[int, int]:
    """Walk the segment headers to the frame header. Real files reach it within a few dozen
    segments; a file of endless tiny segments or fill bytes is refused instead of walked."""
    i, n = 2, len(data)
    for _ in range(_MAX_JPEG_STEPS):
        if i + 4 > n:
            break
        if data[i] != 0xFF:
            raise PhotoError(msg.JPEG_CORRUPT)
        marker = data[i + 1]
        if marker == 0xFF:  # fill byte
            i += 1
            continue
        if marker in (0xD8, 0x01) or 0xD0 <= marker <= 0xD7:
            i += 2
            continue
        (length,) = struct.unpack(">H", data[i + 2 : i + 4])
        if marker in _SOF:
            if i + 9 > n:
                break
            height, width = struct.unpack(">HH", data[i + 5 : i + 9])
            return width, height
        if length < 2:
            raise PhotoError(msg.JPEG_CORRUPT)
        i += 2 + length
    else:
        raise PhotoError(msg.JPEG_TOO_MANY_SEGMENTS)
    raise PhotoError(msg.JPEG_TRUNCATED)
