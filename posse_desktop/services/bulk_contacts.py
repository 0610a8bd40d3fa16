"""Insert many new contacts at once (imports): one executemany per table instead of ~10 queries
per contact. Rows are exactly what contact_rows.write_contact would store. Call inside a
transaction.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from posse_desktop.db import models as m
from posse_desktop.db.connection import database
from posse_desktop.domain import ContactData, FieldKind
from posse_desktop.services import contact_rows, list_order
from posse_desktop.services.contact_rows import INDEX_COLUMNS, index_text
from posse_desktop.services.normalize import phone_key

_KINDS = (
    (FieldKind.EMAIL, "emails"),
    (FieldKind.PHONE, "phones"),
    (FieldKind.URL, "urls"),
    (FieldKind.IM, "ims"),
)
_ADDRESS_COLUMNS = (
    "label",
    "po_box",
    "extended",
    "street",
    "locality",
    "region",
    "postal_code",
    "country",
    "pref",
)


class NameCache:
    """Tag or Skill ids by case-folded name, created on first use (the tables are NOCASE)."""

    def __init__(self, model: type[m.Tag] | type[m.Skill]) -> None:
        self._model = model
        self._ids = {
            name.casefold(): rid for rid, name in model.select(model.id, model.name).tuples()
        }

    def id_for(self, name: str) -> int:
        key = name.casefold()
        rid = self._ids.get(key)
        if rid is None:
            rid = self._model.insert(name=name).execute()
            self._ids[key] = rid
        return rid


def insert_contacts(
    items: Sequence[ContactData], now: datetime
) -> list[int]:
    """Insert `items` as new contacts with consecutive ids; returns the ids in order.

    `phones` may carry phone numbers already normalised (by the dedupe index).
    """
    if not items:
        return []
    start = (
        m.Contact.select(m.Contact.id).order_by(m.Contact.id.desc()).limit(1).scalar() or 0
    ) + 1
    ids = list(range(start, start + len(items)))
    fields = list(m.Contact._meta.sorted_fields)
    columns = [f.column_name for f in fields]
    contact_rows_: list[list[Any]] = []
    field_rows, address_rows, role_rows, photo_rows, index_rows = [], [], [], [], []
    tag_rows, expertise_rows = [], []
    tags, skills = NameCache(m.Tag), NameCache(m.Skill)
    for cid, data in zip(ids, items, strict=True):
        row = m.Contact(id=cid, created_at=now, updated_at=now)
        contact_rows._assign_scalars(row, data)
        values = row.__data__
        contact_rows_.append([_db(f, values.get(f.name)) for f in fields])
        for kind, attr in _KINDS:
            for position, item in enumerate(getattr(data, attr)):
                if kind is FieldKind.PHONE:
                    normalized = phone_key(item.value)
                else:
                    normalized = contact_rows._normalized(kind, item.value)
                field_rows.append(
                    (cid, kind.value, item.label, item.value, normalized, position, item.pref)
                )
        for position, a in enumerate(data.addresses):
            address_rows.append((cid, *(getattr(a, c) for c in _ADDRESS_COLUMNS), position))
        seen_tags: set[int] = set()
        for position, tag in enumerate(dict.fromkeys(t.strip() for t in data.tags if t.strip())):
            tag_id = tags.id_for(tag)
            if tag_id not in seen_tags:
                seen_tags.add(tag_id)
                tag_rows.append((cid, tag_id, position))
        role_rows.extend((cid, r.value) for r in data.roles)
        seen_skills: set[int] = set()
        for position, exp in enumerate(data.expertise):
            if not exp.skill.strip():
                continue
            skill_id = skills.id_for(exp.skill.strip())
            if skill_id in seen_skills:
                continue
            seen_skills.add(skill_id)
            confirmed = exp.confirmed_on.isoformat() if exp.confirmed_on else None
            expertise_rows.append(
                (cid, skill_id, exp.level.value, exp.evidence, confirmed, position)
            )
        if data.photo:
            photo_rows.append((cid, data.photo, data.photo_mime or "image/jpeg"))
        index_rows.append((cid, *index_text(data)))
    cursor = database.cursor()
    _many(cursor, "contact", columns, contact_rows_)
    _many(
        cursor,
        "contact_field",
        ("contact_id", "kind", "label", "value", "normalized", "position", "pref"),
        field_rows,
    )
    _many(cursor, "address", ("contact_id", *_ADDRESS_COLUMNS, "position"), address_rows)
    _many(cursor, "contact_tag", ("contact_id", "tag_id", "position"), tag_rows)
    _many(cursor, "contact_role", ("contact_id", "role"), role_rows)
    _many(
        cursor,
        "expertise",
        ("contact_id", "skill_id", "level", "evidence", "confirmed_on", "position"),
        expertise_rows,
    )
    _many(cursor, "photo", ("contact_id", "data", "mime"), photo_rows)
    _many(cursor, "contact_index", ("rowid", *INDEX_COLUMNS), index_rows)
    list_order.place_unranked()  # list ranks and the rank-keyed search index, once for all
    return ids


def _db(field: Any, value: Any) -> Any:
    if value is None or value.__class__ in _PLAIN:
        return value
    if isinstance(value, datetime):
        return str(value)
    return field.db_value(value)


_PLAIN = frozenset({str, int, float, bytes})


def _many(cursor: Any, table: str, columns: Sequence[str], rows: list) -> None:
    if not rows:
        return
    names = ", ".join(f'"{c}"' for c in columns)
    marks = ", ".join("?" * len(columns))
    cursor.executemany(f'INSERT INTO "{table}" ({names}) VALUES ({marks})', rows)
