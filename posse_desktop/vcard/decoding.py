"""Turning bytes into text: the file's encoding (BOM, UTF-16 sniffing) and each value's charset.

The file is decoded once as UTF-8 with `surrogateescape`, so bytes that are not UTF-8 survive as
lone surrogates and can be re-decoded per property by its CHARSET. A UTF-16 file is decoded whole.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass
from functools import lru_cache

from posse_desktop.vcard import messages as msg
from posse_desktop.vcard.messages import Message

_BOMS = (  # UTF-32 first: its little-endian BOM starts with UTF-16's
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# Phones that say Shift_JIS write Microsoft's superset (NEC/IBM extensions, ~ vs \u301c).
_SUPERSETS = {"shift_jis": "cp932", "euc_jp": "cp932", "iso8859-1": "cp1252", "latin-1": "cp1252"}
_UTF8_NAMES = {"utf-8", "utf8", "us-ascii", "ascii", "ansi_x3.4-1968"}


@dataclass(frozen=True)
class FileText:
    text: str
    encoding: str
    problem: str = ""
    # False when no byte of the file was foreign to its encoding: then no card needs cleaning.
    foreign_bytes: bool = True


def sniff(data: bytes) -> FileText:
    """Decode a whole file. Never raises; a lossy decode says so in `problem`."""
    for bom, name in _BOMS:
        if data.startswith(bom):
            return _decode(data[len(bom) :], name, bom=True)
    utf16 = _sniff_utf16(data)
    if utf16:
        return _decode(data, utf16, bom=False)
    return _decode_utf8(data, "utf-8")


def _decode_utf8(data: bytes, label: str) -> FileText:
    """Bytes that are not UTF-8 (legacy 8-bit text) are kept as surrogate escapes, for each
    value to be re-read in its own CHARSET."""
    try:
        return FileText(data.decode("utf-8"), label, foreign_bytes=False)
    except UnicodeDecodeError:
        return FileText(data.decode("utf-8", "surrogateescape"), label)


def _sniff_utf16(data: bytes) -> str:
    """UTF-16 without BOM (old macOS Address Book): ASCII text has a NUL in every other byte."""
    sample = data[:512]
    if len(sample) < 8:
        return ""
    half = len(sample) // 2
    even_nuls, odd_nuls = sample[0::2].count(0), sample[1::2].count(0)
    if odd_nuls > half * 0.6 and even_nuls < half * 0.1:
        return "utf-16-le"
    if even_nuls > half * 0.6 and odd_nuls < half * 0.1:
        return "utf-16-be"
    return ""


def _decode(data: bytes, encoding: str, bom: bool) -> FileText:
    if encoding == "utf-8":
        return _decode_utf8(data, "utf-8 (BOM)")
    unit = 4 if "32" in encoding else 2
    data = data[: len(data) - len(data) % unit]
    text = data.decode(encoding, "replace")
    label = f"{encoding} ({'BOM' if bom else 'no BOM'})"
    problem = Message(msg.FILE_BYTES_REPLACED, encoding) if "\ufffd" in text else ""
    return FileText(text, label, problem, foreign_bytes=False)


def text_codec(charset: str) -> str | None:
    """Python codec name for a CHARSET parameter, or None when unknown or not a text encoding."""
    if len(charset) > 64:  # no real charset name is this long; keep junk out of the cache
        return None
    return _text_codec(charset)


@lru_cache(maxsize=64)
def _text_codec(charset: str) -> str | None:
    try:
        info = codecs.lookup(charset.strip().strip('"'))
    except (LookupError, ValueError):
        return None
    if not getattr(info, "_is_text_encoding", True):
        return None
    return _SUPERSETS.get(info.name, info.name)


def legacy_codec(charset: str) -> str | None:
    """The codec for a CHARSET that can serve as a card's fallback: an 8-bit or multibyte
    encoding that keeps ASCII as ASCII (not UTF-16/32, UTF-7 or IDNA)."""
    codec = text_codec(charset)
    if codec is None or codec.startswith(("utf", "idna", "punycode")):
        return None
    return codec if _keeps_ascii(codec) else None


@lru_cache(maxsize=64)
def _keeps_ascii(codec: str) -> bool:
    try:
        return "BEGIN:VCARD;=\\".encode(codec) == b"BEGIN:VCARD;=\\"
    except (UnicodeError, LookupError):
        return False


def has_foreign_bytes(text: str) -> bool:
    """True when `text` carries bytes that were not UTF-8 (as surrogate escapes)."""
    if text.isascii():
        return False
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def decode_bytes(raw: bytes, charset: str, fallback: str) -> tuple[str, str]:
    """Decode a value's bytes: valid UTF-8 wins, then the declared charset, then `fallback`.

    UTF-8 wins because legacy 8-bit text is almost never valid UTF-8, while exports that declare
    a legacy CHARSET over UTF-8 bytes are common (UTF-8 BOM files saying Windows-1253).
    Returns (text, problem message or "").
    """
    try:
        return raw.decode("utf-8"), ""
    except UnicodeDecodeError:
        pass
    template, name = msg.TEXT_NOT_UTF8_READ_AS, ""
    if charset:
        codec = text_codec(charset)
        if codec is None:
            template, name = msg.CHARSET_UNKNOWN_READ_AS, repr(charset[:40])
        elif codec not in _UTF8_NAMES and codec != "utf-8":
            try:
                return raw.decode(codec), ""
            except UnicodeError:  # the "undefined" codec raises the base class
                template, name = msg.TEXT_INVALID_READ_AS, charset[:40]
        else:  # declared UTF-8 with a few broken bytes: keep the rest readable
            text = raw.decode("utf-8", "replace")
            return text, Message(msg.TEXT_INVALID_REPLACED, charset[:40])
    codec = text_codec(fallback) or "cp1252"
    try:
        text = raw.decode(codec)
    except UnicodeError:
        text = raw.decode("latin-1")
        codec = "latin-1"
    return text, Message(template, *((name, codec) if name else (codec,)))


def decode_text(value: str, charset: str, fallback: str) -> tuple[str, str]:
    """Fix a value decoded with surrogate escapes by re-decoding its original bytes."""
    if not has_foreign_bytes(value):
        return value, ""
    return decode_bytes(value.encode("utf-8", "surrogateescape"), charset, fallback)


def clean_source(text: str, fallback: str) -> str:
    """The card's text with foreign bytes decoded line by line, so it can be stored and exported."""
    if not has_foreign_bytes(text):
        return text
    return "\n".join(decode_text(line, "", fallback)[0] for line in text.split("\n"))
