"""The text of one card (or the lines around a problem) as it stands in a file, for showing a
problem's card to the user when the card was not imported. Qt-free, never raises.
"""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path

from posse_desktop.vcard.decoding import sniff
from posse_desktop.vcard.lines import split_cards, split_lines
from posse_desktop.vcard.reader import MAX_FILE_BYTES

MAX_EXCERPT_CHARS = 64 * 1024  # a card with a photo is mostly base64 nobody wants to read
CONTEXT_LINES = 5  # around a problem that belongs to no card


def card_excerpt(path: str | os.PathLike[str], card_index: int | None, line: int) -> str:
    """The card `card_index` of `path` (0-based, in file order), or the lines around `line`
    (1-based) when the problem belongs to no card. Explains itself instead of raising."""
    try:
        stat = os.stat(path)
        lines = _file_lines(os.fspath(path), stat.st_mtime_ns, stat.st_size)
    except OSError as exc:
        return f"[cannot read {os.fspath(path)}: {exc.strerror or exc}]"
    if lines is None:
        return "[the file is too large to show]"
    first, last = _card_lines(lines, card_index) if card_index is not None else (None, None)
    if first is None or last is None:
        if not line:
            return "[this problem concerns the whole file, not one card]"
        first = max(0, line - 1 - CONTEXT_LINES)
        last = min(len(lines), line + CONTEXT_LINES)
    return _numbered(lines, first, last)


@lru_cache(maxsize=2)
def _file_lines(path: str, _mtime_ns: int, size: int) -> list[str] | None:
    """The file's lines, cached: a report's problems are clicked one after another."""
    if size > MAX_FILE_BYTES:
        return None
    with Path(path).open("rb") as handle:
        return split_lines(sniff(handle.read(MAX_FILE_BYTES)).text)


def _card_lines(lines: list[str], card_index: int) -> tuple[int | None, int | None]:
    spans, _ = split_cards(lines)
    if not 0 <= card_index < len(spans):
        return None, None
    span = spans[card_index]
    # A nested card's own lines are interleaved with its outer card's: show the whole stretch.
    last = (
        span.end + 1
        if span.end >= 0
        else (span.segments[-1][1] if span.segments else span.begin + 1)
    )
    return span.begin, last


def _numbered(lines: list[str], first: int, last: int) -> str:
    width = len(str(last))
    out: list[str] = []
    size = 0
    for number in range(first, last):
        text = lines[number]
        if len(text) > 200:  # base64 photos: the line number and the start are enough
            text = f"{text[:80]}… ({len(text):,} characters)"
        out.append(f"{number + 1:>{width}}  {text}")
        size += len(out[-1])
        if size > MAX_EXCERPT_CHARS:
            out.append(f"… ({last - number - 1:,} more lines)")
            break
    return "\n".join(out)
