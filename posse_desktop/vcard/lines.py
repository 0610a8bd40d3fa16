"""From text to cards to properties: line endings, card boundaries, unfolding, QP soft breaks,
unindented base64. Every step is a linear scan; no line is ever handed to a backtracking regex.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from posse_desktop.vcard import messages as msg
from posse_desktop.vcard.messages import Message
from posse_desktop.vcard.model import DROPPED_VALUE, REPAIRED, SKIPPED_LINE
from posse_desktop.vcard.params import encoding_of, parse_params

MAX_LINE_CHARS = 8 * 1024 * 1024  # a 5 MB photo on one unfolded base64 line, with room to spare
MAX_CARD_CHARS = 16 * 1024 * 1024
# Name and parameters; real ones are short (a LABEL="..." address at most). Longer is hostile.
MAX_HEAD_CHARS = 16 * 1024

# Fullmatch on a single character class is linear: no nested quantifiers, nothing to backtrack.
_NAME = re.compile(r"[A-Za-z0-9_\-./]+")
_BASE64 = re.compile(r"[A-Za-z0-9+/=]+")


def split_lines(text: str) -> list[str]:
    """Split on CRLF, LF, CR and iOS's CRCRLF alike (one line end each)."""
    if "\r" in text:
        crlf = text.count("\r\n")
        if crlf == text.count("\r") == text.count("\n"):  # CRLF throughout: no copies needed
            return text.split("\r\n")
        text = text.replace("\r\r\n", "\n").replace("\r\n", "\n").replace("\r", "\n")
    return text.split("\n")


@dataclass
class CardSpan:
    """Where a card's lines are: index ranges into the file's lines (several when cards nest)."""

    begin: int  # index of the BEGIN:VCARD line
    segments: list[tuple[int, int]] = field(default_factory=list)
    end: int = -1  # index of END:VCARD, -1 when the card was never closed
    nested: bool = False


def _marker(line: str) -> str:
    """'BEGIN' / 'END' for vCard boundary lines (any case, stray blanks), else ''."""
    if line == "BEGIN:VCARD" or line == "END:VCARD":  # as nearly every file writes them
        return line[:-6]
    if line[1:2] not in "EeNn \t":  # EMAIL, and anything else but BEGIN and END
        return ""
    if len(line) > 64 and len(line.strip()) > 64:  # a long base64 line that starts with B or E
        return ""
    compact = line.replace(" ", "").replace("\t", "").upper()
    if compact == "BEGIN:VCARD":
        return "BEGIN"
    if compact == "END:VCARD":
        return "END"
    return ""


def split_cards(lines: list[str]) -> tuple[list[CardSpan], list[int]]:
    """Find the cards. A BEGIN inside an open card starts a nested card; the outer card resumes
    after its END, which also covers a card whose END is missing before the next card.

    Returns the cards in BEGIN order and the indexes of non-blank lines outside every card.
    """
    cards: list[CardSpan] = []
    stack: list[CardSpan] = []
    stray: list[int] = []
    start = 0
    outside = 0  # lines from here to the next marker are outside every card
    # Only a line starting with B or E can be a marker; the others matter only outside cards,
    # so a phone's export is walked marker by marker, not line by line (a fifth of the time).
    for i in [i for i, line in enumerate(lines) if line[:1] in "BbEe"]:
        kind = _marker(lines[i])
        if not kind:
            continue
        if not stack:
            _add_stray(lines, outside, i, stray)
        if kind == "BEGIN":
            if stack:
                stack[-1].segments.append((start, i))
            card = CardSpan(begin=i, nested=bool(stack))
            cards.append(card)
            stack.append(card)
            start = i + 1
        elif stack:
            card = stack.pop()
            card.segments.append((start, i))
            card.end = i
            start = i + 1
        elif len(stray) < 1000:
            stray.append(i)
        outside = i + 1
    if not stack:
        _add_stray(lines, outside, len(lines), stray)
    while stack:
        card = stack.pop()
        card.segments.append((start, len(lines)))
        start = len(lines)
    return cards, stray


def _add_stray(lines: list[str], start: int, stop: int, stray: list[int]) -> None:
    """Note the non-blank lines in lines[start:stop] (outside every card), up to 1000 in all."""
    for i in range(start, stop):
        if len(stray) >= 1000:
            return
        if lines[i].strip():
            stray.append(i)


@dataclass(slots=True)
class Prop:
    line: int  # 1-based physical line
    group: str
    name: str  # upper case
    params: dict[str, list[str]]
    value: str
    encoding: str = ""  # "QP", "B64" or ""


@dataclass
class PropsResult:
    props: list[Prop]
    notes: list[tuple[int, str, str]]  # (line, message, action)


# Parsed heads (`group.NAME;params`) by text: a file repeats a few dozen heads thousands of times.
# Entries are shared, so their params dicts are never mutated. Bounded so hostile input cannot grow it.
_Head = tuple[str, str, dict[str, list[str]], str]
_HEAD_CACHE: dict[str, _Head | None] = {}
_HEAD_CACHE_MAX = 4096
_HEAD_CACHE_KEY_MAX = 200


def parse_head(line: str) -> tuple[str, str, dict[str, list[str]], str, str] | None:
    """Split `group.NAME;params:value` into (group, NAME, params, encoding, value), or None
    when the line is not a property. `encoding` is "QP", "B64" or ""."""
    colon = line.find(":", 0, MAX_HEAD_CHARS)
    if colon <= 0:
        return None
    head = line[:colon]
    if '"' in head:
        semi = head.find(";")
        if semi >= 0:
            # The quoted value may hide the real colon further on, but never past the cap.
            colon = _colon_outside_quotes(line[: MAX_HEAD_CHARS + 1], semi)
            head = line[:colon]
    parsed = _HEAD_CACHE.get(head, False)
    if parsed is False:
        parsed = _parse_head(head)
        if len(head) <= _HEAD_CACHE_KEY_MAX:  # long heads are hostile or rare: not worth memory
            if len(_HEAD_CACHE) >= _HEAD_CACHE_MAX:
                _HEAD_CACHE.clear()
            _HEAD_CACHE[head] = parsed
    if parsed is None:
        return None
    group, name, params, encoding = parsed
    value = line[colon + 1 :]
    if not encoding and value[:1] in ("d", "D") and _is_data_uri(value):
        encoding = "B64"
    return group, name, params, encoding, value


def _parse_head(head: str) -> _Head | None:
    semi = head.find(";")
    name = head if semi < 0 else head[:semi]
    if not _NAME.fullmatch(name):
        return None
    group = ""
    dot = name.rfind(".")
    if dot >= 0:
        group, name = name[:dot], name[dot + 1 :]
        if not name:
            return None
    params: dict[str, list[str]] = {}
    if semi >= 0:
        parse_params(head[semi + 1 :], params)
    return group, name.upper(), params, encoding_of(params)


def _is_data_uri(value: str) -> bool:
    """vCard 4.0 inline photos: `data:image/jpeg;base64,...`."""
    return value[:5].lower() == "data:" and ";base64," in value[:100].lower()


def _colon_outside_quotes(line: str, start: int) -> int:
    """The first ':' not inside double quotes; an unterminated quote falls back to the first ':'.

    Jumps from quote to quote with str.find (C speed), each stretch scanned once: linear.
    """
    colon = line.find(":", start)
    i = start
    while colon >= 0:
        quote = line.find('"', i, colon)
        if quote < 0:
            return colon
        close = line.find('"', quote + 1)
        if close < 0:
            break
        i = close + 1
        if colon < i:
            colon = line.find(":", i)
    return line.find(":")


def unfold(lines: list[str], segments: list[tuple[int, int]]) -> list[tuple[int, str]]:
    """Join folded lines (a leading blank continues the previous line, even inside parameters).

    After a QP soft break ('=' at the end of a quoted-printable line) an indented line is data,
    its blank included (AOSP fixtures), so it is not unfolded but passed on as its own line.
    Returns (1-based line, text) per logical line; a run of blank lines gives one empty entry.
    """
    logical: list[tuple[int, str]] = []
    pieces: list[str] = []
    first = 0
    in_qp = False  # the current logical line belongs to a quoted-printable property
    for start, stop in segments:
        for i in range(start, stop):
            line = lines[i]
            if not line or line.isspace():
                if pieces:
                    logical.append((first, pieces[0] if len(pieces) == 1 else "".join(pieces)))
                    logical.append((i + 1, ""))  # ends a QP soft break or a 2.1 base64 block
                pieces, in_qp = [], False
                continue
            soft = in_qp and bool(pieces) and pieces[-1].rstrip().endswith("=")
            if (line[0] == " " or line[0] == "\t") and pieces and not soft:
                pieces.append(line[1:])
                continue
            if pieces:
                logical.append((first, pieces[0] if len(pieces) == 1 else "".join(pieces)))
            if not soft:
                in_qp = line.rstrip().endswith("=") and _is_qp_head(line)
            pieces = [line]
            first = i + 1
    if pieces:
        logical.append((first, pieces[0] if len(pieces) == 1 else "".join(pieces)))
    return logical


def _is_qp_head(line: str) -> bool:
    return "QUOTED-PRINTABLE" in line.split(":", 1)[0].upper()


def parse_props(
    lines: list[str], segments: list[tuple[int, int]], plain: bool = False
) -> PropsResult:
    """Unfold a card's physical lines into properties. `plain`: the caller found the card to be
    one segment of lines with no folds and no blank lines, so each line is a logical line.

    Repairs on the way: QP soft breaks (a value ending in '='), base64 continuation lines with no
    indent (2.1 phones), `#` comments, text continued on a raw newline (LABEL, NOTE), blank lines.
    """
    props: list[Prop] = []
    notes: list[tuple[int, str, str]] = []
    cur: Prop | None = None
    pieces: list[str] | None = None  # continuation pieces of `cur`, only when it has any
    soft_break = False
    repaired_cur = False
    if plain:
        start, stop = segments[0]
        logical = enumerate(lines[start:stop], start + 1)
    else:
        logical = unfold(lines, segments)
    for number, line in logical:
        if len(line) > MAX_LINE_CHARS:
            notes.append((number, Message(msg.LINE_TOO_LONG, MAX_LINE_CHARS), DROPPED_VALUE))
            if cur is not None and pieces:
                cur.value = "".join(pieces)
            cur, pieces, soft_break = None, None, False
            continue
        if not line:
            soft_break = False
            continue
        if soft_break and cur is not None:
            # A QP soft break continues on the next line whatever it looks like.
            text = line.rstrip()
            soft_break = text.endswith("=")
            if pieces is None:
                pieces = [cur.value]
            pieces.append(text[:-1] if soft_break else text)
            continue
        # Fast path: a head parsed before (most lines of a phone's export), no quotes in it.
        colon = line.find(":", 0, MAX_HEAD_CHARS)
        head_text = line[:colon] if colon > 0 else ""
        known = _HEAD_CACHE.get(head_text) if '"' not in head_text else None
        if known is not None:
            if pieces:
                cur.value = "".join(pieces)  # type: ignore[union-attr]
                pieces = None
            repaired_cur = False
            value = line[colon + 1 :]
            encoding = known[3]
            if encoding == "QP":
                text = value.rstrip()
                soft_break = text.endswith("=")
                if soft_break:
                    value = text[:-1]
            elif not encoding and value[:1] in ("d", "D") and _is_data_uri(value):
                encoding = "B64"
            cur = Prop(number, known[0], known[1], known[2], value, encoding)
            props.append(cur)
            continue
        if line[0] == "#":
            notes.append((number, Message(msg.COMMENT_LINE), SKIPPED_LINE))
            continue
        head = parse_head(line)
        if head is None:
            if cur is None:
                notes.append((number, Message(msg.NOT_A_PROPERTY), SKIPPED_LINE))
                continue
            if pieces is None:
                pieces = [cur.value]
            if cur.encoding == "B64" and _BASE64.fullmatch(line.strip()):
                pieces.append(line.strip())  # unindented base64 continuation (2.1)
            elif not _looks_like_broken_property(line):
                pieces.append("\n" + line)  # a raw newline inside a text value
                if not repaired_cur:
                    notes.append((number, Message(msg.CONTINUES_UNFOLDED, cur.name), REPAIRED))
                    repaired_cur = True
            else:
                notes.append((number, Message(msg.NOT_A_PROPERTY), SKIPPED_LINE))
            continue
        if pieces:
            cur.value = "".join(pieces)  # type: ignore[union-attr]
            pieces = None
        group, name, params, encoding, value = head
        repaired_cur = False
        if encoding == "QP":
            text = value.rstrip()
            soft_break = text.endswith("=")
            if soft_break:
                value = text[:-1]
        cur = Prop(number, group, name, params, value, encoding)
        props.append(cur)
    if cur is not None and pieces:
        cur.value = "".join(pieces)
    return PropsResult(props, notes)


def _looks_like_broken_property(line: str) -> bool:
    """`TEL;a=b;...` with no ':' is a damaged property, not the rest of the previous value."""
    semi = line.find(";")
    colon = line.find(":")
    cut = min(x for x in (semi, colon, len(line)) if x >= 0)
    return cut > 0 and cut < len(line) and _NAME.fullmatch(line[:cut]) is not None
