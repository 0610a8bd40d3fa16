"""Content lines for what Posse models: one renderer per property kind, for 3.0 and 4.0.

Labels: one that TYPE parameters can say exactly goes into TYPE ("work fax" -> TYPE=WORK,FAX); any
other ("Mastodon", "Work", "assistant") into an `itemN.` group with `X-ABLabel`, as Apple's
clients write it. Either way the reader (labels.py) reads back the very same label.
"""

from __future__ import annotations

import base64
import re
from collections.abc import Iterator

from posse_desktop.domain import Address, ContactData, PartialDate, Role, TypedValue
from posse_desktop.vcard.labels import label_from_types
from posse_desktop.vcard.mapping import IM_PROPERTIES
from posse_desktop.vcard.writer_text import (
    escape_components,
    escape_list,
    escape_text,
    param_value,
)

V3, V4 = "3.0", "4.0"
PRODID = "-//Posse//Posse Desktop//EN"

# Label word Posse shows -> the TYPE value that the reader turns into it (labels.label_from_types).
LABEL_TO_TYPE = {
    "mobile": "CELL",
    "iphone": "IPHONE",
    "home": "HOME",
    "work": "WORK",
    "fax": "FAX",
    "pager": "PAGER",
    "main": "MAIN",
    "other": "OTHER",
    "message": "MSG",
    "video": "VIDEO",
    "car": "CAR",
    "isdn": "ISDN",
    "text": "TEXT",
    "textphone": "TEXTPHONE",
    "postal": "POSTAL",
    "parcel": "PARCEL",
    "domestic": "DOM",
    "international": "INTL",
    "bbs": "BBS",
    "modem": "MODEM",
}
# Service label -> the 3.0 property the reader labels so (first one wins: X-SKYPE, not -USERNAME).
IM_SERVICES: dict[str, str] = {}
for _name, _service in IM_PROPERTIES.items():
    IM_SERVICES.setdefault(_service, _name)
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
PHOTO_TYPES = {"image/jpeg": "JPEG", "image/png": "PNG", "image/gif": "GIF"}


class Groups:
    """Hands out `itemN` group names that do not clash with the original card's groups."""

    def __init__(self, taken: set[str]) -> None:
        self._taken = {g.lower() for g in taken}
        self._next = 1

    def new(self) -> str:
        while f"item{self._next}" in self._taken:
            self._next += 1
        name = f"item{self._next}"
        self._taken.add(name)
        return name


Line = tuple[str, str, str, str]  # (group, NAME, ";params", value)


def label_types(label: str) -> list[str] | None:
    """TYPE values that read back as exactly `label`, or None when it needs an X-ABLabel."""
    types = [LABEL_TO_TYPE.get(word) for word in label.split(" ")]
    if not label or None in types or label_from_types(types)[0] != label:  # type: ignore[arg-type]
        return None
    return types  # type: ignore[return-value]


def typed_lines(
    name: str,
    item: TypedValue,
    value: str,
    version: str,
    groups: Groups,
    extra_types: tuple[str, ...] = (),
) -> list[Line]:
    """EMAIL/TEL/URL/IMPP line for one value, with its label as TYPE or as an X-ABLabel group."""
    label_type = label_types(item.label)
    custom = bool(item.label) and label_type is None
    types = list(extra_types) + (label_type or [])
    params = []
    if version == V3:
        if item.pref:
            types.append("pref")
        if types:
            params.append("TYPE=" + ",".join(t.upper() for t in types))
    else:
        if types:
            params.append("TYPE=" + param_value(",".join(t.lower() for t in types)))
        if item.pref:
            params.append("PREF=1")
    param_text = "".join(";" + p for p in params)
    if not custom:
        return [("", name, param_text, value)]
    group = groups.new()
    return [(group, name, param_text, value), (group, "X-ABLabel", "", escape_text(item.label))]


def email_lines(item: TypedValue, version: str, groups: Groups) -> list[Line]:
    extra = ("internet",) if version == V3 else ()
    return typed_lines("EMAIL", item, escape_text(item.value), version, groups, extra)


def tel_lines(item: TypedValue, version: str, groups: Groups) -> list[Line]:
    return typed_lines("TEL", item, escape_text(item.value), version, groups)


def url_lines(item: TypedValue, version: str, groups: Groups) -> list[Line]:
    # URL is a URI value: no text escaping (a comma in a URL stays a comma).
    return typed_lines("URL", item, _one_line(item.value), version, groups)


def impp_lines(item: TypedValue, version: str, groups: Groups) -> list[Line]:
    """IMPP; a scheme-less handle with a known service label as X-AIM, X-SKYPE... (3.0)."""
    value = _one_line(item.value)
    scheme = value.split(":", 1)[0].lower() if ":" in value else ""
    if scheme and item.label == scheme:  # the reader labels IMPP by its scheme
        item = TypedValue(value, "", item.pref)
    elif not scheme and version == V3 and item.label in IM_SERVICES:
        name = IM_SERVICES[item.label]
        return typed_lines(
            name, TypedValue(value, "", item.pref), escape_text(value), version, groups
        )
    return typed_lines("IMPP", item, value, version, groups)


def adr_lines(address: Address, version: str, groups: Groups) -> list[Line]:
    value = escape_components(
        (
            address.po_box,
            address.extended,
            address.street,
            address.locality,
            address.region,
            address.postal_code,
            address.country,
        )
    )
    item = TypedValue("", address.label, address.pref)
    return typed_lines("ADR", item, value, version, groups)


def _one_line(value: str) -> str:
    return value.replace("\r", "").replace("\n", " ")


def date_value(value: PartialDate, version: str) -> str:
    if value.year is None:
        return f"--{value.month:02d}{value.day:02d}"
    if version == V3:
        return f"{value.year:04d}-{value.month:02d}-{value.day:02d}"
    return f"{value.year:04d}{value.month:02d}{value.day:02d}"


def formatted_name(data: ContactData) -> str:
    return data.formatted_name or data.display_name


def scalar_lines(kind: str, data: ContactData, version: str) -> list[Line]:
    """Lines for a single-valued kind (FN, N, ORG...); empty when the contact has no value."""
    if kind == "FN":
        return [("", "FN", "", escape_text(formatted_name(data)))]
    if kind == "N":
        n = data.name
        return [
            ("", "N", "", escape_components((n.family, n.given, n.additional, n.prefix, n.suffix)))
        ]
    if kind == "NICKNAME":
        return [("", "NICKNAME", "", escape_text(data.nickname))] if data.nickname else []
    if kind == "ORG":
        if not (data.org or data.department):
            return []
        parts = (data.org, data.department) if data.department else (data.org,)
        return [("", "ORG", "", escape_components(parts))]
    if kind == "TITLE":
        return [("", "TITLE", "", escape_text(data.title))] if data.title else []
    if kind == "NOTE":
        return [("", "NOTE", "", escape_text(data.notes))] if data.notes else []
    if kind == "UID":
        return [("", "UID", "", escape_text(data.uid))] if data.uid else []
    if kind == "BDAY":
        return [("", "BDAY", "", date_value(data.birthday, version))] if data.birthday else []
    if kind == "ANNIVERSARY":
        if not data.anniversary:
            return []
        name = "ANNIVERSARY" if version == V4 else "X-ANNIVERSARY"
        return [("", name, "", date_value(data.anniversary, version))]
    if kind == "CATEGORIES":
        tags = [t for t in data.tags if t.strip()]
        return [("", "CATEGORIES", "", escape_list(tags))] if tags else []
    if kind == "PHOTO":
        return photo_lines(data, version)
    if kind == "EXPERTISE":
        return expertise_lines(data, version)
    if kind == "X-POSSE-HOW-WE-MET":
        return [("", kind, "", escape_text(data.how_we_met))] if data.how_we_met else []
    if kind == "X-POSSE-ROLE":
        return [("", "X-POSSE-ROLE", "", r.value) for r in Role if r in data.roles]
    raise KeyError(kind)


def photo_lines(data: ContactData, version: str) -> list[Line]:
    if not data.photo:
        return []
    mime = data.photo_mime or "image/jpeg"
    encoded = base64.b64encode(data.photo).decode("ascii")
    if version == V4:
        return [("", "PHOTO", "", f"data:{mime};base64,{encoded}")]
    kind = PHOTO_TYPES.get(mime, mime.rpartition("/")[2].upper())
    return [("", "PHOTO", f";ENCODING=b;TYPE={param_value(kind)}", encoded)]


def expertise_lines(data: ContactData, version: str) -> list[Line]:
    """RFC 6715 EXPERTISE (4.0) or X-EXPERTISE (3.0); evidence and date as X- parameters."""
    name = "EXPERTISE" if version == V4 else "X-EXPERTISE"
    lines = []
    for exp in data.expertise:
        if not exp.skill.strip():
            continue
        params = f";LEVEL={exp.level.value}"
        if exp.evidence:
            params += f";X-EVIDENCE={_escaped_param(exp.evidence)}"
        if exp.confirmed_on:
            params += f";X-CONFIRMED={exp.confirmed_on.isoformat()}"
        lines.append(("", name, params, escape_text(exp.skill)))
    return lines


def _escaped_param(text: str) -> str:
    """A free-text parameter (X-EVIDENCE), quoted, with RFC 6868 escapes (^^, ^n, ^')."""
    text = (
        text.replace("\r\n", "\n")
        .replace("\r", "\n")
        .replace("^", "^^")
        .replace("\n", "^n")
        .replace('"', "^'")
    )
    return '"' + _CONTROL.sub("", text) + '"'


def related_lines(related: list[TypedValue], version: str, groups: Groups) -> Iterator[Line]:
    """Posse's relationships: RELATED (4.0) or an X-ABRELATEDNAMES group with its label (3.0)."""
    for rel in related:
        if version == V4:
            is_uri = rel.value.startswith(("urn:", "http:", "https:", "mailto:"))
            params = f";TYPE={param_value(rel.label)}" if rel.label else ""
            if is_uri:
                yield ("", "RELATED", params, _one_line(rel.value))
            else:
                yield ("", "RELATED", params + ";VALUE=text", escape_text(rel.value))
        else:
            group = groups.new()
            yield (group, "X-ABRELATEDNAMES", "", escape_text(rel.value))
            if rel.label:
                yield (group, "X-ABLabel", "", escape_text(rel.label))
