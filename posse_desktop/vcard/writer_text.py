"""Low-level vCard text output: escaping, parameter quoting and line folding (RFC 6350 3.2).

Hand-written rather than vobject's serialiser: exporting thousands of contacts must be fast, and
these few rules are all a writer needs.
"""

from __future__ import annotations

import re

CRLF = "\r\n"
FOLD_OCTETS = 75

_NEEDS_ESCAPE = re.compile(r"[\\,;\n\r]")
_LINE_BREAKS = re.compile(r"\r\n|\r")
_PARAM_UNSAFE = re.compile(r"[\x00-\x1f\x7f\"]")
_PARAM_NEEDS_QUOTES = re.compile(r"[;:,]")


def escape_text(value: str) -> str:
    """Escape a TEXT value: backslash, comma, semicolon and newline (any line break style)."""
    if not _NEEDS_ESCAPE.search(value):
        return value
    if "\r" in value:
        value = _LINE_BREAKS.sub("\n", value)
    # Chained replaces beat str.translate with a dict (a lookup per character); the backslash
    # goes first so that the escapes added after it are not doubled.
    return value.replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;").replace("\n", "\\n")


def escape_components(parts: tuple[str, ...] | list[str]) -> str:
    """A structured value (N, ADR, ORG): each component escaped, joined by semicolons."""
    return ";".join(escape_text(p) for p in parts)


def escape_list(items: list[str] | tuple[str, ...]) -> str:
    """A list value (CATEGORIES, NICKNAME): each item escaped, joined by commas."""
    return ",".join(escape_text(i) for i in items)


def param_value(value: str) -> str:
    """A parameter value: control characters and quotes dropped, quoted when it needs to be."""
    value = _PARAM_UNSAFE.sub("", value)
    if _PARAM_NEEDS_QUOTES.search(value):
        return f'"{value}"'
    return value


def fold(line: str) -> str:
    """Fold a content line at 75 octets, never inside a UTF-8 sequence; returns CRLF-joined text."""
    if len(line) <= FOLD_OCTETS and line.isascii():
        return line
    if line.isascii():
        chunks = [line[:FOLD_OCTETS]]
        chunks.extend(
            line[i : i + FOLD_OCTETS - 1] for i in range(FOLD_OCTETS, len(line), FOLD_OCTETS - 1)
        )
        return "\r\n ".join(chunks)
    data = line.encode("utf-8")
    if len(data) <= FOLD_OCTETS:
        return line
    pieces = []
    start, limit, size = 0, FOLD_OCTETS, len(data)
    while start < size:
        end = start + limit
        if end < size:
            # Back up to the first byte of a UTF-8 sequence (continuation bytes are 10xxxxxx).
            while data[end] & 0xC0 == 0x80:
                end -= 1
        pieces.append(data[start:end].decode("utf-8"))
        start, limit = end, FOLD_OCTETS - 1
    return "\r\n ".join(pieces)


def content_line(name: str, params: str, value: str, group: str = "") -> str:
    """`group.NAME;params:value` folded; `params` is already formatted (starting with ';')."""
    prefix = f"{group}.{name}" if group else name
    return fold(f"{prefix}{params}:{value}")
