"""ContactData <-> JSON, for undo snapshots (photos as base64). Lossless for every field."""

from __future__ import annotations

import base64
import json
from datetime import date
from typing import Any

from posse_desktop.domain import (
    Address,
    ContactData,
    Expertise,
    ExpertiseLevel,
    PartialDate,
    Role,
    StructuredName,
    TypedValue,
)

_TYPED = ("emails", "phones", "urls", "ims")
_PLAIN = (
    "formatted_name",
    "nickname",
    "org",
    "department",
    "title",
    "notes",
    "how_we_met",
    "introduced_by_id",
    "cadence_days",
    "strength_override",
    "photo_mime",
    "uid",
    "vcard_source",
)


def snapshot(data: ContactData) -> str:
    value: dict[str, Any] = {key: getattr(data, key) for key in _PLAIN}
    n = data.name
    value["name"] = [n.family, n.given, n.additional, n.prefix, n.suffix]
    for key in ("birthday", "anniversary"):
        d = getattr(data, key)
        value[key] = [d.year, d.month, d.day] if d else None
    for key in _TYPED:
        value[key] = [[t.value, t.label, t.pref] for t in getattr(data, key)]
    value["addresses"] = [
        [
            a.label,
            a.po_box,
            a.extended,
            a.street,
            a.locality,
            a.region,
            a.postal_code,
            a.country,
            a.pref,
        ]
        for a in data.addresses
    ]
    value["tags"] = list(data.tags)
    value["roles"] = sorted(r.value for r in data.roles)
    value["expertise"] = [
        [e.skill, e.level.value, e.evidence, e.confirmed_on.isoformat() if e.confirmed_on else None]
        for e in data.expertise
    ]
    value["photo"] = base64.b64encode(data.photo).decode("ascii") if data.photo else None
    return json.dumps(value, ensure_ascii=False)


def restore(text: str) -> ContactData:
    value = json.loads(text)
    data = ContactData(**{key: value[key] for key in _PLAIN})
    data.name = StructuredName(*value["name"])
    for key in ("birthday", "anniversary"):
        d = value[key]
        setattr(data, key, PartialDate(*d) if d else None)
    for key in _TYPED:
        setattr(data, key, [TypedValue(v, label, bool(pref)) for v, label, pref in value[key]])
    data.addresses = [Address(*a[:8], pref=bool(a[8])) for a in value["addresses"]]
    data.tags = list(value["tags"])
    data.roles = {Role(r) for r in value["roles"]}
    data.expertise = [
        Expertise(
            skill,
            ExpertiseLevel(level),
            evidence,
            date.fromisoformat(confirmed) if confirmed else None,
        )
        for skill, level, evidence, confirmed in value["expertise"]
    ]
    data.photo = base64.b64decode(value["photo"]) if value["photo"] else None
    return data
