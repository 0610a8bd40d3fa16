"""Does an original card line still say what the contact holds? One test per single kind.

The writer keeps such a line as it was (its parameters, group and label survive); these tests
decide it cheaply, on the raw value, without a full parse.
"""

from __future__ import annotations

from collections.abc import Callable

from posse_desktop.domain import ContactData, PartialDate
from posse_desktop.vcard import writer_props as wp
from posse_desktop.vcard.values import parse_date, split_escaped, unescape
from posse_desktop.vcard.writer_text import escape_text

# Single text kinds: the attribute holding the value ("" for FN, which falls back to a name).
TEXT_KINDS = {
    "FN": "",
    "NICKNAME": "nickname",
    "TITLE": "title",
    "NOTE": "notes",
    "UID": "uid",
    "X-POSSE-HOW-WE-MET": "how_we_met",
}


def text_value(kind: str, data: ContactData) -> str:
    attr = TEXT_KINDS[kind]
    return getattr(data, attr) if attr else wp.formatted_name(data)


def text(value: str) -> str:
    return (unescape(value) if "\\" in value else value).strip()


# Does one original line (its raw value) say what the contact has? One test per single kind.
def _same_n(value: str, data: ContactData) -> bool:
    parts = list(map(str.strip, [*split_escaped(value, ";"), "", "", "", "", ""][:5]))
    n = data.name
    return parts == [n.family, n.given, n.additional, n.prefix, n.suffix]


def _same_org(value: str, data: ContactData) -> bool:
    parts = list(map(str.strip, split_escaped(value, ";")))
    return parts[0] == data.org and ", ".join(p for p in parts[1:] if p) == data.department


def _same_categories(value: str, data: ContactData) -> bool:
    tags = [t.strip() for t in split_escaped(value, ",") if t.strip()]
    return tags == [t for t in data.tags if t.strip()]


def _same_date(value: str, current: PartialDate | None) -> bool:
    # Shortcut: the ISO text of the date (what Posse and most phones write) reads back as it.
    # Not for the years the reader turns into "no year".
    if current is not None and current.year not in (0, 1604) and value == current.iso():
        return True
    return parse_date(unescape(value)) == current


def _same_text(value: str, current: str) -> bool:
    if "\\" not in value:
        return value.strip() == current
    # Shortcut: escaping is cheaper than unescaping, and text Posse wrote reads back as it was
    # (when it has no outer blanks and no CR, which reading would strip or turn into LF).
    if value == escape_text(current) and current == current.strip() and "\r" not in current:
        return True
    return unescape(value).strip() == current


SAME_LINE: dict[str, Callable[[str, ContactData], bool]] = {
    "FN": lambda value, data: _same_text(value, wp.formatted_name(data)),
    "NICKNAME": lambda value, data: _same_text(value, data.nickname),
    "TITLE": lambda value, data: _same_text(value, data.title),
    "NOTE": lambda value, data: _same_text(value, data.notes),
    "UID": lambda value, data: _same_text(value, data.uid),
    "X-POSSE-HOW-WE-MET": lambda value, data: _same_text(value, data.how_we_met),
    "N": _same_n,
    "ORG": _same_org,
    "BDAY": lambda value, data: _same_date(value, data.birthday),
    "ANNIVERSARY": lambda value, data: _same_date(value, data.anniversary),
    "CATEGORIES": _same_categories,
}
