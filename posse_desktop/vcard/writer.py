"""Contacts -> vCard 3.0 (default) or 4.0 text.

Lossless by merging: the properties Posse models are written from the contact; every other
property of the contact's original card (`vcard_source`) is carried over as it was, in its place,
with its `itemN.` group. A modeled property whose value Posse did not change is also written as
the original line, so its parameters and group (and the group's X-ABLabel) survive.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

from posse_desktop.domain import ContactData, TypedValue
from posse_desktop.vcard import writer_props as wp
from posse_desktop.vcard.labels import apple_label
from posse_desktop.vcard.mapping import IM_PROPERTIES
from posse_desktop.vcard.values import parse_date, split_escaped, unescape
from posse_desktop.vcard.writer_source import (
    RawProperty,
    is_legacy,
    modernised_line,
    parse_source,
    type_label,
)
from posse_desktop.vcard.writer_text import CRLF, fold

VERSIONS = (wp.V3, wp.V4)

# Multi-valued kinds: ContactData attribute and renderer.
MULTI: dict[str, tuple[str, Callable[..., list[wp.Line]]]] = {
    "EMAIL": ("emails", wp.email_lines),
    "TEL": ("phones", wp.tel_lines),
    "URL": ("urls", wp.url_lines),
    "IMPP": ("ims", wp.impp_lines),
    "ADR": ("addresses", wp.adr_lines),
}
# Property name in a card -> the kind Posse models it as. Everything else is carried over.
KIND_OF_NAME = {
    "PRODID": "PRODID",
    "UID": "UID",
    "FN": "FN",
    "N": "N",
    "NICKNAME": "NICKNAME",
    "PHOTO": "PHOTO",
    "BDAY": "BDAY",
    "ANNIVERSARY": "ANNIVERSARY",
    "X-ANNIVERSARY": "ANNIVERSARY",
    "ORG": "ORG",
    "TITLE": "TITLE",
    "EMAIL": "EMAIL",
    "TEL": "TEL",
    "ADR": "ADR",
    "URL": "URL",
    "IMPP": "IMPP",
    "CATEGORIES": "CATEGORIES",
    "NOTE": "NOTE",
    "EXPERTISE": "EXPERTISE",
    "X-EXPERTISE": "EXPERTISE",
    "X-POSSE-ROLE": "X-POSSE-ROLE",
    "X-POSSE-ROLES": "X-POSSE-ROLE",
    "X-POSSE-HOW-WE-MET": "X-POSSE-HOW-WE-MET",
    "X-SOCIALPROFILE": "URL",
    **dict.fromkeys(IM_PROPERTIES, "IMPP"),
}
# Where kinds go in a card that has no original line for them.
ORDER = (
    "PRODID",
    "UID",
    "FN",
    "N",
    "NICKNAME",
    "PHOTO",
    "BDAY",
    "ANNIVERSARY",
    "ORG",
    "TITLE",
    "EMAIL",
    "TEL",
    "ADR",
    "URL",
    "IMPP",
    "CATEGORIES",
    "NOTE",
    "X-POSSE-HOW-WE-MET",
    "EXPERTISE",
    "X-POSSE-ROLE",
)
# Kinds always written from the contact, never kept as the original line.
ALWAYS_REGENERATED = frozenset({"PRODID", "PHOTO", "EXPERTISE", "X-POSSE-ROLE"})
RELATED_NAMES = frozenset({"RELATED", "X-ABRELATEDNAMES"})


def write_vcard(
    contact: ContactData, version: str = wp.V3, related: Sequence[TypedValue] = ()
) -> str:
    """One contact as a vCard (CRLF line ends, folded at 75 octets).

    Args:
        contact: a Contact or ContactData; its `vcard_source`, if any, supplies what Posse does
            not model.
        version: "3.0" (default) or "4.0".
        related: Posse's relationships of this contact: value is the other person's name (or
            a `urn:uuid:` URI), label the kind ("colleague").
    """
    if version not in VERSIONS:
        raise ValueError(f"unsupported vCard version {version!r} (use 3.0 or 4.0)")
    lines = _CardWriter(contact, version).lines(related)
    return "".join(("BEGIN:VCARD", CRLF, "VERSION:", version, CRLF, *lines, "END:VCARD", CRLF))


def write_vcards(
    contacts: Iterable[ContactData],
    version: str = wp.V3,
    related: Callable[[ContactData], Sequence[TypedValue]] | None = None,
) -> str:
    """Many contacts, one after the other, as one .vcf text."""
    if related is None:
        return "".join(write_vcard(c, version) for c in contacts)
    return "".join(write_vcard(c, version, related(c)) for c in contacts)


_TEXT_KINDS = frozenset({"FN", "NICKNAME", "TITLE", "NOTE", "UID", "X-POSSE-HOW-WE-MET"})


def _text_value(kind: str, data: ContactData) -> str:
    if kind == "FN":
        return wp.formatted_name(data)
    if kind == "NOTE":
        return data.notes
    if kind == "TITLE":
        return data.title
    if kind == "UID":
        return data.uid
    if kind == "NICKNAME":
        return data.nickname
    return data.how_we_met


def carried_lines(source: str) -> list[str]:
    """The lines of a card that Posse does not model (what an export carries over as it was)."""
    return [modernised_line(p) for p in parse_source(source) if kind_of(p) is None]


def kind_of(prop: RawProperty) -> str | None:
    kind = KIND_OF_NAME.get(prop.name)
    if kind == "PHOTO" and not _embedded(prop):
        return None  # a photo by URL: Posse never fetches it, so it is carried over as it was
    return kind


def _embedded(prop: RawProperty) -> bool:
    return prop.encoding in ("B", "BASE64") or prop.value.lstrip().lower().startswith("data:")


class _CardWriter:
    def __init__(self, data: ContactData, version: str) -> None:
        self.data = data
        self.version = version
        self.props = parse_source(data.vcard_source) if data.vcard_source else []
        self.groups = wp.Groups({p.group for p in self.props if p.group})
        self.kept_groups: set[str] = set()
        self._labels = {
            p.group.lower(): apple_label(unescape(p.value).strip())
            for p in self.props
            if p.group and p.name == "X-ABLABEL"
        }

    def lines(self, related: Sequence[TypedValue]) -> list[str]:
        kinds = [kind_of(prop) for prop in self.props]
        by_kind: dict[str, list[RawProperty]] = {}
        for prop, kind in zip(self.props, kinds, strict=True):
            if kind:
                by_kind.setdefault(kind, []).append(prop)
        out: list[tuple[str, str, bool]] = []  # (group, folded text, carried)
        done: set[str] = set()
        for prop, kind in zip(self.props, kinds, strict=True):
            if kind is None:
                out.append((prop.group.lower(), fold(modernised_line(prop)), True))
            elif kind not in done:
                done.add(kind)
                out.extend(self._render(kind, by_kind[kind]))
        for kind in ORDER:
            if kind not in done:
                out.extend(self._render(kind, []))
        modeled_groups = {p.group.lower() for ps in by_kind.values() for p in ps if p.group}
        orphans = modeled_groups - self.kept_groups
        result = [text for group, text, carried in out if not (carried and group in orphans)]
        result.extend(self._related(related))
        return [line + CRLF for line in result]

    # --- one kind -----------------------------------------------------------------------------

    def _render(self, kind: str, originals: list[RawProperty]) -> list[tuple[str, str, bool]]:
        if kind in MULTI:
            return self._render_multi(kind, originals)
        if kind == "PRODID":
            return [("", "PRODID:" + wp.PRODID, False)]
        if kind not in ALWAYS_REGENERATED and originals and self._scalar_unchanged(kind, originals):
            return [self._keep(p) for p in originals]
        return [self._new(line) for line in wp.scalar_lines(kind, self.data, self.version)]

    def _render_multi(self, kind: str, originals: list[RawProperty]) -> list[tuple[str, str, bool]]:
        attr, renderer = MULTI[kind]
        candidates = [p for p in originals if not is_legacy(p)]
        keys = [_multi_key(kind, p) for p in candidates]
        out = []
        for item in getattr(self.data, attr):
            key = _item_key(kind, item)
            match = None
            for i, prop in enumerate(candidates):
                if prop is not None and keys[i] == key and self._same_label(prop, item):
                    match = i
                    break
            if match is not None:
                out.append(self._keep(candidates[match]))
                candidates[match] = None
            else:
                out.extend(self._new(line) for line in renderer(item, self.version, self.groups))
        return out

    def _keep(self, prop: RawProperty) -> tuple[str, str, bool]:
        if prop.group:
            self.kept_groups.add(prop.group.lower())
        return (prop.group.lower(), fold(prop.line), False)

    @staticmethod
    def _new(line: wp.Line) -> tuple[str, str, bool]:
        group, name, params, value = line
        prefix = f"{group}.{name}" if group else name
        return (group, fold(f"{prefix}{params}:{value}"), False)

    def _same_label(self, prop: RawProperty, item) -> bool:
        """Would the reader give this line the item's label and pref flag (see mapping.label)?"""
        label, pref = type_label(prop)
        if prop.group:
            label = self._labels.get(prop.group.lower()) or label
        if not label and prop.name in IM_PROPERTIES:
            label = IM_PROPERTIES[prop.name]
        elif not label and prop.name == "IMPP" and ":" in prop.value:
            label = unescape(prop.value).strip().split(":", 1)[0].lower()
        return pref == item.pref and label == item.label

    def _scalar_unchanged(self, kind: str, originals: list[RawProperty]) -> bool:
        if any(is_legacy(p) for p in originals):
            return False
        data = self.data
        values = [p.value for p in originals]
        if kind in _TEXT_KINDS:
            if len(values) == 1:
                joined = unescape(values[0]).strip()
            else:
                joined = "\n".join(unescape(v).strip() for v in values)
            return joined == _text_value(kind, data)
        if len(values) != 1:
            return False
        value = values[0]
        if kind == "N":
            parts = [p.strip() for p in [*split_escaped(value, ";"), "", "", "", "", ""][:5]]
            n = data.name
            return parts == [n.family, n.given, n.additional, n.prefix, n.suffix]
        if kind == "ORG":
            parts = [p.strip() for p in split_escaped(value, ";")]
            return parts[0] == data.org and ", ".join(p for p in parts[1:] if p) == data.department
        if kind in ("BDAY", "ANNIVERSARY"):
            current = data.birthday if kind == "BDAY" else data.anniversary
            return parse_date(unescape(value)) == current
        if kind == "CATEGORIES":
            tags = [t.strip() for t in split_escaped(value, ",") if t.strip()]
            return tags == [t for t in data.tags if t.strip()]
        return False

    def _related(self, related: Sequence[TypedValue]) -> list[str]:
        if not related:
            return []
        present = {
            unescape(p.value).strip().casefold() for p in self.props if p.name in RELATED_NAMES
        }
        fresh = [r for r in related if r.value.strip().casefold() not in present]
        return [self._new(line)[1] for line in wp.related_lines(fresh, self.version, self.groups)]


def _multi_key(kind: str, prop: RawProperty) -> object:
    value = prop.value
    if kind == "ADR":
        return tuple(p.strip() for p in [*split_escaped(value, ";"), *[""] * 7][:7])
    return _value_key(kind, unescape(value))


def _item_key(kind: str, item) -> object:
    if kind == "ADR":
        return (
            item.po_box,
            item.extended,
            item.street,
            item.locality,
            item.region,
            item.postal_code,
            item.country,
        )
    return _value_key(kind, item.value)


def _value_key(kind: str, value: str) -> str:
    value = value.strip()
    if kind == "EMAIL" and value[:7].lower() == "mailto:":
        return value[7:]
    if kind == "TEL" and value[:4].lower() == "tel:":
        return value[4:]
    return value
