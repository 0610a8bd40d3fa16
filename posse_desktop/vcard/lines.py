"""From text to cards to properties: line endings, card boundaries, unfolding, QP soft breaks,
unindented base64. Every step is a linear scan; no line is ever handed to a backtracking regex.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

MAX_LINE_CHARS = 8 * 1024 * 1024  # a 5 MB photo on one unfolded base64 line, with room to spare
MAX_CARD_CHARS = 16 * 1024 * 1024

# Fullmatch on a single character class is linear: no nested quantifiers, nothing to backtrack.
_NAME = re.compile(r"[A-Za-z0-9_\-./]+")
_BASE64 = re.compile(r"[A-Za-z0-9+/=]+")
_BARE_ENCODINGS = frozenset({"QUOTED-PRINTABLE", "BASE64", "B", "8BIT", "7BIT"})


def split_lines(text: str) -> list[str]:
    """Split on CRLF, LF, CR and iOS's CRCRLF alike (one line end each)."""
    if "\r" in text:
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
    head = line[:5]
    if head[:1] not in ("B", "b", "E", "e"):
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
    for i, line in enumerate(lines):
        kind = _marker(line) if line[:1] in ("B", "b", "E", "e") else ""
        if not kind:
            if not stack and line.strip() and len(stray) < 1000:
                stray.append(i)
            continue
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
    while stack:
        card = stack.pop()
        card.segments.append((start, len(lines)))
        start = len(lines)
    return cards, stray


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


def parse_head(line: str) -> tuple[str, str, dict[str, list[str]], str] | None:
    """Split `group.NAME;params:value`, or None when the line is not a property."""
    colon = line.find(":")
    if colon <= 0:
        return None
    semi = line.find(";", 0, colon)
    if semi >= 0 and line.find('"', semi, colon) >= 0:
        colon = _colon_outside_quotes(line, semi)
    name = line[:colon] if semi < 0 else line[:semi]
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
        _parse_params(line[semi + 1 : colon], params)
    return group, name.upper(), params, line[colon + 1 :]


def _colon_outside_quotes(line: str, start: int) -> int:
    """The first ':' not inside double quotes; an unterminated quote falls back to the first ':'."""
    quoted = False
    for i in range(start, len(line)):
        ch = line[i]
        if ch == '"':
            quoted = not quoted
        elif ch == ":" and not quoted:
            return i
    return line.find(":")


def _split_outside_quotes(text: str, sep: str) -> list[str]:
    if '"' not in text:
        return text.split(sep)
    parts: list[str] = []
    quoted, start = False, 0
    for i, ch in enumerate(text):
        if ch == '"':
            quoted = not quoted
        elif ch == sep and not quoted:
            parts.append(text[start:i])
            start = i + 1
    parts.append(text[start:])
    return parts


def _parse_params(text: str, params: dict[str, list[str]]) -> None:
    for raw in _split_outside_quotes(text, ";"):
        item = raw.strip()
        if not item:
            continue  # empty parameter (Outlook's "PREF;:")
        eq = item.find("=")
        if eq < 0:  # vCard 2.1 bare parameter: TYPE value or encoding
            upper = item.upper()
            key = "ENCODING" if upper in _BARE_ENCODINGS else "TYPE"
            params.setdefault(key, []).append(item)
            continue
        key = item[:eq].strip().upper()
        values = [v.strip().strip('"') for v in _split_outside_quotes(item[eq + 1 :], ",")]
        params.setdefault(key, []).extend(v for v in values if v)


def _encoding_of(params: dict[str, list[str]], value: str) -> str:
    enc = params.get("ENCODING")
    if enc:
        upper = enc[0].upper()
        if upper == "QUOTED-PRINTABLE":
            return "QP"
        if upper in ("B", "BASE64"):
            return "B64"
    if value[:5].lower() == "data:" and ";base64," in value[:100].lower():
        return "B64"
    return ""


def parse_props(lines: list[str], segments: list[tuple[int, int]]) -> PropsResult:
    """Unfold a card's physical lines into properties.

    Repairs on the way: QP soft breaks (a value ending in '='), base64 continuation lines with no
    indent (2.1 phones), `#` comments, text continued on a raw newline (LABEL, NOTE), blank lines.
    """
    props: list[Prop] = []
    notes: list[tuple[int, str, str]] = []
    cur: Prop | None = None
    pieces: list[str] = []
    soft_break = False
    repaired_cur = False

    def finish() -> None:
        if cur is not None:
            if len(pieces) > 1:
                cur.value = "".join(pieces)
            props.append(cur)

    for start, stop in segments:
        for i in range(start, stop):
            line = lines[i]
            if len(line) > MAX_LINE_CHARS:
                notes.append((i + 1, f"line longer than {MAX_LINE_CHARS} characters", "dropped value"))
                finish()
                cur, pieces, soft_break = None, [], False
                continue
            if soft_break and cur is not None:
                # A QP soft break continues on the next line whatever it looks like.
                text = line.rstrip()
                soft_break = text.endswith("=")
                pieces.append(text[:-1] if soft_break else text)
                continue
            if not line or line.isspace():
                continue  # blank lines: 2.1 base64 terminator, or just noise
            first = line[0]
            if first == " " or first == "\t":
                if cur is None:
                    notes.append((i + 1, "continuation line without a property", "dropped value"))
                elif cur.encoding == "B64":
                    pieces.append(line.strip())
                else:
                    pieces.append(line[1:])
                    if cur.encoding == "QP":
                        soft_break = line.rstrip().endswith("=")
                        if soft_break:
                            pieces[-1] = line[1:].rstrip()[:-1]
                continue
            if first == "#":
                notes.append((i + 1, "comment line", "skipped line"))
                continue
            head = parse_head(line)
            if head is None:
                if cur is not None and cur.encoding == "B64" and _BASE64.fullmatch(line.strip()):
                    pieces.append(line.strip())  # unindented base64 continuation (2.1)
                elif cur is not None and not _looks_like_broken_property(line):
                    pieces.append("\n" + line)  # a raw newline inside a text value
                    if not repaired_cur:
                        notes.append((i + 1, f"{cur.name} value continues on an unfolded line", "repaired"))
                        repaired_cur = True
                else:
                    notes.append((i + 1, "line is not a property (no name or no ':')", "skipped line"))
                continue
            finish()
            group, name, params, value = head
            cur = Prop(i + 1, group, name, params, value, _encoding_of(params, value))
            pieces = [value]
            repaired_cur = False
            if cur.encoding == "QP":
                text = value.rstrip()
                soft_break = text.endswith("=")
                if soft_break:
                    pieces[0] = text[:-1]
    finish()
    return PropsResult(props, notes)


def _looks_like_broken_property(line: str) -> bool:
    """`TEL;a=b;...` with no ':' is a damaged property, not the rest of the previous value."""
    semi = line.find(";")
    colon = line.find(":")
    cut = min(x for x in (semi, colon, len(line)) if x >= 0)
    return cut > 0 and cut < len(line) and _NAME.fullmatch(line[:cut]) is not None
