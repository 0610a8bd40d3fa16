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
from posse_desktop.vcard.model import Relation
from posse_desktop.vcard.values import split_escaped, unescape
from posse_desktop.vcard.writer_source import (
    RawProperty,
    head_label,
    modernised_line,
    parse_source,
)
from posse_desktop.vcard.writer_text import CRLF, FOLD_OCTETS, fold
from posse_desktop.vcard.writer_unchanged import SAME_LINE, TEXT_KINDS, text, text_value

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
    body = "".join((CRLF.join(lines), CRLF)) if lines else ""
    return f"BEGIN:VCARD\r\nVERSION:{version}\r\n{body}END:VCARD\r\n"


def write_vcards(
    contacts: Iterable[ContactData],
    version: str = wp.V3,
    related: Callable[[ContactData], Sequence[TypedValue]] | None = None,
) -> str:
    """Many contacts, one after the other, as one .vcf text."""
    if related is None:
        return "".join(write_vcard(c, version) for c in contacts)
    return "".join(write_vcard(c, version, related(c)) for c in contacts)


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
        self._groups: wp.Groups | None = None
        self.kept_groups: set[str] = set()
        self._labels: dict[str, str] | None = None

    @property
    def groups(self) -> wp.Groups:
        """New itemN names; made when first needed (most cards need none)."""
        if self._groups is None:
            self._groups = wp.Groups({p.group for p in self.props if p.group})
        return self._groups

    def lines(self, related: Sequence[TypedValue]) -> list[str]:
        # Pass 1: group the modeled properties by kind; a kind is written where it first occurs.
        by_kind: dict[str, list[RawProperty]] = {}
        order: list[RawProperty | str] = []  # carried properties and kinds, in card order
        for prop in self.props:
            kind = KIND_OF_NAME.get(prop.name)
            if kind is None or (kind == "PHOTO" and not _embedded(prop)):
                order.append(prop)
            elif kind in by_kind:
                by_kind[kind].append(prop)
            else:
                by_kind[kind] = [prop]
                order.append(kind)
        out: list[str] = []  # folded lines
        carried_groups: list[tuple[int, str]] = []  # (index in out, group) of grouped carried lines
        data = self.data
        for entry in order:
            if entry.__class__ is str:
                originals = by_kind[entry]  # type: ignore[index]
                same = SAME_LINE.get(entry)  # type: ignore[arg-type]
                if same is not None and len(originals) == 1:
                    # Fast path for the usual single N, FN, NOTE...: keep the line if unchanged.
                    prop = originals[0]
                    if not prop.legacy and same(prop.value, data):
                        self._keep(prop, out)
                        continue
                self._render(entry, originals, out)  # type: ignore[arg-type]
                continue
            line = modernised_line(entry) if entry.legacy else entry.line  # type: ignore[union-attr]
            if entry.group:  # type: ignore[union-attr]
                carried_groups.append((len(out), entry.group.lower()))  # type: ignore[union-attr]
            out.append(line if len(line) <= FOLD_OCTETS and line.isascii() else fold(line))
        for kind, attr in _ORDER_NEEDS:
            if kind not in by_kind and (attr is None or getattr(data, attr)):
                self._render(kind, [], out)
        if carried_groups:
            # A carried line of a group whose modeled line was dropped (X-ABLabel) goes with it.
            modeled = {p.group.lower() for ps in by_kind.values() for p in ps if p.group}
            orphans = modeled - self.kept_groups
            if orphans:
                dropped = {i for i, group in carried_groups if group in orphans}
                out = [text for i, text in enumerate(out) if i not in dropped]
        if related:
            out.extend(self._related(related))
        return out

    # --- one kind -----------------------------------------------------------------------------

    def _render(self, kind: str, originals: list[RawProperty], out: list[str]) -> None:
        if kind in MULTI:
            self._render_multi(kind, originals, out)
        elif kind == "PRODID":
            out.append(_PRODID_LINE)
        elif (
            kind not in ALWAYS_REGENERATED and originals and self._scalar_unchanged(kind, originals)
        ):
            for prop in originals:
                self._keep(prop, out)
        else:
            for line in wp.scalar_lines(kind, self.data, self.version):
                out.append(_new(line))

    def _render_multi(self, kind: str, originals: list[RawProperty], out: list[str]) -> None:
        attr, renderer = MULTI[kind]
        # What each usable original line says: ((value key, label, pref), line).
        said = [(self._says(kind, p), p) for p in originals if not p.legacy]
        for item in getattr(self.data, attr):
            i = _find(said, (_item_key(kind, item), item.label, item.pref)) if said else -1
            if i >= 0:
                self._keep(said[i][1], out)  # type: ignore[index]
                said[i] = None  # type: ignore[call-overload]
            else:
                for line in renderer(item, self.version, self.groups):
                    out.append(_new(line))

    def _keep(self, prop: RawProperty, out: list[str]) -> None:
        if prop.group:
            self.kept_groups.add(prop.group.lower())
        line = prop.line
        out.append(line if len(line) <= FOLD_OCTETS and line.isascii() else fold(line))

    def _says(self, kind: str, prop: RawProperty) -> tuple[object, str, bool]:
        """(value key, label, pref) the reader gives this line (see _item_key, mapping.label)."""
        value = prop.value
        if kind == "ADR":
            key: object = tuple(map(str.strip, [*split_escaped(value, ";"), *_SEVEN][:7]))
        else:
            key = (unescape(value) if "\\" in value else value).strip()
            if ":" in key:
                key = _value_key(kind, key)
        label, pref = head_label(prop.head) if prop.head else _NO_LABEL
        if prop.group:
            if self._labels is None:
                self._labels = {
                    p.group.lower(): apple_label(unescape(p.value).strip())
                    for p in self.props
                    if p.group and p.name == "X-ABLABEL"
                }
            label = self._labels.get(prop.group.lower()) or label
        if not label and prop.name in IM_PROPERTIES:
            label = IM_PROPERTIES[prop.name]
        elif not label and prop.name == "IMPP" and ":" in value:
            label = unescape(value).strip().split(":", 1)[0].lower()
        return key, label, pref

    def _scalar_unchanged(self, kind: str, originals: list[RawProperty]) -> bool:
        if any(p.legacy for p in originals):
            return False
        if len(originals) == 1:
            same = SAME_LINE.get(kind)
            return same is not None and same(originals[0].value, self.data)
        if kind not in TEXT_KINDS:
            return False
        return "\n".join(text(p.value) for p in originals) == text_value(kind, self.data)

    def _related(self, related: Sequence[TypedValue]) -> list[str]:
        """Relationships the card does not already name, by name or (a Relation's) UID."""
        present = {_related_key(unescape(p.value)) for p in self.props if p.name in RELATED_NAMES}
        fresh = [
            r
            for r in related
            if _related_key(r.value) not in present
            and not (isinstance(r, Relation) and r.uid and _related_key(r.uid) in present)
        ]
        return [_new(line) for line in wp.related_lines(fresh, self.version, self.groups)]


def _related_key(value: str) -> str:
    """A name or UID as compared between RELATED lines: case-blind, without `urn:uuid:`."""
    key = value.strip().casefold()
    return key.removeprefix("urn:uuid:")


_PRODID_LINE = "PRODID:" + wp.PRODID
_NO_LABEL = ("", False)
_SEVEN = ("",) * 7  # ADR's components, padded
# The attribute without which a kind has no line to add (FN, N, ORG, PRODID: always ask).
_NEEDS = {
    "UID": "uid",
    "NICKNAME": "nickname",
    "PHOTO": "photo",
    "BDAY": "birthday",
    "ANNIVERSARY": "anniversary",
    "TITLE": "title",
    "EMAIL": "emails",
    "TEL": "phones",
    "ADR": "addresses",
    "URL": "urls",
    "IMPP": "ims",
    "CATEGORIES": "tags",
    "NOTE": "notes",
    "X-POSSE-HOW-WE-MET": "how_we_met",
    "EXPERTISE": "expertise",
    "X-POSSE-ROLE": "roles",
}
_ORDER_NEEDS = tuple((kind, _NEEDS.get(kind)) for kind in ORDER)


def _new(line: wp.Line) -> str:
    group, name, params, value = line
    prefix = f"{group}.{name}" if group else name
    return fold(f"{prefix}{params}:{value}")


def _find(said: list, wanted: tuple[object, str, bool]) -> int:
    """The first unused original line that says `wanted`, or -1."""
    for i, entry in enumerate(said):
        if entry is not None and entry[0] == wanted:
            return i
    return -1


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
    value = item.value.strip()
    return _value_key(kind, value) if ":" in value else value


def _value_key(kind: str, value: str) -> str:
    value = value.strip()
    if ":" not in value:
        return value
    if kind == "EMAIL" and value[:7].lower() == "mailto:":
        return value[7:]
    if kind == "TEL" and value[:4].lower() == "tel:":
        return value[4:]
    return value
