"""The properties of a contact's original vCard text, so the writer can carry over what Posse
does not model (unknown X- properties, itemN. groups and their X-ABLabel, LABEL, ROLE...).

The text was already read once by the reader; here it is only split into properties, tolerantly
and in linear time. Properties from a vCard 2.1 original are converted on the way out
(quoted-printable decoded, bare TYPE parameters named, CHARSET dropped) so that a carried-over
line is valid in the 3.0 or 4.0 card it lands in.
"""

from __future__ import annotations

import quopri
import re
from functools import lru_cache

from posse_desktop.vcard.decoding import text_codec
from posse_desktop.vcard.labels import label_from_types
from posse_desktop.vcard.params import BARE_ENCODINGS
from posse_desktop.vcard.writer_text import param_value

_LINE_SPLIT = re.compile(r"\r\n|\r|\n")
_NAME = re.compile(r"[A-Za-z0-9-]+")


class RawProperty:
    """One unfolded content line of the original card; parameters are parsed when first asked."""

    __slots__ = ("group", "name", "head", "value", "line", "legacy", "_params")

    def __init__(
        self, group: str, name: str, head: str, value: str, line: str, legacy: bool
    ) -> None:
        self.group = group
        self.name = name  # upper case
        self.head = head  # the raw parameters between the name and the colon, without the ';'
        self.value = value
        self.line = line  # the whole unfolded line as it was
        # vCard 2.1 forms that 3.0/4.0 do not allow (QP, CHARSET, bare parameters), or text
        # continued on a raw newline: the line must be re-encoded (modernised_line), not copied.
        self.legacy = legacy
        self._params: list[tuple[str, str]] | None = None

    @property
    def params(self) -> list[tuple[str, str]]:
        """(KEY upper case, or "" for a bare 2.1 value; raw value) in order."""
        if self._params is None:
            params = []
            for part in _split_params(self.head) if self.head else ():
                key, eq, value = part.partition("=")
                if eq:
                    params.append((key.strip().upper(), value))
                elif part.strip():
                    params.append(("", part.strip()))
            self._params = params
        return self._params

    def param(self, key: str) -> list[str]:
        return [v for k, v in self.params if k == key] if self.head else []

    def types(self) -> list[str]:
        """TYPE values as written, split on commas, bare 2.1 values included."""
        if not self.head:
            return []
        found = []
        for key, value in self.params:
            if key == "TYPE" or (not key and value.upper() not in BARE_ENCODINGS):
                found.extend(t.strip().strip('"') for t in value.split(","))
        return [t for t in found if t]

    @property
    def encoding(self) -> str:
        if not self.head:
            return ""
        for key, value in self.params:
            if key == "ENCODING" or (not key and value.upper() in BARE_ENCODINGS):
                return value.upper()
        return ""


_SKIPPED = frozenset({"BEGIN", "END", "VERSION"})


def parse_source(text: str) -> list[RawProperty]:
    """Split card text into properties; BEGIN/END/VERSION, comments and junk lines are dropped."""
    props = _parse_plain(text)
    if props is not None:
        return props
    props: list[RawProperty] = []
    logical: list[str] = []
    broken: set[int] = set()
    qp_open = False
    physicals = _LINE_SPLIT.split(text)
    count = len(physicals)
    i = 0
    while i < count:
        physical = physicals[i]
        i += 1
        if not physical:
            qp_open = False
            continue
        first = physical[0]
        if logical and (first in " \t" or qp_open):
            logical[-1] += physical[1:] if first in " \t" and not qp_open else physical
        else:
            # Unfold before judging the line: its colon may be on a folded part.
            while i < count and physicals[i][:1] in (" ", "\t") and not _qp_soft_break(physical):
                physical += physicals[i][1:]
                i += 1
            _add_line(logical, broken, physical)
        qp_open = _qp_soft_break(logical[-1])
        if qp_open:
            logical[-1] = logical[-1][:-1]
    for i, line in enumerate(logical):
        prop = parse_line(line)
        if prop is not None and prop.name not in ("BEGIN", "END", "VERSION"):
            if i in broken:
                prop.legacy = True
            props.append(prop)
    return props


def _add_line(logical: list[str], broken: set[int], physical: str) -> None:
    """A new unfolded line: a property, or one that continues the last (2.1 phones' habits)."""
    if logical and _looks_like_base64_tail(logical[-1], physical):
        logical[-1] += physical  # unindented base64 continuation
    elif logical and ":" not in physical and not physical.startswith("#"):
        logical[-1] += "\n" + physical  # text continued on a raw newline (LABEL, NOTE)
        broken.add(len(logical) - 1)
    else:
        logical.append(physical)


def _parse_plain(text: str) -> list[RawProperty] | None:
    """The common case, fast: CRLF line ends, one property a line, unquoted parameters (the reader
    stores cards so). Gives what the careful path would; None when the text needs that path."""
    lines = text.split("\r\n")
    breaks = len(lines) - 1
    if text.count("\n") != breaks or text.count("\r") != breaks or "=\r\n" in text:
        return None  # bare CR or LF, or a quoted-printable soft break
    props = []
    starts = _STARTS
    for line in lines:
        prefix, colon, value = line.partition(":")
        start = starts.get(prefix) if colon else None
        if start is None:
            if not prefix or not colon:
                if line:
                    return None  # folded, continued or junk
                continue
            start = _start(prefix)
            if start is None:
                return None  # quoted parameters, a comment or junk: the careful path's work
        if start is not _SKIP:
            group, name, head, legacy = start
            props.append(RawProperty(group, name, head, value, line, legacy))
    return props


# `group.NAME;params` -> (group, NAME upper case, params, legacy): a card's lines start with a
# few dozen texts that every card of a phone repeats. Bounded, so hostile input cannot grow it.
_STARTS: dict[str, tuple[str, str, str, bool]] = {}
_STARTS_MAX = 4096
_STARTS_KEY_MAX = 200
_SKIP = ("", "", "", False)  # BEGIN, END, VERSION


def _start(text: str) -> tuple[str, str, str, bool] | None:
    semi = text.find(";")
    prefix, head = (text, "") if semi < 0 else (text[:semi], text[semi + 1 :])
    if '"' in head:
        return None  # a quoted parameter may hide the colon
    group, _, name = prefix.rpartition(".")
    if not _NAME.fullmatch(name):
        return None
    name = name.upper()
    start = _SKIP if name in _SKIPPED else (group, name, head, bool(head) and _legacy_head(head))
    if len(text) <= _STARTS_KEY_MAX:  # a long one is rare or hostile: not worth the memory
        if len(_STARTS) >= _STARTS_MAX:
            _STARTS.clear()
        _STARTS[text] = start
    return start


def _head(line: str) -> str:
    colon = line.find(":")
    return line if colon < 0 else line[:colon]


def _qp_soft_break(line: str) -> bool:
    return line.endswith("=") and "QUOTED-PRINTABLE" in _head(line).upper()


def _looks_like_base64_tail(previous: str, line: str) -> bool:
    return ":" not in line and "BASE64" in _head(previous).upper()


def parse_line(line: str) -> RawProperty | None:
    """`group.NAME;k=v;bare:value` -> RawProperty; None for a comment or a line with no colon."""
    colon = line.find(":")
    if colon <= 0 or line[0] == "#":
        return None
    semi = line.find(";", 0, colon)
    if semi >= 0 and '"' in line[semi:colon]:
        colon = _colon_outside_quotes(line)
        if colon <= 0:
            return None
    name = line[:semi] if semi >= 0 else line[:colon]
    group = ""
    dot = name.rfind(".")
    if dot >= 0:
        group, name = name[:dot], name[dot + 1 :]
    if not _NAME.fullmatch(name):
        return None
    head = line[semi + 1 : colon] if semi >= 0 else ""
    legacy = bool(head) and _legacy_head(head)
    return RawProperty(group, name.upper(), head, line[colon + 1 :], line, legacy)


def _colon_outside_quotes(line: str) -> int:
    quoted = False
    for i, ch in enumerate(line):
        if ch == '"':
            quoted = not quoted
        elif ch == ":" and not quoted:
            return i
    return -1


def _split_params(head: str) -> list[str]:
    if '"' not in head:
        return head.split(";")
    parts, current, quoted = [], [], False
    for ch in head:
        if ch == '"':
            quoted = not quoted
        if ch == ";" and not quoted:
            parts.append("".join(current))
            current = []
        else:
            current.append(ch)
    parts.append("".join(current))
    return parts


@lru_cache(maxsize=4096)
def _legacy_head(head: str) -> bool:
    """Cached by the parameter text: the same few heads repeat on every card of a phone."""
    for part in _split_params(head):
        key, eq, value = part.partition("=")
        key = key.strip().upper()
        if not eq:
            if part.strip():
                return True
        elif key == "CHARSET" or (key == "ENCODING" and value.strip('"').upper() != "B"):
            return True
    return False


@lru_cache(maxsize=4096)
def head_label(head: str) -> tuple[str, bool]:
    """(label, pref) that the reader reads from a line's TYPE (and PREF) parameters, by the
    parameter text: cached, since the same few heads repeat on every card."""
    prop = RawProperty("", "X", head, "", "", False)
    label, pref = label_from_types(prop.types())
    return label, pref or bool(prop.param("PREF"))


def modernised_line(prop: RawProperty) -> str:
    """The property as a 3.0/4.0 content line (unfolded): 2.1 encodings decoded, params named."""
    if not prop.legacy:
        return prop.line
    value = prop.value
    charset = (prop.param("CHARSET") or ["utf-8"])[0]
    encoding = prop.encoding
    params: list[str] = []
    if encoding == "QUOTED-PRINTABLE":
        value = _escape_legacy_text(_decode_qp(value, charset))
    elif encoding in ("BASE64", "B"):
        params.append("ENCODING=b")
    else:
        value = _escape_legacy_text(value)
    for key, raw in prop.params:
        if key in ("CHARSET", "ENCODING") or (not key and raw.upper() in BARE_ENCODINGS):
            continue
        params.append(f"{key or 'TYPE'}={param_value(raw.strip(chr(34)))}")
    name = f"{prop.group}.{prop.name}" if prop.group else prop.name
    return "".join((name, *(";" + p for p in params), ":", value))


def _decode_qp(value: str, charset: str) -> str:
    data = quopri.decodestring(value.encode("utf-8", "surrogateescape"))
    # The declared name is checked as the reader checks it: a damaged one ("Win\x00dows")
    # made bytes.decode raise ValueError.
    for candidate in (text_codec(charset) or "utf-8", "utf-8", "cp1252"):
        try:
            return data.decode(candidate)
        except (LookupError, ValueError):
            continue
    return data.decode("utf-8", "replace")


def _escape_legacy_text(value: str) -> str:
    """2.1 text escapes only `\\;`; keep semicolons as separators, escape the rest for 3.0."""
    out = []
    i, size = 0, len(value)
    while i < size:
        ch = value[i]
        if ch == "\\" and i + 1 < size and value[i + 1] == ";":
            out.append("\\;")
            i += 2
            continue
        if ch == "\\":
            out.append("\\\\")
        elif ch == ",":
            out.append("\\,")
        elif ch == "\r":
            pass
        elif ch == "\n":
            out.append("\\n")
        else:
            out.append(ch)
        i += 1
    return "".join(out)
