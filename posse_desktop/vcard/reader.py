"""Read vCard 2.1/3.0/4.0 bytes into cards and problems. Never raises; one bad card costs nothing else.

Pipeline: sniff the file's encoding -> split lines (any line ending) -> find cards (nested and
unclosed ones too) -> unfold each card into properties with dialect repairs -> map to ContactData.
vobject is not used here: it truncates 2.1 notes at commas, has an exponential line regex and
loses every card after a bad one (see issue 3).
"""

from __future__ import annotations

import gc
import os
from collections.abc import Callable
from pathlib import Path

from posse_desktop.fileio import printable_path
from posse_desktop.vcard import messages as msg
from posse_desktop.vcard.decoding import clean_source, legacy_codec, sniff, text_codec
from posse_desktop.vcard.lines import (
    MAX_CARD_CHARS,
    CardSpan,
    Prop,
    parse_props,
    split_cards,
    split_lines,
)
from posse_desktop.vcard.mapping import map_card
from posse_desktop.vcard.messages import Message
from posse_desktop.vcard.model import (
    REFUSED_FILE,
    REPAIRED,
    SKIPPED_CARD,
    SKIPPED_LINE,
    CardRecord,
    Problem,
    ReadResult,
)

MAX_FILE_BYTES = 100 * 1024 * 1024
CHECK_EVERY = 100  # cards between polls of `cancelled`

Cancelled = Callable[[], bool]


def read_vcard_file(path: str | os.PathLike[str], cancelled: Cancelled | None = None) -> ReadResult:
    """Read a .vcf file, refusing files over MAX_FILE_BYTES without reading them whole.

    `cancelled()` is polled every CHECK_EVERY cards; a True stops the reading (`result.cancelled`).
    """
    source = printable_path(path)
    try:
        with Path(path).open("rb") as handle:
            size = os.fstat(handle.fileno()).st_size
            if size > MAX_FILE_BYTES:
                return _refused(source, size)
            data = handle.read(MAX_FILE_BYTES + 1)  # the file may grow between stat and read
    except OSError as exc:
        return ReadResult(
            [],
            [
                Problem(
                    source,
                    None,
                    "",
                    0,
                    Message(msg.CANNOT_READ_FILE, exc.strerror or exc),
                    REFUSED_FILE,
                )
            ],
        )
    if len(data) > MAX_FILE_BYTES:
        return _refused(source, len(data))
    return read_vcards(data, source, cancelled)


def _refused(source: str, size: int) -> ReadResult:
    mb = MAX_FILE_BYTES // (1024 * 1024)
    message = Message(msg.FILE_TOO_LARGE, f"{size / (1024 * 1024):.0f}", mb)
    return ReadResult([], [Problem(source, None, "", 0, message, REFUSED_FILE)])


def read_vcards(data: bytes, source: str, cancelled: Cancelled | None = None) -> ReadResult:
    """Parse every card in `data`. `source` names the file in problems."""
    result = ReadResult()
    gc_was_enabled = gc.isenabled()
    # Parsing makes millions of small acyclic objects; the cyclic GC would rescan them again and
    # again (a quarter of the run time) and free nothing. Paused for this call only.
    gc.disable()
    try:
        _read(data, source, result, cancelled)
    except Exception as exc:  # a bug of ours must not take the import down with it
        result.problems.append(
            Problem(
                source,
                None,
                "",
                0,
                Message(msg.READER_FAILED, type(exc).__name__, exc),
                SKIPPED_CARD,
            )
        )
    finally:
        if gc_was_enabled:
            gc.enable()
    return result


def _read(data: bytes, source: str, result: ReadResult, cancelled: Cancelled | None) -> None:
    if len(data) > MAX_FILE_BYTES:
        result.problems.extend(_refused(source, len(data)).problems)
        return
    decoded = sniff(data)
    if decoded.problem:
        result.problems.append(Problem(source, None, "", 0, decoded.problem, REPAIRED))
    lines = split_lines(decoded.text)
    spans, stray = split_cards(lines)
    if stray:
        message = Message(msg.LINES_OUTSIDE_CARDS, len(stray))
        result.problems.append(Problem(source, None, "", stray[0] + 1, message, SKIPPED_LINE))
    if not spans and any(line.strip() for line in lines[:1000]):
        result.problems.append(Problem(source, None, "", 1, Message(msg.NO_BEGIN), REFUSED_FILE))
    for index, span in enumerate(spans):
        if cancelled is not None and index % CHECK_EVERY == 0 and cancelled():
            result.cancelled = True
            return
        try:
            record, problems = _read_card(lines, span, index, source, decoded.foreign_bytes)
        except Exception as exc:  # wrap per card: keep going with the next one
            message = Message(msg.CARD_UNREADABLE, type(exc).__name__, exc)
            result.problems.append(
                Problem(source, index, "", span.begin + 1, message, SKIPPED_CARD)
            )
            continue
        result.problems.extend(problems)
        if record is not None:
            result.cards.append(record)


def _read_card(
    lines: list[str], span: CardSpan, index: int, source: str, foreign_bytes: bool
) -> tuple[CardRecord | None, list[Problem]]:
    begin_line = span.begin + 1
    body = _card_lines(lines, span)
    text = "\r\n".join(["BEGIN:VCARD", *body, "END:VCARD", ""])
    if len(text) - len(body) - len(_FRAME) > MAX_CARD_CHARS:  # the body's chars and line ends
        message = Message(msg.CARD_TOO_LARGE, MAX_CARD_CHARS // (1024 * 1024))
        return None, [Problem(source, index, "", begin_line, message, SKIPPED_CARD)]
    # One stretch of lines, none of them blank or folded: each line is a logical line.
    plain = len(span.segments) == 1 and not (
        "\r\n " in text or "\r\n\t" in text or "\r\n\r\n" in text
    )
    parsed = parse_props(lines, span.segments, plain)
    notes = list(parsed.notes)
    fallback = _fallback_charset(parsed.props, notes)
    mapped = map_card(parsed.props, fallback)
    if span.end < 0:
        last = span.segments[-1][1] if span.segments else begin_line
        notes.append((begin_line, Message(msg.NO_END, last), REPAIRED))
    if span.nested:
        notes.append((begin_line, Message(msg.NESTED), REPAIRED))
    if not mapped.version:
        notes.append((begin_line, Message(msg.NO_VERSION), REPAIRED))
    notes.extend(mapped.notes)
    raw = clean_source(text, fallback) if foreign_bytes else text
    data = mapped.data
    data.vcard_source = raw
    problems = []
    if notes:
        name = data.display_name
        problems = [
            Problem(source, index, name, line, message, action)
            for line, message, action in sorted(_dedupe(notes), key=lambda note: note[0])
        ]
    return CardRecord(index, begin_line, data, raw, mapped.version, mapped.related), problems


_FRAME = "BEGIN:VCARD\r\nEND:VCARD\r\n"


def _card_lines(lines: list[str], span: CardSpan) -> list[str]:
    if len(span.segments) == 1:
        start, stop = span.segments[0]
        return lines[start:stop]
    return [line for start, stop in span.segments for line in lines[start:stop]]


def _fallback_charset(props: list[Prop], notes: list[tuple[int, str, str]]) -> str:
    """Undeclared 8-bit text is read in the card's own legacy CHARSET when it names one
    (Outlook declares it on one property only), else as Windows-1252. Unknown names are noted."""
    found = ""
    for prop in props:
        charset = prop.params.get("CHARSET")
        if not charset:
            continue
        if text_codec(charset[0]) is None:
            message = Message(msg.CHARSET_UNKNOWN, repr(charset[0][:40]))
            notes.append((prop.line, message, REPAIRED))
        elif not found:
            found = legacy_codec(charset[0]) or ""
    return found or "cp1252"


def _dedupe(notes: list[tuple[int, str, str]]) -> list[tuple[int, str, str]]:
    """The same message once per card (a charset problem repeats on every property)."""
    seen: set[str] = set()
    out = []
    for note in notes:
        if note[1] not in seen:
            seen.add(note[1])
            out.append(note)
    return out
